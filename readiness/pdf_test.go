package readiness

import (
	"bytes"
	"compress/zlib"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"lotse"
)

// pdfSample names a file to write the sample report to, to look at it:
// go test ./readiness -run TestReportPDF$ -pdf /tmp/bericht.pdf
var pdfSample = flag.String("pdf", "", "write the sample PDF report to this file")

// testReport is a re-check of a craft firm with weak data, unknown answers
// in sustainability, and the recommendation from the test offers.
func testReport(t *testing.T) *Report {
	t.Helper()
	q := Current()
	before, err := Score(q, craft, answersWith(q, map[string]func(*Question) string{
		"daten-bestand": worst, "daten-zugang": worst, "ki-einsatz": worst, "nachhaltigkeit": unknown,
	}))
	if err != nil {
		t.Fatal(err)
	}
	after, err := Score(q, craft, answersWith(q, map[string]func(*Question) string{
		"daten-bestand": points(1), "daten-zugang": worst, "ki-einsatz": worst, "nachhaltigkeit": unknown,
	}))
	if err != nil {
		t.Fatal(err)
	}
	return &Report{
		Result: after, Earlier: before,
		Rec:     Recommend(after, craft, testOffers(), testCentres(), now),
		Centres: testCentres(), Created: now,
		URL: "https://lotse.example/ki-check/ergebnis/abcdefghijklmnopqrstuvwxyz0123456789",
	}
}

// parsedPDF is what the tests read back from a PDF.
type parsedPDF struct {
	pages []string // the text of each page, one Tj string a line
	ops   []string // the inflated content streams
}

func (p parsedPDF) text() string { return strings.Join(p.pages, "\n") }

// flat is the text with line breaks and runs of spaces as one space, so
// that phrases wrapped over lines are found.
func (p parsedPDF) flat() string { return strings.Join(strings.Fields(p.text()), " ") }

var (
	objHead   = regexp.MustCompile(`^(\d+) 0 obj\n`)
	streamDic = regexp.MustCompile(`<< /Length (\d+) /Filter /FlateDecode >>\nstream\n`)
	tjString  = regexp.MustCompile(`\((?:[^()\\]|\\.)*\) Tj`)
)

