package lotse

import (
	"strconv"
	"time"
	"unicode/utf8"
)

// AppendJSON appends o as encoding/json encodes it — the same fields in the
// same order, the same omissions and the same escaping — at a fraction of
// the cost: API lists and exports encode thousands of offers, and
// reflection and per-rune escaping were most of their time. json_test.go
// holds the two encoders to the same bytes.
func (o *Offer) AppendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = AppendJSONString(b, o.ID)
	b = append(b, `,"centre":`...)
	b = AppendJSONString(b, o.Centre)
	b = append(b, `,"format":`...)
	b = AppendJSONString(b, o.Format)
	b = append(b, `,"title":`...)
	b = AppendJSONString(b, o.Title)
	b = append(b, `,"summary":`...)
	b = AppendJSONString(b, o.Summary)
	b = append(b, `,"description":`...)
	b = AppendJSONString(b, o.Description)
	b = append(b, `,"topics":`...)
	b = appendJSONStrings(b, o.Topics)
	b = append(b, `,"audiences":`...)
	b = appendJSONStrings(b, o.Audiences)
	b = append(b, `,"mode":`...)
	b = AppendJSONString(b, o.Mode)
	b = append(b, `,"location":{`...)
	sep := ""
	for _, f := range [...]struct{ name, value string }{{"city", o.Location.City}, {"postcode", o.Location.Postcode}, {"state", o.Location.State}} {
		if f.value != "" {
			b = append(b, sep...)
			b = append(b, '"')
			b = append(b, f.name...)
			b = append(b, `":`...)
			b = AppendJSONString(b, f.value)
			sep = ","
		}
	}
	b = append(b, '}')
	if o.StartsAt != nil {
		b = append(b, `,"starts_at":`...)
		b = AppendJSONTime(b, *o.StartsAt)
	}
	if o.EndsAt != nil {
		b = append(b, `,"ends_at":`...)
		b = AppendJSONTime(b, *o.EndsAt)
	}
	if o.Recurrence != "" {
		b = append(b, `,"recurrence":`...)
		b = AppendJSONString(b, o.Recurrence)
	}
	if o.Capacity != 0 {
		b = append(b, `,"capacity":`...)
		b = strconv.AppendInt(b, int64(o.Capacity), 10)
	}
	b = append(b, `,"url":`...)
	b = AppendJSONString(b, o.URL)
	b = append(b, `,"language":`...)
	b = AppendJSONString(b, o.Language)
	return append(b, '}')
}

// appendJSONStrings appends a list of strings; nil is null, as in
// encoding/json.
func appendJSONStrings(b []byte, ss []string) []byte {
	if ss == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = AppendJSONString(b, s)
	}
	return append(b, ']')
}

// AppendJSONTime appends t as encoding/json does: RFC 3339 with
// nanoseconds, quoted.
func AppendJSONTime(b []byte, t time.Time) []byte {
	b = append(b, '"')
	b = t.AppendFormat(b, time.RFC3339Nano)
	return append(b, '"')
}

// AppendJSONString appends s as a JSON string escaped as encoding/json
// escapes it: ", \ and control characters, <, > and & (so the JSON is safe
// inside HTML), U+2028 and U+2029, and invalid UTF-8 as U+FFFD. Runs of
// other bytes are copied whole.
func AppendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, `\b`...)
			case '\f':
				b = append(b, `\f`...)
			case '\n':
				b = append(b, `\n`...)
			case '\r':
				b = append(b, `\r`...)
			case '\t':
				b = append(b, `\t`...)
			default:
				b = append(b, `\u00`...)
				b = append(b, hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, `\u202`...)
			b = append(b, hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

const hexDigits = "0123456789abcdef"

// jsonSafe marks the ASCII bytes copied as they are.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()
