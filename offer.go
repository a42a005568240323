package lotse

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/teambition/rrule-go"
)

// Offer is one free offer of a centre: an event, a piece of material, a
// project format. Event formats (see IsEventFormat) have dates; a series has
// a recurrence rule (RFC 5545 RRULE) that repeats StartsAt–EndsAt.
type Offer struct {
	ID          string     `json:"id"`
	Centre      string     `json:"centre"`
	Format      string     `json:"format"`
	Title       string     `json:"title"`
	Summary     string     `json:"summary"`
	Description string     `json:"description"`
	Topics      []string   `json:"topics"`
	Audiences   []string   `json:"audiences"`
	Mode        string     `json:"mode"`
	Location    Location   `json:"location"`
	StartsAt    *time.Time `json:"starts_at,omitempty"`
	EndsAt      *time.Time `json:"ends_at,omitempty"`
	Recurrence  string     `json:"recurrence,omitempty"`
	Capacity    int        `json:"capacity,omitempty"` // 0 means unlimited
	URL         string     `json:"url"`
	Language    string     `json:"language"`
	// Status is the editorial state (StatusDraft …). It is not part of the
	// exchange format: imported offers keep the status they have, and new
	// ones are published.
	Status string `json:"-"`
}

// Location is where an offer takes place; online offers may leave it empty.
type Location struct {
	City     string `json:"city,omitempty"`
	Postcode string `json:"postcode,omitempty"`
	State    string `json:"state,omitempty"`
}

// OfferFilter selects offers. Empty fields do not filter; several values of
// one field match any of them.
type OfferFilter struct {
	Query     string
	Topics    []string
	Formats   []string
	Centres   []string
	States    []string
	Modes     []string
	Audiences []string
	From, To  time.Time // dates of events; zero means open
	Offset    int
	Limit     int
}

// Occurrence is one date of an offer.
type Occurrence struct {
	Start time.Time
	End   time.Time
}

