package mail_test

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	emersion "github.com/emersion/go-ical"

	"lotse/mail"
	"lotse/mail/mailtest"
)

var berlin, _ = time.LoadLocation("Europe/Berlin")

func invitation(method string, seq int) []byte {
	start := time.Date(2026, 3, 26, 16, 0, 0, 0, berlin)
	return mail.Calendar(method, "", []mail.Event{{
		UID: "registration-42@lotse", Sequence: seq, Start: start, End: start.Add(30 * time.Minute),
		Summary: "KI-Talk", Description: "Zugang: https://meet.example/ki\nBis bald", URL: "https://meet.example/ki",
		Location: "Online", Organizer: "zentrum@example.org", OrganizerName: "Zentrum Hannover",
		Attendee: "erika@firma.de", AttendeeName: "Erika Muster", Cancelled: method == mail.MethodCancel,
		Stamp: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC),
	}})
}

func TestCalendarIsValidRFC5545(t *testing.T) {
	b := invitation(mail.MethodRequest, 2)
	s := string(b)
	if strings.Contains(strings.ReplaceAll(s, "\r\n", ""), "\n") {
		t.Error("found a line ending that is not CRLF")
	}
	for _, want := range []string{"METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "DTSTART;TZID=Europe/Berlin:20260326T160000",
		"SEQUENCE:2", "UID:registration-42@lotse", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"} {
		if !strings.Contains(s, want) {
			t.Errorf("calendar lacks %q:\n%s", want, s)
		}
	}
	for _, line := range strings.Split(s, "\r\n") {
		if len(line) > 75 {
			t.Errorf("line longer than 75 octets: %q", line)
		}
	}
	// A second, independent parser reads it too, with the time zone.
	cal, err := emersion.NewDecoder(strings.NewReader(s)).Decode()
	if err != nil {
		t.Fatalf("go-ical: %v", err)
	}
	events := cal.Events()
	if len(events) != 1 {
		t.Fatalf("got %d events", len(events))
	}
	start, err := events[0].DateTimeStart(nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2026, 3, 26, 15, 0, 0, 0, time.UTC); !start.Equal(want) {
		t.Errorf("start: got %v, want %v", start.UTC(), want)
	}
	desc, _ := events[0].Props.Text("DESCRIPTION")
	if desc != "Zugang: https://meet.example/ki\nBis bald" {
		t.Errorf("description: got %q", desc)
	}
}

func TestSendOverSMTP(t *testing.T) {
	srv := mailtest.NewServer(t)
	s, err := mail.New(srv.URL, "", "Lotse <noreply@lotse.example>", nil)
	if err != nil {
		t.Fatal(err)
	}
	m := &mail.Message{To: "erika@firma.de", ToName: "Erika Müller", Subject: "Ihre Anmeldung: KI-Talk – bestätigt",
		Text: "Guten Tag, Sie sind angemeldet.", Calendar: invitation(mail.MethodCancel, 3), Method: mail.MethodCancel}
	if err := s.Send(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	got := srv.WaitFor(t, 5*time.Second, func(*mailtest.Message) bool { return true })
	if got.Subject != m.Subject || !strings.Contains(got.Text, "Sie sind angemeldet") || got.Method != "CANCEL" {
		t.Errorf("got subject %q, text %q, method %q", got.Subject, got.Text, got.Method)
	}
	cal, err := got.Parse()
	if err != nil {
		t.Fatal(err)
	}
	ev := cal.Events()[0]
	if st := ev.GetProperty("STATUS"); st == nil || st.Value != "CANCELLED" {
		t.Errorf("status: got %v", st)
	}
	start, err := ev.GetStartAt()
	if err != nil || !start.Equal(time.Date(2026, 3, 26, 16, 0, 0, 0, berlin)) {
		t.Errorf("start: got %v %v", start, err)
	}
}

func TestOutbox(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "outbox")
	s, err := mail.New("", dir, "noreply@lotse.example", slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Send(context.Background(), &mail.Message{To: "a@b.de", Subject: "Test", Text: "Hallo", Calendar: invitation(mail.MethodRequest, 0), Method: mail.MethodRequest}); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
	if len(files) != 1 {
		t.Fatalf("got %d files", len(files))
	}
	if err := s.Send(context.Background(), &mail.Message{To: "a@b.de", Subject: "x\r\nBcc: evil@x.de"}); err == nil {
		t.Error("header injection accepted")
	}
	raw, _ := os.ReadFile(files[0])
	m, err := mailtest.Parse(raw)
	if err != nil || m.Method != "REQUEST" || m.Subject != "Test" {
		t.Fatalf("got %+v, %v", m, err)
	}
	if _, err := m.Parse(); err != nil {
		t.Error(err)
	}
}

func TestNewRejectsBadURL(t *testing.T) {
	for _, u := range []string{"http://x", "smtp://", "smtp://host:port"} {
		if _, err := mail.New(u, "", "a@b.de", nil); err == nil {
			t.Errorf("%s: got no error", u)
		}
	}
}
