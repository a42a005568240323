package datacheck

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
)

// encodingTable writes a table of ascii rows of plain ASCII, then utf8 rows
// with umlauts in UTF-8, then cp1252 rows in Windows-1252 (with €, „ and “).
func encodingTable(ascii, utf8, cp1252 int) []byte {
	var b bytes.Buffer
	b.WriteString("id;name;ort;notiz\n")
	for i := range ascii {
		fmt.Fprintf(&b, "%d;%s;%s;Text %d\n", i, []string{"Schmidt", "Meyer", "Schulz"}[i%3], []string{"Berlin", "Hamburg"}[i%2], i%40)
	}
	for i := range utf8 {
		fmt.Fprintf(&b, "%d;Müller;Köln;Größe L\n", ascii+i)
	}
	for i := range cp1252 {
		fmt.Fprintf(&b, "%d;M\xfcller;K\xf6ln;\x84Gr\xf6\xdfe\x93 \x96 5 \x80\n", ascii+utf8+i)
	}
	return b.Bytes()
}

func TestProfileFindsEncodingBeyondTheSample(t *testing.T) {
	ascii := encodingTable(5000, 0, 0) // about 110 KB
	if len(ascii) < 100<<10 {
		t.Fatalf("the ASCII start has %d bytes, want more than 100 KB", len(ascii))
	}
	tests := []struct {
		name     string
		data     []byte
		stream   bool // hide Seek
		encoding string
		redo     bool
		top      []string // among the top values of name and notiz
		bad      int64    // values not valid UTF-8, in each of name, ort and notiz
		because  string   // in the message of the invalid_encoding issue
	}{
		{name: "Windows-1252 after an ASCII start is read again", data: encodingTable(5000, 0, 200),
			encoding: "windows-1252", redo: true, top: []string{"Müller", "„Größe“ – 5 €"}},
		{name: "Windows-1252 after an ASCII start from a stream", data: encodingTable(5000, 0, 200), stream: true,
			encoding: "utf-8", bad: 200, because: "beginnt aber ohne Umlaute"},
		{name: "UTF-8, then Windows-1252", data: encodingTable(100, 4000, 200),
			encoding: "utf-8", bad: 200, because: "mischt wohl zwei Zeichenkodierungen", top: []string{"Müller", "Größe L"}},
		{name: "ASCII start, then UTF-8, then Windows-1252", data: encodingTable(5000, 300, 200),
			encoding: "utf-8", bad: 200, because: "mischt wohl zwei Zeichenkodierungen", top: []string{"Müller", "Größe L"}},
		{name: "UTF-8 throughout", data: encodingTable(5000, 300, 0),
			encoding: "utf-8", top: []string{"Müller", "Größe L"}},
		{name: "ISO-8859-1 throughout", data: append([]byte("id;name;ort;notiz\n0;M\xfcller;K\xf6ln;x\n"), ascii[len("id;name;ort;notiz\n"):]...),
			encoding: "iso-8859-1", top: []string{"Müller"}},
		{name: "ISO-8859-1 sample, then Windows-1252", data: append([]byte("id;name;ort;notiz\n0;M\xfcller;K\xf6ln;x\n"), encodingTable(5000, 0, 200)[len("id;name;ort;notiz\n"):]...),
			encoding: "windows-1252", top: []string{"Müller", "„Größe“ – 5 €"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r io.Reader = bytes.NewReader(tc.data)
			if tc.stream {
				r = struct{ io.Reader }{r}
			}
			before := redone.Load()
			rep, err := Profile(r, Options{Now: testNow, Workers: 2, ChunkSize: 16 << 10})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Encoding != tc.encoding {
				t.Errorf("got encoding %s, want %s", rep.Encoding, tc.encoding)
			}
			if redo := redone.Load() != before; redo != tc.redo {
				t.Errorf("got read again %v, want %v", redo, tc.redo)
			}
			var top []string
			for _, c := range rep.Columns {
				for _, v := range c.TopValues {
					top = append(top, v.Value)
				}
				if c.Name != "id" && c.EncodingErrors != tc.bad {
					t.Errorf("column %s: got %d encoding errors, want %d", c.Name, c.EncodingErrors, tc.bad)
				}
				if c.Invalid != 0 || c.Type != TypeText && c.Name != "id" {
					t.Errorf("column %s: got type %s with %d invalid values, want text with none", c.Name, c.Type, c.Invalid)
				}
			}
			for _, v := range tc.top {
				if !slices.Contains(top, v) {
					t.Errorf("got top values %q, want %q among them", top, v)
				}
			}
			var issue *Issue
			for i, is := range rep.Issues {
				if is.Code == "invalid_encoding" {
					issue = &rep.Issues[i]
				}
			}
			switch {
			case tc.because == "" && issue != nil:
				t.Errorf("got issue %q, want none", issue.Message)
			case tc.because != "" && issue == nil:
				t.Errorf("got no invalid_encoding issue in %+v", rep.Issues)
			case issue != nil:
				want := fmt.Sprintf("In %d Werten der Spalten „name“, „ort“ und „notiz“ stehen Zeichen, die kein gültiges UTF-8 sind, etwa in „Müller“, „Köln“, „„Größe“ – 5 €“", 3*tc.bad)
				if !strings.HasPrefix(issue.Message, want) || !strings.Contains(issue.Message, tc.because) {
					t.Errorf("got message %q, want it to start %q and say %q", issue.Message, want, tc.because)
				}
				if !slices.ContainsFunc(rep.Deductions, func(d Deduction) bool { return d.Reason == issue.Title && d.Points == issue.Points }) {
					t.Errorf("got deductions %+v, want %q", rep.Deductions, issue.Title)
				}
			}
		})
	}
}

