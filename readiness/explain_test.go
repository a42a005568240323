package readiness

import (
	"strings"
	"testing"
)

func TestExplain(t *testing.T) {
	q := Current()
	ex := q.Explain()
	text := ex.Title + ex.Intro
	tables := 0
	for _, s := range ex.Sections {
		if s.ID == "" || s.Title == "" || len(s.Paragraphs) == 0 {
			t.Errorf("section %+v lacks id, title or text", s)
		}
		text += strings.Join(s.Paragraphs, " ")
		if s.Table != nil {
			tables++
			for _, row := range s.Table.Rows {
				if len(row) != len(s.Table.Head) {
					t.Errorf("table %q: row %v does not fit the head %v", s.Table.Caption, row, s.Table.Head)
				}
			}
		}
	}
	if tables != 3 {
		t.Errorf("got %d tables, want levels, weights and the DMA mapping", tables)
	}
	for _, want := range []string{"46 Fragen in 9 Bereichen", "„Weiß nicht“ zählt mit 0 Punkten", "„Für uns nicht relevant“", "mindestens 10", "Grundlegend („Basic“) 0 bis 25", "120 Tagen"} {
		if !strings.Contains(text, want) {
			t.Errorf("explanation lacks %q", want)
		}
	}
}
