package web

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"lotse"
	"lotse/store"
)

// The centre's side of registrations: per date the participant list and the
// waiting list, attendance, CSV export, moving up by hand, calling a date
// off and moving it. Reading needs CanViewOffers, changing CanEditOffer.

// participantOffer loads the offer of the path and checks the user's right
// to read (edit false) or change (edit true) its registrations.
func (s *Server) participantOffer(r *http.Request, edit bool) (*lotse.Offer, error) {
	o, err := s.store.FindOfferByID(r.Context(), r.PathValue("id"))
	if err != nil {
		return nil, err
	}
	u := currentUser(r)
	if (edit && !lotse.CanEditOffer(u, o)) || (!edit && !lotse.CanViewOffers(u, o.Centre)) {
		return nil, errForbidden
	}
	if !o.IsEvent() {
		return nil, lotse.Errorf(lotse.ENOTFOUND, "Dieses Angebot hat keine Termine.")
	}
	return o, nil
}

// participantOfferDate is participantOffer with the date of the path.
func (s *Server) participantOfferDate(r *http.Request, edit bool) (*lotse.Offer, time.Time, error) {
	o, err := s.participantOffer(r, edit)
	if err != nil {
		return nil, time.Time{}, err
	}
	start, err := pathDate(r)
	if err != nil {
		return nil, time.Time{}, err
	}
	return o, start, nil
}

// pathDate reads the date of the path: the planned start as Unix seconds.
func pathDate(r *http.Request) (time.Time, error) {
	n, err := strconv.ParseInt(r.PathValue("date"), 10, 64)
	if err != nil {
		return time.Time{}, lotse.Errorf(lotse.ENOTFOUND, "Diesen Termin gibt es nicht.")
	}
	return time.Unix(n, 0).In(lotse.Berlin), nil
}

func datePath(o *lotse.Offer, start time.Time) string {
	return "/redaktion/angebote/" + url.PathEscape(o.ID) + "/anmeldungen/" + strconv.FormatInt(start.Unix(), 10)
}

// participantDate is one date in the centre's overview.
type participantDate struct {
	store.DateInfo
	Link  string
	Moved bool
}

var participantNotices = map[string]string{
	"anwesenheit":  "Die Anwesenheit ist gespeichert.",
	"nachgerueckt": "Die Person hat einen Platz und wird per E-Mail benachrichtigt.",
	"abgesagt":     "Der Termin ist abgesagt; alle Angemeldeten werden per E-Mail benachrichtigt.",
	"verschoben":   "Der Termin ist verschoben; alle mit Platz erhalten die geänderte Einladung.",
}

func (s *Server) participantDates(w http.ResponseWriter, r *http.Request) error {
	o, err := s.participantOffer(r, false)
	if err != nil {
		return err
	}
	known, err := s.store.FindDates(r.Context(), o.ID)
	if err != nil {
		return err
	}
	var dates []participantDate
	seen := map[int64]bool{}
	for _, d := range known {
		seen[d.StartsAt.Unix()] = true
		dates = append(dates, participantDate{d, datePath(o, d.StartsAt), !d.Start.Equal(d.StartsAt)})
	}
	for _, oc := range o.BookableDates(s.cfg.Now()) {
		if !seen[oc.Start.Unix()] {
			d := store.DateInfo{DateCount: lotse.DateCount{StartsAt: oc.Start, Capacity: o.Capacity}, Start: oc.Start}
			if oc.End.After(oc.Start) {
				d.End = oc.End
			}
			dates = append(dates, participantDate{d, datePath(o, oc.Start), false})
		}
	}
	slices.SortFunc(dates, func(a, b participantDate) int { return a.StartsAt.Compare(b.StartsAt) })
	p := s.newPage(r, "Anmeldungen: "+o.Title)
	p.Data = struct {
		Offer *lotse.Offer
		Dates []participantDate
	}{o, dates}
	return s.ui.render(w, http.StatusOK, "registration_dates", p)
}

// rescheduleForm is the form that moves a date, as typed.
type rescheduleForm struct {
	Date, Start, End, Place string
}

func (s *Server) participantList(w http.ResponseWriter, r *http.Request) error {
	return s.renderParticipants(w, r, http.StatusOK, nil, nil)
}

