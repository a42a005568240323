package datacheck

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
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

// Lines before the table, as bank and accounting exports and Excel sheets
// write them, are skipped and reported; a table that starts with its header
// is read as it is, also when its first rows are sparse.
func TestPreamble(t *testing.T) {
	datevHead := `"EXTF";700;21;"Buchungsstapel";13;20261120101500000;;"RE";"";"";12345;67890;20260101;4;20261101;20261130;"";"";1;0;0;"EUR";;"";;;"03";;;"";""` + "\n"
	var datevCols, datevRow []string
	for i := range 40 {
		datevCols = append(datevCols, fmt.Sprintf("Feld %d", i+1))
		datevRow = append(datevRow, fmt.Sprint(i))
	}
	datev := datevHead + strings.Join(datevCols, ";") + "\n" + strings.Join(datevRow, ";") + "\n" + strings.Join(datevRow, ";") + "\n"
	// a Buchungsstapel of 14 columns: the format line is the widest record
	datevShort := datevHead + strings.Join(datevCols[:14], ";") + "\n" + strings.Join(datevRow[:14], ";") + "\n" + strings.Join(datevRow[:14], ";") + "\n"
	tests := []struct {
		name, in   string
		headerLine int64
		firstCol   string
		cols       int
		rows       int64
		message    string // part of the preamble finding; "" for none
	}{
		{"comdirect", ";\n\"Umsätze Girokonto\";\"Zeitraum: 30 Tage\";\n\"Neuer Kontostand\";\"1.234,56 EUR\";\n\n" +
			"\"Buchungstag\";\"Wertstellung (Valuta)\";\"Vorgang\";\"Buchungstext\";\"Umsatz in EUR\";\n" +
			"\"20.11.2026\";\"20.11.2026\";\"Lastschrift\";\"Stadtwerke\";\"-89,00\";\n\"19.11.2026\";\"19.11.2026\";\"Gutschrift\";\"Rechnung 113\";\"1.250,00\";\n",
			5, "Buchungstag", 6, 2, "Die Tabelle beginnt erst in Zeile 5. Die 4 Zeilen davor („Umsätze Girokonto“, „Neuer Kontostand“) gehören"},
		{"ING", "Umsatzanzeige;Datei erstellt am: 20.11.2026 10:15\n;Letztes Update: aktuell\n\nIBAN;DE12 5001 0517 0123 4567 89\nKontoname;Girokonto\n" +
			"Bank;ING\nKunde;Erika Mustermann\nZeitraum;01.11.2026 - 20.11.2026\nSaldo;1.234,56;EUR\n\nSortierung;Datum absteigend\n\n" +
			"In der CSV-Datei finden Sie alle bereits gebuchten Umsätze. Die vorgemerkten Umsätze werden nicht aufgenommen.\n\n" +
			"Buchung;Wertstellungsdatum;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Saldo;Währung;Betrag;Währung\n" +
			"20.11.2026;20.11.2026;Stadtwerke;Lastschrift;Strom;1.145,56;EUR;-89,00;EUR\n19.11.2026;19.11.2026;Max Muster;Gutschrift;RE 113;1.234,56;EUR;250,00;EUR\n",
			15, "Buchung", 9, 2, "Die Tabelle beginnt erst in Zeile 15. Die 14 Zeilen davor („Umsatzanzeige“, „Letztes Update: aktuell“) gehören"},
		// DATEV's header line belongs to the format: no advice to delete it
		{"DATEV", datev, 2, "Feld 1", 40, 2, "Zeile 1 ist die Kopfzeile des DATEV-Formats („Buchungsstapel“)"},
		{"DATEV, format line wider than the header", datevShort, 2, "Feld 1", 14, 2, "ab Zeile 2 ein (in pandas: skiprows=1)"},
		{"DATEV and a title", datevHead + "Buchungen November;;\n" + strings.Join(datevCols[:14], ";") + "\n" + strings.Join(datevRow[:14], ";") + "\n",
			3, "Feld 1", 14, 1, "Die 2 Zeilen davor („EXTF“, „Buchungen November“) gehören nicht zu ihr"},
		{"Excel title", "Kundenliste Stand 01.11.2026;;;;\n;;;;\nNr;Name;PLZ;Ort;Umsatz\n1;Meyer;01067;Dresden;100\n2;Kunz;04109;Leipzig;200\n",
			3, "Nr", 5, 2, "Die 2 Zeilen davor („Kundenliste Stand 01.11.2026“) gehören"},
		{"blank lines", "\n\r\nid;name\n1;a\n2;b\n", 3, "id", 2, 2, "Die 2 Leerzeilen davor gehören"},
		{"sep line", "sep=;\nStand 2026;;\nid;name;ort\n1;a;b\n", 3, "id", 3, 1, "Die Tabelle beginnt erst in Zeile 3. Die Zeile davor („Stand 2026“) gehört"},
		{"plain", "id;name\n1;a\n2;b\n", 1, "id", 2, 2, ""},
		{"short header, trailing delimiters", "a;b\n1;2;;;\n3;4;;;\n", 1, "a", 2, 2, ""},
		{"sparse first rows", "a;b;c;d\n1;;;\n;;;\n2;x;y;z\n", 1, "a", 4, 2, ""}, // ";;;" is no row
		{"one named column", "Name;;\nMeyer;;\nKunz;;\n", 1, "Name", 3, 2, ""},
	}
	for _, tc := range tests {
		rep, err := Profile(strings.NewReader(tc.in), Options{Now: testNow})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if rep.HeaderLine != tc.headerLine || rep.Columns[0].Name != tc.firstCol || len(rep.Columns) != tc.cols || rep.Rows != tc.rows {
			t.Errorf("%s: header line %d, first column %q, %d columns, %d rows; want %d, %q, %d, %d",
				tc.name, rep.HeaderLine, rep.Columns[0].Name, len(rep.Columns), rep.Rows, tc.headerLine, tc.firstCol, tc.cols, tc.rows)
		}
		i := slices.IndexFunc(rep.Issues, func(is Issue) bool { return is.Code == "preamble" || is.Code == "datev_header" })
		if i >= 0 && rep.Issues[i].Code == "datev_header" && (rep.Issues[i].Points != 0 || strings.Contains(rep.Issues[i].Message, "Löschen")) {
			t.Errorf("%s: DATEV's header line costs %d points or is to be deleted: %q", tc.name, rep.Issues[i].Points, rep.Issues[i].Message)
		}
		switch {
		case tc.message == "" && i >= 0:
			t.Errorf("%s: unexpected finding %q", tc.name, rep.Issues[i].Message)
		case tc.message != "" && i < 0:
			t.Errorf("%s: no preamble finding", tc.name)
		case tc.message != "" && !strings.Contains(rep.Issues[i].Message, tc.message):
			t.Errorf("%s: finding %q, want it to contain %q", tc.name, rep.Issues[i].Message, tc.message)
		}
		if rep.MalformedRows != 0 && tc.name != "short header, trailing delimiters" {
			t.Errorf("%s: %d malformed rows, lines %v", tc.name, rep.MalformedRows, rep.MalformedLines)
		}
	}
}

