package exchange

import (
	"bufio"
	"encoding/json"
	"io"
	"sort"

	"lotse"
)

// Writer writes an exchange file record by record, so an export of any size
// needs little memory. Call Centres once, then Offer for each offer, then
// Close. The output is stable: the same data gives the same bytes.
type Writer struct {
	w      *bufio.Writer
	offers int
	err    error
}

// NewWriter returns a Writer on w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: bufio.NewWriterSize(w, 64<<10)} }

// Centres writes the centres, sorted by slug.
func (w *Writer) Centres(cs []*lotse.Centre) {
	cs = append([]*lotse.Centre(nil), cs...)
	sort.Slice(cs, func(i, j int) bool { return cs[i].Slug < cs[j].Slug })
	w.str("{\n  \"centres\": [")
	for i, c := range cs {
		w.record(i, c)
	}
	w.str("\n  ],\n  \"offers\": [")
}

// Offer writes one offer.
func (w *Writer) Offer(o *lotse.Offer) {
	w.record(w.offers, o)
	w.offers++
}

// Close ends the document and flushes it.
func (w *Writer) Close() error {
	w.str("\n  ]\n}\n")
	if w.err != nil {
		return w.err
	}
	return w.w.Flush()
}

func (w *Writer) record(i int, v any) {
	if w.err != nil {
		return
	}
	if i > 0 {
		w.str(",")
	}
	w.str("\n    ")
	b, err := json.MarshalIndent(v, "    ", "  ")
	if err != nil {
		w.err = err
		return
	}
	_, w.err = w.w.Write(b)
}

func (w *Writer) str(s string) {
	if w.err == nil {
		_, w.err = w.w.WriteString(s)
	}
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// WriteListed writes an exchange file of the centres and of the offers that
// each yields, leaving out those not listed publicly (drafts, cancelled and
// archived offers): the exchange format is open data and has no status, so
// a re-import elsewhere must not publish a draft.
func WriteListed(w io.Writer, centres []*lotse.Centre, each func(yield func(*lotse.Offer) error) error) error {
	ew := NewWriter(w)
	ew.Centres(centres)
	err := each(func(o *lotse.Offer) error {
		if o.IsListed() {
			ew.Offer(o)
		}
		return ew.err
	})
	if err != nil {
		return err
	}
	return ew.Close()
}
