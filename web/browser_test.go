package web

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// newBrowser starts headless Chromium for one test, or skips the test when
// no Chromium is installed (and fails under CI, where it must be).
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
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return strings.TrimSpace(s)
	}
	do := func(steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatal(err)
		}
	}

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