// Lines are counted from the start of the file, the preamble included.
func TestPreambleLineNumbers(t *testing.T) {
	in := "Bericht\n\nid;name;ort\n1;a;b\n2;b\n3;c;d\n"
	rep := profileText(t, in)
	if !slices.Equal(rep.MalformedLines, []int64{5}) {
		t.Errorf("malformed lines %v, want [5]", rep.MalformedLines)
	}
	i := slices.IndexFunc(rep.Issues, func(is Issue) bool { return is.Code == "trailing_delimiter" })
	if i >= 0 {
		t.Errorf("unexpected finding %q", rep.Issues[i].Message)
	}
}

// A delimiter at the end of every line makes an empty, unnamed last column:
// one finding about the export, not two about a column.
func TestTrailingDelimiter(t *testing.T) {
	rep := profileText(t, "a;b;\n1;2;\n3;4;\n")
	var codes []string
	for _, is := range rep.Issues {
		codes = append(codes, is.Code)
	}
	if !slices.Contains(codes, "trailing_delimiter") || slices.Contains(codes, "unnamed_column") || slices.Contains(codes, "empty_column") {
		t.Errorf("findings %v, want trailing_delimiter and neither unnamed_column nor empty_column", codes)
	}
}

// SAP writes negative amounts with the minus behind: they are numbers, and
// the column gets one finding about the notation, not invalid values.
func TestTrailingMinus(t *testing.T) {
	rep := profileText(t, "Beleg;Betrag\n1;1.234,56-\n2;89,00\n3;45,99-\n4;100,00\n")
	c := rep.Columns[1]
	if c.Type != TypeDecimal || c.Invalid != 0 || c.Min != -1234.56 {
		t.Errorf("Betrag: type %s, %d invalid, min %v; want decimal, 0, -1234.56", c.Type, c.Invalid, c.Min)
	}
	i := slices.IndexFunc(rep.Issues, func(is Issue) bool { return is.Code == "trailing_minus" })
	if i < 0 || !strings.Contains(rep.Issues[i].Message, "stehen 2 Werte mit dem Minus hinter der Zahl") {
		t.Errorf("findings %+v, want one about the trailing minus of 2 values", rep.Issues)
	}
	if slices.ContainsFunc(rep.Issues, func(is Issue) bool { return is.Code == "mixed_formats" }) {
		t.Error("the trailing minus is reported as mixed formats")
	}
}

