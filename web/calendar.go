package web

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"lotse"
	lmail "lotse/mail"
	"lotse/search"
	"lotse/store"
)

// maxFeedEvents caps a calendar feed; the soonest events come first.
const maxFeedEvents = 2000

// calendarAll is the feed of every event of the network (webcal).
func (s *Server) calendarAll(w http.ResponseWriter, r *http.Request) error {
	return s.calendarFeed(w, r, nil, "Mittelstand-Digital: alle Veranstaltungen", "mittelstand-digital")
}

func (s *Server) calendarCentre(w http.ResponseWriter, r *http.Request) error {
	c := s.catalog.centre(r.PathValue("slug"))
	if c == nil {
		return lotse.Errorf(lotse.ENOTFOUND, "Dieses Zentrum gibt es nicht.")
	}
	return s.calendarFeed(w, r, map[string][]string{search.FacetCentre: {c.Slug}}, c.Name+": Veranstaltungen", c.Slug)
}

func (s *Server) calendarTopic(w http.ResponseWriter, r *http.Request) error {
	slug := r.PathValue("slug")
	if !lotse.Topics.Has(slug) {
		return lotse.Errorf(lotse.ENOTFOUND, "Dieses Thema gibt es nicht.")
	}
	return s.calendarFeed(w, r, map[string][]string{search.FacetTopic: {slug}},
		"Mittelstand-Digital: "+s.catalog.labels.label(lotse.VocabTopics, slug), "thema-"+slug)
}

// calendarOffer is one event (all dates of a series) as an .ics file.
func (s *Server) calendarOffer(w http.ResponseWriter, r *http.Request) error {
	o, err := s.store.FindOfferByID(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	if !o.IsEvent() || !o.IsPublic() {
		return lotse.Errorf(lotse.ENOTFOUND, "Dieses Angebot hat keine Termine.")
	}
	b, err := s.calendar(r.Context(), "", []*lotse.Offer{o})
	if err != nil {
		return err
	}
	return writeCalendar(w, b, o.ID, s.cfg.Now())
}

// calendarFeed writes the events matching filters that have a date from a
// month ago on. A feed of the whole network holds up to maxFeedEvents
// events and calendar apps poll it, so each feed is kept for a minute (its
// Cache-Control allows five).
func (s *Server) calendarFeed(w http.ResponseWriter, r *http.Request, filters map[string][]string, name, file string) error {
	now := s.cfg.Now()
	if f, ok := s.feeds.Load(r.URL.Path); ok && now.Sub(f.(*feed).at) < time.Minute {
		return writeCalendar(w, f.(*feed).body, file, f.(*feed).at)
	}
	res := s.catalog.index.Search(search.Query{Filters: filters, From: now.AddDate(0, -1, 0), Now: now, Limit: maxFeedEvents})
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.ID
	}
	offers, err := s.store.FindOffersByIDs(r.Context(), ids)
	if err != nil {
		return err
	}
	b, err := s.calendar(r.Context(), name, offers)
	if err != nil {
		return err
	}
	s.feeds.Store(r.URL.Path, &feed{body: b, at: now})
	return writeCalendar(w, b, file, now)
}

// feed is a calendar feed as written at a time.
type feed struct {
	body []byte
	at   time.Time
}

// calendar returns the offers' dates as an iCalendar feed.
func (s *Server) calendar(ctx context.Context, name string, offers []*lotse.Offer) ([]byte, error) {
	now := s.cfg.Now()
	changed, err := s.store.ChangedDates(ctx, now.AddDate(0, -1, 0))
	if err != nil {
		return nil, err
	}
	var events []lmail.Event
	for _, o := range offers {
		if o.StartsAt == nil {
			continue
		}
		e := lmail.Event{
			UID: fmt.Sprintf("lotse-offer-%s@%s", o.ID, s.publicHost()), Start: *o.StartsAt, RRule: o.Recurrence,
			Summary: o.Title, Description: o.Summary, URL: s.linkBase() + "/angebote/" + o.ID,
			Location: s.where(o, store.DateInfo{}), Stamp: now,
		}
		if d := o.Duration(); d > 0 {
			e.End = o.StartsAt.Add(d)
		}
		if c := s.catalog.centre(o.Centre); c != nil {
			e.Description = c.Name + ": " + o.Summary
		}
		events = append(events, e)
		// Dates the centre moved or called off: for a series, an event of
		// its own for that one date (RECURRENCE-ID, RFC 5545 3.8.4.4); for a
		// single date, the event itself.
		for _, d := range changed[o.ID] {
			one := e
			if o.Recurrence != "" {
				one.RRule, one.RecurrenceID = "", d.Start
			} else if !d.Start.Equal(*o.StartsAt) {
				continue
			}
			one.Sequence, one.Cancelled = d.Sequence, d.Cancelled
			if d.MovedTo != nil {
				one.Start, one.End = *d.MovedTo, time.Time{}
				if d.MovedEnd != nil {
					one.End = *d.MovedEnd
				}
			} else {
				one.Start, one.End = d.Start, time.Time{}
				if !e.End.IsZero() {
					one.End = d.Start.Add(e.End.Sub(e.Start))
				}
			}
			if d.Place != "" {
				one.Location = d.Place
			}
			if o.Recurrence != "" {
				events = append(events, one)
			} else {
				events[len(events)-1] = one
			}
		}
	}
	return lmail.Calendar(lmail.MethodPublish, name, events), nil
}

// writeCalendar sends an iCalendar file written at the time modified.
func writeCalendar(w http.ResponseWriter, b []byte, file string, modified time.Time) error {
	w.Header().Set("Content-Type", "text/calendar; charset=utf-8")
	w.Header().Set("Content-Disposition", `inline; filename="`+file+`.ics"`)
	w.Header().Set("Cache-Control", "public, max-age=300")
	w.Header().Set("Last-Modified", modified.UTC().Format(time.RFC1123))
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	_, err := w.Write(b)
	return err
}
