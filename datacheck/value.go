package datacheck

import (
	"bytes"
	"encoding/binary"
	"math"
	"unicode/utf8"
)

// Character classes, one bit each; a field's mask is the OR over its bytes.
const (
	cDigit = 1 << iota
	cAlpha
	cHigh // byte >= 0x80 (part of a UTF-8 sequence)
	cDot
	cComma
	cMinus
	cPlus
	cColon
	cSlash
	cSpace
	cAt
	cParen
	cCR
	cOther
	cStop // delimiter or newline: ends an unquoted field
)

// classTable is built per delimiter.
type classTable [256]uint16

func newClassTable(delim byte) *classTable {
	var t classTable
	for i := range 256 {
		b := byte(i)
		var c uint16
		switch {
		case b >= '0' && b <= '9':
			c = cDigit
		case b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_':
			c = cAlpha
		case b >= 0x80:
			c = cHigh
		case b == '.':
			c = cDot
		case b == ',':
			c = cComma
		case b == '-':
			c = cMinus
		case b == '+':
			c = cPlus
		case b == ':':
			c = cColon
		case b == '/':
			c = cSlash
		case b == ' ' || b == '\t':
			c = cSpace
		case b == '@':
			c = cAt
		case b == '(' || b == ')':
			c = cParen
		case b == '\r':
			c = cCR
		default:
			c = cOther
		}
		if b == delim || b == '\n' {
			c |= cStop
		}
		t[i] = c
	}
	return &t
}

func maskOf(t *classTable, v []byte) uint16 {
	var m uint16
	for _, b := range v {
		m |= t[b]
	}
	return m &^ cStop
}

// Value kinds found by classify.
const (
	kText = iota
	kInt
	kIntGrouped // "1.234" or "1.234.567": German thousands dots, no decimals
	kDecComma   // "1.234,56", "12,5"
	kDecDot     // "1234.56", "1,234.56"
	// Negative numbers with the minus behind, as SAP writes them: kIntTrail
	// for "12-" or "1.234-", kDecTrail for "1.234,56-" or "0.5-".
	kIntTrail
	kDecTrail
	// Negative numbers in brackets, as accountants write them: "(12)",
	// "(1.234,56)".
	kIntParen
	kDecParen
	// Numbers with an apostrophe between the thousands, as the Swiss write
	// them: kIntApos for "12'345", kDecApos for "1'234.50" or "1’234.50".
	kIntApos
	kDecApos
	// kDecSci: scientific notation, as Python writes small numbers
	// ("1.5e-05") and Excel long ones ("4,00638E+12")
	kDecSci
	kDateDE  // 31.12.2025
	kDateDE2 // 31.12.25
	kDateISO // 2025-12-31
	kDateBad // date-shaped but impossible, e.g. 31.02.2025
	kDateTimeISO
	kDateTimeDE
	// kDateTimeZone: an ISO date-time with its offset from UTC,
	// "2025-03-01T08:30:00+01:00" or "…Z"
	kDateTimeZone
	// kDateZero: "0000-00-00", "0000-00-00 00:00:00" or "00.00.0000", as
	// MySQL and some shop systems write "no date"; counted as missing
	kDateZero
	kBool
	kBoolX
	kEmail
	kIBAN
	kIBANBad
	// Phone numbers: kPhone as dialled at home, "0351 1234567", kPhoneIntl
	// with the country's code, "+49 351 1234567", "0049 351 1234567"
	kPhone
	kPhoneIntl
	kURL
	kIPv4 // 192.168.0.15
	// Clock times: kTime for a time of day, "8:30", kTimeSec with seconds,
	// "08:30:15", kDuration for hours beyond a day, "125:30", which only a
	// duration has.
	kTime
	kTimeSec
	kDuration
	// kTimeUhr: a time of day followed by "Uhr", "8:30 Uhr", "8.30 Uhr",
	// "8 Uhr", as people write it
	kTimeUhr
	// Text that is not plain ASCII: kTextNonASCII if valid UTF-8, kBadUTF8
	// if not (in a file read as UTF-8, a byte of another encoding).
	kTextNonASCII
	kBadUTF8
	nKinds
)

var kindFormat = [nKinds]string{
	kInt:          "Ganzzahl",
	kIntGrouped:   "1.234 (Tausenderpunkt)",
	kDecComma:     "1.234,56 (Dezimalkomma)",
	kDecDot:       "1234.56 (Dezimalpunkt)",
	kIntTrail:     "1.234- (Minus hinten)",
	kDecTrail:     "1.234,56- (Minus hinten)",
	kIntParen:     "(1.234) (Klammer = minus)",
	kDecParen:     "(1.234,56) (Klammer = minus)",
	kIntApos:      "1'234 (Tausender-Apostroph)",
	kDecApos:      "1'234.56 (Tausender-Apostroph)",
	kDecSci:       "1,23E+12 (wissenschaftlich)",
	kDateDE:       "TT.MM.JJJJ",
	kDateDE2:      "TT.MM.JJ",
	kDateISO:      "JJJJ-MM-TT",
	kDateBad:      "unmögliches Datum",
	kDateTimeISO:  "JJJJ-MM-TT hh:mm",
	kDateTimeDE:   "TT.MM.JJJJ hh:mm",
	kDateTimeZone: "JJJJ-MM-TT hh:mm+01:00 (mit Zeitzone)",
	kDateZero:     "0000-00-00 (kein Datum)",
	kBool:         "ja/nein",
	kBoolX:        "x",
	kEmail:        "E-Mail",
	kIBAN:         "IBAN",
	kIBANBad:      "IBAN mit falscher Prüfziffer",
	kPhone:        "national (0351 …)",
	kPhoneIntl:    "international (+49 351 …)",
	kURL:          "URL",
	kIPv4:         "IPv4-Adresse",
	kTime:         "hh:mm",
	kTimeSec:      "hh:mm:ss",
	kDuration:     "Dauer (h:mm)",
	kTimeUhr:      "Uhrzeit mit „Uhr“ (8:30 Uhr)",
	kText:         "Text",
}

