package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	netmail "net/mail"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	_ "modernc.org/sqlite"

	"lotse/mail/mailtest"
)

// TestKillDuringRegistrationBurst builds the binary, kills "lotse serve"
// with SIGKILL in the middle of a burst of registrations and starts it
// again: every registration that got a 201 must be there, with its
// confirmation mail sent or still queued, and the restarted server sends
// what was queued.
func TestKillDuringRegistrationBurst(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "lotse")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	data := filepath.Join(dir, "data")
	start := time.Now().AddDate(0, 0, 7).UTC().Truncate(time.Hour)
	exchange := fmt.Sprintf(`{"centres": [{"slug": "hannover", "name": "Zentrum Hannover", "kind": "regional", "state": "DE-NI",
		"city": "Hannover", "lat": 52.37, "lon": 9.73, "started_on": "2021-06-01", "topics": ["ki"]}],
		"offers": [{"id": "burst", "centre": "hannover", "format": "webinar", "title": "KI-Sprechstunde", "topics": ["ki"],
		"mode": "online", "starts_at": %q, "capacity": 50}]}`, start.Format(time.RFC3339))
	file := filepath.Join(dir, "offers.json")
	os.WriteFile(file, []byte(exchange), 0o644)
	if out, err := exec.Command(bin, "import", "--data", data, file).CombinedOutput(); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}

	// First run: registrations while the server is killed.
	srv1, addr := startServe(t, bin, data, "")
	var acked sync.Map // registration id → e-mail
	var n, fails atomic.Int64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	client := &http.Client{Timeout: 5 * time.Second}
	for range 16 {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				i := n.Add(1)
				email := fmt.Sprintf("p%d@firma.de", i)
				body := fmt.Sprintf(`{"name": "Person %d", "email": %q, "company": "Firma", "size": "klein", "industry": "handel", "consent": true}`, i, email)
				resp, err := client.Post("http://"+addr+"/api/v1/offers/burst/registrations", "application/json", strings.NewReader(body))
				if err != nil {
					fails.Add(1)
					if fails.Load() > 200 {
						return
					}
					continue
				}
				var out struct{ ID int64 }
				json.NewDecoder(resp.Body).Decode(&out)
				resp.Body.Close()
				if resp.StatusCode == http.StatusCreated {
					acked.Store(out.ID, email)
				}
			}
		})
	}
	// Kill once a good number of registrations went through.
	deadline := time.Now().Add(10 * time.Second)
	for count(&acked) < 300 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if err := srv1.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	srv1.Wait()
	close(stop)
	wg.Wait()
	total := count(&acked)
	if total == 0 {
		t.Fatal("no registration was acknowledged before the kill")
	}
	t.Logf("%d registrations acknowledged before SIGKILL, %d requests failed after it", total, fails.Load())

	// Every acknowledged registration is in the database with a mail job.
	db, err := sql.Open("sqlite", "file:"+filepath.Join(data, "lotse.db")+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	bookings := map[int64]string{}
	rows, err := db.Query(`SELECT id, booking, email FROM registrations`)
	if err != nil {
		t.Fatal(err)
	}
	emails := map[int64]string{}
	for rows.Next() {
		var id int64
		var b, e string
		rows.Scan(&id, &b, &e)
		bookings[id], emails[id] = b, e
	}
	rows.Close()
	jobs := mailBookings(t, db, "")
	acked.Range(func(k, v any) bool {
		id := k.(int64)
		if emails[id] != v.(string) {
			t.Errorf("acknowledged registration %d (%s) is missing after SIGKILL", id, v)
		} else if !jobs[bookings[id]] {
			t.Errorf("registration %d has neither a sent nor a queued confirmation", id)
		}
		return true
	})
	var confirmed, waitlisted int
	db.QueryRow(`SELECT confirmed, waitlisted FROM event_dates WHERE offer_id = 'burst'`).Scan(&confirmed, &waitlisted)
	if confirmed != min(50, len(emails)) || confirmed+waitlisted != len(emails) {
		t.Errorf("counters %d+%d do not match %d rows", confirmed, waitlisted, len(emails))
	}

	// Second run: the queued mails go out, over SMTP this time.
	smtp := mailtest.NewServer(t)
	srv2, _ := startServe(t, bin, data, smtp.URL)
	defer func() { srv2.Process.Kill(); srv2.Wait() }()
	// A job the killed server had claimed waits for its lease to run out
	// (it counts as queued); every other confirmation must arrive now.
	leased := mailBookings(t, db, " AND state = 'queued' AND locked_until IS NOT NULL")
	sent := map[string]bool{}
	outbox, _ := filepath.Glob(filepath.Join(data, "outbox", "*.eml"))
	for _, f := range outbox {
		raw, _ := os.ReadFile(f)
		if m, err := mailtest.Parse(raw); err == nil {
			if a, err := netmail.ParseAddress(m.Header.Get("To")); err == nil {
				sent[a.Address] = true
			}
		}
	}
	var waiting []string
	acked.Range(func(k, v any) bool {
		if email := v.(string); !sent[email] && !leased[bookings[k.(int64)]] {
			waiting = append(waiting, email)
		}
		return true
	})
	deadline = time.Now().Add(15 * time.Second)
	for len(waiting) > 0 && time.Now().Before(deadline) {
		got := map[string]bool{}
		for _, m := range smtp.Messages() {
			got[m.To[0]] = true
		}
		waiting = slices.DeleteFunc(waiting, func(e string) bool { return got[e] })
		time.Sleep(20 * time.Millisecond)
	}
	if len(waiting) > 0 {
		t.Errorf("%d confirmations neither sent before the kill nor after the restart, e.g. to %s", len(waiting), waiting[0])
	}
	t.Logf("%d confirmations went to the outbox before the kill, %d over SMTP after the restart, %d wait for their lease",
		len(sent), len(smtp.Messages()), len(leased))
}

func count(m *sync.Map) int {
	n := 0
	m.Range(func(_, _ any) bool { n++; return true })
	return n
}

// startServe starts "lotse serve" on a free port and waits until it listens.
func startServe(t *testing.T, bin, data, smtpURL string) (*exec.Cmd, string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(bin, "serve", "--addr", addr, "--data", data, "--demo=false")
	cmd.Env = append(os.Environ(), "LOTSE_SMTP_URL="+smtpURL, "LOTSE_DB=")
	stdout, _ := cmd.StdoutPipe()
	cmd.Stderr = nil
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ready := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if strings.Contains(sc.Text(), "läuft auf") {
				ready <- true
			}
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	select {
	case <-ready:
	case <-ctx.Done():
		cmd.Process.Kill()
		t.Fatal("lotse serve did not start within 20 s")
	}
	return cmd, addr
}

// mailBookings returns the bookings named by the mail jobs, of those that
// also match the condition and (e.g. " AND state = 'queued'").
func mailBookings(t *testing.T, db *sql.DB, and string) map[string]bool {
	t.Helper()
	rows, err := db.Query(`SELECT args FROM jobs WHERE kind = 'mail'` + and)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	bookings := map[string]bool{}
	for rows.Next() {
		var args string
		rows.Scan(&args)
		var a struct{ Booking string }
		json.Unmarshal([]byte(args), &a)
		bookings[a.Booking] = true
	}
	return bookings
}
