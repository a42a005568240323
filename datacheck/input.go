package datacheck

import (
	"bytes"
	"io"
	"slices"
	"unicode/utf16"
	"unicode/utf8"
)

// NotTableError says that an input is no table in text form but, say, a PDF
// document or an image: what it seems to be, and what to do.
type NotTableError struct {
	What   string // "ein PDF-Dokument"
	Advice string
}

func (e *NotTableError) Error() string {
	return "die Datei ist keine Tabelle im Textformat (CSV), sondern " + e.What
}

const saveAsCSV = "Speichern Sie die Tabelle in Excel als „CSV UTF-8“ oder als Arbeitsmappe (.xlsx) und prüfen Sie diese Datei."

// IsZip reports whether a file starting with head is a ZIP archive, as an
// Excel workbook (.xlsx) is, whatever its name.
func IsZip(head []byte) bool {
	return bytes.HasPrefix(head, []byte("PK\x03\x04"))
}

// notTable returns what the start of a file shows it to be if that is no
// text: a known binary format, or bytes 0 outside UTF-16.
func notTable(sample []byte) *NotTableError {
	for _, f := range []struct {
		magic, what string
	}{
		{"%PDF-", "ein PDF-Dokument"},
		{"\x89PNG\r\n\x1a\n", "ein Bild (PNG)"},
		{"\xff\xd8\xff", "ein Bild (JPEG)"},
		{"GIF8", "ein Bild (GIF)"},
		{"PK\x03\x04", "ein ZIP-Archiv"},
	} {
		if bytes.HasPrefix(sample, []byte(f.magic)) {
			return &NotTableError{What: f.what, Advice: saveAsCSV}
		}
	}
	if bytes.HasPrefix(sample, []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")) {
		return &NotTableError{What: "eine Excel-Datei im alten Format (.xls), eine mit Kennwort geschützte Arbeitsmappe oder ein anderes altes Office-Dokument",
			Advice: "Öffnen Sie sie in Excel, heben Sie einen Kennwortschutz auf und speichern Sie sie als Arbeitsmappe (.xlsx) oder als „CSV UTF-8“."}
	}
	if bytes.IndexByte(sample, 0) >= 0 && !bytes.HasPrefix(sample, []byte("\xff\xfe")) && !bytes.HasPrefix(sample, []byte("\xfe\xff")) && utf16Order(sample) == "" {
		return &NotTableError{What: "eine Binärdatei (ein Programm, ein Archiv oder ein Dokument)", Advice: saveAsCSV}
	}
	return nil
}

// utf16Order tells UTF-16 without a byte order mark by its zero bytes: text
// that is mostly ASCII has a zero in every other byte, the high one.
func utf16Order(sample []byte) string {
	var zero [2]int
	n := min(len(sample), 4096) &^ 1
	for i, b := range sample[:n] {
		if b == 0 {
			zero[i&1]++
		}
	}
	switch half := n / 2; {
	case half < 8:
	case zero[1]*10 > half*4 && zero[0]*20 < half:
		return "utf-16le"
	case zero[0]*10 > half*4 && zero[1]*20 < half:
		return "utf-16be"
	}
	return ""
}

// detectEncoding looks at the start of a file. It returns the encoding name
// and how many bytes of byte order mark to skip. It calls a single-byte
// encoding iso-8859-1; latin1Reader tells whether it is windows-1252.
func detectEncoding(sample []byte) (string, int) {
	if bytes.HasPrefix(sample, []byte("\xEF\xBB\xBF")) {
		return "utf-8-bom", 3
	}
	// Excel's "Unicode text" export
	if bytes.HasPrefix(sample, []byte("\xFF\xFE")) {
		return "utf-16le", 2
	}
	if bytes.HasPrefix(sample, []byte("\xFE\xFF")) {
		return "utf-16be", 2
	}
	if enc := utf16Order(sample); enc != "" {
		return enc, 0
	}
	s := sample
	// Do not judge a multi-byte sequence cut off at the end of the sample.
	if len(s) > 4 {
		for i := len(s) - 1; i >= len(s)-4; i-- {
			if utf8.RuneStart(s[i]) {
				if !utf8.FullRune(s[i:]) {
					s = s[:i]
				}
				break
			}
		}
	}
	if utf8.Valid(s) {
		return "utf-8", 0
	}
	return "iso-8859-1", 0
}

