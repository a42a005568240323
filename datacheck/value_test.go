package datacheck

import (
	"encoding/binary"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestClassify(t *testing.T) {
	ct := newClassTable(';')
	tests := []struct {
		in   string
		kind int
		num  float64
	}{
		{"1234", kInt, 1234},
		{"007", kInt, 7},
		{"-17", kInt, -17},
		{"1.234,56", kDecComma, 1234.56},
		{"-1.234.567,8", kDecComma, -1234567.8},
		{"12,5", kDecComma, 12.5},
		{"1,234", kDecComma, 1.234},
		{"1.234", kIntGrouped, 1234},
		{"0.125", kDecDot, 0.125},
		{"-0.125", kDecDot, -0.125},
		{"0.125.000", kText, 0},
		{"12.50", kDecDot, 12.5},
		{"1234.5", kDecDot, 1234.5},
		{"1,234.56", kDecDot, 1234.56},
		{"1.23,4", kText, 0},
		{"1.234,56-", kDecTrail, -1234.56},
		{"89,00-", kDecTrail, -89},
		{"12.5-", kDecTrail, -12.5},
		{"3-", kIntTrail, -3},
		{"1.234-", kIntTrail, -1234},
		{"1'234.50", kDecApos, 1234.5},
		{"-12'345", kIntApos, -12345},
		{"1’250’000", kIntApos, 1250000},
		{"1'234,5", kDecApos, 1234.5},
		{"1'234.50 €", kDecApos, 1234.5},
		{"O'Brien", kText, 0},
		{"31.12.2025-", kText, 0},
		{"1-2", kText, 0},
		{"1--", kText, 0},
		{"1e5", kText, 0},
		{"31.12.2025", kDateDE, 0},
		{"1.2.2025", kDateDE, 0},
		{"31.12.25", kDateDE2, 0},
		{"2025-12-31", kDateISO, 0},
		{"31.02.2025", kDateBad, 0},
		{"29.02.2024", kDateDE, 0},
		{"29.02.2023", kDateBad, 0},
		{"2025-02-30", kDateBad, 0},
		{"2025-12-31T23:59:00", kDateTimeISO, 86340},
		{"2025-12-31T23:59:30.250+01:00", kDateTimeZone, 86370},
		{"2025-12-31T23:59:30Z", kDateTimeZone, 86370},
		{"2025-12-31 23:59:30-0500", kDateTimeZone, 86370},
		{"2025-12-31T23:59+01", kDateTimeZone, 86340},
		{"2025-12-31T23:59:30.123456", kDateTimeISO, 86370},
		{"2025-12-31 23:59", kDateTimeISO, 86340},
		{"31.12.2025 08:15", kDateTimeDE, 29700},
		{"31.12.2025 8:15", kDateTimeDE, 29700},
		{"31.12.2025, 08:15", kDateTimeDE, 29700},
		{"2025-12-31 8:15:30", kDateTimeISO, 29730},
		{"01.02.2024 8:30 Uhr", kDateTimeDE, 30600},
		{"01.02.2024 08:30:15Uhr", kDateTimeDE, 30615},
		{"2025-12-31 23:59:30 UTC", kDateTimeZone, 86370},
		{"2025-12-31 23:59:30.000000+00:00", kDateTimeZone, 86370},
		{"2025-12-31T8:15Z", kDateTimeZone, 29700},
		{"2025-12-31 23:59 MEZ", kDateTimeISO, 86340},
		{"01.02.2024 10:00 Termin mit Kunde", kText, 0},
		{"2024-03-01 8:30-9:30", kText, 0},
		{"2024-03-01 08:30:75", kText, 0},
		{"31.12.2025 8", kText, 0},
		{"(12,50)", kDecParen, -12.5},
		{"(1.234)", kIntParen, -1234},
		{"(12)", kIntParen, -12},
		{"(0351) 1234567", kPhone, 0},
		{"(ab)", kText, 0},
		{"030-1234567", kPhone, 0},
		{"04/2024", kText, 0}, // a month, as the first registration of a car
		{"4/2024", kText, 0},
		{"0151/2024", kPhone, 0},
		{"+49-30-1234567", kPhoneIntl, 0},
		{"01-01-2026", kText, 0},
		{"4711-0815", kText, 0},
		{"DE98ZZZ09999999999", kText, 0},
		{"y", kBool, 0},
		{"firma.de", kURL, 0},
		{"Shop.Mueller-Bau.COM", kURL, 0},
		{"web.de", kURL, 0},
		{"Co.KG", kText, 0},
		{"hof.at", kURL, 0},
		{"kanzlei.CH", kURL, 0},
		{"verband.eu", kURL, 0},
		{"app.io", kURL, 0},
		{"mein.net", kURL, 0},
		{"verein.org", kURL, 0},
		{"handel.biz", kURL, 0},
		{"portal.Info", kURL, 0},
		{"laden.shop", kURL, 0},
		{"laden.shops", kText, 0},
		{"bild.png", kText, 0},
		{"z.B.", kText, 0},
		{"a..de", kText, 0},
		{"-x.de", kText, 0},
		{"Frankfurt a.M.", kText, 0},
		{"\u221212,50", kDecComma, -12.5},
		{"\u22121.234 €", kIntGrouped, -1234},
		{"\u2212", kTextNonASCII, 0},
		{"ja", kBool, 0},
		{"Nein", kBool, 0},
		{"WAHR", kBool, 0},
		{"falsch", kBool, 0},
		{"x", kBoolX, 0},
		{"max.mustermann@example.org", kEmail, 0},
		{"max_m+tag@sub.example.de", kEmail, 0},
		{"max(at)example.org", kText, 0},
		{"max@example", kText, 0},
		{"a@b@example.org", kText, 0},
		{"DE89370400440532013000", kIBAN, 0},
		{"DE89 3704 0044 0532 0130 00", kIBAN, 0},
		{"DE00370400440532013000", kIBANBad, 0},
		{"DE8937040044053201300", kIBANBad, 0},          // a digit short
		{"DE0001234567890000000000000012345", kText, 0}, // a metering point (Zählpunkt)
		{"AT611904300234573201", kIBAN, 0},
		{"NL91ABNA0417164300", kIBAN, 0},
		{"+49 351 1234567", kPhoneIntl, 0},
		{"0049 351 1234567", kPhoneIntl, 0},
		{"0049-351-1234567", kPhoneIntl, 0},
		{"(0351) 1234567", kPhone, 0},
		{"0151/1234567", kPhone, 0},
		{"https://example.org/a", kURL, 0},
		{"www.example.org", kURL, 0},
		{"Müller & Söhne", kTextNonASCII, 0},
		{"M\xfcller & S\xf6hne", kBadUTF8, 0},
		{"12 \x80", kBadUTF8, 0},
		{"1.234,56 €", kDecComma, 1234.56},
		{"-12,50\u00a0€", kDecComma, -12.5},
		{"€ 99", kInt, 99},
		{"1.250 EUR", kIntGrouped, 1250},
		{"12,5 %", kDecComma, 12.5},
		{"30%", kInt, 30},
		{"€", kTextNonASCII, 0},
		{"ca. 5 %", kText, 0},
		{"5 % - 10 %", kText, 0},
		{"8:30", kTime, 8*3600 + 30*60},
		{"08:30:15", kTimeSec, 8*3600 + 30*60 + 15},
		{"24:00", kTime, 24 * 3600},
		{"24:01", kDuration, 24*3600 + 60},
		{"125:30", kDuration, 125*3600 + 30*60},
		{"12:75", kText, 0},
		{"1:100", kText, 0}, // a scale
		{"2:1", kText, 0},   // a score
		{"1234:56", kText, 0},
		{"0000-00-00", kDateZero, 0},
		{"0000-00-00 00:00:00", kDateZero, 0},
		{"00.00.0000", kDateZero, 0},
		{"8:30 Uhr", kTimeUhr, 8*3600 + 30*60},
		{"08.30 Uhr", kTimeUhr, 8*3600 + 30*60},
		{"9 Uhr", kTimeUhr, 9 * 3600},
		{"18:30:15Uhr", kTimeUhr, 18*3600 + 30*60 + 15},
		{"24 Uhr", kTimeUhr, 24 * 3600},
		{"25:00 Uhr", kText, 0},
		{"8:75 Uhr", kText, 0},
		{"123 Uhr", kText, 0},  // no time
		{"8:3 Uhr", kText, 0},  // no time
		{"ab 8 Uhr", kText, 0}, // text around a time
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			v := []byte(tc.in)
			got := classify(v, maskOf(ct, v))
			if got.kind != tc.kind {
				t.Fatalf("kind: got %s (%d), want %s (%d)", kindFormat[got.kind], got.kind, kindFormat[tc.kind], tc.kind)
			}
			if math.Abs(got.num-tc.num) > 1e-9 {
				t.Errorf("number: got %v, want %v", got.num, tc.num)
			}
		})
	}
}

