// Command search measures the offer search: quality on the judged query set
// (nDCG@10 and recall@10 per kind of query) for our engine, SQLite FTS5 and
// PostgreSQL's German full-text search on the same demo corpus, then speed,
// build time and memory of our engine on a synthetic catalogue.
//
//	go run ./bench/search                     # everything
//	go run ./bench/search -pg ''              # without PostgreSQL
//	go run ./bench/search -n 0                # quality only
//	go run ./bench/search -quality=false      # speed only
//
// The speed test prints the build time, the heap the index holds, the CPU
// time per search of one client (median of five rounds over the judged
// queries, two thirds of them with filters, and two queries without text),
// and the latencies and CPU per search of 50 concurrent clients, first with
// the result cache off (every search computed), then on.
//
// PostgreSQL is used through a throwaway schema that is dropped at the end.
package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode"

	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"lotse/demo"
	"lotse/search"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "bench/search:", err)
		os.Exit(1)
	}
}

// Judged is the judged query set in search/testdata/judged.json.
type Judged struct {
	Queries []struct {
		Kind     string         `json:"kind"`
		Query    string         `json:"query"`
		Relevant map[string]int `json:"relevant"`
	} `json:"queries"`
}

// engine answers a query with the IDs of its best ten offers.
type engine struct {
	name   string
	search func(q string) ([]string, error)
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	judgedPath := fs.String("judged", "search/testdata/judged.json", "judged query set")
	pgURL := fs.String("pg", "postgres://postgres@127.0.0.1:5432/test?sslmode=disable", "PostgreSQL URL; empty skips PostgreSQL")
	n := fs.Int("n", 100000, "offers in the synthetic catalogue for the speed test; 0 skips it")
	clients := fs.Int("clients", 50, "concurrent clients in the speed test")
	dur := fs.Duration("d", 10*time.Second, "length of the concurrent speed test")
	verbose := fs.Bool("v", false, "print each query's figures")
	explain := fs.String("explain", "", "print our top ten for this judged query and stop")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the speed test to this file")
	slow := fs.Bool("slow", false, "print the slowest queries of the one-client run")
	withQuality := fs.Bool("quality", true, "measure the quality on the judged queries")
	if err := fs.Parse(args); err != nil {
		return err
	}
	today := time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)

	var judged Judged
	b, err := os.ReadFile(*judgedPath)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, &judged); err != nil {
		return fmt.Errorf("read %s: %w", *judgedPath, err)
	}
	centres, offers := demo.Network(today)
	docs := search.DocsFromOffers(offers, centres, today)
	fmt.Fprintf(out, "corpus: demo.Network, %d offers; %d judged queries\n\n", len(offers), len(judged.Queries))

	ix := search.New()
	ix.Put(docs...)
	if *explain != "" {
		rel := map[string]int{}
		for _, q := range judged.Queries {
			if q.Query == *explain {
				rel = q.Relevant
			}
		}
		title := map[string]string{}
		for _, o := range offers {
			title[o.ID] = o.Title
		}
		res := ix.Search(search.Query{Text: *explain, Now: today, Limit: 10})
		fmt.Fprintf(out, "total %d, suggestion %q\n", res.Total, res.Suggestion)
		for _, h := range res.Hits {
			fmt.Fprintf(out, "%d %.1f %-45s %s\n", rel[h.ID], h.Score, h.ID, title[h.ID])
		}
		return nil
	}
	engines := []engine{{"lotse", func(q string) ([]string, error) {
		var ids []string
		for _, h := range ix.Search(search.Query{Text: q, Now: today, Limit: 10}).Hits {
			ids = append(ids, h.ID)
		}
		return ids, nil
	}}}

	var fts *ftsIndex
	if *withQuality || os.Getenv("POOL") != "" {
		fts, err = openFTS5(docs)
		if err != nil {
			return fmt.Errorf("sqlite fts5: %w", err)
		}
		defer fts.Close()
		engines = append(engines,
			engine{"fts5-and", func(q string) ([]string, error) { return fts.search(q, " ") }},
			engine{"fts5-or", func(q string) ([]string, error) { return fts.search(q, " OR ") }},
		)
	}
	if *pgURL != "" && (*withQuality || os.Getenv("POOL") != "") {
		pg, err := openPostgres(*pgURL, docs)
		if err != nil {
			return fmt.Errorf("postgresql: %w", err)
		}
		defer pg.Close()
		engines = append(engines,
			engine{"pg-and", func(q string) ([]string, error) { return pg.search(q, false) }},
			engine{"pg-or", func(q string) ([]string, error) { return pg.search(q, true) }},
		)
	}
	if os.Getenv("POOL") != "" { // list unjudged offers among every engine's top five
		title := map[string]string{}
		for _, o := range offers {
			title[o.ID] = o.Title + " | " + o.Summary
		}
		for _, q := range judged.Queries {
			seen := map[string]bool{}
			for _, e := range engines {
				ids, _ := e.search(q.Query)
				for _, id := range ids[:min(5, len(ids))] {
					if _, ok := q.Relevant[id]; !ok && !seen[title[id]] {
						seen[title[id]] = true
						fmt.Fprintf(out, "%s\t%s\t%s\n", q.Query, id, title[id])
					}
				}
			}
		}
		return nil
	}
	if *withQuality {
		if err := quality(out, judged, engines, *verbose); err != nil {
			return err
		}
	}
	if *n > 0 {
		docs, offers, fts = nil, nil, nil
		return speed(out, today, *n, *clients, *dur, judged, *cpuprofile, *slow)
	}
	return nil
}

