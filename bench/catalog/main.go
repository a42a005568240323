// Command catalog benchmarks the offer catalogue at scale, end to end with
// the real binary: it generates N offers, imports them with "lotse import"
// into a fresh SQLite database, starts "lotse serve", and loads a filtered
// offer-list page and the same API call with C concurrent clients. A plain Go
// hello-world server measured in the same run is the throughput baseline.
//
//	go run ./bench/catalog                # 100,000 offers, 50 clients
//	go run ./bench/catalog -n 20000 -d 5s
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"lotse/demo"
	"lotse/exchange"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run() error {
	n := flag.Int("n", 100000, "number of offers")
	clients := flag.Int("c", 50, "concurrent clients")
	dur := flag.Duration("d", 10*time.Second, "duration of each load phase")
	runs := flag.Int("runs", 3, "rounds of the three load phases; medians are reported")
	hello := flag.String("hello", "", "internal: serve hello world on this address")
	variety := flag.Int("variety", 2000, "number of different filter combinations requested (more than the server's result cache holds)")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the server during the list-page phase to this file")
	heapProfile := flag.String("heapprofile", "", "write a heap profile of the server after the load to this file")
	keep := flag.String("dir", "", "work in this directory and keep it; a second run with the same directory skips generating and importing")
	flag.Parse()
	if *hello != "" {
		return http.ListenAndServe(*hello, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			io.WriteString(w, "Hello, world!\n")
		}))
	}

	dir := *keep
	if dir == "" {
		tmp, err := os.MkdirTemp("", "lotse-bench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	bin := filepath.Join(dir, "lotse")
	fmt.Println("== building lotse")
	if out, err := exec.Command("go", "build", "-o", bin, "./cmd/lotse").CombinedOutput(); err != nil {
		return fmt.Errorf("build (run from the repository root): %v\n%s", err, out)
	}

	var importTime time.Duration
	if _, err := os.Stat(filepath.Join(dir, "data")); err == nil && *keep != "" {
		fmt.Printf("== reusing the offers imported into %s\n", dir)
	} else {
		fmt.Printf("== generating %d offers\n", *n)
		file := filepath.Join(dir, "offers.json")
		if err := writeOffers(file, *n); err != nil {
			return err
		}
		fi, _ := os.Stat(file)
		fmt.Printf("   %s, %.1f MB\n", file, float64(fi.Size())/1e6)

		fmt.Println("== lotse import")
		start := time.Now()
		cmd := exec.Command(bin, "import", "--data", filepath.Join(dir, "data"), file)
		cmd.Stdout, cmd.Stderr = os.Stdout, io.Discard
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("import: %w", err)
		}
		importTime = time.Since(start)
		fmt.Printf("   import of %d offers: %.1f s (target < 60 s)\n", *n, importTime.Seconds())
	}

	addr := freeAddr()
	pprofAddr := freeAddr()
	srv := exec.Command(bin, "serve", "--data", filepath.Join(dir, "data"), "--demo=false", "--addr", addr, "--pprof", pprofAddr)
	srv.Stdout, srv.Stderr = io.Discard, io.Discard
	start := time.Now()
	if err := srv.Start(); err != nil {
		return err
	}
	defer srv.Process.Kill()
	if err := waitUp("http://" + addr + "/healthz"); err != nil {
		return err
	}
	fmt.Printf("   server up after %.1f s (index of %d offers built)\n", time.Since(start).Seconds(), *n)

	helloAddr := freeAddr()
	self, _ := os.Executable()
	hs := exec.Command(self, "-hello", helloAddr)
	if err := hs.Start(); err != nil {
		return err
	}
	defer hs.Process.Kill()
	if err := waitUp("http://" + helloAddr + "/"); err != nil {
		return err
	}

	base := "http://" + addr
	pages, calls := requests(base, *variety)
	phases := []struct {
		name string
		urls []string
	}{
		{"hello world (baseline)", []string{"http://" + helloAddr + "/"}},
		{fmt.Sprintf("offer list page, %d filter combinations, e.g. %s", len(pages), strings.TrimPrefix(pages[0], base)), pages},
		{fmt.Sprintf("API, the same %d combinations, e.g. %s", len(calls), strings.TrimPrefix(calls[0], base)), calls},
	}
	// Each round runs every phase once; the summary takes each figure's
	// median over the rounds, and the ratio to hello world within a round.
	rounds := make([][]result, *runs)
	for k := range rounds {
		rounds[k] = make([]result, len(phases))
		for i, p := range phases {
			load(p.urls, *clients, time.Second) // warm up
			if k == 0 && i == 1 && *cpuProfile != "" {
				done := profile(pprofAddr, *dur-time.Second, *cpuProfile)
				defer func() { <-done }()
			}
			r := load(p.urls, *clients, *dur)
			rounds[k][i] = r
			rss, _, _ := memory(srv.Process.Pid)
			fmt.Printf("== round %d: %s\n   %d requests, %.0f req/s, p50 %.2f ms, p99 %.2f ms, errors %d; server RSS %.0f MB\n",
				k+1, p.name, r.n, r.rps, ms(r.p50), ms(r.p99), r.errors, rss/1e6)
		}
	}
	if *heapProfile != "" {
		if err := fetch("http://"+pprofAddr+"/debug/pprof/heap", *heapProfile); err != nil {
			fmt.Fprintln(os.Stderr, "heap profile:", err)
		}
	}
	rss, hwm, mapped := memory(srv.Process.Pid)
	fmt.Println("== summary")
	if importTime > 0 {
		fmt.Printf("import: %.1f s for %d offers (target < 60 s)\n", importTime.Seconds(), *n)
	}
	fmt.Printf("medians of %d rounds; hello world %.0f req/s\n", *runs, median(rounds, func(r []result) float64 { return r[0].rps }))
	for _, i := range []int{1, 2} {
		fmt.Printf("%-10s p50 %.2f ms (target < 10), p99 %.2f ms (target < 50), %.0f req/s = %.1f%% of hello world (target ≥ 10%%)\n",
			[]string{"", "page:", "api:"}[i],
			median(rounds, func(r []result) float64 { return ms(r[i].p50) }),
			median(rounds, func(r []result) float64 { return ms(r[i].p99) }),
			median(rounds, func(r []result) float64 { return r[i].rps }),
			median(rounds, func(r []result) float64 { return 100 * r[i].rps / r[0].rps }))
	}
	fmt.Printf("server memory: RSS %.0f MB now, peak %.0f MB (target < 150 MB); of it mapped files (the binary) %.0f MB; Go heap in use %s, idle and not yet returned %s, stacks %s\n",
		rss/1e6, hwm/1e6, mapped/1e6, metric(base, "go_memstats_heap_inuse_bytes"), metric(base, "go_memstats_heap_idle_bytes", "go_memstats_heap_released_bytes"), metric(base, "go_memstats_stack_sys_bytes"))
	return nil
}

