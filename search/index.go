// Package search keeps the offer catalogue in memory for fast filtered,
// faceted and ranked German full-text queries. The store stays the source of
// truth: the index is filled from it at start and follows every write.
//
// Every document lives in a slot; each facet value has a bitset of the slots
// that carry it, so filters and facet counts are a few word-wise ANDs and
// population counts, whatever the catalogue's size.
//
// Text is analysed for German (analyze.go): umlauts and ß folded both ways,
// Snowball stemming, compound splitting, synonyms and abbreviations from the
// embedded synonyms.txt, and typo tolerance against the indexed vocabulary.
// An inverted index with BM25F impacts (text.go, query.go) ranks title and
// topic labels above summary and body. The hits of a text query are a set,
// whatever the scores: the documents with all terms of some alternative (a
// word, a synonym, the parts of a compound) of a concept that counts; for a
// query of one or two words only those of them with at least a term of
// every such concept, if there are any. A document with only some terms of
// an alternative (Daten of Datenqualität) is no hit for that alone, but the
// partial match adds to its score. Scores are relative to the best hit
// passing the filters.
package search

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"math/bits"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"lotse"
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

const numFacets = 6

var facetIndex = map[string]int{FacetTopic: 0, FacetFormat: 1, FacetCentre: 2, FacetState: 3, FacetMode: 4, FacetAudience: 5}

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
	Limit   int // hits wanted; 0 means all, below 0 none (only Total and Facets)
}

// Hit is one matching document.
type Hit struct {
	ID string
	// Score is the relevance relative to the best hit, rounded to a tenth
	// (1 for the best) so that about equally good matches are ordered by
	// date; 1 without Text.
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
	// Suggestion is the query with likely typos corrected ("Meinten Sie …?"),
	// or empty. The hits already include the corrected words' matches.
	Suggestion string
}

// Index is safe for concurrent use.
type Index struct {
	mu     sync.RWMutex
	slots  []entry // the zero entry where free (see alive)
	free   []int
	byID   map[string]int
	alive  bitset
	dict   [numFacets]map[string]int // per facet: value → value number
	vals   [numFacets][]string       // per facet: value number → value
	bits   [numFacets][]bitset       // per facet and value: the slots carrying it
	cols   [numFacets][]uint32       // per facet and slot: its values as a mask (facets.go)
	wide   [numFacets]bool           // facets with too many values for a column
	text   *textIndex
	gen    uint64           // counts writes
	topics lotse.Vocabulary // topic labels for Related; nil: the compiled ones

	cacheMu sync.Mutex
	order   orderCache
	dates   dateCache
	facets  facetCache

	running   chan struct{}     // a token per search running
	resMu     sync.Mutex        // guards results
	results   map[string]Result // recent results by query, for gen resGen
	resGen    uint64
	cacheSize int
}

type entry struct {
	id    string
	dates []time.Time
}

// New returns an empty index.
func New() *Index {
	ix := &Index{byID: make(map[string]int), text: newTextIndex(),
		running: make(chan struct{}, runtime.GOMAXPROCS(0)), results: make(map[string]Result), cacheSize: 1024}
	for i := range ix.dict {
		ix.dict[i] = make(map[string]int)
	}
	return ix
}

// SetTopics sets the topic labels Related matches the query against, for
// callers whose labels differ from the compiled ones.
func (ix *Index) SetTopics(v lotse.Vocabulary) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.topics = v
}

// Len returns the number of documents.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.byID)
}

// Put adds documents or replaces those with the same ID.
func (ix *Index) Put(docs ...Doc) {
	as := analyse(docs)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.text.learn(as)
	for i, d := range docs {
		slot, ok := ix.byID[d.ID]
		if ok {
			ix.unlink(slot)
		} else if n := len(ix.free); n > 0 {
			slot, ix.free = ix.free[n-1], ix.free[:n-1]
		} else {
			slot = len(ix.slots)
			ix.slots = append(ix.slots, entry{})
		}
		e := entry{id: d.ID, dates: slices.Clone(d.Dates)}
		var masks [numFacets]uint32
		for name, vs := range d.Values {
			f, ok := facetIndex[name]
			if !ok {
				continue
			}
			for _, v := range vs {
				n := ix.intern(f, v)
				ix.bits[f][n].set(slot)
				masks[f] |= 1 << (n & 31) // meaningless once wide, and then unused
			}
		}
		ix.setColumns(slot, &masks)
		ix.slots[slot] = e
		ix.byID[d.ID] = slot
		ix.alive.set(slot)
		ix.text.add(slot, &as[i])
	}
	ix.gen++
}

