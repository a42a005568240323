package web

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"lotse"
	"lotse/mail/mailtest"
	"lotse/store"
)

// newBrowser starts headless Chromium for one test, or skips the test when
// no Chromium is installed (and fails under CI, where it must be).
// browserSteps returns two helpers for a test driving the tab ctx: do runs
// steps and fails the test on an error; text returns an element's text.
func browserSteps(t *testing.T, ctx context.Context) (do func(...chromedp.Action[chromedp.Void]), text func(sel string) string) {
	do = func(steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatal(err)
		}
	}
	text = func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return strings.TrimSpace(s)
	}
	return do, text
}

func newBrowser(t *testing.T) context.Context {
	t.Helper()
	var path string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("Chromium is not installed; under CI the browser tests must run (apt-get install chromium)")
		}
		t.Skip("Chromium not found: skipping browser test (install the Debian package chromium)")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancel3)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	return ctx
}

// axeSource returns axe-core's script from LOTSE_AXE_JS, or "" (with a
// note) when it is not available outside CI.
func axeSource(t *testing.T) string {
	t.Helper()
	path := os.Getenv("LOTSE_AXE_JS")
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("LOTSE_AXE_JS is not set; under CI the accessibility checks must run (see .ci/run)")
		}
		t.Log("LOTSE_AXE_JS not set: skipping the axe-core accessibility checks (npm install axe-core and point LOTSE_AXE_JS at axe.min.js)")
		return ""
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read axe-core: %v", err)
	}
	return string(b)
}

type axeViolation struct {
	ID    string `json:"id"`
	Help  string `json:"help"`
	Nodes []struct {
		Target []any `json:"target"`
	} `json:"nodes"`
}

// checkA11y runs axe-core on the current page for WCAG 2.1 A and AA rules.
func checkA11y(t *testing.T, ctx context.Context, axe, page string) {
	t.Helper()
	if axe == "" {
		return
	}
	run := `axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}).then(r => JSON.stringify(r.violations))`
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](axe)); err != nil {
		t.Fatalf("load axe on %s: %v", page, err)
	}
	out, err := chromedp.Run(ctx, chromedp.Evaluate[string](run, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("axe on %s: %v", page, err)
	}
	var vs []axeViolation
	if err := json.Unmarshal([]byte(out), &vs); err != nil {
		t.Fatalf("axe result on %s: %v", page, err)
	}
	for _, v := range vs {
		var targets []string
		for _, n := range v.Nodes {
			b, _ := json.Marshal(n.Target)
			targets = append(targets, string(b))
		}
		t.Errorf("%s: axe %s: %s at %s", page, v.ID, v.Help, strings.Join(targets, ", "))
	}
}

func TestBrowserPortal(t *testing.T) {
	ctx := newBrowser(t)
	axe := axeSource(t)
	srv, _ := newTestServer(t)
	ts := httptest.NewServer(srv)
	defer ts.Close()
	do, text := browserSteps(t, ctx)

	// Home loads with its sections.
	do(chromedp.Navigate(ts.URL + "/"))
	if h1 := text("h1"); !strings.Contains(h1, "Digitalisierung") {
		t.Errorf("home h1: got %q", h1)
	}
	checkA11y(t, ctx, axe, "home")

	// Choosing a topic narrows the list and the counts (the checkbox
	// applies itself; without JavaScript the button does).
	do(chromedp.Navigate(ts.URL + "/angebote"))
	before := text(".count")
	checkA11y(t, ctx, axe, "offer list")
	do(chromedp.Click(chromedp.CSS(`input[name="thema"][value="daten"]`)), chromedp.WaitVisible(chromedp.CSS(`a.chip-remove`)))
	after := text(".count")
	formats := text(`details.facet:nth-of-type(2)`)
	if !strings.HasPrefix(before, "4 Angebote") || !strings.HasPrefix(after, "1 Angebot") {
		t.Errorf("count before %q, after %q; want 4 then 1", before, after)
	}
	if strings.Contains(formats, "Themenheft") {
		t.Errorf("format facet after choosing a topic still offers Themenheft: %q", formats)
	}

	// An offer's detail page opens from the list.
	do(chromedp.Click(chromedp.CSS(`.card-title a`)), chromedp.WaitVisible(chromedp.CSS(`aside.facts`)))
	if h1 := text("h1"); h1 != "Workshop Datenqualität" {
		t.Errorf("detail h1: got %q", h1)
	}
	checkA11y(t, ctx, axe, "offer detail")

	// The map links to a centre.
	do(chromedp.Navigate(ts.URL+"/zentren"), chromedp.Click(chromedp.CSS(`svg a[href="/zentren/hannover"] circle`)),
		chromedp.WaitVisible(chromedp.CSS(`dl.facts-inline`)))
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	if h1 := text("h1"); !strings.HasSuffix(loc, "/zentren/hannover") || h1 != "Mittelstand-Digital Zentrum Hannover" {
		t.Errorf("after map click: at %s with h1 %q", loc, h1)
	}
	checkA11y(t, ctx, axe, "centre")
	do(chromedp.Navigate(ts.URL + "/zentren"))
	checkA11y(t, ctx, axe, "centre list")
}

