package datacheck

import (
	"cmp"
	"slices"
	"strings"
)

// spelling is one value written in several ways in a column: "Handwerk"
// and "handwerk", "DE" and "Deutschland". A report, a pivot table or an AI
// model counts them as different values.
type spelling struct {
	ways   []string // the most frequent first
	counts []int64
	total  int64
}

// spellings returns the values of a column of text that it writes in
// several ways, differing in case, in blanks or in ß and ss, or, in a
// column of countries, naming the same country, the most frequent first.
// Only a column whose value table holds every value (and each whole) is
// asked.
func (c *colStats) spellings(countries bool) []spelling {
	t := &c.table
	if t.full || t.n < 2 {
		return nil
	}
	byKey := map[string]*spelling{}
	for _, s := range t.slots {
		if s.key == 0 {
			continue
		}
		txt, ok := t.text(s.str)
		if k := s.kind(); !ok || len(txt) >= maxShown || k != kText && k != kTextNonASCII {
			continue // no text, or perhaps cut short; or not text
		}
		key := spellingKey(txt, countries)
		g := byKey[key]
		if g == nil {
			g = &spelling{}
			byKey[key] = g
		}
		g.ways = append(g.ways, txt)
		g.counts = append(g.counts, int64(s.count))
		g.total += int64(s.count)
	}
	var out []spelling
	for _, g := range byKey {
		if len(g.ways) < 2 {
			continue
		}
		idx := make([]int, len(g.ways))
		for i := range idx {
			idx[i] = i
		}
		slices.SortFunc(idx, func(a, b int) int {
			return cmp.Or(cmp.Compare(g.counts[b], g.counts[a]), strings.Compare(g.ways[a], g.ways[b]))
		})
		s := spelling{total: g.total}
		for _, i := range idx {
			s.ways = append(s.ways, g.ways[i])
			s.counts = append(s.counts, g.counts[i])
		}
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b spelling) int {
		return cmp.Or(cmp.Compare(b.total, a.total), strings.Compare(a.ways[0], b.ways[0]))
	})
	return out
}

// spellingKey is what the ways of writing one value have in common: the
// text in lower case, with ss for ß and single blanks between its words;
// in a column of countries, the country.
func spellingKey(s string, countries bool) string {
	key := strings.Join(strings.Fields(strings.ReplaceAll(strings.ToLower(s), "ß", "ss")), " ")
	if countries {
		if germany(key) {
			return "country:de"
		}
		if code, ok := countryNames[key]; ok {
			return "country:" + code
		}
	}
	return key
}

// countryNames are the ways of naming Germany's neighbours and other
// frequent trading partners in a column of countries: code, German and
// English name (Germany's: see germany).
var countryNames = map[string]string{
	"at": "at", "a": "at", "aut": "at", "österreich": "at", "oesterreich": "at", "austria": "at",
	"ch": "ch", "che": "ch", "schweiz": "ch", "switzerland": "ch",
	"nl": "nl", "nld": "nl", "niederlande": "nl", "netherlands": "nl", "holland": "nl",
	"fr": "fr", "f": "fr", "fra": "fr", "frankreich": "fr", "france": "fr",
	"pl": "pl", "pol": "pl", "polen": "pl", "poland": "pl",
	"it": "it", "i": "it", "ita": "it", "italien": "it", "italy": "it",
	"be": "be", "b": "be", "bel": "be", "belgien": "be", "belgium": "be",
	"dk": "dk", "dnk": "dk", "dänemark": "dk", "daenemark": "dk", "denmark": "dk",
	"cz": "cz", "cze": "cz", "tschechien": "cz", "czechia": "cz", "czech republic": "cz",
	"lu": "lu", "l": "lu", "lux": "lu", "luxemburg": "lu", "luxembourg": "lu",
	"es": "es", "e": "es", "esp": "es", "spanien": "es", "spain": "es",
	"gb": "gb", "uk": "gb", "gbr": "gb", "grossbritannien": "gb", "vereinigtes königreich": "gb", "united kingdom": "gb",
	"us": "us", "usa": "us", "vereinigte staaten": "us", "united states": "us",
}
