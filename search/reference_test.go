package search

// The refScorer before block-at-a-time scoring, kept as the reference that
// TestScoreMatchesReference compares the current one with.

import (
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
	"sync"
)

// refScorer holds the per-document state of one query: dense arrays by ord
// and by slot, all zero between queries, reused through a pool. Bitsets of
// ords record which entries are set, so that collecting and clearing them
// walks memory in order.
type refScorer struct {
	acc, best, part []float32 // by ord: the score so far, of the concept, of the alternative
	cnt, matched    []uint8   // by ord: terms of the alternative found, concepts matched
	accSet          bitset    // ords with acc set
	bestSet         bitset    // ords with best set
	partSet         bitset    // ords with part set (alternatives of three or more terms)
	concepts        int       // concepts that count for coordination
	tab, tab2       [256]float32
	cands           []uint32          // ords that may be hits
	imps            []*refTermImpacts // the impacts of terms the query uses more than once
	scratch         *refTermImpacts
	spare           [][]uint8 // impact arrays to reuse, all zero

	tenths []uint8 // by slot: a hit's score in tenths of the best hit's; 0 for no hit
	set    bitset  // the hits' slots
	hits   []int32 // the hits' slots
}

var refScorers sync.Pool

// newRefScorer returns a refScorer for nOrd ords and nSlot slots.
func newRefScorer(nOrd, nSlot int) *refScorer {
	s, _ := refScorers.Get().(*refScorer)
	if s == nil {
		s = new(refScorer)
	}
	if len(s.acc) < nOrd {
		n := (nOrd + nOrd/8 + 63) &^ 63 // room to grow, whole words of the bitsets
		s.acc, s.best, s.part = make([]float32, n), make([]float32, n), make([]float32, n)
		s.cnt, s.matched = make([]uint8, n), make([]uint8, n)
		words := (n + 63) / 64
		s.accSet, s.bestSet, s.partSet = make(bitset, words), make(bitset, words), make(bitset, words)
	}
	if len(s.tenths) < nSlot {
		s.tenths = make([]uint8, nSlot+nSlot/8)
	}
	if words := (nSlot + 63) / 64; cap(s.set) < words {
		s.set = make(bitset, words, len(s.tenths)/64+1)
	} else {
		s.set = s.set[:words]
	}
	return s
}

func (s *refScorer) release() {
	for w, word := range s.accSet {
		if word == 0 {
			continue
		}
		s.accSet[w] = 0
		if word == ^uint64(0) {
			clear(s.acc[w<<6 : w<<6+64])
			clear(s.matched[w<<6 : w<<6+64])
			continue
		}
		for ; word != 0; word &= word - 1 {
			ord := w<<6 | bits.TrailingZeros64(word)
			s.acc[ord], s.matched[ord] = 0, 0
		}
	}
	for _, ti := range s.imps {
		if ti.filled {
			refClearImpacts(ti.q, ti.p)
		}
		s.spare = append(s.spare, ti.q)
	}
	s.imps = s.imps[:0]
	for _, slot := range s.hits {
		s.tenths[slot] = 0
	}
	clear(s.set)
	s.hits, s.cands = s.hits[:0], s.cands[:0]
	s.concepts = 0
	refScorers.Put(s)
}

// weigh fills tab for a term of weight w: quantised impact → score.
func (s *refScorer) weigh(tab *[256]float32, w float32) *[256]float32 {
	for q := range tab {
		tab[q] = w * float32(q)
	}
	return tab
}

// The loops over postings below are written out: they are where a search
// spends its time. Those that mark the ords they set in a bitset do so a
// word at a time, as ords ascend within a posting list.

