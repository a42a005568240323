package search

import (
	"strings"
	"unicode"
)

// textIndex matches query terms against documents. This simple version
// folds case and umlauts and matches substrings; title and labels weigh
// more than the rest.
type textIndex struct {
	docs map[int]text
}

type text struct {
	strong string // title and labels
	weak   string // summary and body
}

func newTextIndex() textIndex { return textIndex{docs: map[int]text{}} }

func (t textIndex) add(slot int, d Doc) {
	t.docs[slot] = text{
		strong: fold(d.Title + " " + strings.Join(d.Labels, " ")),
		weak:   fold(d.Summary + " " + d.Body),
	}
}

func (t textIndex) remove(slot int) { delete(t.docs, slot) }

// match returns the score of every matching slot and the set of them. A
// document matches when every term occurs in it.
func (t textIndex) match(terms []string) (map[int]float64, bitset) {
	scores := map[int]float64{}
	var set bitset
	for slot, d := range t.docs {
		if s := d.score(terms); s > 0 {
			scores[slot] = s
			set.set(slot)
		}
	}
	return scores, set
}

// analyzeQuery splits a query into folded terms.
func analyzeQuery(q string) []string {
	return strings.FieldsFunc(fold(q), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func (t text) score(terms []string) float64 {
	var s float64
	for _, term := range terms {
		switch {
		case strings.Contains(t.strong, term):
			s += 3
		case strings.Contains(t.weak, term):
			s++
		default:
			return 0
		}
	}
	return s
}

var folder = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss")

// fold lowercases s and spells umlauts out, so Qualität matches Qualitaet.
func fold(s string) string { return folder.Replace(strings.ToLower(s)) }
