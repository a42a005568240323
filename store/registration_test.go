package store_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"lotse"
	"lotse/store"
	"lotse/store/storetest"
)

var regNow = time.Date(2026, 11, 21, 10, 0, 0, 0, lotse.Berlin)

// eventStore puts a centre and an event with capacity seats on s, with the
// clock at regNow, and returns the event's first date.
func eventStore(t *testing.T, s *store.Store, capacity int, recurrence string) (*lotse.Offer, time.Time) {
	t.Helper()
	ctx := context.Background()
	s.Now = func() time.Time { return regNow }
	if _, err := s.PutCentre(ctx, testCentre("hannover")); err != nil {
		t.Fatal(err)
	}
	o := testOffer("ki-talk", "hannover")
	o.Capacity, o.Recurrence = capacity, recurrence
	if _, err := s.PutOffer(ctx, o); err != nil {
		t.Fatal(err)
	}
	return o, *o.StartsAt
}

func person(i int) lotse.Registrant {
	return lotse.Registrant{Name: fmt.Sprintf("Person %d", i), Email: fmt.Sprintf("p%d@firma.de", i), Company: "Firma",
		Size: "klein", Industry: "handwerk", Consent: true}
}

func register(t *testing.T, s *store.Store, i int, start time.Time) *lotse.Registration {
	t.Helper()
	res, err := s.Register(context.Background(), store.RegisterRequest{OfferID: "ki-talk", Dates: []time.Time{start}, Registrant: person(i)})
	if err != nil {
		t.Fatalf("register %d: %v", i, err)
	}
	return res.Registrations[0]
}

// checkDate asserts the invariants of a date: counters match the rows, the
// waiting list is numbered 1…n without gaps or repeats, nobody waits while
// a seat is free and no seat is given twice.
func checkDate(t *testing.T, s *store.Store, start time.Time, capacity int) (confirmed, waitlisted int) {
	t.Helper()
	regs, err := s.FindRegistrations(context.Background(), "ki-talk", start)
	if err != nil {
		t.Fatal(err)
	}
	var positions []int
	for _, r := range regs {
		switch r.Status {
		case lotse.RegistrationConfirmed:
			confirmed++
		case lotse.RegistrationWaitlisted:
			positions = append(positions, r.Position)
		}
	}
	waitlisted = len(positions)
	for i, p := range positions {
		if p != i+1 {
			t.Fatalf("waiting list positions %v: want 1…%d without gaps or repeats", positions, waitlisted)
		}
	}
	if capacity > 0 && confirmed > capacity {
		t.Errorf("got %d confirmed, capacity is %d: overbooked", confirmed, capacity)
	}
	if waitlisted > 0 && confirmed < capacity {
		t.Errorf("%d seats free while %d wait", capacity-confirmed, waitlisted)
	}
	counts, err := s.DateCounts(context.Background(), "ki-talk")
	if err != nil {
		t.Fatal(err)
	}
	c := counts[start.Unix()]
	if c.Confirmed != confirmed || c.Waitlisted != waitlisted {
		t.Errorf("counters say %d confirmed, %d waiting; rows say %d, %d", c.Confirmed, c.Waitlisted, confirmed, waitlisted)
	}
	return confirmed, waitlisted
}

