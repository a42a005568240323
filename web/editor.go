package web

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"lotse"
	"lotse/store"
)

// The editorial area (/redaktion): centre staff create, edit, preview,
// publish, unpublish, cancel and archive their centres' offers. Every
// handler checks role and centre on the server (lotse.CanEditOffer).

// materialFormats need a link to the material itself.
var materialFormats = map[string]bool{
	"informationsmaterial": true, "themenheft": true, "podcast": true, "video": true, "praxisbeispiel": true,
}

// offerForm holds an offer form as typed, so nothing is lost on an error.
type offerForm struct {
	ID          string
	Centre      string
	Format      string
	Title       string
	Summary     string
	Description string
	Topics      []string
	Audiences   []string
	Mode        string
	City        string
	Postcode    string
	State       string
	Date        string // first date, YYYY-MM-DD or TT.MM.JJJJ
	Start       string // HH:MM
	EndDate     string // empty: the same day
	End         string // HH:MM
	Repeat      string
	Count       string
	Until       string
	RRule       string
	Capacity    string
	URL         string
	Language    string
}

func (f offerForm) IsEvent() bool    { return lotse.IsEventFormat(f.Format) }
func (f offerForm) IsMaterial() bool { return materialFormats[f.Format] }

// formFromOffer fills the form from a stored offer.
func formFromOffer(o *lotse.Offer) offerForm {
	f := offerForm{ID: o.ID, Centre: o.Centre, Format: o.Format, Title: o.Title, Summary: o.Summary, Description: o.Description,
		Topics: o.Topics, Audiences: o.Audiences, Mode: o.Mode, City: o.Location.City, Postcode: o.Location.Postcode,
		State: o.Location.State, URL: o.URL, Language: o.Language}
	if o.Capacity > 0 {
		f.Capacity = strconv.Itoa(o.Capacity)
	}
	var start time.Time
	if o.StartsAt != nil {
		start = o.StartsAt.In(lotse.Berlin)
		f.Date, f.Start = start.Format(time.DateOnly), start.Format("15:04")
	}
	if o.EndsAt != nil {
		end := o.EndsAt.In(lotse.Berlin)
		f.End = end.Format("15:04")
		if !sameDay(start, end) {
			f.EndDate = end.Format(time.DateOnly)
		}
	}
	f.Repeat, f.Count, f.Until, f.RRule = parseRRule(o.Recurrence, start)
	return f
}

func parseOfferForm(r *http.Request) offerForm {
	v := func(k string) string { return strings.TrimSpace(r.PostFormValue(k)) }
	r.ParseForm()
	return offerForm{Centre: v("centre"), Format: v("format"), Title: v("title"), Summary: v("summary"),
		Description: strings.TrimSpace(strings.ReplaceAll(r.PostFormValue("description"), "\r\n", "\n")),
		Topics:      r.PostForm["topics"], Audiences: r.PostForm["audiences"], Mode: v("mode"), City: v("city"),
		Postcode: v("postcode"), State: v("state"), Date: v("date"), Start: v("start"), EndDate: v("end_date"), End: v("end"),
		Repeat: v("repeat"), Count: v("count"), Until: v("until"), RRule: v("rrule"), Capacity: v("capacity"),
		URL: v("url"), Language: v("language")}
}

// validateFields maps the names Offer.Validate uses onto the form's fields.
var validateFields = map[string]string{
	"location.city": "city", "location.postcode": "postcode", "location.state": "state",
	"starts_at": "date", "ends_at": "end", "recurrence": "repeat", "id": "title",
}

