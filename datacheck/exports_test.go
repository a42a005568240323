package datacheck

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"testing"
)

// Tests of exports the profiler once misread.

// Swiss amounts group thousands with an apostrophe, typed (') or
// typographic (’): they are numbers, with a decimal dot or whole, and the
// column gets one finding about the notation; an apostrophe in a name does
// not make it a number.
func TestThousandsApostrophe(t *testing.T) {
	var b strings.Builder
	b.WriteString("Name;Betrag;Stück\n")
	names := []string{"O'Brien", "Müller", "D'Angelo", "Rossi"}
	amounts := []string{"1'234.50", "12.80", "1’234.50", "-2'500.00", "980.00", "1'250'000.00"}
	counts := []string{"12'345", "450", "1’200", "7"}
	for i := range 60 {
		fmt.Fprintf(&b, "%s;%s;%s\n", names[i%4], amounts[i%6], counts[i%4])
	}
	rep := profileText(t, b.String())
	want := []struct {
		typ      string
		min, max any
	}{{TypeText, nil, nil}, {TypeDecimal, -2500.0, 1250000.0}, {TypeInteger, 7.0, 12345.0}}
	for i, w := range want {
		c := rep.Columns[i]
		if c.Type != w.typ || c.Invalid != 0 || c.Min != w.min || c.Max != w.max {
			t.Errorf("%s: %s with %d invalid %v, %v..%v; want %s with none, %v..%v", c.Name, c.Type, c.Invalid, c.InvalidExamples, c.Min, c.Max, w.typ, w.min, w.max)
		}
	}
	i := slices.IndexFunc(rep.Issues, func(is Issue) bool { return is.Code == "thousands_apostrophe" && is.Columns[0] == "Betrag" })
	if i < 0 || !strings.Contains(rep.Issues[i].Message, "40 Werte") {
		t.Errorf("findings %+v, want one about the apostrophes of 40 values in Betrag", rep.Issues)
	}
	// the apostrophe's decimal dot tells that "29.405" is 29,405 kg, though
	// the file's prices are written with a comma
	rep = profileText(t, "Gewicht;Preis\n1'234.500;12,50\n29.405;8,00\n2'000.125;7,10\n")
	if c := rep.Columns[0]; c.Type != TypeDecimal || c.Min != 29.405 {
		t.Errorf("Gewicht: %s from %v, want decimal from 29.405", c.Type, c.Min)
	}
	ct := newClassTable(';')
	for _, v := range []string{"1'23", "12'3456", "'1234", "1''234", "0'123", "1'234.", "1'234.5.6", "12'345'67"} {
		if x := classify([]byte(v), maskOf(ct, []byte(v))); x.kind != kText {
			t.Errorf("%q: kind %d (%v), want text", v, x.kind, x.num)
		}
	}
}

// Fees are written as negative amounts: most are small, one is huge.
// Outliers are found in a column of negative values as in its mirror image
// of positive ones: the huge fee, and not the many small ones.
func TestOutliersOfNegativeValues(t *testing.T) {
	fees := []struct {
		name  string
		cents func(i int) int64
	}{
		// mostly the fixed 0,35 €, some 1,20 €, a few 4,90 €: p25 = p75
		{"tiers", func(i int) int64 {
			return []int64{35, 35, 35, 35, 35, 35, 35, 120, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 490}[i%21]
		}},
		// 0,35 € mostly, 2,10 € often: skewed, and p25 = p75 still
		{"two tiers", func(i int) int64 {
			return []int64{35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 210, 210, 210, 120}[i%20]
		}},
		// 0,35 € and 2,49 % of payments spread widely around 40 €
		{"share", func(i int) int64 {
			z := math.Sqrt2 * math.Erfinv(2*(float64(i*7919%2000)+0.5)/2000-1)
			return 35 + int64(0.0249*4000*math.Exp(1.2*z))
		}},
	}
	for _, f := range fees {
		var b strings.Builder
		b.WriteString("Transaktion;Gebühr;Spiegelbild\n")
		for i := range 2000 {
			fmt.Fprintf(&b, "%d;-%s;%s\n", i, germanAmount(f.cents(i)), germanAmount(f.cents(i)))
		}
		b.WriteString("2000;-250,00;250,00\n")
		rep := profileText(t, b.String())
		for _, c := range rep.Columns[1:] {
			if c.Type != TypeDecimal || c.Outliers != 1 {
				t.Errorf("%s: %s: %s with %d outliers (quantiles %v), want decimal with 1 (the fee of 250 €)", f.name, c.Name, c.Type, c.Outliers, c.Quantiles)
			}
		}
		i := slices.IndexFunc(rep.Issues, func(is Issue) bool { return is.Code == "outliers" && is.Columns[0] == "Gebühr" })
		if i < 0 || !strings.Contains(rep.Issues[i].Message, "1 Wert liegt") || !strings.Contains(rep.Issues[i].Message, "kleinster Wert -250") {
			t.Errorf("%s: no finding about the fee of -250 in Gebühr", f.name)
		}
	}
}

// Prices and amounts spread on a log scale, even mildly: their upper tail
// is no outlier, a typo of ten times the largest is. A symmetric spread, as
// of weights, keeps the linear fence, and finds its typo too.
func TestOutliersOfSkewedAmounts(t *testing.T) {
	z := func(i, n int) float64 { return math.Sqrt2 * math.Erfinv(2*(float64(i*7919%n)+0.5)/float64(n)-1) }
	cols := []struct {
		name  string
		cents func(i, n int) int64
	}{
		{"Preis (log-normal, σ 0,5)", func(i, n int) int64 { return int64(5000 * math.Exp(0.5*z(i, n))) }},
		{"Betrag (log-normal, σ 1)", func(i, n int) int64 { return int64(5000 * math.Exp(z(i, n))) }},
		{"Gewicht (normal)", func(i, n int) int64 { return int64(10000 + 1500*z(i, n)) }},
	}
	for _, n := range []int{2000, 50000} {
		for _, typo := range []bool{false, true} {
			var b strings.Builder
			b.WriteString("Nr;Preis;Betrag;Gewicht\n")
			for i := range n {
				fmt.Fprintf(&b, "%d", i)
				for _, c := range cols {
					v := c.cents(i, n)
					if typo && (i == n/3 || i == n/2) {
						v = 10 * maxCents(c.cents, n)
					}
					fmt.Fprintf(&b, ";%s", germanAmount(v))
				}
				b.WriteString("\n")
			}
			rep := profileText(t, b.String())
			want := int64(0)
			if typo {
				want = 2
			}
			for i, c := range rep.Columns[1:] {
				if c.Type != TypeDecimal || c.Outliers != want {
					t.Errorf("%d rows, typo %v: %s: %s with %d outliers (quantiles %v), want %d", n, typo, cols[i].name, c.Type, c.Outliers, c.Quantiles, want)
				}
			}
		}
	}
}

// Steady readings have no outliers, however narrow their quartiles, while
// a typo of ten times the value is one.
func TestOutliersNeedEnoughNumbers(t *testing.T) {
	readings := func(n int, typo bool) string {
		var b strings.Builder
		b.WriteString("Zeit;Drehzahl\n")
		for i := range n {
			rpm := 1449 + i*7%5
			if i == 0 {
				rpm = 1440
			}
			if typo && i == n/2 {
				rpm = 14500
			}
			fmt.Fprintf(&b, "%d;%d\n", i, rpm)
		}
		return b.String()
	}
	for _, c := range []struct {
		rows int
		typo bool
		want int64
	}{{6, false, 0}, {6, true, 1}, {40, false, 0}, {40, true, 1}} {
		rep := profileText(t, readings(c.rows, c.typo))
		col := rep.Columns[1]
		if col.Type != TypeInteger || col.Outliers != c.want {
			t.Errorf("%d rows, typo %v: %s with %d outliers (quantiles %v), want %d", c.rows, c.typo, col.Type, col.Outliers, col.Quantiles, c.want)
		}
	}
}

func maxCents(f func(i, n int) int64, n int) int64 {
	m := f(0, n)
	for i := range n {
		m = max(m, f(i, n))
	}
	return m
}

// IPv4 addresses in a web log or a shop's order export are addresses, not
// numbers with thousands dots ("192.168.100.200") or invalid ones
// ("192.168.0.15"), and personal data whatever the column's name.
func TestIPv4Addresses(t *testing.T) {
	var b strings.Builder
	b.WriteString("Zeit;Quelle;Bytes\n")
	for i := range 400 {
		ip := fmt.Sprintf("192.168.%d.%d", i*37%256, 1+i*91%254)
		if i%50 == 7 {
			ip = "10.0.0.1"
		}
		fmt.Fprintf(&b, "2026-11-%02dT10:%02d:00;%s;%d\n", 1+i%20, i%60, ip, 1000+i*13)
	}
	b.WriteString("2026-11-21T10:00:00;unbekannt;10.0.0.1\n")
	rep := profileText(t, b.String())
	src, bytes := rep.Columns[1], rep.Columns[2]
	if src.Type != TypeText || src.Invalid != 0 || src.Formats["IPv4-Adresse"] != 400 {
		t.Errorf("Quelle: %s, %d invalid, formats %v; want text, 0 invalid, 400 IPv4 addresses", src.Type, src.Invalid, src.Formats)
	}
	if !slices.ContainsFunc(rep.Issues, func(is Issue) bool { return is.Code == "ip_addresses" && is.Columns[0] == "Quelle" }) {
		t.Errorf("no finding about the IP addresses in Quelle: %v", rep.Issues)
	}
	if bytes.Type != TypeInteger || bytes.Invalid != 1 || !slices.Equal(bytes.InvalidExamples, []string{"10.0.0.1"}) {
		t.Errorf("Bytes: %s, %d invalid %v; want integer with 10.0.0.1 invalid", bytes.Type, bytes.Invalid, bytes.InvalidExamples)
	}
}