// cp1252 maps the bytes 0x80–0x9F of Windows-1252; the rest equals Latin-1.
var cp1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8d, 'Ž', 0x8f,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9d, 'ž', 'Ÿ',
}

// appendCP1252 appends byte b of Windows-1252 in UTF-8.
func appendCP1252(dst []byte, b byte) []byte {
	switch {
	case b < 0x80:
		return append(dst, b)
	case b < 0xa0:
		return utf8.AppendRune(dst, cp1252[b-0x80])
	}
	return utf8.AppendRune(dst, rune(b))
}

// decodeMixed reads s as UTF-8, and each byte that is no part of a valid
// UTF-8 sequence as Windows-1252.
func decodeMixed(s string) string {
	var b []byte
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = appendCP1252(b, s[i])
		} else {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(b)
}

// crReader reads r with each CR turned into a line break, for files whose
// lines end in CR alone.
type crReader struct{ r io.Reader }

func (c crReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	crToLF(p[:n])
	return n, err
}

func crToLF(b []byte) {
	for i := bytes.IndexByte(b, '\r'); i >= 0; i = bytes.IndexByte(b, '\r') {
		b[i] = '\n'
		b = b[i+1:]
	}
}

// latin1Reader decodes Windows-1252 or ISO-8859-1 into UTF-8. The two
// differ only in the bytes 0x80–0x9F, which are control characters in
// ISO-8859-1 that no text holds, so it decodes them as Windows-1252 and
// tells whether it met one. A file may also carry rows in UTF-8 after rows
// in Windows-1252 (exports put together): a valid UTF-8 sequence of two to
// four bytes, which German text in Windows-1252 does not hold ("Ã¼"), is
// kept as UTF-8 and counted.
type latin1Reader struct {
	r       io.Reader
	cp1252  bool  // a byte 0x80–0x9F was read: the text is Windows-1252
	utf8    int64 // characters found in UTF-8
	in, out []byte
	carry   []byte // the start of a UTF-8 sequence at the end of in
	pending []byte
}

func newLatin1Reader(r io.Reader) *latin1Reader {
	return &latin1Reader{r: r, in: make([]byte, 1<<16), carry: make([]byte, 0, utf8.UTFMax)}
}

func (l *latin1Reader) Read(p []byte) (int, error) {
	for len(l.pending) == 0 {
		k := copy(l.in, l.carry)
		l.carry = l.carry[:0]
		n, err := l.r.Read(l.in[k:])
		end := n == 0 && err != nil
		if end && k == 0 {
			return 0, err
		}
		l.pending = l.decode(l.out[:0], l.in[:k+n], end)
		l.out = l.pending
	}
	n := copy(p, l.pending)
	l.pending = l.pending[n:]
	return n, nil
}

// decode appends in, decoded, to dst. Unless final, an incomplete UTF-8
// sequence at the end of in is kept in l.carry for the next read.
func (l *latin1Reader) decode(dst, in []byte, final bool) []byte {
	for i := 0; i < len(in); {
		b := in[i]
		if b < 0x80 {
			dst = append(dst, b)
			i++
			continue
		}
		if b >= 0xc2 && b <= 0xf4 {
			if _, size := utf8.DecodeRune(in[i:]); size > 1 {
				dst = append(dst, in[i:i+size]...)
				l.utf8++
				i += size
				continue
			}
			if !final && !utf8.FullRune(in[i:]) {
				l.carry = append(l.carry, in[i:]...)
				break
			}
		}
		l.cp1252 = l.cp1252 || b < 0xa0
		dst = appendCP1252(dst, b)
		i++
	}
	return dst
}

// utf16Reader decodes UTF-16 into UTF-8.
type utf16Reader struct {
	r       io.Reader
	big     bool
	in, out []byte
	odd     []byte // a byte of an incomplete code unit
	high    rune   // a pending high surrogate, or 0
	pending []byte
}

func newUTF16Reader(r io.Reader, bigEndian bool) *utf16Reader {
	return &utf16Reader{r: r, big: bigEndian, in: make([]byte, 1<<16)}
}

