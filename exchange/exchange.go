// Package exchange reads and writes the network's exchange format: one JSON
// object {"centres": [...], "offers": [...]} (see DESIGN.md). Reading streams
// the file record by record, so a bad record is reported with its position
// and the good ones are kept.
package exchange

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"lotse"
)

// Data is the content of an exchange file.
type Data struct {
	Centres []*lotse.Centre `json:"centres"`
	Offers  []*lotse.Offer  `json:"offers"`
	// OfferAt holds where each offer of Offers stands in the file, so that
	// later checks (does its centre exist?) can report positions too.
	OfferAt []Position `json:"-"`
}

// Position is where a record stands in its file: its 1-based number in its
// list and the line it starts on.
type Position struct {
	Index int
	Line  int
}

// Problem is a record that could not be taken, with where it is and why.
type Problem struct {
	Kind    string // "Zentrum" or "Angebot"
	Index   int    // 1-based position in its list
	Line    int    // line of the file where the record starts
	Key     string // slug or id, if it could be read
	Message string // German reason
}

func (p Problem) String() string {
	key := ""
	if p.Key != "" {
		key = ", „" + p.Key + "“"
	}
	return fmt.Sprintf("%s Nr. %d (Zeile %d%s): %s", p.Kind, p.Index, p.Line, key, p.Message)
}

// Read decodes an exchange file, validating every record. Valid records are
// returned in Data; each invalid one becomes a Problem. The error is non-nil
// only when the file as a whole cannot be read (not JSON, wrong shape).
// progress, if not nil, is called with the number of records read so far.
func Read(r io.Reader, progress func(records int)) (*Data, []Problem, error) {
	lt := &lineTracker{r: r, line: 1}
	dec := json.NewDecoder(bufio.NewReaderSize(lt, 64<<10))
	d := &Data{}
	var problems []Problem
	if err := expectDelim(dec, '{'); err != nil {
		return nil, nil, err
	}
	records := 0
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, nil, syntaxError(err, lt)
		}
		key, _ := tok.(string)
		switch key {
		case "centres", "offers":
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, nil, syntaxError(err, lt)
			}
			continue
		}
		if err := expectDelim(dec, '['); err != nil {
			return nil, nil, fmt.Errorf("„%s“ muss eine Liste sein: %w", key, err)
		}
		for i := 1; dec.More(); i++ {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return nil, nil, syntaxError(err, lt)
			}
			line := lt.lineAt(dec.InputOffset()) - bytes.Count(raw, []byte{'\n'})
			if key == "centres" {
				c, p := decodeCentre(raw)
				if p != nil {
					p.Index, p.Line = i, line
					problems = append(problems, *p)
				} else {
					d.Centres = append(d.Centres, c)
				}
			} else {
				o, p := decodeOffer(raw)
				if p != nil {
					p.Index, p.Line = i, line
					problems = append(problems, *p)
				} else {
					d.Offers = append(d.Offers, o)
					d.OfferAt = append(d.OfferAt, Position{Index: i, Line: line})
				}
			}
			if records++; progress != nil && records%1000 == 0 {
				progress(records)
			}
		}
		if _, err := dec.Token(); err != nil { // ]
			return nil, nil, syntaxError(err, lt)
		}
	}
	if progress != nil {
		progress(records)
	}
	return d, problems, nil
}

func decodeCentre(raw json.RawMessage) (*lotse.Centre, *Problem) {
	var c lotse.Centre
	if err := json.Unmarshal(raw, &c); err != nil {
		return nil, &Problem{Kind: "Zentrum", Message: typeMessage(err)}
	}
	if err := c.Validate(); err != nil {
		return nil, &Problem{Kind: "Zentrum", Key: c.Slug, Message: validationMessage(err)}
	}
	return &c, nil
}

func decodeOffer(raw json.RawMessage) (*lotse.Offer, *Problem) {
	var o lotse.Offer
	if err := json.Unmarshal(raw, &o); err != nil {
		var id struct{ ID string }
		json.Unmarshal(raw, &id)
		return nil, &Problem{Kind: "Angebot", Key: id.ID, Message: typeMessage(err)}
	}
	if err := o.Validate(); err != nil {
		return nil, &Problem{Kind: "Angebot", Key: o.ID, Message: validationMessage(err)}
	}
	return &o, nil
}

// validationMessage names each bad field with its message.
func validationMessage(err error) string {
	fields := lotse.ErrorFields(err)
	if len(fields) == 0 {
		return lotse.ErrorMessage(err)
	}
	parts := make([]string, 0, len(fields))
	for _, k := range sortedKeys(fields) {
		parts = append(parts, k+": "+fields[k])
	}
	return strings.Join(parts, " ")
}

func typeMessage(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("Das Feld „%s“ hat den falschen Typ (erwartet: %s).", te.Field, germanType(te.Type.String()))
	}
	if strings.Contains(err.Error(), "parsing time") {
		return "Ein Zeitpunkt ist ungültig; erwartet wird RFC 3339, z. B. „2026-03-19T16:00:00+01:00“."
	}
	return "Der Eintrag ist ungültig: " + err.Error()
}

func germanType(t string) string {
	switch {
	case strings.HasPrefix(t, "int"), strings.HasPrefix(t, "float"):
		return "Zahl"
	case t == "string":
		return "Text"
	case strings.HasPrefix(t, "[]"):
		return "Liste"
	}
	return "Objekt"
}

func expectDelim(dec *json.Decoder, want json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return fmt.Errorf("die Datei ist kein gültiges JSON: %w", err)
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return fmt.Errorf("erwartet wird „%c“, gefunden wurde %v (das Austauschformat ist ein Objekt {\"centres\": [...], \"offers\": [...]})", want, tok)
	}
	return nil
}

func syntaxError(err error, lt *lineTracker) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("die Datei ist kein gültiges JSON (Zeile %d): %s", lt.lineAt(se.Offset), se.Error())
	}
	return fmt.Errorf("die Datei ist kein gültiges JSON: %w", err)
}

// lineTracker counts lines of what the decoder consumed. It keeps the bytes
// read since the last asked-for offset, which the decoder's look-ahead keeps small.
type lineTracker struct {
	r    io.Reader
	buf  []byte // bytes from offset base on
	base int64
	line int // line number at base
}

func (lt *lineTracker) Read(p []byte) (int, error) {
	n, err := lt.r.Read(p)
	lt.buf = append(lt.buf, p[:n]...)
	return n, err
}

func (lt *lineTracker) lineAt(off int64) int {
	k := int(off - lt.base)
	if k < 0 {
		return lt.line
	}
	k = min(k, len(lt.buf))
	lt.line += bytes.Count(lt.buf[:k], []byte{'\n'})
	lt.buf = append(lt.buf[:0], lt.buf[k:]...)
	lt.base += int64(k)
	return lt.line
}