// Clock times are text with a format of their own. In a column of times of
// day 25:10 is invalid; in one of durations it is valid, and so are hours
// beyond a day in a column whose name says nothing, when they are common.
// A time among numbers is an invalid number.
func TestClockTimes(t *testing.T) {
	var b strings.Builder
	b.WriteString("Datum;Uhrzeit;Dauer;Messwert;Stand\n")
	for i := range 200 {
		clock := fmt.Sprintf("%02d:%02d:%02d", 6+i%12, i*7%60, i*13%60)
		switch i {
		case 50:
			clock = "25:33:15"
		case 90:
			clock = "12:75"
		}
		dur := fmt.Sprintf("%d:%02d", i%30, i*11%60) // up to 29 hours
		reading := fmt.Sprintf("%d", 100+i)
		if i == 120 {
			reading = "08:30"
		}
		fmt.Fprintf(&b, "%02d.03.2025;%s;%s;%s;%s\n", 1+i%28, clock, dur, reading, dur)
	}
	rep := profileText(t, b.String())
	clock, dur, reading, stand := rep.Columns[1], rep.Columns[2], rep.Columns[3], rep.Columns[4]
	if clock.Type != TypeText || clock.Formats["hh:mm:ss"] != 198 || clock.Invalid != 2 || !slices.Equal(clock.InvalidExamples, []string{"25:33:15", "12:75"}) {
		t.Errorf("Uhrzeit: %s, formats %v, %d invalid %v; want text, 198 times of day, 25:33:15 and 12:75 invalid", clock.Type, clock.Formats, clock.Invalid, clock.InvalidExamples)
	}
	if !slices.ContainsFunc(rep.Issues, func(is Issue) bool {
		return is.Code == "invalid_values" && is.Columns[0] == "Uhrzeit" && strings.Contains(is.Message, "keine gültige Uhrzeit zwischen 0:00 und 24:00 (z. B. „25:33:15“, „12:75“)")
	}) {
		t.Errorf("no finding about the impossible times in Uhrzeit: %v", rep.Issues)
	}
	for _, c := range []Column{dur, stand} {
		if c.Type != TypeText || c.Formats["Dauer (h:mm)"] != 200 || c.Invalid != 0 {
			t.Errorf("%s: %s, formats %v, %d invalid %v; want text, 200 durations", c.Name, c.Type, c.Formats, c.Invalid, c.InvalidExamples)
		}
	}
	if reading.Type != TypeInteger || reading.Invalid != 1 || !slices.Equal(reading.InvalidExamples, []string{"08:30"}) {
		t.Errorf("Messwert: %s, %d invalid %v; want integer with 08:30 invalid", reading.Type, reading.Invalid, reading.InvalidExamples)
	}
}

// Times of day with seconds beside times without are of mixed precision;
// a column all with seconds, or all without, is not.
func TestTimesWithAndWithoutSeconds(t *testing.T) {
	var b strings.Builder
	b.WriteString("Tag;Kommen;Gehen;Pause\n")
	for i := range 100 {
		come := fmt.Sprintf("%02d:%02d", 6+i%4, i%60)
		if i%3 == 0 {
			come += ":00"
		}
		fmt.Fprintf(&b, "%02d.03.2026;%s;%02d:%02d:%02d;%d:%02d\n", 1+i%28, come, 15+i%3, i%60, i*7%60, i%2, i%60)
	}
	rep := profileText(t, b.String())
	come := rep.Columns[1]
	if come.Formats["hh:mm"] != 66 || come.Formats["hh:mm:ss"] != 34 || come.Invalid != 0 {
		t.Errorf("Kommen: formats %v, %d invalid; want 66 hh:mm, 34 hh:mm:ss, none invalid", come.Formats, come.Invalid)
	}
	mixedFormatsOnlyIn(t, rep, "Kommen", "eine Genauigkeit")
	findingWith(t, come, "mixed_formats", []string{"66 % hh:mm, 34 % hh:mm:ss"})
}

// Times of day written with "Uhr" are times of day; a column mixing them
// with plain "hh:mm" has mixed formats, and "25 Uhr" is no time.
func TestUhrTimes(t *testing.T) {
	var b strings.Builder
	b.WriteString("Termin;Beginn;Ende;Dauer\n")
	for i := range 120 {
		begin := fmt.Sprintf("%d:%02d Uhr", 7+i%10, i*15%60)
		switch {
		case i == 40:
			begin = "25 Uhr"
		case i%3 == 0:
			begin = fmt.Sprintf("%02d:%02d", 7+i%10, i*15%60)
		case i%3 == 1:
			begin = fmt.Sprintf("%d.%02d Uhr", 7+i%10, i*15%60)
		}
		dur := fmt.Sprintf("%d:%02d", 1+i%3, i*5%60)
		if i == 60 {
			dur = "9 Uhr"
		}
		fmt.Fprintf(&b, "T-%d;%s;%d Uhr;%s\n", i, begin, 9+i%9, dur)
	}
	rep := profileText(t, b.String())
	begin, end, dur := rep.Columns[1], rep.Columns[2], rep.Columns[3]
	if begin.Type != TypeText || begin.Formats["hh:mm"] != 40 || begin.Formats[kindFormat[kTimeUhr]] != 79 || begin.Invalid != 1 || !slices.Equal(begin.InvalidExamples, []string{"25 Uhr"}) {
		t.Errorf("Beginn: %s, formats %v, %d invalid %v; want text, 40 hh:mm and 79 with Uhr, 25 Uhr invalid", begin.Type, begin.Formats, begin.Invalid, begin.InvalidExamples)
	}
	mixedFormatsOnlyIn(t, rep, "Beginn", "ohne „Uhr“")
	if end.Type != TypeText || end.Formats[kindFormat[kTimeUhr]] != 120 || end.Invalid != 0 {
		t.Errorf("Ende: %s, formats %v, %d invalid; want text, 120 times with Uhr", end.Type, end.Formats, end.Invalid)
	}
	if dur.Formats["Dauer (h:mm)"] != 119 || dur.Invalid != 1 || !slices.Equal(dur.InvalidExamples, []string{"9 Uhr"}) {
		t.Errorf("Dauer: formats %v, %d invalid %v; want 119 durations, 9 Uhr invalid", dur.Formats, dur.Invalid, dur.InvalidExamples)
	}
	findingWith(t, dur, "invalid_values", []string{"keine Dauer im Format h:mm, Stunden und Minuten (z. B. „9 Uhr“)"})
}

// Time stamps with an offset from UTC beside ones without are mixed
// formats: programs cannot compare the two (pandas refuses to read them
// into one column). A column all with offsets is fine.
func TestTimeZones(t *testing.T) {
	var b strings.Builder
	b.WriteString("zeit,gemessen_utc,wert\n")
	for i := range 200 {
		stamp := fmt.Sprintf("2026-10-%02dT%02d:%02d:00", 1+i%28, i%24, i%60)
		if i%4 == 0 {
			stamp += "+01:00"
		}
		fmt.Fprintf(&b, "%s,2026-10-%02dT%02d:%02d:%02dZ,%d\n", stamp, 1+i%28, i%24, i%60, i%60, i)
	}
	rep := profileText(t, b.String())
	zeit, utc := rep.Columns[0], rep.Columns[1]
	if zeit.Type != TypeDatetime || zeit.Formats[kindFormat[kDateTimeZone]] != 50 || zeit.Formats[kindFormat[kDateTimeISO]] != 150 {
		t.Errorf("zeit: %s, formats %v; want datetime, 50 with a zone, 150 without", zeit.Type, zeit.Formats)
	}
	if utc.Type != TypeDatetime || utc.Formats[kindFormat[kDateTimeZone]] != 200 {
		t.Errorf("gemessen_utc: %s, formats %v; want datetime, 200 with a zone", utc.Type, utc.Formats)
	}
	mixedFormatsOnlyIn(t, rep, "zeit", "mit Zeitzone in allen Zeilen oder in keiner")
}

// MySQL's "no date", 0000-00-00, is a missing value with a finding of
// its own, not an invalid date.
func TestZeroDates(t *testing.T) {
	var b strings.Builder
	b.WriteString("order_id,created,shipped,geliefert\n")
	distinct := map[string]map[string]bool{"shipped": {}, "geliefert": {}}
	for i := range 100 {
		created := fmt.Sprintf("2026-%02d-%02d 10:%02d:00", 1+i%10, 1+i%28, i%60)
		shipped, delivered := created, fmt.Sprintf("%02d.%02d.2026", 1+i%28, 1+i%10)
		if i%4 == 0 {
			shipped, delivered = "0000-00-00 00:00:00", "00.00.0000"
		} else {
			distinct["shipped"][shipped], distinct["geliefert"][delivered] = true, true
		}
		fmt.Fprintf(&b, "%d,%s,%s,%s\n", i, created, shipped, delivered)
	}
	rep := profileText(t, b.String())
	for _, c := range rep.Columns[2:] {
		if c.Missing != 25 || c.Invalid != 0 || (c.Type != TypeDatetime && c.Type != TypeDate) {
			t.Errorf("%s: %s, %d missing, %d invalid; want a date, 25 missing, none invalid", c.Name, c.Type, c.Missing, c.Invalid)
		}
		// missing: neither a distinct value nor a frequent one
		if c.Distinct != int64(len(distinct[c.Name])) || slices.ContainsFunc(c.TopValues, func(v ValueCount) bool { return strings.HasPrefix(v.Value, "00") }) {
			t.Errorf("%s: %d distinct, top values %v; want %d, without the zero date", c.Name, c.Distinct, c.TopValues, len(distinct[c.Name]))
		}
	}
	var zero []string
	for _, is := range rep.Issues {
		if is.Code == "zero_dates" {
			zero = append(zero, is.Columns[0])
		}
		if is.Code == "invalid_values" {
			t.Errorf("invalid values: %s", is.Message)
		}
	}
	if !slices.Equal(zero, []string{"shipped", "geliefert"}) {
		t.Errorf("zero_dates in %v, want in shipped and geliefert", zero)
	}
}

