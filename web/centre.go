package web

import (
	"fmt"
	"net/http"
	"strings"
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
	Slug, Name, Label string
	X, Y              string // the dot
	LX, LY            string // the label's anchor
	Anchor            string // the label's text-anchor: start, end or middle
	Thematic          bool
	Current           bool
}

// newMapView places the centres on the map. Centres in the same city are
// spread a little so that each dot stays clickable, and each label goes to
// the first side (right, left, below, above) where it overlaps no dot and no
// label placed before it.
func newMapView(centres []*lotse.Centre, current string) mapView {
	m := mapView{ViewBox: geo.ViewBox, States: geo.States}
	type box struct{ x0, y0, x1, y1 float64 }
	overlaps := func(a box, bs []box) bool {
		for _, b := range bs {
			if a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1 {
				return true
			}
		}
		return false
	}
	const r, gap = 9.0, 16.0
	var dots []box
	type point struct{ x, y float64 }
	pts := make([]point, len(centres))
	for i, c := range centres {
		x, y := geo.Project(c.Lat, c.Lon)
		for k := 0; k < 8 && overlaps(box{x - r, y - r, x + r, y + r}, dots); k++ {
			x, y = x+gap*0.7, y+gap*0.7 // step aside, down and right
		}
		pts[i] = point{x, y}
		dots = append(dots, box{x - r, y - r, x + r, y + r})
	}
	var labels []box
	for i, c := range centres {
		x, y := pts[i].x, pts[i].y
		label := shortName(c)
		w, h := 8.5*float64(len([]rune(label))), 16.0
		type spot struct {
			b      box
			lx, ly float64
			anchor string
		}
		spots := []spot{
			{box{x + 12, y - h/2, x + 12 + w, y + h/2}, x + 13, y + 5, "start"},
			{box{x - 12 - w, y - h/2, x - 12, y + h/2}, x - 13, y + 5, "end"},
			{box{x - w/2, y + 10, x + w/2, y + 10 + h}, x, y + 24, "middle"},
			{box{x - w/2, y - 10 - h, x + w/2, y - 10}, x, y - 14, "middle"},
		}
		chosen := spots[0]
		for _, sp := range spots {
			own := append([]box(nil), dots[:i]...)
			own = append(own, dots[i+1:]...)
			if !overlaps(sp.b, labels) && !overlaps(sp.b, own) && sp.b.x0 >= 0 && sp.b.x1 <= geo.Width {
				chosen = sp
				break
			}
		}
		labels = append(labels, chosen.b)
		m.Markers = append(m.Markers, marker{
			Slug: c.Slug, Name: c.Name, Label: label,
			X: fmt.Sprintf("%.1f", x), Y: fmt.Sprintf("%.1f", y),
			LX: fmt.Sprintf("%.1f", chosen.lx), LY: fmt.Sprintf("%.1f", chosen.ly), Anchor: chosen.anchor,
			Thematic: c.Kind == "thematic", Current: c.Slug == current,
		})
	}
	return m
}

// shortName is a centre's name without the network's prefix, e.g.
// "Hannover" or "Digitales Handwerk".
func shortName(c *lotse.Centre) string {
	for _, prefix := range []string{"Mittelstand-Digital Zentrum ", "Mittelstand-Digital Zentrum für ", "Mittelstand 4.0-Kompetenzzentrum "} {
		if rest, ok := strings.CutPrefix(c.Name, prefix); ok && rest != "" {
			return rest
		}
	}
	return c.Name
}

func (s *Server) centreList(w http.ResponseWriter, r *http.Request) error {
	centres := s.catalog.allCentres()
	all := s.catalog.index.Search(searchQuery(s.cfg.Now(), "", nil, time.Time{}, time.Time{}, 0, -1)) // counts only
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
	}{c, cards, res.Total, vocabularyCounts(s.catalog.labels.vocab(lotse.VocabFormats), res.Facets[search.FacetFormat]),
		"/angebote?zentrum=" + c.Slug, newMapView(s.catalog.allCentres(), c.Slug)}
	return s.ui.render(w, http.StatusOK, "centre", p)
}