func writeOffers(path string, n int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	today := time.Now()
	centres, _ := demo.Network(today)
	w := exchange.NewWriter(f)
	w.Centres(centres)
	for _, o := range demo.Synthetic(today, n, 1) {
		w.Offer(o)
	}
	return w.Close()
}

type result struct {
	n, errors int
	rps       float64
	p50, p99  time.Duration
}

// requests returns n filtered offer-list page URLs and the same filters as
// API calls (demo.ListFilters).
func requests(base string, n int) (pages, calls []string) {
	for _, f := range demo.ListFilters(n) {
		pages, calls = append(pages, base+f.PagePath()), append(calls, base+f.APIPath())
	}
	return pages, calls
}

// load requests the urls in turn from c clients for d and returns the latencies.
func load(urls []string, c int, d time.Duration) result {
	tr := &http.Transport{MaxIdleConnsPerHost: c, MaxConnsPerHost: c}
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	defer tr.CloseIdleConnections()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	var mu sync.Mutex
	var all []time.Duration
	var errs atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for i := range c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lat := make([]time.Duration, 0, 4096)
			for k := i * len(urls) / c; ctx.Err() == nil; k++ {
				t := time.Now()
				resp, err := client.Get(urls[k%len(urls)])
				if err != nil {
					if !errors.Is(err, context.DeadlineExceeded) {
						errs.Add(1)
					}
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					errs.Add(1)
				}
				lat = append(lat, time.Since(t))
			}
			mu.Lock()
			all = append(all, lat...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	el := time.Since(start)
	slices.Sort(all)
	r := result{n: len(all), errors: int(errs.Load()), rps: float64(len(all)) / el.Seconds()}
	if len(all) > 0 {
		r.p50 = all[len(all)/2]
		r.p99 = all[len(all)*99/100]
	}
	return r
}

// profile fetches a CPU profile of the server over d into file, in the
// background; the channel closes when it is written.
func profile(addr string, d time.Duration, file string) chan struct{} {
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := fetch(fmt.Sprintf("http://%s/debug/pprof/profile?seconds=%d", addr, int(d.Seconds())), file); err != nil {
			fmt.Fprintln(os.Stderr, "profile:", err)
		}
	}()
	return done
}

// fetch writes what url answers to file.
func fetch(url, file string) error {
	resp, err := http.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, resp.Body); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// median returns the median of f over the rounds.
func median(rounds [][]result, f func([]result) float64) float64 {
	vs := make([]float64, len(rounds))
	for k, r := range rounds {
		vs[k] = f(r)
	}
	slices.Sort(vs)
	if n := len(vs); n%2 == 0 {
		return (vs[n/2-1] + vs[n/2]) / 2
	}
	return vs[len(vs)/2]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func freeAddr() string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func waitUp(url string) error {
	for range 600 {
		if resp, err := http.Get(url); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("%s did not come up", url)
}

// memory returns the current and peak resident set size of a process in
// bytes, and how much of it is mapped files.
func memory(pid int) (rss, hwm, file float64) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0, 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 {
			continue
		}
		kb, _ := strconv.ParseFloat(fields[1], 64)
		switch fields[0] {
		case "VmRSS:":
			rss = kb * 1024
		case "VmHWM:":
			hwm = kb * 1024
		case "RssFile:":
			file = kb * 1024
		}
	}
	return rss, hwm, file
}

// metric reads a gauge from the server's /metrics, less the other gauges
// named, in MB.
func metric(base, name string, minus ...string) string {
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		return "?"
	}
	defer resp.Body.Close()
	values := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), " "); ok && !strings.HasPrefix(k, "#") {
			values[k], _ = strconv.ParseFloat(v, 64)
		}
	}
	v, ok := values[name]
	if !ok {
		return "?"
	}
	for _, m := range minus {
		v -= values[m]
	}
	return fmt.Sprintf("%.0f MB", v/1e6)
}
