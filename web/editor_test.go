package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"lotse"
)

func TestRecurrenceChoices(t *testing.T) {
	thu := time.Date(2026, 12, 3, 16, 0, 0, 0, lotse.Berlin)      // first Thursday of December
	lastThu := time.Date(2026, 12, 31, 16, 0, 0, 0, lotse.Berlin) // last Thursday
	tests := []struct {
		name                 string
		choice               string
		start                time.Time
		count, until, custom string
		want, label, problem string
	}{
		{"once", repeatNone, thu, "", "", "", "", "Einmalig", ""},
		{"weekly on Thursday", repeatWeekly, thu, "", "", "", "FREQ=WEEKLY;BYDAY=TH", "Wöchentlich am Donnerstag", ""},
		{"three-part series", repeatWeekly, thu, "3", "", "", "FREQ=WEEKLY;BYDAY=TH;COUNT=3", "Wöchentlich am Donnerstag", ""},
		{"every two weeks until a date", repeatBiweekly, thu, "", "2027-03-31", "", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20270331T215959Z", "Alle zwei Wochen am Donnerstag", ""},
		{"monthly on the first Thursday", repeatMonthly, thu, "", "", "", "FREQ=MONTHLY;BYDAY=1TH", "Monatlich am ersten Donnerstag", ""},
		{"monthly on the last Thursday", repeatMonthly, lastThu, "", "", "", "FREQ=MONTHLY;BYDAY=-1TH", "Monatlich am letzten Donnerstag", ""},
		{"custom rule kept", repeatCustom, thu, "", "", "RRULE:FREQ=DAILY;COUNT=5", "FREQ=DAILY;COUNT=5", "Eigene Regel (RRULE)", ""},
		{"count and until", repeatWeekly, thu, "3", "2027-01-01", "", "", "", "entweder"},
		{"count of one", repeatWeekly, thu, "1", "", "", "", "", "zwischen 2 und 500"},
		{"until before start", repeatWeekly, thu, "", "2026-11-01", "", "", "", "vor dem ersten Termin"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, problem := buildRRule(tt.choice, tt.start, tt.count, tt.until, tt.custom)
			if tt.problem != "" {
				if !strings.Contains(problem, tt.problem) {
					t.Fatalf("got problem %q, want one with %q", problem, tt.problem)
				}
				return
			}
			if got != tt.want || problem != "" {
				t.Fatalf("got %q (%s), want %q", got, problem, tt.want)
			}
			if l := repeatLabel(tt.choice, tt.start); l != tt.label {
				t.Errorf("label: got %q, want %q", l, tt.label)
			}
			// What the form writes, it reads back as the same choice.
			choice, count, until, custom := parseRRule(got, tt.start)
			if tt.choice != repeatCustom && (choice != tt.choice || count != tt.count || until != tt.until || custom != "") {
				t.Errorf("read back: got %q %q %q %q", choice, count, until, custom)
			}
			if o := (&lotse.Offer{StartsAt: &tt.start, Recurrence: got}); got != "" && len(o.Occurrences(tt.start, tt.start.AddDate(2, 0, 0), 10)) < 2 {
				t.Errorf("rule %q yields fewer than two dates", got)
			}
		})
	}
	if c, _, _, custom := parseRRule("FREQ=WEEKLY;BYDAY=MO,TH", thu); c != repeatCustom || custom == "" {
		t.Errorf("two weekdays: got %q, want custom", c)
	}
}

func workshopForm(title string) url.Values {
	return url.Values{"centre": {"hannover"}, "format": {"workshop"}, "title": {title}, "summary": {"Einstieg in KI für Betriebe."},
		"description": {"Praxisnah."}, "topics": {"ki", "daten"}, "audiences": {"handwerk"}, "mode": {"praesenz"},
		"city": {"Hannover"}, "postcode": {"30159"}, "state": {"DE-NI"}, "date": {"2026-12-10"}, "start": {"09:00"},
		"end": {"13:00"}, "repeat": {""}, "capacity": {"20"}, "language": {"de"}}
}