func TestRegisterConcurrentNeverOverbooks(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *store.Store) {
		_, start := eventStore(t, s, 50, "")
		const n = 500
		var wg sync.WaitGroup
		errs := make(chan error, n)
		for i := range n {
			wg.Go(func() {
				_, err := s.Register(context.Background(), store.RegisterRequest{OfferID: "ki-talk", Dates: []time.Time{start}, Registrant: person(i)})
				if err != nil {
					errs <- err
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		confirmed, waitlisted := checkDate(t, s, start, 50)
		if confirmed != 50 || waitlisted != 450 {
			t.Errorf("got %d confirmed, %d waitlisted; want 50, 450", confirmed, waitlisted)
		}
		jobs, err := s.JobCounts(context.Background(), store.JobMail)
		if err != nil {
			t.Fatal(err)
		}
		// Two reminder runs (24 h and 1 h before an online date) for the date.
		if rem, _ := s.JobCounts(context.Background(), store.JobReminders); rem[store.JobQueued] != 2 {
			t.Errorf("got %d queued reminder jobs, want 2", rem[store.JobQueued])
		}
		// One confirmation per registration.
		if want := 500; jobs[store.JobQueued] != want {
			t.Errorf("got %d queued mail jobs, want %d", jobs[store.JobQueued], want)
		}
	})
}

func TestCancelRacingWithRegistrations(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *store.Store) {
		_, start := eventStore(t, s, 20, "")
		var bookings []string
		for i := range 40 {
			r := register(t, s, i, start)
			bookings = append(bookings, r.Booking)
		}
		var wg sync.WaitGroup
		errs := make(chan error, 200)
		// Cancel a random half of the first 40 while 60 new people register,
		// some cancelling the same booking twice.
		rand.Shuffle(len(bookings), func(i, j int) { bookings[i], bookings[j] = bookings[j], bookings[i] })
		for i, b := range bookings[:20] {
			wg.Go(func() {
				if _, err := s.CancelBooking(context.Background(), b, nil); err != nil {
					errs <- err
				}
			})
			if i%5 == 0 {
				wg.Go(func() {
					if _, err := s.CancelBooking(context.Background(), b, nil); err != nil {
						errs <- err
					}
				})
			}
		}
		for i := 40; i < 100; i++ {
			wg.Go(func() {
				if _, err := s.Register(context.Background(), store.RegisterRequest{OfferID: "ki-talk", Dates: []time.Time{start}, Registrant: person(i)}); err != nil {
					errs <- err
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		confirmed, waitlisted := checkDate(t, s, start, 20)
		if confirmed != 20 || waitlisted != 60 {
			t.Errorf("got %d confirmed, %d waitlisted; want 20, 60", confirmed, waitlisted)
		}
	})
}

func TestRegistrationRules(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		o, start := eventStore(t, s, 2, "FREQ=WEEKLY;BYDAY=TH;COUNT=3")
		a, b, c, d := register(t, s, 1, start), register(t, s, 2, start), register(t, s, 3, start), register(t, s, 4, start)
		if a.Status != lotse.RegistrationConfirmed || b.Status != lotse.RegistrationConfirmed || c.Position != 1 || d.Position != 2 {
			t.Fatalf("got %s %s %s/%d %s/%d", a.Status, b.Status, c.Status, c.Position, d.Status, d.Position)
		}

		t.Run("same e-mail twice for a date is a conflict", func(t *testing.T) {
			_, err := s.Register(ctx, store.RegisterRequest{OfferID: o.ID, Dates: []time.Time{start}, Registrant: person(1)})
			if lotse.ErrorCode(err) != lotse.ECONFLICT {
				t.Errorf("got %v, want ECONFLICT", err)
			}
		})
		t.Run("unknown date is invalid and writes nothing", func(t *testing.T) {
			_, err := s.Register(ctx, store.RegisterRequest{OfferID: o.ID, Dates: []time.Time{start.Add(time.Hour)}, Registrant: person(9)})
			if lotse.ErrorFields(err)["starts_at"] == "" {
				t.Errorf("got %v, want a starts_at problem", err)
			}
		})
		t.Run("cancelling a seat moves the first waiting person up", func(t *testing.T) {
			done, err := s.CancelBooking(ctx, a.Booking, nil)
			if err != nil || len(done) != 1 {
				t.Fatalf("cancel: %v %v", done, err)
			}
			_, bk, err := s.FindRegistration(ctx, c.ID)
			if err != nil {
				t.Fatal(err)
			}
			if r := bk.Registrations[0]; r.Status != lotse.RegistrationConfirmed {
				t.Errorf("first waiting: got %s, want confirmed", r.Status)
			}
			checkDate(t, s, start, 2)
			// Cancelling again changes nothing.
			if done, err := s.CancelBooking(ctx, a.Booking, nil); err != nil || len(done) != 0 {
				t.Errorf("second cancel: got %v %v, want nothing", done, err)
			}
		})
		t.Run("all dates of a series", func(t *testing.T) {
			res, err := s.Register(ctx, store.RegisterRequest{OfferID: o.ID, AllDates: true, Registrant: person(7)})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Registrations) != 3 || res.Registrations[0].Status != lotse.RegistrationWaitlisted || res.Registrations[1].Status != lotse.RegistrationConfirmed {
				t.Fatalf("got %+v", res.Registrations)
			}
			second := res.Registrations[1].StartsAt
			if _, err := s.CancelBooking(ctx, res.Registrations[0].Booking, &second); err != nil {
				t.Fatal(err)
			}
			bk, err := s.FindBooking(ctx, res.Registrations[0].Booking)
			if err != nil {
				t.Fatal(err)
			}
			if st := []string{bk.Registrations[0].Status, bk.Registrations[1].Status, bk.Registrations[2].Status}; st[1] != lotse.RegistrationCancelled || st[2] != lotse.RegistrationConfirmed {
				t.Errorf("got statuses %v", st)
			}
		})
		t.Run("manual move-up may exceed capacity", func(t *testing.T) {
			if err := s.MoveUp(ctx, d.ID); err != nil {
				t.Fatal(err)
			}
			regs, _ := s.FindRegistrations(ctx, o.ID, start)
			n := 0
			for _, r := range regs {
				if r.Status == lotse.RegistrationConfirmed {
					n++
				}
			}
			if n != 3 {
				t.Errorf("got %d confirmed, want 3", n)
			}
			if err := s.MoveUp(ctx, d.ID); lotse.ErrorCode(err) != lotse.ENOTFOUND {
				t.Errorf("second move-up: got %v, want ENOTFOUND", err)
			}
		})
		t.Run("attendance", func(t *testing.T) {
			if err := s.SetAttendance(ctx, b.ID, true); err != nil {
				t.Fatal(err)
			}
			r, _, _ := s.FindRegistration(ctx, b.ID)
			if r.Attended == nil || !*r.Attended {
				t.Errorf("attended: got %v", r.Attended)
			}
		})
		t.Run("rescheduling raises the sequence and queues updates", func(t *testing.T) {
			newStart := start.Add(2 * time.Hour)
			if err := s.RescheduleDate(ctx, o.ID, start, newStart, time.Time{}, "Raum 2"); err != nil {
				t.Fatal(err)
			}
			_, bk, _ := s.FindRegistration(ctx, b.ID)
			di := bk.Date(bk.Registrations[0])
			if !di.Start.Equal(newStart) || di.Sequence != 1 || di.Place != "Raum 2" || !di.End.Equal(newStart.Add(30*time.Minute)) {
				t.Errorf("got %+v", di)
			}
		})
		t.Run("cancelling a date cancels everyone", func(t *testing.T) {
			n, err := s.CancelDate(ctx, o.ID, start)
			if err != nil || n != 4 {
				t.Fatalf("got %d, %v; want 4 told (3 seats, 1 waiting)", n, err)
			}
			confirmed, waitlisted := checkDate(t, s, start, 2)
			if confirmed+waitlisted != 0 {
				t.Errorf("got %d, %d left", confirmed, waitlisted)
			}
			_, err = s.Register(ctx, store.RegisterRequest{OfferID: o.ID, Dates: []time.Time{start}, Registrant: person(8)})
			if lotse.ErrorCode(err) != lotse.EINVALID {
				t.Errorf("registering for a called-off date: got %v, want EINVALID", err)
			}
		})
		t.Run("retention purges personal data and keeps counts", func(t *testing.T) {
			s.Now = func() time.Time { return start.AddDate(0, 0, 91) }
			n, err := s.PurgeRegistrations(ctx, 90*24*time.Hour)
			if err != nil || n == 0 {
				t.Fatalf("purge: %d %v", n, err)
			}
			regs, _ := s.FindRegistrations(ctx, o.ID, start)
			for _, r := range regs {
				if r.Name != "" || r.Email != "" || r.Company != "" {
					t.Errorf("personal data left: %+v", r.Registrant)
				}
			}
			if len(regs) != 5 {
				t.Errorf("got %d rows, want 5 kept for the figures", len(regs))
			}
			later, _ := s.FindRegistrations(ctx, o.ID, start.AddDate(0, 0, 14))
			if len(later) == 0 || later[0].Email == "" {
				t.Errorf("a date 76 days ago was purged too early")
			}
		})
	})
}

func TestIdempotencyKey(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *store.Store) {
		_, start := eventStore(t, s, 5, "")
		answer := func(regs []*lotse.Registration) (int, []byte, error) {
			b, err := json.Marshal(regs[0].ID)
			return 201, b, err
		}
		var wg sync.WaitGroup
		bodies := make([]string, 8)
		for i := range bodies {
			wg.Go(func() {
				res, err := s.Register(context.Background(), store.RegisterRequest{OfferID: "ki-talk", Dates: []time.Time{start},
					Registrant: person(1), IdempotencyKey: "k1", Answer: answer})
				if err != nil {
					if lotse.ErrorCode(err) != lotse.ECONFLICT {
						t.Error(err)
					}
					return
				}
				bodies[i] = string(res.Body)
			})
		}
		wg.Wait()
		first := ""
		for _, b := range bodies {
			if b != "" && first == "" {
				first = b
			}
			if b != "" && b != first {
				t.Errorf("got answers %q and %q for one key", first, b)
			}
		}
		if c, _ := checkDate(t, s, start, 5); c != 1 {
			t.Errorf("got %d registrations, want 1", c)
		}
	})
}