// value is what classify learns about one field. It has four fields, no
// more: the compiler keeps a struct of up to four fields in registers, and a
// fifth made the profiler 45 % slower.
type value struct {
	kind int
	num  float64 // numbers; for a date-time the seconds since midnight
	day  int32   // dates: days since 1970-01-01
	mon  int32   // dates: months since 1900-01
}

// isDate reports whether kind is that of a valid date or date-time.
func isDate(kind int) bool {
	switch kind {
	case kDateDE, kDateDE2, kDateISO, kDateTimeISO, kDateTimeDE, kDateTimeZone:
		return true
	}
	return false
}

// secs returns the point in time of a date or date-time, in seconds since
// 1970.
func (x value) secs() int64 { return int64(x.day)*86400 + int64(x.num) }

// isMissing reports whether a value is empty, blank or a missing marker:
// the markers of isMissingMarker. colStats.add applies the same rule inline.
func isMissing(v []byte) bool {
	return len(v) == 0 || isMissingMarker(v) || isBlank(v)
}

func classify(v []byte, mask uint16) value {
	switch {
	case mask == cDigit:
		if len(v) <= 18 {
			var n int64
			for _, b := range v {
				n = n*10 + int64(b-'0')
			}
			return value{kind: kInt, num: float64(n)}
		}
		return value{kind: kText}
	case mask&^(cDigit|cDot|cComma|cMinus|cPlus) == 0:
		if mask == cDigit|cDot && isIPv4(v) {
			return value{kind: kIPv4} // no number with thousands dots
		}
		if mask&cDot != 0 && mask&(cComma|cMinus|cPlus) == 0 && len(v) >= 6 && len(v) <= 10 {
			if x, ok := parseDateDE(v); ok {
				return x
			}
		}
		if mask&cMinus != 0 && mask&(cDot|cComma|cPlus) == 0 && len(v) == 10 && v[4] == '-' {
			return parseDateISO(v)
		}
		if n := len(v); n >= 2 && v[n-1] == '-' && isDigit(v[0]) {
			return trailingMinus(v[:n-1])
		}
		x := parseNumber(v)
		if x.kind == kText && mask&(cDot|cComma) == 0 && dashPhone(v) {
			return value{kind: phoneKind(v)}
		}
		return x
	case mask&cAt != 0:
		if mask&^(cAlpha|cDigit|cDot|cMinus|cPlus|cAt|cHigh) == 0 && isEmail(v) {
			return value{kind: kEmail}
		}
	case mask&^(cDigit|cColon) == 0 && mask&cColon != 0 && len(v) <= 9:
		if x, ok := clockTime(v); ok {
			return x
		}
	case mask&cColon != 0 && mask&cDigit != 0 && len(v) >= 14:
		if x, ok := parseDateTime(v); ok {
			return x
		}
		if hasURLPrefix(v) {
			return value{kind: kURL}
		}
	case mask&^(cAlpha) == 0 && len(v) <= 6:
		return classifyWord(v)
	}
	if mask&^(cDigit|cDot|cComma|cParen|cMinus) == 0 && v[0] == '(' {
		if x, ok := bracketNumber(v); ok {
			return x
		}
	}
	if mask&^(cDigit|cSpace|cPlus|cParen|cSlash|cMinus) == 0 && mask&cDigit != 0 {
		if isPhone(v) {
			return value{kind: phoneKind(v)}
		}
	}
	if mask&cAlpha != 0 && mask&cDigit != 0 && mask&^(cAlpha|cDigit|cSpace) == 0 && len(v) >= 15 && len(v) <= 42 {
		if k := ibanKind(v); k != kText {
			return value{kind: k}
		}
	}
	if mask&cDot != 0 && len(v) > 4 && (hasURLPrefix(v) || mask&^(cAlpha|cDigit|cDot|cMinus) == 0 && bareDomain(v)) {
		return value{kind: kURL}
	}
	if mask&cDigit != 0 && mask&cHigh != 0 {
		if x, ok := unicodeMinus(v); ok {
			return x
		}
	}
	if mask&cDigit != 0 && mask&(cOther|cHigh) != 0 {
		if x, ok := apostropheNumber(v); ok {
			return x
		}
	}
	if mask&cAlpha != 0 && mask&cDigit != 0 && mask&^(cDigit|cAlpha|cDot|cComma|cMinus|cPlus) == 0 && len(v) <= 26 {
		if x, ok := sciNumber(v); ok {
			return x
		}
	}
	if mask&cDigit != 0 && mask&cAlpha != 0 && len(v) <= 14 && v[len(v)-1] == 'r' {
		if x, ok := uhrTime(v); ok {
			return x
		}
	}
	if mask&cDigit != 0 && mask&(cHigh|cAlpha|cOther) != 0 {
		if x, ok := unitNumber(v); ok {
			return x
		}
	}
	return textValue(v)
}

// sciNumber reads a number in scientific notation: "1.5e-05", "-2,5E3",
// "4,00638E+12", "4E+12". The exponent needs a sign unless the mantissa
// has a decimal separator, so that codes such as "3E2" stay text.
func sciNumber(v []byte) (value, bool) {
	e := bytes.IndexAny(v, "eE")
	if e < 1 || e == len(v)-1 {
		return value{}, false
	}
	m, x := v[:e], v[e+1:]
	neg := m[0] == '-'
	if m[0] == '-' || m[0] == '+' {
		m = m[1:]
	}
	var mant int64
	digits, frac, sep := 0, 0, false
	for i, b := range m {
		switch {
		case isDigit(b) && digits < 18:
			mant = mant*10 + int64(b-'0')
			digits++
			if sep {
				frac++
			}
		case (b == '.' || b == ',') && !sep && i > 0 && i < len(m)-1:
			sep = true
		default:
			return value{}, false
		}
	}
	signed := x[0] == '-' || x[0] == '+'
	if digits == 0 || !signed && !sep {
		return value{}, false
	}
	expNeg := x[0] == '-'
	if signed {
		x = x[1:]
	}
	exp := 0
	for _, b := range x {
		if !isDigit(b) || exp > 99 {
			return value{}, false
		}
		exp = exp*10 + int(b-'0')
	}
	if len(x) == 0 {
		return value{}, false
	}
	if expNeg {
		exp = -exp
	}
	num := float64(mant) * math.Pow10(exp-frac)
	if neg {
		num = -num
	}
	return value{kind: kDecSci, num: num}, true
}

