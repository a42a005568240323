package datacheck

import (
	"bytes"
	"strings"
)

// Codes with a check digit: a column of them is text, and a code whose
// check digit is wrong is invalid. EAN/GTIN codes are told by their name or
// by their check digits (see colStats.intShape); ISBN, PZN and tax IDs by
// their name alone (see schemeOf), as their check digits are weaker.
const (
	schemeNone  = iota
	schemeGTIN  // European Article Number, 8, 12, 13 or 14 digits
	schemeISBN  // a book's number, "978-3-16-148410-0", "3-16-148410-X"
	schemePZN   // Pharmazentralnummer, a medicine's number, "04324188"
	schemeTaxID // a person's Steuer-Identifikationsnummer, 11 digits, "86 095 742 719"
	schemeVAT   // a firm's VAT number, "DE136695976"; only German ones are checked
)

var schemeNames = [...]string{schemeGTIN: "EAN/GTIN", schemeISBN: "ISBN", schemePZN: "PZN", schemeTaxID: "Steuer-ID", schemeVAT: "USt-IdNr."}

// schemeOf returns the code a column's name says it holds: ISBN ("ISBN",
// "ISBN-13", "isbn13"), PZN ("PZN", "Pharmazentralnummer") or tax ID
// ("Steuer-ID", "IdNr", "Steueridentifikationsnummer"; not the
// Steuernummer, which the tax office gives, of another shape in each
// Land), VAT number ("USt-IdNr", "Umsatzsteuer-ID", "VAT ID"), or
// schemeNone. A column of EAN or ISBN ("EAN / ISBN") holds EANs,
// of which an ISBN-13 is one.
func schemeOf(name string) int {
	h := newHeader(name)
	switch {
	case namesGTIN(name):
		return schemeNone
	case h.wordFunc(func(w string) bool { return strings.HasPrefix(w, "isbn") }):
		return schemeISBN
	case h.word("pzn") || h.has("pharmazentralnummer"):
		return schemePZN
	case h.has("ustid", "ust_id", "umsatzsteuer_id", "umsatzsteuerid", "umsatzsteuer_identifikation", "umsatzsteueridentifikation", "vat_id", "vatid", "vat_number", "vat_no", "vat_reg") ||
		h.word("ust", "vat") && h.word("idnr", "nr", "id", "nummer"):
		return schemeVAT
	case h.has("steuer_id", "steuerid", "steueridentifikation", "steuer_identifikation") || h == "idnr" || h.word("stid"):
		// ("Kunden-IdNr" is a customer's number)
		return schemeTaxID
	}
	return schemeNone
}

// checkScheme counts v as a code of the column's scheme (c.scheme, ISBN or
// PZN): of its shape (schemeN) and with the right check digit (schemeOK);
// others are kept as examples.
func (c *colStats) checkScheme(v []byte) {
	var digits [16]byte
	d, ok := schemeDigits(v, c.scheme, digits[:0])
	if ok {
		c.schemeN++
		if schemeValid(d, c.scheme) {
			c.schemeOK++
			return
		}
	}
	c.keep(exScheme, v)
}

// schemeDigits returns the digits of the code v of a scheme, without the
// scheme's name before them ("ISBN 978-…", "PZN-04324188") and the
// hyphens and blanks between them, and whether they have the scheme's
// length: 10 or 13 for an ISBN (the last of 10 may be X), 8 for a PZN, or
// 7 for one that lost its leading zero, which is then put back.
func schemeDigits(v []byte, scheme int, d []byte) ([]byte, bool) {
	if scheme == schemeVAT {
		return vatChars(v, d)
	}
	name := schemeNames[scheme]
	if len(v) > len(name) && strings.EqualFold(string(v[:len(name)]), name) {
		v = bytes.TrimLeft(v[len(name):], "-: ")
		if scheme == schemeISBN && len(v) > 3 && (string(v[:2]) == "13" || string(v[:2]) == "10") && (v[2] == ':' || v[2] == ' ') {
			v = bytes.TrimLeft(v[2:], ": ") // "ISBN-13: 978-…"
		}
	}
	for i, b := range v {
		switch {
		case isDigit(b):
		case b == '-' || b == ' ':
			continue
		case (b == 'X' || b == 'x') && scheme == schemeISBN && i == len(v)-1:
			b = 'X'
		default:
			return nil, false
		}
		if len(d) == cap(d) {
			return nil, false
		}
		d = append(d, b)
	}
	switch {
	case scheme == schemeISBN:
		return d, len(d) == 10 || len(d) == 13 && d[12] != 'X'
	case scheme == schemeTaxID:
		return d, len(d) == 11
	case len(d) == 7:
		return append([]byte{'0'}, d...), true
	}
	return d, len(d) == 8
}

