package web

import (
	"context"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"lotse"
	"lotse/store"
)

func TestParticipantPages(t *testing.T) {
	env := newAccountsEnv(t)
	ctx := context.Background()
	start := *at(10, 9) // ws-daten: a workshop of centre A with 20 seats
	var ids []int64
	for i, name := range []string{"Erika Muster", "=HYPERLINK(\"x\")"} {
		res, err := env.st.Register(ctx, store.RegisterRequest{OfferID: "ws-daten", Dates: []time.Time{start}, Registrant: lotse.Registrant{
			Name: name, Email: "p" + strconv.Itoa(i) + "@firma.de", Company: "Muster GmbH", Size: "klein", Industry: "handwerk", Consent: true}})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, res.Registrations[0].ID)
	}
	path := "/redaktion/angebote/ws-daten/anmeldungen/" + strconv.FormatInt(start.Unix(), 10)
	editor := env.as(t, "editorA")

	if w := editor.get("/redaktion/angebote/ws-daten/anmeldungen"); w.Code != 200 || !strings.Contains(w.Body.String(), `href="`+path+`"`) {
		t.Fatalf("dates page: %d", w.Code)
	}
	w := editor.get(path)
	if w.Code != 200 || !strings.Contains(w.Body.String(), "Erika Muster") || !strings.Contains(w.Body.String(), "2 bestätigt von 20 Plätzen") {
		t.Fatalf("list page: %d\n%s", w.Code, w.Body)
	}
	if w := editor.post(path+"/anwesenheit", url.Values{"id": {strconv.FormatInt(ids[0], 10)}, "anwesend": {"ja"}}); w.Code != 303 {
		t.Fatalf("attendance: %d %s", w.Code, w.Body)
	}
	if r, _, _ := env.st.FindRegistration(ctx, ids[0]); r.Attended == nil || !*r.Attended {
		t.Errorf("attendance not stored")
	}
	csv := editor.get(path + "/teilnehmende.csv").Body.String()
	for _, want := range []string{"\uFEFFStatus;Wartelistenplatz;Name", "bestätigt;;Erika Muster;p0@firma.de;Muster GmbH;10–49 Beschäftigte;Handwerk;;", ";ja\r\n", `'=HYPERLINK`} {
		if !strings.Contains(csv, want) {
			t.Errorf("CSV lacks %q:\n%s", want, csv)
		}
	}
	// A registration of another date or offer is refused.
	if w := editor.post(strings.Replace(path, "ws-daten", "ki-talk", 1)+"/anwesenheit", url.Values{"id": {strconv.FormatInt(ids[0], 10)}}); w.Code != 404 {
		t.Errorf("foreign registration: got %d, want 404", w.Code)
	}

	// Moving the date needs a valid time and tells people.
	if w := editor.post(path+"/verschieben", url.Values{"datum": {"31.02.2026"}, "beginn": {"9"}}); w.Code != 422 || !strings.Contains(w.Body.String(), "Bitte das Datum") {
		t.Errorf("bad move: %d", w.Code)
	}
	w = editor.post(path+"/verschieben", url.Values{"datum": {start.AddDate(0, 0, 1).Format("2006-01-02")}, "beginn": {"10:00"}, "ende": {"12:00"}, "ort": {"Raum 4"}})
	if w.Code != 303 {
		t.Fatalf("move: %d %s", w.Code, w.Body)
	}
	if w := editor.get(w.Header().Get("Location")); !strings.Contains(w.Body.String(), "Der Termin ist verschoben") || !strings.Contains(w.Body.String(), "Raum 4") {
		t.Errorf("after the move:\n%s", w.Body)
	}
	moved := start.AddDate(0, 0, 1).Add(time.Hour)
	if body := get(t, env.srv, "/angebote/ws-daten").Body.String(); !strings.Contains(body, when(moved, moved.Add(2*time.Hour))+"</time></li>") || !strings.Contains(body, "– verschoben, 18 Plätze frei") {
		t.Errorf("public page does not show the moved date %s:\n%s", when(moved, moved.Add(2*time.Hour)), body)
	}
	// Calling it off needs the confirmation.
	if w := editor.post(path+"/absagen", nil); w.Code != 422 {
		t.Errorf("unconfirmed cancel: %d", w.Code)
	}
	if w := editor.post(path+"/absagen", url.Values{"bestaetigt": {"ja"}}); w.Code != 303 {
		t.Fatalf("cancel: %d", w.Code)
	}
	if r, _, _ := env.st.FindRegistration(ctx, ids[1]); r.Status != lotse.RegistrationCancelled {
		t.Errorf("after calling off: %s", r.Status)
	}
	if c, _ := env.st.JobCounts(ctx, store.JobMail); c[store.JobQueued] != 2+2+2 {
		t.Errorf("got %v mail jobs, want 2 confirmations, 2 updates, 2 cancellations", c)
	}
}
