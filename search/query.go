package search

import (
	_ "embed"
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
)

//go:embed synonyms.txt
var synonymsText string

//go:embed words.txt
var wordsText string

// thesaurus holds the synonym groups of synonyms.txt, analysed.
type thesaurus struct {
	groups [][][]string     // group → members → stems
	byKey  map[string][]int // member's stems joined by spaces → groups
	// related holds the one-way lines "a, b => c, d": a query for a or b
	// also finds c and d, with less weight than a synonym.
	related map[string][][]string
	maxLen  int               // most stems in one member
	words   map[string]string // folded word of any member → as written
	byLen   [][]string        // the words by byte length, for typo search
	stems   map[string]bool   // every stem of any member
}

var synonyms = parseThesaurus(synonymsText)

// partWords are the embedded words compounds may be split into, with their
// common inflected forms.
var partWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, line := range strings.Split(wordsText, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			w = fold(w)
			for _, suf := range [...]string{"", "e", "en", "n", "er", "s", "es"} {
				m[w+suf] = true
			}
		}
	}
	return m
}()

// analysePhrase returns the stems of the words of s that carry meaning.
func analysePhrase(s string) (stems, words []string, disp []string) {
	for _, t := range tokenize(s) {
		if t.joined || stopwords[t.word] && !t.part {
			continue
		}
		stems = append(stems, stem(t.word))
		words = append(words, t.word)
		disp = append(disp, s[t.start:t.end])
	}
	return stems, words, disp
}

func parseThesaurus(text string) *thesaurus {
	th := &thesaurus{byKey: make(map[string][]int), related: make(map[string][][]string), words: make(map[string]string), stems: make(map[string]bool)}
	phrases := func(list string) [][]string {
		var out [][]string
		seen := make(map[string]bool)
		for _, m := range strings.Split(list, ",") {
			stems, words, disp := analysePhrase(m)
			key := strings.Join(stems, " ")
			if len(stems) == 0 || seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, stems)
			th.maxLen = max(th.maxLen, len(stems))
			for i, w := range words {
				if _, ok := th.words[w]; !ok {
					th.words[w] = disp[i]
				}
				th.stems[stems[i]] = true
			}
		}
		return out
	}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if from, to, ok := strings.Cut(line, "=>"); ok {
			targets := phrases(to)
			for _, p := range phrases(from) {
				key := strings.Join(p, " ")
				th.related[key] = append(th.related[key], targets...)
				if _, ok := th.byKey[key]; !ok {
					th.byKey[key] = nil // known as a phrase
				}
			}
			continue
		}
		g := len(th.groups)
		members := phrases(line)
		for _, m := range members {
			key := strings.Join(m, " ")
			th.byKey[key] = append(th.byKey[key], g)
		}
		th.groups = append(th.groups, members)
	}
	for w := range th.words {
		for len(th.byLen) <= len(w) {
			th.byLen = append(th.byLen, nil)
		}
		th.byLen[len(w)] = append(th.byLen[len(w)], w)
	}
	for _, ws := range th.byLen {
		sort.Strings(ws) // the same order every run
	}
	return th
}

// A parsed query is a list of concepts; a document's score is the sum over
// concepts of its best-scoring alternative.
type parsedQuery struct {
	words      int // words that carry meaning; with none, the query lists everything
	concepts   []concept
	corrected  bool
	suggestion string
}

type concept struct {
	alts    []alt
	generic bool // does not count for coordination
}

// alt is one way to match a concept: a single term, or several terms that
// all should occur (a phrase of the thesaurus, the parts of a compound).
type alt struct {
	terms  []int32 // term ids; -1 for a term the index lacks
	weight float64
}

// genericWords are words (folded) that fit nearly every offer of the
// network; in a query of several words they weigh little.
var genericWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields("firma firmen unternehmen unternehmens betrieb betriebs betriebe betrieben mittelstand kmu " +
		"angebot angebote hilfe unterstützung thema themen information informationen möglichkeiten beachten wissen") {
		m[fold(w)] = true
	}
	return m
}()

// maxConcepts bounds the words of a query that count.
const maxConcepts = 16

const (
	weightSynonym    = 0.85
	weightParts      = 0.9
	weightCorrection = 0.8
	weightRelated    = 0.6
	// weightGeneric scales words every offer could be about ("Firma",
	// "Unternehmen"), which matter little in a question.
	weightGeneric = 0.2
	// partialWeight scales an alternative of several terms of which only
	// some occur (Daten of Datenqualität).
	partialWeight = 0.25
)

