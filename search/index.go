// Package search keeps the offer catalogue in memory for fast filtered,
// faceted and ranked German full-text queries. The store stays the source of
// truth: the index is filled from it at start and follows every write.
//
// Text is analysed for German (see analyze.go): folding of umlauts both
// ways, Snowball stemming, compound splitting, synonyms and abbreviations from
// the embedded synonyms.txt, and typo tolerance against the indexed
// vocabulary. An inverted index (postings per term with per-field counts)
// feeds a BM25F ranking in which title and topic labels weigh more than the
// summary and the body.
package search

import (
	"runtime"
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
	Score float64   // relevance relative to the best hit, in steps of 0.1 (1 for the best); 1 without Text
	Next  time.Time // the first date at or after Now, else the last date; zero if timeless
}

// Result is one page of hits, the total, and per facet the number of
// documents each value would yield if the user chose it (counts of a facet
// ignore that facet's own filter, so alternatives stay visible).
type Result struct {
	Total  int
	Hits   []Hit
	Facets map[string]map[string]int
	// Suggestion is the query with likely typos corrected ("Meinten Sie …?"),
	// or empty. The hits already include the corrected words' matches.
	Suggestion string
}

// Index is safe for concurrent use.
type Index struct {
	mu    sync.RWMutex
	docs  []*entry // by slot; nil where deleted. Slots only grow (until compaction).
	norms [][numFields]uint16
	byID  map[string]uint32
	alive int
	dict  [numFacets]map[string]uint32 // per facet: value → bit
	vals  [numFacets][]string          // per facet: bit → value

	terms    map[string]uint32 // term → term id
	post     [][]posting       // term id → postings, ascending slot
	fieldLen [numFields]int64  // total length of each field over live docs

	words  map[string]*wordInfo // folded surface word → info (vocabulary)
	byLen  [][]string           // vocabulary words by byte length, for typo search
	splits map[string][]string  // memoised compound splits of indexed words
}

const numFacets = 6

var facetIndex = map[string]int{FacetTopic: 0, FacetFormat: 1, FacetCentre: 2, FacetState: 3, FacetMode: 4, FacetAudience: 5}

// Fields of a document, in the order of posting counts.
const (
	fieldTitle = iota
	fieldLabels
	fieldSummary
	fieldBody
	numFields
)

// posting says how often a term occurs in each field of one document.
type posting struct {
	slot uint32
	tf   [numFields]uint8
}

type entry struct {
	id     string
	title  string
	dates  []time.Time
	values [numFacets][]uint32
	terms  []uint32 // term ids, to remove the postings again
}

type wordInfo struct {
	display string // the word as first written in a text
	n       int32  // documents it was seen in (not decreased on delete)
}

// New returns an empty index.
func New() *Index {
	ix := &Index{
		byID:   make(map[string]uint32),
		terms:  make(map[string]uint32),
		words:  make(map[string]*wordInfo),
		splits: make(map[string][]string),
	}
	for i := range ix.dict {
		ix.dict[i] = make(map[string]uint32)
	}
	return ix
}

// Len returns the number of documents.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.alive
}

// analysed is a document's text before it meets the index's vocabulary.
type analysed struct {
	doc    Doc
	fields [numFields][]token
	disp   map[string]string // folded word → as written
}

func analyseDoc(d Doc) analysed {
	a := analysed{doc: d, disp: make(map[string]string)}
	texts := [numFields]string{d.Title, strings.Join(d.Labels, " · "), d.Summary, d.Body}
	for f, s := range texts {
		toks := tokenize(s)
		for _, t := range toks {
			if t.joined || len(t.word) < 2 {
				continue
			}
			if _, ok := a.disp[t.word]; !ok {
				a.disp[t.word] = s[t.start:t.end]
			}
			stem(t.word) // warm the cache outside the lock
		}
		a.fields[f] = toks
	}
	return a
}

