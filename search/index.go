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
	"fmt"
	"maps"
	"math"
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
	// Per slot, flat for a fast sequential scan: facet values (facet<<24 |
	// value bit) in fv[fvOff[slot]:fvOff[slot+1]], dates (Unix ns) likewise.
	fv, fvOff []uint32
	dt        []int64
	dtOff     []uint32
	byID      map[string]uint32
	alive     int
	dict      [numFacets]map[string]uint32 // per facet: value → bit
	vals      [numFacets][]string          // per facet: bit → value

	terms    map[string]uint32 // term → term id
	post     [][]posting       // term id → postings, ascending slot
	fieldLen [numFields]int64  // total length of each field over live docs

	words  map[string]*wordInfo // folded surface word → info (vocabulary)
	byLen  [][]string           // vocabulary words by byte length, for typo search
	splits map[string][]string  // memoised compound splits of indexed words

	running chan struct{} // a token per search running

	cacheMu   sync.Mutex
	cache     map[string]Result // recent results by query; emptied by every write
	cacheSize int
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

// posting holds a term's weight in one document: its BM25F term-frequency
// component (field-weighted, length-normalised and saturated), computed when
// the document is indexed. The average field lengths it uses are those of the
// index at that time, which barely move once a catalogue is loaded.
type posting struct {
	slot   uint32
	impact float32
}

type entry struct {
	id     string
	title  string
	dates  []time.Time
	values []uint32 // facet values: facet<<24 | value bit
	terms  []uint32 // term ids, to remove the postings again
}