// "29.405" is 29.405 where a column or the file writes decimal dots, and
// 29 405 in German notation.
func TestDecimalDots(t *testing.T) {
	tests := []struct {
		name, in string
		col      int
		typ      string
		min, max float64
	}{
		{"sensor log, three decimals", "zeit,temp,druck\n2026-11-20T08:00:00,29.405,8.63\n2026-11-20T08:01:00,73.464,3.30\n2026-11-20T08:02:00,0.125,1.5\n", 1, TypeDecimal, 0.125, 73.464},
		{"dots in the column", "id;wert\n1;12.345\n2;12.5\n3;1.000\n", 1, TypeDecimal, 1, 12.5},
		{"German thousands", "id;betrag;menge\n1;1.234;12,5\n2;2.500;3\n", 1, TypeInteger, 1234, 2500},
		{"German file, ambiguous only", "id;menge\n1;1.234\n2;2.500\n", 1, TypeInteger, 1234, 2500},
		{"comma file, ambiguous only", "id,menge\n1,1.234\n2,2.500\n", 1, TypeDecimal, 1.234, 2.5},
		{"dot decimals elsewhere, comma here", "a;b\n1.5;1.234\n2.5;2,5\n", 1, TypeDecimal, 2.5, 1234},
		{"semicolons, ISO time stamps", "zeit;temp\n2026-11-20 08:00:00;21.100\n2026-11-20 08:01:00;21.107\n", 1, TypeDecimal, 21.1, 21.107},
		{"semicolons, German dates", "datum;menge\n20.11.2026;21.100\n21.11.2026;21.107\n", 1, TypeInteger, 21100, 21107},
	}
	for _, tc := range tests {
		rep := profileText(t, tc.in)
		c := rep.Columns[tc.col]
		if c.Type != tc.typ || c.Min != tc.min || c.Max != tc.max || c.Invalid != 0 {
			t.Errorf("%s: %s %v..%v, %d invalid; want %s %v..%v", tc.name, c.Type, c.Min, c.Max, c.Invalid, tc.typ, tc.min, tc.max)
		}
	}
}

// A date-time column's minimum and maximum keep the time of day, also for
// values seen before (whose classification the value table keeps).
func TestDateTimeRange(t *testing.T) {
	in := "zeit;wert\n20.11.2026 08:15:30;1\n2026-11-20 23:59:59;2\n20.11.2026 08:15:30;3\n2026-11-21T00:00:01;4\n2026-11-21T00:00:01;5\n"
	rep := profileText(t, in)
	c := rep.Columns[0]
	if c.Type != TypeDatetime || c.Min != "2026-11-20T08:15:30" || c.Max != "2026-11-21T00:00:01" {
		t.Errorf("got %s %v..%v, want datetime 2026-11-20T08:15:30..2026-11-21T00:00:01", c.Type, c.Min, c.Max)
	}
	if got := isoTime(-1); got != "1969-12-31T23:59:59" {
		t.Errorf("isoTime(-1) = %s", got)
	}
	if got := fmtAny(c.Min); got != "20.11.2026 08:15:30" {
		t.Errorf("in the HTML report: %s, want 20.11.2026 08:15:30", got)
	}
}

// A row of totals below the table, or subtotals between its rows, are
// found by their label; a frequent category "Total" is no such label.
func TestTotalsRow(t *testing.T) {
	var sub, brand strings.Builder
	sub.WriteString("Monat;Kunde;Umsatz\n")
	brand.WriteString("Datum;Tankstelle;Betrag\n")
	for m := 1; m <= 12; m++ {
		for i := range 20 {
			fmt.Fprintf(&sub, "%d;Kunde %d;%d\n", m, i, 100+i)
			fmt.Fprintf(&brand, "%02d.%02d.2026;%s;%d,50\n", 1+i, m, []string{"Total", "Aral", "Shell"}[i%3], 40+i)
		}
		fmt.Fprintf(&sub, "%d;Zwischensumme;%d\n", m, 20*100+190)
	}
	tests := []struct{ name, in, want string }{
		{"label in a text column", "Kunde;Umsatz\nMeyer;100\nKunz;200\nSchulze;300\nSumme;600\n", "„Summe“"},
		{"label in a number column", "Nr;Umsatz\n1;100\n2;200\n3;300\nGesamt:;600\n", "„Gesamt:“"},
		{"subtotals", sub.String(), "„Zwischensumme“"},
		{"a brand", brand.String(), ""},
		{"a word that starts alike", "Nr;Ansicht\n1;Gesamtansicht\n2;Detail\n3;Detail\n", ""},
	}
	for _, tc := range tests {
		rep := profileText(t, tc.in)
		i := slices.IndexFunc(rep.Issues, func(is Issue) bool { return is.Code == "totals_row" })
		switch {
		case tc.want == "" && i >= 0:
			t.Errorf("%s: unexpected finding %q", tc.name, rep.Issues[i].Message)
		case tc.want != "" && (i < 0 || !strings.Contains(rep.Issues[i].Message, tc.want)):
			t.Errorf("%s: no finding with %s", tc.name, tc.want)
		}
	}
}

// A column takes the type of most of its values; the rest are invalid
// values the report names, not a reason to call the column text.
func TestTypeOfMostValues(t *testing.T) {
	var b strings.Builder
	b.WriteString("Nr;Umsatz;Lieferdatum;Telefon;PLZ;Saldo\n")
	for i := range 40 {
		umsatz, datum, tel := fmt.Sprintf("%d,50", 100+i), fmt.Sprintf("%02d.10.2026", i%28+1), "0351 1234567"
		if i%10 < 3 {
			umsatz, datum, tel = "offen", fmt.Sprintf("10/%02d/2026", i%28+1), "030-1234567"
		}
		plz := []string{"1067", "4109", "99084", "1069"}[i%4] // Saxony after Excel: most lost their zero
		saldo := "250,00"
		if i%2 == 0 {
			saldo = " (12,50)"
		}
		fmt.Fprintf(&b, "%d;%s;%s;%s;%s;%s\n", i, umsatz, datum, tel, plz, saldo)
	}
	rep := profileText(t, b.String())
	want := []struct {
		typ     string
		invalid int64
	}{{TypeInteger, 0}, {TypeDecimal, 12}, {TypeDate, 12}, {TypePhone, 0}, {TypePostcode, 30}, {TypeDecimal, 0}}
	for i, w := range want {
		c := rep.Columns[i]
		if c.Type != w.typ || c.Invalid != w.invalid {
			t.Errorf("%s: %s with %d invalid, want %s with %d", c.Name, c.Type, c.Invalid, w.typ, w.invalid)
		}
	}
	if c := rep.Columns[5]; c.Min != -12.5 || c.Max != 250.0 {
		t.Errorf("Saldo: %v..%v, want -12.5..250", c.Min, c.Max)
	}
	codes := map[string]bool{}
	for _, is := range rep.Issues {
		codes[is.Code+":"+strings.Join(is.Columns, ",")] = true
	}
	for _, c := range []string{"invalid_values:Umsatz", "invalid_values:Lieferdatum", "lost_leading_zero:PLZ", "whitespace:Saldo"} {
		if !codes[c] {
			t.Errorf("no finding %s among %v", c, codes)
		}
	}
}

