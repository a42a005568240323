package datacheck

import (
	"bytes"
	"math"
	"slices"
	"unicode/utf8"
)

// colStats gathers one column's statistics in one worker.
type colStats struct {
	class    *classTable
	missing  int64
	blank    int64 // empty or whitespace only (not a NULL marker)
	kinds    [nKinds]int64
	lead0    int64  // all-digit values with a leading zero
	len4     int64  // all-digit values of length 4
	len5     int64  // all-digit values of length 5
	space    int64  // values with leading or trailing blanks
	units    uint32 // the units numbers are written with, a bit for each of units
	apos     int64  // values behind Excel's text mark, an apostrophe
	gtinLen  int64  // all-digit values of the length of an EAN/GTIN: 8, 12, 13 or 14
	gtinOK   int64  // those of them whose check digit is right (see gtinValid)
	sciLong  int64  // long whole numbers in scientific notation (see longWhole)
	scheme   int    // the code the column's name says it holds, ISBN, PZN or tax ID (see schemeOf)
	schemeN  int64  // values of the scheme's shape (see checkScheme)
	schemeOK int64  // those of them whose check digit is right
	// fp is the sum of the hashes of the column's values, each times its
	// row's key (see worker.flush): two columns that hold the same value in
	// every row have the same fp, whichever worker read which rows. It is
	// not taken once the column is unlike every other (see worker.unlike).
	fp       uint64
	unlike   bool
	minLen   int
	maxLen   int
	numN     int64
	numSum   float64
	numMin   float64
	numMax   float64
	num      *numSketch
	exact    []float64 // the numbers themselves, while there are few
	inexact  bool      // exact was dropped
	exactMax int       // numbers kept in exact
	hllP     uint8     // precision of the distinct-count sketch
	tick     uint32    // a Weyl sequence, one step for each value since the table was full (see add)
	dayN     int64
	dayMin   int32
	dayMax   int32
	secMin   int64 // dates and date-times, in seconds since 1970
	secMax   int64
	months   []uint32 // per month since 1900-01
	hll      *hll     // allocated when the table is full
	table    valueTable
	badEx    [nExamples][]string // examples of invalid values (and others, see exUnit), the first of each worker
	badAt    [nExamples][]int    // the chunk of each example
	plainN   int64               // numbers written without a unit, see classify
	markupN  int64               // texts with HTML in them, see markup
	chunk    int                 // the chunk being read
	// dotDecimal: the column writes decimals with a dot, so "29.405" is
	// 29.405, not 29 405 (see decimalDots)
	dotDecimal bool
	// countries says what the table's column of countries holds, if it
	// has one (see tableCountries); set before column
	countries int
	// fiscal is the first day of the fiscal year of a DATEV export, in days
	// since 1970, 0 if unknown (see datevHeader); set before column
	fiscal int32
}

// Examples are kept by kind (see example), and in four more slots:
// numbers written with a unit and without one, for unit_missing, values
// that are no code of the column's scheme, and HTML in text.
const (
	exUnit = nKinds + iota
	exPlain
	exScheme // no code of the column's scheme, see checkScheme
	exMarkup // HTML tags and entities in text, see markup
	nExamples
)

const (
	monthBase  = 1900
	monthCount = 200 * 12
	maxExample = 5
	maxExact   = 10000
)

func newColStats(class *classTable, limit, arenaLimit int) *colStats {
	c := &colStats{class: class, minLen: math.MaxInt, numMin: math.Inf(1), numMax: math.Inf(-1), dayMin: math.MaxInt32, dayMax: math.MinInt32,
		secMin: math.MaxInt64, secMax: math.MinInt64}
	c.table.limit, c.table.arenaLimit = limit, arenaLimit
	c.exactMax = maxExact
	c.hllP = hllP
	return c
}

