package datacheck

import "bytes"

// HTML in text: shop systems export product descriptions with their tags
// ("<p>Robust</p><ul><li>…"), and older ones umlauts as entities
// ("M&uuml;ller"). For a language model or a search they are noise.

// markup counts the text v if it holds HTML (see htmlTag, htmlEntity) and
// keeps the first tags and entities found as examples (exMarkup).
func (c *colStats) markup(v []byte) {
	i := markupStart(v)
	if i < 0 {
		return
	}
	found := false
	var buf [12]byte
	for ; i < len(v); i++ {
		var tok []byte
		switch v[i] {
		case '<':
			tok = htmlTag(v[i:], buf[:0])
		case '&':
			tok = htmlEntity(v[i:])
		}
		if tok != nil {
			found = true
			c.keep(exMarkup, tok)
		}
	}
	if found {
		c.markupN++
	}
}

// markupStart returns the index of the first '<' or '&' in v, or -1. Most
// texts are short codes and names: a loop is quicker than two calls of
// bytes.IndexByte.
func markupStart(v []byte) int {
	if len(v) > 32 {
		lt, amp := bytes.IndexByte(v, '<'), bytes.IndexByte(v, '&')
		if lt < 0 || amp >= 0 && amp < lt {
			return amp
		}
		return lt
	}
	for i, b := range v {
		if b == '<' || b == '&' {
			return i
		}
	}
	return -1
}

// htmlTags are the names of the HTML tags that descriptions and notes are
// written with.
var htmlTags = map[string]bool{
	"p": true, "br": true, "b": true, "i": true, "u": true, "em": true, "strong": true, "ul": true, "ol": true, "li": true,
	"div": true, "span": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "table": true,
	"tr": true, "td": true, "th": true, "tbody": true, "thead": true, "a": true, "img": true, "font": true, "hr": true,
	"sup": true, "sub": true, "small": true, "meta": true, "style": true, "script": true, "blockquote": true, "pre": true,
	"center": true, "section": true, "iframe": true,
}

// htmlTag returns the tag that s begins with, "<p>" for "<p>", "</p>",
// "<P class=…>" and "<br/>", written to buf; nil if s begins with no tag of
// htmlTags closed by ">" (as "< 10 kg" and "<Firma>" do not).
func htmlTag(s []byte, buf []byte) []byte {
	j := 1
	if j < len(s) && s[j] == '/' {
		j++
	}
	start := j
	for j < len(s) && j-start < 10 && (isLetter(s[j]) || start < j && isDigit(s[j])) {
		j++
	}
	if j == start || j == len(s) || s[j] != '>' && s[j] != ' ' && s[j] != '/' {
		return nil
	}
	buf = append(buf, '<')
	for _, b := range s[start:j] {
		buf = append(buf, b|0x20) // lower case
	}
	buf = append(buf, '>')
	if !htmlTags[string(buf[1:len(buf)-1])] {
		return nil
	}
	if end := bytes.IndexByte(s[j:min(len(s), j+300)], '>'); end < 0 {
		return nil
	}
	return buf
}

// htmlEntities are the named entities of HTML that exports write: blanks,
// umlauts, quotes and signs.
var htmlEntities = map[string]bool{
	"nbsp": true, "amp": true, "lt": true, "gt": true, "quot": true, "apos": true, "auml": true, "ouml": true, "uuml": true,
	"Auml": true, "Ouml": true, "Uuml": true, "szlig": true, "euro": true, "copy": true, "reg": true, "trade": true,
	"ndash": true, "mdash": true, "hellip": true, "bdquo": true, "ldquo": true, "rdquo": true, "laquo": true, "raquo": true,
	"deg": true, "shy": true, "eacute": true, "egrave": true, "middot": true, "times": true,
}

// htmlEntity returns the entity that s begins with ("&uuml;", "&#8364;",
// "&#x20AC;"), nil if none ("& Co.", "&Sohn").
func htmlEntity(s []byte) []byte {
	j := 1
	numeric := j < len(s) && s[j] == '#'
	if numeric {
		j++
		if j < len(s) && (s[j] == 'x' || s[j] == 'X') {
			j++
		}
	}
	start := j
	for j < len(s) && j-start < 8 && (isLetter(s[j]) || isDigit(s[j])) {
		j++
	}
	if j == start || j == len(s) || s[j] != ';' {
		return nil
	}
	if !numeric && !htmlEntities[string(s[start:j])] {
		return nil
	}
	return s[:j+1]
}