// offer turns the form into an offer. Problems are keyed by form field.
func (f *offerForm) offer() (*lotse.Offer, lotse.Problems) {
	var p lotse.Problems
	o := &lotse.Offer{ID: f.ID, Centre: f.Centre, Format: f.Format, Title: f.Title, Summary: f.Summary, Description: f.Description,
		Topics: f.Topics, Audiences: f.Audiences, Mode: f.Mode, URL: f.URL, Language: f.Language,
		Location: lotse.Location{City: f.City, Postcode: f.Postcode, State: f.State}}
	if o.Topics == nil {
		o.Topics = []string{}
	}
	if o.Audiences == nil {
		o.Audiences = []string{}
	}
	if o.Language == "" {
		o.Language = "de"
	}
	if f.IsMaterial() && f.URL == "" {
		p.Add("url", "Bitte den Link zum Material angeben (https://…).")
	}
	if f.IsEvent() {
		start, ok := f.parseTime(&p, "date", f.Date, "start", f.Start, true)
		if ok {
			o.StartsAt = &start
			endDate := f.EndDate
			if endDate == "" {
				endDate = f.Date
			}
			if f.End != "" || f.EndDate != "" {
				if end, ok := f.parseTime(&p, "end_date", endDate, "end", f.End, false); ok {
					o.EndsAt = &end
				}
			}
			rule, msg := buildRRule(f.Repeat, start, f.Count, f.Until, f.RRule)
			if msg != "" {
				p.Add("repeat", msg)
			}
			o.Recurrence = rule
		}
		if f.Capacity != "" {
			n, err := strconv.Atoi(f.Capacity)
			if err != nil || n < 0 {
				p.Add("capacity", "Bitte die Zahl der Plätze als ganze Zahl angeben (leer oder 0 heißt unbegrenzt).")
			}
			o.Capacity = n
		}
	}
	if err := o.Validate(); err != nil {
		for k, msg := range lotse.ErrorFields(err) {
			if k == "starts_at" && (p["date"] != "" || p["start"] != "") {
				continue // the form said more precisely what is wrong with the date
			}
			if m, ok := validateFields[k]; ok {
				k = m
			}
			p.Add(k, msg)
		}
	}
	return o, p
}

func (f *offerForm) parseTime(p *lotse.Problems, dateField, date, timeField, clock string, required bool) (time.Time, bool) {
	if date == "" {
		if required {
			p.Add(dateField, "Eine Veranstaltung braucht ein Datum.")
		}
		return time.Time{}, false
	}
	d, err := parseDate(date)
	if err != nil {
		p.Add(dateField, "Bitte das Datum als TT.MM.JJJJ angeben.")
		return time.Time{}, false
	}
	if clock == "" {
		p.Add(timeField, "Bitte die Uhrzeit angeben, z. B. 16:00.")
		return time.Time{}, false
	}
	c, err := time.Parse("15:04", clock)
	if err != nil {
		p.Add(timeField, "Bitte die Uhrzeit als SS:MM angeben, z. B. 16:00.")
		return time.Time{}, false
	}
	return time.Date(d.Year(), d.Month(), d.Day(), c.Hour(), c.Minute(), 0, 0, lotse.Berlin), true
}

// editorCentres returns the centres u may create offers for.
func (s *Server) editorCentres(u *lotse.User) []*lotse.Centre {
	var out []*lotse.Centre
	for _, c := range s.catalog.allCentres() {
		if lotse.CanEditCentre(u, c.Slug) {
			out = append(out, c)
		}
	}
	return out
}