// quality prints nDCG@10 and recall@10 per kind and overall for each engine.
func quality(out io.Writer, judged Judged, engines []engine, verbose bool) error {
	type sums struct{ ndcg, recall, capped float64 }
	var kinds []string
	per := make([]map[string]*sums, len(engines))
	count := make(map[string]int)
	for i := range engines {
		per[i] = make(map[string]*sums)
	}
	for _, q := range judged.Queries {
		if count[q.Kind] == 0 {
			kinds = append(kinds, q.Kind)
		}
		count[q.Kind]++
		count["overall"]++
		for i, e := range engines {
			ids, err := e.search(q.Query)
			if err != nil {
				return fmt.Errorf("%s: %q: %w", e.name, q.Query, err)
			}
			nd, rec, capped := score(ids, q.Relevant)
			if verbose {
				fmt.Fprintf(out, "%-9s %-16s %-55q nDCG %.2f  R %.2f\n", e.name, q.Kind, q.Query, nd, rec)
			}
			for _, k := range []string{q.Kind, "overall"} {
				s := per[i][k]
				if s == nil {
					s = &sums{}
					per[i][k] = s
				}
				s.ndcg += nd
				s.recall += rec
				s.capped += capped
			}
		}
	}
	kinds = append(kinds, "overall")
	fmt.Fprintf(out, "quality: nDCG@10 / recall@10 (recall capped at 10 relevant in brackets)\n%-16s %3s", "kind", "n")
	for _, e := range engines {
		fmt.Fprintf(out, "  %-20s", e.name)
	}
	fmt.Fprintln(out)
	for _, k := range kinds {
		fmt.Fprintf(out, "%-16s %3d", k, count[k])
		for i := range engines {
			s, c := per[i][k], float64(count[k])
			fmt.Fprintf(out, "  %.3f / %.3f (%.2f)", s.ndcg/c, s.recall/c, s.capped/c)
		}
		fmt.Fprintln(out)
	}
	fmt.Fprintln(out)
	return nil
}

// score returns nDCG@10 with gains 2^grade-1, recall@10 over all relevant
// offers, and recall@10 over at most ten of them.
func score(ids []string, rel map[string]int) (ndcg, recall, capped float64) {
	var dcg float64
	found := 0
	for i, id := range ids[:min(10, len(ids))] {
		if g := rel[id]; g > 0 {
			dcg += (math.Pow(2, float64(g)) - 1) / math.Log2(float64(i+2))
			found++
		}
	}
	grades := make([]int, 0, len(rel))
	for _, g := range rel {
		if g > 0 {
			grades = append(grades, g)
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(grades)))
	var idcg float64
	for i, g := range grades[:min(10, len(grades))] {
		idcg += (math.Pow(2, float64(g)) - 1) / math.Log2(float64(i+2))
	}
	if idcg == 0 || len(grades) == 0 {
		return 0, 0, 0
	}
	return dcg / idcg, float64(found) / float64(len(grades)), float64(found) / float64(min(10, len(grades)))
}

