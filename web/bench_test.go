package web

import (
	"context"
	"flag"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"lotse/demo"
	"lotse/store"
)

var memProfile = flag.String("catalogue-heap", "", "write a heap profile of the loaded catalogue to this file")

// BenchmarkOfferList measures the filtered offer-list page and API call on
// 100,000 offers in SQLite, in process (bench/catalog measures over HTTP).
func BenchmarkOfferList(b *testing.B) {
	ctx := context.Background()
	st, err := store.Open(ctx, "sqlite:"+filepath.Join(b.TempDir(), "lotse.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	now := time.Now()
	centres, _ := demo.Network(now)
	if _, err := st.Import(ctx, centres, demo.Synthetic(now, 100000, 1), false, nil); err != nil {
		b.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	srv, err := New(ctx, Config{}, st, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.Logf("catalogue of 100,000 offers holds %.0f MB of heap", float64(after.HeapAlloc-before.HeapAlloc)/1e6)
	if *memProfile != "" {
		f, _ := os.Create(*memProfile)
		pprof.WriteHeapProfile(f)
		f.Close()
	}
	// 2,000 filter combinations, more than the result cache holds, as in
	// bench/catalog.
	filters := demo.ListFilters(2000)
	for _, kind := range []struct {
		name string
		path func(demo.ListFilter) string
	}{{"page", demo.ListFilter.PagePath}, {"api", demo.ListFilter.APIPath}} {
		b.Run(kind.name, func(b *testing.B) {
			start := cpuTime()
			defer func() { b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op") }()
			i := 0
			for b.Loop() {
				w := httptest.NewRecorder()
				srv.ServeHTTP(w, httptest.NewRequest("GET", kind.path(filters[i%len(filters)]), nil))
				if w.Code != 200 {
					b.Fatal(w.Code)
				}
				i++
			}
		})
		// 50 clients at once, as in bench/catalog: adds contention and the
		// collector's share.
		b.Run(kind.name+"/parallel", func(b *testing.B) {
			start := cpuTime()
			defer func() { b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op") }()
			var next atomic.Int64
			b.SetParallelism(25)
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					w := httptest.NewRecorder()
					srv.ServeHTTP(w, httptest.NewRequest("GET", kind.path(filters[int(next.Add(1))%len(filters)]), nil))
					if w.Code != 200 {
						b.Error(w.Code)
					}
				}
			})
		})
	}
}

// cpuTime is the process's user and system CPU time, a steadier measure
// than wall time on a busy machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
