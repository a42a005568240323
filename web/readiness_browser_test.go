package web

import (
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserReadiness fills the KI-Readiness-Check in Chromium, reaches the
// result and follows a recommended offer, checking each page with axe-core.
func TestBrowserReadiness(t *testing.T) {
	ctx := newBrowser(t)
	axe := axeSource(t)
	srv, _ := newTestServer(t)
	ts := httptest.NewServer(srv)
	defer ts.Close()
	do, text := browserSteps(t, ctx)
	shot := func(name string) {
		t.Helper()
		dir := os.Getenv("LOTSE_SCREENSHOTS") // for looking at the pages by eye
		if dir == "" {
			return
		}
		b, err := chromedp.Run(ctx, chromedp.FullScreenshot(80))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dir+"/"+name+".jpg", b, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	do(chromedp.Navigate(ts.URL + "/ki-check"))
	if h1 := text("h1"); !strings.Contains(h1, "KI-Readiness-Check") {
		t.Errorf("form h1: got %q", h1)
	}
	checkA11y(t, ctx, axe, "readiness form")
	shot("readiness-form")

	// The profile and a few answers; everything else stays "Weiß nicht".
	do(
		chromedp.Click(chromedp.CSS(`input[name="size"][value="1-9"]`)),
		chromedp.Click(chromedp.CSS(`input[name="industry"][value="handwerk"]`)),
		chromedp.SetValue(chromedp.CSS(`#state`), "DE-NI"),
		chromedp.Click(chromedp.CSS(`input[name="daten-digital"][value="einiges"]`)),
		chromedp.Click(chromedp.CSS(`input[name="daten-maschinen"][value="nicht-relevant"]`)),
		chromedp.Click(chromedp.CSS(`input[name="ki-werkzeuge"][value="ausprobiert"]`)),
		chromedp.Click(chromedp.CSS(`.rc-submit button`)),
		chromedp.WaitVisible(chromedp.CSS(`#h-prio`)),
	)
	if h1 := text("h1"); h1 != "Ihr Ergebnis im KI-Readiness-Check" {
		t.Errorf("result h1: got %q", h1)
	}
	if overall := text("#h-overall"); !strings.HasPrefix(overall, "Gesamt: Am Anfang") {
		t.Errorf("overall: got %q", overall)
	}
	checkA11y(t, ctx, axe, "readiness result")
	shot("readiness-result")

	// A recommended offer opens its page.
	title := text(`.rc-offers .card-title a`)
	do(chromedp.Click(chromedp.CSS(`.rc-offers .card-title a`)), chromedp.WaitVisible(chromedp.CSS(`aside.facts`)))
	if h1 := text("h1"); h1 != title {
		t.Errorf("after following the offer: h1 %q, want %q", h1, title)
	}

	do(chromedp.Navigate(ts.URL + "/ki-check/so-rechnen-wir"))
	checkA11y(t, ctx, axe, "readiness explanation")
	shot("readiness-explain")
}