func (u *utf16Reader) Read(p []byte) (int, error) {
	for len(u.pending) == 0 {
		n, err := u.r.Read(u.in)
		if n == 0 {
			if err == nil {
				continue
			}
			return 0, err
		}
		b := append(u.odd, u.in[:n]...)
		u.out = u.out[:0]
		i := 0
		for ; i+1 < len(b); i += 2 {
			var c rune
			if u.big {
				c = rune(b[i])<<8 | rune(b[i+1])
			} else {
				c = rune(b[i+1])<<8 | rune(b[i])
			}
			switch {
			case c >= 0xD800 && c < 0xDC00:
				u.high = c
				continue
			case c >= 0xDC00 && c < 0xE000 && u.high != 0:
				c = utf16.DecodeRune(u.high, c)
			}
			u.high = 0
			u.out = utf8.AppendRune(u.out, c)
		}
		u.odd = append(u.odd[:0], b[i:]...)
		u.pending = u.out
	}
	n := copy(p, u.pending)
	u.pending = u.pending[n:]
	return n, nil
}

// sniffDelimiter picks the candidate that splits most of the first lines of
// sample into the same, largest number of fields, ignoring quoted text. Lines
// before the table (see tableStart) may differ, and so may a few broken rows.
// Two things keep a German semicolon file with decimal commas ("0,12") from
// passing for a comma file when some of its rows are ragged: a line whose
// commas all stand between digits counts only half for the comma, and the
// first line, mostly the header, counts as a fifth of the lines more for the
// one candidate it holds.
func sniffDelimiter(sample []byte) byte {
	cands := []byte{';', ',', '\t', '|'}
	const maxLines = 50
	var counts [4][maxLines]int
	var decimal [maxLines]int // commas between two digits
	lines := 0
	inQ := false
	for i := 0; i < len(sample) && lines < maxLines; i++ {
		b := sample[i]
		switch {
		case b == '"':
			inQ = !inQ
		case inQ:
		case b == '\n':
			lines++
		default:
			for j, c := range cands {
				if b == c {
					counts[j][lines]++
				}
			}
			if b == ',' && i > 0 && i+1 < len(sample) && isDigit(sample[i-1]) && isDigit(sample[i+1]) {
				decimal[lines]++
			}
		}
	}
	if lines == 0 {
		lines = 1
	}
	// the first line that holds a candidate, if it holds just one of them
	first := -1
	for l := 0; l < lines; l++ {
		held := 0
		for j := range cands {
			if counts[j][l] > 0 {
				held++
				first = j
			}
		}
		if held > 0 {
			if held > 1 {
				first = -1
			}
			break
		}
	}
	best, bestScore := byte(';'), -1.0
	for j, c := range cands {
		// score: the most frequent number of fields, by how many lines have it
		mode, _ := modeOf(counts[j][:lines])
		if mode == 0 {
			continue
		}
		agree := 0.0
		for l, n := range counts[j][:lines] {
			switch {
			case n != mode:
			case c == ',' && decimal[l] == n:
				agree += 0.5 // "8,4": more likely a number than two fields
			default:
				agree++
			}
		}
		if j == first {
			agree += float64(lines) / 5
		}
		score := agree/float64(lines)*1000 + float64(mode)
		if score > bestScore {
			best, bestScore = c, score
		}
	}
	return best
}

// modeOf returns the most frequent non-zero value of xs (the larger one of
// equally frequent ones) and how often it occurs.
func modeOf(xs []int) (mode, times int) {
	for _, x := range xs {
		if x == 0 || x == mode {
			continue
		}
		n := 0
		for _, y := range xs {
			if y == x {
				n++
			}
		}
		if n > times || n == times && x > mode {
			mode, times = x, n
		}
	}
	return mode, times
}

// maxPreamble bounds the records before a table's header.
const maxPreamble = 30