// score accumulates the BM25F scores of the query's concepts in s.acc, with
// s.accSet the ords that have one. A document's score is the sum over
// concepts of its best alternative's; an alternative of several terms sums
// theirs, scaled down by partialWeight when some are missing. The caller
// holds mu.
//
// A term that several alternatives use keeps its quantised impacts in a
// dense array after its list is first walked, so that an alternative of
// two terms can look them up while walking the other term's list.
func (t *textIndex) refScore(pq parsedQuery) *refScorer {
	s := newRefScorer(len(t.slotOf), len(t.ordOf))
	for _, c := range pq.concepts {
		if !c.generic {
			s.concepts++
		}
	}
	// Removed documents count until compaction, as their postings do.
	n := float64(len(t.slotOf))
	idf := func(term int32) float64 {
		df := float64(t.post[term].n)
		return math.Log(1 + (n-df+0.5)/(df+0.5))
	}
	uses := make(map[int32]int)
	for _, c := range pq.concepts {
		for _, a := range c.alts {
			for _, term := range a.terms {
				if term >= 0 {
					uses[term]++
				}
			}
		}
	}
	for term, n := range uses {
		if n > 1 && len(s.imps) < refMaxCached {
			s.imps = append(s.imps, s.impacts(term))
		}
	}
	acc, best, matched := s.acc, s.best, s.matched
	for _, c := range pq.concepts {
		var inc uint8
		if !c.generic {
			inc = 1
		}
		if len(c.alts) == 1 && len(c.alts[0].terms) == 1 {
			// One term: straight into the sums.
			term := c.alts[0].terms[0]
			tab := s.weigh(&s.tab, float32(c.alts[0].weight*idf(term)*impactStep))
			keep := s.cached(term)
			d := t.post[term].data
			accSet := s.accSet
			var ord, cur uint32
			var word uint64
			for i := 0; i+1 < len(d); i += 2 {
				gap := uint32(d[i])
				if gap >= 0x80 {
					gap, i = refUvarint(d, i)
				}
				ord += gap
				if ord>>6 != cur {
					accSet[cur] |= word
					cur, word = ord>>6, 0
				}
				word |= 1 << (ord & 63)
				q := d[i+1]
				acc[ord] += tab[q]
				matched[ord] += inc
				if keep != nil {
					keep.q[ord] = q
				}
			}
			accSet[cur] |= word
			if keep != nil {
				keep.fill(&t.post[term])
			}
			continue
		}
		// The weight of each term that is an alternative on its own: where
		// a term of a longer alternative scores less alone than that, the
		// longer alternative need not count the term alone.
		var alone []termWeight
		for _, a := range c.alts {
			if len(a.terms) == 1 {
				alone = append(alone, termWeight{a.terms[0], float32(a.weight * idf(a.terms[0]) * impactStep)})
			}
		}
		// Single terms first (the concept takes the best alternative of
		// each document, in any order), so that their impacts are kept
		// for the longer alternatives.
		alts := slices.Clone(c.alts)
		slices.SortStableFunc(alts, func(a, b alt) int { return len(a.terms) - len(b.terms) })
		for _, a := range alts {
			var present []int32
			for _, term := range a.terms {
				if term >= 0 {
					present = append(present, term)
				}
			}
			switch {
			case len(a.terms) == 1:
				t.refBestOf(s, a.terms[0], float32(a.weight*idf(a.terms[0])*impactStep))
			case len(present) == 1:
				term := present[0]
				w := float32(a.weight * idf(term) / float64(len(a.terms)) * impactStep)
				if !dominated(alone, term, w) {
					t.refBestOfPartial(s, term, w)
				}
			case len(present) == 2 && len(a.terms) == 2:
				var p [2]refPairTerm
				for i, term := range present {
					w := float32(a.weight * idf(term) / 2 * impactStep)
					p[i] = refPairTerm{term: term, w: w, dom: dominated(alone, term, w), imps: s.cached(term)}
				}
				t.refBestOfPair(s, p)
			default:
				t.refBestOfMany(s, a, idf)
			}
		}
		bestSet, accSet := s.bestSet, s.accSet
		for w, word := range bestSet {
			if word == 0 {
				continue
			}
			bestSet[w] = 0
			accSet[w] |= word
			for ; word != 0; word &= word - 1 {
				ord := w<<6 | bits.TrailingZeros64(word)
				acc[ord] += best[ord]
				matched[ord] += inc
				best[ord] = 0
			}
		}
	}
	return s
}