func TestJobs(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		now := regNow
		s.Now = func() time.Time { return now }
		for i := range 30 {
			if err := s.EnqueueJob(ctx, "test", map[string]int{"i": i}, now.Add(time.Duration(i%3)*time.Hour)); err != nil {
				t.Fatal(err)
			}
		}
		// Four workers claim at once: every due job goes to exactly one.
		claimedOnce(t, claimAll([]*store.Store{s, s, s, s}, 3, t), 10)
		// A lease that ran out (the instance died) lets the job run again.
		now = now.Add(2 * time.Minute)
		jobs, err := s.ClaimJobs(ctx, 100, time.Minute)
		if err != nil || len(jobs) != 10 || jobs[0].Attempts != 2 {
			t.Fatalf("after lease: got %d jobs (%v)", len(jobs), err)
		}
		for _, j := range jobs {
			if err := s.FinishJob(ctx, j, nil); err != nil {
				t.Fatal(err)
			}
		}
		now = now.Add(3 * time.Hour)
		jobs, _ = s.ClaimJobs(ctx, 100, time.Minute)
		if len(jobs) != 20 {
			t.Errorf("later: got %d jobs, want 20", len(jobs))
		}
		if err := s.FinishJob(ctx, jobs[0], fmt.Errorf("smtp down")); err != nil {
			t.Fatal(err)
		}
		counts, _ := s.JobCounts(ctx, "test")
		if counts[store.JobDone] != 10 || counts[store.JobQueued] != 20 {
			t.Errorf("got %v", counts)
		}
	})
}

