package web

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserDatacheck profiles a file inside the browser with the engine
// compiled to WebAssembly: nothing is sent to the server, and once the page
// has loaded the check works without it.
func TestBrowserDatacheck(t *testing.T) {
	ctx := newBrowser(t)
	axe := axeSource(t)
	srv, _ := newTestServer(t)
	var posts atomic.Int32
	ts := httptest.NewServer(countPosts(srv, &posts))
	defer ts.Close()

	csv := "kunden_nr;name;email;plz;umsatz\n" +
		"1;Müller GmbH;info@mueller.de;01067;1.234,56\n" +
		"2;Schmidt KG;kein-mail;30159;99,00\n" +
		"2;Schmidt KG;kein-mail;30159;99,00\n"
	file := filepath.Join(t.TempDir(), "kunden.csv")
	if err := os.WriteFile(file, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/daten-check"),
		chromedp.WaitVisible(chromedp.CSS(`#datacheck-form`)), // shown once the engine has loaded
	)
	if err != nil {
		t.Fatal(err)
	}
	// Once loaded, the page works offline: the server is gone for the check.
	ts.Close()
	err = chromedp.Do(ctx,
		chromedp.SetUploadFiles(chromedp.CSS(`#datacheck-file`), []string{file}),
		chromedp.WaitVisible(chromedp.CSS(`.dc-score`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	result, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#datacheck-result`)))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"von 100 Punkten KI-Tauglichkeit", "email", "umsatz"} {
		if !strings.Contains(result, want) {
			t.Errorf("result lacks %q:\n%s", want, result)
		}
	}
	if n := posts.Load(); n != 0 {
		t.Errorf("the page sent %d POST requests; the file must stay in the browser", n)
	}
	checkA11y(t, ctx, axe, "Daten-Check with result")

	// A file that is no table is named, with what to do.
	pdf := filepath.Join(t.TempDir(), "angebot.csv")
	if err := os.WriteFile(pdf, []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(ctx,
		chromedp.SetUploadFiles(chromedp.CSS(`#datacheck-file`), []string{pdf}),
		chromedp.WaitVisible(chromedp.CSS(`#datacheck-status.dc-error`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	status, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#datacheck-status`)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(status, "sondern ein PDF-Dokument") || !strings.Contains(status, "CSV UTF-8") {
		t.Errorf("status after a PDF: %q, want it to name the PDF and say what to do", status)
	}
}

// countPosts counts requests that could carry data to the server.
func countPosts(h http.Handler, n *atomic.Int32) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			n.Add(1)
		}
		h.ServeHTTP(w, r)
	})
}
