package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"lotse"
	lmail "lotse/mail"
	"lotse/store"
)

// RunJobs works the background jobs of this instance until ctx ends: it
// sends e-mails and reminders and, once an hour, deletes expired personal
// data. Run starts it; tests may start it on their own.
func (s *Server) RunJobs(ctx context.Context) error {
	sender := s.cfg.Mail
	if sender == nil {
		s.log.Warn("no mail sender configured: background jobs (e-mails, reminders) do not run here")
		return errors.New("run jobs: no mail sender")
	}
	go s.housekeeping(ctx)
	s.store.WorkJobs(ctx, store.WorkOptions{Poll: s.cfg.JobPoll}, s.log, func(ctx context.Context, j *store.Job) error {
		switch j.Kind {
		case store.JobMail:
			var args store.MailArgs
			if err := json.Unmarshal(j.Args, &args); err != nil {
				return fmt.Errorf("mail job %d: %w", j.ID, err)
			}
			msgs, err := s.composeMail(ctx, args)
			if err != nil {
				return err
			}
			for _, m := range msgs {
				if err := sender.Send(ctx, m); err != nil {
					return err
				}
			}
			return nil
		case store.JobReminders:
			var args store.ReminderArgs
			if err := json.Unmarshal(j.Args, &args); err != nil {
				return fmt.Errorf("reminders job %d: %w", j.ID, err)
			}
			return s.store.QueueReminders(ctx, args)
		}
		return fmt.Errorf("unknown job kind %q", j.Kind)
	})
	return nil
}

