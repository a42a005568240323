package search

import (
	_ "embed"
	"math"
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
			if slicesEqual(a.terms, b.terms) {
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

func slicesEqual(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
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
	consider := func(v string, n int32) {
		if v == w {
			return
		}
		if d := distance(w, v, maxd); d <= maxd {
			cs = append(cs, cand{v, d, n})
		}
	}
	for l := max(len(w)-maxd, 0); l <= len(w)+maxd && l < len(t.byLen); l++ {
		for _, v := range t.byLen[l] {
			consider(v, t.words[v].n)
		}
	}
	for v := range synonyms.words {
		if _, ok := t.words[v]; !ok && len(v) >= len(w)-maxd && len(v) <= len(w)+maxd {
			consider(v, 0)
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
	if abs(len(a)-len(b)) > max {
		return max + 1
	}
	var rows [3][64]int
	if len(b) >= 63 {
		return max + 1
	}
	prev2, prev, cur := rows[0][:len(b)+1], rows[1][:len(b)+1], rows[2][:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		lo := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
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
		if lo > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
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

// scorer holds per-slot accumulators for one query, reused through a pool.
type scorer struct {
	acc, best, part []float32
	cnt, matched    []uint8
	touched         []uint32
	ctouched        []uint32
	atouched        []uint32
	concepts        int
	max, scale      float32
}

var scorers sync.Pool

func newScorer(n int) *scorer {
	if s, ok := scorers.Get().(*scorer); ok && len(s.acc) >= n {
		return s
	}
	return &scorer{
		acc: make([]float32, n), best: make([]float32, n), part: make([]float32, n),
		cnt: make([]uint8, n), matched: make([]uint8, n),
	}
}

func (s *scorer) release() {
	for _, slot := range s.touched {
		s.acc[slot], s.matched[slot] = 0, 0
	}
	s.touched = s.touched[:0]
	s.max, s.scale, s.concepts = 0, 0, 0
	scorers.Put(s)
}

// score accumulates the BM25F scores of the query's concepts. The caller
// holds mu.
func (t *textIndex) score(pq parsedQuery) *scorer {
	s := newScorer(len(t.slotOf))
	s.concepts = 0
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
	for _, c := range pq.concepts {
		s.ctouched = s.ctouched[:0]
		for _, a := range c.alts {
			if len(a.terms) == 1 {
				term := a.terms[0]
				w := float32(a.weight * idf(term) * impactStep)
				d := t.post[term].data
				var ord uint32
				for i := 0; i < len(d); {
					gap, q, next := nextPosting(d, i)
					i, ord = next, ord+gap
					v := w * float32(q)
					if s.best[ord] == 0 {
						s.ctouched = append(s.ctouched, ord)
					}
					if v > s.best[ord] {
						s.best[ord] = v
					}
				}
				continue
			}
			s.atouched = s.atouched[:0]
			for _, term := range a.terms {
				if term < 0 {
					continue
				}
				w := float32(a.weight * idf(term) / float64(len(a.terms)) * impactStep)
				d := t.post[term].data
				var ord uint32
				for i := 0; i < len(d); {
					gap, q, next := nextPosting(d, i)
					i, ord = next, ord+gap
					if s.cnt[ord] == 0 {
						s.atouched = append(s.atouched, ord)
					}
					s.part[ord] += w * float32(q)
					s.cnt[ord]++
				}
			}
			for _, slot := range s.atouched {
				v := s.part[slot]
				if int(s.cnt[slot]) < len(a.terms) {
					v *= partialWeight
				}
				s.part[slot], s.cnt[slot] = 0, 0
				if s.best[slot] == 0 {
					s.ctouched = append(s.ctouched, slot)
				}
				if v > s.best[slot] {
					s.best[slot] = v
				}
			}
		}
		for _, slot := range s.ctouched {
			if s.acc[slot] == 0 {
				s.touched = append(s.touched, slot)
			}
			s.acc[slot] += s.best[slot]
			if !c.generic {
				s.matched[slot]++
			}
			s.best[slot] = 0
		}
	}
	for _, ord := range s.touched {
		if t.slotOf[ord] < 0 {
			s.acc[ord] = 0 // removed
		}
	}
	for _, slot := range s.touched {
		s.acc[slot] *= float32(1+int(s.matched[slot])) / float32(1+s.concepts)
		s.max = max(s.max, s.acc[slot])
	}
	if s.max > 0 {
		s.scale = 10 / s.max
	}
	return s
}

// final returns the score of slot relative to the best hit, rounded to a
// tenth so that hits of about equal relevance are ordered by date; 0 for a
// hit weaker than minRelative of the best, which is not shown.
func (s *scorer) final(slot uint32) float32 {
	q := float32(int32(s.acc[slot]*s.scale+0.5)) / 10
	if q < minRelative {
		return 0
	}
	return q
}

// minRelative is the least score, relative to the best hit, that a hit
// needs to be shown.
const minRelative = 0.2