// editorList shows the offers of the user's centres (all for admins and
// viewers), drafts included.
func (s *Server) editorList(w http.ResponseWriter, r *http.Request) error {
	u := currentUser(r)
	q := r.URL.Query()
	f := store.EditorialFilter{Status: q.Get("status"), Limit: 50}
	if f.Status != "" && !lotse.Statuses.Has(f.Status) {
		f.Status = ""
	}
	if u.Role == lotse.RoleEditor {
		f.Centres = u.Centres
	}
	if c := q.Get("zentrum"); c != "" && lotse.CanViewOffers(u, c) {
		f.Centres = []string{c}
	}
	page := 1
	if n, err := strconv.Atoi(q.Get("seite")); err == nil && n > 1 {
		page = min(n, 10000)
	}
	f.Offset = (page - 1) * f.Limit
	offers, total, err := s.store.FindEditorialOffers(r.Context(), f)
	if err != nil {
		return err
	}
	type row struct {
		*lotse.Offer
		CentreName string
		CanEdit    bool
	}
	rows := make([]row, len(offers))
	for i, o := range offers {
		rows[i] = row{Offer: o, CentreName: o.Centre, CanEdit: lotse.CanEditOffer(u, o)}
		if c := s.catalog.centre(o.Centre); c != nil {
			rows[i].CentreName = c.Name
		}
	}
	var prev, next string
	link := func(n int) string {
		v := url.Values{}
		for k, vs := range q {
			v[k] = vs
		}
		v.Set("seite", strconv.Itoa(n))
		return "/redaktion?" + v.Encode()
	}
	if page > 1 {
		prev = link(page - 1)
	}
	if page*f.Limit < total {
		next = link(page + 1)
	}
	p := s.newPage(r, "Redaktion: Angebote")
	p.Section = "editor"
	p.Data = struct {
		Rows       []row
		Total      int
		Status     string
		Statuses   lotse.Vocabulary
		CanCreate  bool
		Prev, Next string
		Notice     string
	}{rows, total, f.Status, lotse.Statuses, len(s.editorCentres(u)) > 0, prev, next, editorNotices[q.Get("hinweis")]}
	return s.ui.render(w, http.StatusOK, "editor_list", p)
}

var editorNotices = map[string]string{
	"angelegt":       "Der Entwurf ist gespeichert. Er ist noch nicht öffentlich.",
	"gespeichert":    "Die Änderungen sind gespeichert.",
	"unveraendert":   "Es gab nichts zu speichern.",
	"publish":        "Das Angebot ist veröffentlicht.",
	"unpublish":      "Das Angebot ist wieder ein Entwurf und nicht mehr öffentlich.",
	"cancel":         "Das Angebot ist abgesagt. Seine Seite sagt das jetzt.",
	"archive":        "Das Angebot ist archiviert.",
	"status-invalid": "Dieser Statuswechsel ist nicht möglich.",
}

// editorFormData is what editor_form.html shows.
type editorFormData struct {
	New      bool
	Form     offerForm
	Offer    *lotse.Offer // the stored offer when editing
	Errors   map[string]string
	Centres  []*lotse.Centre
	Repeats  []facetValue
	Actions  []statusAction
	Audit    []*lotse.AuditEntry
	Notice   string
	Topics   lotse.Vocabulary
	Formats  lotse.Vocabulary
	Audience lotse.Vocabulary
	Modes    lotse.Vocabulary
	States   lotse.Vocabulary
}

type statusAction struct{ Action, Label string }

var statusActionLabels = []statusAction{
	{"publish", "Veröffentlichen"}, {"unpublish", "Zurückziehen (wieder Entwurf)"}, {"cancel", "Absagen"}, {"archive", "Archivieren"},
}

func (s *Server) renderOfferForm(w http.ResponseWriter, r *http.Request, status int, d editorFormData) error {
	u := currentUser(r)
	d.Centres = s.editorCentres(u)
	l := s.catalog.labels
	d.Topics, d.Formats, d.Audience, d.Modes, d.States = l.vocab(lotse.VocabTopics), l.vocab(lotse.VocabFormats),
		l.vocab(lotse.VocabAudiences), l.vocab(lotse.VocabModes), lotse.States
	var start time.Time
	if t, err := parseDate(d.Form.Date); err == nil {
		start = t
	}
	for _, c := range []string{repeatNone, repeatWeekly, repeatBiweekly, repeatMonthly, repeatCustom} {
		d.Repeats = append(d.Repeats, facetValue{Slug: c, Label: repeatLabel(c, start), Checked: d.Form.Repeat == c})
	}
	if d.Offer != nil {
		for _, a := range statusActionLabels {
			if lotse.CanChangeStatus(d.Offer.Status, lotse.StatusActions[a.Action]) {
				d.Actions = append(d.Actions, a)
			}
		}
		entries, _, err := s.store.FindAuditEntries(r.Context(), lotse.AuditFilter{Object: "offer:" + d.Offer.ID, Limit: 10})
		if err != nil {
			return err
		}
		d.Audit = entries
	}
	title := "Neues Angebot"
	if !d.New {
		title = "Angebot bearbeiten: " + d.Form.Title
	} else if d.Form.Format != "" {
		title = "Neues Angebot: " + s.catalog.labels.label(lotse.VocabFormats, d.Form.Format)
	}
	if len(d.Errors) > 0 {
		title = "Fehler: " + title
	}
	p := s.newPage(r, title)
	p.Section = "editor"
	p.Data = d
	return s.ui.render(w, status, "editor_form", p)
}

