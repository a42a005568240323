package store_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"lotse"
	"lotse/store"
)

func TestUsersSessionsTokens(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		now := time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC)
		s.Now = func() time.Time { return now }
		if _, err := s.PutCentre(ctx, testCentre("hannover")); err != nil {
			t.Fatal(err)
		}
		admin := &lotse.User{Email: "Admin@Netzwerk.de", Role: lotse.RoleAdmin, Active: true}
		if err := s.CreateUser(ctx, nil, admin, "hash"); err != nil || admin.ID == 0 {
			t.Fatalf("create admin: %v (id %d)", err, admin.ID)
		}
		if err := s.CreateUser(ctx, nil, &lotse.User{Email: "admin@netzwerk.de", Role: lotse.RoleViewer}, ""); lotse.ErrorCode(err) != lotse.ECONFLICT {
			t.Errorf("same address again: got %v, want ECONFLICT", err)
		}
		if err := s.CreateUser(ctx, admin, &lotse.User{Email: "x@y.de", Role: lotse.RoleEditor, Centres: []string{"nirgendwo"}}, ""); lotse.ErrorFields(err)["centres"] == "" {
			t.Errorf("unknown centre: got %v", err)
		}
		ed := &lotse.User{Email: "ed@zentrum.de", Role: lotse.RoleEditor, Centres: []string{"hannover"}, Active: true}
		if err := s.CreateUser(ctx, admin, ed, ""); err != nil {
			t.Fatal(err)
		}
		got, err := s.FindUserByEmail(ctx, " ED@zentrum.de")
		if err != nil || got.ID != ed.ID || got.HasPassword || got.Centres[0] != "hannover" {
			t.Fatalf("find editor: got %+v %v", got, err)
		}

		// An invitation works once and only before it expires.
		tok, err := s.CreateToken(ctx, admin, ed.ID, store.TokenInvite, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.FindToken(ctx, tok, store.TokenReset); lotse.ErrorCode(err) != lotse.ENOTFOUND {
			t.Errorf("token of other purpose: got %v", err)
		}
		if u, err := s.UseToken(ctx, tok, store.TokenInvite, "newhash"); err != nil || u.ID != ed.ID {
			t.Fatalf("use token: %v", err)
		}
		if _, err := s.UseToken(ctx, tok, store.TokenInvite, "again"); lotse.ErrorCode(err) != lotse.ENOTFOUND {
			t.Errorf("second use: got %v, want ENOTFOUND", err)
		}
		if _, h, _ := s.PasswordHash(ctx, "ed@zentrum.de"); h != "newhash" {
			t.Errorf("password hash: got %q", h)
		}
		tok2, _ := s.CreateToken(ctx, nil, ed.ID, store.TokenReset, time.Hour)
		now = now.Add(61 * time.Minute)
		if _, err := s.FindToken(ctx, tok2, store.TokenReset); lotse.ErrorCode(err) != lotse.ENOTFOUND {
			t.Errorf("expired token: got %v", err)
		}

		// Sessions: found by token, replaced at login, ended by deactivation.
		sid, err := s.CreateSession(ctx, ed.ID, true, time.Hour, "")
		if err != nil {
			t.Fatal(err)
		}
		sess, err := s.FindSession(ctx, sid)
		if err != nil || sess.User.ID != ed.ID || !sess.Verified {
			t.Fatalf("find session: %+v %v", sess, err)
		}
		sid2, _ := s.CreateSession(ctx, ed.ID, true, time.Hour, sid)
		if _, err := s.FindSession(ctx, sid); lotse.ErrorCode(err) != lotse.ENOTFOUND {
			t.Errorf("replaced session still valid: %v", err)
		}
		off := false
		if _, err := s.UpdateUser(ctx, admin, ed.ID, lotse.UserUpdate{Active: &off}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.FindSession(ctx, sid2); lotse.ErrorCode(err) != lotse.ENOTFOUND {
			t.Errorf("session of deactivated user still valid: %v", err)
		}
		sid3, _ := s.CreateSession(ctx, admin.ID, true, time.Hour, "")
		now = now.Add(2 * time.Hour)
		if _, err := s.FindSession(ctx, sid3); lotse.ErrorCode(err) != lotse.ENOTFOUND {
			t.Errorf("expired session still valid: %v", err)
		}

		// TOTP steps are used once.
		if err := s.SetTOTP(ctx, admin, admin.ID, "SECRET", 10); err != nil {
			t.Fatal(err)
		}
		if ok, _ := s.UseTOTPStep(ctx, admin.ID, 10); ok {
			t.Error("step 10 accepted twice")
		}
		if ok, _ := s.UseTOTPStep(ctx, admin.ID, 11); !ok {
			t.Error("step 11 refused")
		}

		// Login failures are counted per key within the window.
		if err := s.RecordAttempt(ctx, time.Hour, "account:a", "address:1"); err != nil {
			t.Fatal(err)
		}
		s.RecordAttempt(ctx, time.Hour, "account:a")
		n, err := s.Attempts(ctx, now.Add(-time.Minute), "account:a", "address:1", "account:b")
		if err != nil || n["account:a"] != 2 || n["address:1"] != 1 || n["account:b"] != 0 {
			t.Errorf("failures: got %v %v", n, err)
		}
		s.ClearAttempts(ctx, "account:a")
		if n, _ := s.Attempts(ctx, now.Add(-time.Minute), "account:a"); n["account:a"] != 0 {
			t.Errorf("cleared failures: got %v", n)
		}

		// Each kind of attempt keeps its own window: forgetting old failed
		// logins leaves the KI-Checks of the last hour.
		if err := s.RecordAttempt(ctx, time.Hour, "readiness:1"); err != nil {
			t.Fatal(err)
		}
		now = now.Add(20 * time.Minute)
		if err := s.RecordAttempt(ctx, 15*time.Minute, "address:1"); err != nil {
			t.Fatal(err)
		}
		if n, _ := s.Attempts(ctx, now.Add(-time.Hour), "readiness:1", "address:1"); n["readiness:1"] != 1 || n["address:1"] != 1 {
			t.Errorf("attempts of two kinds: got %v", n)
		}

		// Everything above left its trace, newest first.
		entries, total, err := s.FindAuditEntries(ctx, lotse.AuditFilter{Object: "user:" + itoa(ed.ID)})
		if err != nil || total < 4 {
			t.Fatalf("audit: got %d entries, %v", total, err)
		}
		if e := entries[0]; e.Action != "user.update" || e.Actor != "admin@netzwerk.de" || !strings.Contains(e.Detail, "deaktiviert") {
			t.Errorf("newest entry: got %+v", e)
		}
	})
}

