package web

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserEditor: an editor logs in, creates a workshop, publishes it and
// finds it in the public list; an editor of another centre cannot open its
// edit page. Every page on the way is checked with axe-core.
func TestBrowserEditor(t *testing.T) {
	ctx := newBrowser(t)
	axe := axeSource(t)
	env := newAccountsEnv(t)
	ts := httptest.NewServer(env.srv)
	defer ts.Close()
	do, text := browserSteps(t, ctx)
	login := func(email, password string) {
		t.Helper()
		do(chromedp.Navigate(ts.URL+"/anmelden"),
			chromedp.SendKeys(chromedp.CSS("#f-email"), email),
			chromedp.SendKeys(chromedp.CSS("#f-password"), password),
			chromedp.Click(chromedp.CSS(`form[action="/anmelden"] button[type="submit"]`)),
			chromedp.WaitVisible(chromedp.CSS(`form.logout`)))
	}
	logout := func() {
		t.Helper()
		do(chromedp.Click(chromedp.CSS(`form.logout button`)), chromedp.WaitVisible(chromedp.CSS(`#f-email`)))
	}

	do(chromedp.Navigate(ts.URL + "/anmelden"))
	checkA11y(t, ctx, axe, "login")
	login("a@hannover.de", editorPassword)
	if h1 := text("h1"); h1 != "Redaktion: Angebote" {
		t.Fatalf("after login: h1 %q", h1)
	}
	checkA11y(t, ctx, axe, "editor list")

	// Choose the format, then send the form once empty to see the errors.
	do(chromedp.Navigate(ts.URL+"/redaktion/neu"), chromedp.WaitVisible(chromedp.CSS(`a[href="/redaktion/neu?format=workshop"]`)))
	checkA11y(t, ctx, axe, "format choice")
	do(chromedp.Click(chromedp.CSS(`a[href="/redaktion/neu?format=workshop"]`)), chromedp.WaitVisible(chromedp.CSS(`#f-title`)))
	checkA11y(t, ctx, axe, "workshop form")
	do(chromedp.SendKeys(chromedp.CSS(`#f-summary`), "Bleibt stehen."),
		chromedp.Click(chromedp.CSS(`form.form button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`.error-summary`)))
	if got := text(`#e-title`); !strings.Contains(got, "Titel") {
		t.Errorf("title error: got %q", got)
	}
	if v, _ := chromedp.Run(ctx, chromedp.Value(chromedp.CSS(`#f-summary`))); v != "Bleibt stehen." {
		t.Errorf("typed summary lost: got %q", v)
	}
	checkA11y(t, ctx, axe, "workshop form with errors")

	// Fill it in properly: a draft first, then published.
	do(chromedp.SetValue(chromedp.CSS(`#f-title`), "Workshop Datenstrategie im Handwerk"),
		chromedp.Click(chromedp.CSS(`input[name="topics"][value="daten"]`)),
		chromedp.Click(chromedp.CSS(`input[name="audiences"][value="handwerk"]`)),
		chromedp.SetValue(chromedp.CSS(`#f-date`), "2026-12-10"),
		chromedp.SetValue(chromedp.CSS(`#f-start`), "09:00"),
		chromedp.SetValue(chromedp.CSS(`#f-end`), "12:30"),
		chromedp.SetValue(chromedp.CSS(`#f-capacity`), "15"),
		chromedp.Click(chromedp.CSS(`form.form button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`.status-actions`)))
	editURL, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	editURL = strings.SplitN(editURL, "?", 2)[0]
	if got := text(`.status-box .badge`); got != "Entwurf" {
		t.Errorf("new offer: status %q, want Entwurf", got)
	}
	checkA11y(t, ctx, axe, "edit form")
	do(chromedp.Click(chromedp.CSS(`a[href$="/vorschau"]`)), chromedp.WaitVisible(chromedp.CSS(`.preview-banner`)))
	if h1 := text("h1"); h1 != "Workshop Datenstrategie im Handwerk" {
		t.Errorf("preview h1: %q", h1)
	}
	checkA11y(t, ctx, axe, "preview")
	do(chromedp.Navigate(editURL), chromedp.Click(chromedp.CSS(`button[value="publish"]`)), chromedp.WaitVisible(chromedp.CSS(`p.notice`)))
	if got := text(`.status-box .badge`); got != "Veröffentlicht" {
		t.Errorf("after publishing: status %q", got)
	}

	// The public list shows it, for anyone.
	logout()
	do(chromedp.Navigate(ts.URL+"/angebote?format=workshop"), chromedp.WaitVisible(chromedp.CSS(`.card-title`)))
	if got := text(`.results`); !strings.Contains(got, "Workshop Datenstrategie im Handwerk") {
		t.Errorf("public list lacks the new workshop: %q", got)
	}

	// An editor of another centre cannot open its edit page.
	login("b@handwerk.de", editorPassword)
	resp, err := chromedp.RunResponse(ctx, chromedp.Navigate(editURL))
	if err != nil {
		t.Fatal(err)
	}
	if resp.Status != 403 || !strings.Contains(text("main"), "Berechtigung") {
		t.Errorf("editor B on A's edit page: got %d %q", resp.Status, text("main"))
	}
	if strings.Contains(text("main"), "Workshop Datenstrategie") {
		t.Error("the refusal shows the offer")
	}
	logout()

	// The administration pages pass axe-core too.
	login("admin@netzwerk.de", adminPassword)
	for _, p := range []string{"/verwaltung/benutzer", "/verwaltung/protokoll", "/verwaltung/zentren/hannover", "/konto", "/konto/zwei-faktor"} {
		do(chromedp.Navigate(ts.URL + p))
		checkA11y(t, ctx, axe, p)
	}
}