func TestIsMissing(t *testing.T) {
	for _, s := range []string{"", " ", "   ", "\t", "NULL", "null", "NA", "n/a", "N/A", "-", "--", "NaN", "nan", "#NV", "#N/A", "k.A.", "k. A.", "n.v.", "n. v.", "keine Angabe", "?", "unbekannt", "NOTPROVIDED"} {
		if !isMissing([]byte(s)) {
			t.Errorf("%q: got not missing, want missing", s)
		}
		// colStats.add asks isMissingMarker only of these lengths
		if strings.TrimSpace(s) != "" && !maybeMissing(len(s)) {
			t.Errorf("%q: maybeMissing(%d) is false", s, len(s))
		}
	}
	for _, s := range []string{"0", "x", "---", "Nan", "k.A", "Null-Serie", "NAB", "??", "keine Ahnung!"} {
		if isMissing([]byte(s)) {
			t.Errorf("%q: got missing, want a value", s)
		}
	}
}

func TestDaysFromCivil(t *testing.T) {
	for _, d := range []struct{ y, m, d int }{{1970, 1, 1}, {2000, 2, 29}, {1899, 12, 31}, {2025, 12, 31}} {
		z := daysFromCivil(d.y, d.m, d.d)
		y, m, dd := civilFromDays(z)
		if y != d.y || m != d.m || dd != d.d {
			t.Errorf("round trip of %v: got %d-%d-%d", d, y, m, dd)
		}
	}
	if got := daysFromCivil(1970, 1, 2); got != 1 {
		t.Errorf("1970-01-02: got %d, want 1", got)
	}
}