// add records one field. v is unquoted; h is its hash. Most values the
// table already holds are counted by worker.flush (see valueTable.hit) and
// do not come here.
func (c *colStats) add(v []byte, h uint64) {
	n := len(v)
	if n == 0 {
		c.missing++
		c.blank++
		return
	}
	b0 := v[0]
	if maybeMissing(n) && isMissingMarker(v) {
		c.missing++
		return
	}
	if (b0 == ' ' || b0 == '\t') && isBlank(v) {
		c.missing++
		c.blank++
		return
	}
	if b0 == '\'' && n > 1 && (isDigit(v[1]) || v[1] == '+') {
		// Excel's mark for "keep as text", as shops write it before
		// postcodes and phone numbers ("'01234", "'+49 151 …"): the value
		// is what follows
		c.apos++
		v = v[1:]
		n--
		b0 = v[0]
		h = hashBytes(v)
	}
	raw := v // its length is counted, blanks and all
	if b0 == ' ' || v[n-1] == ' ' {
		c.space++
		// " 12,50" is a number: classify and count what lies between
		// the blanks
		v = bytes.Trim(v, " \t")
		h = hashBytes(v)
	}
	if c.scheme != schemeNone {
		c.checkScheme(v)
	}
	var kind int
	if !c.table.full {
		// A value seen before (here: one that lost blanks or an
		// apostrophe, or whose slot is not the first probed) has its
		// classification in the table, and the table counts it: its
		// statistics are added once for all its rows, when the table
		// fills up or at the end (fold).
		i := c.table.count(h, v)
		kind = c.table.slots[i].kind()
		if kind < 0 { // a new value
			x := c.classify(v)
			c.table.remember(i, x)
			kind = x.kind
			c.example(x.kind, v)
			if c.table.full {
				c.fold()
				// from here on the sketch counts distinct values
				c.hll = newHLL(c.hllP)
				for _, s := range c.table.slots {
					if s.key != 0 {
						c.hll.add(s.key)
					}
				}
				c.table.prune()
			}
		}
	} else {
		c.hll.add(h)
		// Keep counting frequent values on every 16th value or so. The
		// values are picked where a Weyl sequence of the golden ratio
		// falls into the first 16th of its range, not every 16th, which
		// in a column whose values come round in a cycle of 4 would be
		// the same one of them every time.
		if c.tick += 0x9e3779b9; c.tick < 1<<32/tableSample {
			c.table.sample(h)
		}
		x := c.classify(v)
		kind = x.kind
		c.example(x.kind, v)
		c.addValue(x, 1)
	}
	if kind == kInt {
		c.intShape(v)
	}
	// the length in characters, blanks and all
	if n := len(raw); kind != kTextNonASCII && kind != kBadUTF8 && kind != kEmail && kind != kURL {
		c.minLen = min(c.minLen, n)
		c.maxLen = max(c.maxLen, n)
	} else {
		c.charLength(raw, kind)
	}
}

// charLength counts the length of v, a value of the kind, in characters:
// those of text beyond ASCII ("Müller", 7 bytes) one by one; e-mail
// addresses and web addresses, which are seldom beyond ASCII, only when
// their bytes could make them the shortest or the longest.
func (c *colStats) charLength(v []byte, kind int) {
	n := len(v)
	if kind == kTextNonASCII || kind == kBadUTF8 || n > c.maxLen || n < c.minLen {
		n = utf8.RuneCount(v)
	}
	c.minLen = min(c.minLen, n)
	c.maxLen = max(c.maxLen, n)
}

// intShape counts the shapes of an integer that tell postcodes and IDs
// from amounts: its length and a leading zero.
func (c *colStats) intShape(v []byte) {
	switch len(v) {
	case 4:
		c.len4++
	case 5:
		c.len5++
	case 8, 12, 13, 14:
		c.gtinLen++
		if gtinValid(v) {
			c.gtinOK++
		} else {
			c.keep(kInt, v) // the examples of kInt: wrong check digits
		}
	}
	if v[0] == '0' && len(v) > 1 {
		c.lead0++
	}
}