// tableStart returns the offset in sample of the table's header record and
// the first value of each record before it, if any. Bank and accounting
// exports write such a preamble (account details, the period, DATEV's format
// line), Excel sheets a title row or blank rows. A record is part of it when
// it is blank, or when it has another number of fields than the table
// (the widest two records) and fills fewer than half of them, or when it holds a single value in a
// table of three or more columns; and in either case when it fills fewer
// fields than the header after it. A record wider than the table is part of
// it when it holds values beyond the table's last column and the table
// starts with a header (see wideBefore). whole tells whether sample is the
// whole input, so that its last record is complete.
func tableStart(sample []byte, delim byte, whole bool) (int, []string) {
	type rec struct {
		off, fields, filled int
		last                int // fields up to the last filled one
	}
	var recs []rec
	var firsts []string
	for off := 0; off < len(sample) && len(recs) < 4*maxPreamble; {
		fields, next, ok := readRecord(sample[off:], delim)
		if !ok || off+next == len(sample) && !whole && sample[len(sample)-1] != '\n' {
			break // the record is cut off
		}
		r := rec{off: off, fields: len(fields)}
		first := ""
		for _, f := range fields {
			if f = bytes.TrimSpace(f); len(f) > 0 {
				if r.filled++; first == "" {
					first = string(f)
				}
			}
		}
		for r.last = len(fields); r.last > 0 && len(bytes.TrimSpace(fields[r.last-1])) == 0; r.last-- {
		}
		recs = append(recs, r)
		firsts = append(firsts, first)
		off += next
	}
	// The table's width: the largest number of fields that two records have
	// (header and data); the preamble's records are mostly narrower.
	byWidth := map[int]int{}
	width := 0
	for _, r := range recs {
		if r.filled > 0 {
			if byWidth[r.fields]++; byWidth[r.fields] >= 2 {
				width = max(width, r.fields)
			}
		}
	}
	if width < 2 {
		return 0, nil
	}
	// the first two records of the table's width: its header and a row,
	// if the wider records before them are no header
	var head []int
	for i, r := range recs {
		if r.filled > 0 && r.fields == width {
			if head = append(head, i); len(head) == 2 {
				break
			}
		}
	}
	wide := len(head) == 2 && wideBefore(sample[recs[head[0]].off:], sample[recs[head[1]].off:], delim)
	// before reports whether r is a wider record before the table
	before := func(r rec) bool { return wide && r.last > width }
	h := 0
	for h < len(recs) && h <= maxPreamble {
		r := recs[h]
		if r.filled > 0 && (r.fields == width || 2*r.filled >= width) && (r.filled > 1 || width < 3) && !before(r) {
			break
		}
		h++
	}
	if h == 0 || h > maxPreamble || h == len(recs) {
		return 0, nil
	}
	for _, r := range recs[:h] {
		if r.filled >= recs[h].filled && !before(r) {
			return 0, nil // as full as the header: no preamble
		}
	}
	same, all := 0, 0
	for _, r := range recs[h:] {
		if r.filled > 0 {
			all++
			if r.fields == recs[h].fields {
				same++
			}
		}
	}
	if 2*same < all {
		return 0, nil // the rows do not follow the "header"
	}
	var pre []string
	for _, f := range firsts[:h] {
		if f != "" {
			pre = append(pre, f)
		}
	}
	return recs[h].off, pre
}

// maxFooter bounds the records after a table that tableEnd takes for text
// after it rather than for rows.
const maxFooter = 5

// tableEnd returns where the text after a table starts in c, the end of the
// input, and the first value of each of its records ("" for a record of
// empty fields); len(c) and nil if there is none. Bank exports close with
// such lines ("Alter Kontostand";"1.234,56 EUR"; or "Endsaldo"), and
// spreadsheets with a row of totals ("Summe";;;"12.345,67"), which would
// count as malformed rows or as a row of the table and put their values into
// the columns. They are the last records, at most maxFooter of them besides
// records of empty fields, and come after a row of the table; the first
// value of one of them at least is a label. Each is a row of totals (see
// totalsRecord), or is narrower than the table of ncol (three or more)
// columns, fills half of them at most (a label and an amount in four
// columns), and starts with no number or date (a last row cut short keeps
// its number or date). It reads
// c, which starts at a record boundary, backwards from its end, and parses
// only those records. rowsBefore tells whether rows precede c, so that c
// may hold text after the table only.
func tableEnd(c []byte, delim byte, ncol int, rowsBefore bool) (int, []string) {
	ct := newClassTable(delim)
	spans := quotedSpans(c, delim, nil)
	var firsts []string
	label, row := false, false
	start, end := len(c), len(c)
	for end > 0 {
		// the record c[at:end], its newline included
		e := end
		if c[e-1] == '\n' {
			e--
		}
		at := max(recordEndBefore(c, e, spans), 0)
		rec := c[at:end]
		end = at
		if len(bytes.TrimSpace(rec)) == 0 {
			continue
		}
		fields, _, _ := readRecord(rec, delim)
		filled, first := 0, []byte(nil)
		for _, f := range fields {
			if f = bytes.TrimSpace(f); len(f) > 0 {
				if filled++; first == nil {
					first = f
				}
			}
		}
		wide := len(fields) >= ncol
		switch {
		case wide && filled == 0:
			continue // no row (see worker.emptyRows), but no footer either
		case wide && (len(firsts) == maxFooter || !totalsRecord(fields, ct)):
			row = true // of the table
		case wide:
			// a row of totals
		case ncol < 3 || 2*filled > ncol || first != nil && typed(first, ct) || len(firsts) == maxFooter:
			return len(c), nil // a row cut short, or more than a footer
		}
		if row {
			break
		}
		label = label || first != nil
		firsts = append(firsts, string(first))
		start = at
	}
	if !label || !row && !rowsBefore {
		return len(c), nil
	}
	slices.Reverse(firsts)
	return start, firsts
}

