package store_test

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"lotse"
	"lotse/store"
)

func TestLabels(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		admin := &lotse.User{Email: "admin@netzwerk.de", Role: lotse.RoleAdmin, Active: true}
		if err := s.CreateUser(ctx, nil, admin, "hash"); err != nil {
			t.Fatal(err)
		}
		if got, err := s.Labels(ctx); err != nil || len(got) != 0 {
			t.Fatalf("fresh store: got %v, %v; want no labels", got, err)
		}
		if err := s.SetLabel(ctx, admin, lotse.VocabTopics, "ki", "  KI & Maschinelles Lernen "); err != nil {
			t.Fatal(err)
		}
		if err := s.SetLabel(ctx, admin, lotse.VocabModes, "praesenz", "Präsenz"); err != nil {
			t.Fatal(err)
		}
		if err := s.SetLabel(ctx, admin, lotse.VocabModes, "praesenz", "In Präsenz"); err != nil {
			t.Fatal(err)
		}
		got, err := s.Labels(ctx)
		want := map[string]map[string]string{"topics": {"ki": "KI & Maschinelles Lernen"}, "modes": {"praesenz": "In Präsenz"}}
		if err != nil || !cmp.Equal(got, want) {
			t.Fatalf("labels: %v\n%s", err, cmp.Diff(want, got))
		}

		tests := []struct {
			name, vocab, slug, label string
			field                    bool // the problem belongs to the label field
		}{
			{"unknown vocabulary", "states", "DE-NI", "Niedersachsen", false},
			{"unknown slug", lotse.VocabTopics, "quanten", "Quanten", false},
			{"label too long", lotse.VocabTopics, "ki", strings.Repeat("ä", 81), true},
			{"control character", lotse.VocabTopics, "ki", "KI\x00", true},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				err := s.SetLabel(ctx, admin, tt.vocab, tt.slug, tt.label)
				if lotse.ErrorCode(err) != lotse.EINVALID || (lotse.ErrorFields(err)["label"] != "") != tt.field {
					t.Errorf("got %v (fields %v), want EINVALID with label field %v", err, lotse.ErrorFields(err), tt.field)
				}
			})
		}
		if err := s.SetLabel(ctx, admin, lotse.VocabTopics, "ki", strings.Repeat("ä", 80)); err != nil {
			t.Errorf("80 characters: got %v, want nil", err)
		}

		// An empty label and the compiled one both restore the default.
		if err := s.SetLabel(ctx, admin, lotse.VocabTopics, "ki", ""); err != nil {
			t.Fatal(err)
		}
		if err := s.SetLabel(ctx, admin, lotse.VocabModes, "praesenz", "Vor Ort"); err != nil {
			t.Fatal(err)
		}
		if got, err := s.Labels(ctx); err != nil || len(got) != 0 {
			t.Errorf("after reset: got %v, %v; want no labels", got, err)
		}

		entries, _, err := s.FindAuditEntries(ctx, lotse.AuditFilter{Object: "label:topics/ki"})
		if err != nil || len(entries) != 3 {
			t.Fatalf("audit: got %d entries, %v; want 3", len(entries), err)
		}
		if e := entries[2]; e.Action != "label.set" || e.Actor != "admin@netzwerk.de" || !strings.Contains(e.Detail, "KI & Maschinelles Lernen") {
			t.Errorf("first audit entry: got %+v", e)
		}
		if e := entries[0]; !strings.Contains(e.Detail, "Künstliche Intelligenz") {
			t.Errorf("reset audit entry: got %+v, want the default named", e)
		}
	})
}
