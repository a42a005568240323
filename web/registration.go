package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"lotse"
	"lotse/store"
)

// maxRegistrationBody limits a registration form or JSON body.
const maxRegistrationBody = 16 << 10

// allDates is the form value that books every date of a series.
const allDates = "alle"

// registrationForm is the registration form on an offer page, as typed.
type registrationForm struct {
	lotse.Registrant
	Date     string // RFC 3339 planned start, or allDates
	Problems map[string]string
	Message  string
}

// dateOption is one choosable date in the registration form.
type dateOption struct {
	Value      string
	Start, End time.Time
	Capacity   int
	Free       int // -1: unlimited
	Waitlisted int
	Cancelled  bool
	Moved      bool // the centre moved this date away from the series' rhythm
	Checked    bool
}

// Full reports whether a registration for the date goes onto the waiting list.
func (d dateOption) Full() bool { return d.Free == 0 || d.Waitlisted > 0 }

func parseRegistrationForm(r *http.Request) (*registrationForm, bool, error) {
	r.Body = http.MaxBytesReader(nil, r.Body, maxRegistrationBody)
	if err := r.ParseForm(); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, false, lotse.Errorf(lotse.ETOOLARGE, "Die gesendeten Daten sind zu groß.")
		}
		return nil, false, lotse.Errorf(lotse.EINVALID, "Das Formular konnte nicht gelesen werden.")
	}
	f := r.PostForm
	form := &registrationForm{
		Registrant: lotse.Registrant{Name: f.Get("name"), Email: f.Get("email"), Company: f.Get("company"),
			Size: f.Get("size"), Industry: f.Get("industry"), Postcode: f.Get("postcode"), Consent: f.Get("consent") == "ja"},
		Date: f.Get("termin"),
	}
	// The honeypot field is hidden from people; bots fill it in.
	return form, strings.TrimSpace(f.Get("website")) != "", nil
}