// totalsRecord reports whether the fields of a record of a table's width
// are a row of totals: a label of totals first (see totalsLabel), a number
// after it, and a field left empty, unless the label is nothing but words
// of totals ("Summe;600", but not "Total Energies;12;3,50", a customer).
func totalsRecord(fields [][]byte, ct *classTable) bool {
	labelled, only, number, empty := false, false, false, false
	for _, f := range fields {
		switch f = bytes.TrimSpace(f); {
		case len(f) == 0:
			empty = true
		case !labelled:
			if labelled, only = totalsLabel(string(f)); !labelled {
				return false
			}
		case typed(f, ct):
			number = true
		}
	}
	return labelled && number && (empty || only)
}

// typed reports whether the value v, not empty, is a number or a date.
func typed(v []byte, ct *classTable) bool {
	k := classifyFast(v, ct).kind
	return k >= kInt && k <= kDateTimeZone && k != kDateBad
}

// wideBefore reports whether head, the first record of a table's width, is
// its header rather than a row, so that wider records before it lie before
// the table, as DATEV's format line ("EXTF";700;…) does before the header:
// head holds no number or date, the record row after it at least one. A
// header with a column more than its rows, followed by them, stays the
// header, and its rows are reported as malformed.
func wideBefore(head, row []byte, delim byte) bool {
	ct := newClassTable(delim)
	anyTyped := func(b []byte) bool {
		fields, _, _ := readRecord(b, delim)
		for _, f := range fields {
			if f = bytes.TrimSpace(f); len(f) > 0 && typed(f, ct) {
				return true
			}
		}
		return false
	}
	return !anyTyped(head) && anyTyped(row)
}

// lastRecordEnd returns the index just after the last newline in b that ends
// a record (is outside quotes), or -1. b must start at a record boundary.
// Quote rules equal the parser's: a quote opens a quoted field only at the
// start of a field; inside, a doubled quote is a literal quote. spans is
// scratch space, reused between calls.
func lastRecordEnd(b []byte, delim byte, spans *[]int) int {
	*spans = quotedSpans(b, delim, (*spans)[:0])
	return recordEndBefore(b, len(b), *spans)
}

// quotedSpans appends to sp the start and end of each quoted field in b,
// which starts at a record boundary; a field still open at the end of b
// ends at len(b).
func quotedSpans(b []byte, delim byte, sp []int) []int {
	i := 0
	for {
		q := bytes.IndexByte(b[i:], '"')
		if q < 0 {
			return sp
		}
		q += i
		if q > 0 && b[q-1] != delim && b[q-1] != '\n' {
			i = q + 1 // literal quote inside an unquoted field
			continue
		}
		j := q + 1
		for {
			// quoted fields are mostly short: the inlined search beats a call
			c := indexByteFrom(b, j, swarQuote)
			if c < 0 {
				return append(sp, q, len(b)) // still open at the end
			}
			j = c + 1
			if j == len(b) {
				return append(sp, q, len(b)) // cannot tell yet whether it is doubled
			}
			if b[j] != '"' {
				break
			}
			j++
		}
		sp = append(sp, q, j)
		i = j
	}
}

// recordEndBefore returns the index just after the last newline in b[:end]
// outside the quoted spans sp of b (see quotedSpans), or -1.
func recordEndBefore(b []byte, end int, sp []int) int {
	k := len(sp)
	for {
		nl := bytes.LastIndexByte(b[:end], '\n')
		if nl < 0 {
			return -1
		}
		for k >= 2 && sp[k-2] > nl {
			k -= 2
		}
		if k >= 2 && nl < sp[k-1] {
			end = sp[k-2]
			continue
		}
		return nl + 1
	}
}

