package search

import (
	"fmt"
	"math/bits"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"lotse/demo"
)

// equivIndex is a synthetic catalogue with removed and replaced documents
// (dead ords; with compact, so many that the text index is compacted), and
// queries for it: the judged ones and random mixes of indexed words,
// thesaurus words and misspellings.
// equivIndex builds n documents and removes some; with update, it also
// replaces some, so that ords no longer equal slots.
func equivIndex(t *testing.T, n int, compact, update bool) (*Index, []string) {
	t.Helper()
	today := time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)
	centres, network := demo.Network(today)
	ix := New()
	docs := DocsFromOffers(append(network, demo.Synthetic(today, n, 7)...), centres, today)
	for i := 0; i < len(docs); i += 1000 {
		ix.Put(docs[i:min(i+1000, len(docs))]...)
	}
	r := rand.New(rand.NewPCG(3, 4))
	// Fewer than a quarter removed, so that no compaction drops them,
	// unless asked for.
	removed := len(docs) / 10
	if compact {
		removed = len(docs) / 2
	}
	for range removed {
		ix.Delete(docs[r.IntN(len(docs))].ID)
	}
	for range len(docs) / 20 * b2i(update) {
		d := docs[r.IntN(len(docs))]
		d.Title += " Update"
		ix.Put(d)
	}

	var qs []string
	for _, q := range readJudged(t) {
		qs = append(qs, q.Query)
	}
	var vocab []string
	for w := range ix.text.words {
		vocab = append(vocab, w)
	}
	for w := range synonyms.words {
		vocab = append(vocab, w)
	}
	slices.Sort(vocab)
	for range 300 {
		var ws []string
		for range 1 + r.IntN(5) {
			w := vocab[r.IntN(len(vocab))]
			if r.IntN(6) == 0 && len(w) > 5 { // a typo
				i := 1 + r.IntN(len(w)-2)
				w = w[:i] + w[i+1:]
			}
			ws = append(ws, w)
		}
		q := ws[0]
		for _, w := range ws[1:] {
			q += " " + w
		}
		qs = append(qs, q)
	}
	return ix, qs
}

// TestScoreMatchesReference checks that the block-at-a-time scorer finds
// the same hits with the same scores as the reference, which scores each
// alternative over whole posting lists.
func TestScoreMatchesReference(t *testing.T) {
	n := 20000
	if testing.Short() {
		n = 3000
	}
	for _, c := range []struct{ compact, update bool }{{false, true}, {true, true}, {false, false}} {
		compact := c.compact
		ix, qs := equivIndex(t, n, compact, c.update)
		if (ix.text.moved == 0) == c.update {
			t.Fatalf("update %v: %d ords moved", c.update, ix.text.moved)
		}
		if compact && len(ix.text.slotOf) >= n {
			t.Fatalf("%d ords for %d documents: not compacted", len(ix.text.slotOf), n)
		}
		if ix.text.dead == 0 {
			t.Fatal("no removed documents among the ords")
		}
		compareScores(t, ix, qs)
	}
}

func compareScores(t *testing.T, ix *Index, qs []string) {
	tx := ix.text
	if len(tx.dense) == 0 {
		t.Fatal("no term has dense impacts")
	}
	for _, q := range qs {
		pq := tx.parse(q)
		if len(pq.concepts) == 0 {
			continue
		}
		need := pq.words <= 2
		got := tx.score(pq, need, nil)
		want := tx.refScore(pq)
		tx.refRank(want, pq, need, nil)
		if d := diffHits(got.hits, got.tenths, got.set, want.hits, want.tenths, want.set); d != "" {
			t.Errorf("%q: %s", q, d)
		}
		got.release()
		want.release()
	}
}

func diffHits(gh []int32, gt []uint8, gs bitset, wh []int32, wt []uint8, ws bitset) string {
	g, w := slices.Clone(gh), slices.Clone(wh)
	slices.Sort(g)
	slices.Sort(w)
	if !slices.Equal(g, w) {
		return fmt.Sprintf("got %d hits, want %d", len(g), len(w))
	}
	for _, slot := range w {
		if gt[slot] != wt[slot] {
			return fmt.Sprintf("slot %d: got %d tenths, want %d", slot, gt[slot], wt[slot])
		}
	}
	for i := range ws {
		if gs[i] != ws[i] {
			return fmt.Sprintf("hit sets differ in word %d", i)
		}
	}
	return ""
}

// TestSearchPagesMatchReference checks whole pages of Search against the
// order the reference scores define: tenths descending, then date order,
// for many offsets, limits, filters and date ranges.
func TestSearchPagesMatchReference(t *testing.T) {
	n := 20000
	if testing.Short() {
		n = 3000
	}
	for _, update := range []bool{true, false} {
		ix, qs := equivIndex(t, n, false, update)
		searchPagesMatch(t, ix, qs)
	}
}

