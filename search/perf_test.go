package search_test

import (
	"sync"
	"syscall"
	"testing"
	"time"

	"lotse/demo"
	"lotse/search"
)

// The speed of searches on 100,000 synthetic offers (demo.Synthetic), the
// judged queries with and without filters, the result cache off.

var (
	synthOnce sync.Once
	synthIx   *search.Index
	synthQs   []search.Query
)

func synthIndex(b *testing.B) (*search.Index, []search.Query) {
	synthOnce.Do(func() {
		today := time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)
		centres, _ := demo.Network(today)
		names := make(map[string]string)
		for _, c := range centres {
			names[c.Slug] = c.Name
		}
		offers := demo.Synthetic(today, 100000, 1)
		synthIx = search.New()
		batch := make([]search.Doc, 0, 1024)
		for _, o := range offers {
			batch = append(batch, search.DocFromOffer(o, names[o.Centre], today))
			if len(batch) == cap(batch) {
				synthIx.Put(batch...)
				batch = batch[:0]
			}
		}
		synthIx.Put(batch...)
		synthIx.SetCacheSize(0)

		judged := search.ReadJudged(b)
		filters := []map[string][]string{nil, {search.FacetFormat: {"workshop", "webinar"}}, {search.FacetState: {"DE-NI"}, search.FacetMode: {"praesenz"}}}
		for i, q := range judged {
			synthQs = append(synthQs, search.Query{Text: q.Query, Now: today, Limit: 20, Filters: filters[i%len(filters)]})
		}
	})
	return synthIx, synthQs
}

// BenchmarkJudgedQueries100k runs the judged queries one after another.
func BenchmarkJudgedQueries100k(b *testing.B) {
	ix, qs := synthIndex(b)
	cpu0 := cpuTime()
	i := 0
	for b.Loop() {
		ix.Search(qs[i%len(qs)])
		i++
	}
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
