// Package mail composes Lotse's e-mails with their calendar invitations and
// sends them over SMTP, or, when no SMTP server is configured, writes them as
// .eml files to an outbox directory so a demo works offline.
package mail

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/mail"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// Message is one e-mail.
type Message struct {
	To, ToName string
	Subject    string
	Text       string // plain text body
	// Calendar is an iCalendar object sent along (RFC 6047: a text/calendar
	// alternative with the method, and the same as an .ics attachment).
	Calendar []byte
	Method   string // the calendar's METHOD
}

// Sender sends messages. SMTP and the outbox are its two implementations.
type Sender interface {
	Send(ctx context.Context, m *Message) error
}

// New returns a Sender for smtpURL (smtp://user:pass@host:port or
// smtps://…), or, when smtpURL is empty, one that writes to outbox. from is
// the sender address, e.g. "Lotse <noreply@lotse.example>".
func New(smtpURL, outbox, from string, log *slog.Logger) (Sender, error) {
	if _, err := mail.ParseAddress(from); err != nil {
		return nil, fmt.Errorf("mail sender address %q: %w", from, err)
	}
	if smtpURL == "" {
		if err := os.MkdirAll(outbox, 0o750); err != nil {
			return nil, fmt.Errorf("create outbox: %w", err)
		}
		return &Outbox{Dir: outbox, From: from, log: log}, nil
	}
	return NewSMTP(smtpURL, from)
}

// SMTP sends through an SMTP server.
type SMTP struct {
	client *gomail.Client
	from   string
}

// NewSMTP parses smtp://user:pass@host:port (STARTTLS when offered) or
// smtps://… (TLS from the start).
func NewSMTP(rawURL, from string) (*SMTP, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("LOTSE_SMTP_URL: expected smtp://user:pass@host:port or smtps://…")
	}
	opts := []gomail.Option{gomail.WithTimeout(20 * time.Second), gomail.WithTLSPolicy(gomail.TLSOpportunistic)}
	port := 587
	switch u.Scheme {
	case "smtp":
	case "smtps":
		port = 465
		opts = append(opts, gomail.WithSSL())
	default:
		return nil, fmt.Errorf("LOTSE_SMTP_URL: scheme %q: expected smtp or smtps", u.Scheme)
	}
	if p := u.Port(); p != "" {
		if port, err = strconv.Atoi(p); err != nil {
			return nil, fmt.Errorf("LOTSE_SMTP_URL: bad port %q", p)
		}
	}
	opts = append(opts, gomail.WithPort(port))
	if u.User != nil && u.User.Username() != "" {
		pass, _ := u.User.Password()
		opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover),
			gomail.WithUsername(u.User.Username()), gomail.WithPassword(pass))
	}
	c, err := gomail.NewClient(u.Hostname(), opts...)
	if err != nil {
		return nil, fmt.Errorf("SMTP client: %w", err)
	}
	return &SMTP{client: c, from: from}, nil
}

// Send delivers m.
func (s *SMTP) Send(ctx context.Context, m *Message) error {
	msg, err := compose(s.from, m)
	if err != nil {
		return err
	}
	if err := s.client.DialAndSendWithContext(ctx, msg); err != nil {
		return fmt.Errorf("send mail to SMTP server: %w", err)
	}
	return nil
}

// Outbox writes each message as an .eml file into Dir and logs it.
type Outbox struct {
	Dir, From string
	log       *slog.Logger
}

// Send writes m to a new file, atomically (a reader never sees half a file).
func (o *Outbox) Send(ctx context.Context, m *Message) error {
	msg, err := compose(o.From, m)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if _, err := msg.WriteTo(&buf); err != nil {
		return fmt.Errorf("write mail: %w", err)
	}
	b := make([]byte, 4)
	rand.Read(b)
	name := time.Now().UTC().Format("20060102T150405.000000000") + "-" + hex.EncodeToString(b) + ".eml"
	tmp := filepath.Join(o.Dir, "."+name+".tmp")
	if err := os.WriteFile(tmp, buf.Bytes(), 0o640); err != nil {
		return fmt.Errorf("write mail to outbox: %w", err)
	}
	if err := os.Rename(tmp, filepath.Join(o.Dir, name)); err != nil {
		return fmt.Errorf("write mail to outbox: %w", err)
	}
	if o.log != nil {
		o.log.Info("mail written to outbox (no LOTSE_SMTP_URL set)", "file", filepath.Join(o.Dir, name), "subject", m.Subject)
	}
	return nil
}

func compose(from string, m *Message) (*gomail.Msg, error) {
	if strings.ContainsAny(m.Subject+m.To+m.ToName, "\r\n") {
		return nil, fmt.Errorf("mail: line break in a header")
	}
	if _, err := mail.ParseAddress(m.To); err != nil {
		return nil, fmt.Errorf("mail to %q: %w", m.To, err)
	}
	msg := gomail.NewMsg(gomail.WithNoDefaultUserAgent())
	if err := msg.From(from); err != nil {
		return nil, fmt.Errorf("mail from %q: %w", from, err)
	}
	msg.ToMailAddress(&mail.Address{Name: m.ToName, Address: m.To})
	msg.Subject(m.Subject)
	msg.SetDate()
	msg.SetMessageID()
	msg.SetGenHeader(gomail.HeaderXMailer, "Lotse")
	msg.SetBodyString(gomail.TypeTextPlain, m.Text)
	if len(m.Calendar) > 0 {
		ct := gomail.ContentType("text/calendar; method=" + m.Method)
		msg.AddAlternativeString(ct, string(m.Calendar))
		if err := msg.AttachReader("einladung.ics", bytes.NewReader(m.Calendar),
			gomail.WithFileContentType(gomail.ContentType("application/ics"))); err != nil {
			return nil, fmt.Errorf("attach calendar: %w", err)
		}
	}
	return msg, nil
}