// TestBrowserRegistration books the one seat of an event through its page,
// finds the invitation in the received e-mail, cancels through the link in
// it, and sees the next person on the waiting list move up.
func TestBrowserRegistration(t *testing.T) {
	ctx := newBrowser(t)
	axe := axeSource(t)
	smtp := mailtest.NewServer(t)
	srv, _, _ := newEventServer(t, smtp.URL)
	ts := httptest.NewServer(srv)
	defer ts.Close()
	local := func(link string) string { return ts.URL + strings.TrimPrefix(link, "https://lotse.example") }
	do, text := browserSteps(t, ctx)

	// Book the seat through the form.
	do(chromedp.Navigate(ts.URL + "/angebote/klein"))
	checkA11y(t, ctx, axe, "offer with registration form")
	do(chromedp.SendKeys(chromedp.CSS("#r-name"), "Erika Muster"),
		chromedp.SendKeys(chromedp.CSS("#r-email"), "erika@firma.de"),
		chromedp.SendKeys(chromedp.CSS("#r-company"), "Muster GmbH"),
		chromedp.SetValue(chromedp.CSS("#r-size"), "klein"),
		chromedp.SetValue(chromedp.CSS("#r-industry"), "handwerk"),
		chromedp.Click(chromedp.CSS("#r-consent")),
		chromedp.Click(chromedp.CSS(`.register-form button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`.booking`)))
	if got := text(".booking .status"); !strings.Contains(got, "Ihr Platz ist bestätigt") {
		t.Errorf("after booking: %q", got)
	}
	checkA11y(t, ctx, axe, "booking")

	// Max comes too late and waits.
	w, m := postJSON(t, srv, "/api/v1/offers/klein/registrations", `{`+strings.Replace(erika, "erika@", "max@", 1)+`}`)
	if w.Code != 201 || m["status"] != "waitlisted" {
		t.Fatalf("max: %d %v", w.Code, m)
	}

	// The invitation arrives; its cancel link leads to a confirm page.
	mail := smtp.WaitFor(t, 10*time.Second, func(m *mailtest.Message) bool { return m.To[0] == "erika@firma.de" })
	cal, err := mail.Parse()
	if err != nil {
		t.Fatal(err)
	}
	checkInvitation(t, cal, "REQUEST", 0)
	i := strings.Index(mail.Text, "https://lotse.example/anmeldungen/")
	if i < 0 {
		t.Fatalf("no cancel link in:\n%s", mail.Text)
	}
	link := strings.Fields(mail.Text[i:])[0]
	do(chromedp.Navigate(local(link)))
	if got := text(".booking .status"); !strings.Contains(got, "Ihr Platz ist bestätigt") {
		t.Errorf("opening the link cancelled already: %q", got)
	}
	do(chromedp.Click(chromedp.CSS(`#h-cancel + p + form button`)), chromedp.WaitVisible(chromedp.CSS(`.notice`)))
	if got := text(".notice"); !strings.Contains(got, "Sie sind abgemeldet") {
		t.Errorf("after cancelling: %q", got)
	}

	// Max moves up and is told.
	smtp.WaitFor(t, 10*time.Second, func(m *mailtest.Message) bool {
		return m.To[0] == "max@firma.de" && strings.HasPrefix(m.Subject, "Sie haben einen Platz")
	})
	do(chromedp.Navigate(ts.URL + "/angebote/klein"))
	if got := text(".register-form"); !strings.Contains(got, "ausgebucht") {
		t.Errorf("offer page after move-up: %q", got)
	}
}

// TestBrowserParticipants: an editor opens the participants of a date, marks
// attendance, sees the waiting list, and an unconfirmed call-off shows its
// error; every page is checked with axe-core.
func TestBrowserParticipants(t *testing.T) {
	ctx := newBrowser(t)
	axe := axeSource(t)
	env := newAccountsEnv(t)
	ts := httptest.NewServer(env.srv)
	defer ts.Close()
	start := *at(10, 9)
	for i := range 3 {
		if _, err := env.st.Register(context.Background(), store.RegisterRequest{OfferID: "ws-daten", Dates: []time.Time{start},
			Registrant: lotse.Registrant{Name: "Person " + strconv.Itoa(i), Email: "p" + strconv.Itoa(i) + "@firma.de", Company: "Firma",
				Size: "klein", Industry: "handel", Consent: true}}); err != nil {
			t.Fatal(err)
		}
	}
	do, _ := browserSteps(t, ctx)
	do(chromedp.Navigate(ts.URL+"/anmelden"),
		chromedp.SendKeys(chromedp.CSS("#f-email"), "a@hannover.de"),
		chromedp.SendKeys(chromedp.CSS("#f-password"), editorPassword),
		chromedp.Click(chromedp.CSS(`form[action="/anmelden"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`form.logout`)))
	do(chromedp.Navigate(ts.URL + "/redaktion/angebote/ws-daten/anmeldungen"))
	checkA11y(t, ctx, axe, "registration dates")
	do(chromedp.Click(chromedp.CSS(`table a`)), chromedp.WaitVisible(chromedp.CSS(`#h-confirmed`)))
	checkA11y(t, ctx, axe, "participants")
	do(chromedp.Click(chromedp.CSS(`form[action$="/anwesenheit"] button`)), chromedp.WaitVisible(chromedp.CSS(`p.notice`)))
	got, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`p.notice`)))
	if err != nil || !strings.Contains(got, "Anwesenheit ist gespeichert") {
		t.Errorf("after marking attendance: %q %v", got, err)
	}
	do(chromedp.Click(chromedp.CSS(`form[action$="/absagen"] button`)), chromedp.WaitVisible(chromedp.CSS(`.error-summary`)))
	checkA11y(t, ctx, axe, "participants with an error")
}