// Put adds documents or replaces those with the same ID. The change is
// visible to the next Search.
func (ix *Index) Put(docs ...Doc) {
	as := make([]analysed, len(docs))
	parallel(len(docs), func(i int) { as[i] = analyseDoc(docs[i]) })

	ix.mu.Lock()
	defer ix.mu.Unlock()
	// The batch's words join the vocabulary first, so compounds of the batch
	// split into parts the batch itself knows.
	for _, a := range as {
		for w, disp := range a.disp {
			wi := ix.words[w]
			if wi == nil {
				wi = &wordInfo{display: disp}
				ix.words[w] = wi
				for len(ix.byLen) <= len(w) {
					ix.byLen = append(ix.byLen, nil)
				}
				ix.byLen[len(w)] = append(ix.byLen[len(w)], w)
			}
			wi.n++
		}
	}
	tf := make(map[string]*[numFields]uint8)
	for _, a := range as {
		if slot, ok := ix.byID[a.doc.ID]; ok {
			ix.remove(slot)
		}
		e := &entry{id: a.doc.ID, title: a.doc.Title, dates: a.doc.Dates}
		for name, vs := range a.doc.Values {
			f, ok := facetIndex[name]
			if !ok {
				continue
			}
			for _, v := range vs {
				e.values[f] = append(e.values[f], ix.intern(f, v))
			}
		}
		clear(tf)
		var norm [numFields]uint16
		for f, toks := range a.fields {
			n := 0
			for _, t := range toks {
				if !t.joined {
					if stopwords[t.word] && !t.part {
						continue
					}
					n++
				}
				ix.addTerm(tf, stem(t.word), f)
				if !t.joined {
					for _, p := range ix.split(t.word) {
						ix.addTerm(tf, stem(p), f)
					}
				}
			}
			norm[f] = uint16(min(n, 65535))
			ix.fieldLen[f] += int64(norm[f])
		}
		slot := uint32(len(ix.docs))
		e.terms = make([]uint32, 0, len(tf))
		for term, c := range tf {
			id, ok := ix.terms[term]
			if !ok {
				id = uint32(len(ix.post))
				ix.terms[term] = id
				ix.post = append(ix.post, nil)
			}
			ix.post[id] = append(ix.post[id], posting{slot: slot, tf: *c})
			e.terms = append(e.terms, id)
		}
		ix.docs = append(ix.docs, e)
		ix.norms = append(ix.norms, norm)
		ix.byID[e.id] = slot
		ix.alive++
	}
	ix.maybeCompact()
}

func (ix *Index) addTerm(tf map[string]*[numFields]uint8, term string, f int) {
	c := tf[term]
	if c == nil {
		c = new([numFields]uint8)
		tf[term] = c
	}
	if c[f] < 255 {
		c[f]++
	}
}

// split returns the memoised compound split of an indexed word.
func (ix *Index) split(w string) []string {
	if len(w) < 6 || stopwords[w] {
		return nil
	}
	if p, ok := ix.splits[w]; ok {
		return p
	}
	p := decompose(w, ix.isWord)
	ix.splits[w] = p
	return p
}

// isWord reports whether w may be a part of a compound word: a word of the
// embedded list, or a word of at least four letters seen in the texts.
func (ix *Index) isWord(w string) bool {
	if stopwords[w] {
		return false
	}
	if partWords[w] {
		return true
	}
	return len(w) >= 4 && ix.words[w] != nil
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
		if slot, ok := ix.byID[id]; ok {
			ix.remove(slot)
		}
	}
	ix.maybeCompact()
}

// remove takes the document at slot out of the postings. The caller holds mu.
func (ix *Index) remove(slot uint32) {
	e := ix.docs[slot]
	for _, t := range e.terms {
		ps := ix.post[t]
		i := sort.Search(len(ps), func(i int) bool { return ps[i].slot >= slot })
		if i < len(ps) && ps[i].slot == slot {
			ix.post[t] = slices.Delete(ps, i, i+1)
		}
	}
	for f := range ix.fieldLen {
		ix.fieldLen[f] -= int64(ix.norms[slot][f])
	}
	delete(ix.byID, e.id)
	ix.docs[slot] = nil
	ix.alive--
}