func TestHLLWithinTwoPercent(t *testing.T) {
	for _, n := range []int{70_000, 300_000, 2_000_000} {
		h := newHLL(hllP)
		var b [8]byte
		for i := range n {
			binary.LittleEndian.PutUint64(b[:], uint64(i))
			h.add(hashBytes(b[:]))
		}
		got := h.estimate()
		if e := math.Abs(got-float64(n)) / float64(n); e > 0.02 {
			t.Errorf("n=%d: got %.0f (error %.2f%%), want within 2%%", n, got, 100*e)
		}
	}
}

func TestRowSetEstimatesWhenFull(t *testing.T) {
	s := newRowSet(16, 0) // 65536 slots: must sample beyond ~45,000 rows
	var b [8]byte
	var batch, tmp []uint64
	const rows, every = 400_000, 50 // every 50th row repeats the one before
	for i := range rows {
		k := i
		if i%every == 0 && i > 0 {
			k = i - 1
		}
		binary.LittleEndian.PutUint64(b[:], uint64(k))
		batch = append(batch, hashBytes(b[:]))
		if len(batch) == 1000 {
			s.insert(batch, &tmp)
			batch = batch[:0]
		}
	}
	s.insert(batch, &tmp)
	got, est := s.duplicates()
	want := float64(rows/every - 1)
	if !est {
		t.Errorf("got exact, want an estimate")
	}
	if e := math.Abs(float64(got)-want) / want; e > 0.15 {
		t.Errorf("got %d duplicates, want about %.0f", got, want)
	}
}

// Batches larger than the free room of the set, handed over by two workers
// at once, as a workbook's narrow rows without a size hint make them: the set
// must grow or sample in time, never fill up (it used to probe for a free
// slot forever).
func TestRowSetTakesLargeBatches(t *testing.T) {
	s := newRowSet(17, 0) // starts at 65,536 slots, may grow to 131,072
	var wg sync.WaitGroup
	for w := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var b [8]byte
			var batch, tmp []uint64
			for i := range 150_000 {
				binary.LittleEndian.PutUint64(b[:], uint64(w*1_000_000+i))
				batch = append(batch, hashBytes(b[:]))
			}
			s.insert(batch, &tmp)
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("insert did not return")
	}
	if got, _ := s.duplicates(); got > 3000 {
		t.Errorf("got %d duplicates among distinct rows", got)
	}
}