// words splits a query into words of letters and digits.
func words(q string) []string {
	return strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

type ftsIndex struct{ *sql.DB }

// openFTS5 loads docs into an in-memory SQLite FTS5 table with the
// unicode61 tokenizer (diacritics removed), as a store-side search would.
func openFTS5(docs []search.Doc) (*ftsIndex, error) {
	db, err := sql.Open("sqlite", "file:searchbench?mode=memory&cache=shared")
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(`CREATE VIRTUAL TABLE offers USING fts5(id UNINDEXED, title, labels, summary, body, tokenize = 'unicode61 remove_diacritics 2')`); err != nil {
		return nil, err
	}
	tx, err := db.Begin()
	if err != nil {
		return nil, err
	}
	for _, d := range docs {
		if _, err := tx.Exec(`INSERT INTO offers (id, title, labels, summary, body) VALUES (?, ?, ?, ?, ?)`,
			d.ID, d.Title, strings.Join(d.Labels, " "), d.Summary, d.Body); err != nil {
			return nil, err
		}
	}
	return &ftsIndex{db}, tx.Commit()
}

// search runs q as FTS5 query of its words joined by sep (" " means all
// words, " OR " any), ranked by bm25 with the same field weights as ours.
func (f *ftsIndex) search(q, sep string) ([]string, error) {
	ws := words(q)
	for i, w := range ws {
		ws[i] = `"` + w + `"`
	}
	if len(ws) == 0 {
		return nil, nil
	}
	rows, err := f.Query(`SELECT id FROM offers WHERE offers MATCH ? ORDER BY bm25(offers, 0, 3, 2.5, 1.5, 1) LIMIT 10`, strings.Join(ws, sep))
	if err != nil {
		return nil, err
	}
	return collect(rows)
}

type pgIndex struct {
	*sql.DB
	schema string
}

// openPostgres loads docs into a throwaway schema with a weighted German
// tsvector (title A, labels B, summary C, body D) and a GIN index.
func openPostgres(url string, docs []search.Doc) (*pgIndex, error) {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1) // the schema is set per connection
	schema := "searchbench_" + strconv.Itoa(os.Getpid())
	ctx := context.Background()
	for _, s := range []string{
		`CREATE SCHEMA ` + schema,
		`SET search_path TO ` + schema,
		`CREATE TABLE offers (id text PRIMARY KEY, title text, labels text, summary text, body text, doc tsvector)`,
	} {
		if _, err := db.ExecContext(ctx, s); err != nil {
			db.Close()
			return nil, err
		}
	}
	p := &pgIndex{db, schema}
	tx, err := db.Begin()
	if err != nil {
		p.Close()
		return nil, err
	}
	for _, d := range docs {
		if _, err := tx.Exec(`INSERT INTO offers (id, title, labels, summary, body) VALUES ($1, $2, $3, $4, $5)`,
			d.ID, d.Title, strings.Join(d.Labels, " "), d.Summary, d.Body); err != nil {
			tx.Rollback()
			p.Close()
			return nil, err
		}
	}
	if err := tx.Commit(); err != nil {
		p.Close()
		return nil, err
	}
	for _, s := range []string{
		`UPDATE offers SET doc = setweight(to_tsvector('german', title), 'A') || setweight(to_tsvector('german', labels), 'B') ||
			setweight(to_tsvector('german', summary), 'C') || setweight(to_tsvector('german', body), 'D')`,
		`CREATE INDEX offers_doc ON offers USING gin (doc)`,
	} {
		if _, err := db.Exec(s); err != nil {
			p.Close()
			return nil, err
		}
	}
	return p, nil
}

// search runs q through plainto_tsquery('german') (all words), or with its
// words joined by | (any word), ranked by ts_rank.
func (p *pgIndex) search(q string, any bool) ([]string, error) {
	tsq := `plainto_tsquery('german', $1)`
	if any {
		tsq = `to_tsquery('german', replace(plainto_tsquery('german', $1)::text, ' & ', ' | '))`
	}
	rows, err := p.Query(`SELECT id FROM offers, `+tsq+` AS q WHERE doc @@ q ORDER BY ts_rank(doc, q) DESC, id LIMIT 10`, q)
	if err != nil {
		return nil, err
	}
	return collect(rows)
}

func (p *pgIndex) Close() error {
	p.Exec(`DROP SCHEMA ` + p.schema + ` CASCADE`)
	return p.DB.Close()
}

