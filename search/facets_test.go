package search

import (
	"fmt"
	"lotse/demo"
	"maps"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// randomDocs returns n documents with random facet values: several topics
// and audiences each, one format, centre, state and mode, some missing.
// Centres come from a pool larger than a facet column holds.
func randomDocs(rng *rand.Rand, n, centres int) []Doc {
	pick := func(prefix string, k, most int) []string {
		var vs []string
		for range rng.IntN(most + 1) {
			v := fmt.Sprintf("%s%d", prefix, rng.IntN(k))
			if !slices.Contains(vs, v) {
				vs = append(vs, v)
			}
		}
		return vs
	}
	docs := make([]Doc, n)
	for i := range docs {
		docs[i] = Doc{ID: fmt.Sprintf("d%05d", i), Title: "Angebot", Values: map[string][]string{
			FacetTopic: pick("t", 15, 3), FacetAudience: pick("a", 5, 2),
			FacetFormat: pick("f", 13, 1), FacetCentre: pick("c", centres, 1),
			FacetState: pick("s", 16, 1), FacetMode: pick("m", 3, 1),
		}, Dates: []time.Time{now.AddDate(0, 0, rng.IntN(400)-100)}}
	}
	return docs
}

// bruteForce computes the expected total and facet counts of q straight
// from the documents.
func bruteForce(docs map[string]Doc, q Query) (int, map[string]map[string]int) {
	passes := func(d Doc, skip string) bool {
		for name, vs := range q.Filters {
			if name != skip && len(vs) > 0 && !slices.ContainsFunc(d.Values[name], func(v string) bool { return slices.Contains(vs, v) }) {
				return false
			}
		}
		return true
	}
	total, facets := 0, map[string]map[string]int{}
	for _, name := range Facets {
		facets[name] = map[string]int{}
	}
	for _, d := range docs {
		if passes(d, "") {
			total++
		}
		for _, name := range Facets {
			if passes(d, name) {
				for _, v := range d.Values[name] {
					facets[name][v]++
				}
			}
		}
	}
	return total, facets
}

// TestFacetCountsMatchBruteForce checks the counts of both counting paths
// (dense and sparse, see facets.go) against a recount from the documents,
// on broad and narrow filters, after updates and deletes, with one facet
// wider than a column.
func TestFacetCountsMatchBruteForce(t *testing.T) {
	defer func(c int) { sparseDocCost = c }(sparseDocCost)
	for _, cost := range []int{sparseDocCost, 0, 1 << 30} { // as tuned, always sparse, always dense
		sparseDocCost = cost
		testFacetCounts(t, 0)
	}
	testFacetCounts(t, 1024) // with the result and facet caches
}

func testFacetCounts(t *testing.T, cache int) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, centres := range []int{11, 40} {
		ix := New()
		ix.SetCacheSize(cache)
		docs := map[string]Doc{}
		for _, d := range randomDocs(rng, 3000, centres) {
			docs[d.ID] = d
		}
		ix.Put(slices.Collect(maps.Values(docs))...)
		// Replace and delete some, so slots are reused.
		for i, d := range randomDocs(rng, 400, centres) {
			d.ID = fmt.Sprintf("d%05d", rng.IntN(3000))
			if i%3 == 0 {
				ix.Delete(d.ID)
				delete(docs, d.ID)
				continue
			}
			ix.Put(d)
			docs[d.ID] = d
		}
		for i := range 100 {
			q := Query{Now: now, Filters: map[string][]string{}}
			for _, name := range Facets {
				if rng.IntN(3) == 0 {
					continue
				}
				var vs []string
				for range 1 + rng.IntN(2) {
					d := docs[fmt.Sprintf("d%05d", rng.IntN(3000))]
					vs = append(vs, d.Values[name]...)
				}
				q.Filters[name] = vs
			}
			if i%10 == 0 {
				q.Filters = nil
			}
			check := func(q Query) {
				t.Helper()
				res := ix.Search(q)
				total, facets := bruteForce(docs, q)
				if res.Total != total {
					t.Fatalf("%d centres, %v: total %d, want %d", centres, q.Filters, res.Total, total)
				}
				if !maps.EqualFunc(res.Facets, facets, maps.Equal) {
					t.Fatalf("%d centres, %v:\ngot  %v\nwant %v", centres, q.Filters, res.Facets, facets)
				}
			}
			check(q)
			// The next page, and one filter changed: cached counts where they hold.
			q.Offset = 10
			check(q)
			name := Facets[rng.IntN(len(Facets))]
			q.Filters = maps.Clone(q.Filters)
			if q.Filters == nil {
				q.Filters = map[string][]string{}
			}
			q.Filters[name] = append(slices.Clone(q.Filters[name]), fmt.Sprintf("%s%d", name[:1], rng.IntN(5)))
			check(q)
		}
	}
}

