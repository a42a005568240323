package search

import (
	"encoding/binary"
	"hash/maphash"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// textIndex is the German full-text part of the index: an inverted index of
// analysed terms (see analyze.go) with per-document BM25F impacts, and the
// vocabulary that compound splitting, typo correction and suggestions use.
// Its documents have their own numbers (ords), which only grow, so posting
// lists stay sorted and compress well; ords map to the Index's slots. A
// removed document only loses its ord (a tombstone): its postings stay until
// a compaction drops them, once a quarter of the ords are dead. The Index's
// lock guards it.
type textIndex struct {
	slotOf  []int32 // ord → slot; -1 where removed
	ordOf   []int32 // slot → ord; -1 where none
	norms   [][numFields]uint16
	titles  []byte         // distinct titles, one after the other, for suggestions
	titleAt []titleRef     // ord → its title in titles
	recent  [4096]titleRef // titles stored lately, by hash, so a repeated title is stored once
	alive   int
	dead    int // removed ords not yet compacted away
	moved   int // live ords whose slot differs: with none, ords are slots

	termIDs  map[string]uint32 // term → term id
	post     []postings        // term id → postings, ascending ord
	dense    []denseImpacts    // the frequent terms' impacts by ord (see postings.dense)
	fieldLen [numFields]int64  // total length of each field over live docs
	inv      [numFields]float64

	words  map[string]*wordInfo // folded surface word → info (vocabulary)
	byLen  [][]string           // vocabulary words by byte length, for typo search
	splits map[string][]string  // memoised compound splits of indexed words
}

// Fields of a document, in the order of posting counts.
const (
	fieldTitle = iota
	fieldLabels
	fieldSummary
	fieldBody
	numFields
)

// postings is a term's posting list. Each posting is the distance of its ord
// to the previous posting's (a uvarint; the first counts from 0) followed by
// one byte: the term's weight in the document, its BM25F term-frequency
// component (field-weighted, length-normalised and saturated), quantised to
// 1..255 of k1+1, computed when the document is indexed. The average field
// lengths it uses are those of the index at that time, which barely move
// once a catalogue is loaded. Most postings take two bytes.
type postings struct {
	data []byte
	n    uint32 // postings, with those of removed documents until compaction
	last uint32 // the last posting's ord
	max  uint8  // the greatest quantised impact, a bound for pruning
	min  uint8  // the least (removed documents' too, until compaction)
	// dense is 1 + the term's index in textIndex.dense if it occurs in at
	// least one document in denseShare, else 0.
	dense int32
}

// denseImpacts are a frequent term's impacts by ord, besides its postings,
// so that a query reads them without decoding.
type denseImpacts struct {
	has bitset  // the ords with the term
	q   []uint8 // by ord: the quantised impact; a whole number of 64 long
}

// A term becomes dense (see postings.dense) once it has minDense postings
// and occurs in one document in denseShare. Its dense impacts take an
// eighth more than a byte a document; its postings about two bytes a
// posting.
const (
	minDense   = 1024
	denseShare = 8
)

func (di *denseImpacts) set(ord uint32, q uint8) {
	if int(ord) >= len(di.q) {
		n := (int(ord) + 64) &^ 63
		di.q = append(di.q, make([]uint8, n-len(di.q)+len(di.q)/8&^63)...)
	}
	di.q[ord] = q
	di.has.set(int(ord))
}

// densify gives term id dense impacts, from its postings.
func (t *textIndex) densify(id uint32) {
	p := &t.post[id]
	var di denseImpacts
	var ord uint32
	for i := 0; i < len(p.data); {
		gap, q, next := nextPosting(p.data, i)
		i, ord = next, ord+gap
		di.set(ord, q)
	}
	t.dense = append(t.dense, di)
	p.dense = int32(len(t.dense))
}

// impactStep is the impact one step of a quantised impact stands for.
const impactStep = (k1 + 1) / 255

func (p *postings) add(ord uint32, impact float32) uint8 {
	gap := ord
	if p.n > 0 {
		gap = ord - p.last
	}
	q := min(max(math.Round(float64(impact)/impactStep), 1), 255)
	if cap(p.data)-len(p.data) < binary.MaxVarintLen32+1 {
		// Grow by an eighth rather than append's quarter or more: posting
		// lists are most of the index, and few grow after loading.
		grown := make([]byte, len(p.data), len(p.data)+len(p.data)/8+16)
		copy(grown, p.data)
		p.data = grown
	}
	p.data = binary.AppendUvarint(p.data, uint64(gap))
	p.data = append(p.data, uint8(q))
	p.max = max(p.max, uint8(q))
	if p.n == 0 {
		p.min = uint8(q)
	}
	p.min = min(p.min, uint8(q))
	p.n++
	p.last = ord
	return uint8(q)
}

// nextPosting decodes the posting at d[i:]: its ord's distance to the
// previous one, its quantised impact, and where the next posting starts.
func nextPosting(d []byte, i int) (gap uint32, q uint8, next int) {
	if b := d[i]; b < 0x80 {
		return uint32(b), d[i+1], i + 2
	}
	return slowPosting(d, i)
}

func slowPosting(d []byte, i int) (gap uint32, q uint8, next int) {
	g, n := binary.Uvarint(d[i:])
	return uint32(g), d[i+n], i + n + 1
}

// titleRef is a title's place in textIndex.titles.
type titleRef struct{ start, end uint32 }

var titleSeed = maphash.MakeSeed()

// addTitle stores s in t.titles, unless it was stored lately.
func (t *textIndex) addTitle(s string) titleRef {
	if s == "" {
		return titleRef{}
	}
	h := &t.recent[maphash.String(titleSeed, s)%uint64(len(t.recent))]
	if string(t.titles[h.start:h.end]) == s {
		return *h
	}
	start := len(t.titles)
	t.titles = append(t.titles, s...)
	*h = titleRef{uint32(start), uint32(len(t.titles))}
	return *h
}

type wordInfo struct {
	display string // the word as first written in a text
	n       int32  // documents it was seen in (not decreased on delete)
}

func newTextIndex() *textIndex {
	return &textIndex{
		termIDs: make(map[string]uint32),
		words:   make(map[string]*wordInfo),
		splits:  make(map[string][]string),
	}
}

// analysed is a document's text before it meets the index's vocabulary.
type analysed struct {
	fields [numFields][]token
	norm   [numFields]uint16
	disp   map[string]string // folded word → as written
	title  string
}

// analyse tokenises docs, on all cores when there are many. It needs no lock.
func analyse(docs []Doc) []analysed {
	as := make([]analysed, len(docs))
	parallel(len(docs), func(i int) {
		d := docs[i]
		a := analysed{title: d.Title, disp: make(map[string]string)}
		texts := [numFields]string{d.Title, strings.Join(d.Labels, " · "), d.Summary, d.Body}
		for f, s := range texts {
			toks := tokenize(s)
			n := 0
			for _, t := range toks {
				if t.joined || stopwords[t.word] && !t.part {
					continue
				}
				n++
				if _, ok := a.disp[t.word]; !ok && len(t.word) >= 2 {
					a.disp[t.word] = s[t.start:t.end]
				}
				stem(t.word) // warm the cache outside the lock
			}
			a.fields[f] = toks
			a.norm[f] = uint16(min(n, 65535))
		}
		as[i] = a
	})
	return as
}

// learn adds a batch's words to the vocabulary and its lengths to the
// averages, before its documents are added, so compounds of the batch split
// into parts the batch itself knows.
func (t *textIndex) learn(as []analysed) {
	for _, a := range as {
		for w, disp := range a.disp {
			wi := t.words[w]
			if wi == nil {
				wi = &wordInfo{display: strings.Clone(disp)}
				w = strings.Clone(w)
				t.words[w] = wi
				for len(t.byLen) <= len(w) {
					t.byLen = append(t.byLen, nil)
				}
				t.byLen[len(w)] = append(t.byLen[len(w)], w)
			}
			wi.n++
		}
		for f := range t.fieldLen {
			t.fieldLen[f] += int64(a.norm[f])
		}
	}
	n := float64(max(t.alive+len(as), 1))
	for f := range t.inv {
		t.inv[f] = 1 / max(float64(t.fieldLen[f])/n, 1)
	}
}

// add indexes a (learnt before) as the document in slot.
func (t *textIndex) add(slot int, a *analysed) {
	tf := make(map[string]*[numFields]uint8)
	for f, toks := range a.fields {
		for _, tk := range toks {
			if !tk.joined && stopwords[tk.word] && !tk.part {
				continue
			}
			addTerm(tf, stem(tk.word), f)
			if !tk.joined {
				for _, p := range t.split(tk.word) {
					addTerm(tf, stem(p), f)
				}
			}
		}
	}
	ord := uint32(len(t.slotOf))
	for term, c := range tf {
		id, ok := t.termIDs[term]
		if !ok {
			id = uint32(len(t.post))
			t.termIDs[strings.Clone(term)] = id
			t.post = append(t.post, postings{})
		}
		p := &t.post[id]
		q := p.add(ord, impact(c, &a.norm, &t.inv))
		if p.dense > 0 {
			t.dense[p.dense-1].set(ord, q)
		} else if p.n >= minDense && int(p.n)*denseShare > int(ord) {
			t.densify(id)
		}
	}
	t.slotOf = append(t.slotOf, int32(slot))
	t.titleAt = append(t.titleAt, t.addTitle(a.title))
	t.norms = append(t.norms, a.norm)
	for len(t.ordOf) <= slot {
		t.ordOf = append(t.ordOf, -1)
	}
	t.ordOf[slot] = int32(ord)
	t.alive++
	t.moved += b2i(int(ord) != slot)
}

func addTerm(tf map[string]*[numFields]uint8, term string, f int) {
	c := tf[term]
	if c == nil {
		c = new([numFields]uint8)
		tf[term] = c
	}
	if c[f] < 255 {
		c[f]++
	}
}

// title returns the title of ord.
func (t *textIndex) title(ord int) []byte {
	r := t.titleAt[ord]
	return t.titles[r.start:r.end]
}

// remove takes the document in slot out of the index: its ord becomes a
// tombstone, which queries skip.
func (t *textIndex) remove(slot int) {
	if slot >= len(t.ordOf) || t.ordOf[slot] < 0 {
		return
	}
	ord := t.ordOf[slot]
	for f := range t.fieldLen {
		t.fieldLen[f] -= int64(t.norms[ord][f])
	}
	t.ordOf[slot] = -1
	t.slotOf[ord] = -1
	t.moved -= b2i(int(ord) != slot)
	t.alive--
	t.dead++
	if t.dead*4 >= len(t.slotOf) {
		t.compact()
	}
}

// compact renumbers the live ords and drops the postings of removed ones.
func (t *textIndex) compact() {
	remap := make([]int32, len(t.slotOf))
	n := 0
	t.moved = 0
	titles := t.titles
	t.titles, t.recent = nil, [len(t.recent)]titleRef{}
	for ord, slot := range t.slotOf {
		remap[ord] = -1
		if slot < 0 {
			continue
		}
		remap[ord] = int32(n)
		r := t.titleAt[ord]
		t.titleAt[n] = t.addTitle(string(titles[r.start:r.end]))
		t.slotOf[n], t.norms[n] = slot, t.norms[ord]
		t.ordOf[slot] = int32(n)
		t.moved += b2i(int(slot) != n)
		n++
	}
	t.slotOf = slices.Clip(t.slotOf[:n])
	t.norms = slices.Clip(t.norms[:n])
	t.titleAt = slices.Clip(t.titleAt[:n])
	t.titles = slices.Clip(t.titles)
	for id := range t.post {
		p := &t.post[id]
		var q postings
		var ord uint32
		for i := 0; i < len(p.data); {
			gap, imp, next := nextPosting(p.data, i)
			i, ord = next, ord+gap
			if o := remap[ord]; o >= 0 {
				q.data = binary.AppendUvarint(q.data, uint64(uint32(o)-q.last))
				q.data = append(q.data, imp)
				q.max = max(q.max, imp)
				if q.n == 0 {
					q.min = imp
				}
				q.min = min(q.min, imp)
				q.n++
				q.last = uint32(o)
			}
		}
		q.data = slices.Clip(q.data)
		*p = q
	}
	t.dead = 0
	t.dense = nil
	for id := range t.post {
		p := &t.post[id]
		p.dense = 0
		if p.n >= minDense && int(p.n)*denseShare >= len(t.slotOf) {
			t.densify(uint32(id))
		}
	}
}

// split returns the memoised compound split of an indexed word.
func (t *textIndex) split(w string) []string {
	if len(w) < 6 || stopwords[w] {
		return nil
	}
	if p, ok := t.splits[w]; ok {
		return p
	}
	p := decompose(w, t.isWord)
	t.splits[w] = p
	return p
}

// isWord reports whether w may be a part of a compound word: a word of the
// embedded list, or a word of at least four letters seen in the texts.
func (t *textIndex) isWord(w string) bool {
	if stopwords[w] {
		return false
	}
	if partWords[w] {
		return true
	}
	return len(w) >= 4 && t.words[w] != nil
}

// textMatch is the outcome of a text query.
type textMatch struct {
	textual    bool    // the query had words that carry meaning
	sc         *scorer // the hits, or nil for none; release it when done
	suggestion string  // the query with typos corrected, or empty
}

// match runs a query text. The caller holds the Index's read lock.
func (t *textIndex) match(text string, allow bitset) textMatch {
	pq := t.parse(text)
	m := textMatch{textual: pq.words > 0}
	if pq.corrected {
		m.suggestion = pq.suggestion
	}
	if len(pq.concepts) == 0 {
		return m
	}
	// A query of one or two words finds the documents that match all of
	// them, if there are any; longer queries (questions) find those that
	// match any, ranked by how much of them they match.
	m.sc = t.score(pq, pq.words <= 2, allow)
	return m
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