func (t *textIndex) termID(s string) int32 {
	if id, ok := t.termIDs[s]; ok && t.post[id].n > 0 {
		return int32(id)
	}
	return -1
}

// parse analyses a query text against the index. The caller holds mu.
func (t *textIndex) parse(text string) parsedQuery {
	var pq parsedQuery
	toks := tokenize(text)
	var words []token
	for _, t := range toks {
		if t.joined || stopwords[t.word] && !t.part {
			continue
		}
		words = append(words, t)
	}
	pq.words = len(words)
	stems := make([]string, len(words))
	for i, w := range words {
		stems[i] = stem(w.word)
	}
	type fix struct {
		start, end int
		to         string
	}
	var fixes []fix
	for i := 0; i < len(words); {
		// The longest phrase of the thesaurus starting here.
		n := 0
		for l := min(synonyms.maxLen, len(words)-i); l >= 2; l-- {
			if _, ok := synonyms.byKey[strings.Join(stems[i:i+l], " ")]; ok {
				n = l
				break
			}
		}
		if n > 0 {
			var c concept
			t.addGroupAlts(&c, stems[i:i+n], 1)
			if c.alts = prune(c.alts); len(c.alts) > 0 && len(pq.concepts) < maxConcepts {
				pq.concepts = append(pq.concepts, c)
			}
			i += n
			continue
		}
		w := 1.0
		if genericWords[words[i].word] && len(words) > 1 {
			w = weightGeneric
		}
		c, corr := t.wordConcept(words[i].word, w, true)
		c.generic = w < 1
		if len(c.alts) > 0 && len(pq.concepts) < maxConcepts {
			pq.concepts = append(pq.concepts, c)
		}
		if corr != "" {
			fixes = append(fixes, fix{words[i].start, words[i].end, corr})
		}
		i++
	}
	if len(fixes) > 0 {
		pq.corrected = true
		var b strings.Builder
		last := 0
		for _, f := range fixes {
			b.WriteString(text[last:f.start])
			b.WriteString(f.to)
			last = f.end
		}
		b.WriteString(text[last:])
		pq.suggestion = b.String()
	}
	return pq
}

// addGroupAlts adds the phrase itself and every member of its synonym
// groups to c.
func (t *textIndex) addGroupAlts(c *concept, phrase []string, w float64) {
	key := strings.Join(phrase, " ")
	c.alts = append(c.alts, t.alt(phrase, w))
	for _, g := range synonyms.byKey[key] {
		for _, m := range synonyms.groups[g] {
			if strings.Join(m, " ") != key {
				c.alts = append(c.alts, t.alt(m, w*weightSynonym))
			}
			for _, r := range synonyms.related[strings.Join(m, " ")] {
				c.alts = append(c.alts, t.alt(r, w*weightRelated))
			}
		}
	}
	for _, r := range synonyms.related[key] {
		c.alts = append(c.alts, t.alt(r, w*weightRelated))
	}
}

func (t *textIndex) alt(stems []string, w float64) alt {
	a := alt{terms: make([]int32, len(stems)), weight: w}
	for i, s := range stems {
		a.terms[i] = t.termID(s)
	}
	return a
}

// wordConcept builds the concept of one query word: its stem, its synonyms,
// its compound parts, and, when the index knows none of these, the nearest
// words of the vocabulary. corr is the correction shown as "Meinten Sie".
func (t *textIndex) wordConcept(w string, weight float64, correct bool) (c concept, corr string) {
	s := stem(w)
	t.addGroupAlts(&c, []string{s}, weight)
	if parts := t.querySplit(w); parts != nil {
		ps := make([]string, len(parts))
		for i, p := range parts {
			ps[i] = stem(p)
		}
		t.addGroupAlts(&c, ps, weight*weightParts)
	}
	if !correct || len(w) < 5 || !isLetters(w) || c.matches() {
		c.alts = prune(c.alts)
		return c, ""
	}
	for _, cand := range t.corrections(w) {
		cc, _ := t.wordConcept(cand, weight*weightCorrection, false)
		if cc.matches() {
			c.alts = append(c.alts, cc.alts...)
			if corr == "" {
				corr = t.display(cand)
			}
		}
	}
	c.alts = prune(c.alts)
	return c, corr
}

func (t *textIndex) querySplit(w string) []string {
	if len(w) < 6 || stopwords[w] {
		return nil
	}
	if p, ok := t.splits[w]; ok {
		return p
	}
	return decompose(w, t.isWord)
}