// addValue adds n values x to the statistics.
func (c *colStats) addValue(x value, n int64) {
	c.kinds[x.kind] += n
	switch x.kind {
	case kInt, kIntGrouped, kDecComma, kDecDot, kIntTrail, kDecTrail, kIntParen, kDecParen, kIntApos, kDecApos, kDecSci:
		c.numN += n
		c.numSum += x.num * float64(n)
		if x.kind == kDecSci && longWhole(x.num) {
			c.sciLong += n
		}
		if x.num < c.numMin {
			c.numMin = x.num
		}
		if x.num > c.numMax {
			c.numMax = x.num
		}
		if c.num == nil {
			c.num = new(numSketch)
		}
		c.num.add(x.num, n)
		if !c.inexact {
			if len(c.exact)+int(n) <= c.exactMax {
				for range n {
					c.exact = append(c.exact, x.num)
				}
			} else {
				c.exact, c.inexact = nil, true
			}
		}
	case kDateDE, kDateDE2, kDateISO, kDateTimeISO, kDateTimeDE, kDateTimeZone:
		c.dayN += n
		if x.day < c.dayMin {
			c.dayMin = x.day
		}
		if x.day > c.dayMax {
			c.dayMax = x.day
		}
		s := x.secs()
		c.secMin = min(c.secMin, s)
		c.secMax = max(c.secMax, s)
		if c.months == nil {
			c.months = make([]uint32, monthCount)
		}
		c.months[min(max(x.mon, 0), monthCount-1)] += uint32(n)
	}
}

// fold adds the statistics of the values in the table, each as often as
// it was counted. It is called once, when the table fills up (before it is
// pruned; from then on each value's statistics are added as it comes) or,
// for a table that never filled, before the workers' statistics are
// merged.
func (c *colStats) fold() {
	for i, s := range c.table.slots {
		if s.key == 0 {
			continue
		}
		if x, ok := c.table.cached(i); ok {
			c.addValue(x, int64(s.count))
		}
	}
}

// classify is classifyFast in the column's notation of decimals; it also
// looks for units of numbers and HTML in text.
func (c *colStats) classify(v []byte) value {
	x := classifyFast(v, c.class)
	if x.kind == kText || x.kind == kTextNonASCII {
		// counted once per distinct value while the table counts, then
		// once per value
		c.markup(v)
	}
	if x.kind == kIntGrouped && c.dotDecimal && bytes.Count(v, []byte(".")) == 1 {
		x = value{kind: kDecDot, num: x.num / 1000}
	}
	if x.kind >= kInt && x.kind <= kDecApos {
		// counted once per distinct value while the table counts, then
		// once per value: enough to tell whether both occur
		u := -1
		if mayHaveUnit(v) {
			u, _ = unitOf(v)
		}
		if u >= 0 {
			c.units |= 1 << u
			if len(c.badEx[exUnit]) == 0 {
				c.keep(exUnit, v)
			}
		} else {
			c.plainN++
			if len(c.badEx[exPlain]) == 0 {
				c.keep(exPlain, v)
			}
		}
	}
	return x
}

// mayHaveUnit reports whether the number v could be written with a unit
// (see unitOf): it starts or ends with something other than a digit, a
// sign or a bracket, so that a column of negative amounts is not searched
// for units value by value.
func mayHaveUnit(v []byte) bool {
	first, last := v[0], v[len(v)-1]
	return !isDigit(last) && last != '-' && last != ')' || !isDigit(first) && first != '-' && first != '+' && first != '('
}

// example keeps v as an example of its kind, unless it has enough of them
// or v is one already: the report shows different values.
func (c *colStats) example(kind int, v []byte) {
	switch kind {
	case kDecSci:
		// for excel_scientific: long whole numbers only
		if x, _ := sciNumber(v); !longWhole(x.num) {
			return
		}
	case kDateBad, kIBANBad, kBadUTF8, kTime, kTimeSec, kDuration, kTimeUhr, kDateZero:
		// times apart from the text, as a column of times has them valid;
		// zero dates for zero_dates
	case kText, kTextNonASCII, kIPv4:
		kind = kText // what a column of numbers or dates shows as invalid
	default:
		return
	}
	c.keep(kind, v)
}