func (s *Server) offerNewPage(w http.ResponseWriter, r *http.Request) error {
	u := currentUser(r)
	centres := s.editorCentres(u)
	if len(centres) == 0 {
		return errForbidden
	}
	f := offerForm{Format: r.URL.Query().Get("format"), Mode: "online", Language: "de"}
	if !lotse.Formats.Has(f.Format) {
		f.Format = ""
	}
	if len(centres) == 1 {
		f.Centre = centres[0].Slug
	}
	return s.renderOfferForm(w, r, http.StatusOK, editorFormData{New: true, Form: f})
}

func newOfferID(centre string) string {
	b := make([]byte, 4)
	rand.Read(b)
	return centre + "-" + hex.EncodeToString(b)
}

func (s *Server) offerCreate(w http.ResponseWriter, r *http.Request) error {
	u := currentUser(r)
	f := parseOfferForm(r)
	switch {
	case len(s.editorCentres(u)) == 0:
		return errForbidden
	case f.Centre == "":
		return s.renderOfferForm(w, r, http.StatusUnprocessableEntity, editorFormData{New: true, Form: f,
			Errors: map[string]string{"centre": "Bitte das Zentrum wählen, das das Angebot macht."}})
	case !lotse.CanEditCentre(u, f.Centre):
		return errForbidden
	}
	if !lotse.Formats.Has(f.Format) {
		return s.renderOfferForm(w, r, http.StatusUnprocessableEntity, editorFormData{New: true, Form: f,
			Errors: map[string]string{"format": "Bitte ein Format wählen."}})
	}
	f.ID = newOfferID(f.Centre)
	o, p := f.offer()
	if len(p) > 0 {
		return s.renderOfferForm(w, r, http.StatusUnprocessableEntity, editorFormData{New: true, Form: f, Errors: p})
	}
	if err := s.store.CreateOffer(r.Context(), u, o); err != nil {
		if fields := lotse.ErrorFields(err); fields != nil {
			return s.renderOfferForm(w, r, http.StatusUnprocessableEntity, editorFormData{New: true, Form: f, Errors: fields})
		}
		return err
	}
	http.Redirect(w, r, "/redaktion/angebote/"+url.PathEscape(o.ID)+"?hinweis=angelegt", http.StatusSeeOther)
	return nil
}

// editableOffer loads the offer of the path and checks that the user may
// change it. An offer of another centre gets 403 (its existence is no secret:
// published offers are public, and IDs of drafts are random).
func (s *Server) editableOffer(r *http.Request) (*lotse.Offer, error) {
	o, err := s.store.FindOfferByID(r.Context(), r.PathValue("id"))
	if err != nil {
		return nil, err
	}
	if !lotse.CanEditOffer(currentUser(r), o) {
		return nil, errForbidden
	}
	return o, nil
}

func (s *Server) offerEditPage(w http.ResponseWriter, r *http.Request) error {
	o, err := s.editableOffer(r)
	if err != nil {
		return err
	}
	return s.renderOfferForm(w, r, http.StatusOK, editorFormData{Form: formFromOffer(o), Offer: o, Notice: editorNotices[r.URL.Query().Get("hinweis")]})
}