func TestEditorWorkflow(t *testing.T) {
	env := newAccountsEnv(t)
	ed := env.login(t, "a@hannover.de", editorPassword)
	anon := env.anonymous(t)

	// The form for a workshop asks for dates and capacity; material asks for a link.
	if w := ed.get("/redaktion/neu?format=workshop"); w.Code != 200 || !strings.Contains(w.Body.String(), `name="capacity"`) ||
		!strings.Contains(w.Body.String(), `name="repeat"`) {
		t.Fatalf("workshop form: got %d", w.Code)
	}
	if w := ed.get("/redaktion/neu?format=themenheft"); strings.Contains(w.Body.String(), `name="capacity"`) ||
		!strings.Contains(w.Body.String(), "Link zum Material") {
		t.Errorf("material form shows event fields or lacks the link")
	}

	// Errors come back next to their fields, with everything typed kept.
	bad := workshopForm("Workshop: KI & Daten <praxisnah>")
	bad.Set("date", "")
	bad.Set("city", "")
	bad.Set("capacity", "viele")
	w := ed.post("/redaktion/neu", bad)
	body := w.Body.String()
	if w.Code != http.StatusUnprocessableEntity {
		t.Fatalf("invalid form: got %d, want 422", w.Code)
	}
	for _, want := range []string{`id="e-date"`, `id="e-city"`, `id="e-capacity"`, `aria-describedby="e-city"`, `class="error-summary"`,
		`value="Workshop: KI &amp; Daten &lt;praxisnah&gt;"`, `value="viele"`, `value="30159"`, `value="ki" checked`, `value="daten" checked`,
		"Einstieg in KI für Betriebe."} {
		if !strings.Contains(body, want) {
			t.Errorf("re-rendered form lacks %q", want)
		}
	}

	// A valid workshop becomes a draft, invisible to the public.
	w = ed.post("/redaktion/neu", workshopForm("Workshop KI-Einstieg"))
	loc := w.Header().Get("Location")
	if w.Code != http.StatusSeeOther || !strings.HasPrefix(loc, "/redaktion/angebote/hannover-") {
		t.Fatalf("create: got %d to %q\n%s", w.Code, loc, w.Body)
	}
	id := strings.TrimPrefix(strings.SplitN(loc, "?", 2)[0], "/redaktion/angebote/")
	o, err := env.st.FindOfferByID(context.Background(), id)
	if err != nil || o.Status != lotse.StatusDraft || o.Capacity != 20 || !o.StartsAt.Equal(time.Date(2026, 12, 10, 9, 0, 0, 0, lotse.Berlin)) {
		t.Fatalf("stored offer: %+v %v", o, err)
	}
	publicNow := func() (list, page, api, apiList int) {
		return strings.Count(anon.get("/angebote?zentrum=hannover").Body.String(), `href="/angebote/`+id+`"`),
			anon.get("/angebote/" + id).Code, anon.get("/api/v1/offers/" + id).Code,
			strings.Count(anon.get("/api/v1/offers?q=KI-Einstieg").Body.String(), `"id":"`+id+`"`)
	}
	if l, p, a, al := publicNow(); l != 0 || p != 404 || a != 404 || al != 0 {
		t.Errorf("draft visible: list %d, page %d, api %d, api list %d", l, p, a, al)
	}
	if strings.Contains(anon.get("/api/v1/export").Body.String(), id) {
		t.Error("draft in the export")
	}

	// The preview is the public page with a banner.
	w = ed.get("/redaktion/angebote/" + id + "/vorschau")
	if w.Code != 200 || !strings.Contains(w.Body.String(), "<h1>Workshop KI-Einstieg</h1>") || !strings.Contains(w.Body.String(), "Vorschau") ||
		!strings.Contains(w.Body.String(), `<aside class="facts"`) {
		t.Errorf("preview: got %d", w.Code)
	}

	// Publishing makes it public everywhere at once.
	if w := ed.post("/redaktion/angebote/"+id+"/status", url.Values{"action": {"publish"}}); w.Code != http.StatusSeeOther {
		t.Fatalf("publish: got %d", w.Code)
	}
	if l, p, a, al := publicNow(); l != 1 || p != 200 || a != 200 || al != 1 {
		t.Errorf("published offer: list %d, page %d, api %d, api list %d", l, p, a, al)
	}

	// Editing keeps the form's friendly choices and records what changed.
	w = ed.get("/redaktion/angebote/" + id)
	if !strings.Contains(w.Body.String(), `value="2026-12-10"`) || !strings.Contains(w.Body.String(), "Wöchentlich am Donnerstag") {
		t.Errorf("edit form lacks the date or the weekday choice")
	}
	upd := workshopForm("Workshop KI-Einstieg (neu)")
	upd.Set("repeat", repeatWeekly)
	upd.Set("count", "3")
	if w := ed.post("/redaktion/angebote/"+id, upd); w.Code != http.StatusSeeOther {
		t.Fatalf("update: got %d\n%s", w.Code, w.Body)
	}
	o, _ = env.st.FindOfferByID(context.Background(), id)
	if o.Title != "Workshop KI-Einstieg (neu)" || o.Recurrence != "FREQ=WEEKLY;BYDAY=TH;COUNT=3" || o.Status != lotse.StatusPublished {
		t.Errorf("after update: %q %q %q", o.Title, o.Recurrence, o.Status)
	}
	var apiOffer struct {
		Status string            `json:"status"`
		Dates  []json.RawMessage `json:"dates"`
	}
	json.Unmarshal(anon.get("/api/v1/offers/"+id).Body.Bytes(), &apiOffer)
	if apiOffer.Status != "published" || len(apiOffer.Dates) != 3 {
		t.Errorf("API after update: %+v", apiOffer)
	}

	// Cancelling takes it out of the lists; its page stays and says so.
	ed.post("/redaktion/angebote/"+id+"/status", url.Values{"action": {"cancel"}})
	if l, p, _, al := publicNow(); l != 0 || p != 200 || al != 0 {
		t.Errorf("cancelled offer: list %d, page %d, api list %d", l, p, al)
	}
	if !strings.Contains(anon.get("/angebote/"+id).Body.String(), "Abgesagt:") {
		t.Error("cancelled offer's page does not say so")
	}
	if w := ed.post("/redaktion/angebote/"+id+"/status", url.Values{"action": {"unpublish"}}); !strings.Contains(w.Header().Get("Location"), "status-invalid") {
		t.Errorf("unpublishing a cancelled offer: got %q", w.Header().Get("Location"))
	}

	// The admin sees the whole story in the audit trail.
	admin := env.login(t, "admin@netzwerk.de", adminPassword)
	w = admin.get("/verwaltung/protokoll?objekt=offer:" + id)
	for _, want := range []string{"a@hannover.de", "als Entwurf angelegt", "Entwurf → Veröffentlicht", "Geändert: Titel, Wiederholung", "Veröffentlicht → Abgesagt"} {
		if !strings.Contains(w.Body.String(), want) {
			t.Errorf("audit trail lacks %q", want)
		}
	}
	// The editor's list shows only the own centre's offers, drafts included.
	env.createDraft(t, "handwerk-entwurf", "handwerk")
	env.createDraft(t, "hannover-entwurf", "hannover")
	list := ed.get("/redaktion").Body.String()
	if !strings.Contains(list, "Entwurf hannover-entwurf") || strings.Contains(list, "handwerk-entwurf") || strings.Contains(list, "Sicherer Datenaustausch") {
		t.Errorf("editor list shows the wrong offers")
	}
}