// clockTime reads a time of day or a duration, hours and minutes and
// perhaps seconds: "8:30", "08:30:15", "125:30". Hours beyond 24:00 make a
// kDuration. A value of that shape with more than 59 minutes or seconds
// is kText, and ok.
func clockTime(v []byte) (x value, ok bool) {
	colon := bytes.IndexByte(v, ':')
	if colon < 1 || colon > 3 {
		return value{}, false
	}
	rest := v[colon+1:]
	if len(rest) != 2 && (len(rest) != 5 || rest[2] != ':') {
		return value{}, false
	}
	h := 0
	for _, b := range v[:colon] {
		if !isDigit(b) {
			return value{}, false
		}
		h = h*10 + int(b-'0')
	}
	m, s := digits2(rest[0], rest[1]), 0
	if len(rest) == 5 {
		s = digits2(rest[3], rest[4])
	}
	switch {
	case m < 0 || s < 0:
		return value{}, false
	case m > 59 || s > 59:
		return value{kind: kText}, true
	}
	secs := h*3600 + m*60 + s
	if secs > 24*3600 {
		return value{kind: kDuration, num: float64(secs)}, true
	}
	if len(rest) == 5 {
		return value{kind: kTimeSec, num: float64(secs)}, true
	}
	return value{kind: kTime, num: float64(secs)}, true
}

// uhrTime reads a time of day followed by "Uhr": "8:30 Uhr", "08.30 Uhr",
// "8 Uhr", "18:30:15 Uhr", "24 Uhr". A value of that shape with more than
// 24 hours or 59 minutes is kText, and ok.
func uhrTime(v []byte) (x value, ok bool) {
	s, found := bytes.CutSuffix(v, []byte("Uhr"))
	if !found {
		if s, found = bytes.CutSuffix(v, []byte("uhr")); !found {
			return value{}, false
		}
	}
	s = bytes.TrimRight(s, " ")
	h, m, sec := 0, 0, 0
	i := 0
	for ; i < len(s) && isDigit(s[i]); i++ {
		h = h*10 + int(s[i]-'0')
	}
	if i == 0 || i > 2 {
		return value{}, false
	}
	switch rest := s[i:]; {
	case len(rest) == 0:
	case len(rest) == 3 && (rest[0] == ':' || rest[0] == '.'):
		m = digits2(rest[1], rest[2])
	case len(rest) == 6 && rest[0] == ':' && rest[3] == ':':
		m, sec = digits2(rest[1], rest[2]), digits2(rest[4], rest[5])
	default:
		return value{}, false
	}
	switch {
	case m < 0 || sec < 0:
		return value{}, false
	case m > 59 || sec > 59 || h*3600+m*60+sec > 24*3600:
		return value{kind: kText}, true
	}
	return value{kind: kTimeUhr, num: float64(h*3600 + m*60 + sec)}, true
}

// textValue classifies a value of no other kind: kText, kTextNonASCII or
// kBadUTF8.
func textValue(v []byte) value {
	switch {
	case isASCII(v):
		return value{kind: kText}
	case utf8.Valid(v):
		return value{kind: kTextNonASCII}
	}
	return value{kind: kBadUTF8}
}

// isASCII reports whether v has no byte >= 0x80.
func isASCII(v []byte) bool {
	var x uint64
	n := len(v)
	if n < 8 {
		for _, b := range v {
			x |= uint64(b)
		}
		return x&0x80 == 0
	}
	for i := 0; i < n-8; i += 8 {
		x |= binary.LittleEndian.Uint64(v[i:])
	}
	x |= binary.LittleEndian.Uint64(v[n-8:]) // the last 8 bytes, overlapping
	return x&swarHigh == 0
}

// bracketNumber reads "(1.234,56)", a negative number in brackets.
func bracketNumber(v []byte) (value, bool) {
	n := len(v)
	if n < 3 || v[0] != '(' || v[n-1] != ')' || !isDigit(v[1]) {
		return value{}, false
	}
	switch x := parseNumber(v[1 : n-1]); x.kind {
	case kInt, kIntGrouped:
		return value{kind: kIntParen, num: -x.num}, true
	case kDecComma, kDecDot:
		return value{kind: kDecParen, num: -x.num}, true
	}
	return value{}, false
}

// unicodeMinus reads a number written with the minus sign U+2212, as
// word processors and some exports write it: "−12,50".
func unicodeMinus(v []byte) (value, bool) {
	const minus = "\u2212"
	if len(v) <= len(minus) || string(v[:len(minus)]) != minus || !isDigit(v[len(minus)]) {
		return value{}, false
	}
	switch x := parseNumber(v[len(minus):]); x.kind {
	case kInt, kIntGrouped, kDecComma, kDecDot:
		x.num = -x.num
		return x, true
	}
	return value{}, false
}