// findingWith checks that column c has a finding of code whose message
// contains each of parts, and returns it; with parts nil, that it has no
// such finding.
func findingWith(t *testing.T, c Column, code string, parts []string) *Issue {
	t.Helper()
	i := slices.IndexFunc(c.Issues, func(is Issue) bool { return is.Code == code })
	switch {
	case parts == nil && i >= 0:
		t.Errorf("%s: unexpected finding %q", c.Name, c.Issues[i].Message)
		return nil
	case parts == nil:
		return nil
	case i < 0:
		t.Errorf("%s: got findings %+v, want %s", c.Name, c.Issues, code)
		return nil
	}
	for _, p := range parts {
		if !strings.Contains(c.Issues[i].Message, p) {
			t.Errorf("%s: finding %q, want it to contain %q", c.Name, c.Issues[i].Message, p)
		}
	}
	return &c.Issues[i]
}

// findingsStartWith checks that found, a finding by column, holds a
// finding starting with want's for each of want's columns, and no other.
func findingsStartWith(t *testing.T, found, want map[string]string) {
	t.Helper()
	for col, w := range want {
		if !strings.HasPrefix(found[col], w) {
			t.Errorf("%s: finding %q, want one starting %q", col, found[col], w)
		}
	}
	for col, f := range found {
		if _, ok := want[col]; !ok {
			t.Errorf("unexpected finding in %s: %q", col, f)
		}
	}
}

// mixedFormatsOnlyIn checks that col, and no other column, has the finding
// mixed_formats, and that it gives advice.
func mixedFormatsOnlyIn(t *testing.T, rep *Report, col, advice string) {
	t.Helper()
	var mixed []string
	for _, is := range rep.Issues {
		if is.Code == "mixed_formats" {
			mixed = append(mixed, is.Columns[0])
			if !strings.Contains(is.Message, advice) {
				t.Errorf("mixed formats without the advice %q: %s", advice, is.Message)
			}
		}
	}
	if !slices.Equal(mixed, []string{col}) {
		t.Errorf("mixed formats in %v, want in %s only", mixed, col)
	}
}

// A column of EAN/GTIN codes is text, not amounts, and a wrong check digit
// in it is invalid; so it is by the check digits alone when the name says
// nothing. Numbers of the same length whose check digits are mostly wrong
// stay numbers.
func TestGTINCodes(t *testing.T) {
	gtin := func(body int) string { // body: 12 digits
		s := fmt.Sprintf("%012d", body)
		sum := 0
		for i, b := range s {
			d := int(b - '0')
			if i%2 == 1 {
				d *= 3
			}
			sum += d
		}
		return s + fmt.Sprint((10-sum%10)%10)
	}
	var b strings.Builder
	b.WriteString("Artikel;EAN;Code;Menge\n")
	for i := range 300 {
		ean := gtin(400638100000 + i*7919)
		if i == 100 {
			ean = ean[:12] + fmt.Sprint((ean[12]-'0'+1)%10) // a wrong check digit
		}
		fmt.Fprintf(&b, "A-%d;%s;%s;%d\n", i, ean, gtin(900000000000+i*31), 1000000000000+i*7)
	}
	rep := profileText(t, b.String())
	ean, code, qty := rep.Columns[1], rep.Columns[2], rep.Columns[3]
	if ean.Type != TypeText || ean.Formats["EAN/GTIN"] != 299 || ean.Invalid != 1 || len(ean.InvalidExamples) != 1 || ean.Outliers != 0 {
		t.Errorf("EAN: %s, formats %v, %d invalid %v; want text, 299 EAN/GTIN, 1 invalid", ean.Type, ean.Formats, ean.Invalid, ean.InvalidExamples)
	}
	if !slices.ContainsFunc(rep.Issues, func(is Issue) bool {
		return is.Code == "invalid_values" && is.Columns[0] == "EAN" && strings.Contains(is.Message, "Prüfziffer")
	}) {
		t.Errorf("no finding about the wrong check digit in EAN: %v", rep.Issues)
	}
	if code.Type != TypeText || code.Formats["EAN/GTIN"] != 300 || code.Invalid != 0 {
		t.Errorf("Code: %s, formats %v, %d invalid; want text, 300 EAN/GTIN", code.Type, code.Formats, code.Invalid)
	}
	if qty.Type != TypeInteger {
		t.Errorf("Menge: %s, want integer (13 digits, check digits mostly wrong)", qty.Type)
	}
}

// Numbers in scientific notation are numbers. Long whole numbers written
// so, as Excel saves EAN codes, have lost digits: a finding of its own,
// which counts them however many small ones come first; small ones, as
// Python writes them, are just numbers.
func TestScientificNotation(t *testing.T) {
	var b strings.Builder
	b.WriteString("Artikel;EAN;Messwert;Code\n")
	for i := range 200 {
		reading := fmt.Sprintf("%d.%d", i%5, i%10)
		if i%10 == 3 {
			reading = fmt.Sprintf("%d.5e-05", 1+i%9)
		}
		fmt.Fprintf(&b, "A-%d;%d,%05dE+12;%s;%dE%d\n", i, 1+i%9, i*37, reading, i%9+1, i%5)
	}
	rep := profileText(t, b.String())
	ean, reading, code := rep.Columns[1], rep.Columns[2], rep.Columns[3]
	if ean.Type != TypeDecimal || ean.Invalid != 0 || ean.Max.(float64) < 9e12 {
		t.Errorf("EAN: %s, %d invalid, max %v; want decimal, 0 invalid, max about 9,3E+12", ean.Type, ean.Invalid, ean.Max)
	}
	sci := slices.IndexFunc(rep.Issues, func(is Issue) bool { return is.Code == "excel_scientific" })
	if sci < 0 || !slices.Equal(rep.Issues[sci].Columns, []string{"EAN"}) || !strings.Contains(rep.Issues[sci].Message, "200 Werte") {
		t.Errorf("want one excel_scientific finding on EAN with 200 values: %v", rep.Issues)
	}
	if reading.Type != TypeDecimal || reading.Invalid != 0 || reading.Min.(float64) > 2e-5 {
		t.Errorf("Messwert: %s, %d invalid %v, min %v; want decimal, 1.5e-05 read", reading.Type, reading.Invalid, reading.InvalidExamples, reading.Min)
	}
	if code.Type != TypeText {
		t.Errorf("Code: %s; want text (3E2 is a code, not scientific notation)", code.Type)
	}
	// small ones first, then 30 long ones among them
	b.Reset()
	b.WriteString("Nr;Kennzahl\n")
	for i := range 200 {
		v := fmt.Sprintf("%d.%de-05", 1+i%9, i%10)
		if i >= 100 && i%5 == 0 || i == 199 {
			v = fmt.Sprintf("%d,%05dE+12", 1+i%9, i)
		}
		fmt.Fprintf(&b, "%d;%s\n", i, v)
	}
	c := profileText(t, b.String()).Columns[1]
	findingWith(t, c, "excel_scientific", []string{"stehen 21 Werte", "wie „"})
}

// Unix time stamps under a name of time are a finding, in seconds or
// milliseconds, with no outliers; numbers of the same size under another
// name are just numbers.
func TestUnixTimestamps(t *testing.T) {
	var b strings.Builder
	b.WriteString("id;created_at;Zeitstempel;Umsatz\n")
	for i := range 100 {
		sec := 1740820452 + i*3600
		if i == 99 {
			sec += 200 * 86400 // far later, no outlier
		}
		fmt.Fprintf(&b, "%d;%d;%d;%d\n", i, sec, int64(sec)*1000+int64(i), 1740820452+i)
	}
	rep := profileText(t, b.String())
	for i, want := range []string{"Sekunden", "Millisekunden"} {
		c := rep.Columns[1+i]
		is := slices.IndexFunc(rep.Issues, func(is Issue) bool { return is.Code == "unix_timestamps" && is.Columns[0] == c.Name })
		if c.Type != TypeInteger || c.Outliers != 0 || is < 0 || !strings.Contains(rep.Issues[is].Message, want) || !strings.Contains(rep.Issues[is].Message, "01.03.2025 09:14 UTC") {
			t.Errorf("%s: %s with %d outliers; want an integer with a unix_timestamps finding in %s from 01.03.2025 09:14 UTC: %v", c.Name, c.Type, c.Outliers, want, rep.Issues)
		}
	}
	if slices.ContainsFunc(rep.Issues, func(is Issue) bool { return is.Code == "unix_timestamps" && is.Columns[0] == "Umsatz" }) {
		t.Errorf("Umsatz: a unix_timestamps finding, though its name says nothing of time")
	}
}

// Numbers written with their unit are numbers. Different units in one
// column are a finding, and so is a measure in the cells, which imports
// read as text; a currency or percent sign alone, as Excel writes
// formatted cells, is not.
func TestUnits(t *testing.T) {
	var b strings.Builder
	b.WriteString("Nr;Gewicht;Menge;Preis;Betrag;Rabatt;Dauer;Frist\n")
	for i := range 300 {
		weight := fmt.Sprintf("%d,%d kg", 1+i%40, i%10)
		if i%3 == 0 {
			weight = fmt.Sprintf("%d g", 100+i)
		}
		amount := fmt.Sprintf("%d,50 €", 10+i)
		if i%4 == 0 {
			amount = fmt.Sprintf("CHF %d'%03d.50", 1+i%9, i)
		}
		fmt.Fprintf(&b, "%d;%s;%d Stk.;%d,99 EUR;%s;%d %%;%dmin;%d Tage\n", i, weight, 1+i%12, 5+i%30, amount, i%20, 5+i%90, 1+i%30)
	}
	rep := profileText(t, b.String())
	types := map[string]string{}
	for _, c := range rep.Columns {
		types[c.Name] = c.Type
		if c.Invalid != 0 {
			t.Errorf("%s: %d invalid %v", c.Name, c.Invalid, c.InvalidExamples)
		}
	}
	want := map[string]string{"Nr": TypeInteger, "Gewicht": TypeDecimal, "Menge": TypeInteger, "Preis": TypeDecimal, "Betrag": TypeDecimal,
		"Rabatt": TypeInteger, "Dauer": TypeInteger, "Frist": TypeText}
	if !maps.Equal(types, want) {
		t.Errorf("types %v, want %v", types, want)
	}
	found := map[string]string{}
	for _, is := range rep.Issues {
		if is.Code == "mixed_units" || is.Code == "unit_in_values" {
			found[is.Columns[0]] = is.Code + ": " + is.Message
		}
	}
	findingsStartWith(t, found, map[string]string{
		"Gewicht": "mixed_units: Spalte „Gewicht“ mischt Einheiten: kg, g.",
		"Betrag":  "mixed_units: Spalte „Betrag“ mischt Währungen: EUR, CHF.",
		"Menge":   "unit_in_values: In Spalte „Menge“ steht die Einheit Stück in den Zellen",
		"Dauer":   "unit_in_values: In Spalte „Dauer“ steht die Einheit min in den Zellen",
	})
}

