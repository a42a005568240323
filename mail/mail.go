// Package mail sends Lotse's e-mails. Without an SMTP server they are
// written as .eml files to an outbox directory, so a demo works offline.
//
// This is the minimal part the accounts need (invitations, password
// resets); it has the same API as the fuller package of the events work
// (SMTP, calendar invitations), which replaces it.
package mail

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"mime"
	"mime/quotedprintable"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Message is one e-mail.
type Message struct {
	To, ToName string
	Subject    string
	Text       string // plain text body
}

// Sender sends messages.
type Sender interface {
	Send(ctx context.Context, m *Message) error
}

// New returns a Sender writing to the outbox directory. from is the sender
// address, e.g. "Lotse <noreply@lotse.example>". SMTP (smtpURL) comes with
// the events work; until then a non-empty smtpURL is an error.
func New(smtpURL, outbox, from string, log *slog.Logger) (Sender, error) {
	if _, err := mail.ParseAddress(from); err != nil {
		return nil, fmt.Errorf("mail sender address %q: %w", from, err)
	}
	if smtpURL != "" {
		return nil, fmt.Errorf("LOTSE_SMTP_URL: sending by SMTP is not built in yet; unset it to use the outbox")
	}
	if err := os.MkdirAll(outbox, 0o750); err != nil {
		return nil, fmt.Errorf("create outbox: %w", err)
	}
	return &Outbox{Dir: outbox, From: from, log: log}, nil
}

// Outbox writes each message as an .eml file into Dir.
type Outbox struct {
	Dir, From string
	log       *slog.Logger
}

// Send writes m to a new file, atomically (a reader never sees half a file).
// The log names the file and subject, never the body: it may hold a link
// with a token.
func (o *Outbox) Send(ctx context.Context, m *Message) error {
	now := time.Now()
	b, err := format(m, o.From, now)
	if err != nil {
		return err
	}
	id := make([]byte, 4)
	rand.Read(id)
	name := now.UTC().Format("20060102T150405.000000000") + "-" + hex.EncodeToString(id) + ".eml"
	tmp := filepath.Join(o.Dir, "."+name+".tmp")
	if err := os.WriteFile(tmp, b, 0o640); err != nil {
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

// format renders m as an RFC 5322 message with a quoted-printable UTF-8 body.
func format(m *Message, from string, date time.Time) ([]byte, error) {
	if from == "" {
		from = "Lotse <noreply@localhost>"
	}
	to, err := mail.ParseAddress(m.To)
	if err != nil {
		return nil, fmt.Errorf("mail to %q: %w", m.To, err)
	}
	to.Name = m.ToName
	if strings.ContainsAny(m.Subject, "\r\n") {
		return nil, fmt.Errorf("mail: line break in subject")
	}
	id := make([]byte, 12)
	rand.Read(id)
	var b bytes.Buffer
	fmt.Fprintf(&b, "From: %s\r\n", from)
	fmt.Fprintf(&b, "To: %s\r\n", to.String())
	fmt.Fprintf(&b, "Subject: %s\r\n", mime.QEncoding.Encode("utf-8", m.Subject))
	fmt.Fprintf(&b, "Date: %s\r\n", date.Format(time.RFC1123Z))
	fmt.Fprintf(&b, "Message-ID: <%s@lotse>\r\n", hex.EncodeToString(id))
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
	qp := quotedprintable.NewWriter(&b)
	qp.Write([]byte(strings.ReplaceAll(strings.ReplaceAll(m.Text, "\r\n", "\n"), "\n", "\r\n")))
	qp.Close()
	b.WriteString("\r\n")
	return b.Bytes(), nil
}