func (ix *Index) intern(f int, v string) int {
	if n, ok := ix.dict[f][v]; ok {
		return n
	}
	n := len(ix.vals[f])
	ix.dict[f][v] = n
	ix.vals[f] = append(ix.vals[f], v)
	ix.bits[f] = append(ix.bits[f], nil)
	ix.widen(f)
	return n
}

// unlink removes the slot's document from every structure but keeps the slot.
func (ix *Index) unlink(slot int) {
	for f := range ix.bits {
		for _, b := range ix.bits[f] {
			b.clear(slot)
		}
	}
	ix.alive.clear(slot)
	ix.text.remove(slot)
	ix.slots[slot] = entry{}
	ix.setColumns(slot, &[numFacets]uint32{})
}

// Delete removes the documents with the given IDs; unknown IDs are ignored.
func (ix *Index) Delete(ids ...string) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for _, id := range ids {
		slot, ok := ix.byID[id]
		if !ok {
			continue
		}
		ix.unlink(slot)
		delete(ix.byID, id)
		ix.free = append(ix.free, slot)
	}
	ix.gen++
}

// Search runs q. With Text, hits are ordered by relevance, ties by date;
// without, upcoming dates first (soonest first), then timeless offers, then
// far-future ones, then past events (most recent first).
func (ix *Index) Search(q Query) Result {
	if q.Now.IsZero() {
		q.Now = time.Now()
	}
	// At most one search per core runs at once: more would only share the
	// cores, each holding its buffers; the queue keeps arrival order.
	ix.running <- struct{}{}
	defer func() { <-ix.running }()
	ix.mu.RLock()
	defer ix.mu.RUnlock()

	ix.resMu.Lock()
	caching := ix.cacheSize > 0
	ix.resMu.Unlock()
	if !caching || strings.TrimSpace(q.Text) == "" {
		// Without text a search is a few bitset operations and cached
		// facet counts: cheaper than keeping its result.
		return ix.search(q)
	}
	key := cacheKey(q)
	ix.resMu.Lock()
	res, ok := ix.results[key]
	if ix.resGen != ix.gen {
		clear(ix.results)
		ix.resGen, ok = ix.gen, false
	}
	ix.resMu.Unlock()
	if ok {
		return res.clone()
	}
	res = ix.search(q)
	ix.resMu.Lock()
	if ix.cacheSize > 0 && ix.resGen == ix.gen {
		if len(ix.results) >= ix.cacheSize {
			clear(ix.results)
		}
		ix.results[key] = res.clone()
	}
	ix.resMu.Unlock()
	return res
}