// parsePDF checks the structure of b – header, xref table, trailer, that
// each xref offset points at its object and that every stream inflates –
// and returns the text of its pages.
func parsePDF(t *testing.T, b []byte) parsedPDF {
	t.Helper()
	if !bytes.HasPrefix(b, []byte("%PDF-1.4\n")) {
		t.Fatalf("starts with %q, want %%PDF-1.4", b[:min(len(b), 10)])
	}
	if !bytes.HasSuffix(b, []byte("%%EOF\n")) {
		t.Fatalf("does not end with %s", "%%EOF")
	}
	m := regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n$`).FindSubmatch(b)
	if m == nil {
		t.Fatal("no startxref")
	}
	xref, _ := strconv.Atoi(string(m[1]))
	if !bytes.HasPrefix(b[xref:], []byte("xref\n0 ")) {
		t.Fatalf("startxref %d points at %q, want the xref table", xref, b[xref:min(len(b), xref+10)])
	}
	lines := strings.Split(string(b[xref:]), "\n")
	n, err := strconv.Atoi(strings.Fields(lines[1])[1])
	if err != nil {
		t.Fatal(err)
	}
	if lines[2] != "0000000000 65535 f " {
		t.Errorf("xref entry 0 is %q", lines[2])
	}
	if !strings.Contains(string(b[xref:]), "trailer\n<< /Size "+strconv.Itoa(n)+" /Root 1 0 R") {
		t.Errorf("trailer does not give /Size %d and the root", n)
	}
	var p parsedPDF
	objects := map[int]string{}
	for i := 1; i < n; i++ {
		e := lines[2+i]
		if len(e) != 19 || !strings.HasSuffix(e, " 00000 n ") { // 20 bytes with the \n
			t.Fatalf("xref entry %d is %q", i, e)
		}
		off, _ := strconv.Atoi(e[:10])
		m := objHead.FindSubmatch(b[off:])
		if m == nil || string(m[1]) != strconv.Itoa(i) {
			t.Fatalf("xref entry %d points at %q, want \"%d 0 obj\"", i, b[off:min(len(b), off+12)], i)
		}
		body := b[off+len(m[0]):]
		if sm := streamDic.FindSubmatchIndex(body); sm != nil && sm[0] == 0 {
			length, _ := strconv.Atoi(string(body[sm[2]:sm[3]]))
			data := body[sm[1] : sm[1]+length]
			if !bytes.HasPrefix(body[sm[1]+length:], []byte("\nendstream\nendobj\n")) {
				t.Fatalf("object %d: /Length %d does not end at endstream", i, length)
			}
			zr, err := zlib.NewReader(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("object %d: %v", i, err)
			}
			ops, err := io.ReadAll(zr)
			if err != nil {
				t.Fatalf("object %d does not inflate: %v", i, err)
			}
			p.ops = append(p.ops, string(ops))
			var texts []string
			for _, tj := range tjString.FindAllString(string(ops), -1) {
				texts = append(texts, winAnsiString(unescapePDF(tj[1:len(tj)-4])))
			}
			p.pages = append(p.pages, strings.Join(texts, "\n"))
			continue
		}
		end := bytes.Index(body, []byte("\nendobj\n"))
		if end < 0 {
			t.Fatalf("object %d has no endobj", i)
		}
		objects[i] = string(body[:end])
	}
	if !strings.Contains(objects[1], "/Type /Catalog") {
		t.Errorf("object 1 is %q, want the catalog", objects[1])
	}
	if c := regexp.MustCompile(`/Count (\d+)`).FindStringSubmatch(objects[2]); c == nil || c[1] != strconv.Itoa(len(p.pages)) {
		t.Errorf("page tree %q, want /Count %d", objects[2], len(p.pages))
	}
	for _, f := range []string{"/BaseFont /Helvetica /Encoding /WinAnsiEncoding", "/BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding"} {
		if !strings.Contains(objects[3]+objects[4], f) {
			t.Errorf("fonts lack %q", f)
		}
	}
	return p
}

// unescapePDF decodes the escapes of a PDF literal string.
func unescapePDF(s string) []byte {
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b = append(b, s[i])
			continue
		}
		i++
		if s[i] >= '0' && s[i] <= '7' {
			j := i
			for j < len(s) && j < i+3 && s[j] >= '0' && s[j] <= '7' {
				j++
			}
			v, _ := strconv.ParseUint(s[i:j], 8, 8)
			b = append(b, byte(v))
			i = j - 1
			continue
		}
		b = append(b, s[i])
	}
	return b
}

func TestReportPDF(t *testing.T) {
	rep := testReport(t)
	b, err := rep.PDF()
	if err != nil {
		t.Fatal(err)
	}
	if *pdfSample != "" {
		if err := os.WriteFile(*pdfSample, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p := parsePDF(t, b)
	text := p.flat()
	want := []string{
		"KI-Readiness-Bericht", "Check vom Montag, 2. März 2026",
		"Gesamt: " + rep.Result.LevelTitle, "Ihr Ergebnis nach Bereichen",
		"Ihre nächsten Schritte", "Ihre Ansprechpartner im Netzwerk", "Zentrum Hannover", "Zentrum Digitales Handwerk",
		"„Weiß nicht“", "Daten-Webinar", "Mo, 09.03.2026, 10:00 Uhr",
		"Ihr Ergebnis im Reifegradmodell der EU", "Stufe " + rep.Result.DMA.BandInfo().Label,
		"Vertraulich: Dieser Bericht nennt Ihren persönlichen Link.", "Seite 1 von ",
		"Vorher", "Veränderung",
	}
	for _, d := range rep.Result.Dimensions {
		want = append(want, d.Title, d.Short)
	}
	for _, d := range rep.Rec.Priorities {
		for _, s := range d.Steps {
			want = append(want, s.Text)
		}
	}
	for _, d := range DMADimensions {
		want = append(want, d.Label)
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("text lacks %q", w)
		}
	}
	// The private link is long but must stay whole: read back without
	// the break, it is there.
	if !strings.Contains(strings.ReplaceAll(p.text(), "\n", ""), rep.URL) {
		t.Errorf("text lacks the link %q", rep.URL)
	}
	if len(p.pages) < 2 {
		t.Errorf("got %d pages, want the report to run onto a second", len(p.pages))
	}
	// The radar chart: a polygon per ring and series, a spoke per area.
	if got := strings.Count(p.ops[0]+p.ops[1], " l s Q\n"); got < 4+2 {
		t.Errorf("got %d closed polygons, want rings and series", got)
	}
}

func TestReportPDFBreaksPages(t *testing.T) {
	rep := testReport(t)
	long := strings.Repeat("Legen Sie fest, wer die Kundendaten pflegt und wie oft sie geprüft werden. ", 12)
	rep.Rec.Priorities[0].Steps = append(rep.Rec.Priorities[0].Steps, Step{Text: long})
	for range 6 {
		rep.Rec.Priorities = append(rep.Rec.Priorities, rep.Rec.Priorities[0])
	}
	b, err := rep.PDF()
	if err != nil {
		t.Fatal(err)
	}
	p := parsePDF(t, b)
	short := parsePDF(t, mustPDF(t, testReport(t)))
	if len(p.pages) <= len(short.pages) {
		t.Errorf("got %d pages, want more than the %d of the shorter report", len(p.pages), len(short.pages))
	}
	if !strings.Contains(p.flat(), strings.TrimSpace(long)) {
		t.Error("the long step is not in the text")
	}
	if strings.Contains(p.text(), strings.TrimSpace(long)) {
		t.Error("the long step is on one line, want it wrapped")
	}
	// Every text line sits inside the text area, or in the footer.
	td := regexp.MustCompile(`/(F[12]) ([\d.]+) Tf (-?[\d.]+) (-?[\d.]+) Td (\((?:[^()\\]|\\.)*\)) Tj`)
	for i, ops := range p.ops {
		lines := 0
		for _, m := range td.FindAllStringSubmatch(ops, -1) {
			f := helvetica
			if m[1] == "F2" {
				f = helveticaBold
			}
			size, _ := strconv.ParseFloat(m[2], 64)
			x, _ := strconv.ParseFloat(m[3], 64)
			y, _ := strconv.ParseFloat(m[4], 64)
			s := unescapePDF(m[5][1 : len(m[5])-1])
			if right := x + f.width(s, size); x < pdfMarginX-1 || right > pdfPageW-pdfMarginX+0.5 || y < 20 || y > pdfPageH-pdfMarginX+1 {
				t.Errorf("page %d: text %q from (%v, %v) to x=%.1f leaves the text area", i+1, winAnsiString(s), x, y, right)
			}
			if y > 44 && y < pdfBottom-4 {
				t.Errorf("page %d: text at y=%v runs into the bottom margin", i+1, y)
			}
			lines++
		}
		if lines == 0 {
			t.Errorf("page %d is empty", i+1)
		}
	}
}

func mustPDF(t *testing.T, rep *Report) []byte {
	t.Helper()
	b, err := rep.PDF()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestWrap(t *testing.T) {
	long := "Klären Sie zuerst, wie es bei Ihnen steht: „Werden Ihre Daten regelmäßig gesichert?“ Dann: Richten Sie eine automatische Sicherung ein."
	tests := []struct {
		name  string
		text  string
		width float64
		want  []string
	}{
		{"short text stays on one line", "Künstliche Intelligenz", 200, []string{"Künstliche Intelligenz"}},
		{"long text wraps at spaces", long, 200, []string{
			"Klären Sie zuerst, wie es bei Ihnen steht:", "„Werden Ihre Daten regelmäßig gesichert?“",
			"Dann: Richten Sie eine automatische", "Sicherung ein."}},
		{"a word wider than the line is broken", "https://lotse.example/ki-check/ergebnis/abcdefghijklmnop", 120, []string{
			"https://lotse.example/ki-ch", "eck/ergebnis/abcdefghijkl", "mnop"}},
		{"runs of spaces and line breaks collapse", "  Weiß \n nicht  ", 200, []string{"Weiß nicht"}},
		{"empty text gives no line", " ", 200, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range wrap(tt.text, helvetica, 10, tt.width) {
				if w := helvetica.width(l, 10); w > tt.width {
					t.Errorf("line %q is %.1f wide, more than %.1f", l, w, tt.width)
				}
				got = append(got, winAnsiString(l))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWinAnsi(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Künstliche Intelligenz für Äcker, Öfen, Übungen und Maß", "Künstliche Intelligenz für Äcker, Öfen, Übungen und Maß"},
		{"„Weiß nicht“ – 5 € … ‚so‘ — •", "„Weiß nicht“ – 5 € … ‚so‘ — •"},
		{"Łódź −3 ≥ 2 → ok", "Lódz -3 >= 2 -> ok"},
		{"Kontrolle\x00\x07 weg, Tab\tzu Leerzeichen", "Kontrolle weg, Tab zu Leerzeichen"},
		{"Emoji 🙂 und 漢", "Emoji ? und ?"},
		{"weich\u00adgetrennt", "weichgetrennt"},
	}
	for _, tt := range tests {
		b := winAnsi(tt.in)
		for _, c := range b {
			if c >= 0x20 && pdfWidths[helvetica][c-0x20] == 0 {
				t.Errorf("winAnsi(%q) gives the undefined code %#x", tt.in, c)
			}
		}
		if got := winAnsiString(b); got != tt.want {
			t.Errorf("winAnsi(%q) reads back as %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := len(winAnsi("äöüß€„“–")); got != 8 {
		t.Errorf("got %d bytes for 8 characters of Windows-1252", got)
	}
}

// TestReportPDFReader reads the report with poppler's pdftotext, a reader
// independent of ours. It is optional: without poppler-utils it skips.
func TestReportPDFReader(t *testing.T) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext not found (Debian package poppler-utils); skipping the check with an independent PDF reader")
	}
	rep := testReport(t)
	path := filepath.Join(t.TempDir(), "bericht.pdf")
	if err := os.WriteFile(path, mustPDF(t, rep), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-enc", "UTF-8", path, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	for _, w := range []string{"KI-Readiness-Bericht", "Gesamt: " + rep.Result.LevelTitle, "Ihre nächsten Schritte",
		"„Weiß nicht“", "Recht, Ethik & IT-Sicherheit", "Daten: Bestand & Qualität", "Mäßig fortgeschritten", "persönlichen Link"} {
		if w == "Mäßig fortgeschritten" && rep.Result.DMA.Band != "moderately_advanced" {
			continue
		}
		if !strings.Contains(text, w) {
			t.Errorf("pdftotext output lacks %q", w)
		}
	}
}

func TestReportPDFUsesCurrentLabels(t *testing.T) {
	rep := testReport(t)
	custom := map[string]map[string]string{lotse.VocabFormats: {"webinar": "Online-Seminar"}, lotse.VocabModes: {"online": "Im Netz"}}
	rep.Label = func(vocabulary, slug string) string {
		v, _ := lotse.EditableVocabulary(vocabulary)
		return v.WithLabels(custom[vocabulary]).Label(slug)
	}
	text := parsePDF(t, mustPDF(t, rep)).flat()
	for _, want := range []string{"Online-Seminar, kostenfrei", "Im Netz"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	if strings.Contains(text, "Webinar, kostenfrei") {
		t.Error("text still shows the compiled format label")
	}
}