func (s *Server) renderParticipants(w http.ResponseWriter, r *http.Request, status int, form *rescheduleForm, problems map[string]string) error {
	o, start, err := s.participantOfferDate(r, false)
	if err != nil {
		return err
	}
	regs, err := s.store.FindRegistrations(r.Context(), o.ID, start)
	if err != nil {
		return err
	}
	var confirmed, waiting, cancelled []*lotse.Registration
	for _, reg := range regs {
		switch reg.Status {
		case lotse.RegistrationConfirmed:
			confirmed = append(confirmed, reg)
		case lotse.RegistrationWaitlisted:
			waiting = append(waiting, reg)
		default:
			cancelled = append(cancelled, reg)
		}
	}
	info := store.DateInfo{DateCount: lotse.DateCount{StartsAt: start, Capacity: o.Capacity}, Start: start}
	dates, err := s.store.FindDates(r.Context(), o.ID)
	if err != nil {
		return err
	}
	for _, d := range dates {
		if d.StartsAt.Equal(start) {
			info = d
		}
	}
	if form == nil {
		form = &rescheduleForm{Date: info.Start.Format(time.DateOnly), Start: info.Start.Format("15:04"), Place: info.Place}
		if !info.End.IsZero() {
			form.End = info.End.In(lotse.Berlin).Format("15:04")
		}
	}
	if problems == nil {
		problems = map[string]string{}
	}
	p := s.newPage(r, "Teilnehmende: "+o.Title)
	p.Data = struct {
		Offer                         *lotse.Offer
		Date                          store.DateInfo
		Path                          string
		Confirmed, Waiting, Cancelled []*lotse.Registration
		CanEdit                       bool
		Notice                        string
		Form                          *rescheduleForm
		Errors                        map[string]string
	}{o, info, datePath(o, start), confirmed, waiting, cancelled, lotse.CanEditOffer(currentUser(r), o),
		participantNotices[r.URL.Query().Get("hinweis")], form, problems}
	w.Header().Set("Cache-Control", "no-store")
	return s.ui.render(w, status, "registration_list", p)
}

