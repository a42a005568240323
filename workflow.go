package lotse

import (
	"slices"
	"time"
)

// Editorial states of an offer: draft → published → (cancelled | archived).
const (
	StatusDraft     = "draft"     // being written; invisible to the public, the index and the API
	StatusPublished = "published" // public
	StatusCancelled = "cancelled" // called off; its page stays and says so
	StatusArchived  = "archived"  // over; its page stays, lists no longer show it
)

// Statuses lists the states with their German labels.
var Statuses = Vocabulary{
	{StatusDraft, "Entwurf"},
	{StatusPublished, "Veröffentlicht"},
	{StatusCancelled, "Abgesagt"},
	{StatusArchived, "Archiviert"},
}

// StatusActions are the editorial actions, each moving an offer to a state.
var StatusActions = map[string]string{
	"publish":   StatusPublished,
	"unpublish": StatusDraft,
	"cancel":    StatusCancelled,
	"archive":   StatusArchived,
}

// transitions lists, for each state, the states it may move to.
var transitions = map[string][]string{
	StatusDraft:     {StatusPublished, StatusArchived},
	StatusPublished: {StatusDraft, StatusCancelled, StatusArchived},
	StatusCancelled: {StatusPublished, StatusArchived},
	StatusArchived:  {StatusDraft},
}

// CanChangeStatus reports whether an offer in state from may move to to.
func CanChangeStatus(from, to string) bool {
	for _, s := range transitions[from] {
		if s == to {
			return true
		}
	}
	return false
}

// IsPublic reports whether the offer's own page is public: published,
// cancelled and archived offers keep their page (links in old newsletters
// must not break); drafts have none.
func (o *Offer) IsPublic() bool { return o.Status != StatusDraft }

// IsListed reports whether the offer appears in lists, search and the API list.
func (o *Offer) IsListed() bool { return o.Status == StatusPublished || o.Status == "" }

// ChangedFields names, in German, the fields in which next differs from o,
// for the audit trail and for telling participants what changed.
func (o *Offer) ChangedFields(next *Offer) []string {
	var out []string
	add := func(changed bool, name string) {
		if changed {
			out = append(out, name)
		}
	}
	timeEq := func(a, b *time.Time) bool { return (a == nil) == (b == nil) && (a == nil || a.Equal(*b)) }
	add(o.Centre != next.Centre, "Zentrum")
	add(o.Format != next.Format, "Format")
	add(o.Title != next.Title, "Titel")
	add(o.Summary != next.Summary, "Kurzbeschreibung")
	add(o.Description != next.Description, "Beschreibung")
	add(!slices.Equal(o.Topics, next.Topics), "Themen")
	add(!slices.Equal(o.Audiences, next.Audiences), "Zielgruppen")
	add(o.Mode != next.Mode, "Form")
	add(o.Location != next.Location, "Ort")
	add(!timeEq(o.StartsAt, next.StartsAt), "Beginn")
	add(!timeEq(o.EndsAt, next.EndsAt), "Ende")
	add(o.Recurrence != next.Recurrence, "Wiederholung")
	add(o.Capacity != next.Capacity, "Plätze")
	add(o.URL != next.URL, "Link")
	add(o.Language != next.Language, "Sprache")
	return out
}

// ChangesDates reports whether next moves the dates or the place of o, the
// changes participants of an event must hear about.
func (o *Offer) ChangesDates(next *Offer) bool {
	for _, f := range o.ChangedFields(next) {
		switch f {
		case "Beginn", "Ende", "Wiederholung", "Ort", "Form":
			return true
		}
	}
	return false
}