// maybeCompact renumbers the slots once most of them are empty.
func (ix *Index) maybeCompact() {
	if len(ix.docs) < 1024 || ix.alive*2 > len(ix.docs) {
		return
	}
	remap := make([]uint32, len(ix.docs))
	var docs []*entry
	var norms [][numFields]uint16
	for slot, e := range ix.docs {
		if e == nil {
			continue
		}
		remap[slot] = uint32(len(docs))
		ix.byID[e.id] = uint32(len(docs))
		docs = append(docs, e)
		norms = append(norms, ix.norms[slot])
	}
	for _, ps := range ix.post {
		for i := range ps {
			ps[i].slot = remap[ps[i].slot]
		}
	}
	ix.docs, ix.norms = docs, norms
}

// Search runs q. With Text, hits are ordered by relevance, then as without
// Text: upcoming dates first (soonest first), then timeless offers, then far
// future ones, then past events (most recent first). A query matches a
// document when any of its words (or their synonyms, parts or corrections)
// occurs; documents matching more and rarer words in weightier fields rank
// higher.
func (ix *Index) Search(q Query) Result {
	if q.Now.IsZero() {
		q.Now = time.Now()
	}

	ix.mu.RLock()
	defer ix.mu.RUnlock()

	pq := ix.parse(q.Text)
	textual := pq.words > 0
	var sc *scorer
	if textual {
		sc = ix.score(pq)
		defer sc.release()
	}

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
	visit := func(slot uint32, score float64) {
		e := ix.docs[slot]
		if e == nil || !inRange(e.dates, q.From, q.To) {
			return
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
			hits = append(hits, Hit{ID: e.id, Score: score, Next: next(e.dates, q.Now)})
		case 1: // counts for alternatives in the one facet it fails
			for _, b := range e.values[failed] {
				counts[failed][b]++
			}
		}
	}
	if textual {
		for _, slot := range sc.touched {
			if s := sc.final(slot); s > 0 {
				visit(slot, s)
			}
		}
	} else {
		for slot := range ix.docs {
			visit(uint32(slot), 1)
		}
	}

	res := Result{Total: len(hits), Facets: make(map[string]map[string]int, len(Facets))}
	if textual && pq.corrected {
		res.Suggestion = pq.suggestion
	}
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
	hits = topHits(hits, hi, q.Now, textual)
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

func inRange(dates []time.Time, from, to time.Time) bool {
	if from.IsZero() && to.IsZero() {
		return true
	}
	for _, d := range dates {
		if (from.IsZero() || !d.Before(from)) && (to.IsZero() || d.Before(to)) {
			return true
		}
	}
	return false
}

func next(ds []time.Time, now time.Time) time.Time {
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

func compareHits(a, b Hit, now time.Time, byScore bool) int {
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
}

func sortHits(hits []Hit, now time.Time, byScore bool) {
	slices.SortFunc(hits, func(a, b Hit) int { return compareHits(a, b, now, byScore) })
}

// topHits orders the first k hits of the full order (the rest is left in any
// order), without sorting all of a large result.
func topHits(hits []Hit, k int, now time.Time, byScore bool) []Hit {
	if k <= 0 {
		return hits
	}
	if len(hits) <= 4*k+64 {
		sortHits(hits, now, byScore)
		return hits
	}
	cmp := func(a, b Hit) int { return compareHits(a, b, now, byScore) }
	// A max-heap (worst on top) of the best k seen.
	h := slices.Clone(hits[:k])
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= len(h) {
				return
			}
			j := l
			if r := l + 1; r < len(h) && cmp(h[r], h[l]) > 0 {
				j = r
			}
			if cmp(h[j], h[i]) <= 0 {
				return
			}
			h[i], h[j] = h[j], h[i]
			i = j
		}
	}
	for i := len(h)/2 - 1; i >= 0; i-- {
		down(i)
	}
	for _, x := range hits[k:] {
		if cmp(x, h[0]) < 0 {
			h[0] = x
			down(0)
		}
	}
	slices.SortFunc(h, cmp)
	return h
}

// parallel runs f(0..n-1) on the machine's cores when n is large.
func parallel(n int, f func(i int)) {
	const chunk = 256
	if n < 2*chunk {
		for i := range n {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	work := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for lo := range work {
				for i := lo; i < min(lo+chunk, n); i++ {
					f(i)
				}
			}
		}()
	}
	for lo := 0; lo < n; lo += chunk {
		work <- lo
	}
	close(work)
	wg.Wait()
}
