package datacheck

import (
	"bufio"
	"bytes"
	"io"
)

// A framed list is a table laid out for reading rather than for reading
// in: each row between vertical bars, rules of hyphens between header and
// rows, values padded with blanks to the width of their column. SAP saves
// lists so ("unkonvertiert"), and Markdown writes tables so:
//
//	Materialliste                      22.11.2026
//	-------------------------------------------
//	|Material  |Kurztext        |      Menge|
//	-------------------------------------------
//	|4711      |Schraube M3     |      1.101|
//
// It is read as the table it shows: the rules become blank lines, which
// keeps the lines' numbers, and each row loses its outer bars, which would
// otherwise make an empty first and last column. The padding is trimmed
// as any value's blanks are.

// framedList reports whether the complete lines of sample are a framed
// list: a rule, and at least three rows between bars, four times as many
// as other lines (a title, a footer).
func framedList(sample []byte) bool {
	framed, rules, other := 0, 0, 0
	for len(sample) > 0 {
		end := bytes.IndexByte(sample, '\n')
		if end < 0 {
			break // cut short
		}
		t := bytes.TrimRight(sample[:end], " \r")
		sample = sample[end+1:]
		switch {
		case len(t) == 0:
		case isRule(t):
			rules++
		case len(t) >= 2 && t[0] == '|' && t[len(t)-1] == '|':
			framed++
		default:
			other++
		}
	}
	return rules > 0 && framed >= 3 && framed >= 4*other
}

// isRule reports whether the line t draws a rule: "------",
// "|-----+-----|", "|:---|---:|".
func isRule(t []byte) bool {
	dashes := 0
	for _, b := range t {
		switch b {
		case '-':
			dashes++
		case '|', '+', ':', ' ':
		default:
			return false
		}
	}
	return dashes >= 3
}

// unframe returns a line of a framed list, without its line break, as a
// line of a plain table: a rule empty, a row without its outer bars, any
// other line as it is.
func unframe(line []byte) []byte {
	t := bytes.TrimRight(line, " \r")
	switch {
	case isRule(t):
		return nil
	case len(t) >= 2 && t[0] == '|' && t[len(t)-1] == '|':
		return t[1 : len(t)-1]
	}
	return line
}

// unframeSample rewrites the lines of sample in place with unframe and
// returns them; unless sample is the whole file, it leaves out its last
// line, which may be cut short, and returns it as rest, for the reader of
// the file's rest to see first.
func unframeSample(sample []byte, whole bool) (lines, rest []byte) {
	end := len(sample)
	if !whole {
		end = bytes.LastIndexByte(sample, '\n') + 1
		rest = bytes.Clone(sample[end:])
	}
	out := sample[:0]
	for in := sample[:end]; len(in) > 0; {
		i := bytes.IndexByte(in, '\n')
		if i < 0 {
			return append(out, unframe(in)...), nil // the last line, without a break
		}
		line := unframe(in[:i])
		in = in[i+1:]
		out = append(out, line...) // never past in: unframe only shortens
		out = append(out, '\n')
	}
	return out, rest
}

// unframeReader reads a framed list as unframe writes its lines.
type unframeReader struct {
	r       *bufio.Reader
	out     []byte // what Read returns next
	buf     []byte
	midLine bool // the last line was longer than r's buffer: the rest goes as it is
}

func newUnframeReader(r io.Reader) *unframeReader {
	return &unframeReader{r: bufio.NewReaderSize(r, 64<<10)}
}

func (u *unframeReader) Read(p []byte) (int, error) {
	for len(u.out) == 0 {
		line, err := u.r.ReadSlice('\n')
		switch {
		case err == bufio.ErrBufferFull || u.midLine:
			// a line too long for a list: as it is
			u.out = append(u.buf[:0], line...)
			u.midLine = err == bufio.ErrBufferFull
		case err == nil:
			u.out = append(append(u.buf[:0], unframe(line[:len(line)-1])...), '\n')
		case len(line) > 0:
			u.out = append(u.buf[:0], unframe(line)...) // the last line, without a break
		default:
			return 0, err
		}
		u.buf = u.out[:0]
		if err != nil && err != bufio.ErrBufferFull && len(u.out) == 0 {
			return 0, err
		}
	}
	n := copy(p, u.out)
	u.out = u.out[n:]
	return n, nil
}
