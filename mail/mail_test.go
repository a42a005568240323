package mail

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestOutboxWritesEML(t *testing.T) {
	dir := t.TempDir()
	o := &Outbox{Dir: dir, Now: func() time.Time { return time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC) }}
	if err := o.Send(context.Background(), Message{To: "a@b.de", Subject: "Einladung für Lotse", Text: "Grüße\nLink: https://x/y?t=abc"}); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
	if len(files) != 1 {
		t.Fatalf("got %d files, want 1", len(files))
	}
	b, _ := os.ReadFile(files[0])
	for _, want := range []string{"To: <a@b.de>\r\n", "Subject: =?utf-8?q?Einladung_f=C3=BCr_Lotse?=", "Gr=C3=BC=C3=9Fe\r\n", "t=3Dabc"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("message lacks %q:\n%s", want, b)
		}
	}
	if err := o.Send(context.Background(), Message{To: "a@b.de", Subject: "x\r\nBcc: evil@x.de"}); err == nil {
		t.Error("header injection accepted")
	}
}
