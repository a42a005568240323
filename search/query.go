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

// scorer runs one query over the posting lists block by block: 64
// consecutive ords at a time (a word of a bitset), reading each of the
// query's terms once into small arrays (or, for frequent terms, straight
// from their dense impacts), so that a document's score is summed up in one
// place. Seeing all of a block's terms at once lets it tell the hits (a set,
// see score) from the other documents before scoring, and score only the
// hits passing the filters. Scorers are reused through a pool.
type scorer struct {
	terms    []int32   // the query's distinct terms
	cur      []cursor  // by term: where its list is read
	blk      []blkTerm // by term: its postings in the block
	concepts []conceptPlan
	alts     []altPlan
	many     []manyTerm
	cover    []int32 // see conceptPlan
	scoring  int     // concepts that count for coordination

	// By ord&63 within the block; zero between uses.
	acc, best, part [64]float32
	matched, cnt    [64]uint8

	candOrd   []uint32  // candidates' ords
	candScore []float32 // their scores

	tenths []uint8 // by slot: a hit's score in tenths of the best hit's; 0 for no hit
	set    bitset  // the hits' slots
	full   bitset  // the documents matching every concept (see score), then spare
	allow  bitset  // by ord: the documents to score
	hits   []int32 // the hits' slots
}

// cursor reads a posting list, or a term's dense impacts.
type cursor struct {
	d     []byte
	i     int    // the index of the current posting's impact
	ord   uint32 // the current posting's ord (for dense impacts, the first of its block); doneOrd past the end
	dense *denseImpacts
}

const doneOrd = math.MaxUint32

// blkTerm is a term's postings within the current block.
type blkTerm struct {
	mask uint64     // ords present, bit ord&63
	q    *[64]uint8 // their quantised impacts: own, or the term's dense impacts
	own  [64]uint8
}

// conceptPlan is a concept of the query: its alternatives are
// alts[lo:hi]. A direct concept has one alternative of one term, whose
// scores go straight into the sums.
type conceptPlan struct {
	inc    uint8 // 1 if it counts for coordination
	direct bool
	lo, hi int
	ub     float64 // no document's score for the concept exceeds this
	ubWeak float64 // nor the score of one that matches it only in part
	// cover[clo:chi] are terms alone (altAlone) that score at least
	// ubWeak wherever they occur: a document with one need not count its
	// partial matches.
	clo, chi int
}

const (
	altAlone   = iota // a single term
	altPartial        // the one term present of a longer alternative
	altPair           // two terms
	altMany           // three or more terms, or two of which one is missing
)

// altPlan is an alternative of a concept, its terms as indices into
// scorer.terms.
type altPlan struct {
	kind   uint8
	t      [2]int32
	w      [2]float32
	dom    [2]bool // altPair: the term need not count alone (see dominated)
	lo, hi int     // altMany: its terms, many[lo:hi]
	all    uint8   // altMany: the alternative's number of terms
	// Bounds of the alternative's scores: of any document, and of one
	// that has only some of its terms (a partial match: altPartial, or
	// one term of an altPair).
	ub, ubWeak float64
}

// manyTerm is a present term of an altMany alternative.
type manyTerm struct {
	t int32
	w float32
}

var scorers sync.Pool

// newScorer returns a scorer for nOrd ords and nSlot slots.
func newScorer(nOrd, nSlot int) *scorer {
	s, _ := scorers.Get().(*scorer)
	if s == nil {
		s = new(scorer)
	}
	if len(s.candOrd) < nOrd {
		n := nOrd + nOrd/8
		s.candOrd, s.candScore = make([]uint32, n), make([]float32, n)
	}
	if len(s.tenths) < nSlot {
		s.tenths = make([]uint8, nSlot+nSlot/8)
	}
	words := (nSlot + 63) / 64
	if cap(s.set) < words {
		s.set = make(bitset, words, len(s.tenths)/64+1)
	}
	if cap(s.full) < words {
		s.full = make(bitset, words, len(s.tenths)/64+1)
	}
	s.set, s.full = s.set[:words], s.full[:words]
	return s
}

func (s *scorer) release() {
	for _, slot := range s.hits {
		s.tenths[slot] = 0
	}
	clear(s.set)
	clear(s.full)
	s.hits = s.hits[:0]
	clear(s.cur) // drop the references to posting lists
	s.terms, s.cur, s.blk = s.terms[:0], s.cur[:0], s.blk[:0]
	s.concepts, s.alts, s.many, s.cover = s.concepts[:0], s.alts[:0], s.many[:0], s.cover[:0]
	s.scoring = 0
	scorers.Put(s)
}

