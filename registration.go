package lotse

import (
	"net/mail"
	"strings"
	"time"
	"unicode/utf8"
)

// Registration statuses.
const (
	RegistrationConfirmed  = "confirmed"  // has a seat
	RegistrationWaitlisted = "waitlisted" // waits at Position on the waiting list
	RegistrationCancelled  = "cancelled"  // cancelled by the person or the centre
)

// Registration is one person's place at one date of an event. Several
// registrations booked together (all dates of a series) share a Booking, the
// private token of the link that shows and cancels them.
type Registration struct {
	ID       int64     `json:"id"`
	OfferID  string    `json:"offer_id"`
	StartsAt time.Time `json:"starts_at"` // the planned start; with OfferID it names the date
	Booking  string    `json:"-"`
	Registrant
	Status      string     `json:"status"`
	Position    int        `json:"position"` // 1…n on the waiting list; 0 otherwise
	Attended    *bool      `json:"attended,omitempty"`
	CreatedAt   time.Time  `json:"created_at"`
	CancelledAt *time.Time `json:"cancelled_at,omitempty"`
}

// Active reports whether r holds a seat or a waiting-list place.
func (r *Registration) Active() bool { return r.Status != RegistrationCancelled }

// Registrant is what a person tells us when registering.
type Registrant struct {
	Name     string `json:"name"`
	Email    string `json:"email"`
	Company  string `json:"company"`
	Size     string `json:"size"`     // SizeClasses slug
	Industry string `json:"industry"` // Industries slug
	Postcode string `json:"postcode"`
	Consent  bool   `json:"consent"` // to the privacy notice; required
}

// SizeClasses are the firm sizes asked for on registration (EU SME classes).
var SizeClasses = Vocabulary{
	{"kleinst", "1–9 Beschäftigte"},
	{"klein", "10–49 Beschäftigte"},
	{"mittel", "50–249 Beschäftigte"},
	{"gross", "250 und mehr Beschäftigte"},
}

// Industries are the sectors asked for on registration.
var Industries = Vocabulary{
	{"handwerk", "Handwerk"},
	{"industrie", "Industrie & produzierendes Gewerbe"},
	{"handel", "Handel"},
	{"dienstleistung", "Dienstleistung"},
	{"startups", "Start-up"},
	{"sonstige", "Sonstige"},
}

// Validate checks and normalises what a person typed (trims spaces, writes
// the e-mail address in lower case). It returns an EINVALID error naming
// each bad field.
func (r *Registrant) Validate() error {
	var p Problems
	r.Name = strings.TrimSpace(r.Name)
	r.Email = strings.ToLower(strings.TrimSpace(r.Email))
	r.Company = strings.TrimSpace(r.Company)
	r.Postcode = strings.TrimSpace(r.Postcode)
	switch n := utf8.RuneCountInString(r.Name); {
	case n == 0:
		p.Add("name", "Bitte Ihren Namen angeben.")
	case n > 100:
		p.Add("name", "Der Name ist zu lang (höchstens 100 Zeichen).")
	case hasMarkup(r.Name):
		p.Add("name", "Der Name darf keine spitzen Klammern (< >) enthalten.")
	}
	if !validEmail(r.Email) {
		p.Add("email", "Bitte eine gültige E-Mail-Adresse angeben, z. B. name@firma.de.")
	}
	switch n := utf8.RuneCountInString(r.Company); {
	case n == 0:
		p.Add("company", "Bitte Ihr Unternehmen angeben.")
	case n > 150:
		p.Add("company", "Der Name des Unternehmens ist zu lang (höchstens 150 Zeichen).")
	case hasMarkup(r.Company):
		p.Add("company", "Der Name des Unternehmens darf keine spitzen Klammern (< >) enthalten.")
	}
	if !SizeClasses.Has(r.Size) {
		p.Add("size", "Bitte die Größe Ihres Unternehmens wählen.")
	}
	if !Industries.Has(r.Industry) {
		p.Add("industry", "Bitte Ihre Branche wählen.")
	}
	if r.Postcode != "" && !postcodePattern.MatchString(r.Postcode) {
		p.Add("postcode", "Die Postleitzahl muss aus fünf Ziffern bestehen.")
	}
	if !r.Consent {
		p.Add("consent", "Bitte stimmen Sie der Datenschutzerklärung zu; ohne Zustimmung können wir Sie nicht anmelden.")
	}
	return p.Err()
}