// apostropheNumber reads a number whose thousands are grouped with an
// apostrophe, typed (') or typographic (’, U+2019), as the Swiss write
// amounts: "1'234.50", "-12'345", "1’250’000". The first group has one to
// three digits and no leading zero, every other group three; decimals
// follow the last group after a dot (or a comma).
func apostropheNumber(v []byte) (value, bool) {
	const typographic = "\u2019"
	i := 0
	neg := false
	if len(v) > 0 && (v[0] == '-' || v[0] == '+') {
		neg = v[0] == '-'
		i = 1
	}
	if i == len(v) || v[i] == '0' {
		return value{}, false
	}
	var mant int64
	nd, group, groups := 0, 0, 0 // digits in all, in the current group; groups closed by an apostrophe
digits:
	for ; i < len(v); i++ {
		b := v[i]
		switch {
		case b >= '0' && b <= '9':
			mant = mant*10 + int64(b-'0')
			nd++
			group++
			continue
		case b == '\'':
		case b == typographic[0] && len(v)-i > 2 && string(v[i:i+3]) == typographic:
			i += 2
		default:
			break digits
		}
		if group < 1 || group > 3 || groups > 0 && group != 3 {
			return value{}, false
		}
		groups++
		group = 0
	}
	if groups == 0 || group != 3 || nd > 18 {
		return value{}, false
	}
	kind, frac := kIntApos, 0
	if i < len(v) {
		if v[i] != '.' && v[i] != ',' || i == len(v)-1 {
			return value{}, false
		}
		for i++; i < len(v); i++ {
			if !isDigit(v[i]) || nd == 18 {
				return value{}, false
			}
			mant = mant*10 + int64(v[i]-'0')
			nd++
			frac++
		}
		kind = kDecApos
	}
	n := float64(mant) / pow10[frac]
	if neg {
		n = -n
	}
	return value{kind: kind, num: n}, true
}

// trailingMinus reads the number v written with a minus behind it.
func trailingMinus(v []byte) value {
	x := parseNumber(v)
	switch x.kind {
	case kInt, kIntGrouped:
		return value{kind: kIntTrail, num: -x.num}
	case kDecComma, kDecDot:
		return value{kind: kDecTrail, num: -x.num}
	}
	return value{kind: kText}
}

// unitNumber reads a number written with a unit, as Excel exports
// formatted cells and people type measures: "1.234,56 €" (often with a
// no-break space), "€ 12,50", "99 EUR", "12,5 %", "12,5 kg". The number is
// the one written (12.5 for "12,5 %").
func unitNumber(v []byte) (value, bool) {
	u, s := unitOf(v)
	if u < 0 {
		return value{}, false
	}
	if x, ok := unicodeMinus(s); ok {
		return x, true
	}
	if x, ok := apostropheNumber(s); ok {
		return x, true
	}
	if len(s) == 0 || !isDigit(s[0]) && s[0] != '-' && s[0] != '+' {
		return value{}, false
	}
	switch x := parseNumber(s); x.kind {
	case kInt, kIntGrouped, kDecComma, kDecDot:
		return x, true
	}
	return value{}, false
}

// units are the signs written next to numbers: currencies before or
// behind them, shares and measures behind. A unit comes before those it
// ends with ("kg" before "g"). name is the unit's common name, the same
// for "€" and "EUR"; dim tells which units measure the same thing.
var units = []struct {
	sign, name string
	dim        byte // c currency, % share, m mass, l length, v volume, t time, e energy, n count, a area, k temperature
	prefix     bool // may stand before the number
}{
	{"€", "EUR", 'c', true}, {"EUR", "EUR", 'c', true}, {"CHF", "CHF", 'c', true}, {"USD", "USD", 'c', true}, {"$", "USD", 'c', true},
	{"%", "%", '%', false},
	{"kg", "kg", 'm', false}, {"mg", "mg", 'm', false}, {"g", "g", 'm', false}, {"t", "t", 'm', false},
	{"km", "km", 'l', false}, {"cm", "cm", 'l', false}, {"mm", "mm", 'l', false}, {"m²", "m²", 'a', false}, {"m³", "m³", 'v', false}, {"m", "m", 'l', false},
	{"ml", "ml", 'v', false}, {"l", "l", 'v', false},
	{"kWh", "kWh", 'e', false}, {"Wh", "Wh", 'e', false}, {"min", "min", 't', false}, {"Std.", "h", 't', false}, {"h", "h", 't', false},
	{"Stück", "Stück", 'n', false}, {"Stk.", "Stück", 'n', false}, {"Stk", "Stück", 'n', false},
	{"°C", "°C", 'k', false},
}

// unitOf returns the index in units of the unit v is written with and the
// rest of v, trimmed, or -1 if v has none. A unit of letters behind a
// number needs a digit or a blank before it: "12 kg", "12kg", not "12 Tag".
func unitOf(v []byte) (int, []byte) {
	for i, u := range units {
		if len(v) <= len(u.sign) {
			continue
		}
		if bytes.HasSuffix(v, []byte(u.sign)) {
			s := v[:len(v)-len(u.sign)]
			if b := s[len(s)-1]; isLetter(u.sign[0]) && !isDigit(b) && b != ' ' && b != 0xA0 {
				continue
			}
			return i, bytes.Trim(s, " \u00a0")
		}
		if u.prefix && bytes.HasPrefix(v, []byte(u.sign)) {
			return i, bytes.Trim(v[len(u.sign):], " \u00a0")
		}
	}
	return -1, nil
}

// classifyFast returns the same as classify(v, maskOf(ct, v)) for a
// non-empty v, but skips the class mask in the common cases: plain text,
// numbers and dd.mm.yyyy dates.
func classifyFast(v []byte, ct *classTable) value {
	b0 := v[0]
	switch {
	case isLetter(b0):
		if len(v) <= 6 {
			words := true
			for _, b := range v {
				if !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_') {
					words = false
					break
				}
			}
			if words {
				return classifyWord(v)
			}
		}
		if len(v) == 22 && v[0] == 'D' && v[1] == 'E' {
			if k, ok := ibanDE(v); ok {
				return value{kind: k} // a German IBAN without blanks
			}
		}
		if !maybeNotText(v) {
			if isASCII(v) {
				return value{kind: kText} // textValue's commonest case, inlined
			}
			return textValue(v)
		}
		if emailShape(v, ct) {
			return value{kind: kEmail}
		}
	case isDigit(b0) || b0 == '-' || b0 == '+':
		x, ok, other := plainNumber(v)
		if ok {
			return x
		}
		if other {
			// a byte beyond digits, '.' and ',': no number, no date
		} else if len(v) == 10 && v[2] == '.' && v[5] == '.' {
			if x, ok := parseDateDE(v); ok {
				return x
			}
		} else if isIPv4(v) {
			return value{kind: kIPv4}
		} else if x := parseNumber(v); x.kind != kText {
			return x
		}
		if x, ok := phoneShape(v); ok {
			return x
		}
	case b0 == '(':
		if x, ok := bracketNumber(v); ok {
			return x
		}
		if x, ok := phoneShape(v); ok {
			return x
		}
	}
	return classify(v, maskOf(ct, v))
}