func TestEditorialWorkflow(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		s.PutCentre(ctx, testCentre("hannover"))
		s.PutCentre(ctx, testCentre("berlin"))
		ed := &lotse.User{Email: "ed@zentrum.de", Role: lotse.RoleEditor, Centres: []string{"hannover"}, Active: true}
		if err := s.CreateUser(ctx, nil, ed, ""); err != nil {
			t.Fatal(err)
		}
		start, _ := s.LastChange(ctx)
		o := testOffer("neu", "hannover")
		if err := s.CreateOffer(ctx, ed, o); err != nil {
			t.Fatal(err)
		}
		if err := s.CreateOffer(ctx, ed, testOffer("neu", "hannover")); lotse.ErrorCode(err) != lotse.ECONFLICT {
			t.Errorf("same id again: got %v", err)
		}
		got, _ := s.FindOfferByID(ctx, "neu")
		if got.Status != lotse.StatusDraft {
			t.Errorf("new offer: got status %q, want draft", got.Status)
		}
		// Re-importing the offer keeps it a draft.
		if _, err := s.PutOffer(ctx, testOffer("neu", "hannover")); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.FindOfferByID(ctx, "neu"); got.Status != lotse.StatusDraft {
			t.Errorf("after import: got status %q, want draft", got.Status)
		}
		if _, err := s.SetOfferStatus(ctx, ed, "neu", lotse.StatusCancelled); lotse.ErrorCode(err) != lotse.EINVALID {
			t.Errorf("cancel a draft: got %v, want EINVALID", err)
		}
		if _, err := s.SetOfferStatus(ctx, ed, "neu", lotse.StatusPublished); err != nil {
			t.Fatal(err)
		}
		upd := testOffer("neu", "hannover")
		upd.Title = "Neuer Titel"
		earlier := upd.StartsAt.Add(-time.Hour)
		upd.StartsAt = &earlier
		before, err := s.UpdateOffer(ctx, ed, upd)
		if err != nil || before.Title != "KI-Talk neu" || upd.Status != lotse.StatusPublished {
			t.Fatalf("update: before %+v, status %q, %v", before, upd.Status, err)
		}
		if _, err := s.UpdateOffer(ctx, ed, testOffer("fehlt", "hannover")); lotse.ErrorCode(err) != lotse.ENOTFOUND {
			t.Errorf("update missing: got %v", err)
		}
		changes, _ := s.Changes(ctx, start)
		ids := map[string]int{}
		for _, c := range changes {
			ids[c.OfferID]++
		}
		if len(ids) != 1 || ids["neu"] < 3 { // created, published, updated
			t.Errorf("changes: got %v, want neu at least 3 times", ids)
		}
		list, total, err := s.FindEditorialOffers(ctx, store.EditorialFilter{Centres: []string{"hannover"}})
		if err != nil || total != 1 || list[0].Title != "Neuer Titel" {
			t.Errorf("editorial list: got %d %v", total, err)
		}
		if _, total, _ := s.FindEditorialOffers(ctx, store.EditorialFilter{Centres: []string{"berlin"}}); total != 0 {
			t.Errorf("berlin list: got %d, want 0", total)
		}
		entries, _, _ := s.FindAuditEntries(ctx, lotse.AuditFilter{Object: "offer:neu"})
		var actions []string
		for _, e := range entries {
			actions = append(actions, e.Action+" "+e.Detail)
		}
		want := []string{"offer.update Geändert: Titel, Beginn", "offer.status Status Entwurf → Veröffentlicht", "offer.create „KI-Talk neu“ als Entwurf angelegt (hannover)"}
		if strings.Join(actions, "|") != strings.Join(want, "|") {
			t.Errorf("audit: got %q, want %q", actions, want)
		}
	})
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestImportIsAudited(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		if _, err := s.Import(ctx, []*lotse.Centre{testCentre("hannover")}, []*lotse.Offer{testOffer("a", "hannover")}, false, nil); err != nil {
			t.Fatal(err)
		}
		entries, _, err := s.FindAuditEntries(ctx, lotse.AuditFilter{Object: "import"})
		if err != nil || len(entries) != 1 || entries[0].Actor != "Kommandozeile" || !strings.Contains(entries[0].Detail, "Angebote 1 neu") {
			t.Errorf("got %+v %v", entries, err)
		}
	})
}