// SetCacheSize sets how many recent results Search keeps for repeated
// queries (1024 by default; 0 turns the cache off). Every write empties the
// cache, so results are never stale; a cached result was computed for a Now
// in the same minute.
func (ix *Index) SetCacheSize(n int) {
	ix.resMu.Lock()
	defer ix.resMu.Unlock()
	ix.cacheSize = max(n, 0)
	clear(ix.results)
	ix.facets.mu.Lock()
	clear(ix.facets.counts)
	ix.facets.mu.Unlock()
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

// bufs are a search's bitsets, reused through a pool.
type bufs struct {
	base, others, result bitset
	allow                bitset
	accept               [numFacets]bitset
	chosen               [numFacets][]int // value numbers of each filter, sorted
	counts               [numFacets][]int32
	keys                 []uint64
	key                  []byte
}

var bufPool = sync.Pool{New: func() any { return new(bufs) }}

// search runs q; the caller holds mu.
func (ix *Index) search(q Query) Result {
	b := bufPool.Get().(*bufs)
	defer bufPool.Put(b)

	// base: alive documents in the date range that match the text; the
	// bitsets below are read, not written, unless they are b's own.
	base := ix.alive
	if !q.From.IsZero() || !q.To.IsZero() {
		b.base = and(b.base, base, ix.inRange(q.From, q.To))
		base = b.base
	}
	// accept[f]: the slots passing facet f's filter; nil means no filter.
	var accept [numFacets]bitset
	for name, vs := range q.Filters {
		f, ok := facetIndex[name]
		if !ok || len(vs) == 0 {
			continue
		}
		chosen := b.chosen[f][:0]
		for _, v := range vs {
			if n, ok := ix.dict[f][v]; ok && !slices.Contains(chosen, n) {
				chosen = append(chosen, n)
			}
		}
		slices.Sort(chosen)
		b.chosen[f] = chosen
		if len(chosen) == 1 {
			accept[f] = ix.bits[f][chosen[0]]
		} else {
			acc := b.accept[f][:0]
			for _, n := range chosen {
				acc = orInto(acc, ix.bits[f][n])
			}
			b.accept[f], accept[f] = acc, acc
		}
		if accept[f] == nil {
			accept[f] = bitset{} // a filter nothing passes
		}
	}
	// The text is scored only for the documents passing every filter
	// (allow; nil for all).
	var allow bitset
	if !q.From.IsZero() || !q.To.IsZero() {
		allow = base
	}
	for f := range accept {
		if accept[f] != nil {
			if allow == nil {
				allow = ix.alive
			}
			b.allow = and(b.allow, allow, accept[f])
			allow = b.allow
			if allow == nil {
				allow = bitset{}
			}
		}
	}
	tm := ix.text.match(q.Text, allow)
	if tm.sc != nil {
		defer tm.sc.release()
		b.base = and(b.base, base, tm.sc.set)
		base = b.base
	} else if tm.textual {
		base = nil
	}

	caching := ix.cachingFacets()

	res := Result{Facets: make(map[string]map[string]int, numFacets), Suggestion: tm.suggestion}
	// The result passes every filter. A facet without a filter counts its
	// values in the result; a facet with one counts them among the documents
	// passing every filter but its own, so alternatives stay visible.
	result := append(b.result[:0], base...)
	var unfiltered []int
	for f := range accept {
		if accept[f] != nil {
			result = and(result, result, accept[f])
		} else {
			unfiltered = append(unfiltered, f)
		}
	}
	if len(unfiltered) > 0 && !(caching && ix.cachedFacets(b, q, accept, -1, unfiltered)) {
		ix.countFacets(&b.counts, result, unfiltered)
		if caching {
			ix.keepFacets(b, unfiltered)
		}
	}
	others := b.others
	for f := range accept {
		if accept[f] == nil || caching && ix.cachedFacets(b, q, accept, f, []int{f}) {
			continue
		}
		others = append(others[:0], base...)
		for g := range accept {
			if g != f && accept[g] != nil {
				others = and(others, others, accept[g])
			}
		}
		ix.countFacets(&b.counts, others, []int{f})
		if caching {
			ix.keepFacets(b, []int{f})
		}
	}
	for f, name := range Facets {
		m := make(map[string]int)
		for v, c := range b.counts[f] {
			if c > 0 {
				m[ix.vals[f][v]] = int(c)
			}
		}
		res.Facets[name] = m
	}
	b.others, b.result = others, result
	res.Total = result.count()
	if res.Total == 0 {
		return res
	}

	order := ix.orderAt(q.Now)
	lo := max(q.Offset, 0)
	limit := q.Limit
	if limit < 0 {
		return res
	} else if limit == 0 {
		limit = res.Total
	}
	if tm.sc == nil {
		res.Hits = ix.earliest(b, result, res.Total, lo, limit, order, q.Now)
		return res
	}
	// Best score first; equal scores (tenths of the best) in date order.
	// A key holds both, so that the smallest keys are the best hits.
	k := min(lo+limit, res.Total)
	keys := b.keys[:0]
	tenths := tm.sc.tenths
	for w, word := range result {
		for word != 0 {
			slot := w<<6 | bits.TrailingZeros64(word)
			word &= word - 1
			key := uint64(10-tenths[slot])<<32 | uint64(order.pos[slot])
			if len(keys) == k && key >= keys[0] {
				continue // not among the k smallest (a quick test before the call)
			}
			keys = smallest(keys, k, key)
		}
	}
	slices.Sort(keys)
	b.keys = keys
	for _, key := range keys[min(lo, len(keys)):] {
		slot := order.slots[uint32(key)]
		e := &ix.slots[slot]
		score := float32(10-key>>32) / 10
		res.Hits = append(res.Hits, Hit{ID: e.id, Score: math.Round(float64(score)*10) / 10, Next: next(e.dates, q.Now)})
	}
	return res
}

// earliest returns the hits lo to lo+limit of result in date order. It
// walks the date order until it has them, unless picking the earliest from
// the n documents of result costs less (about words+4n steps), and it
// gives up walking after that many steps: documents of one filter may all
// sit far down the order (timeless ones after every upcoming event).
func (ix *Index) earliest(b *bufs, result bitset, n, lo, limit int, order *orderCache, now time.Time) []Hit {
	k := min(lo+limit, n)
	budget := len(result) + 4*n
	if walkFirst && int64(k)*int64(len(order.slots)) <= int64(n)*int64(budget) {
		var hits []Hit
		skipped := 0
		for steps, slot := range order.slots {
			if len(hits) == limit || steps > budget {
				break
			}
			if !result.has(int(slot)) {
				continue
			}
			if skipped < lo {
				skipped++
				continue
			}
			e := &ix.slots[slot]
			hits = append(hits, Hit{ID: e.id, Score: 1, Next: next(e.dates, now)})
		}
		if len(hits) == limit || skipped+len(hits) == n {
			return hits
		}
	}
	keys := b.keys[:0]
	for w, word := range result {
		for word != 0 {
			slot := w<<6 | bits.TrailingZeros64(word)
			word &= word - 1
			keys = smallest(keys, k, uint64(order.pos[slot]))
		}
	}
	slices.Sort(keys)
	b.keys = keys
	var hits []Hit
	for _, key := range keys[min(lo, len(keys)):] {
		slot := order.slots[key]
		e := &ix.slots[slot]
		hits = append(hits, Hit{ID: e.id, Score: 1, Next: next(e.dates, now)})
	}
	return hits
}

// walkFirst lets earliest walk the date order; tests turn it off to check
// both ways give the same hits.
var walkFirst = true

// smallest adds key to h, a max-heap of the k smallest keys seen.
func smallest(h []uint64, k int, key uint64) []uint64 {
	if len(h) < k {
		h = append(h, key)
		for i := len(h) - 1; i > 0; { // up
			p := (i - 1) / 2
			if h[p] >= h[i] {
				break
			}
			h[p], h[i] = h[i], h[p]
			i = p
		}
		return h
	}
	if k == 0 || key >= h[0] {
		return h
	}
	h[0] = key
	for i := 0; ; { // down
		l := 2*i + 1
		if l >= len(h) {
			break
		}
		j := l
		if r := l + 1; r < len(h) && h[r] > h[l] {
			j = r
		}
		if h[j] <= h[i] {
			break
		}
		h[i], h[j] = h[j], h[i]
		i = j
	}
	return h
}

// next returns the first date at or after now, else the last date.
func next(ds []time.Time, now time.Time) time.Time {
	i := sort.Search(len(ds), func(i int) bool { return !ds[i].Before(now) })
	if i < len(ds) {
		return ds[i]
	} else if len(ds) > 0 {
		return ds[len(ds)-1]
	}
	return time.Time{}
}

// class orders documents: upcoming within a year, timeless, far future, past.
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

// orderCache is every slot sorted by date for one moment; it is rebuilt
// after writes and when the clock has moved on by more than a minute.
type orderCache struct {
	gen   uint64
	now   time.Time
	slots []int32 // alive slots in order
	pos   []int32 // slot → position in slots
}

func (ix *Index) orderAt(now time.Time) *orderCache {
	ix.cacheMu.Lock()
	defer ix.cacheMu.Unlock()
	o := &ix.order
	if o.slots != nil && o.gen == ix.gen && now.Sub(o.now).Abs() < time.Minute {
		return o
	}
	type key struct {
		slot  int32
		class int
		next  time.Time
		id    string
	}
	keys := make([]key, 0, len(ix.byID))
	for slot, e := range ix.slots {
		if ix.alive.has(slot) {
			n := next(e.dates, now)
			keys = append(keys, key{int32(slot), class(n, now), n, e.id})
		}
	}
	slices.SortFunc(keys, func(a, b key) int {
		if a.class != b.class {
			return a.class - b.class
		}
		if c := a.next.Compare(b.next); c != 0 {
			if a.class == 3 { // past: most recent first
				return -c
			}
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	o.slots = make([]int32, len(keys))
	o.pos = make([]int32, len(ix.slots))
	for i, k := range keys {
		o.slots[i] = k.slot
		o.pos[k.slot] = int32(i)
	}
	o.gen, o.now = ix.gen, now
	return o
}

// dateCache is every (date, slot) pair sorted by date, for range filters.
type dateCache struct {
	gen   uint64
	valid bool
	dates []time.Time
	slots []int32
}

func (ix *Index) inRange(from, to time.Time) bitset {
	ix.cacheMu.Lock()
	d := &ix.dates
	if !d.valid || d.gen != ix.gen {
		type pair struct {
			t    time.Time
			slot int32
		}
		var ps []pair
		for slot, e := range ix.slots {
			if ix.alive.has(slot) {
				for _, t := range e.dates {
					ps = append(ps, pair{t, int32(slot)})
				}
			}
		}
		slices.SortFunc(ps, func(a, b pair) int { return a.t.Compare(b.t) })
		d.dates, d.slots = make([]time.Time, len(ps)), make([]int32, len(ps))
		for i, p := range ps {
			d.dates[i], d.slots[i] = p.t, p.slot
		}
		d.gen, d.valid = ix.gen, true
	}
	lo := 0
	if !from.IsZero() {
		lo = sort.Search(len(d.dates), func(i int) bool { return !d.dates[i].Before(from) })
	}
	hi := len(d.dates)
	if !to.IsZero() {
		hi = sort.Search(len(d.dates), func(i int) bool { return !d.dates[i].Before(to) })
	}
	out := make(bitset, len(ix.alive))
	for _, slot := range d.slots[lo:max(lo, hi)] {
		out.set(int(slot))
	}
	ix.cacheMu.Unlock()
	return out
}