// Numbers written partly with a unit and partly without are a finding:
// of medium weight for a measure, of low for an amount or a share.
func TestUnitMissing(t *testing.T) {
	var b strings.Builder
	b.WriteString("Nr;Gewicht;Preis;Länge;Menge\n")
	for i := range 300 {
		weight, price, length := fmt.Sprintf("%d,%d kg", 1+i%40, i%10), fmt.Sprintf("%d,50 €", 10+i), fmt.Sprintf("%d m", 1+i)
		if i%10 == 7 {
			weight = fmt.Sprint(1 + i%40)
		}
		if i == 250 {
			price = "99,00"
		}
		if i%5 == 0 {
			length = fmt.Sprintf("%d cm", i)
		}
		if i%5 == 1 {
			length = fmt.Sprint(i)
		}
		fmt.Fprintf(&b, "%d;%s;%s;%s;%d\n", i, weight, price, length, i%12)
	}
	rep := profileText(t, b.String())
	found := map[string]string{}
	for _, is := range rep.Issues {
		if strings.Contains(is.Code, "unit") {
			found[is.Columns[0]] = fmt.Sprintf("%s %s: %s", is.Code, is.Severity, is.Message)
		}
	}
	findingsStartWith(t, found, map[string]string{
		"Gewicht": "unit_missing medium: In Spalte „Gewicht“ steht bei einem Teil der Zahlen die Einheit kg (wie „1,0 kg“), bei anderen keine (wie „8“).",
		"Preis":   "unit_missing low: In Spalte „Preis“ steht bei einem Teil der Zahlen die Einheit EUR (wie „10,50 €“), bei anderen keine (wie „99,00“).",
		"Länge":   "mixed_units medium: Spalte „Länge“ mischt Einheiten: cm, m.",
	})
}

// Shops export postcodes and phone numbers behind Excel's text mark, an
// apostrophe ("'01234", "'+4915112345678"): the value is what follows it,
// and the mark is a finding. Text that starts with an apostrophe stays as
// it is.
func TestExcelApostrophe(t *testing.T) {
	var b strings.Builder
	b.WriteString("Order,Billing Zip,Phone,Note\n")
	for i := range 200 {
		fmt.Fprintf(&b, "#%d,'%05d,'+49151%08d,'s Gärtle %d\n", 1001+i, 1067+i*401%98000, 1000000+i*7919, i%5)
	}
	rep := profileText(t, b.String())
	zip, phone, note := rep.Columns[1], rep.Columns[2], rep.Columns[3]
	if zip.Type != TypePostcode || zip.Invalid != 0 || zip.TopValues != nil && zip.TopValues[0].Value[0] == '\'' {
		t.Errorf("Billing Zip: %s, %d invalid, top %v; want postcodes without the mark", zip.Type, zip.Invalid, zip.TopValues)
	}
	if phone.Type != TypePhone || phone.PII == nil || *phone.PII != "phone" {
		t.Errorf("Phone: %s, pii %v; want phone numbers, personal", phone.Type, phone.PII)
	}
	if note.Type != TypeText || note.TopValues[0].Value[0] != '\'' {
		t.Errorf("Note: %s, top %v; want text as written", note.Type, note.TopValues)
	}
	var cols []string
	for _, is := range rep.Issues {
		if is.Code == "excel_apostrophe" {
			cols = append(cols, is.Columns[0])
			if !strings.Contains(is.Message, "beginnen 200 Werte mit einem Apostroph") {
				t.Errorf("finding %q", is.Message)
			}
		}
	}
	if !slices.Equal(cols, []string{"Billing Zip", "Phone"}) {
		t.Errorf("apostrophe findings in %v, want Billing Zip and Phone", cols)
	}
}

// Old address lists write the country's letters before the postcode:
// "D-80331" is a German postcode, with a finding about the letters.
func TestPrefixedPostcodes(t *testing.T) {
	var b strings.Builder
	b.WriteString("Kdnr;PLZ;Ort\n")
	for i := range 300 {
		plz := fmt.Sprintf("D-%05d", 1067+i*331%98000)
		switch i % 5 {
		case 3:
			plz = fmt.Sprintf("%05d", 1067+i*331%98000)
		case 4:
			plz = fmt.Sprintf("DE-%05d", 1067+i*331%98000)
		}
		fmt.Fprintf(&b, "%d;%s;Ort %d\n", 20000+i, plz, i%40)
	}
	b.WriteString("20300;D-803;Ort 1\n")
	rep := profileText(t, b.String())
	plz := rep.Columns[1]
	if plz.Type != TypePostcode || plz.Invalid != 1 {
		t.Errorf("PLZ: %s, %d invalid %v; want postcodes, D-803 invalid", plz.Type, plz.Invalid, plz.InvalidExamples)
	}
	i := slices.IndexFunc(rep.Issues, func(is Issue) bool { return is.Code == "postcode_prefix" })
	if i < 0 || !strings.Contains(rep.Issues[i].Message, "stehen 240 Postleitzahlen mit dem Länderkennzeichen davor") {
		t.Errorf("no finding about 240 prefixed postcodes: %v", rep.Issues)
	}
}

// A machine log's error codes are plain numbers and codes of a letter and
// digits ("E12", "W07"): the column is one of codes, not of integers with
// invalid values. An integer column keeps its typos as invalid values, and
// the finding about a few values of a letter and digits says they may be
// codes rather than calling them wrong.
func TestCodeColumns(t *testing.T) {
	var b strings.Builder
	b.WriteString("Zeit;Fehlercode;Ergebnis;Stückzahl;Menge\n")
	codes := []string{"0", "0", "E12", "0", "417", "0", "W07", "0", "A3", "0"}
	for i := range 200 {
		result := fmt.Sprint(i % 13)
		if i%10 == 3 {
			result = []string{"E12", "E4", "W07"}[i%3]
		}
		pieces, amount := fmt.Sprint(100+i%50), fmt.Sprint(1+i%9)
		switch i {
		case 50:
			pieces = "12a"
		case 120:
			pieces = "offen"
		case 77:
			amount = "O12" // a letter O for a zero
		}
		fmt.Fprintf(&b, "2026-10-01T08:%02d:%02d;%s;%s;%s;%s\n", i/60, i%60, codes[i%10], result, pieces, amount)
	}
	rep := profileText(t, b.String())
	want := []struct {
		typ     string
		invalid int64
	}{{TypeDatetime, 0}, {TypeText, 0}, {TypeText, 0}, {TypeInteger, 2}, {TypeInteger, 1}}
	for i, w := range want {
		if c := rep.Columns[i]; c.Type != w.typ || c.Invalid != w.invalid {
			t.Errorf("%s: %s with %d invalid %v, want %s with %d", c.Name, c.Type, c.Invalid, c.InvalidExamples, w.typ, w.invalid)
		}
	}
	for _, is := range rep.Issues {
		if slices.Contains(is.Columns, "Fehlercode") || slices.Contains(is.Columns, "Ergebnis") {
			t.Errorf("finding %s: %s", is.Code, is.Message)
		}
		if is.Code == "invalid_values" && is.Columns[0] == "Menge" && !strings.Contains(is.Message, "Code") {
			t.Errorf("Menge: %s, want it to say that „O12“ may be a code", is.Message)
		}
		if is.Code == "invalid_values" && is.Columns[0] == "Stückzahl" && strings.Contains(is.Message, "Code") {
			t.Errorf("Stückzahl: %s, want no word of codes", is.Message)
		}
	}
}