// plainNumber reads the commonest numbers, an optional sign, digits and an
// optional decimal comma followed by digits, at most 18 digits in all, as
// parseNumber would. For any other value it returns false, and other = true
// if it met a byte (after the sign) that is no digit, '.' or ',', which
// rules out numbers and dates.
func plainNumber(v []byte) (x value, ok, other bool) {
	i := 0
	neg := false
	if v[0] == '-' || v[0] == '+' {
		neg = v[0] == '-'
		i = 1
	}
	start := i
	var mant int64
	for ; i < len(v); i++ {
		d := v[i] - '0'
		if d > 9 {
			break
		}
		mant = mant*10 + int64(d)
	}
	lead := i - start
	if i < len(v) && v[i] != ',' {
		return value{}, false, v[i] != '.'
	}
	if lead == 0 || lead > 18 {
		return value{}, false, false
	}
	kind, frac := kInt, 0
	if i < len(v) {
		i++
		fs := i
		for ; i < len(v); i++ {
			d := v[i] - '0'
			if d > 9 {
				return value{}, false, v[i] != '.' && v[i] != ','
			}
			mant = mant*10 + int64(d)
		}
		frac = i - fs
		if frac == 0 || lead+frac > 18 {
			return value{}, false, false
		}
		kind = kDecComma
	}
	n := float64(mant) / pow10[frac]
	if neg {
		n = -n
	}
	return value{kind: kind, num: n}, true, false
}

// isIPv4 reports whether v is an IPv4 address in dotted decimal notation,
// "192.168.0.15": four numbers of at most 255, without leading zeros.
func isIPv4(v []byte) bool {
	if len(v) < 7 || len(v) > 15 {
		return false
	}
	dots, n, digits := 0, 0, 0
	for _, b := range v {
		if b == '.' {
			if digits == 0 || dots == 3 {
				return false
			}
			dots++
			n, digits = 0, 0
			continue
		}
		if b < '0' || b > '9' || digits == 1 && n == 0 {
			return false
		}
		n = n*10 + int(b-'0')
		digits++
		if n > 255 {
			return false
		}
	}
	return dots == 3 && digits > 0
}

func allDigits(v []byte) bool {
	for _, b := range v {
		if b < '0' || b > '9' {
			return false
		}
	}
	return true
}

// emailShape is classify's e-mail test (allowed characters and isEmail):
// one pass for the characters, then the domain alone.
func emailShape(v []byte, ct *classTable) bool {
	const allowed = cAlpha | cDigit | cDot | cMinus | cPlus | cAt | cHigh
	var m uint16
	for _, b := range v {
		m |= ct[b]
	}
	n := len(v)
	if m&^allowed != 0 || n < 6 {
		return false
	}
	at := indexByteFrom(v, 0, '@'*swarOnes)
	if at < 1 || at > n-5 || indexByteFrom(v, at+1, '@'*swarOnes) >= 0 {
		return false
	}
	lastDot := -1
	for i := at + 1; i < n; i++ {
		if v[i] == '.' {
			if i == at+1 || lastDot == i-1 {
				return false
			}
			lastDot = i
		}
	}
	return lastDot > at+1 && lastDot < n-2
}

// phoneShape decides values made of digits and + ( ) / - and blanks, with
// at least one blank, bracket or slash: classify would call isPhone on them
// and otherwise find nothing. It applies isPhone's test in the same pass.
func phoneShape(v []byte) (value, bool) {
	special := false
	digits := 0
	plus := false // a '+' after the first byte
	for i, b := range v {
		switch {
		case b >= '0' && b <= '9':
			digits++
		case b == ' ' || b == '\t' || b == '(' || b == ')' || b == '/':
			special = true
		case b == '+':
			plus = plus || i > 0
		case b == '-':
		default:
			return value{}, false
		}
	}
	if !special || digits == 0 {
		return value{}, false
	}
	if (v[0] == '+' || v[0] == '0' || v[0] == '(') && !plus && digits >= 6 && digits <= 15 && !monthYear(v) {
		return value{kind: phoneKind(v)}, true
	}
	return value{kind: kText}, true
}

// phoneKind tells a phone number with the country's code (kPhoneIntl) from
// one without (kPhone).
func phoneKind(v []byte) int {
	if v[0] == '+' || len(v) > 1 && v[0] == '0' && v[1] == '0' {
		return kPhoneIntl
	}
	return kPhone
}

// monthYear reports whether v is a month and year, "04/2024" or "4/2024",
// as vehicle lists write the first registration: no phone number.
func monthYear(v []byte) bool {
	if len(v) > 7 {
		return false
	}
	slash := bytes.IndexByte(v, '/')
	if slash < 1 || slash > 2 || len(v)-slash != 5 || !allDigits(v[:slash]) || !allDigits(v[slash+1:]) {
		return false
	}
	m, y := atoiSmall(v[:slash]), atoiSmall(v[slash+1:])
	return m >= 1 && m <= 12 && y >= 1900 && y < 2100
}