// Eight workers hand over batches at once while the set is near its
// threshold: each piece is at most an eighth of the table, but together
// they overfilled it, and place probed for a free slot forever while thin
// waited for them (TestProfileFileReleasesPages hung now and then with
// three workers).
func TestRowSetTakesBatchesOfManyWorkers(t *testing.T) {
	for round := range 20 {
		s := newRowSet(16, 0) // 65,536 slots, no growth: it must sample
		var tmp []uint64
		var b [8]byte
		fill := make([]uint64, 0, 45_000) // just below 70 %
		for i := range cap(fill) {
			binary.LittleEndian.PutUint64(b[:], uint64(i))
			fill = append(fill, hashBytes(b[:]))
		}
		s.insert(fill, &tmp)
		var wg sync.WaitGroup
		start := make(chan struct{})
		for w := range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var b [8]byte
				var batch, tmp []uint64
				for i := range 8192 {
					binary.LittleEndian.PutUint64(b[:], uint64((w+1)*1_000_000+i))
					batch = append(batch, hashBytes(b[:]))
				}
				<-start
				s.insert(batch, &tmp)
			}()
		}
		close(start)
		done := make(chan struct{})
		go func() { wg.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("round %d: insert did not return", round)
		}
	}
}

func TestLastRecordEnd(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"a;b\n", 4},
		{"a;b\nc;d", 4},
		{"a;\"b\nc\"\n", 8},
		{"a;\"b\nc", -1},
		{"a;\"b\"\"\n\"\nx", 9},
		{"a\"b\nc", 4}, // a quote inside a field is literal
		{"\"a\"", -1},
		{"x\n\"a\nb\"\nc", 8},
		{"x\n\"a\nb\"", 2},
		{"x\n\"a\nb\";\"c\nd", 2},
	}
	for _, tc := range tests {
		var spans []int
		if got := lastRecordEnd([]byte(tc.in), ';', &spans); got != tc.want {
			t.Errorf("%q: got %d, want %d", tc.in, got, tc.want)
		}
	}
}

// The shortcuts of classifyFast must agree with classify.
func FuzzClassifyFast(f *testing.F) {
	for _, s := range []string{"Müller", "ja", "max@example.org", "DE89370400440532013000", "https://x.de", "www.x.de",
		"Zeile", "äb@c.de", "de89 3704 0044 0532 0130 00", "AA 0000000000000", "A.1.0000 00:00", "1.234,56", "-12",
		"31.12.2025", "31.02.2025", "12.34.5678", "1.234.567", "2025-12-31", "+49 351 1234", "0351/123", "123456789012345678901",
		"(0351) 123", "0351-12345", "+49 (0) 351 / 12-34", "a.b@c.de", "a@b..de", "a@.b.de", "a@b.d", "x@y@z.de", "DE00123456789012345678", "DE0012345678901234567X",
		"55,09", "-22,5", "+7", "0,5", "123,456", "1234,567", "123456789012345678", "12345678901234567,8", "1,", ",5", "-", "+49 451 9463910",
		"0+49 1234 5678", "(0911) 4825396", "a@b.de;", "max.muster@example.org\n",
		"Müller", "M\xfcller", "Gr\xf6\xdfe", "\xfcber", "ab\xc3", "€ 99", "€", "EUR 1.250", "EUR", "12 %", "1.234,56\u00a0€", "Euro", "1.234,56-", "3-", "1--", "-3-", "8:30 Uhr", "9 Uhr", "08.30Uhr", "2025-12-31T23:59:30Z", "2025-12-31 08:30 - 09:00", "2025-12-31T08:30+0100", "0000-00-00", "00.00.0000", "0000-00-00 00:00:00"} {
		f.Add([]byte(s))
	}
	ct := newClassTable(';')
	f.Fuzz(func(t *testing.T, v []byte) {
		if len(v) == 0 {
			return
		}
		got, want := classifyFast(v, ct), classify(v, maskOf(ct, v))
		if got != want {
			t.Fatalf("%q: classifyFast %+v, classify %+v", v, got, want)
		}
	})
}

// The German fast path of ibanKind must agree with the general check.
func FuzzIBAN(f *testing.F) {
	f.Add([]byte("DE89370400440532013000"))
	f.Add([]byte("DE00370400440532013000"))
	f.Add([]byte("DE8937040044053201300X"))
	f.Fuzz(func(t *testing.T, v []byte) {
		if got, want := ibanKind(v), ibanKindSlow(v); got != want {
			t.Fatalf("%q: got %d, want %d", v, got, want)
		}
	})
}

func TestIBANFastPath(t *testing.T) {
	for i := range 2000 {
		v := []byte(fmt.Sprintf("DE%02d%08d%010d", i%100, 10000000+i*7919, i*104729))
		if got, want := ibanKind(v), ibanKindSlow(v); got != want {
			t.Fatalf("%s: got %d, want %d", v, got, want)
		}
	}
}