func hasMarkup(s string) bool { return strings.ContainsAny(s, "<>") }

func validEmail(s string) bool {
	if s == "" || len(s) > 254 || strings.ContainsAny(s, " \t\r\n<>,;\"") {
		return false
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || a.Name != "" {
		return false
	}
	at := strings.LastIndexByte(s, '@')
	domain := s[at+1:]
	return at > 0 && strings.Contains(domain, ".") && !strings.HasPrefix(domain, ".") && !strings.HasSuffix(domain, ".")
}

// Seat decides where a new registration goes at a date with capacity seats
// (0: unlimited), confirmed people holding seats and waitlisted people
// waiting: a free seat is taken only when nobody waits (FIFO), else the
// newcomer gets the next place on the waiting list.
func Seat(capacity, confirmed, waitlisted int) (status string, position int) {
	if waitlisted == 0 && (capacity == 0 || confirmed < capacity) {
		return RegistrationConfirmed, 0
	}
	return RegistrationWaitlisted, waitlisted + 1
}

// MoveUps returns how many people from the head of the waiting list get a
// seat now: as many as there are free seats and waiting people.
func MoveUps(capacity, confirmed, waitlisted int) int {
	if capacity == 0 {
		return waitlisted
	}
	return max(0, min(capacity-confirmed, waitlisted))
}

// MaxSeriesDates is how many dates "all dates of a series" books at most.
const MaxSeriesDates = 12

// BookableDates returns the dates of o one can register for at now: those
// starting within the next year, at most MaxSeriesDates.
func (o *Offer) BookableDates(now time.Time) []Occurrence {
	return o.Occurrences(now, now.AddDate(1, 0, 0), MaxSeriesDates)
}

// CheckDate returns the occurrence of o that starts at start, or an EINVALID
// error (field "starts_at") when o has no such date or it has begun at now.
func (o *Offer) CheckDate(start, now time.Time) (Occurrence, error) {
	bad := func(msg string) error {
		return &Error{Code: EINVALID, Message: msg, Fields: map[string]string{"starts_at": msg}}
	}
	if o.StartsAt == nil {
		return Occurrence{}, bad("Für dieses Angebot gibt es keine Termine, zu denen man sich anmelden kann.")
	}
	oc := o.Occurrences(start, start.Add(time.Second), 1)
	if len(oc) == 0 || !oc[0].Start.Equal(start) {
		return Occurrence{}, bad("Diesen Termin gibt es bei dieser Veranstaltung nicht. Bitte einen der angezeigten Termine wählen.")
	}
	if !start.After(now) {
		return Occurrence{}, bad("Dieser Termin hat schon begonnen; eine Anmeldung ist nicht mehr möglich.")
	}
	return oc[0], nil
}

// Reminders returns when to remind confirmed people of a date starting at
// start: 24 hours before, and for online and hybrid events also 1 hour
// before. Times not after now are left out.
func Reminders(mode string, start, now time.Time) []time.Time {
	var out []time.Time
	for _, d := range []time.Duration{24 * time.Hour, time.Hour} {
		if d == time.Hour && mode != "online" && mode != "hybrid" {
			continue
		}
		if t := start.Add(-d); t.After(now) {
			out = append(out, t)
		}
	}
	return out
}

// DateCount is the state of one date of an event.
type DateCount struct {
	StartsAt   time.Time `json:"starts_at"`
	Capacity   int       `json:"capacity"` // 0 means unlimited
	Confirmed  int       `json:"confirmed"`
	Waitlisted int       `json:"waitlisted"`
	Cancelled  bool      `json:"cancelled,omitempty"` // the centre called the date off
	// MovedTo and MovedEnd are set when the centre moved this one date.
	MovedTo  *time.Time `json:"moved_to,omitempty"`
	MovedEnd *time.Time `json:"moved_end,omitempty"`
}

// Free returns the free seats, or -1 when seats are unlimited.
func (d DateCount) Free() int {
	if d.Capacity == 0 {
		return -1
	}
	return max(0, d.Capacity-d.Confirmed)
}
