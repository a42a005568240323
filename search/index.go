// Package search keeps the offer catalogue in memory for fast filtered,
// faceted and ranked queries. The store stays the source of truth: the index
// is filled from it at start and follows every write.
package search

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

// Facet names, as used in Query filters and Result.Facets.
const (
	FacetTopic    = "topic"
	FacetFormat   = "format"
	FacetCentre   = "centre"
	FacetState    = "state"
	FacetMode     = "mode"
	FacetAudience = "audience"
)

// Facets lists the facet names in display order.
var Facets = []string{FacetTopic, FacetFormat, FacetCentre, FacetState, FacetMode, FacetAudience}

// Doc is what the index knows of one offer.
type Doc struct {
	ID      string
	Title   string
	Summary string
	Body    string   // description, centre name, place: text that matches with less weight
	Labels  []string // German labels of topics and format: match like the title
	Values  map[string][]string
	Dates   []time.Time // start of each date, ascending; empty for timeless offers
}

// Query selects and orders documents. Filters hold facet name → accepted
// values; a document passes a facet when it has any accepted value.
type Query struct {
	Text    string
	Filters map[string][]string
	From    time.Time // documents with a date in [From, To); zero means open
	To      time.Time
	Now     time.Time
	Offset  int
	Limit   int
}

// Hit is one matching document.
type Hit struct {
	ID    string
	Score float64
	Next  time.Time // the first date at or after Now, else the last date; zero if timeless
}

// Result is one page of hits, the total, and per facet the number of
// documents each value would yield if the user chose it (counts of a facet
// ignore that facet's own filter, so alternatives stay visible).
type Result struct {
	Total  int
	Hits   []Hit
	Facets map[string]map[string]int
}

// Index is safe for concurrent use.
type Index struct {
	mu   sync.RWMutex
	docs []*entry
	byID map[string]int
	dict [numFacets]map[string]uint32 // per facet: value → bit
	vals [numFacets][]string          // per facet: bit → value
}

const numFacets = 6

var facetIndex = map[string]int{FacetTopic: 0, FacetFormat: 1, FacetCentre: 2, FacetState: 3, FacetMode: 4, FacetAudience: 5}

type entry struct {
	doc    Doc
	text   text
	values [numFacets][]uint32
}

// New returns an empty index.
func New() *Index {
	ix := &Index{byID: make(map[string]int)}
	for i := range ix.dict {
		ix.dict[i] = make(map[string]uint32)
	}
	return ix
}

// Len returns the number of documents.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.docs)
}

// Put adds documents or replaces those with the same ID.
func (ix *Index) Put(docs ...Doc) {
	entries := make([]*entry, len(docs))
	for i, d := range docs {
		entries[i] = &entry{doc: d, text: analyzeDoc(d)}
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for _, e := range entries {
		for name, vs := range e.doc.Values {
			f, ok := facetIndex[name]
			if !ok {
				continue
			}
			for _, v := range vs {
				e.values[f] = append(e.values[f], ix.intern(f, v))
			}
		}
		if i, ok := ix.byID[e.doc.ID]; ok {
			ix.docs[i] = e
		} else {
			ix.byID[e.doc.ID] = len(ix.docs)
			ix.docs = append(ix.docs, e)
		}
	}
}

func (ix *Index) intern(f int, v string) uint32 {
	if b, ok := ix.dict[f][v]; ok {
		return b
	}
	b := uint32(len(ix.vals[f]))
	ix.dict[f][v] = b
	ix.vals[f] = append(ix.vals[f], v)
	return b
}

// Delete removes the documents with the given IDs; unknown IDs are ignored.
func (ix *Index) Delete(ids ...string) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for _, id := range ids {
		i, ok := ix.byID[id]
		if !ok {
			continue
		}
		last := len(ix.docs) - 1
		ix.docs[i] = ix.docs[last]
		ix.byID[ix.docs[i].doc.ID] = i
		ix.docs[last] = nil
		ix.docs = ix.docs[:last]
		delete(ix.byID, id)
	}
}

