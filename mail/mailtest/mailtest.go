// Package mailtest runs an in-process SMTP server for tests and takes the
// received messages apart, calendar invitations included.
package mailtest

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"strings"
	"sync"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/emersion/go-smtp"
)

// Server is an SMTP server that keeps every message it receives.
type Server struct {
	URL string // smtp://127.0.0.1:port

	mu       sync.Mutex
	messages []*Message
	notify   chan struct{}
}

// Message is a received message taken apart.
type Message struct {
	From     string
	To       []string
	Header   mail.Header
	Subject  string
	Text     string
	Calendar string // the text/calendar part, "" if none
	Method   string // its method parameter
	Raw      []byte
}

// Parse parses the message's calendar with golang-ical.
func (m *Message) Parse() (*ics.Calendar, error) {
	if m.Calendar == "" {
		return nil, fmt.Errorf("message %q has no calendar", m.Subject)
	}
	return ics.ParseCalendar(strings.NewReader(m.Calendar))
}

// NewServer starts a server on a free port and stops it when t ends.
func NewServer(t testing.TB) *Server {
	t.Helper()
	s := &Server{notify: make(chan struct{}, 1)}
	srv := smtp.NewServer(backend{s})
	srv.Domain = "localhost"
	srv.AllowInsecureAuth = true
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	s.URL = "smtp://" + ln.Addr().String()
	return s
}

// Messages returns what was received so far.
func (s *Server) Messages() []*Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*Message(nil), s.messages...)
}

// WaitFor waits until a message matches ok or the deadline passes.
func (s *Server) WaitFor(t testing.TB, d time.Duration, ok func(*Message) bool) *Message {
	t.Helper()
	deadline := time.After(d)
	for {
		for _, m := range s.Messages() {
			if ok(m) {
				return m
			}
		}
		select {
		case <-s.notify:
		case <-deadline:
			var subjects []string
			for _, m := range s.Messages() {
				subjects = append(subjects, fmt.Sprintf("%v: %s", m.To, m.Subject))
			}
			t.Fatalf("no matching mail within %v; received %d: %v", d, len(subjects), subjects)
			return nil
		}
	}
}

type backend struct{ s *Server }

func (b backend) NewSession(*smtp.Conn) (smtp.Session, error) { return &session{s: b.s}, nil }

type session struct {
	s    *Server
	from string
	to   []string
}

func (ss *session) Mail(from string, _ *smtp.MailOptions) error { ss.from = from; return nil }
func (ss *session) Rcpt(to string, _ *smtp.RcptOptions) error   { ss.to = append(ss.to, to); return nil }
func (ss *session) Reset()                                      { ss.from, ss.to = "", nil }
func (ss *session) Logout() error                               { return nil }

func (ss *session) Data(r io.Reader) error {
	raw, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	m, err := Parse(raw)
	if err != nil {
		return err
	}
	m.From, m.To = ss.from, ss.to
	ss.s.mu.Lock()
	ss.s.messages = append(ss.s.messages, m)
	ss.s.mu.Unlock()
	select {
	case ss.s.notify <- struct{}{}:
	default:
	}
	return nil
}

// Parse takes a raw message (as received or from an .eml file) apart.
func Parse(raw []byte) (*Message, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	dec := new(mime.WordDecoder)
	subject, err := dec.DecodeHeader(msg.Header.Get("Subject"))
	if err != nil {
		subject = msg.Header.Get("Subject")
	}
	m := &Message{Header: msg.Header, Subject: subject, Raw: raw}
	if err := m.walk(msg.Header.Get("Content-Type"), msg.Header.Get("Content-Transfer-Encoding"), msg.Body); err != nil {
		return nil, err
	}
	return m, nil
}

func (m *Message) walk(ctype, cte string, body io.Reader) error {
	mt, params, err := mime.ParseMediaType(ctype)
	if err != nil {
		mt = "text/plain"
	}
	if strings.HasPrefix(mt, "multipart/") {
		mr := multipart.NewReader(body, params["boundary"])
		for {
			p, err := mr.NextRawPart()
			if err == io.EOF {
				return nil
			} else if err != nil {
				return err
			}
			if err := m.walk(p.Header.Get("Content-Type"), p.Header.Get("Content-Transfer-Encoding"), p); err != nil {
				return err
			}
		}
	}
	switch strings.ToLower(cte) {
	case "quoted-printable":
		body = quotedprintable.NewReader(body)
	case "base64":
		body = base64.NewDecoder(base64.StdEncoding, &stripNewlines{r: body})
	}
	b, err := io.ReadAll(body)
	if err != nil {
		return err
	}
	switch mt {
	case "text/plain":
		if m.Text == "" {
			m.Text = string(b)
		}
	case "text/calendar":
		if m.Calendar == "" {
			m.Calendar, m.Method = string(b), params["method"]
		}
	}
	return nil
}

type stripNewlines struct{ r io.Reader }

func (s *stripNewlines) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	j := 0
	for _, c := range p[:n] {
		if c != '\r' && c != '\n' {
			p[j] = c
			j++
		}
	}
	return j, err
}