func (s *Server) housekeeping(ctx context.Context) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		if n, err := s.store.PurgeRegistrations(ctx, s.cfg.Retention); err != nil {
			s.log.Error("purge registrations", "err", err)
		} else if n > 0 {
			s.log.Info("deleted personal data of past registrations", "registrations", n)
		}
		if err := s.store.PurgeJobs(ctx, 7*24*time.Hour); err != nil {
			s.log.Error("purge jobs", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// composeMail builds the messages a mail job sends, from the state now. A
// message that no longer fits (a reminder for a cancelled seat, a date that
// moved since) is left out.
func (s *Server) composeMail(ctx context.Context, a store.MailArgs) ([]*lmail.Message, error) {
	var b *store.Booking
	var regs []*lotse.Registration
	if a.Kind == store.MailBooked {
		var err error
		if b, err = s.store.FindBooking(ctx, a.Booking); err != nil {
			if lotse.ErrorCode(err) == lotse.ENOTFOUND {
				return nil, nil
			}
			return nil, err
		}
		regs = b.Registrations
	} else {
		r, bk, err := s.store.FindRegistration(ctx, a.Registration)
		if err != nil {
			if lotse.ErrorCode(err) == lotse.ENOTFOUND {
				return nil, nil
			}
			return nil, err
		}
		b, regs = bk, []*lotse.Registration{r}
	}
	first := regs[0]
	if first.Email == "" { // personal data deleted
		return nil, nil
	}
	o := b.Offer
	cancelURL := s.linkBase() + "/anmeldungen/" + b.Token
	m := &lmail.Message{To: first.Email, ToName: first.Name}
	var text strings.Builder
	fmt.Fprintf(&text, "Guten Tag %s,\n\n", first.Name)
	var events []lmail.Event
	method := lmail.MethodRequest
	switch a.Kind {
	case store.MailBooked:
		var confirmed, waiting int
		for _, r := range regs {
			if r.Status == lotse.RegistrationConfirmed {
				confirmed++
			} else if r.Status == lotse.RegistrationWaitlisted {
				waiting++
			}
		}
		switch {
		case confirmed == 0 && waiting == 0:
			return nil, nil // cancelled before we got to send
		case waiting == 0:
			m.Subject = "Anmeldung bestätigt: " + o.Title
			fmt.Fprintf(&text, "vielen Dank für Ihre Anmeldung zu „%s“. Ihr Platz ist bestätigt:\n\n", o.Title)
		case confirmed == 0:
			m.Subject = "Warteliste: " + o.Title
			fmt.Fprintf(&text, "vielen Dank für Ihr Interesse an „%s“. Die Veranstaltung ist ausgebucht; Sie stehen auf der Warteliste:\n\n", o.Title)
		default:
			m.Subject = "Anmeldung bestätigt: " + o.Title
			fmt.Fprintf(&text, "vielen Dank für Ihre Anmeldung zu „%s“:\n\n", o.Title)
		}
		for _, r := range regs {
			d := b.Date(r)
			switch r.Status {
			case lotse.RegistrationConfirmed:
				fmt.Fprintf(&text, "  • %s – Platz bestätigt\n", when(d.Start, d.End))
				events = append(events, s.event(b, r, d, false, d.Sequence))
			case lotse.RegistrationWaitlisted:
				fmt.Fprintf(&text, "  • %s – Warteliste, Platz %d\n", when(d.Start, d.End), r.Position)
			}
		}
		if confirmed > 0 {
			text.WriteString("\nDie Kalendereinladung hängt an dieser E-Mail.")
		}
		if waiting > 0 {
			text.WriteString("\nWird ein Platz frei, rücken Sie automatisch nach und bekommen eine E-Mail mit der Einladung.")
		}
		text.WriteString("\n")
	case store.MailPromoted, store.MailUpdated:
		d := b.Date(first)
		if first.Status != lotse.RegistrationConfirmed || d.Cancelled {
			return nil, nil
		}
		if a.Kind == store.MailPromoted {
			m.Subject = "Sie haben einen Platz: " + o.Title
			fmt.Fprintf(&text, "gute Nachricht: Für „%s“ ist ein Platz frei geworden, und er gehört jetzt Ihnen.\n\n", o.Title)
		} else {
			m.Subject = "Geänderter Termin: " + o.Title
			fmt.Fprintf(&text, "der Termin von „%s“ hat sich geändert. So gilt er jetzt:\n\n", o.Title)
		}
		fmt.Fprintf(&text, "  • %s\n", when(d.Start, d.End))
		if d.Place != "" {
			fmt.Fprintf(&text, "  • Ort: %s\n", d.Place)
		}
		text.WriteString("\nDie Kalendereinladung hängt an dieser E-Mail.\n")
		events = append(events, s.event(b, first, d, false, d.Sequence))
	case store.MailCancelled, store.MailDateCancelled:
		d := b.Date(first)
		if a.Kind == store.MailCancelled {
			m.Subject = "Abmeldung bestätigt: " + o.Title
			fmt.Fprintf(&text, "Sie haben sich von „%s“ am %s abgemeldet. Schade, dass es nicht passt – vielleicht beim nächsten Mal.\n", o.Title, when(d.Start, d.End))
		} else {
			m.Subject = "Abgesagt: " + o.Title
			fmt.Fprintf(&text, "leider muss „%s“ am %s ausfallen. Bitte entschuldigen Sie. Weitere Termine und Angebote finden Sie unter %s.\n",
				o.Title, when(d.Start, d.End), s.linkBase()+"/angebote/"+o.ID)
		}
		if a.Seat {
			method = lmail.MethodCancel
			events = append(events, s.event(b, first, d, true, d.Sequence+1))
			text.WriteString("\nDer Termin wird mit dieser E-Mail aus Ihrem Kalender entfernt.\n")
		}
		cancelURL = ""
	case store.MailReminder:
		d := b.Date(first)
		if first.Status != lotse.RegistrationConfirmed || d.Cancelled || !d.Start.Equal(a.At) {
			return nil, nil
		}
		m.Subject = "Erinnerung: " + o.Title + " – " + when(d.Start, d.End)
		fmt.Fprintf(&text, "wir erinnern Sie an „%s“:\n\n  • %s\n", o.Title, when(d.Start, d.End))
		if where := s.where(o, d); where != "" {
			fmt.Fprintf(&text, "  • %s\n", where)
		}
		// The invitation again (same UID and SEQUENCE), for calendars that
		// missed or lost the first one.
		events = append(events, s.event(b, first, d, false, d.Sequence))
	default:
		return nil, fmt.Errorf("unknown mail kind %q", a.Kind)
	}
	if (o.Mode == "online" || o.Mode == "hybrid") && o.URL != "" && a.Kind != store.MailCancelled && a.Kind != store.MailDateCancelled {
		fmt.Fprintf(&text, "\nZugang zur Online-Veranstaltung: %s\n", o.URL)
	}
	if cancelURL != "" {
		fmt.Fprintf(&text, "\nSie können nicht teilnehmen? Bitte melden Sie sich hier ab, damit jemand von der Warteliste nachrücken kann:\n%s\n", cancelURL)
	}
	text.WriteString("\nMit freundlichen Grüßen\n")
	if c := s.catalog.centre(o.Centre); c != nil {
		text.WriteString(c.Name + "\n")
	}
	text.WriteString("\n--\nLotse · Mittelstand-Digital – alle Angebote kostenfrei\n")
	m.Text = text.String()
	if len(events) > 0 {
		m.Calendar, m.Method = lmail.Calendar(method, "", events), method
	}
	return []*lmail.Message{m}, nil
}

// event is the calendar entry of one person's place at one date. Its UID
// stays the same for the registration, so updates and cancellations replace
// the entry in the person's calendar.
func (s *Server) event(b *store.Booking, r *lotse.Registration, d store.DateInfo, cancelled bool, seq int) lmail.Event {
	o := b.Offer
	e := lmail.Event{
		UID:      fmt.Sprintf("lotse-registration-%d@%s", r.ID, s.publicHost()),
		Sequence: seq, Start: d.Start, End: d.End, Summary: o.Title, Location: s.where(o, d),
		URL: s.linkBase() + "/angebote/" + o.ID, Cancelled: cancelled, Stamp: s.cfg.Now(),
		Attendee: r.Email, AttendeeName: r.Name,
	}
	var desc strings.Builder
	desc.WriteString(o.Summary)
	if (o.Mode == "online" || o.Mode == "hybrid") && o.URL != "" {
		e.URL = o.URL
		fmt.Fprintf(&desc, "\n\nZugang: %s", o.URL)
	}
	if !cancelled {
		fmt.Fprintf(&desc, "\n\nAbmelden: %s/anmeldungen/%s", s.linkBase(), b.Token)
	}
	e.Description = strings.TrimSpace(desc.String())
	if c := s.catalog.centre(o.Centre); c != nil && c.Email != "" {
		e.Organizer, e.OrganizerName = c.Email, c.Name
	} else {
		e.Organizer, e.OrganizerName = "noreply@"+s.publicHost(), "Lotse"
	}
	return e
}

// where says where a date takes place.
func (s *Server) where(o *lotse.Offer, d store.DateInfo) string {
	if d.Place != "" {
		return d.Place
	}
	switch o.Mode {
	case "online":
		return "Online"
	case "hybrid":
		return strings.TrimSpace(o.Location.Postcode+" "+o.Location.City) + " und online"
	}
	return strings.TrimSpace(o.Location.Postcode + " " + o.Location.City)
}