func (t *textIndex) display(w string) string {
	if wi := t.words[w]; wi != nil {
		return wi.display
	}
	if d, ok := synonyms.words[w]; ok {
		return d
	}
	return w
}

// matches reports whether any alternative of c can match a document.
func (c concept) matches() bool {
	for _, a := range c.alts {
		for _, t := range a.terms {
			if t >= 0 {
				return true
			}
		}
	}
	return false
}

// prune drops alternatives that cannot match and duplicates.
func prune(alts []alt) []alt {
	out := alts[:0]
	for _, a := range alts {
		ok := false
		for _, t := range a.terms {
			if t >= 0 {
				ok = true
			}
		}
		if !ok {
			continue
		}
		dup := false
		for i, b := range out {
			if sameTerms(a.terms, b.terms) {
				dup = true
				out[i].weight = max(b.weight, a.weight)
				break
			}
		}
		if !dup {
			out = append(out, a)
		}
	}
	return out
}

// sameTerms reports whether a and b hold the same terms, in any order:
// alternatives that score alike ("Qualität der Daten" and the parts of
// "Datenqualität").
func sameTerms(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	if len(a) == 2 && a[0] == b[1] && a[1] == b[0] {
		return true
	}
	as, bs := slices.Clone(a), slices.Clone(b)
	slices.Sort(as)
	slices.Sort(bs)
	return slices.Equal(as, bs)
}

// corrections returns the vocabulary words (of the texts or the thesaurus)
// nearest to w: Damerau-Levenshtein distance 1 for words of 5 to 8 letters, 2
// for longer ones; the most frequent first, at most two.
func (t *textIndex) corrections(w string) []string {
	maxd := 1
	if len(w) >= 9 {
		maxd = 2
	}
	type cand struct {
		w string
		d int
		n int32
	}
	var cs []cand
	for l := max(len(w)-maxd, 0); l <= len(w)+maxd && l < len(t.byLen); l++ {
		for _, v := range t.byLen[l] {
			if d := distance(w, v, maxd); d <= maxd && v != w {
				cs = append(cs, cand{v, d, t.words[v].n})
			}
		}
	}
	for l := max(len(w)-maxd, 0); l <= len(w)+maxd && l < len(synonyms.byLen); l++ {
		for _, v := range synonyms.byLen[l] {
			if d := distance(w, v, maxd); d <= maxd && v != w && t.words[v] == nil {
				cs = append(cs, cand{v, d, 0})
			}
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].d != cs[j].d {
			return cs[i].d < cs[j].d
		}
		if cs[i].n != cs[j].n {
			return cs[i].n > cs[j].n
		}
		return cs[i].w < cs[j].w
	})
	var out []string
	for _, c := range cs {
		if c.d > cs[0].d || len(out) == 2 {
			break
		}
		out = append(out, c.w)
	}
	return out
}