var (
	idPattern       = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$`)
	postcodePattern = regexp.MustCompile(`^[0-9]{5}$`)
	languagePattern = regexp.MustCompile(`^[a-z]{2}$`)
)

// Berlin is the time zone every date of the network is shown in.
var Berlin = mustLoadLocation("Europe/Berlin")

// Validate checks o on its own (the centre's existence is the store's
// business) and normalises its dates to Europe/Berlin. It returns an EINVALID
// error naming each bad field.
func (o *Offer) Validate() error {
	var p Problems
	if !idPattern.MatchString(o.ID) {
		p.Add("id", "Die Kennung muss mit einem Buchstaben oder einer Ziffer beginnen und darf nur Buchstaben, Ziffern sowie . _ : - enthalten (höchstens 128 Zeichen).")
	}
	if strings.TrimSpace(o.Centre) == "" {
		p.Add("centre", "Bitte das anbietende Zentrum angeben.")
	}
	if !Formats.Has(o.Format) {
		p.Add("format", "Unbekanntes Format "+quote(o.Format)+"; erlaubt sind z. B. „workshop“, „webinar“ oder „themenheft“.")
	}
	switch n := utf8.RuneCountInString(strings.TrimSpace(o.Title)); {
	case n == 0:
		p.Add("title", "Bitte einen Titel angeben.")
	case n > 200:
		p.Add("title", "Der Titel ist zu lang (höchstens 200 Zeichen).")
	}
	if utf8.RuneCountInString(o.Summary) > 600 {
		p.Add("summary", "Die Kurzbeschreibung ist zu lang (höchstens 600 Zeichen).")
	}
	if len(o.Topics) == 0 {
		p.Add("topics", "Bitte mindestens ein Thema angeben.")
	}
	checkSlugs(&p, "topics", o.Topics, Topics, "Thema")
	checkSlugs(&p, "audiences", o.Audiences, Audiences, "Zielgruppe")
	if !Modes.Has(o.Mode) {
		p.Add("mode", "Bitte die Form angeben: „praesenz“, „online“ oder „hybrid“.")
	}
	if o.Location.State != "" && !States.Has(o.Location.State) {
		p.Add("location.state", "Unbekanntes Bundesland "+quote(o.Location.State)+"; erwartet wird ein Kürzel wie „DE-NI“.")
	}
	if o.Location.Postcode != "" && !postcodePattern.MatchString(o.Location.Postcode) {
		p.Add("location.postcode", "Die Postleitzahl muss aus fünf Ziffern bestehen.")
	}
	if (o.Mode == "praesenz" || o.Mode == "hybrid") && strings.TrimSpace(o.Location.City) == "" {
		p.Add("location.city", "Bitte den Ort angeben, an dem das Angebot stattfindet.")
	}
	if IsEventFormat(o.Format) && o.StartsAt == nil {
		p.Add("starts_at", "Eine Veranstaltung braucht einen Beginn.")
	}
	if o.StartsAt != nil && o.EndsAt != nil && !o.EndsAt.After(*o.StartsAt) {
		p.Add("ends_at", "Das Ende muss nach dem Beginn liegen.")
	}
	if o.EndsAt != nil && o.StartsAt == nil {
		p.Add("starts_at", "Zu einem Ende gehört ein Beginn.")
	}
	if o.Recurrence != "" {
		if o.StartsAt == nil {
			p.Add("recurrence", "Eine Wiederholung braucht einen ersten Termin (starts_at).")
		} else if _, err := rrule.StrToROption(o.Recurrence); err != nil {
			p.Add("recurrence", "Die Wiederholungsregel ist ungültig (erwartet wird eine RRULE wie „FREQ=WEEKLY;BYDAY=TH“).")
		}
	}
	if o.Capacity < 0 {
		p.Add("capacity", "Die Zahl der Plätze darf nicht negativ sein (0 heißt unbegrenzt).")
	}
	if o.URL != "" && !isWebURL(o.URL) {
		p.Add("url", "Der Link muss mit https:// oder http:// beginnen.")
	}
	if o.Language == "" {
		o.Language = "de"
	} else if !languagePattern.MatchString(o.Language) {
		p.Add("language", "Die Sprache muss ein Kürzel aus zwei Kleinbuchstaben sein, z. B. „de“.")
	}
	if o.StartsAt != nil {
		t := o.StartsAt.In(Berlin)
		o.StartsAt = &t
	}
	if o.EndsAt != nil {
		t := o.EndsAt.In(Berlin)
		o.EndsAt = &t
	}
	return p.Err()
}

// IsEvent reports whether o happens at a date.
func (o *Offer) IsEvent() bool { return o.StartsAt != nil }

// Duration is the length of one date of o, or zero when it has no end.
func (o *Offer) Duration() time.Duration {
	if o.StartsAt == nil || o.EndsAt == nil {
		return 0
	}
	return o.EndsAt.Sub(*o.StartsAt)
}

// Occurrences returns o's dates that start in [from, to), at most max of
// them, in Europe/Berlin wall-clock time (a weekly 16:00 talk stays at 16:00
// across the change to summer time). An invalid rule yields the first date only.
func (o *Offer) Occurrences(from, to time.Time, max int) []Occurrence {
	if o.StartsAt == nil || max <= 0 {
		return nil
	}
	start, d := o.StartsAt.In(Berlin), o.Duration()
	in := func(t time.Time) bool { return !t.Before(from) && t.Before(to) }
	if o.Recurrence == "" {
		if in(start) {
			return []Occurrence{{start, start.Add(d)}}
		}
		return nil
	}
	opt, err := rrule.StrToROption(o.Recurrence)
	if err != nil {
		if in(start) {
			return []Occurrence{{start, start.Add(d)}}
		}
		return nil
	}
	opt.Dtstart = start
	r, err := rrule.NewRRule(*opt)
	if err != nil {
		return nil
	}
	var out []Occurrence
	it := r.Iterator()
	for t, ok := it(); ok && len(out) < max; t, ok = it() {
		if !t.Before(to) {
			break
		}
		if in(t) {
			t = t.In(Berlin)
			out = append(out, Occurrence{t, t.Add(d)})
		}
	}
	return out
}

func mustLoadLocation(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}