func BenchmarkRegister(b *testing.B) {
	s, err := store.Open(context.Background(), "sqlite:"+b.TempDir()+"/lotse.db")
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	t := &testing.T{}
	_, start := eventStore(t, s, 50, "")
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := s.Register(context.Background(), store.RegisterRequest{OfferID: "ki-talk", Dates: []time.Time{start}, Registrant: person(i)}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRegisterParallel(b *testing.B) {
	s, err := store.Open(context.Background(), "sqlite:"+b.TempDir()+"/lotse.db")
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	_, start := eventStore(&testing.T{}, s, 50, "")
	var n atomic.Int64
	b.SetParallelism(8)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := int(n.Add(1))
			if _, err := s.Register(context.Background(), store.RegisterRequest{OfferID: "ki-talk", Dates: []time.Time{start}, Registrant: person(i)}); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

func TestRegisterAllOrNothing(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		_, start := eventStore(t, s, 5, "FREQ=WEEKLY;BYDAY=TH;COUNT=3")
		third := start.AddDate(0, 0, 14)
		register(t, s, 1, third)
		// Booking all dates collides on the third: nothing of it stays.
		_, err := s.Register(ctx, store.RegisterRequest{OfferID: "ki-talk", AllDates: true, Registrant: person(1)})
		if lotse.ErrorCode(err) != lotse.ECONFLICT {
			t.Fatalf("got %v, want ECONFLICT", err)
		}
		for _, d := range []time.Time{start, start.AddDate(0, 0, 7)} {
			if regs, _ := s.FindRegistrations(ctx, "ki-talk", d); len(regs) != 0 {
				t.Errorf("%v: %d registrations left behind", d, len(regs))
			}
		}
		if c, _ := s.JobCounts(ctx, store.JobMail); c[store.JobQueued] != 1 {
			t.Errorf("got %d mail jobs, want 1 (the first booking's)", c[store.JobQueued])
		}
	})
}

func TestApplyOfferChange(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		o, start := eventStore(t, s, 1, "")
		a, b := register(t, s, 1, start), register(t, s, 2, start)
		mails := func() int {
			c, _ := s.JobCounts(ctx, store.JobMail)
			return c[store.JobQueued]
		}

		// The centre moves the event a day later: registrations follow.
		moved := *o
		later := start.AddDate(0, 0, 1)
		moved.StartsAt, moved.EndsAt = &later, ptrTime(later.Add(30*time.Minute))
		if _, err := s.PutOffer(ctx, &moved); err != nil {
			t.Fatal(err)
		}
		before := mails()
		if err := s.ApplyOfferChange(ctx, o, &moved); err != nil {
			t.Fatal(err)
		}
		_, bk, err := s.FindRegistration(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if d := bk.Date(bk.Registrations[0]); !d.Start.Equal(later) || d.Sequence != 1 || d.Confirmed != 1 || d.Waitlisted != 1 {
			t.Errorf("after the move: %+v", d)
		}
		if got := mails() - before; got != 1 {
			t.Errorf("got %d update mails, want 1 (the seat holder)", got)
		}
		if regs, _ := s.FindRegistrations(ctx, o.ID, later); len(regs) != 2 {
			t.Errorf("got %d registrations at the new time, want 2", len(regs))
		}

		// More seats: the waiting person moves up.
		bigger := moved
		bigger.Capacity = 2
		if err := s.ApplyOfferChange(ctx, &moved, &bigger); err != nil {
			t.Fatal(err)
		}
		if r, _, _ := s.FindRegistration(ctx, b.ID); r.Status != lotse.RegistrationConfirmed {
			t.Errorf("after more seats: %s", r.Status)
		}

		// Called off: everyone is cancelled.
		off := bigger
		off.Status = lotse.StatusCancelled
		if err := s.ApplyOfferChange(ctx, &bigger, &off); err != nil {
			t.Fatal(err)
		}
		if c, w := checkDate(t, s, later, 2); c+w != 0 {
			t.Errorf("after calling off: %d, %d left", c, w)
		}
	})
}