func (e *entry) facet(f int) []uint32 {
	var out []uint32
	for _, v := range e.values {
		if int(v>>24) == f {
			out = append(out, v&0xffffff)
		}
	}
	return out
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

		running:   make(chan struct{}, runtime.GOMAXPROCS(0)),
		cache:     make(map[string]Result),
		cacheSize: 1024,
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
	ix.clearCache()
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
	// Field lengths first, so the batch's own lengths count in the averages.
	norms := make([][numFields]uint16, len(as))
	for i, a := range as {
		if slot, ok := ix.byID[a.doc.ID]; ok {
			ix.remove(slot)
		}
		for f, toks := range a.fields {
			n := 0
			for _, t := range toks {
				if !t.joined && (!stopwords[t.word] || t.part) {
					n++
				}
			}
			norms[i][f] = uint16(min(n, 65535))
			ix.fieldLen[f] += int64(norms[i][f])
		}
	}
	var inv [numFields]float64
	for f := range inv {
		inv[f] = 1 / max(float64(ix.fieldLen[f])/float64(max(ix.alive+len(as), 1)), 1)
	}
	tf := make(map[string]*[numFields]uint8)
	for i, a := range as {
		if slot, ok := ix.byID[a.doc.ID]; ok { // the same ID twice in one batch
			ix.remove(slot)
		}
		e := &entry{id: a.doc.ID, title: a.doc.Title, dates: a.doc.Dates}
		for name, vs := range a.doc.Values {
			f, ok := facetIndex[name]
			if !ok {
				continue
			}
			for _, v := range vs {
				e.values = append(e.values, uint32(f)<<24|ix.intern(f, v))
			}
		}
		clear(tf)
		for f, toks := range a.fields {
			for _, t := range toks {
				if !t.joined && stopwords[t.word] && !t.part {
					continue
				}
				ix.addTerm(tf, stem(t.word), f)
				if !t.joined {
					for _, p := range ix.split(t.word) {
						ix.addTerm(tf, stem(p), f)
					}
				}
			}
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
			ix.post[id] = append(ix.post[id], posting{slot: slot, impact: impact(c, &norms[i], &inv)})
			e.terms = append(e.terms, id)
		}
		ix.appendSlot(e, norms[i])
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
	ix.clearCache()
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
	ix.norms[slot] = [numFields]uint16{}
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
	docs, norms := ix.docs, ix.norms
	ix.docs, ix.norms, ix.fv, ix.fvOff, ix.dt, ix.dtOff = nil, nil, nil, nil, nil, nil
	for slot, e := range docs {
		if e == nil {
			continue
		}
		remap[slot] = uint32(len(ix.docs))
		ix.byID[e.id] = uint32(len(ix.docs))
		ix.appendSlot(e, norms[slot])
	}
	for _, ps := range ix.post {
		for i := range ps {
			ps[i].slot = remap[ps[i].slot]
		}
	}
}

// appendSlot adds e at the next slot.
func (ix *Index) appendSlot(e *entry, norm [numFields]uint16) {
	if len(ix.fvOff) == 0 {
		ix.fvOff, ix.dtOff = []uint32{0}, []uint32{0}
	}
	ix.docs = append(ix.docs, e)
	ix.norms = append(ix.norms, norm)
	ix.fv = append(ix.fv, e.values...)
	ix.fvOff = append(ix.fvOff, uint32(len(ix.fv)))
	for _, d := range e.dates {
		ix.dt = append(ix.dt, d.UnixNano())
	}
	ix.dtOff = append(ix.dtOff, uint32(len(ix.dt)))
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
	key := cacheKey(q)
	ix.cacheMu.Lock()
	res, ok := ix.cache[key]
	ix.cacheMu.Unlock()
	if ok {
		return res.clone()
	}
	res = ix.search(q)
	ix.cacheMu.Lock()
	if ix.cacheSize > 0 {
		if len(ix.cache) >= ix.cacheSize {
			clear(ix.cache)
		}
		ix.cache[key] = res.clone()
	}
	ix.cacheMu.Unlock()
	return res
}

// SetCacheSize sets how many recent results Search keeps for repeated
// queries (1024 by default; 0 turns the cache off). Every Put and Delete
// empties the cache, so results are never stale; a cached result was
// computed for a Now in the same minute.
func (ix *Index) SetCacheSize(n int) {
	ix.cacheMu.Lock()
	defer ix.cacheMu.Unlock()
	ix.cacheSize = max(n, 0)
	clear(ix.cache)
}

func (ix *Index) clearCache() {
	ix.cacheMu.Lock()
	clear(ix.cache)
	ix.cacheMu.Unlock()
}

// cacheKey identifies a query; Now counts to the minute.
func cacheKey(q Query) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q|%d|%d|%d|%d|%d", q.Text, q.From.UnixNano(), q.To.UnixNano(), q.Now.Truncate(time.Minute).Unix(), q.Offset, q.Limit)
	names := make([]string, 0, len(q.Filters))
	for name := range q.Filters {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		vs := slices.Clone(q.Filters[name])
		sort.Strings(vs)
		fmt.Fprintf(&b, "|%q=%q", name, vs)
	}
	return b.String()
}

func (r Result) clone() Result {
	c := r
	c.Hits = slices.Clone(r.Hits)
	c.Facets = make(map[string]map[string]int, len(r.Facets))
	for name, m := range r.Facets {
		c.Facets[name] = maps.Clone(m)
	}
	return c
}

