package web

import (
	"bytes"
	"context"
	"net/http"
	"time"

	"lotse"
	"lotse/geo"
)

// pageData is what the layout needs on every page; Data is the page's own.
type pageData struct {
	Host        string // the portal's host, for webcal:// links
	Title       string
	Description string
	Section     string // active navigation entry
	Query       string // the search box's value
	Demo        bool
	MapCredit   string
	User        *lotse.User // logged in, or nil
	Data        any
	// Main, if set, writes the main block in place of the page template's
	// (for pages rendered in Go, see fragment.go).
	Main func(*bytes.Buffer)
}

func (s *Server) newPage(r *http.Request, title string) *pageData {
	return &pageData{
		Host:      s.publicHost(),
		Title:     title,
		Query:     r.URL.Query().Get("q"),
		Demo:      s.catalog.isDemo(),
		MapCredit: geo.Credit,
		User:      currentUser(r),
	}
}

func (s *Server) home(w http.ResponseWriter, r *http.Request) error {
	now := s.cfg.Now()
	upcoming := s.catalog.index.Search(searchQuery(now, "", nil, now, time.Time{}, 0, 6))
	events, err := s.offerCards(r.Context(), upcoming.Hits)
	if err != nil {
		return err
	}
	all := s.catalog.index.Search(searchQuery(now, "", nil, time.Time{}, time.Time{}, 0, -1)) // counts only
	p := s.newPage(r, "Mittelstand-Digital: alle Angebote für Ihre Digitalisierung")
	p.Description = "Kostenfreie Hilfe für kleine und mittlere Unternehmen und das Handwerk: Veranstaltungen, Workshops, Materialien und KI-Trainer aller Mittelstand-Digital Zentren an einem Ort."
	p.Section = "home"
	centres := s.catalog.allCentres()
	p.Data = struct {
		Events   []offerCard
		Topics   []facetValue
		Formats  []facetValue
		Centres  []*lotse.Centre
		Map      mapView
		Offers   int
		Upcoming int
	}{
		Events:   events,
		Topics:   vocabularyCounts(s.catalog.labels.vocab(lotse.VocabTopics), all.Facets["topic"]),
		Formats:  vocabularyCounts(s.catalog.labels.vocab(lotse.VocabFormats), all.Facets["format"]),
		Centres:  centres,
		Map:      newMapView(centres, ""),
		Offers:   all.Total,
		Upcoming: upcoming.Total,
	}
	return s.ui.render(w, http.StatusOK, "home", p)
}

func (s *Server) about(w http.ResponseWriter, r *http.Request) error {
	p := s.newPage(r, "Über Lotse und das Netzwerk")
	p.Section = "about"
	return s.ui.render(w, http.StatusOK, "about", p)
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) error {
	return lotse.Errorf(lotse.ENOTFOUND, "Diese Seite gibt es nicht (mehr). Vielleicht hilft die Suche oder die Liste aller Angebote weiter.")
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := s.store.Ping(ctx); err != nil {
		s.log.Error("health check", "err", err)
		http.Error(w, "database unavailable", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write([]byte("ok\n"))
}