// refMaxCached bounds the terms whose impacts a query keeps.
const refMaxCached = 8

// refTermImpacts are a term's quantised impacts by ord, once filled.
type refTermImpacts struct {
	term   int32
	q      []uint8
	filled bool
	p      *postings // the term's postings, once filled
}

// fill records that ti holds the impacts of p.
func (ti *refTermImpacts) fill(p *postings) {
	ti.filled, ti.p = true, p
}

// impacts returns empty impacts for term, from a pooled array.
func (s *refScorer) impacts(term int32) *refTermImpacts {
	if len(s.spare) > 0 {
		q := s.spare[len(s.spare)-1]
		s.spare = s.spare[:len(s.spare)-1]
		if len(q) >= len(s.acc) {
			return &refTermImpacts{term: term, q: q}
		}
	}
	return &refTermImpacts{term: term, q: make([]uint8, len(s.acc))}
}

// cached returns term's impacts if the query keeps them, else nil.
func (s *refScorer) cached(term int32) *refTermImpacts {
	for _, ti := range s.imps {
		if ti.term == term {
			return ti
		}
	}
	return nil
}

// refBestOf raises best to the scores of a term of weight w.
func (t *textIndex) refBestOf(s *refScorer, term int32, w float32) {
	tab := s.weigh(&s.tab, w)
	keep := s.cached(term)
	if keep != nil && keep.filled {
		keep = nil
	}
	d := t.post[term].data
	best, bestSet := s.best, s.bestSet
	var ord, cur uint32
	var word uint64
	for i := 0; i+1 < len(d); i += 2 {
		gap := uint32(d[i])
		if gap >= 0x80 {
			gap, i = refUvarint(d, i)
		}
		ord += gap
		if ord>>6 != cur {
			bestSet[cur] |= word
			cur, word = ord>>6, 0
		}
		word |= 1 << (ord & 63)
		q := d[i+1]
		best[ord] = max(best[ord], tab[q])
		if keep != nil {
			keep.q[ord] = q
		}
	}
	bestSet[cur] |= word
	if keep != nil {
		keep.fill(&t.post[term])
	}
}

// refBestOfPartial raises best to the scores of a term of weight w found
// without the other terms of its alternative.
func (t *textIndex) refBestOfPartial(s *refScorer, term int32, w float32) {
	tab := s.weigh(&s.tab, w)
	d := t.post[term].data
	best, bestSet := s.best, s.bestSet
	var ord, cur uint32
	var word uint64
	for i := 0; i+1 < len(d); i += 2 {
		gap := uint32(d[i])
		if gap >= 0x80 {
			gap, i = refUvarint(d, i)
		}
		ord += gap
		if ord>>6 != cur {
			bestSet[cur] |= word
			cur, word = ord>>6, 0
		}
		word |= 1 << (ord & 63)
		best[ord] = max(best[ord], tab[d[i+1]]*partialWeight)
	}
	bestSet[cur] |= word
}

// refPairTerm is a term of an alternative of two.
type refPairTerm struct {
	term int32
	w    float32
	dom  bool            // found alone, it need not count (see dominated)
	imps *refTermImpacts // its impacts if the query keeps them, else nil
}

