package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"lotse"
	"lotse/store"
)

func TestUserAdd(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"LOTSE_DATA": dir}
	const pw = "Das erste Admin-Passwort"
	tests := []struct {
		name  string
		stdin string
		args  []string
		err   string // "" means success
	}{
		{"admin with piped password", pw + "\n", []string{"--email", "Admin@Netzwerk.de", "--role", "admin"}, ""},
		{"same address again", pw + "\n", []string{"--email", "admin@netzwerk.de", "--role", "admin"}, "gibt es schon"},
		{"short password", "kurz\n", []string{"--email", "b@netzwerk.de", "--role", "admin"}, "mindestens 12 Zeichen"},
		{"no password", "", []string{"--email", "c@netzwerk.de", "--role", "admin"}, "kein Passwort"},
		{"editor needs a centre", pw + "\n", []string{"--email", "d@netzwerk.de", "--role", "editor"}, "--centre"},
		{"unknown centre", pw + "\n", []string{"--email", "e@netzwerk.de", "--role", "editor", "--centre", "nirgendwo"}, "nirgendwo"},
		{"unknown role", pw + "\n", []string{"--email", "f@netzwerk.de", "--role", "root"}, "--role"},
		{"no password flag exists", pw + "\n", []string{"--email", "g@netzwerk.de", "--role", "admin", "--password", "x"}, "not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := runLotse(t, env, tt.stdin, append([]string{"user", "add"}, tt.args...)...)
			if tt.err == "" {
				if err != nil || !strings.Contains(out, "angelegt") {
					t.Fatalf("got %v, %q", err, out)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("got %v, want an error with %q", err, tt.err)
			}
		})
	}
	out, _, err := runLotse(t, env, "", "user", "list")
	if err != nil || !strings.Contains(out, "admin@netzwerk.de") || strings.Contains(out, "d@netzwerk.de") {
		t.Errorf("list: %v\n%s", err, out)
	}
	s, err := store.Open(context.Background(), "sqlite:"+filepath.Join(dir, "lotse.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, hash, err := s.PasswordHash(context.Background(), "admin@netzwerk.de")
	if err != nil || !lotse.CheckPassword(hash, pw) {
		t.Errorf("stored password does not match: %v", err)
	}
	entries, _, _ := s.FindAuditEntries(context.Background(), lotse.AuditFilter{})
	if len(entries) != 1 || entries[0].Actor != "Kommandozeile" {
		t.Errorf("audit: got %+v", entries)
	}

	// A forgotten password and a lost phone: reset both from the command line.
	u, _ := s.FindUserByEmail(context.Background(), "admin@netzwerk.de")
	if err := s.SetTOTP(context.Background(), nil, u.ID, lotse.NewTOTPSecret(), 0); err != nil {
		t.Fatal(err)
	}
	const pw2 = "Ein zweites Admin-Passwort"
	if _, _, err := runLotse(t, env, pw2+"\n", "user", "password", "--email", "nobody@netzwerk.de"); err == nil {
		t.Error("password for an unknown account: no error")
	}
	if out, _, err := runLotse(t, env, pw2+"\n", "user", "password", "--email", "admin@netzwerk.de", "--reset-totp"); err != nil || !strings.Contains(out, "gesetzt") {
		t.Fatalf("password: %v %q", err, out)
	}
	u, hash, _ = s.PasswordHash(context.Background(), "admin@netzwerk.de")
	if !lotse.CheckPassword(hash, pw2) || u.TOTP {
		t.Errorf("after reset: password matches %v, TOTP %v", lotse.CheckPassword(hash, pw2), u.TOTP)
	}

	// The only admin stays; a second one can go.
	if _, _, err := runLotse(t, env, "", "user", "delete", "--email", "admin@netzwerk.de"); err == nil || !strings.Contains(err.Error(), "letzte aktive") {
		t.Errorf("deleting the last admin: %v", err)
	}
	if _, _, err := runLotse(t, env, pw+"\n", "user", "add", "--email", "zweite@netzwerk.de", "--role", "admin"); err != nil {
		t.Fatal(err)
	}
	if out, _, err := runLotse(t, env, "", "user", "delete", "--email", "zweite@netzwerk.de"); err != nil || !strings.Contains(out, "gelöscht") {
		t.Errorf("delete: %v %q", err, out)
	}
	if _, err := s.FindUserByEmail(context.Background(), "zweite@netzwerk.de"); lotse.ErrorCode(err) != lotse.ENOTFOUND {
		t.Errorf("after delete: %v", err)
	}
}