// eightDigits and parseEightDigits must agree with a byte-by-byte reading,
// above all at the edges of the digits ('/' and ':') and beyond 0xF9,
// where adding 6 would carry.
func TestEightDigits(t *testing.T) {
	edges := []byte{'0', '9', '/', ':', 0, ' ', 0xF9, 0xFA, 0xFF, 0x39 + 0x80}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		var b [8]byte
		for i := range b {
			if r.IntN(3) == 0 {
				b[i] = edges[r.IntN(len(edges))]
			} else {
				b[i] = '0' + byte(r.IntN(10))
			}
		}
		w := binary.LittleEndian.Uint64(b[:])
		want, n := true, uint32(0)
		for _, c := range b {
			want = want && c >= '0' && c <= '9'
			n = n*10 + uint32(c-'0')
		}
		if got := eightDigits(w); got != want {
			t.Fatalf("eightDigits(%q) = %v", b, got)
		}
		if want && parseEightDigits(w) != n {
			t.Fatalf("parseEightDigits(%q) = %d, want %d", b, parseEightDigits(w), n)
		}
	}
}

func TestTableLimits(t *testing.T) {
	tests := []struct{ cols, workers, limit, arena int }{
		{13, 2, tableMax, arenaMax},
		{200, 2, 2621, 125829},
		{10000, 2, 256, 2516},
	}
	for _, tc := range tests {
		limit, arena := tableLimits(tc.cols, tc.workers)
		if limit != tc.limit || arena != tc.arena {
			t.Errorf("%d columns, %d workers: got %d, %d; want %d, %d", tc.cols, tc.workers, limit, arena, tc.limit, tc.arena)
		}
	}
}

func TestNumSketchQuantiles(t *testing.T) {
	var s numSketch
	for i := 1; i <= 1000; i++ {
		s.add(float64(i), 1)
		s.add(-float64(i)/1000, 1)
	}
	s.add(0, 1)
	var o numSketch
	o.add(1e9, 1)
	s.merge(&o)
	q := quantiles(s.walk, 2002, []float64{0, 0.25, 0.5, 0.75, 1})
	want := []float64{-1, -0.5, 0, 500, 1e9}
	for i := range q {
		if math.Abs(q[i]-want[i]) > 0.012*math.Abs(want[i])+1e-9 {
			t.Errorf("quantile %d: got %v, want %v within 1.2%%", i, q[i], want[i])
		}
	}
}

// sepMask must mark exactly the delimiters and newlines, also where a byte
// one above the delimiter or newline follows one (the usual zero-byte test
// would mark it too).
func TestSepMask(t *testing.T) {
	for _, delim := range []byte{';', ',', '\t', '|'} {
		dmask := uint64(delim) * swarOnes
		var c [200]byte
		seed := uint64(1)
		for round := range 2000 {
			for i := range c {
				seed = seed*6364136223846793005 + 1442695040888963407
				switch r := byte(seed >> 56); {
				case r < 40:
					c[i] = delim
				case r < 60:
					c[i] = '\n'
				case r < 100:
					c[i] = delim + 1
				case r < 120:
					c[i] = '\n' + 1
				default:
					c[i] = r
				}
			}
			n := 64 + round%130
			masks := make([]uint64, n/64)
			sepMasks(c[:n], delim, masks)
			for at := 0; at < n; at += 64 {
				got := sepMask(c[:n], at, dmask)
				if at+64 <= n && masks[at/64] != got {
					t.Fatalf("delimiter %q, block %d of %q: sepMasks %064b, sepMask %064b", delim, at, c[:n], masks[at/64], got)
				}
				var want uint64
				for k := 0; k < 64 && at+k < n; k++ {
					if b := c[at+k]; b == delim || b == '\n' {
						want |= 1 << k
					}
				}
				if got != want {
					t.Fatalf("delimiter %q, block %d of %q: got %064b, want %064b", delim, at, c[:n], got, want)
				}
			}
		}
	}
}

func TestIsASCII(t *testing.T) {
	for n := range 20 {
		v := []byte(strings.Repeat("a", n))
		if !isASCII(v) {
			t.Errorf("%q: got false, want true", v)
		}
		for i := range n {
			v[i] = 0x80
			if isASCII(v) {
				t.Errorf("%q: got true, want false", v)
			}
			v[i] = 'a'
		}
	}
}