// Rows in Windows-1252, then rows in UTF-8: both are read right, and the
// report says the file mixes the two.
func TestProfileReadsUTF8AfterWindows1252(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("id;name;ort;notiz\n")
	for i := range 3000 {
		if i < 2000 {
			fmt.Fprintf(&b, "%d;M\xfcller;K\xf6ln;\x84Gr\xf6\xdfe\x93 \x96 5 \x80\n", i)
		} else {
			fmt.Fprintf(&b, "%d;Müller;Köln;„Größe“ – 5 €\n", i)
		}
	}
	rep, err := Profile(bytes.NewReader(b.Bytes()), Options{Now: testNow, Workers: 2, ChunkSize: 16 << 10})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Encoding != "windows-1252" {
		t.Errorf("got encoding %s, want windows-1252", rep.Encoding)
	}
	for _, c := range rep.Columns[1:] {
		if c.Distinct != 1 || len(c.TopValues) != 1 || c.TopValues[0].Count != 3000 {
			t.Errorf("column %s: got %d distinct, top values %+v; want one value 3000 times", c.Name, c.Distinct, c.TopValues)
		}
	}
	i := slices.IndexFunc(rep.Issues, func(is Issue) bool { return is.Code == "invalid_encoding" })
	if i < 0 || !strings.Contains(rep.Issues[i].Message, "enthält aber auch 8.000 Zeichen in UTF-8") {
		t.Errorf("got issues %+v, want invalid_encoding about 8.000 characters in UTF-8", rep.Issues)
	}
}

// latin1Reader keeps a UTF-8 sequence together when a read cuts it.
func TestLatin1ReaderKeepsUTF8(t *testing.T) {
	in := "M\xfcller, Müller, \x84€\x93 €, \xe2\x82, \xf0\x9f\x98\x80, \xe2"
	want := "Müller, Müller, „€“ €, â‚, 😀, â"
	for _, r := range []io.Reader{strings.NewReader(in), iotest.OneByteReader(strings.NewReader(in))} {
		l := newLatin1Reader(r)
		got, err := io.ReadAll(l)
		if err != nil || string(got) != want {
			t.Errorf("got %q, %v; want %q", got, err, want)
		}
		if l.utf8 != 4 || !l.cp1252 {
			t.Errorf("got %d characters in UTF-8, Windows-1252 %v; want 4, true", l.utf8, l.cp1252)
		}
	}
}

func TestDecodeMixed(t *testing.T) {
	if got, want := decodeMixed("Müller, M\xfcller, \x84\x80\x93, \xef\xbf\xbd"), "Müller, Müller, „€“, \uFFFD"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestColumnList(t *testing.T) {
	for n, want := range []string{
		1: "der Spalte „a“",
		2: "der Spalten „a“ und „b“",
		3: "der Spalten „a“, „b“ und „c“",
		5: "der Spalten „a“, „b“, „c“ und 2 weiteren",
	} {
		if want == "" {
			continue
		}
		if got := columnList([]string{"a", "b", "c", "d", "e"}[:n]); got != want {
			t.Errorf("%d columns: got %q, want %q", n, got, want)
		}
	}
}

// A value that is not UTF-8 has the invalid_encoding issue, not also
// invalid_values.
func TestProfileEncodingErrorsAreNotInvalid(t *testing.T) {
	in := "n\n" + strings.Repeat("5\n", 40000) + "5 \x80\n" // beyond the first 64 KB
	rep, err := Profile(struct{ io.Reader }{strings.NewReader(in)}, Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	c := rep.Columns[0]
	if c.Type != TypeInteger || c.Invalid != 0 || c.EncodingErrors != 1 {
		t.Errorf("got type %s, %d invalid, %d encoding errors; want integer, 0, 1", c.Type, c.Invalid, c.EncodingErrors)
	}
	var codes []string
	for _, is := range rep.Issues {
		codes = append(codes, is.Code)
	}
	if !slices.Contains(codes, "invalid_encoding") || slices.Contains(codes, "invalid_values") {
		t.Errorf("got issues %q, want invalid_encoding and no invalid_values", codes)
	}
}