// distance is the optimal-string-alignment (restricted Damerau-Levenshtein)
// distance of a and b over bytes, or max+1 once it exceeds max.
func distance(a, b string, max int) int {
	if abs(len(a)-len(b)) > max || len(b) >= 63 {
		return max + 1
	}
	// Lengths differ by at most max, so the rows hold small numbers.
	var rows [3][64]uint8
	prev2, prev, cur := rows[0][:len(b)+1], rows[1][:len(b)+1], rows[2][:len(b)+1]
	for j := range prev {
		prev[j] = uint8(j)
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = uint8(i)
		lo := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := uint8(1)
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			lo = min(lo, v)
		}
		if int(lo) > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return int(prev[len(b)])
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// BM25F parameters: field weights and length normalisation.
var (
	fieldWeight = [numFields]float64{fieldTitle: 3, fieldLabels: 2.5, fieldSummary: 1.5, fieldBody: 1}
	fieldB      = [numFields]float64{fieldTitle: 0.3, fieldLabels: 0, fieldSummary: 0.5, fieldBody: 0.75}
)

const k1 = 1.2

// impact is the BM25F term-frequency component of a term with per-field
// counts tf in a document with field lengths norm; inv holds the inverse
// average field lengths.
func impact(tf *[numFields]uint8, norm *[numFields]uint16, inv *[numFields]float64) float32 {
	var x float64
	for f, c := range tf {
		if c > 0 {
			x += fieldWeight[f] * float64(c) / (1 - fieldB[f] + fieldB[f]*float64(norm[f])*inv[f])
		}
	}
	return float32(x * (k1 + 1) / (k1 + x))
}

// scorer holds the per-document state of one query: dense arrays by ord
// and by slot, all zero between queries, reused through a pool. Bitsets of
// ords record which entries are set, so that collecting and clearing them
// walks memory in order.
type scorer struct {
	acc, best, part []float32 // by ord: the score so far, of the concept, of the alternative
	cnt, matched    []uint8   // by ord: terms of the alternative found, concepts matched
	accSet          bitset    // ords with acc set
	bestSet         bitset    // ords with best set
	partSet         bitset    // ords with part set (alternatives of three or more terms)
	concepts        int       // concepts that count for coordination
	tab, tab2       [256]float32
	cands           []uint32       // ords that may be hits
	imps            []*termImpacts // the impacts of terms the query uses more than once
	scratch         *termImpacts
	spare           [][]uint8 // impact arrays to reuse, all zero

	tenths []uint8 // by slot: a hit's score in tenths of the best hit's; 0 for no hit
	set    bitset  // the hits' slots
	hits   []int32 // the hits' slots
}

var scorers sync.Pool

// newScorer returns a scorer for nOrd ords and nSlot slots.
func newScorer(nOrd, nSlot int) *scorer {
	s, _ := scorers.Get().(*scorer)
	if s == nil {
		s = new(scorer)
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

func (s *scorer) release() {
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
			clearImpacts(ti.q, ti.p)
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
	scorers.Put(s)
}

// weigh fills tab for a term of weight w: quantised impact → score.
func (s *scorer) weigh(tab *[256]float32, w float32) *[256]float32 {
	for q := range tab {
		tab[q] = w * float32(q)
	}
	return tab
}

// uvarint decodes the uvarint at d[i:] and returns it with the index of its
// last byte.
func uvarint(d []byte, i int) (uint32, int) {
	g, n := binary.Uvarint(d[i:])
	return uint32(g), i + n - 1
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
func (t *textIndex) score(pq parsedQuery) *scorer {
	s := newScorer(len(t.slotOf), len(t.ordOf))
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
		if n > 1 && len(s.imps) < maxCached {
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
					gap, i = uvarint(d, i)
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
				t.bestOf(s, a.terms[0], float32(a.weight*idf(a.terms[0])*impactStep))
			case len(present) == 1:
				term := present[0]
				w := float32(a.weight * idf(term) / float64(len(a.terms)) * impactStep)
				if !dominated(alone, term, w) {
					t.bestOfPartial(s, term, w)
				}
			case len(present) == 2 && len(a.terms) == 2:
				var p [2]pairTerm
				for i, term := range present {
					w := float32(a.weight * idf(term) / 2 * impactStep)
					p[i] = pairTerm{term: term, w: w, dom: dominated(alone, term, w), imps: s.cached(term)}
				}
				t.bestOfPair(s, p)
			default:
				t.bestOfMany(s, a, idf)
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

// maxCached bounds the terms whose impacts a query keeps.
const maxCached = 8

// termImpacts are a term's quantised impacts by ord, once filled.
type termImpacts struct {
	term   int32
	q      []uint8
	filled bool
	p      *postings // the term's postings, once filled
}

// fill records that ti holds the impacts of p.
func (ti *termImpacts) fill(p *postings) {
	ti.filled, ti.p = true, p
}

// impacts returns empty impacts for term, from a pooled array.
func (s *scorer) impacts(term int32) *termImpacts {
	if len(s.spare) > 0 {
		q := s.spare[len(s.spare)-1]
		s.spare = s.spare[:len(s.spare)-1]
		if len(q) >= len(s.acc) {
			return &termImpacts{term: term, q: q}
		}
	}
	return &termImpacts{term: term, q: make([]uint8, len(s.acc))}
}

// cached returns term's impacts if the query keeps them, else nil.
func (s *scorer) cached(term int32) *termImpacts {
	for _, ti := range s.imps {
		if ti.term == term {
			return ti
		}
	}
	return nil
}

type termWeight struct {
	term int32
	w    float32
}

// dominated reports whether a term of weight w in a longer alternative,
// found alone and so scaled by partialWeight, scores no more than as an
// alternative of its own.
func dominated(alone []termWeight, term int32, w float32) bool {
	for _, a := range alone {
		if a.term == term && float64(w)*partialWeight <= float64(a.w)*(1-1e-6) {
			return true
		}
	}
	return false
}

// bestOf raises best to the scores of a term of weight w.
func (t *textIndex) bestOf(s *scorer, term int32, w float32) {
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
			gap, i = uvarint(d, i)
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

// bestOfPartial raises best to the scores of a term of weight w found
// without the other terms of its alternative.
func (t *textIndex) bestOfPartial(s *scorer, term int32, w float32) {
	tab := s.weigh(&s.tab, w)
	d := t.post[term].data
	best, bestSet := s.best, s.bestSet
	var ord, cur uint32
	var word uint64
	for i := 0; i+1 < len(d); i += 2 {
		gap := uint32(d[i])
		if gap >= 0x80 {
			gap, i = uvarint(d, i)
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

// pairTerm is a term of an alternative of two.
type pairTerm struct {
	term int32
	w    float32
	dom  bool         // found alone, it need not count (see dominated)
	imps *termImpacts // its impacts if the query keeps them, else nil
}

// bestOfPair raises best to the scores of an alternative of two terms. A
// document with only one of them scores partialWeight of it, unless that
// term is dominated. The impacts of one term (a) are looked up while
// walking the other's (b) list: a is a term whose impacts are at hand, or
// will be kept, or the one with fewer postings.
func (t *textIndex) bestOfPair(s *scorer, p [2]pairTerm) {
	filled := func(x pairTerm) bool { return x.imps != nil && x.imps.filled }
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
				gap, i = uvarint(d, i)
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
			gap, i = uvarint(d, i)
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
		s.spare = append(s.spare, clearImpacts(qa, &t.post[a.term]))
		s.scratch = nil
	}
}

// clearImpacts zeroes the impacts of p's ords in q and returns q.
func clearImpacts(q []uint8, p *postings) []uint8 {
	if p.n == 0 {
		return q
	}
	lo, _ := binary.Uvarint(p.data)
	clear(q[lo : p.last+1])
	return q
}

// bestOfMany raises best to the scores of an alternative of three or more
// terms.
func (t *textIndex) bestOfMany(s *scorer, a alt, idf func(int32) float64) {
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
				gap, i = uvarint(d, i)
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

// minTenths is the least score, in tenths of the best hit's, that a hit
// needs to be shown.
const minTenths = 2

// rank turns the sums into hits: each live document's sum is scaled by the
// share of concepts it matches, and a hit's score is relative to the best,
// rounded to a tenth so that hits of about equal relevance are ordered by
// date; hits weaker than minTenths of the best are not shown. With need,
// only documents matching all concepts are hits, if there are any.
func (t *textIndex) rank(s *scorer, need bool) {
	var coord [256]float32 // by concepts matched
	for m := range coord {
		coord[m] = float32(1+m) / float32(1+s.concepts)
	}
	// Candidates are the documents within reach of the best so far; as it
	// only grows, they include every hit. The loop has no branch but its
	// own: a candidate is always written and kept by moving on.
	// Scores are not negative, so their bits order them as integers do.
	const reach = 0.1
	var best, bar uint32
	all := uint8(s.concepts)
	full := false
	cands := s.cands[:cap(s.cands)]
	if len(cands) < len(s.acc) {
		cands = make([]uint32, len(s.acc))
	}
	acc, matched, slotOf := s.acc, s.matched, t.slotOf
	dead := t.dead > 0
	n := 0
	fulls := 0
	for w, word := range s.accSet {
		if word == 0 {
			continue
		}
		bar = math.Float32bits(math.Float32frombits(best) * reach) // once a word: lower, so safe
		for ; word != 0; word &= word - 1 {
			ord := w<<6 | bits.TrailingZeros64(word)
			if dead && slotOf[ord] < 0 {
				continue // removed
			}
			m := matched[ord]
			a := acc[ord] * coord[m]
			acc[ord] = a
			fulls |= b2i(m == all)
			ab := math.Float32bits(a)
			cands[n] = uint32(ord)
			n += b2i(ab >= bar)
			best = max(best, ab)
		}
	}
	full = fulls != 0
	s.cands = cands[:0]
	least := uint8(0)
	if need && full {
		least = all
	}
	scale := 10 / math.Float32frombits(best)
	hits := s.hits[:cap(s.hits)]
	if len(hits) < n {
		hits = make([]int32, len(cands))
	}
	h := 0
	tenths, set := s.tenths, s.set
	for _, ord := range cands[:n] {
		q := int32(acc[ord]*scale + 0.5)
		keep := b2i(q >= minTenths) & b2i(matched[ord] >= least)
		slot := slotOf[ord]
		tenths[slot] = uint8(q) & -uint8(keep)
		set[slot>>6] |= uint64(keep) << (uint(slot) & 63)
		hits[h] = slot
		h += keep
	}
	s.hits = hits[:h]
}

func b2i(b bool) int {
	n := 0
	if b {
		n = 1
	}
	return n
}