func collect(rows *sql.Rows) ([]string, error) {
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// speed builds an index of n synthetic offers and measures it.
func speed(out io.Writer, today time.Time, n, clients int, dur time.Duration, judged Judged, cpuprofile string, slow bool) error {
	runtime.GC()
	base, baseAlloc := heapInuse(), heapAlloc()
	centres, _ := demo.Network(today)
	names := make(map[string]string)
	for _, c := range centres {
		names[c.Slug] = c.Name
	}
	offers := demo.Synthetic(today, n, 1)

	start, cpu0 := time.Now(), cpuTime()
	ix := search.New()
	batch := make([]search.Doc, 0, 1024)
	for _, o := range offers {
		batch = append(batch, search.DocFromOffer(o, names[o.Centre], today))
		if len(batch) == cap(batch) {
			ix.Put(batch...)
			batch = batch[:0]
		}
	}
	ix.Put(batch...)
	build, buildCPU := time.Since(start), cpuTime()-cpu0
	offers, batch = nil, nil
	runtime.GC()
	debug.FreeOSMemory()
	fmt.Fprintf(out, "speed: %d synthetic offers (demo.Synthetic), GOMAXPROCS %d\n", ix.Len(), runtime.GOMAXPROCS(0))
	fmt.Fprintf(out, "build (DocFromOffer + Put in batches of 1024): %v, %v CPU\n", build.Round(time.Millisecond), buildCPU.Round(time.Millisecond))
	fmt.Fprintf(out, "memory: index heap %.1f MB (live objects %.1f MB), process RSS %s\n",
		float64(heapInuse()-base)/(1<<20), float64(heapAlloc()-baseAlloc)/(1<<20), rss())

	var queries []search.Query
	filters := []map[string][]string{nil, {search.FacetFormat: {"workshop", "webinar"}}, {search.FacetState: {"DE-NI"}, search.FacetMode: {"praesenz"}}}
	for i, q := range judged.Queries {
		queries = append(queries, search.Query{Text: q.Query, Now: today, Limit: 20, Filters: filters[i%len(filters)]})
	}
	queries = append(queries, search.Query{Now: today, Limit: 20}, search.Query{Now: today, Limit: 20, Filters: filters[1]})

	if cpuprofile != "" {
		f, err := os.Create(cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	ix.SetCacheSize(0)
	fmt.Fprintln(out, "without the result cache:")
	if err := load(out, ix, queries, clients, dur, slow); err != nil {
		return err
	}
	ix.SetCacheSize(1024)
	fmt.Fprintln(out, "with the result cache (the same queries again and again):")
	if err := load(out, ix, queries, clients, dur, false); err != nil {
		return err
	}
	fmt.Fprintf(out, "memory after load: process RSS %s\n", rss())
	return nil
}

// load measures searches of one client, then of many in a closed loop.
func load(out io.Writer, ix *search.Index, queries []search.Query, clients int, dur time.Duration, slow bool) error {
	// One client: the cost of a search.
	var one []time.Duration
	type timed struct {
		d time.Duration
		q search.Query
		n int
	}
	var worst []timed
	var rounds []time.Duration // CPU per search of each round
	for range 5 {
		cpu := cpuTime()
		for _, q := range queries {
			t := time.Now()
			res := ix.Search(q)
			d := time.Since(t)
			one = append(one, d)
			worst = append(worst, timed{d, q, res.Total})
		}
		rounds = append(rounds, (cpuTime()-cpu)/time.Duration(len(queries)))
	}
	slices.Sort(rounds)
	if slow {
		slices.SortFunc(worst, func(a, b timed) int { return int(b.d - a.d) })
		for _, w := range worst[:10] {
			fmt.Fprintf(out, "  %v %q %v → %d hits\n", w.d.Round(10*time.Microsecond), w.q.Text, w.q.Filters, w.n)
		}
	}
	fmt.Fprintf(out, "1 client: %s, %.3f ms CPU per search (median of %d rounds)\n", summary(one, 0),
		float64(rounds[len(rounds)/2].Microseconds())/1000, len(rounds))

	// Many clients in a closed loop: latency under load.
	var mu sync.Mutex
	var all []time.Duration
	var wg sync.WaitGroup
	deadline := time.Now().Add(dur)
	t0, cpu0 := time.Now(), cpuTime()
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var lat []time.Duration
			for i := c; time.Now().Before(deadline); i++ {
				t := time.Now()
				ix.Search(queries[i%len(queries)])
				lat = append(lat, time.Since(t))
			}
			mu.Lock()
			all = append(all, lat...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Fprintf(out, "%d clients: %s, %.3f ms CPU per search\n", clients, summary(all, time.Since(t0)),
		float64((cpuTime()-cpu0).Microseconds())/1000/float64(len(all)))
	return nil
}

func summary(d []time.Duration, wall time.Duration) string {
	slices.Sort(d)
	p := func(q float64) time.Duration {
		return d[min(len(d)-1, int(q*float64(len(d))))].Round(10 * time.Microsecond)
	}
	s := fmt.Sprintf("%d searches, p50 %v, p90 %v, p99 %v, max %v", len(d), p(0.5), p(0.9), p(0.99), d[len(d)-1].Round(10*time.Microsecond))
	if wall > 0 {
		s += fmt.Sprintf(", %.0f searches/s", float64(len(d))/wall.Seconds())
	}
	return s
}

// cpuTime is the CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func heapAlloc() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

func heapInuse() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

func rss() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmRSS:") {
			return strings.TrimSpace(strings.TrimPrefix(line, "VmRSS:"))
		}
	}
	return "unknown"
}