func searchPagesMatch(t *testing.T, ix *Index, qs []string) {
	ix.SetCacheSize(0)
	now := time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)
	filters := []map[string][]string{nil, {FacetFormat: {"workshop", "webinar"}}, {FacetState: {"DE-NI"}, FacetMode: {"praesenz"}}, {FacetTopic: {"ki"}}}
	r := rand.New(rand.NewPCG(5, 6))
	for i, text := range qs {
		q := Query{Text: text, Now: now, Filters: filters[i%len(filters)]}
		switch r.IntN(4) {
		case 0:
			q.Offset, q.Limit = 0, 10+r.IntN(20)
		case 1:
			q.Offset, q.Limit = r.IntN(100), 20
		case 2:
			q.Offset, q.Limit = r.IntN(3000), 1+r.IntN(50)
		case 3:
			q.Offset = r.IntN(5)
		}
		if i%5 == 0 {
			q.From, q.To = now.AddDate(0, 0, -r.IntN(30)), now.AddDate(0, 0, r.IntN(90))
		}
		got := ix.Search(q)
		want := refSearch(ix, q)
		if got.Total != want.Total || !slices.Equal(got.Hits, want.Hits) {
			t.Errorf("%q offset %d limit %d %v: got %d hits, total %d, want %d, total %d", text, q.Offset, q.Limit, q.Filters, len(got.Hits), got.Total, len(want.Hits), want.Total)
		}
		if want.Facets != nil && !reflect.DeepEqual(got.Facets, want.Facets) {
			t.Errorf("%q %v: got facets %v, want %v", text, q.Filters, got.Facets, want.Facets)
		}
	}
}

// refSearch is Search for text queries with the reference scorer, sorting
// all hits.
func refSearch(ix *Index, q Query) Result {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	pq := ix.text.parse(q.Text)
	if len(pq.concepts) == 0 {
		return ix.search(q)
	}
	base := slices.Clone(ix.alive)
	if !q.From.IsZero() || !q.To.IsZero() {
		base = and(base, base, ix.inRange(q.From, q.To))
	}
	var accept [numFacets]bitset
	for name, vs := range q.Filters {
		f := facetIndex[name]
		acc := bitset{}
		for _, v := range vs {
			if n, ok := ix.dict[f][v]; ok {
				acc = orInto(acc, ix.bits[f][n])
			}
		}
		accept[f] = acc
	}
	// Scores are relative to the best hit passing the date range and
	// every filter.
	allow := slices.Clone(base)
	for _, acc := range accept {
		if acc != nil {
			allow = and(allow, allow, acc)
		}
	}
	sc := ix.text.refScore(pq)
	defer sc.release()
	ix.text.refRank(sc, pq, pq.words <= 2, allow)
	base = and(base, base, sc.set)
	facets := make(map[string]map[string]int)
	for f, name := range Facets {
		others := slices.Clone(base)
		for g := range accept {
			if g != f && accept[g] != nil {
				others = and(others, others, accept[g])
			}
		}
		m := make(map[string]int)
		for n, vb := range ix.bits[f] {
			if c := countAnd(others, vb); c > 0 {
				m[ix.vals[f][n]] = c
			}
		}
		facets[name] = m
	}
	for _, acc := range accept {
		if acc != nil {
			base = and(base, base, acc)
		}
	}
	order := ix.orderAt(q.Now)
	var keys []uint64
	for w, word := range base {
		for ; word != 0; word &= word - 1 {
			slot := w<<6 | bits.TrailingZeros64(word)
			keys = append(keys, uint64(10-sc.tenths[slot])<<32|uint64(order.pos[slot]))
		}
	}
	slices.Sort(keys)
	res := Result{Total: len(keys), Facets: facets}
	lo := min(max(q.Offset, 0), len(keys))
	hi := len(keys)
	if q.Limit > 0 {
		hi = min(lo+q.Limit, hi)
	}
	for _, key := range keys[lo:hi] {
		slot := order.slots[uint32(key)]
		e := &ix.slots[slot]
		res.Hits = append(res.Hits, Hit{ID: e.id, Score: float64(10-key>>32) / 10, Next: next(e.dates, q.Now)})
	}
	return res
}

// TestDeadOrdPastTheSlots removes a document whose ord lies past every
// slot while no other ord has moved, so that ords are slots again.
func TestDeadOrdPastTheSlots(t *testing.T) {
	ix := New()
	ix.SetCacheSize(0)
	for i := range 64 {
		ix.Put(Doc{ID: fmt.Sprint("d", i), Title: "Datenqualität im Betrieb"})
	}
	ix.Delete("d3")
	ix.Put(Doc{ID: "new", Title: "Datenqualität neu"}) // slot 3, ord 64
	ix.Delete("new")
	if ix.text.moved != 0 || len(ix.text.slotOf) != 65 {
		t.Fatalf("moved %d, %d ords", ix.text.moved, len(ix.text.slotOf))
	}
	if got := ix.Search(Query{Text: "Datenqualität", Now: time.Now()}).Total; got != 63 {
		t.Errorf("got %d hits, want 63", got)
	}
}
