package readiness

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files and the mapping in DMA.md")

func TestBandOf(t *testing.T) {
	tests := []struct {
		score int
		want  string
	}{
		{0, "basic"}, {25, "basic"}, {26, "average"}, {50, "average"},
		{51, "moderately_advanced"}, {75, "moderately_advanced"}, {76, "advanced"}, {100, "advanced"},
	}
	for _, tt := range tests {
		if got := BandOf(tt.score).ID; got != tt.want {
			t.Errorf("BandOf(%d): got %s, want %s", tt.score, got, tt.want)
		}
	}
}

func TestDMA(t *testing.T) {
	q := Current()
	onlyFor := func(dma string, pick func(*Question) string) map[string]string {
		return answerAll(q, func(qu *Question) string {
			if qu.mapsTo(dma) {
				return pick(qu)
			}
			return worst(qu)
		})
	}
	tests := []struct {
		name    string
		answers map[string]string
		want    map[string]int
		overall int
		band    string
	}{
		{"all best", answerAll(q, best), map[string]int{
			"digital_business_strategy": 100, "digital_readiness": 100, "human_centric_digitalisation": 100,
			"data_management": 100, "automation_ai": 100, "green_digitalisation": 100,
		}, 100, "advanced"},
		{"green questions only", onlyFor("green_digitalisation", best), map[string]int{
			// nachhaltig-verbrauch informs data management too: 3 of 20×3 points.
			"green_digitalisation": 100, "data_management": 5,
		}, 18, "basic"},
		{"strategy questions only", onlyFor("digital_business_strategy", best), map[string]int{
			// strategie-ki-chancen and orga-ablaeufe inform AI too: 6 of 9×3
			// points; strategie-verantwortung informs human-centric: 3 of 10×3.
			"digital_business_strategy": 100, "automation_ai": 22, "human_centric_digitalisation": 10,
		}, 22, "basic"},
		{"middle answers", answerAll(q, points(2)), map[string]int{
			"digital_business_strategy": 67, "digital_readiness": 67, "human_centric_digitalisation": 67,
			"data_management": 67, "automation_ai": 67, "green_digitalisation": 67,
		}, 67, "moderately_advanced"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Score(q, craft, tt.answers)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range DMADimensions {
				if got := r.DMA.Dimensions[d.ID]; got != tt.want[d.ID] {
					t.Errorf("%s: got %d, want %d", d.ID, got, tt.want[d.ID])
				}
			}
			if r.DMA.Overall != tt.overall || r.DMA.Band != tt.band {
				t.Errorf("got overall %d %s, want %d %s", r.DMA.Overall, r.DMA.Band, tt.overall, tt.band)
			}
			if len(r.DMA.Rows()) != 6 {
				t.Errorf("got %d rows, want 6", len(r.DMA.Rows()))
			}
		})
	}
}

// TestDMADocument keeps the mapping table in DMA.md in step with the data.
func TestDMADocument(t *testing.T) {
	b, err := os.ReadFile("DMA.md")
	if err != nil {
		t.Fatal(err)
	}
	const begin, end = "<!-- mapping:begin -->\n", "<!-- mapping:end -->"
	doc := string(b)
	i, j := strings.Index(doc, begin), strings.Index(doc, end)
	if i < 0 || j < i {
		t.Fatal("DMA.md lacks the mapping markers")
	}
	want := mappingTable(Current())
	if got := doc[i+len(begin) : j]; got != want {
		if *update {
			doc = doc[:i+len(begin)] + want + doc[j:]
			if err := os.WriteFile("DMA.md", []byte(doc), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		t.Error("the mapping in DMA.md is out of date; run go test ./readiness -update")
	}
}

func mappingTable(q *Questionnaire) string {
	var b strings.Builder
	b.WriteString("| question | our dimension | ")
	for i, d := range DMADimensions {
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(d.Name)
	}
	b.WriteString(" |\n|---|---|")
	b.WriteString(strings.Repeat("---|", len(DMADimensions)))
	b.WriteString("\n")
	for _, qu := range q.Questions {
		if qu.Gate {
			continue
		}
		fmt.Fprintf(&b, "| `%s` %s | %s |", qu.ID, qu.Text, qu.Dimension)
		for _, d := range DMADimensions {
			if qu.mapsTo(d.ID) {
				b.WriteString(" ● |")
			} else {
				b.WriteString("  |")
			}
		}
		b.WriteString("\n")
	}
	b.WriteString("\nQuestions per DMA dimension: ")
	for i, d := range DMADimensions {
		n := 0
		for _, qu := range q.Questions {
			if qu.mapsTo(d.ID) {
				n++
			}
		}
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %d", d.Name, n)
	}
	b.WriteString(".\n")
	return b.String()
}