func ptrTime(t time.Time) *time.Time { return &t }

// TestTwoInstancesOnPostgres: two stores on one PostgreSQL schema, like two
// "lotse serve" behind a load balancer, take registrations for the same
// date at once and work the same job queue: never overbooked, every job
// claimed once.
func TestTwoInstancesOnPostgres(t *testing.T) {
	dsn := storetest.PostgresURL(t)
	ctx := context.Background()
	var instances []*store.Store
	for range 2 {
		s, err := store.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		s.Now = func() time.Time { return regNow }
		instances = append(instances, s)
	}
	_, start := eventStore(t, instances[0], 30, "")
	var wg sync.WaitGroup
	for i := range 200 {
		s := instances[i%2]
		wg.Go(func() {
			if _, err := s.Register(ctx, store.RegisterRequest{OfferID: "ki-talk", Dates: []time.Time{start}, Registrant: person(i)}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if c, w := checkDate(t, instances[1], start, 30); c != 30 || w != 170 {
		t.Errorf("got %d confirmed, %d waiting; want 30, 170", c, w)
	}
	claimedOnce(t, claimAll(instances, 7, t), 200)
}

// claimAll claims jobs with one worker per store in stores, at once, batch
// jobs a claim, until none is due; it returns how often each job was claimed.
func claimAll(stores []*store.Store, batch int, t *testing.T) map[int64]int {
	ctx := context.Background()
	var mu sync.Mutex
	var wg sync.WaitGroup
	seen := map[int64]int{}
	for _, s := range stores {
		wg.Go(func() {
			for {
				jobs, err := s.ClaimJobs(ctx, batch, time.Minute)
				if err != nil {
					t.Error(err)
					return
				}
				if len(jobs) == 0 {
					return
				}
				mu.Lock()
				for _, j := range jobs {
					seen[j.ID]++
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	return seen
}

// claimedOnce checks that want jobs were claimed, each exactly once.
func claimedOnce(t *testing.T, seen map[int64]int, want int) {
	t.Helper()
	if len(seen) != want {
		t.Errorf("got %d jobs claimed, want %d", len(seen), want)
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("job %d claimed %d times", id, n)
		}
	}
}

// TestImportMovesRegistrations: an import that moves a booked event's date
// reaches the people registered as an edit does.
func TestImportMovesRegistrations(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		o, start := eventStore(t, s, 1, "")
		a := register(t, s, 1, start)
		c, _ := s.JobCounts(ctx, store.JobMail)
		before := c[store.JobQueued]

		moved := *o
		moved.Status = "" // as read from an exchange file
		later := start.AddDate(0, 0, 2)
		moved.StartsAt, moved.EndsAt = &later, ptrTime(later.Add(30*time.Minute))
		rep, err := s.Import(ctx, nil, []*lotse.Offer{&moved}, false, nil)
		if err != nil || rep.Offers.Updated != 1 {
			t.Fatalf("import: %+v %v", rep, err)
		}
		_, bk, err := s.FindRegistration(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if d := bk.Date(bk.Registrations[0]); !d.Start.Equal(later) || d.Sequence != 1 {
			t.Errorf("after the import: %+v", d)
		}
		if c, _ := s.JobCounts(ctx, store.JobMail); c[store.JobQueued]-before != 1 {
			t.Errorf("got %d update mails, want 1", c[store.JobQueued]-before)
		}
		// The same file again changes nothing and sends nothing.
		c, _ = s.JobCounts(ctx, store.JobMail)
		if rep, err := s.Import(ctx, nil, []*lotse.Offer{&moved}, false, nil); err != nil || rep.Offers.Unchanged != 1 {
			t.Fatalf("second import: %+v %v", rep, err)
		}
		if c2, _ := s.JobCounts(ctx, store.JobMail); c2[store.JobQueued] != c[store.JobQueued] {
			t.Errorf("an unchanged import sent mail")
		}
	})
}
