package readiness

import (
	"reflect"
	"testing"
)

func TestCompare(t *testing.T) {
	q := Current()
	r, err := Score(q, craft, answerAll(q, points(2))) // 67 everywhere
	if err != nil {
		t.Fatal(err)
	}
	peer := func(overall int, dims map[string]int) Scores {
		return Scores{Version: "v1", Size: "1-9", Industry: "handwerk", Overall: overall, Dimensions: dims}
	}
	peers := func(n int) []Scores {
		var s []Scores
		for i := range n {
			s = append(s, peer(10*i, map[string]int{"strategie": 10 * i, "daten-bestand": 100}))
		}
		return s
	}
	tests := []struct {
		name   string
		others []Scores
		ok     bool
		count  int
		check  func(t *testing.T, c Comparison)
	}{
		{"none", nil, false, 0, nil},
		{"nine are too few", peers(9), false, 9, nil},
		{"ten are enough", peers(10), true, 10, func(t *testing.T, c Comparison) {
			// Overall 0, 10, …, 90: median 45; 7 below 67.
			want := Standing{ID: "", Title: "Gesamt", Score: 67, Median: 45, Count: 10, Ahead: 70}
			if c.Overall != want {
				t.Errorf("got %+v, want %+v", c.Overall, want)
			}
			var ids []string
			for _, d := range c.Dimensions {
				ids = append(ids, d.ID)
			}
			if !reflect.DeepEqual(ids, []string{"strategie", "daten-bestand"}) {
				t.Errorf("got dimensions %v, want only those ten peers rated", ids)
			}
			if d := c.Dimensions[1]; d.Median != 100 || d.Ahead != 0 {
				t.Errorf("got %+v, want median 100 and nobody behind", d)
			}
		}},
		{"other size, industry or version do not count", append(peers(9),
			Scores{Version: "v1", Size: "10-49", Industry: "handwerk", Overall: 50},
			Scores{Version: "v1", Size: "1-9", Industry: "handel", Overall: 50},
			Scores{Version: "v0", Size: "1-9", Industry: "handwerk", Overall: 50},
		), false, 9, nil},
		{"ties count half", func() []Scores {
			var s []Scores
			for range 10 {
				s = append(s, peer(67, nil))
			}
			return s
		}(), true, 10, func(t *testing.T, c Comparison) {
			if c.Overall.Ahead != 50 || c.Overall.Median != 67 || len(c.Dimensions) != 0 {
				t.Errorf("got %+v, want ahead of 50%%, median 67, no dimensions", c)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := Compare(r, tt.others)
			if ok != tt.ok || c.Count != tt.count {
				t.Fatalf("got ok=%v count=%d, want %v %d", ok, c.Count, tt.ok, tt.count)
			}
			if tt.check != nil {
				tt.check(t, c)
			}
		})
	}
}

func TestScoresLeaveOutUnrated(t *testing.T) {
	q := Current()
	r, _ := Score(q, craft, answerAll(q, best))
	r.Dimensions[0].Rated = false
	s := r.Scores()
	if _, ok := s.Dimensions[r.Dimensions[0].ID]; ok || len(s.Dimensions) != len(r.Dimensions)-1 {
		t.Errorf("got %v, want every rated dimension and no other", s.Dimensions)
	}
	if s.Size != "1-9" || s.Industry != "handwerk" || s.Version != "v1" || s.Overall != 100 {
		t.Errorf("got %+v", s)
	}
}

func TestProgress(t *testing.T) {
	q := Current()
	before, _ := Score(q, craft, answersWith(q, map[string]func(*Question) string{"daten-bestand": worst, "ki-einsatz": points(1)}))
	after, _ := Score(q, craft, answersWith(q, map[string]func(*Question) string{"ki-einsatz": points(2)}))
	before.Dimensions[len(before.Dimensions)-2].Rated = false // pretend nachhaltigkeit was not rated then

	got := map[string]DimensionDelta{}
	for _, d := range Progress(before, after) {
		got[d.ID] = d
	}
	if len(got) != len(after.Dimensions) {
		t.Fatalf("got %d deltas, want %d", len(got), len(after.Dimensions))
	}
	tests := []struct {
		id         string
		before     int
		after      int
		delta      int
		comparable bool
	}{
		{"daten-bestand", 0, 100, 100, true},
		{"ki-einsatz", 33, 67, 34, true},
		{"strategie", 100, 100, 0, true},
		{"nachhaltigkeit", 100, 100, 0, false},
	}
	for _, tt := range tests {
		d := got[tt.id]
		if d.Before != tt.before || d.After != tt.after || d.Delta != tt.delta || d.Comparable != tt.comparable {
			t.Errorf("%s: got %+v, want %d → %d (%+d) comparable=%v", tt.id, d, tt.before, tt.after, tt.delta, tt.comparable)
		}
	}
	old := *before
	old.Dimensions = old.Dimensions[:1] // an older version without the other dimensions
	for _, d := range Progress(&old, after)[1:] {
		if d.Comparable {
			t.Errorf("%s: got comparable, want not (missing before)", d.ID)
		}
	}
}
