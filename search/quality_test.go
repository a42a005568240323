package search_test

import (
	"math"
	"sort"
	"testing"
	"time"

	"lotse/demo"
	"lotse/search"
)

// The quality floor on the judged query set (testdata/judged.json) over the
// demo corpus. go run ./bench/search prints the full table, with SQLite FTS5
// and PostgreSQL beside ours.
const (
	minOverall = 0.85 // nDCG@10 over all queries
	minKind    = 0.70 // nDCG@10 of each kind of query
)

func TestJudgedQueriesMeetQualityFloor(t *testing.T) {
	judged := search.ReadJudged(t)
	if len(judged) < 50 {
		t.Fatalf("got %d judged queries, want at least 50", len(judged))
	}
	today := time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)
	centres, offers := demo.Network(today)
	ix := search.New()
	ix.Put(search.DocsFromOffers(offers, centres, today)...)

	sum := make(map[string]float64)
	n := make(map[string]int)
	for _, q := range judged {
		var ids []string
		for _, h := range ix.Search(search.Query{Text: q.Query, Now: today, Limit: 10}).Hits {
			ids = append(ids, h.ID)
		}
		v := ndcg10(ids, q.Relevant)
		for _, k := range []string{q.Kind, "overall"} {
			sum[k] += v
			n[k]++
		}
		if v < 0.3 {
			t.Logf("weak: %s %q nDCG@10 %.2f", q.Kind, q.Query, v)
		}
	}
	for k, s := range sum {
		got, floor := s/float64(n[k]), minKind
		if k == "overall" {
			floor = minOverall
		}
		t.Logf("%-16s nDCG@10 %.3f (%d queries)", k, got, n[k])
		if got < floor {
			t.Errorf("%s: nDCG@10 %.3f, want at least %.2f", k, got, floor)
		}
	}
}

// ndcg10 uses gains 2^grade-1 and the ideal order of all judged offers.
func ndcg10(ids []string, rel map[string]int) float64 {
	gain := func(g int) float64 { return math.Pow(2, float64(g)) - 1 }
	var dcg, idcg float64
	for i, id := range ids[:min(10, len(ids))] {
		dcg += gain(rel[id]) / math.Log2(float64(i+2))
	}
	var grades []int
	for _, g := range rel {
		grades = append(grades, g)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(grades)))
	for i, g := range grades[:min(10, len(grades))] {
		idcg += gain(g) / math.Log2(float64(i+2))
	}
	if idcg == 0 {
		return 0
	}
	return dcg / idcg
}