// uvarint decodes the uvarint at d[i:] and returns it with the index of its
// last byte.
func uvarint(d []byte, i int) (uint32, int) {
	g, n := binary.Uvarint(d[i:])
	return uint32(g), i + n - 1
}

// termIndex returns term's index in s.terms, adding it if new.
func (s *scorer) termIndex(t *textIndex, term int32) int32 {
	for i, x := range s.terms {
		if x == term {
			return int32(i)
		}
	}
	s.terms = append(s.terms, term)
	d := t.post[term].data
	c := cursor{d: d, i: -1, ord: doneOrd}
	if p := &t.post[term]; p.dense > 0 {
		c.dense = &t.dense[p.dense-1]
		c.ord = nextBlock(c.dense.has, 0)
	} else if len(d) > 0 {
		gap, j := uint32(d[0]), 0
		if gap >= 0x80 {
			gap, j = uvarint(d, 0)
		}
		c.ord, c.i = gap, j+1
	}
	s.cur = append(s.cur, c)
	s.blk = append(s.blk, blkTerm{})
	return int32(len(s.terms) - 1)
}

// nextBlock returns the first ord of the first block from block b on with
// an ord in has, or doneOrd.
func nextBlock(has bitset, b int) uint32 {
	for ; b < len(has); b++ {
		if has[b] != 0 {
			return uint32(b) << 6
		}
	}
	return doneOrd
}

