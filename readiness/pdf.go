package readiness

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
)

// A small PDF 1.4 writer: A4 pages of text in Helvetica and simple vector
// graphics, laid out top to bottom with automatic page breaks. It knows only
// what the report needs.

// A4 in points, and the margins of the text area.
const (
	pdfPageW   = 595.28
	pdfPageH   = 841.89
	pdfMarginX = 56.0
	pdfTop     = pdfPageH - 56
	pdfBottom  = 64.0 // the footer sits below
	pdfTextW   = pdfPageW - 2*pdfMarginX
)

// pdfColor is an RGB colour, components 0–1.
type pdfColor struct{ r, g, b float64 }

var (
	pdfBlack = pdfColor{0.1, 0.1, 0.1}
	pdfGrey  = pdfColor{0.35, 0.35, 0.35}
	pdfRule  = pdfColor{0.72, 0.72, 0.72}
	pdfBlue  = pdfColor{0.114, 0.373, 0.659} // #1d5fa8, the site's accent
)

// hexColor parses "#rrggbb"; anything else is black.
func hexColor(s string) pdfColor {
	if len(s) != 7 || s[0] != '#' {
		return pdfBlack
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return pdfBlack
	}
	return pdfColor{float64(v>>16) / 255, float64(v>>8&0xff) / 255, float64(v&0xff) / 255}
}

// tint mixes c with white: a = 1 is c, a = 0 is white.
func (c pdfColor) tint(a float64) pdfColor {
	return pdfColor{1 - a*(1-c.r), 1 - a*(1-c.g), 1 - a*(1-c.b)}
}

// pdfWriter lays out pages. The cursor y is the top of the next line; it
// moves down as content is added.
type pdfWriter struct {
	pages []*bytes.Buffer
	page  *bytes.Buffer
	y     float64
	// onBreak is called after a page break, e.g. to repeat a table head.
	onBreak func()
}

func newPDFWriter() *pdfWriter {
	w := &pdfWriter{}
	w.newPage()
	return w
}

func (w *pdfWriter) newPage() {
	w.page = &bytes.Buffer{}
	w.pages = append(w.pages, w.page)
	w.y = pdfTop
	if w.onBreak != nil {
		w.onBreak()
	}
}

// need starts a new page unless h points are left above the bottom margin.
func (w *pdfWriter) need(h float64) {
	if w.y-h < pdfBottom && w.y < pdfTop {
		w.newPage()
	}
}

// space moves the cursor down by h, but not past the page's end and not at
// the top of a page.
func (w *pdfWriter) space(h float64) {
	if w.y < pdfTop {
		w.y = max(w.y-h, pdfBottom)
	}
}

func num(f float64) string {
	return strconv.FormatFloat(f, 'f', 2, 64)
}

// pdfString writes b as a PDF literal string.
func pdfString(buf *bytes.Buffer, b []byte) {
	buf.WriteByte('(')
	for _, c := range b {
		switch {
		case c == '(' || c == ')' || c == '\\':
			buf.WriteByte('\\')
			buf.WriteByte(c)
		case c < 0x20 || c >= 0x7F:
			fmt.Fprintf(buf, "\\%03o", c)
		default:
			buf.WriteByte(c)
		}
	}
	buf.WriteByte(')')
}

// pdfTextString writes s as a PDF text string outside content streams (as
// in the info dictionary): UTF-16BE with a byte order mark, in hex.
func pdfTextString(s string) string {
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}

// text draws encoded text with its baseline at (x, y).
func (w *pdfWriter) text(x, y float64, f pdfFont, size float64, c pdfColor, b []byte) {
	fmt.Fprintf(w.page, "BT %s %s %s rg /%s %s Tf %s %s Td ", num(c.r), num(c.g), num(c.b), pdfFontNames[f].res, num(size), num(x), num(y))
	pdfString(w.page, b)
	w.page.WriteString(" Tj ET\n")
}

// textStyle is how a block of text is set.
type textStyle struct {
	font    pdfFont
	size    float64
	leading float64 // distance of baselines
	color   pdfColor
}

var (
	styleTitle = textStyle{helveticaBold, 20, 25, pdfBlack}
	styleH2    = textStyle{helveticaBold, 13.5, 17, pdfBlue}
	styleH3    = textStyle{helveticaBold, 11, 14, pdfBlack}
	styleBody  = textStyle{helvetica, 10, 13.5, pdfBlack}
	styleBold  = textStyle{helveticaBold, 10, 13.5, pdfBlack}
	styleSmall = textStyle{helvetica, 8.5, 11, pdfGrey}
	styleFoot  = textStyle{helvetica, 7.5, 9.5, pdfGrey}
)

// wrap breaks s into lines no wider than width. Lines break at spaces; a
// word wider than a line is broken where it no longer fits.
func wrap(s string, f pdfFont, size, width float64) [][]byte {
	var lines [][]byte
	var line []byte
	space := f.width([]byte{' '}, size)
	lineW := 0.0
	for _, word := range bytes.Fields(winAnsi(s)) {
		ww := f.width(word, size)
		if len(line) > 0 && lineW+space+ww <= width {
			line = append(line, ' ')
			line = append(line, word...)
			lineW += space + ww
			continue
		}
		if len(line) > 0 {
			lines = append(lines, line)
			line, lineW = nil, 0
		}
		for ww > width && len(word) > 1 {
			n, cw := 0, 0.0
			for n < len(word) {
				c := f.width(word[n:n+1], size)
				if n > 0 && cw+c > width {
					break
				}
				cw += c
				n++
			}
			lines = append(lines, word[:n:n])
			word = word[n:]
			ww = f.width(word, size)
		}
		line, lineW = append([]byte(nil), word...), ww
	}
	if len(line) > 0 {
		lines = append(lines, line)
	}
	return lines
}

