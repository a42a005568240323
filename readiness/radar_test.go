package readiness

import (
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRadarGolden(t *testing.T) {
	q := Current()
	before, _ := Score(q, craft, answersWith(q, map[string]func(*Question) string{
		"daten-bestand": worst, "daten-zugang": points(1), "ki-einsatz": worst, "nachhaltigkeit": unknown,
	}))
	after, _ := Score(q, craft, answersWith(q, map[string]func(*Question) string{
		"daten-bestand": points(2), "daten-zugang": points(1), "ki-einsatz": points(1),
	}))
	tests := []struct {
		name  string
		radar Radar
	}{
		{"single", RadarFor(before, nil)},
		{"recheck", RadarFor(after, before)},
		{"escaped", NewRadar([]string{"A & B", "<C>", "D"}, Series{Name: "Ihr „Ergebnis“ & mehr", Values: []int{50, -1, 120}}, Series{Name: "Median", Values: []int{25}})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.radar.SVG()
			checkXML(t, got)
			path := filepath.Join("testdata", "radar-"+tt.name+".svg")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("SVG differs from %s; run go test ./readiness -update and review the diff", path)
			}
		})
	}
}

func TestRadarText(t *testing.T) {
	q := Current()
	r, _ := Score(q, craft, answersWith(q, map[string]func(*Question) string{"daten-bestand": worst}))
	one := RadarFor(r, nil)
	for _, s := range []string{"9 Bereichen", "Datenbestand: 0", "Strategie: 100"} {
		if !strings.Contains(one.Text, s) {
			t.Errorf("text %q lacks %q", one.Text, s)
		}
	}
	two := NewRadar([]string{"A", "B", "C"}, Series{Name: "Jetzt", Values: []int{10, 20, -1}}, Series{Name: "Vorher", Values: []int{5}})
	want := "Netzdiagramm mit 3 Bereichen, jeweils 0 bis 100 Punkte; Werte in der Reihenfolge Jetzt, Vorher. A: 10, 5; B: 20, nicht bewertet; C: nicht bewertet, nicht bewertet."
	if two.Text != want {
		t.Errorf("got %q, want %q", two.Text, want)
	}
	if len(two.Axes) != 3 || two.Axes[0].Anchor != "middle" || two.Axes[1].Anchor != "start" || two.Axes[2].Anchor != "end" {
		t.Errorf("got axes %+v, want top middle, then right start, left end", two.Axes)
	}
}

// checkXML fails unless s is well-formed XML.
func checkXML(t *testing.T, s string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(s))
	for {
		if _, err := d.Token(); err == io.EOF {
			return
		} else if err != nil {
			t.Fatalf("SVG is not well-formed: %v", err)
		}
	}
}
