package web

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"lotse/readiness"
)

// postForm sends a same-origin form POST.
func postForm(t *testing.T, h http.Handler, path string, form url.Values) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest("POST", path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

// checkForm answers every question with its first option that gives no
// points (the weakest answer), for a craft firm in Lower Saxony.
func checkForm() url.Values {
	f := url.Values{"version": {"v1"}, "size": {"1-9"}, "industry": {"handwerk"}, "state": {"DE-NI"}, "postcode": {"30159"}}
	for _, qu := range readiness.Current().Questions {
		for _, o := range qu.Options {
			if o.Points == 0 && !o.Unknown {
				f.Set(qu.ID, o.ID)
				break
			}
		}
	}
	return f
}

func mustContain(t *testing.T, body string, want ...string) {
	t.Helper()
	for _, s := range want {
		if !strings.Contains(body, s) {
			t.Errorf("body lacks %q", s)
		}
	}
}

func TestReadinessPages(t *testing.T) {
	srv, _ := newTestServer(t)

	w := get(t, srv, "/ki-check")
	if w.Code != 200 {
		t.Fatalf("form: got %d, want 200", w.Code)
	}
	mustContain(t, w.Body.String(), "Ihr Betrieb", `name="size"`, `<select id="state" name="state" required>`,
		"Bereich 1 von 9", `name="daten-digital" value="weiss-nicht" checked`, "Für uns nicht relevant", `action="/ki-check"`)

	// Invalid input: the form again with 422, messages and the answers kept.
	bad := checkForm()
	bad.Del("industry")
	bad.Set("daten-ort", "vielleicht")
	w = postForm(t, srv, "/ki-check", bad)
	if w.Code != http.StatusUnprocessableEntity {
		t.Fatalf("invalid form: got %d, want 422", w.Code)
	}
	mustContain(t, w.Body.String(), "Bitte prüfen Sie 2 Angaben", "Bitte wählen Sie Ihre Branche.",
		`href="#frage-daten-ort"`, "Die Antwort „vielleicht“ gibt es", `value="1-9" required checked`, `name="daten-digital" value="kaum" checked`)

	// A valid check: stored, then shown behind its private link.
	w = postForm(t, srv, "/ki-check", checkForm())
	if w.Code != http.StatusSeeOther || !strings.HasPrefix(w.Header().Get("Location"), "/ki-check/ergebnis/") {
		t.Fatalf("create: got %d to %q, want 303 to the result", w.Code, w.Header().Get("Location"))
	}
	result := w.Header().Get("Location")
	w = get(t, srv, result)
	if w.Code != 200 {
		t.Fatalf("result: got %d, want 200\n%s", w.Code, w.Body.String())
	}
	body := w.Body.String()
	mustContain(t, body, "Gesamt: Am Anfang", "<svg", "<desc id=\"radar-desc\">Netzdiagramm mit 9 Bereichen",
		"Ihre nächsten Schritte", "1. Daten: Bestand &amp; Qualität", "Erfassen Sie ab sofort neue Aufträge", `<a href="/daten-check">Daten-Check</a>`,
		`href="/angebote/ki-talk"`, `href="/zentren/hannover"`, "Ihr regionales Zentrum in Niedersachsen", `href="/zentren/handwerk"`,
		"Ein Vergleich ist noch nicht möglich", "bisher gibt es 0", "Stufe <strong>Grundlegend</strong>",
		"http://example.com"+result, `action="`+result+`/loeschen"`, `name="robots" content="noindex`)
	if strings.Contains(body, `href="/angebote/ws-daten"`) {
		t.Error("recommended a workshop for industry to a craft firm")
	}
	if cc := w.Header().Get("Cache-Control"); cc != "private, no-store" {
		t.Errorf("got Cache-Control %q, want private, no-store", cc)
	}

	// A re-check from the link starts with the earlier answers and shows progress.
	w = get(t, srv, result+"/wiederholen")
	if w.Code != 200 {
		t.Fatalf("repeat: got %d", w.Code)
	}
	token := strings.TrimPrefix(result, "/ki-check/ergebnis/")
	mustContain(t, w.Body.String(), `name="previous" value="`+token+`"`, `name="daten-digital" value="kaum" checked`, `value="DE-NI" selected`)
	better := checkForm()
	better.Set("daten-digital", "fast-alles")
	better.Set("daten-ort", "gepflegt")
	better.Set("previous", token)
	w = postForm(t, srv, "/ki-check", better)
	second := w.Header().Get("Location")
	w = get(t, srv, second)
	mustContain(t, w.Body.String(), "und Ihr Fortschritt", "<th scope=\"col\">Vorher</th>", `class="rc-up">+29</td>`, "gestrichelt Ihr vorheriger Check")

	// Deleting needs the confirmation, then the link is gone.
	w = postForm(t, srv, result+"/loeschen", url.Values{})
	if w.Code != http.StatusUnprocessableEntity || !strings.Contains(w.Body.String(), "Bitte bestätigen Sie") {
		t.Errorf("delete unconfirmed: got %d, want 422 asking to confirm", w.Code)
	}
	w = postForm(t, srv, result+"/loeschen", url.Values{"bestaetigt": {"ja"}})
	if w.Code != http.StatusSeeOther || w.Header().Get("Location") != "/ki-check?geloescht=1" {
		t.Fatalf("delete: got %d to %q", w.Code, w.Header().Get("Location"))
	}
	if w = get(t, srv, result); w.Code != 404 {
		t.Errorf("deleted result: got %d, want 404", w.Code)
	}
	mustContain(t, get(t, srv, "/ki-check?geloescht=1").Body.String(), "Ihr Ergebnis wurde gelöscht")
	if w = get(t, srv, second); w.Code != 200 || strings.Contains(w.Body.String(), "Vorher") {
		t.Errorf("the later check: got %d, want it shown without the deleted comparison", w.Code)
	}

	w = get(t, srv, "/ki-check/so-rechnen-wir")
	if w.Code != 200 {
		t.Fatalf("explanation: got %d", w.Code)
	}
	mustContain(t, w.Body.String(), "So rechnet der KI-Readiness-Check", "„Weiß nicht“ zählt mit 0 Punkten", `<th scope="row">Daten: Bestand &amp; Qualität</th>`, `id="eu"`, `<td lang="en">Digital business strategy</td>`)
}

func TestReadinessPDF(t *testing.T) {
	srv, _ := newTestServer(t)
	result := postForm(t, srv, "/ki-check", checkForm()).Header().Get("Location")
	mustContain(t, get(t, srv, result).Body.String(), `href="`+result+`/bericht.pdf"`, "Bericht als PDF herunterladen")

	w := get(t, srv, result+"/bericht.pdf")
	if w.Code != 200 {
		t.Fatalf("got %d, want 200", w.Code)
	}
	for h, want := range map[string]string{
		"Content-Type":        "application/pdf",
		"Content-Disposition": `attachment; filename="ki-readiness-bericht.pdf"`,
		"Cache-Control":       "no-store",
	} {
		if got := w.Header().Get(h); got != want {
			t.Errorf("%s: got %q, want %q", h, got, want)
		}
	}
	body := w.Body.Bytes()
	if !bytes.HasPrefix(body, []byte("%PDF-1.4\n")) || !bytes.HasSuffix(body, []byte("%%EOF\n")) {
		t.Errorf("body is no PDF: starts %q", body[:min(len(body), 16)])
	}

	for _, path := range []string{"/ki-check/ergebnis/unbekannt/bericht.pdf", "/ki-check/ergebnis/" + strings.Repeat("x", 43) + "/bericht.pdf"} {
		w := get(t, srv, path)
		if w.Code != 404 || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
			t.Errorf("%s: got %d %q, want the 404 page", path, w.Code, w.Header().Get("Content-Type"))
		}
	}
	postForm(t, srv, result+"/loeschen", url.Values{"bestaetigt": {"ja"}})
	if w := get(t, srv, result+"/bericht.pdf"); w.Code != 404 {
		t.Errorf("deleted result: got %d, want 404", w.Code)
	}
}

