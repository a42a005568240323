package datacheck

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
)

// spelling is one value written in several ways in a column: "Handwerk"
// and "handwerk", "DE" and "Deutschland". A report, a pivot table or an AI
// model counts them as different values.
type spelling struct {
	ways  []way // the most frequent first
	total int64
	// approx: the counts are estimates, from a value table that, once
	// full, kept the frequent values and counted them on a sample of rows
	approx bool
}

// way is one way of writing a value, and how often the column writes it so.
type way struct {
	text  string
	count int64
}

// frequentFirst orders ways by their counts, the largest first, and as
// often by their texts.
func frequentFirst(a, b way) int {
	return cmp.Or(cmp.Compare(b.count, a.count), strings.Compare(a.text, b.text))
}

// spellings returns the values of a column of text that it writes in
// several ways, differing in case, in blanks and punctuation or in ß and
// ss (see spellingKey), or, in a column of countries, naming the same
// country, the most frequent first. In a column of more different values
// than its value table counts, only the frequent values the table kept are
// asked, and their counts are estimates.
func (c *colStats) spellings(countries bool) []spelling {
	t := &c.table
	if !t.full && t.n < 2 {
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
			g = &spelling{approx: t.full}
			byKey[key] = g
		}
		g.ways = append(g.ways, way{txt, int64(s.count)})
		g.total += int64(s.count)
	}
	var out []spelling
	for _, g := range byKey {
		if len(g.ways) < 2 {
			continue
		}
		slices.SortFunc(g.ways, frequentFirst)
		out = append(out, *g)
	}
	slices.SortFunc(out, func(a, b spelling) int {
		return cmp.Or(cmp.Compare(b.total, a.total), strings.Compare(a.ways[0].text, b.ways[0].text))
	})
	return out
}

// spellingKey is what the ways of writing one value have in common: the
// text in lower case, with ss for ß and without blanks, dots, dashes,
// underscores and slashes ("Bad-Homburg", "GmbH & Co. KG", "DE 123 456
// 789"); in a column of countries, the country.
func spellingKey(s string, countries bool) string {
	lower := strings.ReplaceAll(strings.ToLower(s), "ß", "ss")
	if countries {
		name := strings.Join(strings.Fields(lower), " ")
		if germany(name) {
			return "country:de"
		}
		if code, ok := countryNames[name]; ok {
			return "country:" + code
		}
	}
	key := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || strings.ContainsRune(".-_/‐–", r) {
			return -1
		}
		return r
	}, lower)
	if key == "" {
		return lower // "-" and "/" are not one value
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