// participantCSV exports the registrations of a date (UTF-8 with BOM and
// semicolons, so Excel in German opens it as it is).
func (s *Server) participantCSV(w http.ResponseWriter, r *http.Request) error {
	o, start, err := s.participantOfferDate(r, false)
	if err != nil {
		return err
	}
	regs, err := s.store.FindRegistrations(r.Context(), o.ID, start)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="teilnehmende-%s-%s.csv"`, o.ID, start.Format("2006-01-02-1504")))
	w.Header().Set("Cache-Control", "no-store")
	w.Write([]byte("\uFEFF"))
	cw := csv.NewWriter(w)
	cw.Comma, cw.UseCRLF = ';', true
	cw.Write([]string{"Status", "Wartelistenplatz", "Name", "E-Mail", "Unternehmen", "Größe", "Branche", "PLZ", "Angemeldet am", "Anwesend"})
	status := map[string]string{lotse.RegistrationConfirmed: "bestätigt", lotse.RegistrationWaitlisted: "Warteliste", lotse.RegistrationCancelled: "abgemeldet"}
	for _, reg := range regs {
		pos, attended := "", ""
		if reg.Position > 0 {
			pos = strconv.Itoa(reg.Position)
		}
		if reg.Attended != nil {
			attended = map[bool]string{true: "ja", false: "nein"}[*reg.Attended]
		}
		cw.Write([]string{status[reg.Status], pos, csvSafe(reg.Name), reg.Email, csvSafe(reg.Company), lotse.SizeClasses.Label(reg.Size),
			lotse.Industries.Label(reg.Industry), reg.Postcode, reg.CreatedAt.In(lotse.Berlin).Format("02.01.2006 15:04"), attended})
	}
	cw.Flush()
	return cw.Error()
}

// csvSafe keeps a spreadsheet from reading a typed value as a formula.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// participantRegistration reads the registration named by the form's "id"
// and checks that it belongs to the offer and date of the path.
func (s *Server) participantRegistration(r *http.Request) (*lotse.Offer, time.Time, int64, error) {
	o, start, err := s.participantOfferDate(r, true)
	if err != nil {
		return nil, time.Time{}, 0, err
	}
	id, _ := strconv.ParseInt(r.PostFormValue("id"), 10, 64)
	reg, _, err := s.store.FindRegistration(r.Context(), id)
	if err != nil {
		return nil, time.Time{}, 0, err
	}
	if reg.OfferID != o.ID || !reg.StartsAt.Equal(start) {
		return nil, time.Time{}, 0, lotse.Errorf(lotse.ENOTFOUND, "Diese Anmeldung gehört nicht zu diesem Termin.")
	}
	return o, start, id, nil
}

func (s *Server) participantAttendance(w http.ResponseWriter, r *http.Request) error {
	o, start, id, err := s.participantRegistration(r)
	if err != nil {
		return err
	}
	if err := s.store.SetAttendance(r.Context(), id, r.PostFormValue("anwesend") == "ja"); err != nil {
		return err
	}
	http.Redirect(w, r, datePath(o, start)+"?hinweis=anwesenheit", http.StatusSeeOther)
	return nil
}

func (s *Server) participantMoveUp(w http.ResponseWriter, r *http.Request) error {
	o, start, id, err := s.participantRegistration(r)
	if err != nil {
		return err
	}
	if err := s.store.MoveUp(r.Context(), id); err != nil {
		return err
	}
	http.Redirect(w, r, datePath(o, start)+"?hinweis=nachgerueckt", http.StatusSeeOther)
	return nil
}

func (s *Server) participantCancelDate(w http.ResponseWriter, r *http.Request) error {
	o, start, err := s.participantOfferDate(r, true)
	if err != nil {
		return err
	}
	if r.PostFormValue("bestaetigt") != "ja" {
		return s.renderParticipants(w, r, http.StatusUnprocessableEntity, nil,
			map[string]string{"bestaetigt": "Bitte bestätigen Sie, dass der Termin abgesagt werden soll."})
	}
	if _, err := s.store.CancelDate(r.Context(), o.ID, start); err != nil {
		return err
	}
	http.Redirect(w, r, datePath(o, start)+"?hinweis=abgesagt", http.StatusSeeOther)
	return nil
}

func (s *Server) participantReschedule(w http.ResponseWriter, r *http.Request) error {
	o, start, err := s.participantOfferDate(r, true)
	if err != nil {
		return err
	}
	f := &rescheduleForm{Date: strings.TrimSpace(r.PostFormValue("datum")), Start: strings.TrimSpace(r.PostFormValue("beginn")),
		End: strings.TrimSpace(r.PostFormValue("ende")), Place: strings.TrimSpace(r.PostFormValue("ort"))}
	var p lotse.Problems
	day, err := parseDate(f.Date)
	if err != nil {
		p.Add("datum", "Bitte das Datum als TT.MM.JJJJ oder JJJJ-MM-TT angeben.")
	}
	clock := func(field, v string) time.Time {
		t, err := time.Parse("15:04", v)
		if err != nil {
			p.Add(field, "Bitte die Uhrzeit als HH:MM angeben.")
			return time.Time{}
		}
		return time.Date(day.Year(), day.Month(), day.Day(), t.Hour(), t.Minute(), 0, 0, lotse.Berlin)
	}
	newStart := clock("beginn", f.Start)
	var newEnd time.Time
	if f.End != "" {
		newEnd = clock("ende", f.End)
	}
	if len(p) == 0 {
		err = s.store.RescheduleDate(r.Context(), o.ID, start, newStart, newEnd, f.Place)
		if lotse.ErrorCode(err) == lotse.EINVALID {
			p = lotse.ErrorFields(err)
			if p == nil {
				p = lotse.Problems{"datum": lotse.ErrorMessage(err)}
			}
			if msg, ok := p["starts_at"]; ok {
				p["datum"] = msg
			}
			if msg, ok := p["ends_at"]; ok {
				p["ende"] = msg
			}
			if msg, ok := p["place"]; ok {
				p["ort"] = msg
			}
		} else if err != nil {
			return err
		}
	}
	if len(p) > 0 {
		return s.renderParticipants(w, r, http.StatusUnprocessableEntity, f, p)
	}
	http.Redirect(w, r, datePath(o, start)+"?hinweis=verschoben", http.StatusSeeOther)
	return nil
}
