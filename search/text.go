package search

import (
	"strings"
	"unicode"
)

// text is the analysed form of a document: folded strings per field weight.
type text struct {
	strong string // title and labels
	weak   string // summary and body
}

func analyzeDoc(d Doc) text {
	return text{
		strong: fold(d.Title + " " + strings.Join(d.Labels, " ")),
		weak:   fold(d.Summary + " " + d.Body),
	}
}

// analyzeQuery splits a query into folded terms.
func analyzeQuery(q string) []string {
	return strings.FieldsFunc(fold(q), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// score is 0 unless every term occurs; title matches weigh more.
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