func (s *Server) offerUpdate(w http.ResponseWriter, r *http.Request) error {
	u := currentUser(r)
	stored, err := s.editableOffer(r)
	if err != nil {
		return err
	}
	f := parseOfferForm(r)
	f.ID = stored.ID
	if !lotse.Formats.Has(f.Format) {
		f.Format = stored.Format
	}
	if !lotse.CanEditCentre(u, f.Centre) { // moving the offer to a centre not one's own
		return errForbidden
	}
	o, p := f.offer()
	if len(p) > 0 {
		return s.renderOfferForm(w, r, http.StatusUnprocessableEntity, editorFormData{Form: f, Offer: stored, Errors: p})
	}
	ctx := r.Context()
	before, err := s.store.UpdateOffer(ctx, u, o)
	if err != nil {
		if fields := lotse.ErrorFields(err); fields != nil {
			return s.renderOfferForm(w, r, http.StatusUnprocessableEntity, editorFormData{Form: f, Offer: stored, Errors: fields})
		}
		return err
	}
	notice := "unveraendert"
	if len(before.ChangedFields(o)) > 0 {
		notice = "gespeichert"
		if err := s.afterOfferWrite(ctx, before, o); err != nil {
			return err
		}
	}
	http.Redirect(w, r, "/redaktion/angebote/"+url.PathEscape(o.ID)+"?hinweis="+notice, http.StatusSeeOther)
	return nil
}

func (s *Server) offerStatus(w http.ResponseWriter, r *http.Request) error {
	u := currentUser(r)
	before, err := s.editableOffer(r)
	if err != nil {
		return err
	}
	action := r.PostFormValue("action")
	status, ok := lotse.StatusActions[action]
	if !ok {
		return lotse.Errorf(lotse.EINVALID, "Unbekannte Aktion.")
	}
	ctx := r.Context()
	after, err := s.store.SetOfferStatus(ctx, u, before.ID, status)
	if lotse.ErrorCode(err) == lotse.EINVALID {
		action = "status-invalid"
	} else if err != nil {
		return err
	} else if err := s.afterOfferWrite(ctx, before, after); err != nil {
		return err
	}
	http.Redirect(w, r, "/redaktion/angebote/"+url.PathEscape(before.ID)+"?hinweis="+action, http.StatusSeeOther)
	return nil
}

// afterOfferWrite brings this instance's search index up to date (other
// instances follow the change log) and calls the offer-change hook.
func (s *Server) afterOfferWrite(ctx context.Context, before, after *lotse.Offer) error {
	if err := s.catalog.indexOffers(ctx, []string{after.ID}); err != nil {
		return err
	}
	return s.offerChanged(ctx, before, after)
}

// offerChanged is called after an editor changed an offer: its fields
// (before.ChangedFields(after), before.ChangesDates(after)) or its status
// (before.Status → after.Status, e.g. published → cancelled).
//
// Registrations follow (store.ApplyOfferChange): moved dates and places
// send updated invitations, a called-off event sends METHOD:CANCEL, more
// seats move people up; the e-mails are queued as jobs.
func (s *Server) offerChanged(ctx context.Context, before, after *lotse.Offer) error {
	if !before.IsEvent() {
		return nil
	}
	return s.store.ApplyOfferChange(ctx, before, after)
}

// offerPreview shows an offer, drafts included, exactly as its public page
// will look, with a banner saying it is a preview.
func (s *Server) offerPreview(w http.ResponseWriter, r *http.Request) error {
	o, err := s.store.FindOfferByID(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	if !lotse.CanViewOffers(currentUser(r), o.Centre) {
		return errForbidden
	}
	return s.renderOffer(w, r, o, true, &registrationForm{}, http.StatusOK)
}

// hasValue reports whether list contains v (for checkboxes in templates).
func hasValue(list []string, v string) bool { return slices.Contains(list, v) }
