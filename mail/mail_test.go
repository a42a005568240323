package mail_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lotse/mail"
)

func TestOutboxWritesEML(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "outbox")
	s, err := mail.New("", dir, "Lotse <noreply@lotse.example>", nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Send(context.Background(), &mail.Message{To: "a@b.de", Subject: "Einladung für Lotse", Text: "Grüße\nLink: https://x/y?t=abc"}); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
	if len(files) != 1 {
		t.Fatalf("got %d files, want 1", len(files))
	}
	b, _ := os.ReadFile(files[0])
	for _, want := range []string{"From: Lotse <noreply@lotse.example>\r\n", "To: <a@b.de>\r\n", "Subject: =?utf-8?q?Einladung_f=C3=BCr_Lotse?=", "Gr=C3=BC=C3=9Fe\r\n", "t=3Dabc"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("message lacks %q:\n%s", want, b)
		}
	}
	if err := s.Send(context.Background(), &mail.Message{To: "a@b.de", Subject: "x\r\nBcc: evil@x.de"}); err == nil {
		t.Error("header injection accepted")
	}
	if _, err := mail.New("smtp://host", dir, "Lotse <noreply@lotse.example>", nil); err == nil {
		t.Error("SMTP URL accepted without SMTP support")
	}
}
