package lotse

import (
	"testing"
	"time"
)

func validOffer() *Offer {
	start := time.Date(2026, 3, 19, 16, 0, 0, 0, Berlin)
	end := start.Add(30 * time.Minute)
	return &Offer{
		ID: "ki-talk", Centre: "hannover", Format: "webinar", Title: "KI-Talk",
		Topics: []string{"ki"}, Audiences: []string{"alle"}, Mode: "online",
		StartsAt: &start, EndsAt: &end, Recurrence: "FREQ=WEEKLY;BYDAY=TH",
	}
}

func TestOfferValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(o *Offer)
		field  string // "" means valid
	}{
		{"valid weekly webinar", func(o *Offer) {}, ""},
		{"unknown format", func(o *Offer) { o.Format = "seminar" }, "format"},
		{"empty title", func(o *Offer) { o.Title = "  " }, "title"},
		{"no topic", func(o *Offer) { o.Topics = nil }, "topics"},
		{"unknown topic", func(o *Offer) { o.Topics = []string{"ki", "quantum"} }, "topics"},
		{"unknown audience", func(o *Offer) { o.Audiences = []string{"banken"} }, "audiences"},
		{"event without start", func(o *Offer) { o.StartsAt, o.EndsAt, o.Recurrence = nil, nil, "" }, "starts_at"},
		{"material without start is fine", func(o *Offer) { o.Format = "themenheft"; o.StartsAt, o.EndsAt, o.Recurrence = nil, nil, "" }, ""},
		{"end before start", func(o *Offer) { e := o.StartsAt.Add(-time.Hour); o.EndsAt = &e }, "ends_at"},
		{"bad rrule", func(o *Offer) { o.Recurrence = "EVERY THURSDAY" }, "recurrence"},
		{"on site needs city", func(o *Offer) { o.Mode = "praesenz" }, "location.city"},
		{"bad postcode", func(o *Offer) { o.Location.Postcode = "3015" }, "location.postcode"},
		{"bad state", func(o *Offer) { o.Location.State = "DE-XX" }, "location.state"},
		{"id with slash", func(o *Offer) { o.ID = "a/b" }, "id"},
		{"negative capacity", func(o *Offer) { o.Capacity = -1 }, "capacity"},
		{"javascript url", func(o *Offer) { o.URL = "javascript:alert(1)" }, "url"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := validOffer()
			tt.change(o)
			err := o.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("got %v, want valid", err)
				}
				return
			}
			if ErrorCode(err) != EINVALID {
				t.Fatalf("got code %q, want %q", ErrorCode(err), EINVALID)
			}
			if _, ok := ErrorFields(err)[tt.field]; !ok {
				t.Fatalf("got fields %v, want a message for %q", ErrorFields(err), tt.field)
			}
		})
	}
}

func TestOccurrencesKeepWallClockAcrossDST(t *testing.T) {
	o := validOffer()
	from := time.Date(2026, 3, 1, 0, 0, 0, 0, Berlin)
	got := o.Occurrences(from, from.AddDate(0, 1, 0), 10)
	if len(got) != 2 { // 19 and 26 March
		t.Fatalf("got %d dates, want 2: %v", len(got), got)
	}
	for _, oc := range got {
		if oc.Start.Hour() != 16 || oc.Start.Weekday() != time.Thursday || oc.End.Sub(oc.Start) != 30*time.Minute {
			t.Errorf("got %v–%v, want Thursday 16:00 for 30 minutes", oc.Start, oc.End)
		}
	}
	if got := o.Occurrences(from, from.AddDate(1, 0, 0), 5); len(got) != 5 {
		t.Errorf("got %d dates, want max 5", len(got))
	}
}