func TestAdminManagesUsersAndCentres(t *testing.T) {
	env := newAccountsEnv(t)
	admin := env.login(t, "admin@netzwerk.de", adminPassword)
	ed := env.login(t, "b@handwerk.de", editorPassword)
	bID := env.users["editorB"].ID
	path := "/verwaltung/benutzer/" + strconv.FormatInt(bID, 10)

	// Binding B to hannover too lets B edit hannover's offers after a new login.
	if w := admin.post(path, url.Values{"role": {"editor"}, "centres": {"handwerk", "hannover"}, "active": {"on"}}); w.Code != http.StatusSeeOther {
		t.Fatalf("update user: got %d\n%s", w.Code, w.Body)
	}
	if w := ed.get("/redaktion"); !denied(w) {
		t.Errorf("session survived a change of centres: %d", w.Code)
	}
	ed = env.login(t, "b@handwerk.de", editorPassword)
	if w := ed.get("/redaktion/angebote/ws-daten"); w.Code != 200 {
		t.Errorf("B with hannover: got %d", w.Code)
	}
	// An editor needs a centre.
	if w := admin.post(path, url.Values{"role": {"editor"}, "active": {"on"}}); w.Code != 422 || !strings.Contains(w.Body.String(), `id="e-centres"`) {
		t.Errorf("editor without centre: got %d", w.Code)
	}
	// Deactivating ends B's sessions and logins.
	if w := admin.post(path, url.Values{"role": {"editor"}, "centres": {"handwerk"}}); w.Code != http.StatusSeeOther {
		t.Fatalf("deactivate: got %d", w.Code)
	}
	if w := ed.get("/redaktion"); !denied(w) {
		t.Errorf("deactivated user still logged in: %d", w.Code)
	}
	if w := env.anonymous(t).post("/anmelden", url.Values{"email": {"b@handwerk.de"}, "password": {editorPassword}}); w.Code != http.StatusUnauthorized ||
		!strings.Contains(w.Body.String(), msgBadLogin) {
		t.Errorf("deactivated login: got %d", w.Code)
	}
	// The admin cannot lock themself out.
	self := "/verwaltung/benutzer/" + strconv.FormatInt(env.users["admin"].ID, 10)
	if w := admin.post(self, url.Values{"role": {"viewer"}, "active": {"on"}}); w.Code != 422 {
		t.Errorf("admin demoting themself: got %d", w.Code)
	}

	// Centres: a new one appears on the public pages at once.
	w := admin.post("/verwaltung/zentren/neu", url.Values{"slug": {"kiel"}, "name": {"Mittelstand-Digital Zentrum Kiel"}, "kind": {"regional"},
		"state": {"DE-SH"}, "city": {"Kiel"}, "lat": {"54,32"}, "lon": {"10,13"}, "started_on": {"01.03.2025"}, "topics": {"ki"}})
	if w.Code != http.StatusSeeOther {
		t.Fatalf("create centre: got %d\n%s", w.Code, w.Body)
	}
	if w := env.anonymous(t).get("/zentren"); !strings.Contains(w.Body.String(), "Mittelstand-Digital Zentrum Kiel") {
		t.Error("new centre not listed")
	}
	if w := admin.post("/verwaltung/zentren/neu", url.Values{"slug": {"kiel"}, "name": {"Doppelt"}, "kind": {"regional"}, "state": {"DE-SH"},
		"lat": {"54"}, "lon": {"10"}, "started_on": {"2025-01-01"}}); w.Code != 409 && w.Code != 422 {
		t.Errorf("duplicate centre: got %d", w.Code)
	}
	if w := admin.post("/verwaltung/zentren/kiel", url.Values{"name": {""}, "kind": {"regional"}, "state": {"DE-SH"}, "lat": {"x"}, "lon": {"10"},
		"started_on": {"2025-03-01"}}); w.Code != 422 || !strings.Contains(w.Body.String(), `id="e-name"`) || !strings.Contains(w.Body.String(), `value="x"`) {
		t.Errorf("invalid centre: got %d", w.Code)
	}
	body := admin.get("/verwaltung/protokoll").Body.String()
	for _, want := range []string{"centre:kiel", "„Mittelstand-Digital Zentrum Kiel“ angelegt", "deaktiviert", "admin@netzwerk.de"} {
		if !strings.Contains(body, want) {
			t.Errorf("audit page lacks %q", want)
		}
	}
}
