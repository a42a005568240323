package readiness

import "unicode/utf8"

// The PDF report uses two of the standard 14 fonts, which every PDF viewer
// has, so that nothing is embedded: Helvetica and Helvetica-Bold with the
// WinAnsiEncoding (Windows-1252). Text is encoded to that code page, and lines
// are wrapped with the fonts' advance widths, which are the published Adobe
// font metrics (AFM) in 1/1000 of the font size.

type pdfFont int

const (
	helvetica pdfFont = iota
	helveticaBold
)

// pdfFontNames are the resource names and base fonts, by pdfFont.
var pdfFontNames = [...]struct{ res, base string }{
	{"F1", "Helvetica"},
	{"F2", "Helvetica-Bold"},
}

// pdfWidths holds the advance widths of the WinAnsi codes 0x20–0xFF, by
// pdfFont. Codes that WinAnsi leaves undefined (0x7F, 0x81, 0x8D, 0x8F,
// 0x90, 0x9D) have width 0; winAnsi never produces them.
var pdfWidths = [...][224]uint16{
	helvetica: {
		278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // 0x20
		556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0x30
		1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // 0x40
		667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // 0x50
		333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // 0x60
		556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 0, // 0x70
		556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, // 0x80
		0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667, // 0x90
		278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333, // 0xA0
		400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611, // 0xB0
		667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, // 0xC0
		722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, // 0xD0
		556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, // 0xE0
		556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500, // 0xF0
	},
	helveticaBold: {
		278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, // 0x20
		556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, // 0x30
		975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, // 0x40
		667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, // 0x50
		333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, // 0x60
		611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 0, // 0x70
		556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, // 0x80
		0, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667, // 0x90
		278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333, // 0xA0
		400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611, // 0xB0
		722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, // 0xC0
		722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, // 0xD0
		556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278, // 0xE0
		611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556, // 0xF0
	},
}

// width returns the advance width of WinAnsi-encoded text at size points.
func (f pdfFont) width(text []byte, size float64) float64 {
	w := 0
	for _, c := range text {
		if c >= 0x20 {
			w += int(pdfWidths[f][c-0x20])
		}
	}
	return float64(w) * size / 1000
}

// winAnsiHigh maps the WinAnsi codes 0x80–0x9F to Unicode; 0 marks an
// undefined code. 0xA0–0xFF are the same as Unicode (Latin-1).
var winAnsiHigh = [32]rune{
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
}

var winAnsiFromRune = func() map[rune]byte {
	m := make(map[rune]byte, 32)
	for i, r := range winAnsiHigh {
		if r != 0 {
			m[r] = byte(0x80 + i)
		}
	}
	return m
}()

// winAnsiFallback replaces characters outside Windows-1252 that German text
// plausibly contains with the nearest look-alike.
var winAnsiFallback = map[rune]string{
	'\u00AD': "",                                                              // soft hyphen: invisible unless the line breaks there
	'\u200B': "",                                                              // zero-width space
	'\u2010': "-",                                                             // hyphen
	'\u2011': "-",                                                             // non-breaking hyphen
	'\u2012': "–",                                                             // figure dash
	'\u2015': "—",                                                             // horizontal bar
	'\u2212': "-",                                                             // minus
	'\u2009': " ", '\u202F': " ", '\u2007': " ", '\u2002': " ", '\u2003': " ", // spaces
	'\u2032': "'", '\u2033': "\"", '\u201B': "'", '\u201F': "\"",
	'\u2190': "<-", '\u2192': "->", '\u2194': "<->", '\u21D2': "=>",
	'\u2264': "<=", '\u2265': ">=", '\u2260': "!=", '\u2248': "~",
	'\u2713': "x", '\u2714': "x", '\u2717': "-", '\u25CF': "•", '\u25AA': "•",
	'\u0141': "L", '\u0142': "l", '\u0131': "i", '\u0110': "D", '\u0111': "d",
	'\u0106': "C", '\u0107': "c", '\u010C': "C", '\u010D': "c", '\u0143': "N", '\u0144': "n",
	'\u015A': "S", '\u015B': "s", '\u0179': "Z", '\u017A': "z", '\u017B': "Z", '\u017C': "z",
	'\u0158': "R", '\u0159': "r", '\u011A': "E", '\u011B': "e", '\u0118': "E", '\u0119': "e",
	'\u0104': "A", '\u0105': "a", '\u0150': "Ö", '\u0151': "ö", '\u0170': "Ü", '\u0171': "ü",
	'\u1E9E': "SS", // capital sharp s
}

// winAnsi encodes s to Windows-1252. Tabs and line breaks become spaces,
// other control characters are dropped, look-alikes replace characters the
// code page lacks (see winAnsiFallback) and "?" the rest.
func winAnsi(s string) []byte {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			b = append(b, ' ')
		case r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0) || r == '\u00AD':
			// control characters; the soft hyphen, invisible unless a
			// line breaks there (ours do not)
			// control characters
		case r < 0x80 || (r >= 0xA0 && r <= 0xFF):
			b = append(b, byte(r))
		case r == utf8.RuneError:
			b = append(b, '?')
		default:
			if c, ok := winAnsiFromRune[r]; ok {
				b = append(b, c)
			} else if f, ok := winAnsiFallback[r]; ok {
				b = append(b, winAnsi(f)...)
			} else {
				b = append(b, '?')
			}
		}
	}
	return b
}

// winAnsiString decodes Windows-1252 text; the inverse of winAnsi for the
// characters it keeps.
func winAnsiString(b []byte) string {
	r := make([]rune, 0, len(b))
	for _, c := range b {
		switch {
		case c >= 0x80 && c < 0xA0:
			if x := winAnsiHigh[c-0x80]; x != 0 {
				r = append(r, x)
			} else {
				r = append(r, utf8.RuneError)
			}
		default:
			r = append(r, rune(c))
		}
	}
	return string(r)
}
