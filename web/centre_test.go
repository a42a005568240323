package web

import (
	"testing"
	"time"

	"lotse/demo"
)

func TestMapSpreadsNeighboursAndNamesThemShort(t *testing.T) {
	centres, _ := demo.Network(time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC))
	m := newMapView(centres, "hannover")
	dots := map[string]string{}
	for _, mk := range m.Markers {
		at := mk.X + "," + mk.Y
		if other, ok := dots[at]; ok {
			t.Errorf("%s and %s share the dot at %s", mk.Slug, other, at)
		}
		dots[at] = mk.Slug
		if mk.Slug == "hannover" && (mk.Label != "Hannover" || !mk.Current) {
			t.Errorf("hannover: got label %q, current %v", mk.Label, mk.Current)
		}
	}
	if len(m.Markers) != len(centres) || len(m.States) != 16 {
		t.Errorf("got %d markers and %d states, want %d and 16", len(m.Markers), len(m.States), len(centres))
	}
}