func (s *Server) registrationCreate(w http.ResponseWriter, r *http.Request) error {
	o, err := s.store.FindOfferByID(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	if !o.IsPublic() {
		return errOfferNotFound
	}
	form, bot, err := parseRegistrationForm(r)
	if err != nil {
		return err
	}
	if bot {
		form.Message = "Ihre Anmeldung konnte nicht angenommen werden. Bitte lassen Sie das Feld „Website“ leer."
		return s.renderOffer(w, r, o, false, form, http.StatusUnprocessableEntity)
	}
	req := store.RegisterRequest{OfferID: o.ID, Registrant: form.Registrant}
	switch form.Date {
	case allDates:
		req.AllDates = true
	case "":
		if len(o.BookableDates(s.cfg.Now())) > 1 {
			form.Problems = map[string]string{"termin": "Bitte einen Termin wählen."}
		}
	default:
		t, err := time.Parse(time.RFC3339, form.Date)
		if err != nil {
			form.Problems = map[string]string{"termin": "Bitte einen der angezeigten Termine wählen."}
		}
		req.Dates = []time.Time{t}
	}
	if err := form.Registrant.Validate(); err != nil || form.Problems != nil {
		for k, v := range lotse.ErrorFields(err) {
			if form.Problems == nil {
				form.Problems = map[string]string{}
			}
			form.Problems[k] = v
		}
		form.Message = "Bitte prüfen Sie die markierten Angaben."
		return s.renderOffer(w, r, o, false, form, http.StatusUnprocessableEntity)
	}
	res, err := s.store.Register(r.Context(), req)
	if code := lotse.ErrorCode(err); code == lotse.EINVALID || code == lotse.ECONFLICT {
		form.Problems = lotse.ErrorFields(err)
		if msg, ok := form.Problems["starts_at"]; ok {
			form.Problems["termin"] = msg
			delete(form.Problems, "starts_at")
		}
		form.Message = lotse.ErrorMessage(err)
		status := http.StatusUnprocessableEntity
		if code == lotse.ECONFLICT {
			status = http.StatusConflict
		}
		return s.renderOffer(w, r, o, false, form, status)
	} else if err != nil {
		return err
	}
	http.Redirect(w, r, "/anmeldungen/"+res.Registrations[0].Booking+"?neu=1", http.StatusSeeOther)
	return nil
}

// bookingDate is one date of a booking on its page.
type bookingDate struct {
	*lotse.Registration
	Date  store.DateInfo
	Value string
}

func (s *Server) registrationShow(w http.ResponseWriter, r *http.Request) error {
	b, err := s.store.FindBooking(r.Context(), r.PathValue("token"))
	if err != nil {
		return err
	}
	p := s.newPage(r, "Ihre Anmeldung: "+b.Offer.Title)
	p.Section = "offers"
	var dates []bookingDate
	active := 0
	for _, reg := range b.Registrations {
		dates = append(dates, bookingDate{reg, b.Date(reg), reg.StartsAt.Format(time.RFC3339)})
		if reg.Active() {
			active++
		}
	}
	q := r.URL.Query()
	p.Data = struct {
		Offer     *lotse.Offer
		Token     string
		Dates     []bookingDate
		Active    int
		New       bool
		Cancelled bool
		Email     string
	}{b.Offer, b.Token, dates, active, q.Has("neu"), q.Has("abgemeldet"), b.Registrations[0].Email}
	// The page is private: keep it out of caches and search engines.
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Robots-Tag", "noindex")
	return s.ui.render(w, http.StatusOK, "registration", p)
}

func (s *Server) registrationCancel(w http.ResponseWriter, r *http.Request) error {
	token := r.PathValue("token")
	r.Body = http.MaxBytesReader(nil, r.Body, maxRegistrationBody)
	if err := r.ParseForm(); err != nil {
		return lotse.Errorf(lotse.EINVALID, "Das Formular konnte nicht gelesen werden.")
	}
	var start *time.Time
	if v := r.PostForm.Get("termin"); v != "" && v != allDates {
		t, err := time.Parse(time.RFC3339, v)
		if err != nil {
			return lotse.Errorf(lotse.EINVALID, "Unbekannter Termin.")
		}
		start = &t
	}
	if _, err := s.store.CancelBooking(r.Context(), token, start); err != nil {
		return err
	}
	http.Redirect(w, r, "/anmeldungen/"+token+"?abgemeldet=1", http.StatusSeeOther)
	return nil
}

// dateOptions lists the bookable dates of o with their counts.
func (s *Server) dateOptions(r *http.Request, o *lotse.Offer, chosen string) ([]dateOption, error) {
	dates := o.BookableDates(s.cfg.Now())
	if len(dates) == 0 || !o.IsListed() {
		return nil, nil
	}
	counts, err := s.store.DateCounts(r.Context(), o.ID)
	if err != nil {
		return nil, err
	}
	var out []dateOption
	for _, d := range dates {
		c := counts[d.Start.Unix()]
		c.Capacity = o.Capacity
		v := d.Start.Format(time.RFC3339)
		opt := dateOption{Value: v, Start: d.Start, End: d.End, Capacity: o.Capacity, Free: c.Free(), Waitlisted: c.Waitlisted,
			Cancelled: c.Cancelled, Checked: v == chosen}
		if c.MovedTo != nil {
			opt.Start, opt.End, opt.Moved = c.MovedTo.In(lotse.Berlin), time.Time{}, true
			if c.MovedEnd != nil {
				opt.End = c.MovedEnd.In(lotse.Berlin)
			}
		}
		if opt.End.Equal(opt.Start) {
			opt.End = time.Time{}
		}
		out = append(out, opt)
	}
	return out, nil
}

// apiRegistrationRequest is the JSON body of POST /api/v1/offers/{id}/registrations.
type apiRegistrationRequest struct {
	lotse.Registrant
	StartsAt *time.Time `json:"starts_at"`
	AllDates bool       `json:"all_dates"`
}

// apiRegistration is one registration in API answers.
type apiRegistration struct {
	ID        int64     `json:"id"`
	StartsAt  time.Time `json:"starts_at"`
	Status    string    `json:"status"`
	Position  int       `json:"position,omitempty"`
	CancelURL string    `json:"cancel_url"`
}

func (s *Server) apiRegistrationCreate(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	key := strings.TrimSpace(r.Header.Get("Idempotency-Key"))
	if len(key) > 200 {
		return lotse.Errorf(lotse.EINVALID, "Der Idempotency-Key ist zu lang (höchstens 200 Zeichen).")
	}
	var in apiRegistrationRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxRegistrationBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return lotse.Errorf(lotse.ETOOLARGE, "Der Inhalt der Anfrage ist zu groß.")
		}
		return lotse.Errorf(lotse.EINVALID, "Der Inhalt ist kein gültiges JSON-Objekt einer Anmeldung: %s", jsonProblem(err))
	}
	req := store.RegisterRequest{OfferID: id, Registrant: in.Registrant, AllDates: in.AllDates}
	if in.StartsAt != nil {
		req.Dates = []time.Time{*in.StartsAt}
	}
	if key != "" {
		req.IdempotencyKey = id + "\x00" + key
		req.Answer = func(regs []*lotse.Registration) (int, []byte, error) {
			b, err := json.Marshal(s.apiRegistrationAnswer(regs))
			return http.StatusCreated, b, err
		}
	}
	res, err := s.store.Register(r.Context(), req)
	if err != nil {
		return err
	}
	if res.Body != nil {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		if res.Replayed {
			w.Header().Set("Idempotent-Replayed", "true")
		}
		w.WriteHeader(res.Status)
		_, err := w.Write(append(res.Body, '\n'))
		return err
	}
	return writeJSON(w, http.StatusCreated, s.apiRegistrationAnswer(res.Registrations))
}

