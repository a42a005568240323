package store_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"lotse"
	"lotse/store"
)

func testCentre(slug string) *lotse.Centre {
	return &lotse.Centre{Slug: slug, Name: "Zentrum " + slug, Kind: "regional", State: "DE-NI", City: "Hannover",
		Lat: 52.37, Lon: 9.73, StartedOn: "2021-06-01", Website: "https://example.org", Topics: []string{"ki", "daten"}}
}

func testOffer(id, centre string) *lotse.Offer {
	start := time.Date(2026, 12, 3, 16, 0, 0, 0, lotse.Berlin)
	end := start.Add(30 * time.Minute)
	return &lotse.Offer{ID: id, Centre: centre, Format: "webinar", Title: "KI-Talk " + id, Summary: "Kurz", Description: "Lang",
		Topics: []string{"ki"}, Audiences: []string{"handwerk", "industrie"}, Mode: "online",
		StartsAt: &start, EndsAt: &end, Recurrence: "FREQ=WEEKLY;BYDAY=TH", Capacity: 100, URL: "https://example.org/ki", Language: "de"}
}

func TestOfferRoundTrip(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		if created, err := s.PutCentre(ctx, testCentre("hannover")); err != nil || !created {
			t.Fatalf("put centre: created=%v err=%v", created, err)
		}
		want := testOffer("ki-talk", "hannover")
		want.Location = lotse.Location{City: "Hannover", Postcode: "30159", State: "DE-NI"}
		if r, err := s.PutOffer(ctx, want); err != nil || r != store.Created {
			t.Fatalf("got %v %v, want Created", r, err)
		}
		got, err := s.FindOfferByID(ctx, "ki-talk")
		if err != nil {
			t.Fatal(err)
		}
		want.Status = lotse.StatusPublished // imported offers are public
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("offer differs (-want +got):\n%s", diff)
		}
		if got.StartsAt.Location() != lotse.Berlin {
			t.Errorf("got location %v, want Europe/Berlin", got.StartsAt.Location())
		}
		if r, _ := s.PutOffer(ctx, testOffer("ki-talk", "hannover")); r != store.Updated {
			t.Errorf("changed offer: got %v, want Updated", r)
		}
		if r, _ := s.PutOffer(ctx, testOffer("ki-talk", "hannover")); r != store.Unchanged {
			t.Errorf("same offer again: got %v, want Unchanged", r)
		}
		if n, _ := s.CountOffers(ctx); n != 1 {
			t.Errorf("got %d offers, want 1", n)
		}
	})
}

func TestOfferErrors(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		if _, err := s.FindOfferByID(ctx, "nope"); lotse.ErrorCode(err) != lotse.ENOTFOUND {
			t.Errorf("missing offer: got %v, want ENOTFOUND", err)
		}
		if _, err := s.PutOffer(ctx, testOffer("x", "unknown-centre")); lotse.ErrorCode(err) != lotse.EINVALID {
			t.Errorf("unknown centre: got %v, want EINVALID", err)
		}
		bad := testOffer("y", "hannover")
		bad.Title = ""
		if _, err := s.PutOffer(ctx, bad); lotse.ErrorFields(err)["title"] == "" {
			t.Errorf("empty title: got %v, want a title message", err)
		}
		if err := s.DeleteOffer(ctx, "nope"); lotse.ErrorCode(err) != lotse.ENOTFOUND {
			t.Errorf("delete missing: got %v, want ENOTFOUND", err)
		}
	})
}

func TestChangesFollowWrites(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		s.PutCentre(ctx, testCentre("hannover"))
		start, _ := s.LastChange(ctx)
		s.PutOffer(ctx, testOffer("a", "hannover"))
		s.PutOffer(ctx, testOffer("b", "hannover"))
		s.PutOffer(ctx, testOffer("a", "hannover")) // unchanged: no change recorded
		if err := s.DeleteOffer(ctx, "b"); err != nil {
			t.Fatal(err)
		}
		changes, err := s.Changes(ctx, start)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, c := range changes {
			ids = append(ids, c.OfferID)
			if c.Seq <= start {
				t.Errorf("change %d not after %d", c.Seq, start)
			}
		}
		if diff := cmp.Diff([]string{"a", "b", "b"}, ids); diff != "" {
			t.Errorf("changes (-want +got):\n%s", diff)
		}
		if more, _ := s.Changes(ctx, changes[len(changes)-1].Seq); len(more) != 0 {
			t.Errorf("after last: got %v, want none", more)
		}
	})
}

func TestConcurrentWritersNeverFail(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		s.PutCentre(ctx, testCentre("hannover"))
		var wg sync.WaitGroup
		errs := make(chan error, 200)
		for i := range 200 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, err := s.PutOffer(ctx, testOffer(fmt.Sprintf("o%d", i), "hannover")); err != nil {
					errs <- err
				}
				if _, err := s.FindOfferByID(ctx, fmt.Sprintf("o%d", i)); err != nil {
					errs <- err
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		if n, _ := s.CountOffers(ctx); n != 200 {
			t.Errorf("got %d offers, want 200", n)
		}
	})
}

func TestImportAtomicWritesNothingOnError(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		offers := []*lotse.Offer{testOffer("a", "hannover"), testOffer("b", "elsewhere")}
		if _, err := s.Import(ctx, []*lotse.Centre{testCentre("hannover")}, offers, true, nil); err == nil {
			t.Fatal("got nil error, want unknown centre")
		}
		if n, _ := s.CountOffers(ctx); n != 0 {
			t.Errorf("got %d offers after failed atomic import, want 0", n)
		}
		cs, _ := s.FindCentres(ctx, lotse.CentreFilter{})
		if len(cs) != 0 {
			t.Errorf("got %d centres after failed atomic import, want 0", len(cs))
		}
		rep, err := s.Import(ctx, []*lotse.Centre{testCentre("hannover")}, offers[:1], true, nil)
		if err != nil || rep.Offers.Created != 1 || rep.Centres.Created != 1 {
			t.Errorf("got %+v %v, want one created each", rep, err)
		}
	})
}

func TestSettings(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		if v, err := s.Setting(ctx, "demo"); v != "" || err != nil {
			t.Fatalf("unset: got %q %v", v, err)
		}
		s.SetSetting(ctx, "demo", "a")
		s.SetSetting(ctx, "demo", "b")
		if v, _ := s.Setting(ctx, "demo"); v != "b" {
			t.Errorf("got %q, want b", v)
		}
	})
}