// parseMonth reads a month of a year, as months since monthBase: "04.2024"
// (a two-digit month, as payroll and billing exports write the month of
// account; "4.2024" is more likely a number) or "04/2024" and "4/2024" (see
// monthYear). classify reads the first as a decimal and the others as text;
// the column decides (see colStats.monthColumn).
func parseMonth(v []byte) (int32, bool) {
	var m, y int
	switch {
	case len(v) == 7 && v[2] == '.' && allDigits(v[:2]) && allDigits(v[3:]):
		m, y = atoiSmall(v[:2]), atoiSmall(v[3:])
	case monthYear(v):
		slash := bytes.IndexByte(v, '/')
		m, y = atoiSmall(v[:slash]), atoiSmall(v[slash+1:])
	default:
		return 0, false
	}
	if m < 1 || m > 12 || y < 1900 || y >= 2100 {
		return 0, false
	}
	return int32((y-monthBase)*12 + m - 1), true
}

func classifyWord(v []byte) value {
	var b [6]byte
	for i, c := range v {
		b[i] = c | 0x20 // lower case ASCII letters
	}
	switch string(b[:len(v)]) {
	case "x":
		return value{kind: kBoolX}
	case "ja", "nein", "wahr", "falsch", "true", "false", "yes", "no", "j", "n", "y":
		return value{kind: kBool}
	}
	return value{kind: kText}
}

// domainEnd reports whether v ends, after a dot, in one of the endings of
// the web addresses German firms write without "www." or "https://":
// .de .at .ch .com .net .org .eu .info .biz .io .shop, in any case.
func domainEnd(v []byte) bool {
	n := len(v)
	for k := n - 3; k >= max(n-5, 1); k-- {
		if v[k] == '.' {
			// the ending's bytes, lower-cased, packed into one word:
			// a switch on it spares a map lookup for every e-mail
			var x uint32
			for _, c := range v[k+1:] {
				x = x<<8 | uint32(c|0x20)
			}
			switch x {
			case 'd'<<8 | 'e', 'a'<<8 | 't', 'c'<<8 | 'h', 'e'<<8 | 'u', 'i'<<8 | 'o',
				'c'<<16 | 'o'<<8 | 'm', 'n'<<16 | 'e'<<8 | 't', 'o'<<16 | 'r'<<8 | 'g', 'b'<<16 | 'i'<<8 | 'z',
				'i'<<24 | 'n'<<16 | 'f'<<8 | 'o', 's'<<24 | 'h'<<16 | 'o'<<8 | 'p':
				return true
			}
			return false
		}
	}
	return false
}

// bareDomain reports whether v, of letters, digits, dots and hyphens, is a
// host name such as "firma.de" or "shop.mueller-bau.com": labels that
// neither are empty nor start or end with a hyphen, and a known ending.
func bareDomain(v []byte) bool {
	if !domainEnd(v) {
		return false
	}
	start := 0
	for i := 0; i <= len(v); i++ {
		if i < len(v) && v[i] != '.' {
			continue
		}
		if i == start || v[start] == '-' || v[i-1] == '-' {
			return false
		}
		start = i + 1
	}
	return true
}

func hasURLPrefix(v []byte) bool {
	s := string(v)
	return len(s) > 8 && (s[:7] == "http://" || s[:8] == "https://") || len(s) > 4 && s[:4] == "www."
}

// isEmail checks the shape local@domain.tld; the caller has checked that
// v holds no blanks, commas, quotes or brackets.
func isEmail(v []byte) bool {
	at := bytes.IndexByte(v, '@')
	if at < 1 || at > len(v)-5 || bytes.IndexByte(v[at+1:], '@') >= 0 {
		return false
	}
	dom := v[at+1:]
	dot := bytes.LastIndexByte(dom, '.')
	return dot > 0 && dot < len(dom)-2 && dom[0] != '.' && bytes.Index(dom, []byte("..")) < 0
}

func isPhone(v []byte) bool {
	if !(v[0] == '+' || v[0] == '0' || v[0] == '(') || monthYear(v) {
		return false
	}
	digits := 0
	for i, b := range v {
		switch {
		case b >= '0' && b <= '9':
			digits++
		case b == '+' && i != 0:
			return false
		}
	}
	return digits >= 6 && digits <= 15
}

// dashPhone reports whether v, of digits, '-' and '+', is a phone number
// written with hyphens: "030-1234567", "+49-30-1234567". A leading 0 starts
// an area code of 3 to 5 digits, so that "01-01-2026" is none.
func dashPhone(v []byte) bool {
	first := bytes.IndexByte(v, '-')
	if first < 0 || !(v[0] == '+' || v[0] == '0' && first >= 3 && first <= 5) || v[len(v)-1] == '-' {
		return false
	}
	return isPhone(v)
}

// ibanKind checks shape and the ISO 7064 mod-97 checksum; spaces are allowed.
func ibanKind(v []byte) int {
	if len(v) == 22 && v[0] == 'D' && v[1] == 'E' {
		if k, ok := ibanDE(v); ok {
			return k
		}
	}
	return ibanKindSlow(v)
}

// ibanDE checks the commonest IBAN, a German one without blanks: "DE" and
// 20 digits (len(v) is 22). ok is false if v is not of that shape.
func ibanDE(v []byte) (kind int, ok bool) {
	a, b, c := binary.LittleEndian.Uint64(v[2:]), binary.LittleEndian.Uint64(v[10:]), binary.LittleEndian.Uint64(v[14:])
	if !eightDigits(a) || !eightDigits(b) || !eightDigits(c) {
		return 0, false
	}
	// the BBAN's 18 digits, then "DE" as 13 14, then the check digits
	bban := uint64(parseEightDigits(a>>16|b<<48))*1e10 + uint64(parseEightDigits(binary.LittleEndian.Uint64(v[12:])))*100 +
		uint64(v[20]-'0')*10 + uint64(v[21]-'0')
	cd := uint64(v[2]-'0')*10 + uint64(v[3]-'0')
	m := (bban%97*10000 + 1314) % 97
	if (m*100+cd)%97 != 1 {
		return kIBANBad, true
	}
	return kIBAN, true
}

// eightDigits reports whether the 8 bytes of w (read little-endian) are
// all ASCII digits.
func eightDigits(w uint64) bool {
	return w&0xF0F0F0F0F0F0F0F0|(w+0x0606060606060606)&0xF0F0F0F0F0F0F0F0>>4 == 0x3333333333333333
}

