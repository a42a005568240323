package lotse

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestSeat(t *testing.T) {
	tests := []struct {
		name                            string
		capacity, confirmed, waitlisted int
		status                          string
		position                        int
	}{
		{"free seat is taken", 10, 3, 0, RegistrationConfirmed, 0},
		{"last seat is taken", 10, 9, 0, RegistrationConfirmed, 0},
		{"full event puts registrant on waitlist", 10, 10, 0, RegistrationWaitlisted, 1},
		{"waitlist grows at its end", 10, 10, 4, RegistrationWaitlisted, 5},
		{"nobody jumps the queue when a seat is free", 10, 9, 2, RegistrationWaitlisted, 3},
		{"unlimited capacity always confirms", 0, 500, 0, RegistrationConfirmed, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, p := Seat(tt.capacity, tt.confirmed, tt.waitlisted)
			if s != tt.status || p != tt.position {
				t.Errorf("got %s %d, want %s %d", s, p, tt.status, tt.position)
			}
		})
	}
}

func TestMoveUps(t *testing.T) {
	tests := []struct {
		name                                   string
		capacity, confirmed, waitlisted, moves int
	}{
		{"one seat freed, many waiting", 10, 9, 5, 1},
		{"capacity raised by three", 13, 10, 5, 3},
		{"more seats than waiting", 20, 10, 2, 2},
		{"full stays full", 10, 10, 5, 0},
		{"overbooked by hand stays", 10, 12, 5, 0},
		{"unlimited takes everyone", 0, 10, 4, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MoveUps(tt.capacity, tt.confirmed, tt.waitlisted); got != tt.moves {
				t.Errorf("got %d, want %d", got, tt.moves)
			}
		})
	}
}

func TestRegistrantValidate(t *testing.T) {
	ok := Registrant{Name: " Erika Muster ", Email: " Erika@Firma.DE", Company: "Muster GmbH", Size: "klein", Industry: "handwerk", Postcode: "30159", Consent: true}
	tests := []struct {
		name   string
		change func(r *Registrant)
		fields []string
	}{
		{"complete form passes", func(r *Registrant) {}, nil},
		{"missing consent", func(r *Registrant) { r.Consent = false }, []string{"consent"}},
		{"invalid e-mail", func(r *Registrant) { r.Email = "erika@firma" }, []string{"email"}},
		{"e-mail with display name", func(r *Registrant) { r.Email = "Erika <erika@firma.de>" }, []string{"email"}},
		{"html in name", func(r *Registrant) { r.Name = "<script>alert(1)</script>" }, []string{"name"}},
		{"empty everything", func(r *Registrant) { *r = Registrant{} },
			[]string{"company", "consent", "email", "industry", "name", "size"}},
		{"bad postcode", func(r *Registrant) { r.Postcode = "3015" }, []string{"postcode"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ok
			tt.change(&r)
			err := r.Validate()
			var got []string
			for f := range ErrorFields(err) {
				got = append(got, f)
			}
			if diff := cmp.Diff(tt.fields, got, sortStrings); diff != "" {
				t.Errorf("fields (-want +got):\n%s", diff)
			}
			if err == nil && (r.Email != "erika@firma.de" || r.Name != "Erika Muster") {
				t.Errorf("not normalised: %q %q", r.Name, r.Email)
			}
		})
	}
}

var sortStrings = cmpopts.SortSlices(func(a, b string) bool { return a < b })

func TestCheckDateAndReminders(t *testing.T) {
	start := time.Date(2026, 3, 19, 16, 0, 0, 0, Berlin) // a Thursday before summer time
	end := start.Add(30 * time.Minute)
	o := &Offer{StartsAt: &start, EndsAt: &end, Recurrence: "FREQ=WEEKLY;BYDAY=TH;COUNT=3", Mode: "online"}
	now := time.Date(2026, 3, 1, 0, 0, 0, 0, Berlin)
	// The third date is after the change to summer time, still at 16:00.
	third := time.Date(2026, 4, 2, 16, 0, 0, 0, Berlin)
	if _, err := o.CheckDate(third, now); err != nil {
		t.Errorf("third date: %v", err)
	}
	if _, err := o.CheckDate(third.Add(time.Hour), now); ErrorCode(err) != EINVALID {
		t.Errorf("unknown date: got %v, want EINVALID", err)
	}
	if _, err := o.CheckDate(time.Date(2026, 4, 9, 16, 0, 0, 0, Berlin), now); ErrorCode(err) != EINVALID {
		t.Errorf("date after COUNT: got %v, want EINVALID", err)
	}
	if _, err := o.CheckDate(start, start); ErrorCode(err) != EINVALID {
		t.Errorf("begun date: got %v, want EINVALID", err)
	}
	if n := len(o.BookableDates(now)); n != 3 {
		t.Errorf("bookable dates: got %d, want 3", n)
	}
	got := Reminders("online", start, now)
	want := []time.Time{start.Add(-24 * time.Hour), start.Add(-time.Hour)}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("online reminders (-want +got):\n%s", diff)
	}
	if got := Reminders("praesenz", start, start.Add(-2*time.Hour)); len(got) != 0 {
		t.Errorf("late registration on site: got reminders %v, want none", got)
	}
}
