package datacheck

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
)

func TestProfileEdgeCases(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		delimiter string
		encoding  string
		rows      int64
		malformed int64
		missing   []int64 // per column
		types     []string
	}{
		{name: "header only", in: "a;b\n", delimiter: ";", encoding: "utf-8", missing: []int64{0, 0}, types: []string{"text", "text"}},
		{name: "no newline at the end", in: "a,b\n1,2\n3,4", delimiter: ",", encoding: "utf-8", rows: 2, missing: []int64{0, 0}, types: []string{"integer", "integer"}},
		{name: "pipe delimiter", in: "a|b|c\n1|2|3\n4|5|6\n", delimiter: "|", encoding: "utf-8", rows: 2, missing: []int64{0, 0, 0}, types: []string{"integer", "integer", "integer"}},
		{name: "tab delimiter with commas in values", in: "a\tb\n1,5\tx,y\n2,5\tz\n", delimiter: "\t", encoding: "utf-8", rows: 2, missing: []int64{0, 0}, types: []string{"decimal", "text"}},
		{name: "unterminated quote swallows the rest", in: "a;b\n1;\"open\n2;3\n", delimiter: ";", encoding: "utf-8", rows: 1, malformed: 1, missing: []int64{0, 0}, types: []string{"integer", "text"}},
		{name: "blank lines are skipped", in: "a;b\r\n1;2\r\n\r\n3;4\n\n", delimiter: ";", encoding: "utf-8", rows: 2, missing: []int64{0, 0}, types: []string{"integer", "integer"}},
		{name: "trailing delimiter at the very end", in: "a;b\n1;", delimiter: ";", encoding: "utf-8", rows: 1, missing: []int64{0, 1}, types: []string{"integer", "text"}},
		{name: "missing markers", in: "a;b\n;1\n ;1\nNULL;1\nnull;1\nNA;1\nn/a;1\nN/A;1\n-;1\nwert;1\n", delimiter: ";", encoding: "utf-8", rows: 9, missing: []int64{8, 0}, types: []string{"text", "integer"}},
		{name: "latin-1", in: "name;ort\nJ\xf6rg;K\xf6ln\n", delimiter: ";", encoding: "iso-8859-1", rows: 1, missing: []int64{0, 0}, types: []string{"text", "text"}},
		{name: "windows-1252", in: "name;preis\nTeil \x96 A;5\x80\n", delimiter: ";", encoding: "windows-1252", rows: 1, missing: []int64{0, 0}, types: []string{"text", "integer"}},
		{name: "header with a column more than its rows", in: "a;b;c;d\n1;2;3\n4;5;6\n", delimiter: ";", encoding: "utf-8", rows: 2, malformed: 2, missing: []int64{0, 0, 0, 2}, types: []string{"integer", "integer", "integer", "text"}},
		{name: "text header with a column more than its rows", in: "Name;Vorname;Ort;Extra\nMeyer;Hans;Köln\nKunz;Eva;Bonn\n", delimiter: ";", encoding: "utf-8", rows: 2, malformed: 2, missing: []int64{0, 0, 0, 2}, types: []string{"text", "text", "text", "text"}},
		{name: "Excel's sep= line", in: "sep=,\r\na,b\r\n1;2,3\r\n", delimiter: ",", encoding: "utf-8", rows: 1, missing: []int64{0, 0}, types: []string{"text", "integer"}},
		{name: "short and long rows", in: "a;b;c\n1;2\n1;2;3;4\n1;2;3\n", delimiter: ";", encoding: "utf-8", rows: 3, malformed: 2, missing: []int64{0, 0, 1}, types: []string{"integer", "integer", "integer"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := profileText(t, tc.in)
			if rep.Delimiter != tc.delimiter || rep.Encoding != tc.encoding || rep.Rows != tc.rows || rep.MalformedRows != tc.malformed {
				t.Errorf("got delimiter %q, encoding %s, rows %d, malformed %d; want %q, %s, %d, %d",
					rep.Delimiter, rep.Encoding, rep.Rows, rep.MalformedRows, tc.delimiter, tc.encoding, tc.rows, tc.malformed)
			}
			if len(rep.Columns) != len(tc.missing) {
				t.Fatalf("got %d columns, want %d", len(rep.Columns), len(tc.missing))
			}
			for i, c := range rep.Columns {
				if c.Missing != tc.missing[i] || c.Type != tc.types[i] {
					t.Errorf("column %s: got missing %d, type %s; want %d, %s", c.Name, c.Missing, c.Type, tc.missing[i], tc.types[i])
				}
			}
		})
	}
}

func TestProfileDecodesLegacyEncodings(t *testing.T) {
	rep := profileText(t, "name;ort\nJ\xf6rg;K\xf6ln\nJ\xf6rg;K\xf6ln\n")
	if got := rep.Columns[1].TopValues; len(got) != 1 || got[0].Value != "Köln" {
		t.Errorf("got top values %v, want Köln", got)
	}
}

func TestProfileNamesUnnamedColumns(t *testing.T) {
	rep := profileText(t, "a;;c\n1;2;3\n")
	if got := rep.Columns[1].Name; got != "Spalte 2" {
		t.Errorf("got name %q, want Spalte 2", got)
	}
	if got := rep.Columns[1].Issues; len(got) != 1 || got[0].Code != "unnamed_column" {
		t.Errorf("got issues %+v, want unnamed_column", got)
	}
}

func TestProfileReadsUTF16(t *testing.T) {
	// Excel's "Unicode text": UTF-16LE with BOM, tab-separated
	text := "Name\tOrt\r\nJörg 😀\tKöln\r\nAnna\tGörlitz\r\n"
	var b []byte
	b = append(b, 0xFF, 0xFE)
	for _, c := range utf16.Encode([]rune(text)) {
		b = append(b, byte(c), byte(c>>8))
	}
	rep, err := Profile(bytes.NewReader(b), Options{Now: testNow, ChunkSize: 16})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Encoding != "utf-16le" || rep.Delimiter != "\t" || rep.Rows != 2 || rep.Columns[1].Name != "Ort" {
		t.Fatalf("got %s, %q, %d rows, columns %v", rep.Encoding, rep.Delimiter, rep.Rows, rep.Columns)
	}
	if got := rep.Columns[0].InvalidExamples; got != nil {
		t.Errorf("unexpected invalid examples %v", got)
	}
	if i := slices.IndexFunc(rep.Issues, func(is Issue) bool { return is.Code == "legacy_encoding" }); i < 0 || rep.Issues[i].Title != "Zeichenkodierung UTF-16" {
		t.Errorf("got issues %+v, want legacy_encoding titled Zeichenkodierung UTF-16", rep.Issues)
	}
}

