package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"lotse"
	"lotse/readiness"
	"lotse/store"
)

func scoreCheck(t *testing.T, p readiness.Profile, answers map[string]string) *readiness.Result {
	t.Helper()
	r, err := readiness.Score(readiness.Current(), p, answers)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestReadinessRoundTrip(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		s.Now = func() time.Time { return time.Date(2026, 11, 21, 9, 30, 0, 0, time.UTC) }
		p := readiness.Profile{Size: "1-9", Industry: "handwerk", State: "DE-NI", Postcode: "30159"}
		first := scoreCheck(t, p, map[string]string{"daten-digital": "einiges", "daten-maschinen": "nicht-relevant"})
		token, err := s.CreateReadinessResult(ctx, first, "")
		if err != nil {
			t.Fatal(err)
		}
		if len(token) < 22 {
			t.Errorf("got token %q, want at least 128 random bits", token)
		}
		got, err := s.FindReadinessResult(ctx, token)
		if err != nil {
			t.Fatal(err)
		}
		want := &store.ReadinessRecord{Version: "v1", Profile: p, Answers: first.Answers, Score: first.Score,
			Scores: first.Scores().Dimensions, DMA: first.DMA.Overall, CreatedAt: time.Date(2026, 11, 21, 10, 30, 0, 0, lotse.Berlin)}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("record differs (-want +got):\n%s", diff)
		}
		again, err := readiness.Score(readiness.Current(), got.Profile, got.Answers)
		if err != nil || !cmp.Equal(again, first) {
			t.Errorf("scoring the stored answers again differs: %v", err)
		}

		second := scoreCheck(t, p, map[string]string{"daten-digital": "fast-alles"})
		token2, err := s.CreateReadinessResult(ctx, second, token)
		if err != nil {
			t.Fatal(err)
		}
		got2, err := s.FindReadinessResult(ctx, token2)
		if err != nil {
			t.Fatal(err)
		}
		if got2.Previous == nil || got2.Previous.Answers["daten-digital"] != "einiges" {
			t.Fatalf("got previous %+v, want the first check", got2.Previous)
		}

		if err := s.DeleteReadinessResult(ctx, token); err != nil {
			t.Fatal(err)
		}
		if _, err := s.FindReadinessResult(ctx, token); lotse.ErrorCode(err) != lotse.ENOTFOUND {
			t.Errorf("deleted: got %v, want ENOTFOUND", err)
		}
		if err := s.DeleteReadinessResult(ctx, token); lotse.ErrorCode(err) != lotse.ENOTFOUND {
			t.Errorf("deleted twice: got %v, want ENOTFOUND", err)
		}
		got2, err = s.FindReadinessResult(ctx, token2)
		if err != nil || got2.Previous != nil {
			t.Errorf("after deleting the first: got %+v, %v; want the second without previous", got2, err)
		}
		if _, err := s.CreateReadinessResult(ctx, second, "no-such-token"); err != nil {
			t.Errorf("unknown previous token: got %v, want it ignored", err)
		}
		if _, err := s.FindReadinessResult(ctx, "no-such-token"); lotse.ErrorCode(err) != lotse.ENOTFOUND {
			t.Errorf("unknown token: got %v, want ENOTFOUND", err)
		}
	})
}

func TestReadinessPeers(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		craft := readiness.Profile{Size: "1-9", Industry: "handwerk", State: "DE-NI"}
		trade := readiness.Profile{Size: "1-9", Industry: "handel", State: "DE-NI"}
		var mine string
		for i := range 4 {
			tok, err := s.CreateReadinessResult(ctx, scoreCheck(t, craft, map[string]string{"daten-digital": "fast-alles"}), "")
			if err != nil {
				t.Fatal(err)
			}
			if i == 0 {
				mine = tok
			}
		}
		if _, err := s.CreateReadinessResult(ctx, scoreCheck(t, trade, nil), ""); err != nil {
			t.Fatal(err)
		}
		// Another firm repeats its check twice: only the latest counts.
		tok, err := s.CreateReadinessResult(ctx, scoreCheck(t, craft, nil), "")
		if err != nil {
			t.Fatal(err)
		}
		for range 2 {
			if tok, err = s.CreateReadinessResult(ctx, scoreCheck(t, craft, map[string]string{"daten-digital": "fast-alles"}), tok); err != nil {
				t.Fatal(err)
			}
		}
		peers, err := s.FindReadinessPeers(ctx, "v1", "1-9", "handwerk", mine)
		if err != nil {
			t.Fatal(err)
		}
		if len(peers) != 4 {
			t.Fatalf("got %d peers, want the 3 other craft firms and the latest check of the fourth", len(peers))
		}
		if p := peers[0]; p.Industry != "handwerk" || p.Dimensions["daten-bestand"] == 0 || p.Version != "v1" {
			t.Errorf("got %+v, want craft scores with the data dimension", p)
		}
	})
}