// A shop's orders go abroad as well: beside German postcodes the column
// holds Austrian and Swiss ones of four digits, French ones of five, and
// British, Dutch and Polish ones with letters, blanks or a hyphen. They are
// no invalid postcodes: with a column of countries the report is silent
// about them, without one it says in a low finding that they are there.
// Four digits are still a German postcode short of its zero where the
// column has it with the zero too, or where the column shows no sign of
// other countries.
func TestForeignPostcodes(t *testing.T) {
	type order struct{ code, country string }
	abroad := []order{{"1010", "AT"}, {"8001", "CH"}, {"75008", "FR"}, {"SW1A 1AA", "GB"}, {"1012 AB", "NL"}, {"00-950", "PL"}}
	german := []string{"01067", "10115", "80331", "04109", "50667", "20095", "99084", "70173"}
	build := func(header string, extra ...order) string {
		var b strings.Builder
		b.WriteString(header + "\n")
		for i := range 200 {
			o := order{german[i%len(german)], "DE"}
			if i%10 == 9 {
				o = abroad[i/10%len(abroad)]
			}
			if i < len(extra) {
				o = extra[i]
			}
			fmt.Fprintf(&b, "%d;%s;%s\n", 1000+i, o.code, o.country)
		}
		return b.String()
	}
	tests := []struct {
		name, in     string
		invalid      int64
		findings     []string // of the postcode column
		foreignWords string   // in the finding foreign_postcodes
	}{
		{name: "Amazon's columns, with the country", in: build("order-id;ship-postal-code;ship-country")},
		{name: "no column of countries", in: build("Bestellung;PLZ;Hinweis"),
			findings: []string{"foreign_postcodes"}, foreignWords: "17 ausländische"},
		{name: "a German postcode short of its zero", in: build("Bestellung;PLZ;Hinweis", order{"4109", "DE"}),
			invalid: 1, findings: []string{"foreign_postcodes", "lost_leading_zero"}, foreignWords: "(z. B. „1010“, „8001“, „00-950“)"},
		{name: "a value of no country", in: build("order-id;ship-postal-code;ship-country", order{"12a45", "DE"}),
			invalid: 1, findings: []string{"invalid_values"}},
	}
	// more different postcodes than the value table counts: the examples
	// it keeps decide
	var many strings.Builder
	many.WriteString("order-id;ship-postal-code;ship-country\n")
	for i := range 60_000 {
		o := order{fmt.Sprintf("%05d", 10000+i), "DE"}
		if i%10 == 9 {
			o = abroad[i/10%len(abroad)]
		}
		fmt.Fprintf(&many, "%d;%s;%s\n", i, o.code, o.country)
	}
	tests = append(tests, struct {
		name, in     string
		invalid      int64
		findings     []string
		foreignWords string
	}{name: "many postcodes", in: many.String()})
	for _, tc := range tests {
		rep := profileText(t, tc.in)
		c := rep.Columns[1]
		if c.Type != TypePostcode || c.Invalid != tc.invalid {
			t.Errorf("%s: %s with %d invalid, want postcode with %d", tc.name, c.Type, c.Invalid, tc.invalid)
		}
		var codes []string
		for _, is := range c.Issues {
			codes = append(codes, is.Code)
			if is.Code == "foreign_postcodes" && (is.Severity != SeverityLow || !strings.Contains(is.Message, tc.foreignWords)) {
				t.Errorf("%s: %s finding: %s, want one with %s", tc.name, is.Severity, is.Message, tc.foreignWords)
			}
		}
		slices.Sort(codes)
		if !slices.Equal(codes, tc.findings) {
			t.Errorf("%s: findings %v, want %v", tc.name, codes, tc.findings)
		}
	}
}

// datevExport writes a DATEV Buchungsstapel: the header line of the format
// (fiscal year from 01.01.2024, bookings of 2024), the column names (of
// which the Belegdatum is the tenth, of 125) and
// bookings whose Belegdatum is a day and month written TTMM.
func datevExport(days []string) string {
	var b strings.Builder
	b.WriteString(`"EXTF";700;21;"Buchungsstapel";13;20250115093012345;;"RE";"";"";29098;55003;20240101;4;20240101;20241231;"Buchungen 2024";"WD";1;0;0;"EUR";;"";;;"03";;;"";""` + "\n")
	names := []string{"Umsatz (ohne Soll/Haben-Kz)", "Soll/Haben-Kennzeichen", "WKZ Umsatz", "Kurs", "Basis-Umsatz", "WKZ Basis-Umsatz",
		"Konto", "Gegenkonto (ohne BU-Schlüssel)", "BU-Schlüssel", "Belegdatum", "Belegfeld 1", "Belegfeld 2", "Skonto", "Buchungstext"}
	for i := len(names); i < 125; i++ {
		names = append(names, fmt.Sprintf("Zusatzinformation %d", i))
	}
	b.WriteString(strings.Join(names, ";") + "\n")
	for i := range 120 {
		fmt.Fprintf(&b, "%d,%02d;\"S\";\"EUR\";;;;%d;%d;\"\";%s;\"RE%d\";;;\"Rechnung %d\"%s\n",
			100+i*7, i%100, 8400+i%3*10, 10000+i%40, days[i%len(days)], 4711+i, 4711+i, strings.Repeat(";", 125-14))
	}
	return b.String()
}

// DATEV writes the Belegdatum as day and month, "0101" or "3112", and
// the fiscal year in the header line: under a date's name a column of
// such values is one of dates, of that year where the header gives it,
// else of no known year and without a finding about old dates. Values
// that are no day and month stay numbers.
func TestDayMonthDates(t *testing.T) {
	days := []string{"0101", "1503", "2902", "3006", "0107", "1108", "3112", "0512"}
	rep := profileText(t, datevExport(days))
	c := rep.Columns[9]
	if c.Name != "Belegdatum" || c.Type != TypeDate || c.Invalid != 0 || c.Min != "2024-01-01" || c.Max != "2024-12-31" || c.Formats["TTMM"] != 120 {
		t.Errorf("%s: %s from %v to %v, %d invalid, formats %v; want a date from 2024-01-01 to 2024-12-31 of 120 TTMM", c.Name, c.Type, c.Min, c.Max, c.Invalid, c.Formats)
	}
	for _, is := range c.Issues {
		t.Errorf("Belegdatum: finding %s: %s", is.Code, is.Message)
	}

	// a fiscal year from July: January is in the year after, and 2025
	// has no 29 February
	days = append(days, "3006", "0107")
	in := strings.Replace(datevExport(days), ";20240101;4;20240101;20241231;", ";20240701;4;20241001;20241231;", 1)
	rep = profileText(t, in)
	c = rep.Columns[9]
	if c.Type != TypeDate || c.Min != "2024-07-01" || c.Max != "2025-06-30" || c.Invalid != 12 || !slices.Equal(c.InvalidExamples, []string{"2902"}) {
		t.Errorf("fiscal year from July: %s from %v to %v, %d invalid %v; want a date from 2024-07-01 to 2025-06-30, 12 invalid (2902)", c.Type, c.Min, c.Max, c.Invalid, c.InvalidExamples)
	}

	tests := []struct {
		name, in string
		typ      string
	}{
		{"without the header line, Excel dropped the zeros", "Datum;Betrag\n101;12,50\n3112;8,00\n1503;7,00\n912;1,00\n0101;3,00\n", TypeDate},
		{"a value of no day and month", "Datum;Betrag\n0101;12,50\n3213;8,00\n1503;7,00\n", TypeInteger},
		{"no date's name", "Menge;Betrag\n0101;12,50\n3112;8,00\n1503;7,00\n", TypeInteger},
	}
	for _, tc := range tests {
		rep := profileText(t, tc.in)
		c := rep.Columns[0]
		if c.Type != tc.typ || c.Invalid != 0 || tc.typ == TypeDate && c.Min != nil {
			t.Errorf("%s: %s with %d invalid from %v; want %s with none and no year", tc.name, c.Type, c.Invalid, c.Min, tc.typ)
		}
		for _, is := range c.Issues {
			if is.Code == "stale_dates" || is.Code == "outliers" || is.Code == "lost_leading_zero" {
				t.Errorf("%s: finding %s: %s", tc.name, is.Code, is.Message)
			}
		}
	}
}

// One value written in several ways (case, blanks, ß and ss; in a column of
// countries, code and name) is reported with its ways and their counts;
// different values, or codes that only look alike outside a column of
// countries, are not.
func TestSpellingVariants(t *testing.T) {
	tests := []struct {
		header string
		values []string // repeated down 100 rows
		want   []string // parts of the finding, none if empty
		sev    string
	}{
		{"Branche", []string{"Handwerk", "Handel", "handwerk", "Handwerk"}, []string{"steht ein Wert", "„Handwerk“ (50-mal) und „handwerk“ (25-mal)"}, SeverityMedium},
		{"Land", []string{"DE", "Deutschland", "D", "AT", "DE"}, []string{"„DE“ (40-mal), „D“ (20-mal) und „Deutschland“ (20-mal)"}, SeverityMedium},
		{"Land", []string{"AT", "A", "Österreich", "CH", "Schweiz"}, []string{"stehen 2 Werte", "„A“ (20-mal), „AT“ (20-mal) und „Österreich“ (20-mal); „CH“ (20-mal) und „Schweiz“ (20-mal)"}, SeverityMedium},
		{"Ort", []string{"Großenhain", "Grossenhain", "Bad  Homburg", "Bad Homburg", "Köln"}, []string{"stehen 2 Werte", "„Großenhain“", "„Grossenhain“", "„Bad Homburg“"}, SeverityMedium},
		{"USt-IdNr", []string{"DE136695976", "DE 136 695 976", "ATU12345678", "DE811569869"}, []string{"„DE 136 695 976“ (25-mal) und „DE136695976“ (25-mal)"}, SeverityMedium},
		{"Firma", []string{"Bau GmbH & Co. KG", "Bau GmbH & Co KG", "Bad-Homburger Bäder", "Bad Homburger Bäder", "Holz AG"}, []string{"stehen 2 Werte", "„Bau GmbH & Co. KG“", "„Bad-Homburger Bäder“"}, SeverityMedium},
		{"Benutzername", []string{"a.schmidt", "aschmidt", "jmueller"}, nil, ""},
		{"Code", []string{".", "/", "x"}, nil, ""},
		{"Kategorie", []string{"D", "DE", "A", "AT"}, nil, ""},
		{"Status", []string{"offen", "bezahlt", "storniert"}, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.header+" "+strings.Join(tc.values, ","), func(t *testing.T) {
			c := profileText(t, oneColumn(tc.header, tc.values, 100)).Columns[1]
			is := findingWith(t, c, "spelling_variants", tc.want)
			if is != nil && is.Severity != tc.sev {
				t.Errorf("severity %s, want %s", is.Severity, tc.sev)
			}
		})
	}
	// one odd spelling in 200 rows costs one point
	var b strings.Builder
	b.WriteString("Nr;Branche\n")
	for i := range 200 {
		fmt.Fprintf(&b, "%d;%s\n", i, map[bool]string{true: "handel", false: []string{"Handel", "Handwerk"}[i%2]}[i == 7])
	}
	c := profileText(t, b.String()).Columns[1]
	if i := slices.IndexFunc(c.Issues, func(is Issue) bool { return is.Code == "spelling_variants" }); i < 0 || c.Issues[i].Severity != SeverityLow || c.Issues[i].Points != 1 {
		t.Errorf("got findings %+v, want a low spelling_variants of 1 point", c.Issues)
	}
}

