package demo

import (
	"strings"
	"testing"
)

func TestParseRuns(t *testing.T) {
	event := entry{key: "ws-test", format: "workshop", mode: "praesenz"}
	material := entry{key: "heft", format: "themenheft", mode: "online"}
	tests := []struct {
		name    string
		e       entry
		at      string
		wantErr string // "" means valid
		check   func(t *testing.T, runs []run)
	}{
		{"event with week and place", event, "chemnitz 3 tue 09:00 @Zwickau", "", func(t *testing.T, runs []run) {
			r := runs[0]
			if r.id != "chemnitz-ws-test" || r.week != 3 || r.hour != 9 || r.place.city != "Zwickau" || r.mode != "praesenz" {
				t.Errorf("got %+v", r)
			}
		}},
		{"reruns at one centre are numbered", event, "berlin 1 mon 09:00, hannover 2 tue 09:00, berlin 5 wed 13:00 online", "", func(t *testing.T, runs []run) {
			if runs[2].id != "berlin-ws-test-2" || runs[2].mode != "online" || runs[2].place != (place{}) {
				t.Errorf("got %+v", runs[2])
			}
		}},
		{"next weekday", event, "hannover next thu 16:00", "", func(t *testing.T, runs []run) {
			if !runs[0].next {
				t.Errorf("got %+v, want next", runs[0])
			}
		}},
		{"material without date", material, "berlin", "", nil},
		{"unknown centre", event, "muenchen 1 mon 09:00", "unknown centre", nil},
		{"event without date", event, "berlin", "needs week", nil},
		{"weekend day", event, "berlin 1 sat 09:00", "bad weekday", nil},
		{"bad time", event, "berlin 1 mon 9 Uhr", "bad time", nil},
		{"unknown place", event, "berlin 1 mon 09:00 @Hamburg", "no place", nil},
		{"material with date", material, "berlin 1 mon 09:00", "malformed", nil},
		{"empty run", event, "berlin 1 mon 09:00,", "empty run", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := tt.e
			e.at = tt.at
			runs, err := parseRuns(e)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("got %v, want no error", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("got %v, want an error containing %q", err, tt.wantErr)
			}
			if tt.check != nil {
				tt.check(t, runs)
			}
		})
	}
}

// TestHomeOffers checks that offers marked home take place at the centre's
// home, the first of its places.
func TestHomeOffers(t *testing.T) {
	for _, tx := range catalogue() {
		if !tx.home {
			continue
		}
		for _, r := range tx.runs {
			if r.mode != "online" && r.place != r.centre.places[0] {
				t.Errorf("%s: at %s, want the centre's home %s", r.id, r.place.city, r.centre.places[0].city)
			}
			if r.centre.places[0].city != r.centre.City {
				t.Errorf("%s: home place %s is not the centre's city %s", r.centre.Slug, r.centre.places[0].city, r.centre.City)
			}
		}
	}
}
