package web

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	emersion "github.com/emersion/go-ical"

	"lotse"
	"lotse/mail"
	"lotse/mail/mailtest"
	"lotse/store"
)

// clock is a settable time for tests.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Set(t time.Time) { c.mu.Lock(); c.t = t; c.mu.Unlock() }

// newEventServer returns a test server whose store also holds "klein", an
// online webinar with one seat, a clock both share, and, when smtp is set,
// a running job worker that sends to it.
func newEventServer(t *testing.T, smtpURL string) (*Server, *store.Store, *clock) {
	t.Helper()
	_, st := newTestServer(t)
	clk := &clock{t: testNow}
	st.Now = clk.Now
	ctx := context.Background()
	if _, err := st.PutCentre(ctx, &lotse.Centre{Slug: "hannover", Name: "Mittelstand-Digital Zentrum Hannover", Kind: "regional", State: "DE-NI",
		City: "Hannover", Lat: 52.37, Lon: 9.73, StartedOn: "2021-06-01", Topics: []string{"ki"}, Email: "kontakt@zentrum-hannover.example"}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.PutOffer(ctx, &lotse.Offer{ID: "klein", Centre: "hannover", Format: "webinar", Title: "KI kompakt", Summary: "Ein Platz.",
		Topics: []string{"ki"}, Mode: "online", StartsAt: at(3, 10), EndsAt: at(3, 11), Capacity: 1, URL: "https://meet.example/ki-kompakt"}); err != nil {
		t.Fatal(err)
	}
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	sender, err := mail.New(smtpURL, filepath.Join(t.TempDir(), "outbox"), "Lotse <noreply@lotse.example>", logger)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := New(ctx, Config{Now: clk.Now, Mail: sender, PublicURL: "https://lotse.example", JobPoll: 10 * time.Millisecond}, st, logger)
	if err != nil {
		t.Fatal(err)
	}
	if smtpURL != "" {
		ctx, cancel := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() { srv.RunJobs(ctx); close(done) }()
		t.Cleanup(func() { cancel(); <-done })
	}
	return srv, st, clk
}

func postJSON(t *testing.T, h http.Handler, path, body string, header ...string) (*httptest.ResponseRecorder, map[string]any) {
	t.Helper()
	r := httptest.NewRequest("POST", path, strings.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	var m map[string]any
	json.Unmarshal(w.Body.Bytes(), &m)
	return w, m
}

const erika = `"name": "Erika Muster", "email": "erika@firma.de", "company": "Muster GmbH", "size": "klein", "industry": "handwerk", "consent": true`

func TestAPIRegistration(t *testing.T) {
	srv, _, _ := newEventServer(t, "")
	tests := []struct {
		name, path, body string
		header           []string
		status           int
		want             []string
	}{
		{"first registration gets the seat", "/api/v1/offers/klein/registrations", `{` + erika + `}`, nil, 201,
			[]string{`"status":"confirmed"`, `"cancel_url":"https://lotse.example/anmeldungen/`}},
		{"same e-mail twice for the date", "/api/v1/offers/klein/registrations", `{` + erika + `}`, nil, 409,
			[]string{"schon eine Anmeldung"}},
		{"full event puts registrant on waitlist", "/api/v1/offers/klein/registrations",
			`{` + strings.Replace(erika, "erika@", "max@", 1) + `}`, []string{"Idempotency-Key", "abc"}, 201,
			[]string{`"status":"waitlisted"`, `"position":1`}},
		{"idempotency key replays the first answer", "/api/v1/offers/klein/registrations",
			`{` + strings.Replace(erika, "erika@", "max@", 1) + `}`, []string{"Idempotency-Key", "abc"}, 201,
			[]string{`"status":"waitlisted"`, `"position":1`}},
		{"missing consent", "/api/v1/offers/klein/registrations", `{` + strings.Replace(erika, `"consent": true`, `"consent": false`, 1) + `}`, nil, 422,
			[]string{`"consent":"Bitte stimmen Sie der Datenschutzerklärung zu`}},
		{"invalid e-mail and html in name", "/api/v1/offers/klein/registrations",
			`{` + strings.Replace(strings.Replace(erika, "erika@firma.de", "erika(at)firma", 1), "Erika Muster", "<b>Erika</b>", 1) + `}`, nil, 422,
			[]string{`"email":"Bitte eine gültige E-Mail-Adresse`, `"name":"Der Name darf keine spitzen Klammern`}},
		{"unknown date of a series", "/api/v1/offers/ki-talk/registrations", `{` + erika + `, "starts_at": "2026-11-26T17:00:00+01:00"}`, nil, 422,
			[]string{`"starts_at":"Diesen Termin gibt es`}},
		{"a date of a series", "/api/v1/offers/ki-talk/registrations", `{` + erika + `, "starts_at": "2026-12-03T16:00:00+01:00"}`, nil, 201,
			[]string{`"starts_at":"2026-12-03T16:00:00+01:00"`, `"status":"confirmed"`}},
		{"unknown field", "/api/v1/offers/klein/registrations", `{"nme": "x"}`, nil, 422, []string{`Unbekanntes Feld`}},
		{"not json", "/api/v1/offers/klein/registrations", `name=x`, nil, 422, []string{`kein gültiges JSON`}},
		{"oversized body", "/api/v1/offers/klein/registrations", `{"name": "` + strings.Repeat("x", 20000) + `"}`, nil, 413, []string{`zu groß`}},
		{"unknown offer", "/api/v1/offers/nope/registrations", `{` + erika + `}`, nil, 404, []string{`gibt es nicht`}},
		{"offer without dates", "/api/v1/offers/heft-daten/registrations", `{` + erika + `}`, nil, 422, []string{`keine Anmeldung`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, _ := postJSON(t, srv, tt.path, tt.body, tt.header...)
			if w.Code != tt.status {
				t.Fatalf("got %d, want %d: %s", w.Code, tt.status, w.Body)
			}
			for _, s := range tt.want {
				if !strings.Contains(w.Body.String(), s) {
					t.Errorf("body lacks %q: %s", s, w.Body)
				}
			}
		})
	}
	w := get(t, srv, "/api/v1/offers/klein")
	var o struct {
		Dates []struct{ Capacity, Confirmed, Waitlisted int }
	}
	json.Unmarshal(w.Body.Bytes(), &o)
	if len(o.Dates) != 1 || o.Dates[0].Capacity != 1 || o.Dates[0].Confirmed != 1 || o.Dates[0].Waitlisted != 1 {
		t.Errorf("dates of klein: got %+v, want 1 seat, 1 confirmed, 1 waiting", o.Dates)
	}
}

func registrationValues(name, email string) url.Values {
	return url.Values{"name": {name}, "email": {email}, "company": {"Muster GmbH"}, "size": {"klein"}, "industry": {"handwerk"},
		"postcode": {"30159"}, "consent": {"ja"}}
}

func TestRegistrationForm(t *testing.T) {
	srv, st, _ := newEventServer(t, "")
	ctx := context.Background()

	t.Run("offer page shows the form with free seats", func(t *testing.T) {
		body := get(t, srv, "/angebote/klein").Body.String()
		for _, want := range []string{`action="/angebote/klein/anmeldung"`, "1 Platz frei", `name="consent"`, `name="website"`, "90 Tage"} {
			if !strings.Contains(body, want) {
				t.Errorf("page lacks %q", want)
			}
		}
	})
	t.Run("bad input keeps what was typed and writes nothing", func(t *testing.T) {
		v := registrationValues("Erika <Muster>", "erika@firma")
		v.Del("consent")
		w := postForm(t, srv, "/angebote/klein/anmeldung", v)
		body := w.Body.String()
		if w.Code != 422 {
			t.Fatalf("got %d, want 422", w.Code)
		}
		for _, want := range []string{"Bitte prüfen Sie die markierten Angaben.", "Bitte stimmen Sie der Datenschutzerklärung zu",
			"gültige E-Mail-Adresse", `value="Erika &lt;Muster&gt;"`, `value="erika@firma"`, `value="klein" selected`, `aria-invalid="true"`} {
			if !strings.Contains(body, want) {
				t.Errorf("page lacks %q", want)
			}
		}
		if counts, _ := st.DateCounts(ctx, "klein"); len(counts) != 0 {
			t.Errorf("something was written: %v", counts)
		}
	})
	t.Run("honeypot stops bots", func(t *testing.T) {
		v := registrationValues("Bot", "bot@spam.example")
		v.Set("website", "http://spam.example")
		if w := postForm(t, srv, "/angebote/klein/anmeldung", v); w.Code != 422 {
			t.Errorf("got %d, want 422", w.Code)
		}
		if counts, _ := st.DateCounts(ctx, "klein"); len(counts) != 0 {
			t.Errorf("something was written: %v", counts)
		}
	})
	var first string
	t.Run("registration shows the seat at once", func(t *testing.T) {
		w := postForm(t, srv, "/angebote/klein/anmeldung", registrationValues("Erika Muster", "erika@firma.de"))
		if w.Code != 303 {
			t.Fatalf("got %d, want 303: %s", w.Code, w.Body)
		}
		first = strings.TrimSuffix(w.Header().Get("Location"), "?neu=1")
		body := get(t, srv, w.Header().Get("Location")).Body.String()
		for _, want := range []string{"Vielen Dank für Ihre Anmeldung", "Ihr Platz ist bestätigt", "Jetzt abmelden"} {
			if !strings.Contains(body, want) {
				t.Errorf("page lacks %q", want)
			}
		}
	})
	t.Run("the same e-mail again is refused with a message", func(t *testing.T) {
		w := postForm(t, srv, "/angebote/klein/anmeldung", registrationValues("Erika Muster", "Erika@Firma.de"))
		if w.Code != 409 || !strings.Contains(w.Body.String(), "schon eine Anmeldung") {
			t.Errorf("got %d", w.Code)
		}
	})
	var second string
	t.Run("full event shows the waiting-list position", func(t *testing.T) {
		w := postForm(t, srv, "/angebote/klein/anmeldung", registrationValues("Max Muster", "max@firma.de"))
		second = strings.TrimSuffix(w.Header().Get("Location"), "?neu=1")
		if body := get(t, srv, w.Header().Get("Location")).Body.String(); !strings.Contains(body, "Warteliste auf Platz 1") {
			t.Errorf("page lacks the position")
		}
		if body := get(t, srv, "/angebote/klein").Body.String(); !strings.Contains(body, "ausgebucht, Anmeldung auf die Warteliste (1 warten)") {
			t.Errorf("offer page does not say it is full")
		}
	})
	t.Run("GET on the cancel page never cancels; POST does and moves up", func(t *testing.T) {
		get(t, srv, first)
		get(t, srv, first+"/abmelden")
		if body := get(t, srv, second).Body.String(); !strings.Contains(body, "Warteliste auf Platz 1") {
			t.Fatalf("GET changed something")
		}
		w := postForm(t, srv, first+"/abmelden", url.Values{"termin": {"alle"}})
		if w.Code != 303 {
			t.Fatalf("got %d", w.Code)
		}
		if body := get(t, srv, w.Header().Get("Location")).Body.String(); !strings.Contains(body, "Sie sind abgemeldet") {
			t.Errorf("cancel page lacks confirmation")
		}
		if body := get(t, srv, second).Body.String(); !strings.Contains(body, "Ihr Platz ist bestätigt") {
			t.Errorf("waiting person did not move up")
		}
	})
	t.Run("all dates of a series, then one date cancelled", func(t *testing.T) {
		page := get(t, srv, "/angebote/ki-talk").Body.String()
		if !strings.Contains(page, `value="alle"`) || !strings.Contains(page, `name="termin" id="t-1"`) {
			t.Fatalf("series form lacks the date choice")
		}
		v := registrationValues("Erika Muster", "erika@firma.de")
		v.Set("termin", "alle")
		w := postForm(t, srv, "/angebote/ki-talk/anmeldung", v)
		if w.Code != 303 {
			t.Fatalf("got %d: %s", w.Code, w.Body)
		}
		booking := strings.TrimSuffix(w.Header().Get("Location"), "?neu=1")
		body := get(t, srv, booking).Body.String()
		if n := strings.Count(body, "Ihr Platz ist bestätigt"); n != 12 {
			t.Errorf("got %d confirmed dates, want 12", n)
		}
		if !strings.Contains(body, "Nur von diesem Termin abmelden") || !strings.Contains(body, "Von allen Terminen abmelden") {
			t.Errorf("booking page lacks the cancel buttons")
		}
		second := time.Date(2026, 12, 3, 16, 0, 0, 0, lotse.Berlin).Format(time.RFC3339)
		postForm(t, srv, booking+"/abmelden", url.Values{"termin": {second}})
		body = get(t, srv, booking).Body.String()
		if n := strings.Count(body, "Ihr Platz ist bestätigt"); n != 11 || !strings.Contains(body, "Abgemeldet.") {
			t.Errorf("after cancelling one date: %d confirmed", n)
		}
	})
	t.Run("unknown token", func(t *testing.T) {
		if w := get(t, srv, "/anmeldungen/nix"); w.Code != 404 {
			t.Errorf("got %d", w.Code)
		}
	})
}

func TestMailsAndReminders(t *testing.T) {
	smtp := mailtest.NewServer(t)
	srv, _, clk := newEventServer(t, smtp.URL)
	to := func(addr, subject string) func(*mailtest.Message) bool {
		return func(m *mailtest.Message) bool {
			return len(m.To) == 1 && m.To[0] == addr && strings.HasPrefix(m.Subject, subject)
		}
	}
	w, a := postJSON(t, srv, "/api/v1/offers/klein/registrations", `{`+erika+`}`)
	if w.Code != 201 {
		t.Fatal(w.Body)
	}
	postJSON(t, srv, "/api/v1/offers/klein/registrations", `{`+strings.Replace(erika, "erika@", "max@", 1)+`}`)

	confirm := smtp.WaitFor(t, 10*time.Second, to("erika@firma.de", "Anmeldung bestätigt: KI kompakt"))
	if !strings.Contains(confirm.Text, "https://meet.example/ki-kompakt") || !strings.Contains(confirm.Text, a["cancel_url"].(string)) {
		t.Errorf("confirmation lacks the join or cancel link:\n%s", confirm.Text)
	}
	cal, err := confirm.Parse()
	if err != nil {
		t.Fatal(err)
	}
	ev := checkInvitation(t, cal, "REQUEST", 0)
	uid := ev.Id()
	smtp.WaitFor(t, 10*time.Second, to("max@firma.de", "Warteliste: KI kompakt"))

	// Erika cancels through her link: she gets METHOD:CANCEL for the same
	// UID, and Max moves up with an invitation.
	cancelURL := strings.TrimPrefix(a["cancel_url"].(string), "https://lotse.example")
	postForm(t, srv, cancelURL+"/abmelden", url.Values{"termin": {"alle"}})
	cancel := smtp.WaitFor(t, 10*time.Second, to("erika@firma.de", "Abmeldung bestätigt"))
	cal, err = cancel.Parse()
	if err != nil {
		t.Fatal(err)
	}
	if ev := checkInvitation(t, cal, "CANCEL", 1); ev.Id() != uid {
		t.Errorf("cancel UID %q, want %q", ev.Id(), uid)
	}
	promoted := smtp.WaitFor(t, 10*time.Second, to("max@firma.de", "Sie haben einen Platz"))
	cal, err = promoted.Parse()
	if err != nil {
		t.Fatal(err)
	}
	checkInvitation(t, cal, "REQUEST", 0)

	// 24 hours and 1 hour before, Max is reminded; Erika is not.
	start := *at(3, 10)
	clk.Set(start.Add(-24*time.Hour + time.Minute))
	reminder := smtp.WaitFor(t, 10*time.Second, to("max@firma.de", "Erinnerung: KI kompakt"))
	if cal, err := reminder.Parse(); err != nil {
		t.Errorf("reminder without invitation: %v", err)
	} else {
		checkInvitation(t, cal, "REQUEST", 0)
	}
	clk.Set(start.Add(-time.Hour + time.Minute))
	smtp.WaitFor(t, 10*time.Second, func(m *mailtest.Message) bool {
		n := 0
		for _, m := range smtp.Messages() {
			if to("max@firma.de", "Erinnerung")(m) {
				n++
			}
		}
		return n == 2
	})
	for _, m := range smtp.Messages() {
		if to("erika@firma.de", "Erinnerung")(m) {
			t.Errorf("cancelled person was reminded")
		}
	}
}

// checkInvitation checks the calendar of an invitation e-mail and returns
// its one event.
func checkInvitation(t *testing.T, cal *ics.Calendar, method string, seq int) *ics.VEvent {
	t.Helper()
	var got string
	for _, p := range cal.CalendarProperties {
		if p.IANAToken == "METHOD" {
			got = p.Value
		}
	}
	if got != method {
		t.Errorf("method: got %q, want %q", got, method)
	}
	if len(cal.Timezones()) != 1 {
		t.Errorf("got %d VTIMEZONEs, want Europe/Berlin", len(cal.Timezones()))
	}
	events := cal.Events()
	if len(events) != 1 {
		t.Fatalf("got %d events, want 1", len(events))
	}
	ev := events[0]
	start, err := ev.GetStartAt()
	if err != nil || !start.Equal(*at(3, 10)) {
		t.Errorf("start: got %v (%v), want %v", start, err, *at(3, 10))
	}
	if p := ev.GetProperty(ics.ComponentPropertyDtStart); p == nil || p.ICalParameters["TZID"][0] != "Europe/Berlin" {
		t.Errorf("DTSTART without TZID=Europe/Berlin: %v", p)
	}
	if p := ev.GetProperty(ics.ComponentPropertySequence); p == nil || p.Value != itoa(seq) {
		t.Errorf("sequence: got %v, want %d", p, seq)
	}
	if p := ev.GetProperty(ics.ComponentPropertyUrl); p == nil || p.Value != "https://meet.example/ki-kompakt" {
		t.Errorf("join link: got %v", p)
	}
	return ev
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestCalendarFeeds(t *testing.T) {
	srv, _, _ := newEventServer(t, "")
	for path, link := range map[string]string{
		"/zentren/hannover": `href="webcal://lotse.example/zentren/hannover/kalender.ics"`,
		"/angebote/klein":   `href="webcal://lotse.example/themen/ki/kalender.ics"`,
		"/":                 `href="webcal://lotse.example/kalender.ics"`,
	} {
		if body := get(t, srv, path).Body.String(); !strings.Contains(body, link) {
			t.Errorf("%s lacks the subscription link %s", path, link)
		}
	}
	tests := []struct {
		name, path string
		status     int
		titles     []string
	}{
		{"all events", "/kalender.ics", 200, []string{"KI kompakt", "KI-Talk: KI im Betrieb", "Workshop Datenqualität"}},
		{"per centre", "/zentren/hannover/kalender.ics", 200, []string{"KI kompakt", "KI-Talk: KI im Betrieb", "Workshop Datenqualität"}},
		{"per topic", "/themen/daten/kalender.ics", 200, []string{"Workshop Datenqualität"}},
		{"one event", "/angebote/ki-talk/kalender.ics", 200, []string{"KI-Talk: KI im Betrieb"}},
		{"unknown topic", "/themen/nope/kalender.ics", 404, nil},
		{"unknown centre", "/zentren/nope/kalender.ics", 404, nil},
		{"offer without dates", "/angebote/heft-daten/kalender.ics", 404, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := get(t, srv, tt.path)
			if w.Code != tt.status {
				t.Fatalf("got %d, want %d", w.Code, tt.status)
			}
			if tt.status != 200 {
				return
			}
			if ct := w.Header().Get("Content-Type"); ct != "text/calendar; charset=utf-8" {
				t.Errorf("content type %q", ct)
			}
			cal, err := ics.ParseCalendar(strings.NewReader(w.Body.String()))
			if err != nil {
				t.Fatal(err)
			}
			var titles []string
			for _, e := range cal.Events() {
				titles = append(titles, e.GetProperty(ics.ComponentPropertySummary).Value)
				if e.Id() == "" {
					t.Error("event without UID")
				}
				if strings.HasPrefix(e.GetProperty(ics.ComponentPropertySummary).Value, "KI-Talk") {
					if r := e.GetProperty(ics.ComponentPropertyRrule); r == nil || r.Value != "FREQ=WEEKLY;BYDAY=TH" {
						t.Errorf("series without RRULE: %v", r)
					}
				}
			}
			for _, want := range tt.titles {
				found := false
				for _, got := range titles {
					found = found || got == want
				}
				if !found {
					t.Errorf("feed lacks %q; has %q", want, titles)
				}
			}
			if len(titles) != len(tt.titles) {
				t.Errorf("got %d events %q, want %d", len(titles), titles, len(tt.titles))
			}
		})
	}
}

func TestCentreChangesReachPeople(t *testing.T) {
	smtp := mailtest.NewServer(t)
	srv, st, _ := newEventServer(t, smtp.URL)
	ctx := context.Background()
	if w, _ := postJSON(t, srv, "/api/v1/offers/klein/registrations", `{`+erika+`}`); w.Code != 201 {
		t.Fatal(w.Body)
	}
	first := smtp.WaitFor(t, 10*time.Second, func(m *mailtest.Message) bool { return strings.HasPrefix(m.Subject, "Anmeldung bestätigt") })
	cal, _ := first.Parse()
	uid := cal.Events()[0].Id()

	// The centre moves the date by an hour: same UID, SEQUENCE 1, new time.
	start := *at(3, 10)
	if err := st.RescheduleDate(ctx, "klein", start, start.Add(time.Hour), time.Time{}, ""); err != nil {
		t.Fatal(err)
	}
	moved := smtp.WaitFor(t, 10*time.Second, func(m *mailtest.Message) bool { return strings.HasPrefix(m.Subject, "Geänderter Termin") })
	cal, err := moved.Parse()
	if err != nil {
		t.Fatal(err)
	}
	ev := cal.Events()[0]
	got, _ := ev.GetStartAt()
	if ev.Id() != uid || ev.GetProperty(ics.ComponentPropertySequence).Value != "1" || !got.Equal(start.Add(time.Hour)) {
		t.Errorf("update: uid %s (want %s), sequence %s, start %v", ev.Id(), uid, ev.GetProperty(ics.ComponentPropertySequence).Value, got)
	}

	// The centre calls the date off: METHOD:CANCEL, SEQUENCE above the update's.
	if _, err := st.CancelDate(ctx, "klein", start); err != nil {
		t.Fatal(err)
	}
	off := smtp.WaitFor(t, 10*time.Second, func(m *mailtest.Message) bool { return strings.HasPrefix(m.Subject, "Abgesagt") })
	if off.Method != "CANCEL" {
		t.Errorf("method %q", off.Method)
	}
	cal, _ = off.Parse()
	if ev := cal.Events()[0]; ev.Id() != uid || ev.GetProperty(ics.ComponentPropertySequence).Value != "3" {
		t.Errorf("cancel: uid %s, sequence %s", ev.Id(), ev.GetProperty(ics.ComponentPropertySequence).Value)
	}
}

// TestFeedsShowMovedAndCancelledDates: a series keeps its rule and gets an
// event of its own (RECURRENCE-ID) for each date the centre moved or called
// off; a single date shows its new time. Both iCalendar parsers agree.
func TestFeedsShowMovedAndCancelledDates(t *testing.T) {
	srv, st := newTestServer(t)
	ctx := context.Background()
	talk, err := st.FindOfferByID(ctx, "ki-talk")
	if err != nil {
		t.Fatal(err)
	}
	dates := talk.Occurrences(time.Now(), time.Now().AddDate(0, 1, 0), 2)
	if len(dates) != 2 {
		t.Fatalf("dates: %v", dates)
	}
	moved, off := dates[0].Start, dates[1].Start
	if err := st.RescheduleDate(ctx, "ki-talk", moved, moved.Add(2*time.Hour), time.Time{}, "Raum 3"); err != nil {
		t.Fatal(err)
	}
	if _, err := st.CancelDate(ctx, "ki-talk", off); err != nil {
		t.Fatal(err)
	}
	body := get(t, srv, "/angebote/ki-talk/kalender.ics").Body.String()
	cal, err := ics.ParseCalendar(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	events := cal.Events()
	if len(events) != 3 {
		t.Fatalf("%d events, want the series and two changed dates:\n%s", len(events), body)
	}
	for _, e := range events[1:] {
		if e.Id() != events[0].Id() || e.GetProperty(ics.ComponentPropertyRrule) != nil {
			t.Errorf("changed date: uid %s, rrule %v", e.Id(), e.GetProperty(ics.ComponentPropertyRrule))
		}
	}
	local := func(t time.Time) string { return t.In(lotse.Berlin).Format("20060102T150405") }
	if r := events[1].GetProperty(ics.ComponentPropertyRecurrenceId); r == nil || r.Value != local(moved) {
		t.Errorf("moved date: recurrence id %v, want %s", r, local(moved))
	}
	if got, _ := events[1].GetStartAt(); !got.Equal(moved.Add(2 * time.Hour)) {
		t.Errorf("moved date starts %v", got)
	}
	if l := events[1].GetProperty(ics.ComponentPropertyLocation); l == nil || l.Value != "Raum 3" {
		t.Errorf("moved date: location %v", l)
	}
	if s := events[2].GetProperty(ics.ComponentPropertyStatus); s == nil || s.Value != "CANCELLED" || events[2].GetProperty(ics.ComponentPropertyRecurrenceId).Value != local(off) {
		t.Errorf("called-off date: %v", s)
	}
	// The second parser expands the series with the overrides applied.
	ecal, err := emersion.NewDecoder(strings.NewReader(body)).Decode()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(ecal.Events()); n != 3 {
		t.Errorf("go-ical sees %d events", n)
	}

	// A single date shows its new time.
	ws, _ := st.FindOfferByID(ctx, "ws-daten")
	if err := st.RescheduleDate(ctx, "ws-daten", *ws.StartsAt, ws.StartsAt.Add(24*time.Hour), time.Time{}, ""); err != nil {
		t.Fatal(err)
	}
	cal, err = ics.ParseCalendar(strings.NewReader(get(t, srv, "/angebote/ws-daten/kalender.ics").Body.String()))
	if err != nil {
		t.Fatal(err)
	}
	if events := cal.Events(); len(events) != 1 {
		t.Errorf("single date: %d events", len(events))
	} else if got, _ := events[0].GetStartAt(); !got.Equal(ws.StartsAt.Add(24 * time.Hour)) {
		t.Errorf("single date starts %v", got)
	}
}