// In a column of more different values than its value table counts, the
// frequent values are still asked for their spellings, with counts that are
// estimates.
func TestSpellingVariantsInLargeColumns(t *testing.T) {
	var b strings.Builder
	b.WriteString("Nr;Kunde\n")
	for i := range 160000 {
		v := []string{"Handwerk", "HANDWERK", "Handel"}[i%4%3]
		if i%4 == 3 {
			v = fmt.Sprintf("Einzelkunde %d", i)
		}
		fmt.Fprintf(&b, "%d;%s\n", i, v)
	}
	c := profileText(t, b.String()).Columns[1]
	if !c.DistinctEstimated {
		t.Fatalf("distinct %d counted exactly; the test needs a full value table", c.Distinct)
	}
	// the values come round in a cycle of 4: a sample of every 16th would
	// see only one of them
	for _, tv := range c.TopValues {
		if (tv.Value == "Handwerk" || tv.Value == "HANDWERK") && (tv.Count < 36000 || tv.Count > 44000) {
			t.Errorf("top value %q counted %d times, want about 40,000", tv.Value, tv.Count)
		}
	}
	is := findingWith(t, c, "spelling_variants", []string{"steht ein Wert", "„Handwerk“ (etwa ", "„HANDWERK“ (etwa "})
	if is != nil && strings.Contains(is.Message, "Handel") {
		t.Errorf("finding %q names Handel, written one way", is.Message)
	}
}

// Full dates beside bare years and months of a year ("Kunde seit") are a
// column of dates of different precision: mixed formats, not invalid
// values nor text; numbers that are no years stay invalid in a column of
// dates.
func TestDatesOfMixedPrecision(t *testing.T) {
	tests := []struct {
		values  []string // repeated down 100 rows
		typ     string
		invalid int64
		formats []string // in the finding of mixed formats; none if empty
	}{
		{[]string{"2015", "03/2018", "01.07.2019", "2021-05-01"}, TypeDate, 0, []string{"25 % TT.MM.JJJJ", "25 % JJJJ-MM-TT", "25 % MM/JJJJ", "25 % JJJJ"}},
		{[]string{"2015", "01.07.2019", "14.02.2020", "2020"}, TypeDate, 0, []string{"50 % TT.MM.JJJJ", "50 % JJJJ"}},
		{[]string{"03/2018", "2021-05-01 08:30:00", "2021-05-02 09:00:00"}, TypeDatetime, 0, []string{"67 % JJJJ-MM-TT hh:mm", "33 % MM/JJJJ"}},
		{[]string{"01.07.2019", "5", "14.02.2020"}, TypeDate, 33, nil},
		{[]string{"01.07.2019", "2015", "unbekannt", "seit Jahren"}, TypeText, 0, nil},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.values, ","), func(t *testing.T) {
			var b strings.Builder
			b.WriteString("Nr;Kunde seit\n")
			for i := range 99 {
				fmt.Fprintf(&b, "%d;%s\n", i, tc.values[i%len(tc.values)])
			}
			if len(tc.values) == 4 {
				fmt.Fprintf(&b, "99;%s\n", tc.values[3]) // 100 rows, 25 of each
			}
			rep := profileText(t, b.String())
			c := rep.Columns[1]
			if c.Type != tc.typ || c.Invalid != tc.invalid {
				t.Errorf("got %s with %d invalid, want %s with %d", c.Type, c.Invalid, tc.typ, tc.invalid)
			}
			if tc.formats != nil {
				tc.formats = append(tc.formats, "ist nur das Jahr oder der Monat bekannt")
			}
			findingWith(t, c, "mixed_formats", tc.formats)
		})
	}
}

// Phone numbers with and without the country's code in one column are
// mixed formats; either alone is not.
func TestPhoneFormats(t *testing.T) {
	for _, tc := range []struct {
		values []string
		mixed  bool
	}{
		{[]string{"0351 1234567", "+49 351 7654321", "0049 30 1234567", "(0351) 123 45 67"}, true},
		{[]string{"0351 1234567", "030/1234567", "(0351) 123 45 67", "0151-12345678"}, false},
		{[]string{"+49 351 1234567", "+43 1 5123456", "0049 30 1234567"}, false},
	} {
		c := profileText(t, oneColumn("Telefon", tc.values, 60)).Columns[1]
		i := slices.IndexFunc(c.Issues, func(is Issue) bool { return is.Code == "mixed_formats" })
		if c.Type != TypePhone || (i >= 0) != tc.mixed || tc.mixed && !strings.Contains(c.Issues[i].Message, "+49 351 1234567") {
			t.Errorf("%v: got %s with findings %+v, want phone, mixed formats %v", tc.values, c.Type, c.Issues, tc.mixed)
		}
	}
}

// Numbers that are invalid in a column of another type are shown as
// examples, as other invalid values are: "30" among durations, "5" among
// dates.
func TestInvalidNumbersShown(t *testing.T) {
	for _, tc := range []struct {
		header string
		values []string
		want   []string
	}{
		{"Pause", []string{"0:30", "1:00", "30", "00:45", "45"}, []string{"30", "45"}},
		{"Lieferdatum", []string{"01.07.2019", "5", "14.02.2020", "12.03.2021"}, []string{"5"}},
		{"E-Mail", []string{"a@example.de", "b@example.de", "0"}, []string{"0"}},
	} {
		c := profileText(t, oneColumn(tc.header, tc.values, 60)).Columns[1]
		got := slices.Clone(c.InvalidExamples)
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %s with invalid examples %q, want %q", tc.header, c.Type, c.InvalidExamples, tc.want)
		}
	}
}

// A number below zero in a column whose name says it holds none (a stock,
// a quantity, an age) is worth a look; not in a column of changes, nor in
// one where most numbers are negative, a sign convention.
func TestNegativeValues(t *testing.T) {
	tests := []struct {
		header string
		values []string // repeated down 100 rows
		want   []string // parts of the finding, none if empty
	}{
		{"Bestand", []string{"12", "0", "-3", "40", "7"}, []string{"sind 20 Werte kleiner als null (kleinster -3)"}},
		{"Lagerbestand", []string{"12", "0", "40", "7", "5"}, nil},
		{"Alter", []string{"34", "51", "-1", "28", "45", "39", "22", "61", "33", "47"}, []string{"„Alter“", "sind 10 Werte"}},
		{"Bestellmenge", []string{"1,5", "2,25", "-0,5", "4"}, []string{"(kleinster -0,5)"}},
		{"Bestandsänderung", []string{"12", "-3", "4", "-1"}, nil},
		{"Temperatur", []string{"12", "-3", "4", "1"}, nil},
		{"Menge", []string{"-12", "-3", "-4", "1"}, nil},
		{"Quantity (- Refund)", []string{"1", "2", "-1", "3"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.header, func(t *testing.T) {
			c := profileText(t, oneColumn(tc.header, tc.values, 100)).Columns[1]
			findingWith(t, c, "negative_values", tc.want)
		})
	}
}

// A column of ISBN or PZN, as its name says, is text, and a code whose
// check digit is wrong is invalid, however it is written: with hyphens,
// with the scheme's name before it, an ISBN of 10 with X, a PZN short of
// its leading zero.
func TestISBNAndPZN(t *testing.T) {
	var b strings.Builder
	b.WriteString("Titel;ISBN-13;PZN;Menge\n")
	isbns := []string{"978-3-16-148410-0", "9783161484100", "ISBN 978-3-16-148410-0", "3-16-148410-X", "0-306-40615-2", "ISBN-10: 0306406152", "978-3-446-25449-4", "k.A."}
	pzns := []string{"04324188", "4324188", "PZN-01126111", "00999848", "04324187"}
	for i := range 200 {
		fmt.Fprintf(&b, "Titel %d;%s;%s;%d\n", i, isbns[i%len(isbns)], pzns[i%len(pzns)], 1+i%7)
	}
	rep := profileText(t, b.String())
	isbn, pzn := rep.Columns[1], rep.Columns[2]
	if isbn.Type != TypeText || isbn.Formats["ISBN"] != 150 || isbn.Invalid != 25 || !slices.Equal(isbn.InvalidExamples, []string{"978-3-446-25449-4"}) {
		t.Errorf("ISBN: %s, formats %v, %d invalid %v; want text, 150 ISBN, 978-3-446-25449-4 invalid", isbn.Type, isbn.Formats, isbn.Invalid, isbn.InvalidExamples)
	}
	findingWith(t, isbn, "invalid_values", []string{"keine gültige ISBN – falsche Prüfziffer oder Länge"})
	if pzn.Type != TypeText || pzn.Formats["PZN"] != 160 || pzn.Invalid != 40 || !slices.Equal(pzn.InvalidExamples, []string{"04324187"}) {
		t.Errorf("PZN: %s, formats %v, %d invalid %v; want text, 160 PZN, 04324187 invalid", pzn.Type, pzn.Formats, pzn.Invalid, pzn.InvalidExamples)
	}
	// under another name, the same values are what they seem
	c := profileText(t, oneColumn("Artikelnummer", pzns, 100)).Columns[1]
	if c.Formats["PZN"] != 0 {
		t.Errorf("Artikelnummer: formats %v, want no PZN", c.Formats)
	}
	// EANs of books and of other goods under one name
	c = profileText(t, oneColumn("EAN / ISBN", []string{"9783161484100", "4006381333931"}, 100)).Columns[1]
	if c.Formats["EAN/GTIN"] != 100 || c.Invalid != 0 {
		t.Errorf("EAN / ISBN: formats %v, %d invalid; want 100 EAN/GTIN, none invalid", c.Formats, c.Invalid)
	}
}

// Two columns of dates whose names make them a start and an end (of a
// contract, an order's delivery, a record's last change) are compared row
// by row: an end before its start is a finding that names both columns.
// Times of day may end after midnight, and numbers are no dates.
func TestDateOrder(t *testing.T) {
	tests := []struct {
		header   string
		row      func(i int) string // the values of row i
		want     []string           // parts of the finding, none if empty
		severity string
	}{
		{"Nr;Vertragsbeginn;Vertragsende", func(i int) string {
			if i%40 == 7 {
				return fmt.Sprintf("%d;%02d.03.2025;%02d.02.2025", i, 1+i%28, 1+i%28)
			}
			return fmt.Sprintf("%d;%02d.03.2025;%02d.03.2026", i, 1+i%28, 1+i%28)
		}, []string{"In 5 von 200 Zeilen", "Spalte „Vertragsende“ vor dem in Spalte „Vertragsbeginn“", "(etwa „08.03.2025“ bis „08.02.2025“ in Zeile 9; „20.03.2025“ bis „20.02.2025“ in Zeile 49; „"}, SeverityMedium},
		{"Bestelldatum,Lieferdatum,Menge", func(i int) string {
			if i == 150 {
				return "2025-06-03,2025-06-01,1"
			}
			return fmt.Sprintf("2025-06-%02d,2025-06-%02d,%d", 1+i%20, 3+i%20, i%7)
		}, []string{"In 1 von 200 Zeilen"}, SeverityLow},
		{"id;gültig ab;gültig bis", func(i int) string {
			if i%2 == 0 {
				return fmt.Sprintf("%d;01.01.2025;", i) // open-ended
			}
			return fmt.Sprintf("%d;01.01.2025;31.12.2024", i)
		}, []string{"In 100 von 100 Zeilen"}, SeverityMedium},
		{"created_at,updated_at", func(i int) string {
			return fmt.Sprintf("2025-05-01T10:%02d:00Z,2025-05-01T10:%02d:30Z", i%60, i%60)
		}, nil, ""},
		{"Datum;Beginn;Ende", func(i int) string { return fmt.Sprintf("%02d.03.2025;22:00;06:00", 1+i%28) }, nil, ""},
		{"Bestellnummer;Liefernummer", func(i int) string { return fmt.Sprintf("%d;%d", 1000+i, 10+i) }, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.header, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(tc.header + "\n")
			for i := range 200 {
				b.WriteString(tc.row(i) + "\n")
			}
			rep := profileText(t, b.String())
			i := slices.IndexFunc(rep.Issues, func(is Issue) bool { return is.Code == "date_order" })
			switch {
			case tc.want == nil && i >= 0:
				t.Errorf("unexpected finding %q", rep.Issues[i].Message)
			case tc.want == nil:
			case i < 0:
				t.Errorf("got findings %v, want date_order", rep.Issues)
			default:
				is := rep.Issues[i]
				for _, p := range tc.want {
					if !strings.Contains(is.Message, p) {
						t.Errorf("finding %q, want it to contain %q", is.Message, p)
					}
				}
				if is.Severity != tc.severity || len(is.Columns) != 2 {
					t.Errorf("severity %s, columns %v; want %s and two columns", is.Severity, is.Columns, tc.severity)
				}
			}
		})
	}
}

