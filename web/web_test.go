package web

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"lotse"
	"lotse/store"
	"lotse/store/storetest"
)

var testNow = time.Date(2026, 11, 21, 10, 0, 0, 0, lotse.Berlin)

func at(days, hour int) *time.Time {
	t := time.Date(testNow.Year(), testNow.Month(), testNow.Day()+days, hour, 0, 0, 0, lotse.Berlin)
	return &t
}

// newTestServer returns a server on a fresh SQLite store holding two centres
// and four offers.
func newTestServer(t *testing.T) (*Server, *store.Store) {
	t.Helper()
	st := storetest.SQLite(t)
	fillTestStore(t, st)
	return newServerOn(t, st), st
}

// newServerOn returns a server on st with the test clock.
func newServerOn(t *testing.T, st *store.Store) *Server {
	t.Helper()
	srv, err := New(context.Background(), Config{Now: func() time.Time { return testNow }}, st, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

// fillTestStore puts two centres and four offers into st.
func fillTestStore(t *testing.T, st *store.Store) {
	t.Helper()
	ctx := context.Background()
	centres := []*lotse.Centre{
		{Slug: "hannover", Name: "Mittelstand-Digital Zentrum Hannover", Kind: "regional", State: "DE-NI", City: "Hannover",
			Lat: 52.37, Lon: 9.73, StartedOn: "2021-06-01", Topics: []string{"ki"}},
		{Slug: "handwerk", Name: "Mittelstand-Digital Zentrum Handwerk", Kind: "thematic", City: "Berlin",
			Lat: 52.52, Lon: 13.40, StartedOn: "2021-07-01", Topics: []string{"ki"}},
	}
	offers := []*lotse.Offer{
		{ID: "ki-talk", Centre: "hannover", Format: "webinar", Title: "KI-Talk: KI im Betrieb", Summary: "Jeden Donnerstag 30 Minuten KI.",
			Topics: []string{"ki"}, Audiences: []string{"alle"}, Mode: "online", StartsAt: at(-14, 16), EndsAt: ptr(at(-14, 16).Add(30 * time.Minute)),
			Recurrence: "FREQ=WEEKLY;BYDAY=TH", Capacity: 200},
		{ID: "ws-daten", Centre: "hannover", Format: "workshop", Title: "Workshop Datenqualität", Summary: "Saubere Daten für KI.",
			Topics: []string{"daten", "ki"}, Audiences: []string{"industrie"}, Mode: "praesenz",
			Location: lotse.Location{City: "Hannover", Postcode: "30159", State: "DE-NI"}, StartsAt: at(10, 9), EndsAt: at(10, 13), Capacity: 20},
		{ID: "heft-daten", Centre: "handwerk", Format: "themenheft", Title: "Sicherer Datenaustausch", Summary: "Themenheft.",
			Topics: []string{"datenaustausch"}, Audiences: []string{"handwerk"}, Mode: "online"},
		{ID: "past-konf", Centre: "handwerk", Format: "konferenz", Title: "Handwerk digital <Konferenz>", Summary: "Rückblick.",
			Topics: []string{"ki"}, Audiences: []string{"handwerk"}, Mode: "praesenz", Location: lotse.Location{City: "Berlin", State: "DE-BE"},
			StartsAt: at(-40, 9), EndsAt: at(-40, 17)},
	}
	if _, err := st.Import(ctx, centres, offers, true, nil); err != nil {
		t.Fatal(err)
	}
}

func ptr[T any](v T) *T { return &v }

func get(t *testing.T, h http.Handler, path string) *httptest.ResponseRecorder {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", path, nil))
	return w
}

func TestPages(t *testing.T) {
	srv, _ := newTestServer(t)
	tests := []struct {
		name, path string
		status     int
		want       []string
		notWant    []string
	}{
		{"home shows upcoming events and topics", "/", 200,
			[]string{"Die nächsten Veranstaltungen", "KI-Talk: KI im Betrieb", "Workshop Datenqualität", `href="/angebote?thema=ki"`, "Karte der Mittelstand-Digital Zentren"},
			[]string{"Handwerk digital"}},
		{"list filtered by topic shows counts", "/angebote?thema=daten", 200,
			[]string{"1 Angebot", "Workshop Datenqualität", `value="daten" checked`}, []string{"KI-Talk: KI im Betrieb</a>"}},
		{"list search folds umlauts and marks the match", "/angebote?q=Datenqualitaet", 200, []string{"Workshop <mark>Datenqualität</mark>"}, nil},
		{"typo gets a suggestion", "/angebote?q=Datenqualitat+Worksop", 200, []string{"Meinten Sie"}, nil},
		{"no result offers related topics", "/angebote?q=K%C3%BCnstliche+Intelligenz&format=themenheft", 200, []string{"Keine passenden Angebote", `href="/angebote?thema=ki"`}, nil},
		{"no result says what each filter keeps back", "/angebote?thema=daten&format=webinar", 200,
			[]string{`<ul class="drop-filter"><li><a href="/angebote?format=webinar">ohne „Thema: Daten &amp; Datenqualität“: 1 Angebot</a></li><li><a href="/angebote?thema=daten">ohne „Format: Webinar“: 1 Angebot</a></li></ul>`}, nil},
		{"no result asks for the Land and keeps the query", "/angebote?q=Quantencomputer+Tiefsee&form=online", 200,
			[]string{"Keine passenden Angebote", `<select id="f-naehe" name="naehe" required>`, `<input type="hidden" name="q" value="Quantencomputer Tiefsee">`, `<input type="hidden" name="form" value="online">`}, nil},
		{"no result names the centre of the chosen Land", "/angebote?q=Quantencomputer+Tiefsee&naehe=DE-NI", 200,
			[]string{"Ihr Zentrum in Niedersachsen", `<a href="/zentren/hannover">Mittelstand-Digital Zentrum Hannover</a> in Hannover`}, []string{`name="naehe"`}},
		{"no result names the nearest centre for a Land without one", "/angebote?q=Quantencomputer+Tiefsee&naehe=DE-HB", 200,
			[]string{"das nächstgelegene Zentrum für Bremen", `href="/zentren/hannover"`}, nil},
		{"no result takes the Land from the filter", "/angebote?q=Quantencomputer&land=DE-NI", 200,
			[]string{"Ihr Zentrum in Niedersachsen"}, nil},
		{"search finds centres too", "/angebote?q=Hannover", 200,
			[]string{`<div class="centre-hits"><h2>Passende Zentren</h2>`, `<a href="/zentren/hannover">Mittelstand-Digital Zentrum Hannover</a> <small>Hannover, Niedersachsen</small>`}, nil},
		{"a centre is found with a typo and without offers", "/angebote?q=Handwerc+Zentrum&format=konferenz", 200,
			[]string{`<a href="/zentren/handwerk">`}, nil},
		{"no centre box without a match", "/angebote?q=Datenqualit%C3%A4t", 200, nil, []string{"centre-hits"}},
		{"bad date keeps input and explains", "/angebote?von=31.02.2026x", 422, []string{"Bitte das Datum „von“", `value="31.02.2026x"`}, nil},
		{"date range", "/angebote?von=2026-11-30&bis=2026-12-03", 200, []string{"2 Angebote", "KI-Talk", "Workshop Datenqualität"}, []string{"Sicherer Datenaustausch</a>"}},
		{"german date range", "/angebote?von=30.11.2026&bis=3.12.2026", 200, []string{"2 Angebote"}, nil},
		{"offer detail with series dates", "/angebote/ki-talk", 200,
			[]string{"KI-Talk: KI im Betrieb", "Do, 26.11.2026, 16:00–16:30 Uhr", "Do, 03.12.2026, 16:00–16:30 Uhr", "Mittelstand-Digital Zentrum Hannover"}, nil},
		{"past event says so and escapes html", "/angebote/past-konf", 200, []string{"hat am", "Handwerk digital &lt;Konferenz&gt;"}, []string{"<Konferenz>"}},
		{"unknown offer is 404", "/angebote/nope", 404, []string{"Dieses Angebot gibt es nicht"}, nil},
		{"centre list", "/zentren", 200, []string{"Regionale Zentren", "Thematische Zentren", `href="/zentren/hannover"`}, nil},
		{"centre detail lists its offers", "/zentren/handwerk", 200, []string{"Sicherer Datenaustausch", "Thematisches Zentrum"}, []string{"Workshop Datenqualität"}},
		{"unknown path", "/gibt-es-nicht", 404, []string{"Seite nicht gefunden"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := get(t, srv, tt.path)
			body := w.Body.String()
			if w.Code != tt.status {
				t.Fatalf("got status %d, want %d\n%s", w.Code, tt.status, body)
			}
			for _, s := range tt.want {
				if !strings.Contains(body, s) {
					t.Errorf("body lacks %q", s)
				}
			}
			for _, s := range tt.notWant {
				if strings.Contains(body, s) {
					t.Errorf("body has %q", s)
				}
			}
		})
	}
}

func TestSecurityHeadersAndStatic(t *testing.T) {
	srv, _ := newTestServer(t)
	w := get(t, srv, "/")
	if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") || strings.Contains(csp, "unsafe-inline") {
		t.Errorf("got CSP %q", csp)
	}
	url := staticURL(srv.ui.hashes, "app.css")
	if !strings.Contains(w.Body.String(), url) {
		t.Fatalf("page does not link %s", url)
	}
	sw := get(t, srv, url)
	if sw.Code != 200 || !strings.Contains(sw.Header().Get("Cache-Control"), "immutable") {
		t.Errorf("hashed asset: got %d %q", sw.Code, sw.Header().Get("Cache-Control"))
	}
	if pw := get(t, srv, "/static/app.css"); pw.Code != 200 || pw.Header().Get("Cache-Control") != "no-cache" {
		t.Errorf("plain asset: got %d %q", pw.Code, pw.Header().Get("Cache-Control"))
	}
	gzReq := httptest.NewRequest("GET", url, nil)
	gzReq.Header.Set("Accept-Encoding", "gzip, br")
	gw := httptest.NewRecorder()
	srv.ServeHTTP(gw, gzReq)
	if gw.Code != 200 || gw.Header().Get("Content-Encoding") != "gzip" || !strings.HasPrefix(gw.Header().Get("Content-Type"), "text/css") {
		t.Errorf("gzipped asset: got %d %v", gw.Code, gw.Header())
	}
	if nw := get(t, srv, "/static/app.0000000000.css"); nw.Code != 404 {
		t.Errorf("stale hash: got %d, want 404", nw.Code)
	}
	if hw := get(t, srv, "/healthz"); hw.Code != 200 {
		t.Errorf("healthz: got %d", hw.Code)
	}
	if mw := get(t, srv, "/metrics"); !strings.Contains(mw.Body.String(), `lotse_http_requests_total{code="200",route="GET /{$}"}`) {
		t.Errorf("metrics lack the request counter by route:\n%s", mw.Body)
	}
	// A cross-site POST is refused before any handler runs.
	req := httptest.NewRequest("POST", "/angebote", strings.NewReader("x=1"))
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	cw := httptest.NewRecorder()
	srv.ServeHTTP(cw, req)
	if cw.Code != http.StatusForbidden {
		t.Errorf("cross-site POST: got %d, want 403", cw.Code)
	}
}

func TestAPI(t *testing.T) {
	srv, _ := newTestServer(t)
	var found struct {
		Total int `json:"total"`
		Items []struct {
			Slug string `json:"slug"`
		} `json:"items"`
	}
	if err := json.Unmarshal(get(t, srv, "/api/v1/centres?q=Handwerk").Body.Bytes(), &found); err != nil || found.Total != 1 || found.Items[0].Slug != "handwerk" {
		t.Errorf("centres matching Handwerk: %+v %v", found, err)
	}
	if json.Unmarshal(get(t, srv, "/api/v1/centres").Body.Bytes(), &found); found.Total != 2 {
		t.Errorf("all centres: %+v", found)
	}
	var list struct {
		Total int `json:"total"`
		Items []struct {
			ID           string     `json:"id"`
			NextStartsAt *time.Time `json:"next_starts_at"`
		} `json:"items"`
		Facets map[string]map[string]int `json:"facets"`
	}
	w := get(t, srv, "/api/v1/offers?topic=ki&format=webinar,workshop")
	if err := json.Unmarshal(w.Body.Bytes(), &list); err != nil || w.Code != 200 {
		t.Fatalf("got %d %v: %s", w.Code, err, w.Body)
	}
	if list.Total != 2 || list.Items[0].ID != "ki-talk" || list.Items[1].ID != "ws-daten" {
		t.Errorf("got %+v, want ki-talk then ws-daten", list)
	}
	if f := list.Facets["format"]; f["konferenz"] != 1 || f["webinar"] != 1 {
		t.Errorf("format facet ignores its own filter: got %v", f)
	}
	if list.Items[0].NextStartsAt == nil || !list.Items[0].NextStartsAt.Equal(*at(5, 16)) {
		t.Errorf("next date of series: got %v, want %v", list.Items[0].NextStartsAt, at(5, 16))
	}

	var apiErr struct {
		Error  string            `json:"error"`
		Fields map[string]string `json:"fields"`
	}
	w = get(t, srv, "/api/v1/offers?topic=quanten&limit=1000")
	json.Unmarshal(w.Body.Bytes(), &apiErr)
	if w.Code != 422 || apiErr.Fields["topic"] == "" || apiErr.Fields["limit"] == "" {
		t.Errorf("bad filters: got %d %+v", w.Code, apiErr)
	}
	w = get(t, srv, "/api/v1/offers/nope")
	json.Unmarshal(w.Body.Bytes(), &apiErr)
	if w.Code != 404 || apiErr.Error == "" || w.Header().Get("Content-Type") != "application/json; charset=utf-8" {
		t.Errorf("missing offer: got %d %+v", w.Code, apiErr)
	}
	var one struct {
		ID    string `json:"id"`
		Dates []struct {
			StartsAt time.Time `json:"starts_at"`
		} `json:"dates"`
	}
	w = get(t, srv, "/api/v1/offers/ki-talk")
	json.Unmarshal(w.Body.Bytes(), &one)
	if one.ID != "ki-talk" || len(one.Dates) < 50 {
		t.Errorf("offer: got %s with %d dates", one.ID, len(one.Dates))
	}
	var centres struct {
		Total int `json:"total"`
	}
	w = get(t, srv, "/api/v1/centres")
	json.Unmarshal(w.Body.Bytes(), &centres)
	if centres.Total != 2 {
		t.Errorf("centres: got %d", centres.Total)
	}
	if w := get(t, srv, "/api/v1/export"); w.Code != 200 || !strings.Contains(w.Body.String(), `"id": "ws-daten"`) {
		t.Errorf("export: got %d", w.Code)
	}
	var sug struct {
		Suggestions []string `json:"suggestions"`
	}
	w = get(t, srv, "/api/v1/suggest?q=Daten")
	json.Unmarshal(w.Body.Bytes(), &sug)
	if w.Code != 200 || len(sug.Suggestions) == 0 || !strings.HasPrefix(strings.ToLower(sug.Suggestions[0]), "daten") {
		t.Errorf("suggest: got %d %v", w.Code, sug.Suggestions)
	}
	if w := get(t, srv, "/api/v2/nothing"); w.Code != 404 || !strings.HasPrefix(w.Header().Get("Content-Type"), "application/json") {
		t.Errorf("unknown API path: got %d %s", w.Code, w.Header().Get("Content-Type"))
	}
}

func TestCatalogFollowsWritesOfOtherProcesses(t *testing.T) {
	srv, st := newTestServer(t)
	ctx := context.Background()
	o, _ := st.FindOfferByID(ctx, "ws-daten")
	o.Title = "Workshop Datenqualität im Handwerk"
	if _, err := st.PutOffer(ctx, o); err != nil {
		t.Fatal(err)
	}
	if err := st.DeleteOffer(ctx, "heft-daten"); err != nil {
		t.Fatal(err)
	}
	if err := srv.catalog.catchUp(ctx); err != nil {
		t.Fatal(err)
	}
	if got := srv.catalog.index.Search(searchQuery(testNow, "Handwerk Datenqualität", nil, time.Time{}, time.Time{}, 0, 10)); got.Total != 1 {
		t.Errorf("updated title: got %d hits, want 1", got.Total)
	}
	if srv.catalog.index.Len() != 3 {
		t.Errorf("after delete: got %d docs, want 3", srv.catalog.index.Len())
	}
}

func TestInstancesSharingPostgresSeeEachOthersWrites(t *testing.T) {
	url := storetest.PostgresURL(t)
	ctx := context.Background()
	open := func() *store.Store {
		st, err := store.Open(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	a, b := open(), open()
	fillTestStore(t, a)
	srvA, srvB := newServerOn(t, a), newServerOn(t, b)
	o, _ := a.FindOfferByID(ctx, "heft-daten")
	o.Title = "Themenheft Datenräume"
	if _, err := a.PutOffer(ctx, o); err != nil {
		t.Fatal(err)
	}
	if err := srvA.catalog.indexOffers(ctx, []string{o.ID}); err != nil {
		t.Fatal(err)
	}
	if err := srvB.catalog.catchUp(ctx); err != nil {
		t.Fatal(err)
	}
	for name, srv := range map[string]*Server{"writer": srvA, "other instance": srvB} {
		if w := get(t, srv, "/angebote?q=Datenr%C3%A4ume"); !strings.Contains(w.Body.String(), "Themenheft <mark>Datenräume</mark>") {
			t.Errorf("%s does not find the new title", name)
		}
	}
}

func TestPrivateLinksStayOutOfTheLog(t *testing.T) {
	st := storetest.SQLite(t)
	var logs strings.Builder
	srv, err := New(context.Background(), Config{Now: func() time.Time { return testNow }}, st, slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	get(t, srv, "/ki-check/ergebnis/Geheim-Token-123")
	get(t, srv, "/angebote?q=sichtbar")
	if strings.Contains(logs.String(), "Geheim-Token-123") || !strings.Contains(logs.String(), "/ki-check/ergebnis/{token}") {
		t.Errorf("log shows the private link or not the route:\n%s", logs.String())
	}
}