func TestReadinessComparison(t *testing.T) {
	srv, st := newTestServer(t)
	form := checkForm()
	res, err := readiness.Score(readiness.Current(), readiness.Profile{Size: "1-9", Industry: "handwerk", State: "DE-BY"}, map[string]string{"daten-digital": "fast-alles"})
	if err != nil {
		t.Fatal(err)
	}
	for range 10 {
		if _, err := st.CreateReadinessResult(context.Background(), res, ""); err != nil {
			t.Fatal(err)
		}
	}
	w := postForm(t, srv, "/ki-check", form)
	w = get(t, srv, w.Header().Get("Location"))
	mustContain(t, w.Body.String(), "Verglichen mit 10 Betrieben", "Median", "% der Betriebe")
}

func TestReadinessAPI(t *testing.T) {
	srv, st := newTestServer(t)
	w := get(t, srv, "/api/v1/readiness/questionnaire")
	var q readiness.API
	if err := json.Unmarshal(w.Body.Bytes(), &q); err != nil || w.Code != 200 {
		t.Fatalf("questionnaire: got %d %v", w.Code, err)
	}
	if q.Version != "v1" || len(q.Dimensions) != 9 || len(q.Questions) < 30 || len(q.Questions[0].Options) == 0 {
		t.Errorf("got version %s, %d dimensions, %d questions", q.Version, len(q.Dimensions), len(q.Questions))
	}

	post := func(body string) *httptest.ResponseRecorder {
		req := httptest.NewRequest("POST", "/api/v1/readiness", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		srv.ServeHTTP(w, req)
		return w
	}
	w = post(`{"profile": {"size": "1-9", "industry": "handwerk", "state": "DE-NI"}, "answers": {"daten-digital": "kaum", "ki-werkzeuge": "nein"}}`)
	if w.Code != http.StatusCreated {
		t.Fatalf("create: got %d\n%s", w.Code, w.Body.String())
	}
	var resp map[string]any
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"scores", "level", "dma", "priorities", "recommended_offers", "centres", "result_url"} {
		if _, ok := resp[k]; !ok {
			t.Errorf("response lacks %q", k)
		}
	}
	link, _ := resp["result_url"].(string)
	if !strings.HasPrefix(link, "http://example.com/ki-check/ergebnis/") || w.Header().Get("Location") != link {
		t.Errorf("got result_url %q, Location %q", link, w.Header().Get("Location"))
	}
	if dma := resp["dma"].(map[string]any); dma["band"] != "basic" || len(dma["dimensions"].(map[string]any)) != 6 {
		t.Errorf("got dma %v", dma)
	}
	if got := get(t, srv, strings.TrimPrefix(link, "http://example.com")); got.Code != 200 {
		t.Errorf("result link: got %d", got.Code)
	}

	// With a public address configured, the link uses it.
	public, err := New(context.Background(), Config{Now: func() time.Time { return testNow }, PublicURL: "https://lotse.example/"}, st,
		slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest("POST", "/api/v1/readiness", strings.NewReader(`{"profile": {"size": "1-9", "industry": "handwerk", "state": "DE-NI"}}`))
	pw := httptest.NewRecorder()
	public.ServeHTTP(pw, req)
	if loc := pw.Header().Get("Location"); pw.Code != http.StatusCreated || !strings.HasPrefix(loc, "https://lotse.example/ki-check/ergebnis/") {
		t.Errorf("with PublicURL: got %d and %q, want the link on the public address", pw.Code, loc)
	}

	tests := []struct {
		name, body string
		fields     []string
	}{
		{"unknown ids are named", `{"profile": {"size": "1-9", "industry": "handwerk", "state": "DE-NI"}, "answers": {"foo": "bar", "daten-digital": "viel"}}`, []string{"foo", "daten-digital"}},
		{"bad profile", `{"profile": {"size": "9", "industry": "handwerk", "state": "NI"}, "answers": {}}`, []string{"size", "state"}},
		{"not json", `{"profile": `, nil},
		{"trailing data", `{"profile": {}, "answers": {}} {}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := post(tt.body)
			if w.Code != http.StatusUnprocessableEntity {
				t.Fatalf("got %d, want 422\n%s", w.Code, w.Body.String())
			}
			var e apiError
			if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || e.Error == "" {
				t.Fatalf("got %s, want a JSON error", w.Body.String())
			}
			for _, f := range tt.fields {
				if e.Fields[f] == "" {
					t.Errorf("fields %v lack %q", e.Fields, f)
				}
			}
		})
	}
}

// TestReadinessChecksPerAddressAreLimited: one address may not flood the
// comparison data; the check over the limit keeps its answers and says
// when to retry, on the page and in the API.
func TestReadinessChecksPerAddressAreLimited(t *testing.T) {
	srv, _ := newTestServer(t)
	for i := range maxChecksPerHour {
		if w := postForm(t, srv, "/ki-check", checkForm()); w.Code != http.StatusSeeOther {
			t.Fatalf("check %d: %d", i+1, w.Code)
		}
	}
	form := checkForm()
	form.Set("postcode", "30165")
	w := postForm(t, srv, "/ki-check", form)
	if w.Code != http.StatusTooManyRequests {
		t.Fatalf("over the limit: %d", w.Code)
	}
	mustContain(t, w.Body.String(), "in einer Stunde erneut", `value="30165"`)
	req := httptest.NewRequest("POST", "/api/v1/readiness", strings.NewReader(`{"profile":{"size":"1-9","industry":"handwerk","state":"DE-NI"},"answers":{}}`))
	req.Header.Set("Content-Type", "application/json")
	api := httptest.NewRecorder()
	srv.ServeHTTP(api, req)
	if api.Code != http.StatusTooManyRequests || !strings.Contains(api.Body.String(), "in einer Stunde erneut") {
		t.Errorf("API over the limit: %d %s", api.Code, api.Body.String())
	}
	// Another address still gets through.
	other := httptest.NewRequest("POST", "/ki-check", strings.NewReader(checkForm().Encode()))
	other.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	other.RemoteAddr = "192.0.2.77:4711"
	w = httptest.NewRecorder()
	srv.ServeHTTP(w, other)
	if w.Code != http.StatusSeeOther {
		t.Errorf("another address: %d", w.Code)
	}
}