// refBestOfPair raises best to the scores of an alternative of two terms. A
// document with only one of them scores partialWeight of it, unless that
// term is dominated. The impacts of one term (a) are looked up while
// walking the other's (b) list: a is a term whose impacts are at hand, or
// will be kept, or the one with fewer postings.
func (t *textIndex) refBestOfPair(s *refScorer, p [2]refPairTerm) {
	filled := func(x refPairTerm) bool { return x.imps != nil && x.imps.filled }
	switch {
	case filled(p[0]) != filled(p[1]):
		if filled(p[1]) {
			p[0], p[1] = p[1], p[0]
		}
	case filled(p[0]): // both: a need not be walked if dominated
		if p[1].dom && !p[0].dom {
			p[0], p[1] = p[1], p[0]
		}
	case (p[0].imps != nil) != (p[1].imps != nil):
		if p[1].imps != nil {
			p[0], p[1] = p[1], p[0]
		}
	default:
		if t.post[p[1].term].n < t.post[p[0].term].n {
			p[0], p[1] = p[1], p[0]
		}
	}
	a, b := p[0], p[1]
	best, bestSet := s.best, s.bestSet
	tabA := s.weigh(&s.tab2, a.w)
	var qa []uint8
	scratch := a.imps == nil
	if scratch {
		s.scratch = s.impacts(a.term)
		qa = s.scratch.q
	} else {
		qa = a.imps.q
	}
	// a's list: its impacts into qa, unless there, and its scores alone.
	if walkA := !filled(a) || !a.dom; walkA {
		fill := !filled(a)
		d := t.post[a.term].data
		var ord, cur uint32
		var word uint64
		for i := 0; i+1 < len(d); i += 2 {
			gap := uint32(d[i])
			if gap >= 0x80 {
				gap, i = refUvarint(d, i)
			}
			ord += gap
			q := d[i+1]
			if fill {
				qa[ord] = q
			}
			if a.dom {
				continue
			}
			if ord>>6 != cur {
				bestSet[cur] |= word
				cur, word = ord>>6, 0
			}
			word |= 1 << (ord & 63)
			best[ord] = max(best[ord], tabA[q]*partialWeight)
		}
		bestSet[cur] |= word
		if !scratch {
			a.imps.fill(&t.post[a.term])
		}
	}
	// b's list: both terms, or b alone.
	tabB := s.weigh(&s.tab, b.w)
	var keep []uint8
	if filled(b) || b.imps == nil {
		keep = nil
	} else {
		keep = b.imps.q
	}
	factor, alone := [2]float32{partialWeight, 1}, 1
	if b.dom {
		factor[0], alone = 0, 0
	}
	d := t.post[b.term].data
	var ord, cur uint32
	var word uint64
	for i := 0; i+1 < len(d); i += 2 {
		gap := uint32(d[i])
		if gap >= 0x80 {
			gap, i = refUvarint(d, i)
		}
		ord += gap
		q := d[i+1]
		if keep != nil {
			keep[ord] = q
		}
		// Without a branch: tabA[0] is 0, and factor scales b alone.
		pq := qa[ord]
		found := b2i(pq != 0)
		if ord>>6 != cur {
			bestSet[cur] |= word
			cur, word = ord>>6, 0
		}
		word |= uint64(found|alone) << (ord & 63)
		best[ord] = max(best[ord], (tabB[q]+tabA[pq])*factor[found])
	}
	bestSet[cur] |= word
	if keep != nil {
		b.imps.fill(&t.post[b.term])
	}
	if scratch {
		s.spare = append(s.spare, refClearImpacts(qa, &t.post[a.term]))
		s.scratch = nil
	}
}

// refClearImpacts zeroes the impacts of p's ords in q and returns q.
func refClearImpacts(q []uint8, p *postings) []uint8 {
	if p.n == 0 {
		return q
	}
	lo, _ := binary.Uvarint(p.data)
	clear(q[lo : p.last+1])
	return q
}

// refBestOfMany raises best to the scores of an alternative of three or more
// terms.
func (t *textIndex) refBestOfMany(s *refScorer, a alt, idf func(int32) float64) {
	part, cnt, partSet := s.part, s.cnt, s.partSet
	for _, term := range a.terms {
		if term < 0 {
			continue
		}
		tab := s.weigh(&s.tab, float32(a.weight*idf(term)/float64(len(a.terms))*impactStep))
		d := t.post[term].data
		var ord, cur uint32
		var word uint64
		for i := 0; i+1 < len(d); i += 2 {
			gap := uint32(d[i])
			if gap >= 0x80 {
				gap, i = refUvarint(d, i)
			}
			ord += gap
			if ord>>6 != cur {
				partSet[cur] |= word
				cur, word = ord>>6, 0
			}
			word |= 1 << (ord & 63)
			part[ord] += tab[d[i+1]]
			cnt[ord]++
		}
		partSet[cur] |= word
	}
	all := uint8(len(a.terms))
	best, bestSet := s.best, s.bestSet
	for w, word := range partSet {
		if word == 0 {
			continue
		}
		partSet[w] = 0
		bestSet[w] |= word
		for ; word != 0; word &= word - 1 {
			ord := w<<6 | bits.TrailingZeros64(word)
			v := part[ord]
			if cnt[ord] < all {
				v *= partialWeight
			}
			part[ord], cnt[ord] = 0, 0
			if v > best[ord] {
				best[ord] = v
			}
		}
	}
}

