package search

import (
	"slices"
	"sort"
	"strings"

	"lotse"
)

// Suggest returns up to n completions of what a user is typing, for
// search-as-you-type: the last word of prefix is completed from the words of
// the indexed texts (most frequent first; titles of offers whose title starts
// with the prefix come first), the words before it are kept as typed.
func (ix *Index) Suggest(prefix string, n int) []string {
	if n <= 0 || strings.TrimSpace(prefix) == "" {
		return nil
	}
	head, last := "", prefix
	if i := strings.LastIndexAny(prefix, " \t"); i >= 0 {
		head, last = prefix[:i+1], prefix[i+1:]
	}
	fp := fold(prefix)
	fl := fold(last)

	ix.mu.RLock()
	defer ix.mu.RUnlock()
	var out []string
	seen := make(map[string]bool)
	add := func(s string) bool {
		k := strings.ToLower(s)
		if !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
		return len(out) >= n
	}
	// Whole titles that start with what was typed.
	if len(fp) >= 3 {
		var titles []string
		for ord, slot := range ix.text.slotOf {
			if slot < 0 {
				continue
			}
			if title := string(ix.text.title(ord)); title != "" && strings.HasPrefix(fold(title), fp) {
				titles = append(titles, title)
				if len(titles) >= 4*n {
					break
				}
			}
		}
		sort.Slice(titles, func(i, j int) bool { return len(titles[i]) < len(titles[j]) })
		for _, t := range titles[:min(len(titles), (n+1)/2)] {
			if add(t) {
				return out
			}
		}
	}
	if fl == "" {
		return out
	}
	type cand struct {
		w string
		n int32
	}
	var cs []cand
	for w, wi := range ix.text.words {
		if strings.HasPrefix(w, fl) && w != fl && !stopwords[w] && len(w) > 2 {
			cs = append(cs, cand{wi.display, wi.n})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].n != cs[j].n {
			return cs[i].n > cs[j].n
		}
		return cs[i].w < cs[j].w
	})
	for _, c := range cs {
		if add(head + c.w) {
			break
		}
	}
	return out
}

// Related returns up to n topic slugs that fit the query text, most fitting
// first, for a page that found nothing under the user's filters: the topics
// of the best hits without filters, then topics whose label shares a word
// with the query.
func (ix *Index) Related(text string, n int) []string {
	res := ix.Search(Query{Text: text, Limit: 30})
	score := make(map[string]float64)
	ix.mu.RLock()
	topics := ix.topics
	if topics == nil {
		topics = lotse.Topics
	}
	for rank, h := range res.Hits {
		slot, ok := ix.byID[h.ID]
		if !ok {
			continue
		}
		f := facetIndex[FacetTopic]
		for n, b := range ix.bits[f] {
			if b.has(slot) {
				score[ix.vals[f][n]] += h.Score / float64(rank+1)
			}
		}
	}
	ix.mu.RUnlock()
	stems, _, _ := analysePhrase(text)
	for _, t := range topics {
		ls, _, _ := analysePhrase(t.Label + " " + t.Slug)
		for _, s := range stems {
			if slices.Contains(ls, s) {
				score[t.Slug] += 1
			}
		}
	}
	var slugs []string
	for s := range score {
		if topics.Has(s) {
			slugs = append(slugs, s)
		}
	}
	sort.Slice(slugs, func(i, j int) bool {
		if score[slugs[i]] != score[slugs[j]] {
			return score[slugs[i]] > score[slugs[j]]
		}
		return slugs[i] < slugs[j]
	})
	return slugs[:min(len(slugs), n)]
}

// Span is a byte range [Start, End) of a text.
type Span struct {
	Start, End int
}

// Highlight returns the spans of text that match query: words with the same
// stem as a query word, its synonyms or corrections, and compounds that
// contain one of them. Spans are ascending and do not overlap; the caller
// escapes and marks them (e.g. with <mark>).
func (ix *Index) Highlight(text, query string) []Span {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	t := ix.text
	pq := t.parse(query)
	want := make(map[int32]bool)
	for _, c := range pq.concepts {
		for _, a := range c.alts {
			for _, t := range a.terms {
				if t >= 0 {
					want[t] = true
				}
			}
		}
	}
	if len(want) == 0 {
		return nil
	}
	hit := func(w string) bool {
		if want[t.termID(stem(w))] {
			return true
		}
		for _, p := range t.querySplit(w) {
			if want[t.termID(stem(p))] {
				return true
			}
		}
		return false
	}
	var spans []Span
	for _, tk := range tokenize(text) {
		if tk.joined || stopwords[tk.word] && !tk.part || !hit(tk.word) {
			continue
		}
		if k := len(spans) - 1; k >= 0 && spans[k].End >= tk.start {
			spans[k].End = max(spans[k].End, tk.end)
			continue
		}
		spans = append(spans, Span{tk.start, tk.end})
	}
	return spans
}
