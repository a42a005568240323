// Package mail sends Lotse's e-mails. A Sender delivers a Message; Outbox
// writes each message as an .eml file into a directory, for development and
// for machines without SMTP.
package mail

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"mime"
	"mime/quotedprintable"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Message is one plain-text e-mail.
type Message struct {
	To      string
	Subject string
	Text    string
}

// Sender delivers messages.
type Sender interface {
	Send(ctx context.Context, m Message) error
}

// Outbox writes messages as .eml files into Dir.
type Outbox struct {
	Dir  string
	From string           // default "Lotse <noreply@localhost>"
	Now  func() time.Time // default time.Now
}

// Send writes m to a new file in the outbox.
func (o *Outbox) Send(ctx context.Context, m Message) error {
	now := time.Now
	if o.Now != nil {
		now = o.Now
	}
	b, err := Format(m, o.From, now())
	if err != nil {
		return err
	}
	if err := os.MkdirAll(o.Dir, 0o750); err != nil {
		return fmt.Errorf("write mail to outbox: %w", err)
	}
	id := make([]byte, 6)
	rand.Read(id)
	name := filepath.Join(o.Dir, now().UTC().Format("20060102T150405Z")+"-"+hex.EncodeToString(id)+".eml")
	if err := os.WriteFile(name, b, 0o640); err != nil {
		return fmt.Errorf("write mail to outbox: %w", err)
	}
	return nil
}

// Format renders m as an RFC 5322 message with a quoted-printable UTF-8 body.
func Format(m Message, from string, date time.Time) ([]byte, error) {
	if from == "" {
		from = "Lotse <noreply@localhost>"
	}
	to, err := mail.ParseAddress(m.To)
	if err != nil {
		return nil, fmt.Errorf("mail to %q: %w", m.To, err)
	}
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