func TestDatePairs(t *testing.T) {
	tests := []struct {
		names []string
		want  []datePair
	}{
		{[]string{"Nr", "Beginn", "Ende"}, []datePair{{1, 2}}},
		{[]string{"Vertragsende", "Kunde", "Vertragsbeginn"}, []datePair{{2, 0}}},
		{[]string{"Gültig ab", "Gültig bis", "Preis ab", "Rabatt bis"}, []datePair{{0, 1}}},
		{[]string{"Bestelldatum", "Lieferdatum", "Versanddatum"}, []datePair{{0, 1}}},
		{[]string{"created_at", "updated_at", "date_from", "date_to"}, []datePair{{0, 1}, {2, 3}}},
		{[]string{"Eintrittsdatum", "Austrittsdatum", "Geburtsdatum"}, []datePair{{0, 1}}},
		{[]string{"Start", "Wochenende"}, nil},
		{[]string{"start_date", "end_date"}, []datePair{{0, 1}}},
		{[]string{"Startdatum", "Enddatum", "Kalenderwoche"}, []datePair{{0, 1}}},
	}
	for _, tc := range tests {
		if got := datePairs(tc.names); !slices.Equal(got, tc.want) {
			t.Errorf("%v: got %v, want %v", tc.names, got, tc.want)
		}
	}
}

// The rows of a date pair in the wrong order are named by their lines in
// the file, however the chunks were shared among the workers and though
// remarks before them hold line breaks.
func TestDateOrderLines(t *testing.T) {
	var b strings.Builder
	b.WriteString("Nr;Bemerkung;Bestelldatum;Lieferdatum\n")
	line := 1
	var want []string
	for i := range 400 {
		line++
		note := "ok"
		if i%9 == 0 {
			note = "\"zweizeilig\nmit \"\"Zitat\"\"\""
		}
		from, to := "02.05.2025", "06.05.2025"
		if i == 50 || i == 171 || i == 333 {
			from, to = "09.05.2025", "03.05.2025"
			want = append(want, fmt.Sprintf("„09.05.2025“ bis „03.05.2025“ in Zeile %d", line))
		}
		fmt.Fprintf(&b, "%d;%s;%s;%s\n", i, note, from, to)
		line += strings.Count(note, "\n")
	}
	for _, opt := range []Options{{Workers: 1}, {Workers: 3, ChunkSize: 1000}} {
		opt.Now = testNow
		rep, err := Profile(strings.NewReader(b.String()), opt)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(rep.Issues, func(is Issue) bool { return is.Code == "date_order" })
		if i < 0 {
			t.Fatalf("workers %d: no date_order among %v", opt.Workers, rep.Issues)
		}
		if w := "(etwa " + strings.Join(want, "; ") + ")"; !strings.Contains(rep.Issues[i].Message, w) {
			t.Errorf("workers %d, chunks of %d: %q, want %q", opt.Workers, opt.ChunkSize, rep.Issues[i].Message, w)
		}
	}
}

// Where an empty field says there was none (no leaving date yet, no error,
// nothing to remark), a column mostly empty is told so at low severity, not
// to be filled from another source or dropped.
func TestEmptyMeansNone(t *testing.T) {
	tests := []struct {
		header   string
		code     string
		severity string
		want     []string
	}{
		{"Fehlercode", "mostly_empty", SeverityLow, []string{"meist „keiner“ oder „noch nicht“", "was ein leeres Feld hier bedeutet, damit"}},
		{"gültig bis", "mostly_empty", SeverityLow, []string{"„keiner“ oder „noch nicht“"}},
		{"cancelled_at", "mostly_empty", SeverityLow, []string{"„keiner“ oder „noch nicht“"}},
		{"Titel", "mostly_empty", SeverityLow, []string{"„keiner“ oder „noch nicht“"}},
		{"Adresszusatz", "mostly_empty", SeverityLow, []string{"„keiner“ oder „noch nicht“"}},
		{"Paid at", "mostly_empty", SeverityLow, []string{"„keiner“ oder „noch nicht“"}},
		{"Versanddatum", "mostly_empty", SeverityLow, []string{"„keiner“ oder „noch nicht“"}},
		{"Bemerkung", "mostly_empty", SeverityLow, []string{"Bemerkungen stehen meist nur bei wenigen Vorgängen"}},
		{"Telefon", "mostly_empty", SeverityMedium, []string{"Füllen Sie die Lücken aus einer anderen Quelle"}},
		{"Kalenderwoche", "mostly_empty", SeverityMedium, []string{"Füllen Sie die Lücken"}},
		{"Spende", "mostly_empty", SeverityMedium, []string{"Füllen Sie die Lücken"}},
		{"Versandart", "mostly_empty", SeverityMedium, []string{"Füllen Sie die Lücken"}},
	}
	for _, tc := range tests {
		t.Run(tc.header, func(t *testing.T) {
			c := profileText(t, oneColumn(tc.header, []string{"", "", "", "12"}, 100)).Columns[1]
			if is := findingWith(t, c, tc.code, tc.want); is != nil && is.Severity != tc.severity {
				t.Errorf("severity %s, want %s", is.Severity, tc.severity)
			}
		})
	}
	// a few gaps: missing_values, in the same words; of dates, a yes/no
	// column makes it plain
	c := profileText(t, oneColumn("Kündigung", []string{"", "01.03.2024", "01.04.2024", "01.05.2024", "01.06.2024"}, 100)).Columns[1]
	findingWith(t, c, "missing_values", []string{"sind 20 % der Felder leer", "„noch nicht“", "Ja/Nein-Spalte"})
}

// An outlier written with nines only is named as a placeholder for
// "unknown"; 999,99 € is a price.
func TestPlaceholderOutliers(t *testing.T) {
	for _, tc := range []struct {
		x    float64
		want bool
	}{
		{-999, true}, {9999, true}, {99999, true}, {9999999.99, true}, {999999.99, true},
		{999.99, false}, {99, false}, {-1, false}, {1000, false}, {9998, false}, {99.9, false}, {0, false},
	} {
		if got := placeholderNumber(tc.x); got != tc.want {
			t.Errorf("placeholderNumber(%v) = %v, want %v", tc.x, got, tc.want)
		}
	}
	vals := make([]string, 0, 250)
	for i := range 249 {
		vals = append(vals, fmt.Sprintf("%d,%d", 60+i%10, i%7))
	}
	vals = append(vals, "-999")
	c := profileText(t, oneColumn("Temperatur", vals, 1000)).Columns[1]
	findingWith(t, c, "outliers", []string{"Der Wert -999 sieht nach einem Platzhalter"})
}

