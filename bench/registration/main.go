// Command registration measures sustained registrations per second on
// SQLite, and compares them with the ceiling of the same database: a plain
// loop inserting one row per transaction through one writer connection with
// the same pragmas, measured in the same run.
//
// Each registration is the real thing (store.Register): the offer is read,
// the date row is locked and counted, the seat or waiting-list place is
// decided, the registration row, the counters and the e-mail and reminder
// jobs are written, all in one transaction. The "api" figure adds the HTTP
// handler (JSON decoding, validation, the answer) without the network.
//
//	go run ./bench/registration              # 5 runs of 3 s, 8 clients
//	go run ./bench/registration -runs 3 -d 2s -c 16
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite"

	"lotse"
	"lotse/store"
	"lotse/web"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// pragmas are the writer's settings in store.Open.
const pragmas = "_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate"

func run() error {
	runs := flag.Int("runs", 5, "runs of each measurement")
	dur := flag.Duration("d", 3*time.Second, "duration of each run")
	clients := flag.Int("c", 8, "concurrent clients")
	events := flag.Int("events", 200, "events to register for (capacity 50 each, the rest waits)")
	flag.Parse()

	dir, err := os.MkdirTemp("", "lotse-bench-registration-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()

	var ceiling, reg, api, regRatio, apiRatio []float64
	for i := range *runs {
		c, err := insertLoop(ctx, filepath.Join(dir, fmt.Sprintf("plain%d.db", i)), *clients, *dur)
		if err != nil {
			return err
		}
		r, err := registrations(ctx, filepath.Join(dir, fmt.Sprintf("lotse%d.db", i)), *clients, *events, *dur, false)
		if err != nil {
			return err
		}
		a, err := registrations(ctx, filepath.Join(dir, fmt.Sprintf("api%d.db", i)), *clients, *events, *dur, true)
		if err != nil {
			return err
		}
		fmt.Printf("run %d: plain insert %8.0f/s   registrations %7.0f/s (%4.1f%%)   via API handler %7.0f/s (%4.1f%%)\n",
			i+1, c, r, 100*r/c, a, 100*a/c)
		ceiling, reg, api = append(ceiling, c), append(reg, r), append(api, a)
		regRatio, apiRatio = append(regRatio, r/c), append(apiRatio, a/c)
	}
	mc, mr, ma := median(ceiling), median(reg), median(api)
	fmt.Printf("\nmedian of %d runs, %d clients, %v each:\n", *runs, *clients, *dur)
	fmt.Printf("  plain SQLite insert, one row per transaction: %8.0f/s\n", mc)
	fmt.Printf("  registrations (store.Register):               %8.0f/s  (median ratio to the ceiling in the same run: %4.1f%%; target ≥ 1,000/s and ≥ 30%%)\n", mr, 100*median(regRatio))
	fmt.Printf("  registrations through the API handler:        %8.0f/s  (median ratio: %4.1f%%)\n", ma, 100*median(apiRatio))
	return nil
}

// insertLoop is the ceiling: clients insert one row per transaction through
// one writer connection, as fast as they can.
func insertLoop(ctx context.Context, path string, clients int, d time.Duration) (float64, error) {
	db, err := sql.Open("sqlite", "file:"+path+"?"+pragmas)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(`CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, email TEXT NOT NULL, at TEXT NOT NULL)`); err != nil {
		return 0, err
	}
	return measure(clients, d, func(i int64) error {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(`INSERT INTO t (name, email, at) VALUES (?, ?, ?)`, "Person", fmt.Sprintf("p%d@firma.de", i),
			time.Now().UTC().Format(time.RFC3339)); err != nil {
			tx.Rollback()
			return err
		}
		return tx.Commit()
	})
}

// registrations measures store.Register, or with viaAPI the whole
// POST /api/v1/offers/{id}/registrations handler, on a fresh database.
func registrations(ctx context.Context, path string, clients, events int, d time.Duration, viaAPI bool) (float64, error) {
	s, err := store.Open(ctx, "sqlite:"+path)
	if err != nil {
		return 0, err
	}
	defer s.Close()
	now := time.Now()
	start := time.Date(now.Year(), now.Month(), now.Day()+7, 16, 0, 0, 0, lotse.Berlin)
	end := start.Add(time.Hour)
	centre := &lotse.Centre{Slug: "bench", Name: "Zentrum", Kind: "regional", State: "DE-NI", City: "Hannover", Lat: 52.4, Lon: 9.7,
		StartedOn: "2021-06-01", Topics: []string{"ki"}}
	var offers []*lotse.Offer
	for i := range events {
		offers = append(offers, &lotse.Offer{ID: fmt.Sprintf("e%d", i), Centre: "bench", Format: "webinar", Title: "Webinar",
			Topics: []string{"ki"}, Mode: "online", StartsAt: &start, EndsAt: &end, Capacity: 50})
	}
	if _, err := s.Import(ctx, []*lotse.Centre{centre}, offers, true, nil); err != nil {
		return 0, err
	}
	var srv *web.Server
	if viaAPI {
		if srv, err = web.New(ctx, web.Config{}, s, slog.New(slog.NewTextHandler(io.Discard, nil))); err != nil {
			return 0, err
		}
	}
	return measure(clients, d, func(i int64) error {
		id := fmt.Sprintf("e%d", i%int64(events))
		email := fmt.Sprintf("p%d@firma.de", i)
		if viaAPI {
			body := `{"name": "Erika Muster", "email": "` + email + `", "company": "Muster GmbH", "size": "klein", "industry": "handwerk", "consent": true}`
			w := httptest.NewRecorder()
			srv.ServeHTTP(w, httptest.NewRequest("POST", "/api/v1/offers/"+id+"/registrations", strings.NewReader(body)))
			if w.Code != 201 {
				return fmt.Errorf("got %d: %s", w.Code, w.Body)
			}
			return nil
		}
		_, err := s.Register(ctx, store.RegisterRequest{OfferID: id, Dates: []time.Time{start}, Registrant: lotse.Registrant{
			Name: "Erika Muster", Email: email, Company: "Muster GmbH", Size: "klein", Industry: "handwerk", Consent: true}})
		return err
	})
}

// measure runs fn from clients goroutines for d and returns calls per second.
func measure(clients int, d time.Duration, fn func(i int64) error) (float64, error) {
	var n atomic.Int64
	var firstErr error
	var once sync.Once
	stop := time.Now().Add(d)
	var wg sync.WaitGroup
	begin := time.Now()
	for range clients {
		wg.Go(func() {
			for time.Now().Before(stop) {
				if err := fn(n.Add(1)); err != nil {
					once.Do(func() { firstErr = err })
					return
				}
			}
		})
	}
	wg.Wait()
	return float64(n.Load()) / time.Since(begin).Seconds(), firstErr
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