// Search runs q. With Text, hits are ordered by relevance; without, upcoming
// dates first (soonest first), then timeless offers, then past events.
func (ix *Index) Search(q Query) Result {
	if q.Now.IsZero() {
		q.Now = time.Now()
	}
	terms := analyzeQuery(q.Text)

	ix.mu.RLock()
	defer ix.mu.RUnlock()

	// Accepted values per facet, as sets of bits; nil means no filter.
	var accept [numFacets]map[uint32]bool
	for name, vs := range q.Filters {
		f, ok := facetIndex[name]
		if !ok || len(vs) == 0 {
			continue
		}
		accept[f] = make(map[uint32]bool, len(vs))
		for _, v := range vs {
			if b, ok := ix.dict[f][v]; ok {
				accept[f][b] = true
			}
		}
	}
	var counts [numFacets][]int
	for f := range counts {
		counts[f] = make([]int, len(ix.vals[f]))
	}
	var hits []Hit
	for _, e := range ix.docs {
		if !e.inRange(q.From, q.To) {
			continue
		}
		score := 1.0
		if len(terms) > 0 {
			if score = e.text.score(terms); score == 0 {
				continue
			}
		}
		failed, nfailed := -1, 0
		for f, acc := range accept {
			if acc != nil && !anyIn(e.values[f], acc) {
				failed = f
				if nfailed++; nfailed > 1 {
					break
				}
			}
		}
		switch nfailed {
		case 0:
			for f := range counts {
				for _, b := range e.values[f] {
					counts[f][b]++
				}
			}
			hits = append(hits, Hit{ID: e.doc.ID, Score: score, Next: e.next(q.Now)})
		case 1: // counts for alternatives in the one facet it fails
			for _, b := range e.values[failed] {
				counts[failed][b]++
			}
		}
	}
	sortHits(hits, q.Now, len(terms) > 0)

	res := Result{Total: len(hits), Facets: make(map[string]map[string]int, len(Facets))}
	for name, f := range facetIndex {
		m := make(map[string]int)
		for b, n := range counts[f] {
			if n > 0 {
				m[ix.vals[f][b]] = n
			}
		}
		res.Facets[name] = m
	}
	lo := min(max(q.Offset, 0), len(hits))
	hi := len(hits)
	if q.Limit > 0 {
		hi = min(lo+q.Limit, hi)
	}
	res.Hits = slices.Clone(hits[lo:hi])
	return res
}

func anyIn(bits []uint32, acc map[uint32]bool) bool {
	for _, b := range bits {
		if acc[b] {
			return true
		}
	}
	return false
}

func (e *entry) inRange(from, to time.Time) bool {
	if from.IsZero() && to.IsZero() {
		return true
	}
	for _, d := range e.doc.Dates {
		if (from.IsZero() || !d.Before(from)) && (to.IsZero() || d.Before(to)) {
			return true
		}
	}
	return false
}

func (e *entry) next(now time.Time) time.Time {
	ds := e.doc.Dates
	i := sort.Search(len(ds), func(i int) bool { return !ds[i].Before(now) })
	if i < len(ds) {
		return ds[i]
	} else if len(ds) > 0 {
		return ds[len(ds)-1]
	}
	return time.Time{}
}

// class orders hits of equal relevance: upcoming within a year, timeless,
// far future, past.
func class(next, now time.Time) int {
	switch {
	case next.IsZero():
		return 1
	case next.Before(now):
		return 3
	case next.After(now.AddDate(1, 0, 0)):
		return 2
	}
	return 0
}

func sortHits(hits []Hit, now time.Time, byScore bool) {
	slices.SortFunc(hits, func(a, b Hit) int {
		if byScore && a.Score != b.Score {
			if a.Score > b.Score {
				return -1
			}
			return 1
		}
		ca, cb := class(a.Next, now), class(b.Next, now)
		if ca != cb {
			return ca - cb
		}
		if c := a.Next.Compare(b.Next); c != 0 {
			if ca == 3 { // past: most recent first
				return -c
			}
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}