// parseEightDigits returns the number the 8 digits of w (read
// little-endian, so the first digit in the lowest byte) write.
func parseEightDigits(w uint64) uint32 {
	w = (w & 0x0F0F0F0F0F0F0F0F) * 2561 >> 8
	w = (w & 0x00FF00FF00FF00FF) * 6553601 >> 16
	return uint32((w & 0x0000FFFF0000FFFF) * 42949672960001 >> 32)
}

// ibanLengths are the lengths of the IBANs of the countries German firms
// deal with most.
var ibanLengths = map[string]int{"DE": 22, "AT": 20, "CH": 21, "LI": 21, "LU": 20, "NL": 18, "BE": 16, "FR": 27,
	"IT": 27, "ES": 24, "PL": 28, "CZ": 24, "DK": 18, "GB": 22, "SE": 24, "FI": 18, "IE": 22, "PT": 25}

func ibanKindSlow(v []byte) int {
	var c [34]byte
	n := 0
	for _, b := range v {
		if b == ' ' {
			continue
		}
		if n == len(c) {
			return kText
		}
		if b >= 'a' && b <= 'z' {
			b -= 'a' - 'A'
		}
		c[n] = b
		n++
	}
	if n < 15 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' || c[2] > '9' || c[2] < '0' || c[3] > '9' || c[3] < '0' {
		return kText
	}
	if string(c[4:7]) == "ZZZ" {
		return kText // a SEPA creditor identifier: DE98ZZZ09999999999
	}
	if want, ok := ibanLengths[string(c[:2])]; ok && n != want {
		if n < want-2 || n > want+2 {
			// not an IBAN with a digit too many or too few, but another
			// code: a German metering point (Zählpunkt) has 33 characters
			return kText
		}
		return kIBANBad
	}
	// mod 97 over BBAN + country + check digits, letters as 10..35,
	// folding several digits at a time
	var m uint64
	for _, part := range [2][]byte{c[4:n], c[:4]} {
		for _, b := range part {
			if b >= '0' && b <= '9' {
				m = m*10 + uint64(b-'0')
			} else if b >= 'A' && b <= 'Z' {
				m = m*100 + uint64(b-'A'+10)
			} else {
				return kText
			}
			if m >= 1<<56 {
				m %= 97
			}
		}
	}
	m %= 97
	if m != 1 {
		return kIBANBad
	}
	return kIBAN
}

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// parseNumber reads German ("1.234,56") and English ("1,234.56") numbers.
func parseNumber(v []byte) value {
	i := 0
	neg := false
	if v[0] == '-' || v[0] == '+' {
		neg = v[0] == '-'
		i = 1
	}
	if i == len(v) {
		return value{kind: kText}
	}
	zero := v[i] == '0' // a first group "0" groups no thousands: "0.125"
	var mant int64
	nd := 0      // significant digits read
	frac := 0    // digits after the decimal separator
	group := -1  // digits since the last grouping separator, -1 = none yet
	var sep byte // grouping separator seen ('.' or ',')
	var dec byte // decimal separator seen
	lead := 0    // digits before the first separator
	for ; i < len(v); i++ {
		b := v[i]
		switch {
		case b >= '0' && b <= '9':
			if nd < 18 {
				mant = mant*10 + int64(b-'0')
				nd++
				if dec != 0 {
					frac++
				}
			} else if dec == 0 {
				return value{kind: kText}
			}
			if group >= 0 {
				group++
			} else if dec == 0 {
				lead++
			}
		case b == '.' || b == ',':
			if dec != 0 || i == 0 || v[i-1] < '0' || v[i-1] > '9' {
				return value{kind: kText}
			}
			if sep == 0 && group < 0 {
				// first separator: decide at the next one or at the end
				sep = b
				group = 0
				if lead > 3 {
					dec = b
					group = -1
				}
				continue
			}
			if b == sep {
				if group != 3 || zero && lead == 1 {
					return value{kind: kText}
				}
				group = 0
				continue
			}
			// other separator: decimal
			if group >= 0 && group != 3 {
				return value{kind: kText}
			}
			dec = b
			group = -1
		default:
			return value{kind: kText}
		}
	}
	if v[len(v)-1] < '0' || v[len(v)-1] > '9' {
		return value{kind: kText}
	}
	kind := kInt
	switch {
	case dec == ',':
		kind = kDecComma
	case dec == '.':
		kind = kDecDot
	case sep == '.' && group == 3 && !(zero && lead == 1):
		// "1.234": German thousands dot
		kind = kIntGrouped
	case sep != 0:
		// single separator not followed by 3 digits: decimal
		if sep == ',' {
			kind = kDecComma
		} else {
			kind = kDecDot
		}
		frac = group
	}
	if frac < 0 || frac >= len(pow10) {
		return value{kind: kText}
	}
	x := float64(mant) / pow10[frac]
	if neg {
		x = -x
	}
	return value{kind: kind, num: x}
}

func digits2(a, b byte) int {
	if a < '0' || a > '9' || b < '0' || b > '9' {
		return -1
	}
	return int(a-'0')*10 + int(b-'0')
}

var daysInMonth = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > daysInMonth[m] {
		return false
	}
	if m == 2 && d == 29 {
		return y%4 == 0 && (y%100 != 0 || y%400 == 0)
	}
	return true
}

// daysFromCivil returns days since 1970-01-01 (Howard Hinnant's algorithm).
func daysFromCivil(y, m, d int) int32 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int32(era*146097 + doe - 719468)
}

func civilFromDays(z int32) (y, m, d int) {
	zz := int(z) + 719468
	era := zz / 146097
	if zz < 0 && zz%146097 != 0 {
		era--
	}
	doe := zz - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return
}