// Columns that hold the same value in every row, gaps included, are one
// finding that names them, however the rows were cut into chunks and
// shared among workers; columns that differ in a single row are not.
func TestDuplicateColumns(t *testing.T) {
	var b strings.Builder
	b.WriteString("Nr;PLZ;Ort;PLZ Lieferung;Rechnungsdatum;Leistungsdatum;Land;Ort Kopie;Ort 2\n")
	for i := range 3000 {
		plz := fmt.Sprintf("%05d", 1067+i%700*13)
		if i%9 == 0 {
			plz = ""
		}
		ort := []string{"Dresden", "Köln", "München", "Kiel"}[i%4]
		day := fmt.Sprintf("%02d.%02d.2026", 1+i%28, 1+i%12)
		service := day
		if i == 2999 {
			service = "01.01.2026" // one row apart: no duplicate
		}
		fmt.Fprintf(&b, "%d;%s;%s;%s;%s;%s;DE;%s;%s\n", i, plz, ort, plz, day, service, ort, ort)
	}
	for _, opt := range []Options{{Workers: 1}, {Workers: 3, ChunkSize: 1000}} {
		opt.Now = testNow
		rep, err := Profile(strings.NewReader(b.String()), opt)
		if err != nil {
			t.Fatal(err)
		}
		var got [][]string
		for _, is := range rep.Issues {
			if is.Code == "duplicate_columns" {
				got = append(got, is.Columns)
				if !strings.Contains(is.Message, "in jeder Zeile dasselbe") {
					t.Errorf("message %q", is.Message)
				}
			}
		}
		want := [][]string{{"PLZ", "PLZ Lieferung"}, {"Ort", "Ort Kopie", "Ort 2"}}
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("workers %d, chunks of %d: duplicate columns %v, want %v", opt.Workers, opt.ChunkSize, got, want)
		}
	}
}

// A column of tax IDs, as its name says, is text, and an ID that breaks
// the rules of its digits is invalid: a wrong check digit, no digit twice
// among the first ten, a leading zero. A firm's VAT number is none.
func TestTaxIDs(t *testing.T) {
	for _, tc := range []struct {
		id   string
		want bool
	}{
		{"86095742719", true}, {"47036892816", true}, {"65929970489", true}, {"57549285017", true}, {"25768131411", true},
		{"86095742718", false}, // check digit
		{"12345678903", false}, // its check digit is right, yet every digit once
		{"06095742719", false}, // leading zero
		{"11112345678", false}, // a digit four times
	} {
		if got := taxIDValid([]byte(tc.id)); got != tc.want {
			t.Errorf("taxIDValid(%s) = %v, want %v", tc.id, got, tc.want)
		}
	}
	ids := []string{"86095742719", "86 095 742 719", "47036892816", "65929970489", "86095742718"}
	c := profileText(t, oneColumn("Steuer-ID", ids, 100)).Columns[1]
	if c.Type != TypeText || c.Formats["Steuer-ID"] != 80 || c.Invalid != 20 || !slices.Equal(c.InvalidExamples, []string{"86095742718"}) || c.PII == nil || *c.PII != "name" {
		t.Errorf("Steuer-ID: %s, formats %v, %d invalid %v, pii %v; want text, 80 Steuer-ID, 86095742718 invalid, pii name", c.Type, c.Formats, c.Invalid, c.InvalidExamples, c.PII)
	}
	findingWith(t, c, "invalid_values", []string{"keine gültige Steuer-ID – falsche Prüfziffer oder Länge"})
	for name, want := range map[string]int{"USt-IdNr": schemeVAT, "Steuernummer": schemeNone, "Steuer-IdNr": schemeTaxID, "IdNr": schemeTaxID, "Kunden-IdNr": schemeNone} {
		if s := schemeOf(name); s != want {
			t.Errorf("schemeOf(%q) = %d, want %d", name, s, want)
		}
	}
}

// A column of VAT numbers, as its name says, holds German ones whose check
// digit is right, written with blanks or without, and those of other
// countries, which are not checked; a wrong check digit or a German one
// too short is invalid.
func TestVATNumbers(t *testing.T) {
	for _, name := range []string{"USt-IdNr.", "Umsatzsteuer-ID", "UStID", "VAT ID", "vat_number", "USt-ID"} {
		if s := schemeOf(name); s != schemeVAT {
			t.Errorf("schemeOf(%q) = %d, want VAT", name, s)
		}
	}
	ids := []string{"DE136695976", "DE 811 569 869", "de129273398", "ATU12345678", "FR40303265045", "DE123456789", "DE13669597", ""}
	c := profileText(t, oneColumn("USt-IdNr", ids, 80)).Columns[1]
	if c.Type != TypeText || c.Formats["USt-IdNr."] != 50 || c.Invalid != 20 || !slices.Equal(c.InvalidExamples, []string{"DE123456789", "DE13669597"}) {
		t.Errorf("USt-IdNr: %s, formats %v, %d invalid %v; want text, 50 USt-IdNr., DE123456789 and DE13669597 invalid", c.Type, c.Formats, c.Invalid, c.InvalidExamples)
	}
	findingWith(t, c, "invalid_values", []string{"keine gültige USt-IdNr. – falsche Prüfziffer oder Länge"})
	findingWith(t, c, "personal_data", nil)
}

// Text with HTML in it, as shop systems export descriptions, is a finding
// that names the first tags and entities; "< 10 kg", "<Firma>" and
// "Müller & Sohn" are no HTML.
func TestHTMLMarkup(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"<p>Robust</p>", "<p>"}, {"</LI>", "<li>"}, {"<br/>", "<br>"}, {"<br />", "<br>"}, {`<a href="x">`, "<a>"},
		{"&uuml;ber", "&uuml;"}, {"&#8364;", "&#8364;"}, {"&#x20AC;", "&#x20AC;"}, {"&nbsp;", "&nbsp;"},
		{"< 10 kg", ""}, {"<Firma>", ""}, {"<b", ""}, {"<p", ""}, {"<h7>", ""}, {"& Co.", ""}, {"&Sohn;", ""}, {"&amp", ""},
	} {
		var got []byte
		switch tc.in[0] {
		case '<':
			got = htmlTag([]byte(tc.in), nil)
		case '&':
			got = htmlEntity([]byte(tc.in))
		}
		if string(got) != tc.want {
			t.Errorf("%q: %q, want %q", tc.in, got, tc.want)
		}
	}
	c := profileText(t, oneColumn("Beschreibung", []string{"<p>Robuster Hammer</p>", "Schraube M4", `"M&uuml;ller &amp; Sohn"`, "Leiter<br>3 Stufen", "Zange"}, 100)).Columns[1]
	findingWith(t, c, "html_markup", []string{"wie „<p>“, „&uuml;“ und „&amp;“", "„&uuml;“ entgeht jeder Suche nach „ü“"})
	c = profileText(t, oneColumn("Hinweis", []string{"< 10 kg", "Müller & Sohn", "<Firma>", "Preis <5 €>", "Zange"}, 100)).Columns[1]
	findingWith(t, c, "html_markup", nil)
}

// A column whose name says nothing of people holds their names all the
// same when half of its values are a first name or an initial and a
// surname; a column of things, firms or places named after people does
// not, nor does one under a name that says it holds things.
func TestPersonNamesByValues(t *testing.T) {
	for _, tc := range []struct {
		header string
		values []string
		pii    bool
	}{
		{"Zuständig", []string{"Anna Weber", "Jürgen Schäfer", "Weber, Anna", "offen"}, true},
		{"Schicht", []string{"M. Huber", "K. Schmid", "A. Yilmaz"}, true},
		{"Bediener", []string{"Huber", "Schmid", "Yilmaz"}, true}, // surnames alone: the name says it
		{"Status", []string{"Anna Weber", "offen", "erledigt", "in Arbeit"}, false},
		{"Lieferant", []string{"Anna Weber GmbH", "Hans Müller Bau KG", "Peter Schulz e.K."}, false},
		{"Artikel", []string{"Anna Tischdecke", "Maria Kerze"}, false},
		{"Ort", []string{"Bad Tölz", "Frankfurt am Main", "Sankt Augustin"}, false},
		{"Schule", []string{"Anne-Frank-Schule", "Hans-Sachs-Gymnasium"}, false},
	} {
		c := profileText(t, oneColumn(tc.header, tc.values, 40)).Columns[1]
		if got := c.PII != nil && *c.PII == "name"; got != tc.pii {
			t.Errorf("%s %q: pii %v, want name: %v", tc.header, tc.values, c.PII, tc.pii)
		}
	}
}

// Numbers of an ID column that repeat only in doubled rows are said to be
// so, at low severity, when that is certain: every row has a number, and
// there are as many different numbers as different rows. When it may be
// so, the finding says that too; when there are more repeats than doubled
// rows, it is the usual one.
func TestIDRepeatsInDuplicateRows(t *testing.T) {
	rows := func(extra ...string) string {
		var b strings.Builder
		b.WriteString("Kundennummer;Ort\n")
		for i := range 100 {
			fmt.Fprintf(&b, "K%04d;Ort %d\n", i, i%7)
		}
		for _, e := range extra {
			b.WriteString(e + "\n")
		}
		return b.String()
	}
	tests := []struct {
		name     string
		in       string
		severity string
		want     string
	}{
		{"only doubled rows", rows("K0005;Ort 5", "K0009;Ort 2", "K0009;Ort 2"), SeverityLow, "3 Werte kommen mehrfach vor – nur in den doppelten Zeilen. Entfernen Sie diese, dann ist die Nummer eindeutig."},
		{"a doubled row without number", rows("K0005;Ort 6", ";Ort 1", ";Ort 1"), SeverityMedium, "1 Wert kommt mehrfach vor, vielleicht nur in den doppelten Zeilen. Entfernen Sie zuerst diese;"},
		{"more repeats than doubled rows", rows("K0005;Ort 6", "K0007;Ort 6", "K0009;Ort 2"), SeverityMedium, "3 Werte kommen mehrfach vor. Klären Sie, ob es Dubletten"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := profileText(t, tc.in).Columns[0]
			if is := findingWith(t, c, "id_repeats", []string{tc.want}); is != nil && is.Severity != tc.severity {
				t.Errorf("severity %s, want %s", is.Severity, tc.severity)
			}
		})
	}
}