// quotedNewline reports whether a quoted field in b, which starts at a
// record boundary, holds a line break.
func quotedNewline(b []byte, delim byte) bool {
	spans := quotedSpans(b, delim, nil)
	for k := 0; k+1 < len(spans); k += 2 {
		if bytes.IndexByte(b[spans[k]:spans[k+1]], '\n') >= 0 {
			return true
		}
	}
	return false
}

// datevHeader reads the header line of a DATEV export, if pre, the lines
// before the table, begin with one ("EXTF" or "DTVF" in the first field). It
// returns the format's name (the fourth field, "Buchungsstapel") and the
// first day of the fiscal year (the 13th field, JJJJMMTT) in days since
// 1970, or 0 if that is not given.
func datevHeader(pre []byte, delim byte) (format string, fiscal int32, ok bool) {
	fields, _, _ := readRecord(pre, delim)
	if len(fields) < 4 || string(fields[0]) != "EXTF" && string(fields[0]) != "DTVF" {
		return "", 0, false
	}
	format = string(fields[3])
	if format == "" || !utf8.ValidString(format) || len(format) > 40 {
		format = "DATEV-Format"
	}
	if len(fields) >= 13 {
		fiscal = dayOfJJJJMMTT(fields[12])
	}
	return format, fiscal, true
}

// dayOfJJJJMMTT returns the day f writes as JJJJMMTT, in days since 1970,
// or 0 if f is no such day since 1970.
func dayOfJJJJMMTT(f []byte) int32 {
	if len(f) != 8 || !allDigits(f) {
		return 0
	}
	y, m, d := atoiSmall(f[:4]), atoiSmall(f[4:6]), atoiSmall(f[6:])
	if y < 1970 || !validDate(y, m, d) {
		return 0
	}
	return daysFromCivil(y, m, d)
}

// decimalDots tells, from the first records of sample, which columns write
// decimals with a dot, where "29.405" is 29.405 and not 29 405 as in German
// notation: all when dots is set; a column with decimals like "8.63" and
// none like "8,63"; and a column whose numbers could be either ("29.405",
// "0.125") when the file's other columns write decimal dots and none a
// decimal comma, or, with neither, when the file is comma-separated (a
// German export separates with semicolons) or writes ISO dates and no
// German ones (as a machine's log does).
func decimalDots(sample []byte, delim byte, ncol int, dots bool) []bool {
	out := make([]bool, ncol)
	if dots {
		for i := range out {
			out[i] = true
		}
		return out
	}
	ct := newClassTable(delim)
	dot, comma := make([]int, ncol), make([]int, ncol)
	ambiguous := make([]bool, ncol)
	var dotAll, commaAll int
	var isoDates, deDates int // "2026-11-20" is not written by German settings, "20.11.2026" is
	for off, recs := 0, 0; off < len(sample) && recs < 2000; recs++ {
		fields, next, ok := readRecord(sample[off:], delim)
		if !ok {
			break
		}
		off += next
		for i, f := range fields[:min(len(fields), ncol)] {
			if len(f) == 0 {
				continue
			}
			switch classifyFast(f, ct).kind {
			case kDecDot:
				if _, ok := parseMonth(f); !ok { // "04.2024" is a month
					dot[i]++
					dotAll++
				}
			case kDecComma:
				comma[i]++
				commaAll++
			case kDecApos: // "1'234.50": the Swiss write a decimal dot
				if bytes.IndexByte(f, ',') < 0 {
					dot[i]++
					dotAll++
				}
			case kIntGrouped:
				ambiguous[i] = ambiguous[i] || bytes.Count(f, []byte(".")) == 1
			case kDateISO, kDateTimeISO, kDateTimeZone:
				isoDates++
			case kDateDE, kDateDE2, kDateTimeDE:
				deDates++
			}
		}
	}
	fileDots := dotAll > 0 && commaAll == 0 || dotAll == 0 && commaAll == 0 && (delim == ',' || isoDates > 0 && deDates == 0)
	for i := range out {
		switch {
		case comma[i] > 0:
		case dot[i] > 0:
			out[i] = true
		case ambiguous[i]:
			out[i] = fileDots
		}
	}
	return out
}