// parseDateDE reads d.m.yyyy, dd.mm.yyyy and dd.mm.yy.
func parseDateDE(v []byte) (value, bool) {
	// split on dots
	p1 := -1
	p2 := -1
	for i, b := range v {
		if b != '.' && !isDigit(b) {
			return value{}, false
		}
		if b == '.' {
			if p1 < 0 {
				p1 = i
			} else if p2 < 0 {
				p2 = i
			} else {
				return value{}, false
			}
		}
	}
	if p2 < 0 || p1 < 1 || p1 > 2 || p2-p1 < 2 || p2-p1 > 3 {
		return value{}, false
	}
	d := atoiSmall(v[:p1])
	m := atoiSmall(v[p1+1 : p2])
	ys := v[p2+1:]
	kind := kDateDE
	var y int
	switch len(ys) {
	case 4:
		y = atoiSmall(ys)
	case 2:
		// as Excel reads two-digit years: 00–29 are 2000–2029, 30–99
		// are 1930–1999 (a birth date "12.05.65" is in 1965)
		y = 2000 + atoiSmall(ys)
		if y >= 2030 {
			y -= 100
		}
		kind = kDateDE2
	default:
		return value{}, false
	}
	if y == 0 && m == 0 && d == 0 && len(ys) == 4 {
		return value{kind: kDateZero}, true
	}
	if !validDate(y, m, d) {
		if m >= 1 && m <= 12 && d >= 1 && d <= 31 || m > 12 && m <= 31 && d <= 12 {
			return value{kind: kDateBad}, true
		}
		return value{}, false
	}
	return value{kind: kind, day: daysFromCivil(y, m, d), mon: int32((y-monthBase)*12 + m - 1)}, true
}

func atoiSmall(b []byte) int {
	n := 0
	for _, c := range b {
		n = n*10 + int(c-'0')
	}
	return n
}

// parseDateISO reads yyyy-mm-dd (the caller checked length and v[4]).
func parseDateISO(v []byte) value {
	if v[7] != '-' || !isDigit(v[0]) || !isDigit(v[1]) || !isDigit(v[2]) || !isDigit(v[3]) {
		return value{kind: kText}
	}
	y := atoiSmall(v[:4])
	m := digits2(v[5], v[6])
	d := digits2(v[8], v[9])
	if m < 0 || d < 0 {
		return value{kind: kText}
	}
	if y == 0 && m == 0 && d == 0 {
		return value{kind: kDateZero}
	}
	if !validDate(y, m, d) {
		return value{kind: kDateBad}
	}
	return value{kind: kDateISO, day: daysFromCivil(y, m, d), mon: int32((y-monthBase)*12 + m - 1)}
}

// timeRest reads what follows the hours and minutes of a date-time: ok if
// it is what a time may have there, seconds (sec; 60, a leap second, as
// 59), perhaps with a fraction, then "Uhr" or a zone; zone if that is an
// offset from UTC ("Z", "+01:00", "+0100", "-05", "UTC"). "01.02.2024
// 10:00 Termin mit Kunde" is no date-time.
func timeRest(r []byte) (sec int, ok, zone bool) {
	if len(r) >= 3 && r[0] == ':' {
		if sec = digits2(r[1], r[2]); sec < 0 || sec > 60 {
			return 0, false, false
		}
		sec = min(sec, 59)
		r = r[3:]
		if len(r) > 1 && (r[0] == '.' || r[0] == ',') && isDigit(r[1]) {
			i := 2
			for i < len(r) && isDigit(r[i]) {
				i++
			}
			r = r[i:]
		}
	}
	if len(r) == 0 {
		return sec, true, false
	}
	if r[0] == ' ' {
		r = r[1:]
	}
	switch string(r) {
	case "Uhr", "uhr", "CET", "CEST", "MEZ", "MESZ":
		return sec, true, false // local time, as is one without a zone
	case "Z", "UTC", "GMT":
		return sec, true, true
	}
	if len(r) == 0 || r[0] != '+' && r[0] != '-' {
		return 0, false, false
	}
	d := r[1:]
	switch len(d) {
	case 2, 4:
		ok = allDigits(d)
	case 5:
		ok = d[2] == ':' && allDigits(d[:2]) && allDigits(d[3:])
	}
	return sec, ok, ok
}

// parseDateTime reads "yyyy-mm-dd[T ]hh:mm[:ss...]" and "dd.mm.yyyy hh:mm[:ss]".
func parseDateTime(v []byte) (value, bool) {
	sp := -1
	for i, b := range v {
		if b == ' ' || b == 'T' {
			sp = i
			break
		}
	}
	if sp < 8 {
		return value{}, false
	}
	d := v[:sp]
	if v[sp-1] == ',' {
		d = v[:sp-1] // "20.11.2026, 08:15"
	}
	if len(d) < 8 || len(d) > 10 || len(v)-sp < 5 {
		return value{}, false
	}
	// the time: hours ("8" or "08"), minutes, and the rest (timeRest)
	t := v[sp+1:]
	var h int
	switch {
	case len(t) >= 4 && t[1] == ':':
		h, t = digits2('0', t[0]), t[2:]
	case len(t) >= 5 && t[2] == ':':
		h, t = digits2(t[0], t[1]), t[3:]
	default:
		return value{}, false
	}
	mi := digits2(t[0], t[1])
	s, ok, zone := timeRest(t[2:])
	if h < 0 || h > 23 || mi < 0 || mi > 59 || !ok {
		return value{}, false
	}
	sec := h*3600 + mi*60 + s
	if len(d) == 10 && d[4] == '-' {
		x := parseDateISO(d)
		switch x.kind {
		case kDateISO:
			x.kind, x.num = kDateTimeISO, float64(sec)
			if zone {
				x.kind = kDateTimeZone
			}
		case kDateBad, kDateZero:
		default:
			return value{}, false
		}
		return x, true
	}
	x, ok := parseDateDE(d)
	if !ok {
		return value{}, false
	}
	if x.kind != kDateBad && x.kind != kDateZero {
		x.kind, x.num = kDateTimeDE, float64(sec)
	}
	return x, true
}
