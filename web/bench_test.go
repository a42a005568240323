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
	for _, path := range []string{
		"/angebote?thema=ki&format=workshop&form=praesenz&seite=2",
		"/api/v1/offers?topic=ki&format=workshop&mode=praesenz&offset=20&limit=20",
	} {
		b.Run(path, func(b *testing.B) {
			start := cpuTime()
			defer func() { b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op") }()
			for b.Loop() {
				w := httptest.NewRecorder()
				srv.ServeHTTP(w, httptest.NewRequest("GET", path, nil))
				if w.Code != 200 {
					b.Fatal(w.Code)
				}
			}
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