func TestDeleteUser(t *testing.T) {
	forEachStore(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		if _, err := s.PutCentre(ctx, testCentre("hannover")); err != nil {
			t.Fatal(err)
		}
		admin := &lotse.User{Email: "admin@netzwerk.de", Role: lotse.RoleAdmin, Active: true}
		ed := &lotse.User{Email: "ed@zentrum.de", Role: lotse.RoleEditor, Centres: []string{"hannover"}, Active: true}
		for _, u := range []*lotse.User{admin, ed} {
			if err := s.CreateUser(ctx, nil, u, "hash"); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := s.CreateSession(ctx, ed.ID, true, time.Hour, ""); err != nil {
			t.Fatal(err)
		}
		if err := s.DeleteUser(ctx, admin, ed.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := s.FindUserByID(ctx, ed.ID); lotse.ErrorCode(err) != lotse.ENOTFOUND {
			t.Errorf("after delete: %v", err)
		}
		entries, _, err := s.FindAuditEntries(ctx, lotse.AuditFilter{Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if strings.Contains(e.Actor+e.Detail, "ed@zentrum.de") {
				t.Errorf("address left in the audit trail: %+v", e)
			}
		}
		if err := s.DeleteUser(ctx, admin, admin.ID); lotse.ErrorCode(err) != lotse.EINVALID {
			t.Errorf("last admin: %v", err)
		}
	})
}