// apiRegistrationAnswer is the 201 answer: the first registration's fields at
// the top, and all of them (one per date) under "registrations".
func (s *Server) apiRegistrationAnswer(regs []*lotse.Registration) any {
	items := make([]apiRegistration, len(regs))
	for i, r := range regs {
		items[i] = apiRegistration{ID: r.ID, StartsAt: r.StartsAt, Status: r.Status, Position: r.Position,
			CancelURL: s.linkBase() + "/anmeldungen/" + r.Booking}
	}
	return struct {
		apiRegistration
		Registrations []apiRegistration `json:"registrations"`
	}{items[0], items}
}

func jsonProblem(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("Syntaxfehler an Stelle %d.", se.Offset)
	case errors.As(err, &te):
		return fmt.Sprintf("Das Feld „%s“ hat den falschen Typ.", te.Field)
	case errors.Is(err, io.EOF):
		return "Der Inhalt ist leer."
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return "Unbekanntes Feld " + strings.TrimPrefix(err.Error(), "json: unknown field ") + "."
	case strings.Contains(err.Error(), "parsing time"):
		return "starts_at muss ein Zeitpunkt nach RFC 3339 sein."
	}
	return "Bitte ein JSON-Objekt senden."
}

// publicHost is the host (and port) of the portal's address, for iCalendar
// UIDs and webcal:// links; like linkBase, never from the request.
func (s *Server) publicHost() string {
	u, err := url.Parse(s.linkBase())
	if err != nil || u.Host == "" {
		return "localhost"
	}
	return u.Host
}

// applyMoves shows dates the centre moved one by one at their new times.
func (s *Server) applyMoves(ctx context.Context, o *lotse.Offer, dates []dateView) error {
	if len(dates) == 0 {
		return nil
	}
	counts, err := s.store.DateCounts(ctx, o.ID)
	if err != nil {
		return err
	}
	for i, d := range dates {
		if c, ok := counts[d.Start.Unix()]; ok && c.MovedTo != nil {
			dates[i].Start, dates[i].End = c.MovedTo.In(lotse.Berlin), time.Time{}
			if c.MovedEnd != nil {
				dates[i].End = c.MovedEnd.In(lotse.Berlin)
			}
		}
	}
	return nil
}