func TestProfileLongRecords(t *testing.T) {
	long := strings.Repeat("lang;\n", 20000) // 120 KB in one quoted field
	in := "a;b\n1;\"" + long + "\"\n2;x\n"
	rep, err := Profile(strings.NewReader(in), Options{Now: testNow, ChunkSize: 1024})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Rows != 2 || rep.MalformedRows != 0 {
		t.Errorf("got %d rows, %d malformed; want 2, 0", rep.Rows, rep.MalformedRows)
	}
	// Beyond the bound the record is cut, without a crash or a hang.
	defer func(n int) { maxRecord = n }(maxRecord)
	maxRecord = 4096
	rep, err = Profile(strings.NewReader(in), Options{Now: testNow, ChunkSize: 1024})
	if err != nil {
		t.Fatal(err)
	}
	if rep.MalformedRows == 0 {
		t.Errorf("got no malformed rows, want the cut record counted")
	}
}

func TestProfileEmptyInput(t *testing.T) {
	for _, in := range []string{"", "\n\n  \r\n"} {
		if _, err := Profile(strings.NewReader(in), Options{}); !errors.Is(err, ErrNoData) {
			t.Errorf("%q: got error %v, want ErrNoData", in, err)
		}
	}
}

type failingReader struct{ n int }

func (f *failingReader) Read(p []byte) (int, error) {
	if f.n > 0 {
		f.n--
		return copy(p, "a;b\n1;2\n"), nil
	}
	return 0, errors.New("disk on fire")
}

func TestProfileReadError(t *testing.T) {
	if _, err := Profile(&failingReader{n: 3}, Options{}); err == nil || !strings.Contains(err.Error(), "disk on fire") {
		t.Errorf("got %v, want the read error", err)
	}
}

// FuzzProfile checks that no input panics or hangs, and that the result
// does not depend on where the input is cut into chunks.
func FuzzProfile(f *testing.F) {
	f.Add([]byte("a;b\n1;2\n"))
	f.Add([]byte("a,b\n\"x\ny\",\"q\"\"\"\n3,4\r\n"))
	f.Add([]byte("\xEF\xBB\xBFa\tb\n\"\n"))
	f.Add([]byte("\xFF\xFEa\x00;\x00b\x00\n\x001\x00"))
	f.Add(rechnungen()[:400])
	f.Add(sensorLog()[:300])
	f.Add(append(bytes.Repeat([]byte("a;b\n"), sampleSize/4), "M\xfcller;Gr\xf6\xdfe\n"...))
	// a footer line alone in the last chunk, below a row that is no footer
	f.Add([]byte("00000000;0;0\n000\nA"))
	// a framed list, as SAP saves it, and Markdown
	f.Add([]byte("Liste\n-----\n|ISBN |PZN|\n-----\n|3-16-148410-X|04324188|\n|x|1|\n|y|2|\n-----\n"))
	f.Add([]byte("| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n| 5 | 6 |"))
	// a date pair, an end before its start
	f.Add([]byte("Beginn;Ende\n01.02.2025;01.01.2025\n2025-01-01;2025-01-02\n02.01.2025;\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, errA := Profile(bytes.NewReader(data), Options{Workers: 1, Now: testNow})
		b, errB := Profile(bytes.NewReader(data), Options{Workers: 2, ChunkSize: 5, Now: testNow})
		if (errA == nil) != (errB == nil) {
			t.Fatalf("errors differ: %v / %v", errA, errB)
		}
		if errA != nil {
			return
		}
		// guessed chunk cuts (seekable input) or exact ones: the same report,
		// unless the seekable input was read again as Windows-1252
		c, errC := Profile(struct{ io.Reader }{bytes.NewReader(data)}, Options{Workers: 2, ChunkSize: 5, Now: testNow})
		if errC != nil {
			t.Fatalf("stream: %v", errC)
		}
		if jb, jc := mustJSON(t, b), mustJSON(t, c); jb != jc && !c.latin1Likely() {
			t.Fatalf("seekable and stream reports differ:\n%s\n%s", jb, jc)
		}
		if a.Rows != b.Rows || a.MalformedRows != b.MalformedRows || a.DuplicateRows != b.DuplicateRows {
			t.Fatalf("rows %d/%d, malformed %d/%d, duplicates %d/%d", a.Rows, b.Rows, a.MalformedRows, b.MalformedRows, a.DuplicateRows, b.DuplicateRows)
		}
		for i := range a.Columns {
			if a.Columns[i].Missing != b.Columns[i].Missing || a.Columns[i].Type != b.Columns[i].Type {
				t.Fatalf("column %d differs: %+v / %+v", i, a.Columns[i], b.Columns[i])
			}
		}
	})
}

func TestProfileLineNumbersCountSepLine(t *testing.T) {
	rep := profileText(t, "sep=;\na;b\n1;2\n3\n")
	if len(rep.MalformedLines) != 1 || rep.MalformedLines[0] != 4 {
		t.Errorf("got malformed lines %v, want [4]", rep.MalformedLines)
	}
}

// A line break inside a quoted field after the first 64 KB makes a guessed
// chunk cut fall inside the field; Profile must notice and read the input
// again, cut exactly, with the same result as from a reader it cannot seek.
func TestProfileGuessedCutInQuotes(t *testing.T) {
	var b strings.Builder
	b.WriteString("id;text;n\n")
	for i := range 20000 {
		if i%3000 == 2999 && i > 6000 { // beyond the first 64 KB
			fmt.Fprintf(&b, "%d;\"zwei\nZeilen; \"\"zitiert\"\"\";%d\n", i, i%7)
			continue
		}
		fmt.Fprintf(&b, "%d;\"Text %d\";%d\n", i, i%50, i%7)
	}
	data := []byte(b.String())
	before := redone.Load()
	for _, chunk := range []int{40, 57, 64, 77, 100, 131, 4096, 1 << 20} {
		opt := Options{Workers: 2, ChunkSize: chunk, Now: testNow}
		seek, err := Profile(bytes.NewReader(data), opt)
		if err != nil {
			t.Fatal(err)
		}
		stream, err := Profile(struct{ io.Reader }{bytes.NewReader(data)}, opt)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := json.Marshal(seek)
		c, _ := json.Marshal(stream)
		if string(a) != string(c) {
			t.Errorf("chunk size %d: seekable and stream reports differ:\n%s\n%s", chunk, a, c)
		}
		if seek.Rows != 20000 || seek.MalformedRows != 0 {
			t.Errorf("chunk size %d: %d rows, %d malformed, want 20000, 0", chunk, seek.Rows, seek.MalformedRows)
		}
	}
	if redone.Load() == before {
		t.Errorf("no guessed cut fell inside a quoted field; the test does not test")
	}
}