// schemeValid reports whether the digits d of a code of the scheme (see
// schemeDigits) end with the right check digit.
func schemeValid(d []byte, scheme int) bool {
	switch scheme {
	case schemeISBN:
		return isbnValid(d)
	case schemePZN:
		return pznValid(d)
	case schemeTaxID:
		return taxIDValid(d)
	case schemeVAT:
		return vatValid(d)
	}
	return gtinValid(d)
}

// gtinValid reports whether the digits v end with the right check digit of
// an EAN/GTIN: weighted 3 and 1 from the right, the sum a multiple of 10.
func gtinValid(v []byte) bool {
	sum := 0
	for i, b := range v {
		d := int(b - '0')
		if (len(v)-i)%2 == 0 {
			d *= 3
		}
		sum += d
	}
	return sum%10 == 0
}

// isbnValid reports whether the 10 or 13 characters of an ISBN end with
// the right check digit: one of 13 is an EAN of the prefix 978 or 979;
// one of 10 is weighted 10 down to 1, the sum a multiple of 11, its last
// X for 10.
func isbnValid(d []byte) bool {
	if len(d) == 13 {
		return (string(d[:3]) == "978" || string(d[:3]) == "979") && gtinValid(d)
	}
	sum := 0
	for i, b := range d {
		n := int(b - '0')
		if b == 'X' {
			n = 10
		}
		sum += (10 - i) * n
	}
	return sum%11 == 0
}

// pznValid reports whether the 8 digits of a PZN end with the right check
// digit: the first seven weighted 1 to 7, the sum's remainder of 11 (never
// 10).
func pznValid(d []byte) bool {
	sum := 0
	for i, b := range d[:7] {
		sum += (i + 1) * int(b-'0')
	}
	return sum%11 == int(d[7]-'0')
}

// taxIDValid reports whether the 11 digits of a Steuer-Identifikationsnummer
// are one: the first is not 0; of the first ten, one digit occurs twice or
// three times and every other at most once; and the last is the check digit
// of ISO 7064, MOD 11,10.
func taxIDValid(d []byte) bool {
	if d[0] == '0' {
		return false
	}
	var seen [10]int
	for _, b := range d[:10] {
		seen[b-'0']++
	}
	repeated := 0
	for _, k := range seen {
		switch {
		case k > 3:
			return false
		case k > 1:
			repeated++
		}
	}
	return repeated == 1 && mod1110(d[:10]) == d[10]
}

// mod1110 returns the check digit of the digits d by ISO 7064, MOD 11,10,
// as German tax and VAT numbers end with it.
func mod1110(d []byte) byte {
	product := 10
	for _, b := range d {
		sum := (int(b-'0') + product) % 10
		if sum == 0 {
			sum = 10
		}
		product = sum * 2 % 11
	}
	return byte('0' + (11-product)%10)
}

// vatChars returns the VAT number v in capitals without blanks, dots and
// hyphens ("de 136 695 976" is DE136695976), and whether it has the shape
// of one: two letters of the country and 2 to 12 letters and digits.
func vatChars(v []byte, d []byte) ([]byte, bool) {
	for _, b := range v {
		switch {
		case b == ' ' || b == '.' || b == '-':
			continue
		case b >= 'a' && b <= 'z':
			b -= 'a' - 'A'
		case !(b >= 'A' && b <= 'Z' || isDigit(b)):
			return nil, false
		}
		if len(d) == cap(d) {
			return nil, false
		}
		d = append(d, b)
	}
	return d, len(d) >= 4 && !isDigit(d[0]) && !isDigit(d[1])
}

// vatValid reports whether a VAT number (see vatChars) is a German one
// whose nine digits end with their check digit, or one of another country,
// which is not checked.
func vatValid(d []byte) bool {
	if string(d[:2]) != "DE" {
		return true
	}
	if len(d) != 11 {
		return false
	}
	for _, b := range d[2:] {
		if !isDigit(b) {
			return false
		}
	}
	return mod1110(d[2:10]) == d[10]
}
