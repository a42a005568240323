package web

import (
	"fmt"
	"net/http"
	"time"

	"lotse"
	"lotse/geo"
	"lotse/search"
)

// mapView is the SVG map of Germany with the centres on it.
type mapView struct {
	ViewBox string
	States  []geo.State
	Markers []marker
}

type marker struct {
	Slug, Name, City string
	X, Y             string
	Thematic         bool
	Current          bool
	LabelLeft        bool
}

func newMapView(centres []*lotse.Centre, current string) mapView {
	m := mapView{ViewBox: geo.ViewBox, States: geo.States}
	for _, c := range centres {
		x, y := geo.Project(c.Lat, c.Lon)
		m.Markers = append(m.Markers, marker{
			Slug: c.Slug, Name: c.Name, City: c.City,
			X: fmt.Sprintf("%.1f", x), Y: fmt.Sprintf("%.1f", y),
			Thematic: c.Kind == "thematic", Current: c.Slug == current,
			LabelLeft: x > geo.Width*0.62,
		})
	}
	return m
}

func (s *Server) centreList(w http.ResponseWriter, r *http.Request) error {
	centres := s.catalog.allCentres()
	all := s.catalog.index.Search(searchQuery(s.cfg.Now(), "", nil, time.Time{}, time.Time{}, 0, 0))
	var regional, thematic []*lotse.Centre
	for _, c := range centres {
		if c.Kind == "thematic" {
			thematic = append(thematic, c)
		} else {
			regional = append(regional, c)
		}
	}
	p := s.newPage(r, "Die Mittelstand-Digital Zentren")
	p.Description = "Alle regionalen und thematischen Mittelstand-Digital Zentren auf einer Karte."
	p.Section = "centres"
	p.Data = struct {
		Regional, Thematic []*lotse.Centre
		Counts             map[string]int
		Map                mapView
	}{regional, thematic, all.Facets[search.FacetCentre], newMapView(centres, "")}
	return s.ui.render(w, http.StatusOK, "centres", p)
}

func (s *Server) centreShow(w http.ResponseWriter, r *http.Request) error {
	c, err := s.store.FindCentreBySlug(r.Context(), r.PathValue("slug"))
	if err != nil {
		return err
	}
	now := s.cfg.Now()
	filter := map[string][]string{search.FacetCentre: {c.Slug}}
	res := s.catalog.index.Search(searchQuery(now, "", filter, time.Time{}, time.Time{}, 0, 12))
	cards, err := s.offerCards(r.Context(), res.Hits)
	if err != nil {
		return err
	}
	p := s.newPage(r, c.Name)
	p.Description = c.Description
	p.Section = "centres"
	p.Data = struct {
		Centre  *lotse.Centre
		Cards   []offerCard
		Total   int
		Formats []facetValue
		AllURL  string
		Map     mapView
	}{c, cards, res.Total, vocabularyCounts(lotse.Formats, res.Facets[search.FacetFormat]),
		"/angebote?zentrum=" + c.Slug, newMapView(s.catalog.allCentres(), c.Slug)}
	return s.ui.render(w, http.StatusOK, "centre", p)
}
