package mail

import (
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"
)

// iCalendar methods (RFC 5546).
const (
	MethodRequest = "REQUEST" // an invitation or its update
	MethodCancel  = "CANCEL"  // the date is off for the attendee
	MethodPublish = "PUBLISH" // a subscribed feed
)

// TZID is the time zone every date is written in.
const TZID = "Europe/Berlin"

// Event is one VEVENT.
type Event struct {
	UID                      string // stable across updates of the same date and person
	Sequence                 int    // raised on every change
	Start                    time.Time
	End                      time.Time // zero: no end
	RRule                    string    // feeds: the series rule, RFC 5545
	RecurrenceID             time.Time // feeds: the planned start of the one date of a series this event changes
	Summary                  string
	Description              string
	Location                 string
	URL                      string // the offer's page or the online join link
	Cancelled                bool
	Organizer, OrganizerName string // e-mail address of the centre
	Attendee, AttendeeName   string // the registered person
	Stamp                    time.Time
}

// Calendar serializes events as an iCalendar object with the given method,
// with CRLF line endings as RFC 5545 requires and the Europe/Berlin
// VTIMEZONE the dates refer to. name, when set, names a subscribed feed.
func Calendar(method, name string, events []Event) []byte {
	cal := ics.NewCalendarFor("Lotse Mittelstand-Digital")
	cal.SetProductId("-//Mittelstand-Digital//Lotse//DE")
	cal.SetMethod(ics.Method(method))
	if name != "" {
		cal.SetName(name)
		cal.SetXWRCalName(name)
		cal.SetXWRTimezone(TZID)
		cal.SetRefreshInterval("PT1H")
	}
	addBerlin(cal)
	for _, e := range events {
		v := cal.AddEvent(e.UID)
		v.SetDtStampTime(e.Stamp)
		v.SetSequence(e.Sequence)
		v.SetProperty(ics.ComponentPropertyDtStart, local(e.Start), ics.WithTZID(TZID))
		if !e.End.IsZero() {
			v.SetProperty(ics.ComponentPropertyDtEnd, local(e.End), ics.WithTZID(TZID))
		}
		if e.RRule != "" {
			v.AddRrule(strings.TrimPrefix(e.RRule, "RRULE:"))
		}
		if !e.RecurrenceID.IsZero() {
			v.SetProperty(ics.ComponentPropertyRecurrenceId, local(e.RecurrenceID), ics.WithTZID(TZID))
		}
		v.SetSummary(e.Summary)
		if e.Description != "" {
			v.SetDescription(e.Description)
		}
		if e.Location != "" {
			v.SetLocation(e.Location)
		}
		if e.URL != "" {
			v.SetURL(e.URL)
		}
		if e.Cancelled {
			v.SetStatus(ics.ObjectStatusCancelled)
		} else {
			v.SetStatus(ics.ObjectStatusConfirmed)
		}
		if e.Organizer != "" {
			v.SetOrganizer("mailto:"+e.Organizer, ics.WithCN(e.OrganizerName))
		}
		if e.Attendee != "" {
			status := ics.ParticipationStatusAccepted
			if e.Cancelled {
				status = ics.ParticipationStatusDeclined
			}
			v.AddAttendee("mailto:"+e.Attendee, ics.WithCN(e.AttendeeName), ics.ParticipationRoleReqParticipant, status, ics.WithRSVP(false))
		}
	}
	return []byte(cal.Serialize(ics.WithNewLineWindows))
}

func local(t time.Time) string { return t.In(berlin).Format("20060102T150405") }

var berlin = mustLoad(TZID)

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// addBerlin adds the VTIMEZONE of Europe/Berlin (EU rules since 1996).
func addBerlin(cal *ics.Calendar) {
	tz := cal.AddTimezone(TZID)
	day := &ics.Daylight{}
	day.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetfrom), "+0100")
	day.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetto), "+0200")
	day.SetProperty(ics.ComponentProperty(ics.PropertyTzname), "CEST")
	day.SetProperty(ics.ComponentPropertyDtStart, "19700329T020000")
	day.AddRrule("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
	std := tz.AddStandard()
	std.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetfrom), "+0200")
	std.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetto), "+0100")
	std.SetProperty(ics.ComponentProperty(ics.PropertyTzname), "CET")
	std.SetProperty(ics.ComponentPropertyDtStart, "19701025T030000")
	std.AddRrule("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
	tz.Components = append([]ics.Component{day}, tz.Components...)
}