// plan turns the parsed query into the scorer's concepts and alternatives.
func (t *textIndex) plan(s *scorer, pq parsedQuery) {
	// Removed documents count until compaction, as their postings do.
	n := float64(len(t.slotOf))
	idf := func(term int32) float64 {
		df := float64(t.post[term].n)
		return math.Log(1 + (n-df+0.5)/(df+0.5))
	}
	for _, c := range pq.concepts {
		cp := conceptPlan{lo: len(s.alts)}
		if !c.generic {
			cp.inc = 1
			s.scoring++
		}
		if len(c.alts) == 1 && len(c.alts[0].terms) == 1 {
			term := c.alts[0].terms[0]
			cp.direct = true
			s.alts = append(s.alts, altPlan{kind: altAlone, t: [2]int32{s.termIndex(t, term)},
				w: [2]float32{float32(c.alts[0].weight * idf(term) * impactStep)}})
			cp.hi = len(s.alts)
			s.bound(t, &cp)
			s.concepts = append(s.concepts, cp)
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
		for _, a := range c.alts {
			var present []int32
			for _, term := range a.terms {
				if term >= 0 {
					present = append(present, term)
				}
			}
			switch {
			case len(a.terms) == 1:
				term := a.terms[0]
				s.alts = append(s.alts, altPlan{kind: altAlone, t: [2]int32{s.termIndex(t, term)},
					w: [2]float32{float32(a.weight * idf(term) * impactStep)}})
			case len(present) == 1:
				term := present[0]
				w := float32(a.weight * idf(term) / float64(len(a.terms)) * impactStep)
				if !dominated(alone, term, w) {
					s.alts = append(s.alts, altPlan{kind: altPartial, t: [2]int32{s.termIndex(t, term)}, w: [2]float32{w}})
				}
			case len(present) == 2 && len(a.terms) == 2:
				ap := altPlan{kind: altPair}
				for i, term := range present {
					w := float32(a.weight * idf(term) / 2 * impactStep)
					ap.t[i], ap.w[i], ap.dom[i] = s.termIndex(t, term), w, dominated(alone, term, w)
				}
				s.alts = append(s.alts, ap)
			default:
				ap := altPlan{kind: altMany, lo: len(s.many), all: uint8(len(a.terms))}
				for _, term := range a.terms {
					if term < 0 {
						continue
					}
					w := float32(a.weight * idf(term) / float64(len(a.terms)) * impactStep)
					s.many = append(s.many, manyTerm{s.termIndex(t, term), w})
				}
				ap.hi = len(s.many)
				s.alts = append(s.alts, ap)
			}
		}
		cp.hi = len(s.alts)
		s.bound(t, &cp)
		s.concepts = append(s.concepts, cp)
	}
}

// bound sets the bounds of cp's alternatives and of cp, from the greatest
// impact of each term.
func (s *scorer) bound(t *textIndex, cp *conceptPlan) {
	top := func(k int32, w float32) float64 {
		return float64(w) * float64(t.post[s.terms[k]].max)
	}
	for i := cp.lo; i < cp.hi; i++ {
		a := &s.alts[i]
		switch a.kind {
		case altAlone:
			a.ub = top(a.t[0], a.w[0])
		case altPartial:
			a.ub = top(a.t[0], a.w[0]) * partialWeight
			a.ubWeak = a.ub
		case altPair:
			x, y := top(a.t[0], a.w[0]), top(a.t[1], a.w[1])
			a.ub = x + y
			if !a.dom[0] {
				a.ubWeak = max(a.ubWeak, x*partialWeight)
			}
			if !a.dom[1] {
				a.ubWeak = max(a.ubWeak, y*partialWeight)
			}
		case altMany:
			for _, mt := range s.many[a.lo:a.hi] {
				a.ub += top(mt.t, mt.w)
			}
		}
		cp.ub = max(cp.ub, a.ub)
		cp.ubWeak = max(cp.ubWeak, a.ubWeak)
	}
	cp.clo = len(s.cover)
	if cp.ubWeak > 0 {
		for i := cp.lo; i < cp.hi; i++ {
			a := &s.alts[i]
			// The margins cover the rounding of float32 products.
			if lb := float64(a.w[0]) * float64(t.post[s.terms[a.t[0]]].min); a.kind == altAlone && lb*(1-1e-5) >= cp.ubWeak*(1+1e-5) {
				s.cover = append(s.cover, a.t[0])
			}
		}
	}
	cp.chi = len(s.cover)
}

// strongMasks returns, for the current block, the documents with a
// complete alternative (all its terms) of some concept that counts (of any
// concept when none counts), and those among them with at least a term of
// an alternative of every concept that counts.
func (s *scorer) strongMasks() (anyM, full uint64) {
	full = ^uint64(0)
	for ci := range s.concepts {
		cp := &s.concepts[ci]
		var m, some uint64
		for ai := cp.lo; ai < cp.hi; ai++ {
			a := &s.alts[ai]
			switch a.kind {
			case altAlone:
				m |= s.blk[a.t[0]].mask
			case altPartial:
				some |= s.blk[a.t[0]].mask
			case altPair:
				x, y := s.blk[a.t[0]].mask, s.blk[a.t[1]].mask
				m |= x & y
				some |= x | y
			case altMany:
				all := ^uint64(0)
				for _, mt := range s.many[a.lo:a.hi] {
					all &= s.blk[mt.t].mask
					some |= s.blk[mt.t].mask
				}
				if a.hi-a.lo == int(a.all) {
					m |= all
				}
			}
		}
		if cp.inc != 0 || s.scoring == 0 {
			anyM |= m
		}
		if cp.inc != 0 {
			full &= m | some
		}
	}
	return anyM, full & anyM
}

// score ranks the documents for the parsed query. The hits are a set: with
// need, the documents with a complete alternative (all its terms) of every
// concept that counts, if there are any; else those with a complete
// alternative of any concept. An alternative of which only some terms occur
// (a partial match) adds to a hit's score but makes no hit. A document's
// score is the sum over concepts of its best alternative's, scaled by the
// share of concepts it matches (in part or in full); an alternative of
// several terms sums theirs, scaled down by partialWeight when some are
// missing. Only the hits in allow (slots; nil for all) are scored: a hit's
// score is relative to the best of those, rounded to a tenth (at least one)
// so that hits of about equal relevance are ordered by date. The caller
// holds mu.
func (t *textIndex) score(pq parsedQuery, need bool, allow bitset) *scorer {
	s := newScorer(len(t.slotOf), len(t.ordOf))
	t.plan(s, pq)

	var coord [256]float32 // by concepts matched
	for m := range coord {
		coord[m] = float32(1+m) / float32(1+s.scoring)
	}
	// allowOrd: allow by ord.
	var allowOrd bitset
	if allow != nil {
		words := (len(t.slotOf) + 63) / 64
		if cap(s.allow) < words {
			s.allow = make(bitset, words+words/8)
		}
		allowOrd = s.allow[:words]
		clear(allowOrd)
		ordOf := t.ordOf
		if t.moved == 0 {
			// Live ords are their slots.
			copy(allowOrd, allow)
		} else {
			for w, word := range allow {
				for ; word != 0; word &= word - 1 {
					slot := w<<6 | bits.TrailingZeros64(word)
					if slot < len(ordOf) {
						if ord := ordOf[slot]; ord >= 0 {
							allowOrd[ord>>6] |= 1 << (uint(ord) & 63)
						}
					}
				}
			}
		}
		s.allow = allowOrd
	}
	// Scores are not negative, so their bits order them as integers do.
	var best uint32
	fulls := 0
	slotOf := t.slotOf
	dead := t.dead > 0
	ident := t.moved == 0 // live ords are their slots
	anySet, fullSet := s.set, s.full
	candOrd, candScore := s.candOrd, s.candScore
	nc := 0

	cur, blk := s.cur, s.blk
	single := len(s.concepts) == 1
	for k := range blk {
		blk[k].q = &blk[k].own
	}
	acc, bst, part, matched, cnt := &s.acc, &s.best, &s.part, &s.matched, &s.cnt
	block := uint32(doneOrd >> 6)
	for i := range cur {
		block = min(block, cur[i].ord>>6)
	}
	for block != doneOrd>>6 {
		// Each term's postings in the block.
		next := uint32(doneOrd >> 6)
		for k := range cur {
			c := &cur[k]
			if c.ord>>6 != block {
				blk[k].mask = 0
				next = min(next, c.ord>>6)
				continue
			}
			b := &blk[k]
			if di := c.dense; di != nil {
				b.mask = di.has[block]
				b.q = (*[64]uint8)(di.q[block<<6:])
				c.ord = nextBlock(di.has, int(block)+1)
				next = min(next, c.ord>>6)
				continue
			}
			var mask uint64
			d, i, ord := c.d, c.i, c.ord
			for ord>>6 == block {
				mask |= 1 << (ord & 63)
				b.q[ord&63] = d[i]
				i++
				if i >= len(d) {
					ord = doneOrd
					break
				}
				gap := uint32(d[i])
				if gap >= 0x80 {
					gap, i = uvarint(d, i)
				}
				ord += gap
				i++
			}
			c.i, c.ord = i, ord
			b.mask = mask
			next = min(next, ord>>6)
		}
		// The hits are a set: documents with a complete alternative of
		// every concept that counts (need) or of any concept. Only those
		// within allow get a score; partial matches only add to it.
		anyM, fullM := s.strongMasks()
		base := block << 6
		if dead {
			for x := anyM; x != 0; x &= x - 1 {
				j := bits.TrailingZeros64(x)
				if slotOf[base|uint32(j)] < 0 {
					anyM &^= 1 << j // removed
				}
			}
			fullM &= anyM
		}
		if ident {
			if anyM != 0 { // a dead ord may lie past the slots
				anySet[block] |= anyM
				fullSet[block] |= fullM
			}
		} else {
			for x := anyM; x != 0; x &= x - 1 {
				j := bits.TrailingZeros64(x)
				slot := uint32(slotOf[base|uint32(j)])
				anySet[slot>>6] |= 1 << (slot & 63)
				fullSet[slot>>6] |= (fullM >> j & 1) << (slot & 63)
			}
		}
		fulls |= b2i(fullM != 0)
		work := anyM
		if need {
			work = fullM
		}
		if allowOrd != nil {
			work &= allowOrd[block]
		}
		for k := range blk {
			blk[k].mask &= work
		}
		// The concepts' scores, summed. With a single concept, its scores
		// are the sums (0 + x is x) and stay in bst; every document matches
		// it.
		var accMask uint64
		for ci := range s.concepts {
			cp := &s.concepts[ci]
			inc := cp.inc
			if cp.direct {
				a := &s.alts[cp.lo]
				b := &blk[a.t[0]]
				w := a.w[0]
				accMask |= b.mask
				if single {
					for x := b.mask; x != 0; x &= x - 1 {
						j := bits.TrailingZeros64(x)
						bst[j] = w * float32(b.q[j])
					}
					continue
				}
				for x := b.mask; x != 0; x &= x - 1 {
					j := bits.TrailingZeros64(x)
					acc[j] += w * float32(b.q[j])
					matched[j] += inc
				}
				continue
			}
			var bm, cov uint64
			for _, k := range s.cover[cp.clo:cp.chi] {
				cov |= blk[k].mask
			}
			for ai := cp.lo; ai < cp.hi; ai++ {
				a := &s.alts[ai]
				switch a.kind {
				case altAlone:
					b := &blk[a.t[0]]
					w := a.w[0]
					bm |= b.mask
					for x := b.mask; x != 0; x &= x - 1 {
						j := bits.TrailingZeros64(x)
						bst[j] = max(bst[j], w*float32(b.q[j]))
					}
				case altPartial:
					b := &blk[a.t[0]]
					w := a.w[0]
					bm |= b.mask
					for x := b.mask &^ cov; x != 0; x &= x - 1 {
						j := bits.TrailingZeros64(x)
						bst[j] = max(bst[j], w*float32(b.q[j])*partialWeight)
					}
				case altPair:
					bx, by := &blk[a.t[0]], &blk[a.t[1]]
					wx, wy := a.w[0], a.w[1]
					both := bx.mask & by.mask
					bm |= both
					for x := both; x != 0; x &= x - 1 {
						j := bits.TrailingZeros64(x)
						bst[j] = max(bst[j], wy*float32(by.q[j])+wx*float32(bx.q[j]))
					}
					if !a.dom[0] {
						only := bx.mask &^ by.mask
						bm |= only
						for x := only &^ cov; x != 0; x &= x - 1 {
							j := bits.TrailingZeros64(x)
							bst[j] = max(bst[j], wx*float32(bx.q[j])*partialWeight)
						}
					}
					if !a.dom[1] {
						only := by.mask &^ bx.mask
						bm |= only
						for x := only &^ cov; x != 0; x &= x - 1 {
							j := bits.TrailingZeros64(x)
							bst[j] = max(bst[j], wy*float32(by.q[j])*partialWeight)
						}
					}
				case altMany:
					var um uint64
					for _, mt := range s.many[a.lo:a.hi] {
						b := &blk[mt.t]
						w := mt.w
						um |= b.mask
						for x := b.mask; x != 0; x &= x - 1 {
							j := bits.TrailingZeros64(x)
							part[j] += w * float32(b.q[j])
							cnt[j]++
						}
					}
					bm |= um
					for x := um; x != 0; x &= x - 1 {
						j := bits.TrailingZeros64(x)
						v := part[j]
						if cnt[j] < a.all {
							v *= partialWeight
						}
						part[j], cnt[j] = 0, 0
						bst[j] = max(bst[j], v)
					}
				}
			}
			accMask |= bm
			if single {
				continue
			}
			for x := bm; x != 0; x &= x - 1 {
				j := bits.TrailingZeros64(x)
				acc[j] += bst[j]
				matched[j] += inc
				bst[j] = 0
			}
		}
		// Coordination; every document scored is a hit in allow.
		if single {
			// Coordination is (1+m)/(1+all) = 1.
			for x := accMask; x != 0; x &= x - 1 {
				j := bits.TrailingZeros64(x)
				a := bst[j]
				bst[j] = 0
				ord := base | uint32(j)
				candOrd[nc], candScore[nc] = ord, a
				nc++
				best = max(best, math.Float32bits(a))
			}
			block = next
			continue
		}
		for x := accMask; x != 0; x &= x - 1 {
			j := bits.TrailingZeros64(x)
			m, sum := matched[j], acc[j]
			acc[j], matched[j] = 0, 0
			a := sum * coord[m]
			candOrd[nc], candScore[nc] = base|uint32(j), a
			nc++
			best = max(best, math.Float32bits(a))
		}
		block = next
	}

	if need && fulls == 0 {
		// No document matches every concept: those matching any are hits.
		s.release()
		return t.score(pq, false, allow)
	}
	if need {
		s.set, s.full = s.full, s.set
	}
	scale := 10 / math.Float32frombits(best)
	hits := s.hits[:cap(s.hits)]
	if len(hits) < nc {
		hits = make([]int32, len(candOrd))
	}
	tenths := s.tenths
	for i, ord := range candOrd[:nc] {
		q := max(int32(candScore[i]*scale+0.5), 1)
		slot := slotOf[ord]
		tenths[slot] = uint8(q)
		hits[i] = slot
	}
	s.hits = hits[:nc]
	return s
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

func b2i(b bool) int {
	n := 0
	if b {
		n = 1
	}
	return n
}