// Two-digit years as Excel reads them: 00–29 in this century, 30–99 in the
// last, so that birth dates such as 12.05.65 do not lie in the future.
func TestTwoDigitYears(t *testing.T) {
	for in, y := range map[string]int{"12.05.65": 1965, "01.01.30": 1930, "31.12.29": 2029, "01.02.00": 2000, "07.08.99": 1999} {
		x, ok := parseDateDE([]byte(in))
		var d, m int
		fmt.Sscanf(in, "%d.%d.", &d, &m)
		if !ok || x.kind != kDateDE2 || x.day != daysFromCivil(y, m, d) {
			t.Errorf("%s: got kind %d, day %d; want TT.MM.JJ in %d", in, x.kind, x.day, y)
		}
	}
}

// The distinct count of a full column is an estimate within 2 %, also for
// the short values of real exports: amounts and customer numbers, whose
// hashes take one multiplication (see hashBytes).
func TestDistinctEstimateOfShortValues(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	var b strings.Builder
	b.WriteString("betrag;kunden_nr\n")
	seen := [2]map[string]bool{{}, {}}
	for range 200_000 {
		cents := int64(math.Exp(5+r.NormFloat64()) * 100)
		vals := [2]string{fmt.Sprintf("%d,%02d", cents/100, cents%100), fmt.Sprintf("K%06d", r.IntN(100_000))}
		for i, v := range vals {
			seen[i][v] = true
		}
		fmt.Fprintf(&b, "%s;%s\n", vals[0], vals[1])
	}
	rep := profileText(t, b.String())
	for i, c := range rep.Columns {
		want := float64(len(seen[i]))
		if e := math.Abs(float64(c.Distinct)-want) / want; !c.DistinctEstimated || e > 0.02 {
			t.Errorf("%s: %d distinct (estimated: %v), want %.0f within 2%%", c.Name, c.Distinct, c.DistinctEstimated, want)
		}
	}
}

// Merging value tables adds the counts and keeps each value's text and
// kind, whichever worker saw it, also into a worker's empty table.
func TestValueTableMergeKeepsKinds(t *testing.T) {
	fill := func(vals ...string) *valueTable {
		tb := &valueTable{}
		for _, v := range vals {
			i := tb.count(hashBytes([]byte(v)), []byte(v))
			if tb.slots[i].kind() < 0 {
				tb.remember(i, value{kind: kText})
			}
		}
		return tb
	}
	for _, tc := range []struct {
		into *valueTable
		de   uint32
	}{{&valueTable{}, 2}, {fill("DE"), 3}} {
		tc.into.merge(fill("DE", "Deutschland", "DE"))
		got := map[string][2]int{}
		for _, s := range tc.into.slots {
			if s.key != 0 {
				txt, _ := tc.into.text(s.str)
				got[txt] = [2]int{int(s.count), s.kind()}
			}
		}
		want := map[string][2]int{"DE": {int(tc.de), kText}, "Deutschland": {1, kText}}
		if !maps.Equal(got, want) {
			t.Errorf("got %v (count, kind), want %v", got, want)
		}
	}
}

func TestSchemeDigits(t *testing.T) {
	tests := []struct {
		v      string
		scheme int
		want   string // the digits, "" if not of the scheme's shape
		valid  bool
	}{
		{"978-3-16-148410-0", schemeISBN, "9783161484100", true},
		{"ISBN-13: 978-3-16-148410-0", schemeISBN, "9783161484100", true},
		{"isbn 3-16-148410-x", schemeISBN, "316148410X", true},
		{"ISBN 1316148410", schemeISBN, "1316148410", false},
		{"3-16-148410-1", schemeISBN, "3161484101", false},
		{"123-4-56-789012-3", schemeISBN, "1234567890123", false}, // no prefix 978
		{"X-16-148410-0", schemeISBN, "", false},
		{"978316148410X", schemeISBN, "", false},
		{"04324188", schemePZN, "04324188", true},
		{"PZN 4324188", schemePZN, "04324188", true},
		{"PZN-04324187", schemePZN, "04324187", false},
		{"0432418", schemePZN, "00432418", false},
		{"043241880", schemePZN, "", false},
		{"abc", schemePZN, "", false},
	}
	for _, tc := range tests {
		d, ok := schemeDigits([]byte(tc.v), tc.scheme, make([]byte, 0, 16))
		if !ok {
			d = nil
		}
		valid := ok && schemeValid(d, tc.scheme)
		if string(d) != tc.want || valid != tc.valid {
			t.Errorf("%q: got %q valid %v, want %q valid %v", tc.v, d, valid, tc.want, tc.valid)
		}
	}
}