// para sets s as a paragraph from x to the right margin, breaking pages
// between lines, and leaves gap points below it.
func (w *pdfWriter) para(s string, st textStyle, x, gap float64) {
	for _, l := range wrap(s, st.font, st.size, pdfMarginX+pdfTextW-x) {
		w.need(st.leading)
		w.y -= st.leading
		w.text(x, w.y+(st.leading-st.size)/2+0.2*st.size, st.font, st.size, st.color, l)
	}
	w.space(gap)
}

// heading sets a heading and keeps it on a page with keep points of what
// follows.
func (w *pdfWriter) heading(s string, st textStyle, keep float64) {
	lines := wrap(s, st.font, st.size, pdfTextW)
	w.need(float64(len(lines))*st.leading + keep)
	w.para(s, st, pdfMarginX, 3)
}

// bullet sets s as a list item: mark at x, text hanging at x+indent.
func (w *pdfWriter) bullet(mark string, s string, st textStyle, x, indent, gap float64) {
	lines := wrap(s, st.font, st.size, pdfMarginX+pdfTextW-x-indent)
	for i, l := range lines {
		w.need(st.leading)
		w.y -= st.leading
		base := w.y + (st.leading-st.size)/2 + 0.2*st.size
		if i == 0 {
			w.text(x, base, st.font, st.size, st.color, winAnsi(mark))
		}
		w.text(x+indent, base, st.font, st.size, st.color, l)
	}
	w.space(gap)
}

// rule draws a horizontal line across the text area at the cursor.
func (w *pdfWriter) rule(c pdfColor, width float64) {
	w.line(pdfMarginX, w.y, pdfMarginX+pdfTextW, w.y, c, width, "")
}

func (w *pdfWriter) line(x1, y1, x2, y2 float64, c pdfColor, width float64, dash string) {
	fmt.Fprintf(w.page, "q %s %s %s RG %s w [%s] 0 d %s %s m %s %s l S Q\n",
		num(c.r), num(c.g), num(c.b), num(width), dash, num(x1), num(y1), num(x2), num(y2))
}

// polygon draws a closed path through pts, filled when fill is not nil.
func (w *pdfWriter) polygon(pts [][2]float64, stroke pdfColor, width float64, dash string, fill *pdfColor) {
	if len(pts) == 0 {
		return
	}
	fmt.Fprintf(w.page, "q %s %s %s RG %s w 1 j [%s] 0 d ", num(stroke.r), num(stroke.g), num(stroke.b), num(width), dash)
	if fill != nil {
		fmt.Fprintf(w.page, "%s %s %s rg ", num(fill.r), num(fill.g), num(fill.b))
	}
	for i, p := range pts {
		op := "l"
		if i == 0 {
			op = "m"
		}
		fmt.Fprintf(w.page, "%s %s %s ", num(p[0]), num(p[1]), op)
	}
	if fill != nil {
		w.page.WriteString("b Q\n")
	} else {
		w.page.WriteString("s Q\n")
	}
}

// pdfInfo is the document information dictionary.
type pdfInfo struct {
	Title, Subject, Creator string
	Created                 string // PDF date, "D:20261121172400Z", or ""
}

// bytes assembles the document: catalog, page tree, the two fonts, the info
// dictionary, then each page with its deflated content stream, the xref
// table and the trailer.
func (w *pdfWriter) bytes(info pdfInfo) ([]byte, error) {
	var out bytes.Buffer
	var offsets []int
	obj := func(body string) {
		offsets = append(offsets, out.Len())
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", len(offsets), body)
	}
	out.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

	const firstPage = 6 // objects 1–5 come first; then page, content, page, …
	kids := make([]string, len(w.pages))
	for i := range w.pages {
		kids[i] = fmt.Sprintf("%d 0 R", firstPage+2*i)
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(w.pages)))
	for _, f := range pdfFontNames {
		obj("<< /Type /Font /Subtype /Type1 /BaseFont /" + f.base + " /Encoding /WinAnsiEncoding >>")
	}
	var ib bytes.Buffer
	ib.WriteString("<< ")
	for _, kv := range []struct{ k, v string }{{"Title", info.Title}, {"Subject", info.Subject}, {"Creator", info.Creator}, {"Producer", "Lotse"}, {"CreationDate", info.Created}} {
		if kv.v != "" {
			fmt.Fprintf(&ib, "/%s %s ", kv.k, pdfTextString(kv.v))
		}
	}
	ib.WriteString(">>")
	obj(ib.String())

	for i, p := range w.pages {
		obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %s %s] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>",
			num(pdfPageW), num(pdfPageH), firstPage+2*i+1))
		var z bytes.Buffer
		zw := zlib.NewWriter(&z)
		if _, err := zw.Write(p.Bytes()); err != nil {
			return nil, fmt.Errorf("compress page %d: %w", i+1, err)
		}
		if err := zw.Close(); err != nil {
			return nil, fmt.Errorf("compress page %d: %w", i+1, err)
		}
		offsets = append(offsets, out.Len())
		fmt.Fprintf(&out, "%d 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n", len(offsets), z.Len())
		out.Write(z.Bytes())
		out.WriteString("\nendstream\nendobj\n")
	}

	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, off := range offsets {
		fmt.Fprintf(&out, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&out, "trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	return out.Bytes(), nil
}