// Austrian or Swiss postcodes alone are four digits long and not short of
// a zero.
func TestPostcodesOfFourDigits(t *testing.T) {
	rep := profileText(t, "Kunde;PLZ;Ort\n1;1010;Wien\n2;8010;Graz\n3;4020;Linz\n4;6020;Innsbruck\n")
	if c := rep.Columns[1]; c.Type != TypePostcode || c.Invalid != 0 {
		t.Errorf("PLZ: %s with %d invalid, want postcode with none", c.Type, c.Invalid)
	}
	for _, is := range rep.Issues {
		if is.Code == "lost_leading_zero" {
			t.Errorf("finding %s", is.Title)
		}
	}
}

// The delimiter is the one that splits most lines alike; decimal commas and
// a few ragged rows do not make a semicolon file a comma file.
func TestSniffDelimiter(t *testing.T) {
	var ragged strings.Builder
	ragged.WriteString("Artikelnr;Bezeichnung;Bestand;Preis\n")
	for i := range 40 {
		switch i {
		case 5:
			ragged.WriteString("4716;\"Schraube M8\nverzinkt\";100;0,12\n")
		case 20:
			ragged.WriteString("4731;Mutter M8;50;0,08;extra\n")
		case 30:
			ragged.WriteString("4741;Scheibe 8,4 mm;200\n")
		default:
			fmt.Fprintf(&ragged, "%d;Teil %d;%d;%d,%02d\n", 4711+i, i, 10+i, 100+i, i)
		}
	}
	tests := []struct {
		name, in string
		want     byte
	}{
		{"semicolons, decimal commas, two ragged rows", "Artikelnr;Bezeichnung;Bestand;Preis\n4711;Schraube;100;0,12\n4712;Mutter;50;0,08;\n" +
			"4713;Scheibe 8,4 mm;200\n4714;Dübel;10;1,20\n4715;Nagel;10;0,02\n4716;Haken;5;2,50\n", ';'},
		{"semicolons, decimal commas, a multi-line field", ragged.String(), ';'},
		{"commas between numbers", "a,b\n1,2\n3,4\n", ','},
		{"commas, quoted decimal commas", "id,betrag\n1,\"12,50\"\n2,\"3,10\"\n", ','},
		{"commas, a semicolon in one value", "id,wert\n1,2\n3,4\n5,6\n7,8;9\n", ','},
		{"tabs, commas in values", "a\tb\n1,5\tx,y\n2,5\tz\n", '\t'},
		{"pipes", "a|b|c\n1|2|3\n4|5|6\n", '|'},
		{"comma in a title, semicolon table", "Bericht, Stand 2026\n\nid;name;ort\n1;a;b\n2;c;d\n3;e;f\n", ';'},
	}
	for _, tc := range tests {
		if got := sniffDelimiter([]byte(tc.in)); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// Lines after the table, as bank exports write them, are skipped and
// reported; a last row that is merely short stays a malformed row.
func TestFooter(t *testing.T) {
	const comdirect = "\"Buchungstag\";\"Wertstellung (Valuta)\";\"Vorgang\";\"Buchungstext\";\"Umsatz in EUR\";\n" +
		"\"20.11.2026\";\"20.11.2026\";\"Lastschrift\";\"Stadtwerke\";\"-89,00\";\n\"19.11.2026\";\"19.11.2026\";\"Gutschrift\";\"Rechnung 113\";\"1.250,00\";\n"
	tests := []struct {
		name, in  string
		rows      int64
		malformed []int64 // lines
		message   string  // part of the footer finding; "" for none
	}{
		{"comdirect", comdirect + "\n\"Alter Kontostand\";\"1.234,56 EUR\";\n", 2, nil,
			"Nach der Tabelle, ab Zeile 5, steht eine Zeile („Alter Kontostand“), die nicht zu ihr gehört;"},
		{"balances and an empty line", comdirect + "Anfangssaldo;1.323,56\n;;\nEndsaldo;2.484,56\n\n", 2, nil,
			"ab Zeile 4, stehen 3 Zeilen („Anfangssaldo“, „Endsaldo“), die nicht zu ihr gehören;"},
		{"last row short", "a;b;c;d\n1;2;3;4\n5;6;7\n", 2, []int64{3}, ""},
		{"last row cut short", "a;b;c;d;e;f\n1;2;3;4;5;6\n7;x\n", 2, []int64{3}, ""},
		{"two columns", "a;b\n1;2\n3;4\nSumme\n", 3, []int64{4}, ""},
		{"more than a footer", "a;b;c\n1;2;3\nx\ny\nz\nu\nv\nw\n", 7, []int64{3, 4, 5, 6, 7, 8}, ""},
		{"only short rows", "a;b;c;d\nx\ny\n", 2, []int64{2, 3}, ""},
	}
	for _, tc := range tests {
		rep, err := Profile(strings.NewReader(tc.in), Options{Now: testNow})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if rep.Rows != tc.rows || !slices.Equal(rep.MalformedLines, tc.malformed) {
			t.Errorf("%s: %d rows, malformed lines %v; want %d, %v", tc.name, rep.Rows, rep.MalformedLines, tc.rows, tc.malformed)
		}
		i := slices.IndexFunc(rep.Issues, func(is Issue) bool { return is.Code == "footer" })
		switch {
		case tc.message == "" && i >= 0:
			t.Errorf("%s: unexpected finding %q", tc.name, rep.Issues[i].Message)
		case tc.message != "" && i < 0:
			t.Errorf("%s: no footer finding in %+v", tc.name, rep.Issues)
		case tc.message != "" && !strings.Contains(rep.Issues[i].Message, tc.message):
			t.Errorf("%s: finding %q, want it to contain %q", tc.name, rep.Issues[i].Message, tc.message)
		}
		if i >= 0 && rep.Issues[i].Severity != SeverityLow {
			t.Errorf("%s: severity %s, want low", tc.name, rep.Issues[i].Severity)
		}
		for _, c := range rep.Columns {
			if tc.message != "" && c.Invalid != 0 { // the footer's values stay out of the columns
				t.Errorf("%s: column %s has %d invalid values %q", tc.name, c.Name, c.Invalid, c.InvalidExamples)
			}
		}
	}
}

// The footer is found at the end of the last chunk, read from a stream or
// from a file, and the lines of malformed rows before it stay right.
func TestFooterInChunks(t *testing.T) {
	var b strings.Builder
	b.WriteString("Datum;Text;Konto;Betrag\n")
	for i := range 20000 {
		if i == 15000 {
			b.WriteString("01.11.2026;kaputt;1200\n") // line 15002
		}
		fmt.Fprintf(&b, "%02d.11.2026;Buchung %d;%d;%d,50\n", 1+i%28, i, 1200+i%7, i%500)
	}
	b.WriteString("\nEndsaldo;1.234,56\n") // line 20004
	in := b.String()
	path := t.TempDir() + "/umsatz.csv"
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	opt := Options{Now: testNow, Workers: 3, ChunkSize: 16 << 10}
	for _, src := range []string{"stream", "reader", "file"} {
		rep := profileFrom(t, src, in, path, opt)
		if rep.Rows != 20001 || !slices.Equal(rep.MalformedLines, []int64{15002}) || rep.Columns[0].Invalid != 0 {
			t.Errorf("%s: %d rows, malformed lines %v, %d invalid dates; want 20001, [15002], 0", src, rep.Rows, rep.MalformedLines, rep.Columns[0].Invalid)
		}
		i := slices.IndexFunc(rep.Issues, func(is Issue) bool { return is.Code == "footer" })
		if want := "ab Zeile 20004, steht eine Zeile („Endsaldo“)"; i < 0 || !strings.Contains(rep.Issues[i].Message, want) {
			t.Errorf("%s: findings %+v, want a footer finding with %q", src, rep.Issues, want)
		}
	}
}

func TestTableEnd(t *testing.T) {
	tests := []struct {
		name, in   string
		rowsBefore bool
		want       int
		firsts     []string
	}{
		{"footer after a row", "1;2;3;4;5\nSumme;6\n", false, 10, []string{"Summe"}},
		{"footer only, rows before", "Summe;6\n", true, 0, []string{"Summe"}},
		{"footer only, no rows before", "Summe;6\n", false, 8, nil},
		{"a quoted line break", "1;\"x\nSumme;6\";3;4;5\n", false, 20, nil},
		{"no newline at the end", "1;2;3;4;5\nSumme;6", false, 10, []string{"Summe"}},
		{"a number first", "1;2;3;4;5\n6;7\n", false, 14, nil},
		{"a row of totals", "1;2;3;4;5\nSumme;;;;15\n;;;;\n", false, 10, []string{"Summe"}},
		{"a row of totals, all filled", "1;2;3;4;5\nSumme gesamt:;2;3;4;5\n", false, 10, []string{"Summe gesamt:"}},
		{"a row that starts with Total", "1;2;3;4;5\nTotal AG;2;3;4;5\n", false, 27, nil},
		{"a row of totals without a number", "1;2;3;4;5\nSumme;;;;x\n", false, 21, nil},
	}
	for _, tc := range tests {
		got, firsts := tableEnd([]byte(tc.in), ';', 5, tc.rowsBefore)
		if got != tc.want || !slices.Equal(firsts, tc.firsts) {
			t.Errorf("%s: got %d, %q; want %d, %q", tc.name, got, firsts, tc.want, tc.firsts)
		}
	}
}

// The last chunk of a stream knows it is the last, also when a buffer ends
// exactly where the stream does (with 361 bytes more, for these sizes).
func TestFooterAtChunkEnd(t *testing.T) {
	var rows strings.Builder
	rows.WriteString("Datum;Text;Konto;Betrag\n")
	for i := range 3500 {
		fmt.Fprintf(&rows, "%02d.11.2026;B%d;%d;%d,50\n", 1+i%28, i, 1200+i%7, i%500)
	}
	for pad := 350; pad < 370; pad++ {
		in := rows.String() + strings.Repeat("x", pad) + ";a;b;c\nEndsaldo;1.234,56\n"
		rep, err := Profile(struct{ io.Reader }{strings.NewReader(in)}, Options{Now: testNow, Workers: 2, ChunkSize: 1 << 10})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Rows != 3501 || rep.MalformedRows != 0 || !slices.Equal(rep.footer, []string{"Endsaldo"}) || rep.footerLine != 3503 {
			t.Fatalf("%d bytes more: %d rows, %d malformed, footer %q in line %d; want 3501, 0, Endsaldo in 3503",
				pad, rep.Rows, rep.MalformedRows, rep.footer, rep.footerLine)
		}
	}
}

// Exports appended to one another repeat the header among the rows: those
// rows are skipped, counted and named by line, wherever the chunks fall.
func TestRepeatedHeader(t *testing.T) {
	var b strings.Builder
	b.WriteString("Datum;Kunde;Betrag\n")
	var want []int64
	line := int64(1)
	for i := range 30000 {
		switch i {
		case 10000:
			b.WriteString("Datum;Kunde;Betrag\n")
		case 20000:
			b.WriteString("\"Datum\";Kunde;\"Betrag\"\r\n") // quoted, with CRLF
		case 25000:
			b.WriteString("Datum;Kunde;Summe\n") // not the header: a data row
		}
		if i == 10000 || i == 20000 || i == 25000 {
			line++
			if i != 25000 {
				want = append(want, line)
			}
		}
		fmt.Fprintf(&b, "%02d.11.2026;Kunde %d;%d,50\n", 1+i%28, i, i%500)
		line++
	}
	in := b.String()
	path := t.TempDir() + "/umsatz.csv"
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	defer func(m int64) { minMapped = m }(minMapped)
	minMapped = 0
	for _, chunk := range []int{16 << 10, 0} {
		opt := Options{Now: testNow, Workers: 3, ChunkSize: chunk}
		for _, src := range []string{"reader", "file"} {
			rep := profileFrom(t, src, in, path, opt)
			if rep.Rows != 30001 || rep.RepeatedHeaders != 2 || !slices.Equal(rep.RepeatedHeaderLines, want) {
				t.Errorf("%s, chunks of %d: %d rows, %d repeated headers at %v; want 30001, 2 at %v",
					src, chunk, rep.Rows, rep.RepeatedHeaders, rep.RepeatedHeaderLines, want)
			}
			if rep.Columns[0].Invalid != 1 || rep.Columns[2].Invalid != 1 || rep.DuplicateRows != 0 {
				t.Errorf("%s: invalid dates %d, invalid amounts %d, duplicates %d; want 1, 1 (the row with Summe), 0",
					src, rep.Columns[0].Invalid, rep.Columns[2].Invalid, rep.DuplicateRows)
			}
			i := slices.IndexFunc(rep.Issues, func(is Issue) bool { return is.Code == "repeated_header" })
			if w := fmt.Sprintf("Die Zeilen %d und %d wiederholen die Kopfzeile", want[0], want[1]); i < 0 || !strings.Contains(rep.Issues[i].Message, w) {
				t.Errorf("%s: findings %+v, want one with %q", src, rep.Issues, w)
			}
		}
	}
	// one column: a value may well be the column's name
	rep := profileText(t, "Name\nAnna\nName\nBernd\n")
	if rep.Rows != 3 || rep.RepeatedHeaders != 0 {
		t.Errorf("one column: %d rows, %d repeated headers; want 3, 0", rep.Rows, rep.RepeatedHeaders)
	}
}

// Rows of delimiters only, as Excel saves below a table, are no data rows:
// they are skipped and counted, not reported as duplicates and gaps.
func TestEmptyRows(t *testing.T) {
	in := "Datum;Kunde;Betrag\n01.02.2026;Meyer;12,50\n;;\n02.02.2026;Kunz;3,10\n\"\";;\"\"\n;;\n;;\n"
	rep := profileText(t, in)
	if rep.Rows != 2 || rep.EmptyRows != 4 || rep.DuplicateRows != 0 || rep.MalformedRows != 0 {
		t.Errorf("%d rows, %d empty, %d duplicates, %d malformed; want 2, 4, 0, 0", rep.Rows, rep.EmptyRows, rep.DuplicateRows, rep.MalformedRows)
	}
	for _, c := range rep.Columns {
		if c.Missing != 0 {
			t.Errorf("%s: %d missing, want 0", c.Name, c.Missing)
		}
	}
	i := slices.IndexFunc(rep.Issues, func(is Issue) bool { return is.Code == "empty_rows" })
	if want := "4 Zeilen enthalten nur Trennzeichen"; i < 0 || !strings.Contains(rep.Issues[i].Message, want) {
		t.Errorf("findings %+v, want one with %q", rep.Issues, want)
	}
}

// Lines that end in CR alone, as old Mac programs write them, are lines:
// read from a stream, from a mapped file and in Windows-1252.
func TestCROnlyLineEndings(t *testing.T) {
	var b strings.Builder
	b.WriteString("Datum;Ort;Betrag\r")
	for i := range 5000 {
		fmt.Fprintf(&b, "%02d.03.2026;Köln;%d,50\r", 1+i%28, i%90)
	}
	utf8 := b.String()
	latin1 := strings.ReplaceAll(utf8, "ö", "\xf6")
	path := t.TempDir() + "/mac.csv"
	if err := os.WriteFile(path, []byte(utf8), 0o644); err != nil {
		t.Fatal(err)
	}
	defer func(m int64) { minMapped = m }(minMapped)
	minMapped = 0
	opt := Options{Now: testNow, Workers: 2, ChunkSize: 8 << 10}
	for _, src := range []string{"utf-8", "windows-1252", "file"} {
		var rep *Report
		var err error
		switch src {
		case "utf-8":
			rep, err = Profile(strings.NewReader(utf8), opt)
		case "windows-1252":
			rep, err = Profile(strings.NewReader(latin1), opt)
		case "file":
			rep, err = ProfileFile(context.Background(), path, opt)
		}
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if rep.Rows != 5000 || len(rep.Columns) != 3 || rep.MalformedRows != 0 || rep.Columns[0].Type != TypeDate || rep.Columns[1].TopValues[0].Value != "Köln" {
			t.Errorf("%s: %d rows, %d columns, %d malformed, first column %s; want 5000, 3, 0, date", src, rep.Rows, len(rep.Columns), rep.MalformedRows, rep.Columns[0].Type)
		}
		if !slices.ContainsFunc(rep.Issues, func(is Issue) bool { return is.Code == "cr_line_endings" }) {
			t.Errorf("%s: no finding about the line endings", src)
		}
	}
}

// A quote left open takes the lines after it into one field, up to the next
// quote: the row is malformed and named, not silently one row fewer.
func TestQuoteLeftOpen(t *testing.T) {
	in := "ID;Text;Betrag\n1;\"eins\";1,50\n2;\"offen;2,50\n3;\"drei\";3,50\n4;\"vier\";4,50\n"
	rep := profileText(t, in)
	if rep.MalformedRows != 1 || !slices.Equal(rep.MalformedLines, []int64{3}) {
		t.Errorf("%d malformed at %v; want 1 at line 3", rep.MalformedRows, rep.MalformedLines)
	}
	// text after a closing quote on one line stays lenient
	rep = profileText(t, "a;b\n\"12\" Zoll;1\n\"x\";2\n")
	if rep.MalformedRows != 0 || rep.Columns[0].TopValues[0].Value != "12 Zoll" {
		t.Errorf("%d malformed, top value %q; want 0, \"12 Zoll\"", rep.MalformedRows, rep.Columns[0].TopValues[0].Value)
	}
}

// A row of totals below the table ("Summe;;;12.345,67") is no row of it:
// it is skipped and named, read from a stream or from a mapped file, not
// counted as an invalid value and an outlier. A row of the table that
// starts with such a word is none.
func TestTotalsRowAtTheEnd(t *testing.T) {
	var rows strings.Builder
	rows.WriteString("Datum;Kunde;Konto;Betrag\n")
	for i := range 300 {
		fmt.Fprintf(&rows, "%02d.11.2026;Kunde %d;%d;%d,50\n", 1+i%28, i%40, 8400+i%3, 20+i%70)
	}
	tests := []struct {
		name, last string
		rows       int64
		label      string // in the totals finding; "" for none
	}{
		{"Summe", "Summe;;;12.345,67\n", 300, "„Summe“"},
		{"Summe gesamt, no line break", "Summe gesamt;;;12.345,67", 300, "„Summe gesamt“"},
		{"Gesamt: and a count", "Gesamt:;300 Kunden;;12.345,67\n", 300, "„Gesamt:“"},
		{"Total then an empty row", "Total;;;12345.67\n;;;\n", 300, "„Total“"},
		{"Summe then empty rows across a chunk edge", "Summe;;;12.345,67\n" + strings.Repeat(";;;\n", 1000), 300, "„Summe“"},
		{"two totals", "Zwischensumme;;;12.000,00\nGesamtsumme;;;12.345,67\n", 300, "„Zwischensumme“, „Gesamtsumme“"},
		{"a customer named Total", "01.12.2026;Total Energies;8400;99,50\n", 301, ""},
	}
	dir := t.TempDir()
	defer func(n int64) { minMapped = n }(minMapped)
	minMapped = 0
	for _, tc := range tests {
		in := rows.String() + tc.last
		path := filepath.Join(dir, "umsatz.csv")
		if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, src := range []string{"reader", "mapped"} {
			opt := Options{Now: testNow, Workers: 2, ChunkSize: 4 << 10}
			rep := profileFrom(t, src, in, path, opt)
			if rep.Rows != tc.rows || rep.MalformedRows != 0 {
				t.Errorf("%s, %s: %d rows, %d malformed; want %d, 0", tc.name, src, rep.Rows, rep.MalformedRows, tc.rows)
			}
			i := slices.IndexFunc(rep.Issues, func(is Issue) bool { return is.Code == "totals_row" })
			switch {
			case tc.label == "":
				if i >= 0 && strings.Contains(rep.Issues[i].Message, "übersprungen") {
					t.Errorf("%s, %s: unexpected finding %q", tc.name, src, rep.Issues[i].Message)
				}
				continue
			case i < 0:
				t.Errorf("%s, %s: no totals finding in %+v", tc.name, src, rep.Issues)
				continue
			case !strings.Contains(rep.Issues[i].Message, tc.label) || !strings.Contains(rep.Issues[i].Message, "übersprungen"):
				t.Errorf("%s, %s: finding %q, want it to name %s and say it was skipped", tc.name, src, rep.Issues[i].Message, tc.label)
			}
			if slices.ContainsFunc(rep.Issues, func(is Issue) bool { return is.Code == "footer" }) {
				t.Errorf("%s, %s: a footer finding besides the totals one: %+v", tc.name, src, rep.Issues)
			}
			for _, c := range rep.Columns {
				if c.Invalid != 0 || c.Outliers != 0 {
					t.Errorf("%s, %s: column %s has %d invalid values %q, %d outliers", tc.name, src, c.Name, c.Invalid, c.InvalidExamples, c.Outliers)
				}
			}
		}
	}
}

// profileFrom profiles in, written to the file path, from src: "stream"
// (a reader that cannot seek), "reader" (one that can) or "file" (the
// file, mapped into memory).
func profileFrom(t *testing.T, src, in, path string, opt Options) *Report {
	t.Helper()
	var rep *Report
	var err error
	switch src {
	case "stream":
		rep, err = Profile(struct{ io.Reader }{strings.NewReader(in)}, opt)
	case "reader":
		rep, err = Profile(strings.NewReader(in), opt)
	default:
		rep, err = ProfileFile(context.Background(), path, opt)
	}
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return rep
}

// A list laid out for reading, as SAP saves it "unkonvertiert" (rows
// between bars, rules of hyphens, padded values) or as Markdown writes a
// table, is read as the table it shows, beyond the sample too; the layout
// is one finding, not an empty first and last column, malformed rules and
// blanks in every column.
func TestFramedList(t *testing.T) {
	var b strings.Builder
	rule := strings.Repeat("-", 58) + "\r\n"
	b.WriteString("Materialliste                                  22.11.2026\r\n\r\n" + rule)
	b.WriteString("|Material  |Kurztext                |      Menge|ME |\r\n" + rule)
	for i := range 3000 { // well beyond the sample
		fmt.Fprintf(&b, "|%-10d|%-24s|%11s|%-3s|\r\n", 4711+i, fmt.Sprintf("Schraube M%d", 3+i%12), fmtNum(float64(1+i*7%5000)), []string{"ST", "KG"}[i%2])
		if i == 1500 {
			b.WriteString(rule) // a page break
		}
	}
	b.WriteString(rule)
	rep := profileText(t, b.String())
	if rep.Rows != 3000 || rep.MalformedRows != 0 || len(rep.Columns) != 4 {
		t.Fatalf("got %d rows, %d malformed, %d columns; want 3000, 0, 4", rep.Rows, rep.MalformedRows, len(rep.Columns))
	}
	want := []struct {
		name, typ string
		distinct  int64
	}{{"Material", TypeInteger, 3000}, {"Kurztext", TypeText, 12}, {"Menge", TypeInteger, 3000}, {"ME", TypeText, 2}}
	for i, w := range want {
		c := rep.Columns[i]
		if c.Name != w.name || c.Type != w.typ || c.Invalid != 0 || c.Distinct != w.distinct {
			t.Errorf("column %d: %s %s, %d invalid, %d distinct; want %s %s, %d distinct", i, c.Name, c.Type, c.Invalid, c.Distinct, w.name, w.typ, w.distinct)
		}
	}
	if rep.Columns[2].Max.(float64) != 5000 {
		t.Errorf("Menge: max %v, want 5000 (5.000 read as thousands)", rep.Columns[2].Max)
	}
	codes := map[string]bool{}
	for _, is := range rep.Issues {
		codes[is.Code] = true
	}
	if !codes["framed_list"] || codes["whitespace"] || codes["trailing_delimiter"] || codes["footer"] {
		t.Errorf("got findings %v; want framed_list, and no blanks, trailing delimiter or text after the table", codes)
	}
	// Markdown
	md := "| Nr | Name | Ort |\n|---:|:-----|-----|\n| 1 | Anna | Köln |\n| 2 | Bernd | Bonn |\n| 3 | Clara | Aachen |\n"
	rep = profileText(t, md)
	if rep.Rows != 3 || len(rep.Columns) != 3 || rep.Columns[0].Type != TypeInteger || rep.Columns[2].Name != "Ort" || rep.MalformedRows != 0 {
		t.Errorf("Markdown: %d rows, %d columns %+v; want 3 rows of Nr, Name, Ort", rep.Rows, len(rep.Columns), rep.Columns)
	}
	// a table whose values hold bars is no framed list
	rep = profileText(t, "Nr;Notiz\n1;|a|\n2;|b|\n3;|c|\n4;---\n")
	if rep.framed || len(rep.Columns) != 2 {
		t.Errorf("got a framed list of %d columns, want a table of 2", len(rep.Columns))
	}
}