func mustJSON(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// Invoice amounts from cents to 100.000 €, many of them small, written with
// the euro sign as Excel exports them: decimals, and only the placeholder
// 9.999.999 is an outlier, not the small amounts.
func TestAmountsWithCurrencyAndOutliers(t *testing.T) {
	var b strings.Builder
	b.WriteString("nr;betrag\n")
	for i := range 2000 {
		cents := int64(i*i) * 100 / 40
		fmt.Fprintf(&b, "%d;%s\u00a0€\n", i, germanAmount(cents))
	}
	b.WriteString("2000;9.999.999,00 €\n")
	rep := profileText(t, b.String())
	c := rep.Columns[1]
	if c.Type != TypeDecimal || c.Invalid != 0 {
		t.Fatalf("betrag: type %s, %d invalid; want decimal, 0", c.Type, c.Invalid)
	}
	if c.Outliers != 1 {
		t.Errorf("betrag: %d outliers, want 1 (the placeholder 9.999.999)", c.Outliers)
	}
}

// A header that suggests names of people flags personal data only when the
// values look like names: not order numbers in Shopify's "Name", not
// products in "Lineitem name".
func TestNamesOfPeople(t *testing.T) {
	var b strings.Builder
	b.WriteString("Name,Lineitem name,Kunde,Ansprechpartner,Kundenname\n")
	people := []string{"Anna Müller", "von der Heide", "Schmidt, Hans", "Özlem Yılmaz", "Jean-Luc O'Neill"}
	firms := []string{"Meyer GmbH", "Kunz KG", "Bäckerei Schulze e.K.", "Huber Co. KG", "Anna Müller"}
	for i := range 500 {
		fmt.Fprintf(&b, "#%d,\"Tasse \"\"KI\"\" weiß\",\"%s\",\"%s\",%s\n", 1000+i, people[i%5], people[(i+1)%5], firms[i%5])
	}
	rep := profileText(t, b.String())
	for i, want := range []string{"", "", "name", "name", ""} {
		c := rep.Columns[i]
		got := ""
		if c.PII != nil {
			got = *c.PII
		}
		if got != want {
			t.Errorf("column %s: got personal data %q, want %q", c.Name, got, want)
		}
	}
}

func TestReportFormat(t *testing.T) {
	for _, tc := range []struct {
		r    Report
		want string
	}{
		{Report{Encoding: "utf-8", Delimiter: ";"}, "Kodierung utf-8 · Trennzeichen Semikolon (;)"},
		{Report{Encoding: "windows-1252", Delimiter: "\t"}, "Kodierung windows-1252 · Trennzeichen Tabulator"},
		{Report{Encoding: "utf-8", Delimiter: "#"}, "Kodierung utf-8 · Trennzeichen „#“"},
		{Report{Encoding: "utf-8", Sheet: "Kunden"}, "Excel-Arbeitsblatt"},
	} {
		if got := tc.r.Format(); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}

// Files that are no tables in text form are named, not profiled as such.
func TestNotATable(t *testing.T) {
	for _, tc := range []struct{ in, what string }{
		{"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "ein PDF-Dokument"},
		{"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "ein Bild (PNG)"},
		{"PK\x03\x04\x14\x00\x06\x00", "ein ZIP-Archiv"},
		{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "eine Excel-Datei im alten Format (.xls), eine mit Kennwort geschützte Arbeitsmappe oder ein anderes altes Office-Dokument"},
		{"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00", "eine Binärdatei (ein Programm, ein Archiv oder ein Dokument)"},
	} {
		_, err := Profile(strings.NewReader(tc.in), Options{})
		var nt *NotTableError
		if !errors.As(err, &nt) || nt.What != tc.what || nt.Advice == "" {
			t.Errorf("%q: got error %v, want one naming %s", tc.in[:4], err, tc.what)
		}
	}
	// UTF-16 without a byte order mark is text
	var le, be []byte
	for _, r := range "name;ort\nMüller;Köln\nSchmidt;Berlin\n" {
		le = append(le, byte(r), byte(r>>8))
		be = append(be, byte(r>>8), byte(r))
	}
	for enc, in := range map[string][]byte{"utf-16le": le, "utf-16be": be} {
		rep, err := Profile(bytes.NewReader(in), Options{})
		if err != nil || rep.Encoding != enc || rep.Rows != 2 ||
			!slices.ContainsFunc(rep.Columns[0].TopValues, func(v ValueCount) bool { return v.Value == "Müller" }) {
			t.Errorf("%s without a byte order mark: got %+v, %v", enc, rep, err)
		}
	}
}

// A header without data rows scores nothing; single letters are no names.
func TestNoRowsAndSingleLetters(t *testing.T) {
	rep := profileText(t, "Name;Wert\n")
	if rep.Score != 0 || len(rep.Issues) != 1 || rep.Issues[0].Code != "no_rows" {
		t.Errorf("header only: got score %d, issues %+v; want 0 and no_rows", rep.Score, rep.Issues)
	}
	if got := rep.Shape(); got != "0 Datenzeilen, 2 Spalten" {
		t.Errorf("got shape %q", got)
	}
	rep = profileText(t, "Name\nA\nB\n")
	if rep.Columns[0].PII != nil {
		t.Errorf("single letters: got personal data %s", *rep.Columns[0].PII)
	}
	if got := rep.Shape(); got != "2 Datenzeilen, 1 Spalte" {
		t.Errorf("got shape %q", got)
	}
}

// A value that is invalid again and again is shown once among the examples,
// also when chunks found it apart.
func TestInvalidExamplesAreDistinct(t *testing.T) {
	var b strings.Builder
	b.WriteString("nr;menge\n")
	for i := range 200 {
		v := fmt.Sprint(i % 7)
		switch i % 40 {
		case 3, 13, 23:
			v = "offen"
		case 33:
			v = "später"
		}
		fmt.Fprintf(&b, "%d;%s\n", i, v)
	}
	for _, opt := range []Options{{Now: testNow}, {Now: testNow, Workers: 3, ChunkSize: 100}} {
		rep, err := Profile(strings.NewReader(b.String()), opt)
		if err != nil {
			t.Fatal(err)
		}
		c := rep.Columns[1]
		if want := []string{"offen", "später"}; c.Type != TypeInteger || !slices.Equal(c.InvalidExamples, want) {
			t.Errorf("chunk size %d: got type %s, examples %q; want integer, %q", opt.ChunkSize, c.Type, c.InvalidExamples, want)
		}
	}
}

// The examples of invalid values are the first of the file, in its order,
// however the chunks were shared among the workers: a report does not
// change from one run to the next.
func TestInvalidExamplesInFileOrder(t *testing.T) {
	var b strings.Builder
	b.WriteString("nr;menge\n")
	var want []string
	for i := range 20000 {
		v := fmt.Sprint(i % 50)
		if i%997 == 500 {
			v = fmt.Sprintf("k%d", i%7) // k3, k4, k5 …
			if len(want) < maxExample && !slices.Contains(want, v) {
				want = append(want, v)
			}
		}
		fmt.Fprintf(&b, "%d;%s\n", i, v)
	}
	for range 5 {
		rep, err := Profile(strings.NewReader(b.String()), Options{Now: testNow, Workers: 4, ChunkSize: 4 << 10})
		if err != nil {
			t.Fatal(err)
		}
		if got := rep.Columns[1].InvalidExamples; !slices.Equal(got, want) {
			t.Fatalf("got examples %q, want the first ones %q", got, want)
		}
	}
}

// The JSON keeps the mean and quantiles in full; only what is shown is
// rounded. Unix timestamps an hour apart keep their spread, amounts their
// cents.
func TestStatisticsKeepFullPrecision(t *testing.T) {
	var b strings.Builder
	b.WriteString("zeit;betrag\n")
	for i := range 100 {
		fmt.Fprintf(&b, "%d;%s\n", 1764000000+3600*i, germanAmount(int64(123456+i)))
	}
	rep := profileText(t, b.String())
	q := rep.Columns[0].Quantiles
	if q["p05"] >= q["p25"] || q["p25"] >= q["p50"] || q["p75"] >= q["p95"] {
		t.Errorf("timestamps: got quantiles %v, want them increasing", q)
	}
	if got := *rep.Columns[0].Mean; got != 1764000000+3600*99/2.0 {
		t.Errorf("timestamps: got mean %v, want %v", got, 1764000000+3600*99/2.0)
	}
	if got := rep.Columns[1].Quantiles["p50"]; math.Abs(got-1235.055) > 0.006 {
		t.Errorf("amounts: got median %v, want 1235.05 or 1235.06", got)
	}
	for _, tc := range []struct {
		x    float64
		want string
	}{{1764012345, "1.764.012.345"}, {1234.5678, "1.234,57"}, {-12.5, "-12,5"}, {0.0035, "0,0035"}, {0.25, "0,25"}, {0, "0"}} {
		if got := fmtNum(tc.x); got != tc.want {
			t.Errorf("fmtNum(%v) = %q, want %q", tc.x, got, tc.want)
		}
	}
}

// Outliers are rare values far out, not the upper of a few price tiers or
// the long tail of a skewed distribution.
func TestOutliersAreRare(t *testing.T) {
	tiers := func(n ...int) []string { // counts of 34,80, 53,90 and 124,40
		var vs []string
		for i, v := range []string{"34,80", "53,90", "124,40"} {
			for range n[i] {
				vs = append(vs, v)
			}
		}
		return vs
	}
	var tail []string // a quarter of the values 10 to 50 times the rest
	for i := range 200 {
		v := 20 + i%30
		if i%4 == 0 {
			v *= 10 + i%40
		}
		tail = append(tail, fmt.Sprintf("%d,50", v))
	}
	tests := []struct {
		name   string
		values []string
		want   int64
	}{
		{name: "three price tiers", values: tiers(20, 20, 15), want: 0},
		{name: "a skewed tail is not outliers", values: tail, want: 0},
		{name: "one placeholder among tiers", values: append(tiers(20, 20, 15), "9.999.999,99"), want: 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString("Bestellung;Gesamt\n")
			for i, v := range tc.values {
				fmt.Fprintf(&b, "%d;%s\n", 1001+i, v)
			}
			rep := profileText(t, b.String())
			c := rep.Columns[1]
			found := slices.ContainsFunc(c.Issues, func(is Issue) bool { return is.Code == "outliers" })
			if c.Outliers != tc.want || found != (tc.want > 0) {
				t.Errorf("got %d outliers, issue %v; want %d", c.Outliers, found, tc.want)
			}
		})
	}
}

// Dates are old only when all of a table's dates are, and never in a column
// of lasting events; ends and due dates may lie years ahead.
func TestDateFindingsFollowWhatTheDatesMean(t *testing.T) {
	dates := func(first string, rest ...string) string {
		var b strings.Builder
		b.WriteString(first + "\n")
		for i := range 60 {
			b.WriteString(fmt.Sprint(i))
			for _, year := range rest {
				fmt.Fprintf(&b, ";%02d.%02d.%s", 1+i%28, 1+i%12, year)
			}
			b.WriteString("\n")
		}
		return b.String()
	}
	tests := []struct {
		name string
		in   string
		want []string // codes of the date findings
	}{
		{name: "hire dates are not stale", in: dates("Personalnr;Eintrittsdatum", "2019"), want: nil},
		{name: "old invoices are stale", in: dates("Nr;Rechnungsdatum", "2019"), want: []string{"stale_dates"}},
		{name: "a recent date elsewhere keeps old invoices fresh", in: dates("Nr;Rechnungsdatum;angelegt am", "2019", "2026"), want: nil},
		{name: "customers since long ago are not stale", in: dates("Nr;Kunde seit;Gründungsdatum", "2012", "1998"), want: nil},
		{name: "a contract may end in 2031", in: dates("Nr;Eintritt;Befristet bis", "2026", "2031"), want: nil},
		{name: "a due date in 9999 is a placeholder", in: dates("Nr;Datum;Gültig bis", "2026", "9999"), want: []string{"future_dates"}},
		{name: "a booking in 2031 is suspicious", in: dates("Nr;Buchungsdatum", "2031"), want: []string{"future_dates"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := profileText(t, tc.in)
			var got []string
			for _, is := range rep.Issues {
				if strings.HasSuffix(is.Code, "_dates") {
					got = append(got, is.Code)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// Personal data is named by what the values are: a birthplace is no
// birthdate, an IP address no postal address, and products and firms are
// no persons.
func TestPersonalDataLabels(t *testing.T) {
	tests := []struct {
		header string
		values []string
		want   string // the kind of personal data, or ""
		issue  string // a further finding expected
	}{
		{header: "Geburtsort", values: []string{"München", "Istanbul", "Görlitz"}},
		{header: "Geburtsdatum", values: []string{"01.02.1980", "12.11.1975", "30.06.1990"}, want: "birthdate"},
		{header: "IP-Adresse", values: []string{"192.168.0.1", "10.0.0.17", "172.16.4.2"}, issue: "ip_addresses"},
		{header: "Name", values: []string{"Eiche Massiv", "Waldhonig", "Esstisch Berlin", "Tisch Oslo 160"}},
		{header: "Kunde", values: []string{"Bäckerei Schulz", "Stadt Köln", "Autohaus Meier GmbH", "Elektro-Schmidt", "Schreinerei Koch", "Finanzamt Düsseldorf"}},
		{header: "Billing Name", values: []string{"Erika Mustermann", "Jan Schröder", "Max Mustermann"}, want: "name"},
		{header: "Beguenstigter/Zahlungspflichtiger", values: []string{"Müller GmbH", "Stadtwerke Köln", "Jörg Weiß", "Bäckerei Schäfer", "Finanzamt Düsseldorf", "Anna Böhm"}, want: "name"},
		{header: "Nachname", values: []string{"Müller", "Schmidt", "von der Heide"}, want: "name"},
		{header: "Last Name", values: []string{"Müller", "Schmidt", "Kowalski"}, want: "name"},
		{header: "Sozialversicherungsnummer", values: []string{"12150380M123", "65010275K456"}, want: "birthdate"},
		{header: "SV-Nummer", values: []string{"12150380M123", "65010275K456"}, want: "birthdate"},
	}
	for _, tc := range tests {
		t.Run(tc.header, func(t *testing.T) {
			rep := profileText(t, oneColumn(tc.header, tc.values, 60))
			c := rep.Columns[1]
			got := ""
			if c.PII != nil {
				got = *c.PII
			}
			if got != tc.want {
				t.Errorf("got personal data %q, want %q", got, tc.want)
			}
			if tc.issue != "" && !slices.ContainsFunc(c.Issues, func(is Issue) bool { return is.Code == tc.issue }) {
				t.Errorf("got issues %+v, want %s", c.Issues, tc.issue)
			}
		})
	}
}

// Empty columns cost together at most 10 points, scaled by the share of
// columns they are, and never less than one of them alone: a full DATEV
// export with its many unused standard columns stays usable.
func TestEmptyColumnsCostTogether(t *testing.T) {
	table := func(filled, empty int) string {
		var b strings.Builder
		for i := range filled + empty {
			if i > 0 {
				b.WriteString(";")
			}
			fmt.Fprintf(&b, "Feld %d", i+1)
		}
		b.WriteString("\n")
		for r := range 100 {
			for i := range filled + empty {
				if i > 0 {
					b.WriteString(";")
				}
				if i < filled {
					fmt.Fprintf(&b, "%d", r*(i+1))
				}
			}
			b.WriteString("\n")
		}
		return b.String()
	}
	tests := []struct {
		name          string
		filled, empty int
		want          Deduction
	}{
		{name: "one empty column costs 3", filled: 2, empty: 1, want: Deduction{3, "Leere Spalte „Feld 3“"}},
		{name: "6 of 17 columns cost 4", filled: 11, empty: 6, want: Deduction{4, "6 von 17 Spalten leer"}},
		{name: "90 of 120 columns cost 8", filled: 30, empty: 90, want: Deduction{8, "90 von 120 Spalten leer"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := profileText(t, table(tc.filled, tc.empty))
			if !slices.Contains(rep.Deductions, tc.want) {
				t.Errorf("got deductions %+v, want %+v", rep.Deductions, tc.want)
			}
			empty := slices.DeleteFunc(slices.Clone(rep.Issues), func(is Issue) bool { return is.Code != "empty_column" })
			if len(empty) != 1 || len(empty[0].Columns) != tc.empty || empty[0].Points != tc.want.Points {
				t.Errorf("got empty_column findings %+v, want one naming %d columns and costing %d", empty, tc.empty, tc.want.Points)
			}
			if rep.Score < 80 {
				t.Errorf("got score %d, want at least 80: %+v", rep.Score, rep.Deductions)
			}
		})
	}
}

// Repeated rows are duplicates only where a row can identify a record: in a
// list of quantities they are the data.
func TestDuplicateRowsNeedRecords(t *testing.T) {
	var quantities, pairs, emails, wide strings.Builder
	quantities.WriteString("Menge\n")
	pairs.WriteString("Artikel;Menge\n")
	emails.WriteString("E-Mail\n")
	wide.WriteString("Artikel;Menge;Lager\n")
	for i := range 60 {
		fmt.Fprintf(&quantities, "%d\n", 1+i%5)
		fmt.Fprintf(&pairs, "Teil %d;%d\n", i%4, 1+i%5)
		fmt.Fprintf(&emails, "kunde%d@example.de\n", i%50)
		fmt.Fprintf(&wide, "Teil %d;%d;Nord\n", i%4, 1+i%5)
	}
	tests := []struct {
		name, in string
		want     bool
	}{
		{"one column of quantities", quantities.String(), false},
		{"two columns of categories and quantities", pairs.String(), false},
		{"one column of e-mail addresses", emails.String(), true},
		{"three columns", wide.String(), true},
	}
	for _, tc := range tests {
		rep := profileText(t, tc.in)
		if rep.DuplicateRows == 0 {
			t.Errorf("%s: got no duplicate rows counted", tc.name)
		}
		got := slices.ContainsFunc(rep.Issues, func(is Issue) bool { return is.Code == "duplicate_rows" })
		if got != tc.want {
			t.Errorf("%s: got duplicate_rows finding %v, want %v", tc.name, got, tc.want)
		}
	}
}

// The finding about malformed rows fits rows with too many fields as well
// as rows with too few.
func TestMalformedRowsMessage(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"one row too long", "a;b;c\n1;2;3;4\n5;6;7\n", "Zeile 2 hat eine andere Zahl von Feldern als die Kopfzeile (3) oder"},
		{"a short row and a long one", "a;b;c\n1;2\n1;2;3;4\n5;6;7\n", "Die Zeilen 2 und 3 haben eine andere Zahl von Feldern als die Kopfzeile (3) oder"},
	}
	for _, tc := range tests {
		rep := profileText(t, tc.in)
		i := slices.IndexFunc(rep.Issues, func(is Issue) bool { return is.Code == "malformed_rows" })
		if i < 0 || !strings.HasPrefix(rep.Issues[i].Message, tc.want) {
			t.Errorf("%s: got findings %+v, want a message starting %q", tc.name, rep.Issues, tc.want)
		}
	}
}

// Zero-padded numbers under an ID header are IDs, not postcodes.
func TestPaddedIDsAreNoPostcodes(t *testing.T) {
	var b strings.Builder
	b.WriteString("Personalnummer;Abteilung\n")
	for i := 1; i <= 120; i++ {
		fmt.Fprintf(&b, "%05d;Vertrieb\n", i)
	}
	rep := profileText(t, b.String())
	if c := rep.Columns[0]; c.Type != TypeText || c.Invalid != 0 {
		t.Errorf("Personalnummer: %s with %d invalid, want text with none", c.Type, c.Invalid)
	}
}

// Months written "MM.JJJJ" (the month of account of a payroll or billing
// export) or "MM/JJJJ" (a car's first registration) are dates on the first
// day of their month, not decimals or text; one such value among decimals
// stays a decimal.
func TestMonthsOfTheYear(t *testing.T) {
	tests := []struct {
		name     string
		values   []string
		typ      string
		min, max any
	}{
		{"months with a dot", []string{"04.2024", "12.2023", "01.2024", "11.2023"}, TypeDate, "2023-11-01", "2024-04-01"},
		{"months with a slash", []string{"04/2024", "12/2019", "3/2021"}, TypeDate, "2019-12-01", "2024-04-01"},
		{"one month among decimals", []string{"04.2024", "3.5", "12.75", "0.25"}, TypeDecimal, 0.25, 12.75},
		{"a month 13", []string{"04.2024", "13.2024", "01.2024"}, TypeDecimal, 1.2024, 13.2024},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString("Nr;Abrechnungsmonat;Betrag\n")
			for i := range 60 {
				fmt.Fprintf(&b, "%d;%s;1.234\n", i, tc.values[i%len(tc.values)])
			}
			rep := profileText(t, b.String())
			c := rep.Columns[1]
			if c.Type != tc.typ || c.Min != tc.min || c.Max != tc.max || c.Invalid != 0 {
				t.Errorf("got type %s, min %v, max %v, %d invalid; want %s, %v, %v, 0", c.Type, c.Min, c.Max, c.Invalid, tc.typ, tc.min, tc.max)
			}
			if tc.typ == TypeDate && (len(c.Histogram) == 0 || c.Mean != nil) {
				t.Errorf("got histogram %v, mean %v; want months and no mean", c.Histogram, c.Mean)
			}
			// the months' dots make no decimal dots of the amounts' thousands dots
			if got := rep.Columns[2]; tc.typ == TypeDate && (got.Type != TypeInteger || got.Min != 1234.0) {
				t.Errorf("Betrag: got type %s, min %v; want integer, 1234", got.Type, got.Min)
			}
		})
	}
}

// Dates that lost their format in Excel are its day numbers, 45.292 for
// 01.01.2024: under a date's header they get a finding that says so, not
// one about outliers.
func TestExcelDayNumbers(t *testing.T) {
	tests := []struct {
		header  string
		first   float64 // the first of 60 days in a row
		want    bool
		message string
	}{
		{header: "Rechnungsdatum", first: 45292, want: true, message: "zwischen 40.292 (24.04.2010) und 45.351 (29.02.2024)"},
		{header: "Order Date", first: 45292, want: true},
		{header: "Buchungstag", first: 45292, want: true},
		{header: "Datum", first: 45292.5, want: true},
		{header: "Betrag", first: 45292},
		{header: "Update", first: 45292},
		{header: "Datum", first: 1},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.header, " ", tc.first), func(t *testing.T) {
			var b strings.Builder
			b.WriteString("Nr;" + tc.header + "\n")
			num := func(x float64) string { return strings.Replace(fmt.Sprint(x), ".", ",", 1) }
			for i := range 60 {
				fmt.Fprintf(&b, "%d;%s\n", i, num(tc.first+float64(i)))
			}
			// a typo's date, far before the rest
			fmt.Fprintf(&b, "60;%s\n", num(max(tc.first-5000, 0)))
			rep := profileText(t, b.String())
			c := rep.Columns[1]
			i := slices.IndexFunc(c.Issues, func(is Issue) bool { return is.Code == "excel_dates" })
			switch {
			case !tc.want && i >= 0:
				t.Errorf("unexpected finding %q", c.Issues[i].Message)
			case tc.want && i < 0:
				t.Errorf("got findings %+v, want excel_dates", c.Issues)
			case tc.want && (c.Issues[i].Severity != SeverityMedium || !strings.Contains(c.Issues[i].Message, "als Datum") ||
				!strings.Contains(c.Issues[i].Message, tc.message)):
				t.Errorf("got %s finding %q, want medium, with %q, saying to format the cells als Datum", c.Issues[i].Severity, c.Issues[i].Message, tc.message)
			}
			if tc.want && slices.ContainsFunc(c.Issues, func(is Issue) bool { return is.Code == "outliers" }) {
				t.Errorf("got an outliers finding among %+v", c.Issues)
			}
		})
	}
}

// Tax numbers, social and health insurance numbers, number plates and user
// names identify a person, and beside a first name a bare "Name" is
// a surname: both are personal data.
func TestPersonalDataBesideOtherColumns(t *testing.T) {
	tests := []struct {
		name    string
		headers []string
		values  [][]string // per column, repeated down the rows
		want    []string   // the kind of personal data of each column, or ""
		message string     // part of the finding of the second column
	}{
		{name: "tax ID", headers: []string{"Nr", "Steuer-ID"}, values: [][]string{{"1"}, {"12345678901", "98765432109", "47036892816"}},
			want: []string{"", "name"}, message: "Steuer-Identifikations- oder Steuernummern"},
		{name: "Steueridentifikationsnummer", headers: []string{"Nr", "Steueridentifikationsnummer"}, values: [][]string{{"1"}, {"12 345 678 901", "98 765 432 109"}},
			want: []string{"", "name"}},
		{name: "Steuernummer", headers: []string{"Nr", "Steuernummer"}, values: [][]string{{"1"}, {"21/815/08150", "133/8150/8159"}}, want: []string{"", "name"}},
		{name: "tax_id", headers: []string{"id", "tax_id"}, values: [][]string{{"1"}, {"12345678901", "98765432109"}}, want: []string{"", "name"}},
		{name: "VAT ID of firms", headers: []string{"Nr", "USt-IdNr"}, values: [][]string{{"1"}, {"DE123456789", "DE987654321"}}, want: []string{"", ""}},
		{name: "social insurance number", headers: []string{"Nr", "SV-Nummer"}, values: [][]string{{"1"}, {"65170839J003", "12150780M123"}},
			want: []string{"", "birthdate"}, message: "Sozialversicherungsnummern"},
		{name: "Sozialversicherungsnummer", headers: []string{"Nr", "Sozialversicherungsnummer"}, values: [][]string{{"1"}, {"65 170839 J 003"}}, want: []string{"", "birthdate"}},
		{name: "KVNR", headers: []string{"Nr", "Krankenversichertennummer"}, values: [][]string{{"1"}, {"A123456780", "B987654321"}},
			want: []string{"", "name"}, message: "Krankenversichertennummern"},
		{name: "number plates", headers: []string{"Nr", "Kfz-Kennzeichen"}, values: [][]string{{"1"}, {"M-AB 1234", "WÜ-K 12E", "B XY 99"}},
			want: []string{"", "name"}, message: "Kfz-Kennzeichen"},
		{name: "plates under a plain name", headers: []string{"Nr", "Kennzeichen"}, values: [][]string{{"1"}, {"M-AB 1234", "DD-X 7", "HH-AB 123H"}}, want: []string{"", "name"}},
		{name: "plates under Kfz", headers: []string{"Nr", "Kfz"}, values: [][]string{{"1"}, {"M-AB 1234", "DD-X 7", "HH-AB 123H"}}, want: []string{"", "name"}},
		{name: "plates under Kfz-Nr", headers: []string{"Nr", "Kfz-Nr"}, values: [][]string{{"1"}, {"M-AB 1234", "DD-X 7", "HH-AB 123H"}}, want: []string{"", "name"}},
		{name: "the car's type", headers: []string{"Nr", "Kfz-Typ"}, values: [][]string{{"1"}, {"VW Golf", "Opel Astra", "BMW 320d"}}, want: []string{"", ""}},
		{name: "marks under a plain name", headers: []string{"Nr", "Kennzeichen"}, values: [][]string{{"1"}, {"A", "B-1", "X"}}, want: []string{"", ""}},
		{name: "user names", headers: []string{"Nr", "Benutzername"}, values: [][]string{{"1"}, {"jmueller", "a.schmidt", "KOWALSKIP"}},
			want: []string{"", "name"}, message: "Benutzernamen"},
		{name: "login", headers: []string{"Nr", "Login"}, values: [][]string{{"1"}, {"jmueller", "aschmidt"}}, want: []string{"", "name"}},
		{name: "user agent", headers: []string{"Nr", "User-Agent"}, values: [][]string{{"1"}, {"Mozilla/5.0 (Windows NT 10.0)", "curl/8.5"}}, want: []string{"", ""}},
		{name: "user ID", headers: []string{"Nr", "user_id"}, values: [][]string{{"1"}, {"17", "18"}}, want: []string{"", ""}},
		{name: "surname beside a first name", headers: []string{"Nr", "Name", "Vorname"},
			values: [][]string{{"1"}, {"Müller", "Schmidt", "Yılmaz", "Kowalski"}, {"Anna", "Jörg", "Ayşe", "Piotr"}}, want: []string{"", "name", "name"}},
		{name: "surnames alone", headers: []string{"Nr", "Name", "Ort"},
			values: [][]string{{"1"}, {"Müller", "Schmidt", "Yılmaz", "Kowalski"}, {"Köln", "Bonn"}}, want: []string{"", "", ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(strings.Join(tc.headers, ";") + "\n")
			for i := range 60 {
				for j, vs := range tc.values {
					if j > 0 {
						b.WriteString(";")
					}
					b.WriteString(vs[i%len(vs)])
				}
				b.WriteString("\n")
			}
			rep := profileText(t, b.String())
			for i, c := range rep.Columns {
				got := ""
				if c.PII != nil {
					got = *c.PII
				}
				if got != tc.want[i] {
					t.Errorf("column %s: got personal data %q, want %q", c.Name, got, tc.want[i])
				}
			}
			if tc.message != "" {
				c := rep.Columns[1]
				if i := slices.IndexFunc(c.Issues, func(is Issue) bool { return is.Code == "personal_data" }); i < 0 || !strings.Contains(c.Issues[i].Message, tc.message) {
					t.Errorf("got findings %+v, want personal_data with %q", c.Issues, tc.message)
				}
			}
		})
	}
}

// A column of 0 and 1 under a name that asks a yes/no question ("aktiv",
// "is_deleted", "Newsletter") is a yes/no column, not numbers with a mean;
// under another name ("Anzahl Kinder") it stays numbers.
func TestZeroOneColumns(t *testing.T) {
	tests := []struct {
		header string
		values []string
		want   string
	}{
		{"aktiv", []string{"1", "0", "1"}, TypeBoolean},
		{"is_deleted", []string{"0", "1", "0", "0"}, TypeBoolean},
		{"Gesperrt", []string{"0", "1", ""}, TypeBoolean},
		{"Newsletter", []string{"1", "0"}, TypeBoolean},
		{"hasChildren", []string{"1", "0"}, TypeBoolean},
		{"IsActive", []string{"1", "0"}, TypeBoolean},
		{"Island", []string{"1", "0"}, TypeInteger},
		{"Flag", []string{"1", "0"}, TypeBoolean},
		{"Ist-Menge", []string{"1", "0"}, TypeInteger},
		{"Opt-in", []string{"1", "0"}, TypeBoolean},
		{"aktiv", []string{"1", "1"}, TypeInteger},
		{"aktiv", []string{"1", "0", "2"}, TypeInteger},
		{"Anzahl Kinder", []string{"1", "0"}, TypeInteger},
	}
	for _, tc := range tests {
		t.Run(tc.header+" "+strings.Join(tc.values, ","), func(t *testing.T) {
			rep := profileText(t, oneColumn(tc.header, tc.values, 60))
			c := rep.Columns[1]
			if c.Type != tc.want || c.Invalid != 0 {
				t.Errorf("got type %s, %d invalid; want %s, 0", c.Type, c.Invalid, tc.want)
			}
			if tc.want == TypeBoolean && (c.Mean != nil || c.Quantiles != nil || c.Formats["0/1"] == 0) {
				t.Errorf("got mean %v, quantiles %v, formats %v; want neither and the format 0/1", c.Mean, c.Quantiles, c.Formats)
			}
		})
	}
}

// A wide export with many empty or constant columns has one finding for
// each kind, naming the columns (a few, and how many more), not one for
// each column; each column keeps its own.
func TestManyEmptyColumnsInOneFinding(t *testing.T) {
	var b strings.Builder
	for i := range 200 {
		if i > 0 {
			b.WriteString(";")
		}
		fmt.Fprintf(&b, "Feld %d", i+1)
	}
	b.WriteString("\n")
	for r := range 100 {
		for i := range 200 {
			if i > 0 {
				b.WriteString(";")
			}
			switch {
			case i < 45:
				fmt.Fprintf(&b, "%d", r*(i+1))
			case i < 50:
				b.WriteString("EUR") // constant
			}
		}
		b.WriteString("\n")
	}
	rep := profileText(t, b.String())
	for _, tc := range []struct {
		code, message string
		columns       int
	}{
		{"empty_column", "Die Spalten „Feld 51“, „Feld 52“, „Feld 53“, „Feld 54“, „Feld 55“, „Feld 56“, „Feld 57“, „Feld 58“, „Feld 59“, „Feld 60“ und 140 weitere sind in allen Zeilen leer.", 150},
		{"constant_column", "Die Spalten „Feld 46“, „Feld 47“, „Feld 48“, „Feld 49“ und „Feld 50“ enthalten jeweils überall denselben Wert", 5},
	} {
		found := slices.DeleteFunc(slices.Clone(rep.Issues), func(is Issue) bool { return is.Code != tc.code })
		if len(found) != 1 || len(found[0].Columns) != tc.columns || !strings.Contains(found[0].Message, tc.message) {
			t.Errorf("got %s findings %+v, want one naming %d columns, with %q", tc.code, found, tc.columns, tc.message)
		}
	}
	if n := len(rep.Columns[199].Issues); n != 1 {
		t.Errorf("got %d findings for the last column, want its own", n)
	}
	if rep.Score < 80 {
		t.Errorf("got score %d, want at least 80: %+v", rep.Score, rep.Deductions)
	}
}

// Lengths count characters, not bytes: "Müller" has 6.
func TestLengthsCountCharacters(t *testing.T) {
	tests := []struct {
		name     string
		values   []string
		min, max int
	}{
		{"umlauts", []string{"Müller", "Jörg", "Weiß"}, 4, 6},
		{"the longest with umlauts", []string{"Bäckerstraße", "Hauptweg 1"}, 10, 12},
		{"ASCII", []string{"Meyer", "Schmidt"}, 5, 7},
		{"e-mail addresses", []string{"jörg@müller.de", "anna@koch.de"}, 12, 14},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString("Nr;Wert\n")
			for i := range 60 {
				fmt.Fprintf(&b, "%d;%s\n", i, tc.values[i%len(tc.values)])
			}
			rep := profileText(t, b.String())
			if c := rep.Columns[1]; c.MinLength != tc.min || c.MaxLength != tc.max {
				t.Errorf("got lengths %d to %d, want %d to %d", c.MinLength, c.MaxLength, tc.min, tc.max)
			}
		})
	}
}

// Lengths count characters also in a column of more different values than
// its value table counts, and with the blanks around a value.
func TestLengthsCountCharactersInLargeColumns(t *testing.T) {
	var b strings.Builder
	b.WriteString("Nr;Name;Ort\n")
	for i := range 40000 {
		fmt.Fprintf(&b, "%d;Jürgen Weiß %d;%s\n", i, i, []string{"Köln", " Öhringen ", "Bad Tölz"}[i%3])
	}
	rep := profileText(t, b.String())
	if c := rep.Columns[1]; !c.DistinctEstimated || c.MinLength != 13 || c.MaxLength != 17 {
		t.Errorf("Name: lengths %d to %d (distinct estimated: %v), want 13 to 17 from a sketch", c.MinLength, c.MaxLength, c.DistinctEstimated)
	}
	if c := rep.Columns[2]; c.MinLength != 4 || c.MaxLength != 10 {
		t.Errorf("Ort: lengths %d to %d, want 4 to 10", c.MinLength, c.MaxLength)
	}
}

// A value the value table holds adds its statistics once for all its rows,
// when the table fills up or at the end: the figures must be those of
// every row, whether the table filled up or not, however the rows were
// shared among workers.
func TestStatisticsOfRepeatedValues(t *testing.T) {
	var b strings.Builder
	b.WriteString("nr;betrag;datum;plz\n")
	const rows = 60000
	var sum, amounts int64
	for i := range rows {
		nr := i % 40000 // fills a table of 32 Ki values half-way through
		sum += int64(nr)
		cents := int64(150 + i%7*100)
		amounts += cents
		fmt.Fprintf(&b, "%d;%s;%02d.%02d.2025;0%d\n", nr, germanAmount(cents), 1+i%28, 1+i%12, 1067+i%9)
	}
	for _, opt := range []Options{{Workers: 1}, {Workers: 2, ChunkSize: 64 << 10}, {Workers: 1, RowSetLog2: 16}} {
		opt.Now = testNow
		rep, err := Profile(strings.NewReader(b.String()), opt)
		if err != nil {
			t.Fatal(err)
		}
		nr, betrag, datum, plz := rep.Columns[0], rep.Columns[1], rep.Columns[2], rep.Columns[3]
		if nr.Type != TypeInteger || nr.Min != 0.0 || nr.Max != 39999.0 || math.Abs(*nr.Mean-float64(sum)/rows) > 1e-6 {
			t.Errorf("%+v: nr: got %s, %v … %v, mean %v; want integer, 0 … 39999, mean %v", opt, nr.Type, nr.Min, nr.Max, *nr.Mean, float64(sum)/rows)
		}
		if betrag.Type != TypeDecimal || math.Abs(*betrag.Mean-float64(amounts)/100/rows) > 1e-9 || betrag.Min != 1.5 || betrag.Max != 7.5 {
			t.Errorf("%+v: betrag: got %s, %v … %v, mean %v; want decimal, 1,5 … 7,5, mean %v", opt, betrag.Type, betrag.Min, betrag.Max, *betrag.Mean, float64(amounts)/100/rows)
		}
		if datum.Type != TypeDate || datum.Min != "2025-01-01" || datum.Max != "2025-12-28" || datum.Formats["TT.MM.JJJJ"] != rows {
			t.Errorf("%+v: datum: got %s, %v … %v, formats %v", opt, datum.Type, datum.Min, datum.Max, datum.Formats)
		}
		if plz.Type != TypePostcode || plz.Invalid != 0 {
			t.Errorf("%+v: plz: got %s with %d invalid, want postcode", opt, plz.Type, plz.Invalid)
		}
	}
}