// TestPagesInDateOrderBothWays checks that picking a page's documents from
// the result gives the same hits as walking the date order, for narrow and
// broad filters and timeless documents that sit far down the order.
func TestPagesInDateOrderBothWays(t *testing.T) {
	defer func(w bool) { walkFirst = w }(walkFirst)
	rng := rand.New(rand.NewPCG(3, 4))
	ix := New()
	ix.SetCacheSize(0)
	docs := randomDocs(rng, 3000, 11)
	for i := range docs {
		if docs[i].Values[FacetFormat] = []string{fmt.Sprintf("f%d", i%13)}; i%13 == 0 {
			docs[i].Dates = nil // timeless: after every dated offer
		}
	}
	ix.Put(docs...)
	for range 300 {
		q := Query{Now: now, Filters: map[string][]string{
			FacetTopic: {fmt.Sprintf("t%d", rng.IntN(15))}, FacetMode: {fmt.Sprintf("m%d", rng.IntN(3))},
			FacetFormat: {fmt.Sprintf("f%d", rng.IntN(13))},
		}, Offset: rng.IntN(3) * 10, Limit: 10}
		for _, name := range []string{FacetMode, FacetFormat, FacetTopic} {
			if rng.IntN(2) == 0 {
				delete(q.Filters, name)
			}
		}
		var got [2][]string
		for i, walk := range []bool{true, false} {
			walkFirst = walk
			got[i] = ids(ix.Search(q).Hits)
		}
		if !slices.Equal(got[0], got[1]) {
			t.Fatalf("%v offset %d: walking %v, picking %v", q.Filters, q.Offset, got[0], got[1])
		}
	}
}

// BenchmarkFacetCounts gives the relative costs in facets.go: the dense
// and the sparse path over sets of several sizes.
func BenchmarkFacetCounts(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	ix := New()
	ix.Put(randomDocs(rng, 100000, 11)...)
	for _, n := range []int{500, 5000, 50000} {
		set := bitset{}
		for range n {
			set.set(rng.IntN(100000))
		}
		set = append(set, make(bitset, len(ix.alive)-len(set))...)
		var counts [numFacets][]int32
		for _, path := range []string{"dense", "sparse"} {
			b.Run(fmt.Sprintf("%s/%d", path, n), func(b *testing.B) {
				defer func(c int) { sparseDocCost = c }(sparseDocCost)
				sparseDocCost = map[string]int{"dense": 1 << 30, "sparse": 0}[path]
				for b.Loop() {
					ix.countFacets(&counts, set, []int{0, 1, 2, 3, 4, 5})
				}
			})
		}
	}
}

// BenchmarkListFilters100k runs the offer-list filters of bench/catalog
// (demo.ListFilters) on 100,000 synthetic offers without text: facet counts
// (cached, as in the server) and the page in date order.
func BenchmarkListFilters100k(b *testing.B) {
	today := time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)
	ix := New()
	var docs []Doc
	for _, o := range demo.Synthetic(today, 100000, 1) {
		docs = append(docs, DocFromOffer(o, "", today))
	}
	ix.Put(docs...)
	var qs []Query
	for _, f := range demo.ListFilters(2000) {
		q := Query{Now: today, Filters: map[string][]string{FacetTopic: {f.Topic}}, Offset: 20 * (f.Page - 1), Limit: 20}
		if f.Format != "" {
			q.Filters[FacetFormat] = []string{f.Format}
		}
		if f.Mode != "" {
			q.Filters[FacetMode] = []string{f.Mode}
		}
		qs = append(qs, q)
	}
	for _, walk := range []bool{true, false} {
		b.Run(fmt.Sprintf("walk=%v", walk), func(b *testing.B) {
			defer func(w bool) { walkFirst = w }(walkFirst)
			walkFirst = walk
			i := 0
			for b.Loop() {
				ix.Search(qs[i%len(qs)])
				i++
			}
		})
	}
}