// keep keeps v as an example of kind, unless there are enough of them or
// v is one already.
func (c *colStats) keep(kind int, v []byte) {
	if len(c.badEx[kind]) >= maxExample {
		return
	}
	if len(v) > maxShown {
		v = v[:maxShown]
	}
	for _, e := range c.badEx[kind] {
		if e == string(v) {
			return
		}
	}
	c.badEx[kind] = append(c.badEx[kind], string(v))
	c.badAt[kind] = append(c.badAt[kind], c.chunk)
}

func isLetter(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 || b == '_'
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// maybeNotText reports whether a value starting with a letter could be of a
// kind other than text: a yes/no word, an e-mail, an IBAN, a URL or an
// amount after its currency. It must
// say yes whenever classify would find such a kind.
func maybeNotText(v []byte) bool {
	n := len(v)
	switch {
	case v[0] == 0xE2 || n >= 4 && (v[0] == 'E' && v[1] == 'U' && v[2] == 'R' || v[0] == 'C' && v[1] == 'H' && v[2] == 'F' || v[0] == 'U' && v[1] == 'S' && v[2] == 'D'):
		return true // perhaps "€ 12,50", "EUR 99" or "CHF 1'234.50", see unitNumber
	case domainEnd(v):
		return true // perhaps "firma.de", see bareDomain
	case n <= 6:
		// yes/no words were handled by the caller
		return n >= 5 && (v[0] == 'w' || indexByteFrom(v, 0, '@'*swarOnes) >= 0)
	case n >= 15 && n <= 42 && ibanStart(v):
		return true
	case v[0] == 'h' || v[0] == 'w':
		return true
	}
	return indexByteFrom(v, 0, '@'*swarOnes) >= 0
}

// ibanStart reports whether v, ignoring blanks, starts with two letters and
// two digits.
func ibanStart(v []byte) bool {
	k := 0
	for _, b := range v {
		if b == ' ' {
			continue
		}
		if k < 2 && !isLetter(b) || k >= 2 && !isDigit(b) {
			return false
		}
		if k++; k == 4 {
			return true
		}
	}
	return false
}

// isMissingMarker reports whether v writes "no value": "-", "--", "?", "NA",
// "n/a", "N/A", "NULL", "null", "NaN", "nan" (pandas), "#NV" and "#N/A"
// (Excel's error for a failed lookup, German and English), "k.A.", "k. A."
// and "keine Angabe", "n.v." and "n. v." (nicht vorhanden), "unbekannt".
// colStats.add asks only for values of these lengths (see maybeMissing).
func isMissingMarker(v []byte) bool {
	switch len(v) {
	case 1:
		return v[0] == '-' || v[0] == '?'
	case 2:
		return v[0] == 'N' && v[1] == 'A' || v[0] == '-' && v[1] == '-'
	case 3:
		return (v[0] == 'n' || v[0] == 'N') && v[1] == '/' && (v[2] == 'a' || v[2] == 'A') ||
			string(v) == "#NV" || string(v) == "NaN" || string(v) == "nan"
	case 4:
		return string(v) == "NULL" || string(v) == "null" || string(v) == "k.A." || string(v) == "#N/A" ||
			string(v) == "n.v." || string(v) == "N.V."
	case 5:
		return string(v) == "k. A." || string(v) == "n. v."
	case 9:
		return string(v) == "unbekannt" || string(v) == "Unbekannt"
	case 11:
		return string(v) == "NOTPROVIDED" // SEPA's word for no BIC, no reference
	case 12:
		return string(v) == "keine Angabe"
	}
	return false
}

// maybeMissing reports whether a value of n bytes could be a missing
// marker: one of missingLengths.
func maybeMissing(n int) bool { return n < 64 && missingLengths>>n&1 != 0 }

const missingLengths = 1<<1 | 1<<2 | 1<<3 | 1<<4 | 1<<5 | 1<<9 | 1<<11 | 1<<12

func isBlank(v []byte) bool {
	for _, b := range v {
		if b != ' ' && b != '\t' {
			return false
		}
	}
	return true
}

// merge folds o into c. Both must describe the same column.
func (c *colStats) merge(o *colStats) {
	c.missing += o.missing
	c.blank += o.blank
	c.fp += o.fp
	c.unlike = c.unlike || o.unlike
	for i := range c.kinds {
		c.kinds[i] += o.kinds[i]
	}
	c.lead0 += o.lead0
	c.len4 += o.len4
	c.len5 += o.len5
	c.space += o.space
	c.units |= o.units
	c.plainN += o.plainN
	c.markupN += o.markupN
	c.apos += o.apos
	c.gtinLen += o.gtinLen
	c.gtinOK += o.gtinOK
	c.sciLong += o.sciLong
	c.schemeN += o.schemeN
	c.schemeOK += o.schemeOK
	c.minLen = min(c.minLen, o.minLen)
	c.maxLen = max(c.maxLen, o.maxLen)
	c.numN += o.numN
	c.numSum += o.numSum
	c.numMin = min(c.numMin, o.numMin)
	c.numMax = max(c.numMax, o.numMax)
	if o.num != nil {
		if c.num == nil {
			c.num = new(numSketch)
		}
		c.num.merge(o.num)
	}
	// Exact only if all the numbers fit into one worker's list: then the
	// result does not depend on how the rows were shared among workers.
	if c.inexact || o.inexact || len(c.exact)+len(o.exact) > c.exactMax {
		c.exact, c.inexact = nil, true
	} else {
		c.exact = append(c.exact, o.exact...)
	}
	c.dayN += o.dayN
	c.dayMin = min(c.dayMin, o.dayMin)
	c.dayMax = max(c.dayMax, o.dayMax)
	c.secMin = min(c.secMin, o.secMin)
	c.secMax = max(c.secMax, o.secMax)
	if o.months != nil {
		if c.months == nil {
			c.months = make([]uint32, monthCount)
		}
		for i, n := range o.months {
			c.months[i] += n
		}
	}
	if c.table.full || o.table.full {
		if c.hll == nil {
			c.hll = newHLL(c.hllP)
		}
		for _, t := range []*colStats{c, o} {
			if !t.table.full {
				for _, s := range t.table.slots {
					if s.key != 0 {
						c.hll.add(s.key)
					}
				}
			}
		}
		if o.hll != nil {
			c.hll.merge(o.hll)
		}
	}
	c.table.merge(&o.table)
	// The examples of both, in the order of the file: the first of the
	// whole file, however its chunks were shared among the workers, so
	// that the report does not change from one run to the next.
	for k := range c.badEx {
		type ex struct {
			v  string
			at int
		}
		var all []ex
		for _, t := range []*colStats{c, o} {
			for i, v := range t.badEx[k] {
				all = append(all, ex{v, t.badAt[k][i]})
			}
		}
		slices.SortStableFunc(all, func(a, b ex) int { return a.at - b.at })
		c.badEx[k], c.badAt[k] = nil, nil
		for _, e := range all {
			c.chunk = e.at
			c.keep(k, []byte(e.v))
		}
	}
}

// merge adds o's counts to t. The result is exact only when neither table
// was full; it may then exceed tableMax keys.
func (t *valueTable) merge(o *valueTable) {
	t.full = t.full || o.full
	if t.slots == nil {
		t.init()
	}
	for _, os := range o.slots {
		if os.key == 0 {
			continue
		}
		mask := uint64(len(t.slots) - 1)
		i := os.key & mask
		for t.slots[i].key != 0 && t.slots[i].key != os.key {
			i = (i + 1) & mask
		}
		s := &t.slots[i]
		added := s.key != os.key
		if added {
			s.key = os.key
			t.n++
		}
		s.count += os.count
		if s.str&^strText == 0 {
			s.str |= os.str &^ strText // the kind
		}
		if s.str&strText == 0 {
			if txt, ok := o.text(os.str); ok {
				s.str |= t.store([]byte(txt))
			}
		}
		if added && t.n*4 > len(t.slots)*3 {
			t.grow()
		}
	}
}