func (ix *Index) search(q Query) Result {
	// At most one search per core runs at once: more would only share the
	// cores, each holding its buffers, and the queue keeps arrival order.
	ix.running <- struct{}{}
	defer func() { <-ix.running }()
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
	var accept [numFacets][]bool
	filtered := false
	for name, vs := range q.Filters {
		f, ok := facetIndex[name]
		if !ok || len(vs) == 0 {
			continue
		}
		accept[f] = make([]bool, len(ix.vals[f]))
		filtered = true
		for _, v := range vs {
			if b, ok := ix.dict[f][v]; ok {
				accept[f][b] = true
			}
		}
	}
	var counts [numFacets][]int32
	for f := range counts {
		counts[f] = make([]int32, len(ix.vals[f]))
	}
	hb := hitBufs.Get().(*[]hit)
	defer hitBufs.Put(hb)
	hits := (*hb)[:0]
	dated := !q.From.IsZero() || !q.To.IsZero()
	now := q.Now.UnixNano()
	soon := q.Now.AddDate(1, 0, 0).UnixNano()
	var from, to int64 = math.MinInt64, math.MaxInt64
	if !q.From.IsZero() {
		from = q.From.UnixNano()
	}
	if !q.To.IsZero() {
		to = q.To.UnixNano()
	}
	visit := func(slot uint32, score float32) {
		ds := ix.dt[ix.dtOff[slot]:ix.dtOff[slot+1]]
		if dated {
			in := false
			for _, d := range ds {
				if d >= from && d < to {
					in = true
					break
				}
			}
			if !in {
				return
			}
		}
		vals := ix.fv[ix.fvOff[slot]:ix.fvOff[slot+1]]
		if filtered {
			var pass [numFacets]bool
			for f := range accept {
				pass[f] = accept[f] == nil
			}
			for _, v := range vals {
				f := v >> 24
				if acc := accept[f]; acc != nil && acc[v&0xffffff] {
					pass[f] = true
				}
			}
			failed, nfailed := -1, 0
			for f, ok := range pass {
				if !ok {
					failed = f
					nfailed++
				}
			}
			if nfailed == 1 { // counts for alternatives in the one facet it fails
				for _, v := range vals {
					if int(v>>24) == failed {
						counts[failed][v&0xffffff]++
					}
				}
			}
			if nfailed > 0 {
				return
			}
		}
		for _, v := range vals {
			counts[v>>24][v&0xffffff]++
		}
		h := hit{slot: slot, score: score, cls: 1}
		if len(ds) > 0 {
			i, _ := slices.BinarySearch(ds, now)
			switch {
			case i == len(ds):
				h.next, h.cls = ds[i-1], 3
			case ds[i] > soon:
				h.next, h.cls = ds[i], 2
			default:
				h.next, h.cls = ds[i], 0
			}
		}
		hits = append(hits, h)
	}
	if textual {
		for slot, a := range sc.acc[:len(ix.docs)] {
			if a > 0 {
				if s := sc.final(uint32(slot)); s > 0 {
					visit(uint32(slot), s)
				}
			}
		}
	} else {
		for slot, e := range ix.docs {
			if e != nil {
				visit(uint32(slot), 1)
			}
		}
	}
	*hb = hits

	res := Result{Total: len(hits), Facets: make(map[string]map[string]int, len(Facets))}
	if textual && pq.corrected {
		res.Suggestion = pq.suggestion
	}
	for name, f := range facetIndex {
		m := make(map[string]int)
		for b, n := range counts[f] {
			if n > 0 {
				m[ix.vals[f][b]] = int(n)
			}
		}
		res.Facets[name] = m
	}
	lo := min(max(q.Offset, 0), len(hits))
	hi := len(hits)
	if q.Limit > 0 {
		hi = min(lo+q.Limit, hi)
	}
	top := ix.topHits(hits, hi)
	res.Hits = make([]Hit, 0, hi-lo)
	for _, h := range top[lo:hi] {
		e := ix.docs[h.slot]
		res.Hits = append(res.Hits, Hit{ID: e.id, Score: math.Round(float64(h.score)*10) / 10, Next: next(e.dates, q.Now)})
	}
	return res
}

// hit is a Hit inside the index: small, and ordered without looking up the
// entry (cls is class of next).
type hit struct {
	slot  uint32
	score float32
	cls   int8
	next  int64 // Unix nanoseconds; 0 when timeless
}

var hitBufs = sync.Pool{New: func() any { return new([]hit) }}

// compare orders hits like compareHits does Hits.
func (ix *Index) compare(a, b hit) int {
	if a.score != b.score {
		if a.score > b.score {
			return -1
		}
		return 1
	}
	if a.cls != b.cls {
		return int(a.cls) - int(b.cls)
	}
	if a.next != b.next {
		c := -1
		if a.next > b.next {
			c = 1
		}
		if a.cls == 3 { // past: most recent first
			return -c
		}
		return c
	}
	return strings.Compare(ix.docs[a.slot].id, ix.docs[b.slot].id)
}

// topHits orders the first k hits of the full order (the rest is left out),
// without sorting all of a large result.
func (ix *Index) topHits(hits []hit, k int) []hit {
	if len(hits) <= 4*k+64 {
		slices.SortFunc(hits, ix.compare)
		return hits
	}
	cmp := ix.compare
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