// refOrds returns the ords in term's postings.
func (t *textIndex) refOrds(term int32) bitset {
	set := make(bitset, (len(t.slotOf)+63)/64)
	d := t.post[term].data
	var ord uint32
	for i := 0; i+1 < len(d); i += 2 {
		gap := uint32(d[i])
		if gap >= 0x80 {
			gap, i = refUvarint(d, i)
		}
		ord += gap
		set[ord>>6] |= 1 << (ord & 63)
	}
	return set
}

// refRank turns the sums into hits by the rule, computed from whole
// posting lists: a document matches a concept completely if it has every
// term of one of its alternatives, in part if it has any. The hits are the
// documents that match some concept that counts completely (any concept if
// none counts); with need, only those among them that match every concept
// that counts at least in part, if there are any. The hits in allow (slots; nil
// for all) are scored: each live document's sum is scaled by the share of
// concepts it matches in part or in full, and a hit's score is relative to
// the best of them, rounded to a tenth, at least one.
func (t *textIndex) refRank(s *refScorer, pq parsedQuery, need bool, allow bitset) {
	var coord [256]float32 // by concepts matched
	for m := range coord {
		coord[m] = float32(1+m) / float32(1+s.concepts)
	}
	words := (len(t.slotOf) + 63) / 64
	anyS, fullS := make(bitset, words), make(bitset, words)
	for i := range fullS {
		fullS[i] = ^uint64(0)
	}
	for _, c := range pq.concepts {
		m, some := make(bitset, words), make(bitset, words)
		for _, a := range c.alts {
			for _, term := range a.terms {
				if term >= 0 {
					some = orInto(some, t.refOrds(term))
				}
			}
			x := make(bitset, words)
			for i := range x {
				x[i] = ^uint64(0)
			}
			for _, term := range a.terms {
				if term < 0 {
					clear(x)
					break
				}
				x = and(x, x, t.refOrds(term))
			}
			m = orInto(m, x)
		}
		if !c.generic || s.concepts == 0 {
			anyS = orInto(anyS, m)
		}
		if !c.generic {
			fullS = and(fullS, fullS, orInto(some, m))
		}
	}
	fullS = and(fullS, fullS, anyS)
	hit := anyS
	if need {
		for ord, slot := range t.slotOf {
			if slot >= 0 && fullS.has(ord) {
				hit = fullS
				break
			}
		}
	}
	var best float32
	var scored []int
	for ord, slot := range t.slotOf {
		if slot < 0 || !hit.has(ord) {
			continue
		}
		s.set[slot>>6] |= 1 << (uint(slot) & 63)
		if allow != nil && !allow.has(int(slot)) {
			continue
		}
		a := s.acc[ord] * coord[s.matched[ord]]
		s.acc[ord] = a
		best = max(best, a)
		scored = append(scored, ord)
	}
	scale := 10 / best
	s.hits = s.hits[:0]
	for _, ord := range scored {
		q := max(int32(s.acc[ord]*scale+0.5), 1)
		slot := t.slotOf[ord]
		s.tenths[slot] = uint8(q)
		s.hits = append(s.hits, slot)
	}
}

func refUvarint(d []byte, i int) (uint32, int) {
	g, n := binary.Uvarint(d[i:])
	return uint32(g), i + n - 1
}
