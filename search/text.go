package search

import (
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
)

// textIndex is the German full-text part of the index: an inverted index of
// analysed terms (see analyze.go) with per-document BM25F impacts, and the
// vocabulary that compound splitting, typo correction and suggestions use.
// Its documents have their own numbers (ords), which only grow, so posting
// lists stay sorted; ords map to the Index's slots. The Index's lock guards
// it.
type textIndex struct {
	slotOf []int32       // ord → slot; -1 where deleted
	ordOf  map[int]int32 // slot → ord
	titles []string      // ord → title, for suggestions
	terms  []termRef     // ord → the document's term ids, to remove its postings
	norms  [][numFields]uint16
	alive  int

	termIDs  map[string]uint32 // term → term id
	post     [][]posting       // term id → postings, ascending ord
	fieldLen [numFields]int64  // total length of each field over live docs
	inv      [numFields]float64

	words  map[string]*wordInfo // folded surface word → info (vocabulary)
	byLen  [][]string           // vocabulary words by byte length, for typo search
	splits map[string][]string  // memoised compound splits of indexed words
}

type termRef []uint32

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
	ord    uint32
	impact float32
}

type wordInfo struct {
	display string // the word as first written in a text
	n       int32  // documents it was seen in (not decreased on delete)
}

func newTextIndex() *textIndex {
	return &textIndex{
		ordOf:   make(map[int]int32),
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
				wi = &wordInfo{display: disp}
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
	ids := make(termRef, 0, len(tf))
	for term, c := range tf {
		id, ok := t.termIDs[term]
		if !ok {
			id = uint32(len(t.post))
			t.termIDs[term] = id
			t.post = append(t.post, nil)
		}
		t.post[id] = append(t.post[id], posting{ord: ord, impact: impact(c, &a.norm, &t.inv)})
		ids = append(ids, id)
	}
	t.slotOf = append(t.slotOf, int32(slot))
	t.titles = append(t.titles, a.title)
	t.terms = append(t.terms, ids)
	t.norms = append(t.norms, a.norm)
	t.ordOf[slot] = int32(ord)
	t.alive++
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

// remove takes the document in slot out of the postings.
func (t *textIndex) remove(slot int) {
	o, ok := t.ordOf[slot]
	if !ok {
		return
	}
	ord := uint32(o)
	for _, id := range t.terms[ord] {
		ps := t.post[id]
		i := sort.Search(len(ps), func(i int) bool { return ps[i].ord >= ord })
		if i < len(ps) && ps[i].ord == ord {
			t.post[id] = slices.Delete(ps, i, i+1)
		}
	}
	for f := range t.fieldLen {
		t.fieldLen[f] -= int64(t.norms[ord][f])
	}
	delete(t.ordOf, slot)
	t.slotOf[ord] = -1
	t.terms[ord], t.titles[ord], t.norms[ord] = nil, "", [numFields]uint16{}
	t.alive--
	t.maybeCompact()
}

// maybeCompact renumbers the ords once most of them are unused.
func (t *textIndex) maybeCompact() {
	if len(t.slotOf) < 1024 || t.alive*2 > len(t.slotOf) {
		return
	}
	remap := make([]uint32, len(t.slotOf))
	n := 0
	for ord, slot := range t.slotOf {
		if slot < 0 {
			continue
		}
		remap[ord] = uint32(n)
		t.slotOf[n], t.titles[n], t.terms[n], t.norms[n] = slot, t.titles[ord], t.terms[ord], t.norms[ord]
		t.ordOf[int(slot)] = int32(n)
		n++
	}
	t.slotOf, t.titles, t.terms, t.norms = t.slotOf[:n], t.titles[:n], t.terms[:n], t.norms[:n]
	for _, ps := range t.post {
		for i := range ps {
			ps[i].ord = remap[ps[i].ord]
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
	textual    bool     // the query had words that carry meaning
	hits       []scored // matching slots with their relative scores
	set        bitset   // the matching slots
	suggestion string   // the query with typos corrected, or empty
}

type scored struct {
	slot  int
	score float32 // relative to the best, in tenths
}

// match runs a query text. The caller holds the Index's read lock.
func (t *textIndex) match(text string) textMatch {
	pq := t.parse(text)
	m := textMatch{textual: pq.words > 0}
	if pq.corrected {
		m.suggestion = pq.suggestion
	}
	if len(pq.concepts) == 0 {
		return m
	}
	sc := t.score(pq)
	defer sc.release()
	// A query of one or two words finds the documents that match all of
	// them, if there are any; longer queries (questions) rank documents by
	// how much of them they match.
	need := uint8(0)
	if pq.words <= 2 {
		for _, ord := range sc.touched {
			if sc.matched[ord] == uint8(sc.concepts) {
				need = uint8(sc.concepts)
				break
			}
		}
	}
	for ord, a := range sc.acc[:len(t.slotOf)] {
		if a > 0 && sc.matched[ord] >= need {
			if s := sc.final(uint32(ord)); s > 0 {
				slot := int(t.slotOf[ord])
				m.hits = append(m.hits, scored{slot, s})
				m.set.set(slot)
			}
		}
	}
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
