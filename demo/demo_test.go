package demo_test

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"lotse"
	"lotse/demo"
)

// days are the "today"s the tests run the network for: ordinary days, a
// Thursday (the KI-Talk's weekday) late in the evening, a Sunday just after
// midnight, a UTC time that is already the next day in Berlin, and days
// around the changes of summer time.
var days = []struct {
	name string
	t    time.Time
}{
	{"wednesday before summer time", time.Date(2026, 3, 18, 9, 0, 0, 0, lotse.Berlin)},
	{"thursday late evening", time.Date(2026, 10, 22, 23, 30, 0, 0, lotse.Berlin)},
	{"sunday after midnight", time.Date(2027, 1, 3, 0, 15, 0, 0, lotse.Berlin)},
	{"utc evening is next day in berlin", time.Date(2026, 6, 1, 22, 30, 0, 0, time.UTC)},
	{"saturday of the change to winter time", time.Date(2026, 10, 24, 12, 0, 0, 0, lotse.Berlin)},
}

var today = days[0].t

func TestNetworkValidates(t *testing.T) {
	for _, d := range days {
		t.Run(d.name, func(t *testing.T) {
			centres, offers := demo.Network(d.t)
			slugs := map[string]bool{}
			for _, c := range centres {
				if err := c.Validate(); err != nil {
					t.Errorf("centre %s: %v", c.Slug, err)
				}
				if slugs[c.Slug] {
					t.Errorf("centre %s: duplicate slug", c.Slug)
				}
				slugs[c.Slug] = true
			}
			if len(offers) < 320 {
				t.Errorf("got %d offers, want at least 320", len(offers))
			}
			ids := map[string]bool{}
			for _, o := range offers {
				if err := o.Validate(); err != nil {
					t.Errorf("offer %s: %v", o.ID, err)
				}
				if !slugs[o.Centre] {
					t.Errorf("offer %s: centre %q is not a demo centre", o.ID, o.Centre)
				}
				if ids[o.ID] {
					t.Errorf("offer %s: duplicate ID", o.ID)
				}
				ids[o.ID] = true
			}
		})
	}
}

func TestCentres(t *testing.T) {
	tests := []struct {
		slug, kind, state, startedOn string
	}{
		{"hannover", "regional", "DE-NI", "2021-06-01"},
		{"handwerk", "thematic", "", "2021-07-01"},
		{"ruhr-owl", "regional", "DE-NW", "2021-07-01"},
		{"kaiserslautern", "regional", "DE-RP", "2021-08-01"},
		{"chemnitz", "regional", "DE-SN", "2021-09-01"},
		{"darmstadt", "regional", "DE-HE", "2021-09-01"},
		{"berlin", "regional", "DE-BE", "2021-09-01"},
		{"ilmenau", "regional", "DE-TH", "2021-10-01"},
		{"schleswig-holstein", "regional", "DE-SH", "2021-11-01"},
		{"rheinland", "regional", "DE-NW", "2021-11-01"},
		{"leipzig-halle", "regional", "DE-SN", "2022-12-01"},
	}
	centres, offers := demo.Network(today)
	if len(centres) != len(tests) {
		t.Errorf("got %d centres, want %d", len(centres), len(tests))
	}
	perCentre := map[string]int{}
	for _, o := range offers {
		perCentre[o.Centre]++
	}
	for _, tt := range tests {
		t.Run(tt.slug, func(t *testing.T) {
			i := slices.IndexFunc(centres, func(c *lotse.Centre) bool { return c.Slug == tt.slug })
			if i < 0 {
				t.Fatalf("centre %s missing", tt.slug)
			}
			c := centres[i]
			if c.Kind != tt.kind || c.State != tt.state || c.StartedOn != tt.startedOn {
				t.Errorf("got kind %q, state %q, started %s; want %q, %q, %s", c.Kind, c.State, c.StartedOn, tt.kind, tt.state, tt.startedOn)
			}
			if c.Description == "" || !strings.Contains(c.Email, "@") || !strings.HasPrefix(c.Website, "https://") || len(c.Topics) == 0 {
				t.Errorf("got description %q, e-mail %q, website %q, topics %v; want all set", c.Description, c.Email, c.Website, c.Topics)
			}
			if perCentre[tt.slug] < 15 {
				t.Errorf("got %d offers, want at least 15 per centre", perCentre[tt.slug])
			}
		})
	}
}

func TestCoverage(t *testing.T) {
	_, offers := demo.Network(today)
	tests := []struct {
		name  string
		vocab lotse.Vocabulary
		of    func(o *lotse.Offer) []string
		min   int
	}{
		{"every format", lotse.Formats, func(o *lotse.Offer) []string { return []string{o.Format} }, 6},
		{"every topic", lotse.Topics, func(o *lotse.Offer) []string { return o.Topics }, 6},
		{"every audience", lotse.Audiences, func(o *lotse.Offer) []string { return o.Audiences }, 10},
		{"every mode", lotse.Modes, func(o *lotse.Offer) []string { return []string{o.Mode} }, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := map[string]int{}
			for _, o := range offers {
				for _, s := range tt.of(o) {
					n[s]++
				}
			}
			for _, term := range tt.vocab {
				if n[term.Slug] < tt.min {
					t.Errorf("%s: got %d offers, want at least %d", term.Slug, n[term.Slug], tt.min)
				}
			}
		})
	}
}

func TestEventFormatsHaveFutureDates(t *testing.T) {
	for _, d := range days {
		t.Run(d.name, func(t *testing.T) {
			_, offers := demo.Network(d.t)
			future := map[string]int{}
			past := 0
			for _, o := range offers {
				if len(o.Occurrences(d.t, d.t.AddDate(0, 7, 0), 1)) > 0 {
					future[o.Format]++
				}
				if o.StartsAt != nil && o.Recurrence == "" && o.StartsAt.Before(d.t) {
					past++
				}
			}
			for _, f := range lotse.Formats {
				if lotse.IsEventFormat(f.Slug) && future[f.Slug] == 0 {
					t.Errorf("%s: no date in the coming months", f.Slug)
				}
			}
			if past < 10 {
				t.Errorf("got %d past events, want at least 10 for the portal's history", past)
			}
		})
	}
}

// eventRules are the lengths (in minutes) and capacities an event of each
// format may have.
var eventRules = map[string]struct{ minLen, maxLen, minCap, maxCap int }{
	"webinar":                   {30, 90, 100, 500},
	"workshop":                  {180, 480, 12, 40},
	"informationsveranstaltung": {60, 360, 20, 200},
	"qualifizierung":            {180, 480, 10, 20},
	"konferenz":                 {360, 540, 100, 500},
	"sprechstunde":              {60, 120, 4, 8},
}

func TestEventDatesAndPlaces(t *testing.T) {
	for _, d := range days {
		t.Run(d.name, func(t *testing.T) {
			_, offers := demo.Network(d.t)
			earliest, latest := d.t.AddDate(0, 0, -7*6), d.t.AddDate(0, 7, 0)
			for _, o := range offers {
				if !lotse.IsEventFormat(o.Format) {
					if o.StartsAt != nil || o.Capacity != 0 {
						t.Errorf("%s: %s has a date or capacity", o.ID, o.Format)
					}
				} else {
					checkEvent(t, o, earliest, latest)
				}
				if o.Mode != "online" && (o.Location.City == "" || o.Location.Postcode == "" || o.Location.State == "") {
					t.Errorf("%s: %s offer without full location %+v", o.ID, o.Mode, o.Location)
				}
				if o.Mode == "online" && o.Location != (lotse.Location{}) {
					t.Errorf("%s: online offer with location %+v", o.ID, o.Location)
				}
			}
		})
	}
}

func checkEvent(t *testing.T, o *lotse.Offer, earliest, latest time.Time) {
	t.Helper()
	if o.StartsAt == nil || o.EndsAt == nil {
		t.Errorf("%s: event without start and end", o.ID)
		return
	}
	s, e := o.StartsAt.In(lotse.Berlin), o.EndsAt.In(lotse.Berlin)
	if s.Weekday() == time.Saturday || s.Weekday() == time.Sunday {
		t.Errorf("%s: starts on a %s", o.ID, s.Weekday())
	}
	if s.Hour() < 8 || e.Hour() > 21 || (e.Hour() == 21 && e.Minute() > 0) || e.YearDay() != s.YearDay() {
		t.Errorf("%s: got %s to %s, want within 08:00 to 21:00 of one day", o.ID, s.Format(time.DateTime), e.Format(time.DateTime))
	}
	if s.Before(earliest) || s.After(latest) {
		t.Errorf("%s: starts %s, want between %s and %s", o.ID, s.Format(time.DateOnly), earliest.Format(time.DateOnly), latest.Format(time.DateOnly))
	}
	r := eventRules[o.Format]
	if m := int(o.Duration().Minutes()); o.Format == "webinar" && m < 60 && !strings.Contains(o.Title, "KI-Talk") {
		t.Errorf("%s: webinar lasts %d minutes, want 60 to 90 (only the KI-Talk is shorter)", o.ID, m)
	}
	if m := int(o.Duration().Minutes()); m < r.minLen || m > r.maxLen {
		t.Errorf("%s: %s lasts %d minutes, want %d to %d", o.ID, o.Format, m, r.minLen, r.maxLen)
	}
	if o.Capacity < r.minCap || o.Capacity > r.maxCap {
		t.Errorf("%s: %s has %d places, want %d to %d", o.ID, o.Format, o.Capacity, r.minCap, r.maxCap)
	}
}

func TestSeriesDatesAreWeekdays(t *testing.T) {
	for _, d := range days {
		t.Run(d.name, func(t *testing.T) {
			_, offers := demo.Network(d.t)
			series := 0
			for _, o := range offers {
				if o.Recurrence == "" {
					continue
				}
				series++
				for _, oc := range o.Occurrences(*o.StartsAt, d.t.AddDate(0, 7, 0), 40) {
					if wd := oc.Start.Weekday(); wd == time.Saturday || wd == time.Sunday {
						t.Errorf("%s: date %s is a %s", o.ID, oc.Start.Format(time.DateOnly), wd)
					}
				}
			}
			if series < 15 {
				t.Errorf("got %d series, want at least 15", series)
			}
		})
	}
}

func TestMustInclude(t *testing.T) {
	for _, d := range days {
		t.Run(d.name, func(t *testing.T) {
			_, offers := demo.Network(d.t)
			find := func(match func(o *lotse.Offer) bool) *lotse.Offer {
				for _, o := range offers {
					if match(o) {
						return o
					}
				}
				return nil
			}

			talk := find(func(o *lotse.Offer) bool { return strings.Contains(o.Title, "KI-Talk") })
			if talk == nil {
				t.Fatal("KI-Talk missing")
			}
			if talk.Recurrence != "FREQ=WEEKLY;BYDAY=TH" || talk.Mode != "online" || talk.Duration() != 30*time.Minute {
				t.Errorf("KI-Talk: got %q, %s, %v; want weekly on Thursdays, online, 30 minutes", talk.Recurrence, talk.Mode, talk.Duration())
			}
			occ := talk.Occurrences(d.t, d.t.AddDate(0, 6, 0), 30)
			if len(occ) < 20 {
				t.Errorf("KI-Talk: got %d dates in six months, want at least 20", len(occ))
			}
			if len(occ) > 0 && occ[0].Start.Sub(d.t) > 7*24*time.Hour {
				t.Errorf("KI-Talk: next date %s is more than a week ahead", occ[0].Start)
			}
			for _, oc := range occ {
				if oc.Start.Weekday() != time.Thursday || oc.Start.Hour() != 16 || oc.Start.Minute() != 0 {
					t.Errorf("KI-Talk: date %s, want Thursday 16:00", oc.Start.Format(time.RFC3339))
				}
			}

			spot := find(func(o *lotse.Offer) bool { return strings.Contains(o.Title, "Spotlight: Blockchain") })
			if spot == nil {
				t.Fatal("Spotlight: Blockchain missing")
			}
			if spot.Format != "webinar" || spot.Recurrence != "FREQ=WEEKLY;COUNT=3" || !slices.Contains(spot.Topics, "blockchain") {
				t.Errorf("Spotlight: got %s, %q, %v; want a three-part weekly blockchain webinar", spot.Format, spot.Recurrence, spot.Topics)
			}
			if n := len(spot.Occurrences(*spot.StartsAt, spot.StartsAt.AddDate(1, 0, 0), 10)); n != 3 {
				t.Errorf("Spotlight: got %d dates, want 3", n)
			}
			for _, part := range []string{"Teil 1", "Teil 2", "Teil 3"} {
				if !strings.Contains(spot.Description, part) {
					t.Errorf("Spotlight: description does not name %q", part)
				}
			}
			if spot.StartsAt.Before(d.t) {
				t.Errorf("Spotlight: starts %s, before today", spot.StartsAt)
			}

			for _, title := range []string{"Zusammenarbeit von KMU und Start-ups", "Sicherer Datenaustausch"} {
				if find(func(o *lotse.Offer) bool { return o.Format == "themenheft" && o.Title == title }) == nil {
					t.Errorf("Themenheft %q missing", title)
				}
			}
		})
	}
}

func TestTextsReadLikeOffers(t *testing.T) {
	_, offers := demo.Network(today)
	forbidden := []string{"{", "}", "%s", "%d", "%v", "TODO", "XXX", "  ", "\n"}
	titles := map[string]bool{}
	for _, o := range offers {
		titles[o.Title] = true
		for field, s := range map[string]string{"title": o.Title, "summary": o.Summary, "description": o.Description} {
			if strings.TrimSpace(s) != s || s == "" {
				t.Errorf("%s: %s is empty or has outer spaces: %q", o.ID, field, s)
			}
			if strings.Contains(strings.ToLower(s), "lorem") {
				t.Errorf("%s: %s contains lorem ipsum", o.ID, field)
			}
			for _, f := range forbidden {
				if strings.Contains(s, f) {
					t.Errorf("%s: %s contains %q", o.ID, field, f)
				}
			}
		}
		if n := len(sentences(o.Description)); n < 3 || n > 6 {
			t.Errorf("%s: description has %d sentences, want 3 to 6", o.ID, n)
		}
		if n := len(sentences(o.Summary)); n > 2 {
			t.Errorf("%s: summary has %d sentences, want 1 or 2", o.ID, n)
		}
		if !strings.HasSuffix(o.Description, ".") {
			t.Errorf("%s: description does not end with a full stop", o.ID)
		}
	}
	if len(titles) < 150 {
		t.Errorf("got %d distinct titles, want at least 150", len(titles))
	}
}

func TestNoBoilerplate(t *testing.T) {
	_, offers := demo.Network(today)
	seen := map[string]map[string]bool{}
	for _, o := range offers {
		for _, s := range append(sentences(o.Summary), sentences(o.Description)...) {
			if utf8.RuneCountInString(s) <= 40 {
				continue
			}
			if seen[s] == nil {
				seen[s] = map[string]bool{}
			}
			seen[s][o.ID] = true
		}
	}
	for s, ids := range seen {
		if len(ids) > 5 {
			t.Errorf("sentence in %d offers, want at most 5: %q", len(ids), s)
		}
	}
}

// sentences splits text after ".", "?" and "!" followed by a space.
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '.', '?', '!':
			if i+1 == len(text) || text[i+1] == ' ' {
				out = append(out, strings.TrimSpace(text[start:i+1]))
				start = i + 1
			}
		}
	}
	if rest := strings.TrimSpace(text[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

func TestNetworkIsDeterministic(t *testing.T) {
	_, a := demo.Network(today)
	_, b := demo.Network(today.Add(5 * time.Hour)) // same day
	if !reflect.DeepEqual(a, b) {
		t.Error("two calls on the same day differ")
	}

	_, later := demo.Network(today.AddDate(0, 0, 37))
	if !slices.Equal(ids(a), ids(later)) {
		t.Error("offer IDs change with the day")
	}
	moved := 0
	for i := range a {
		if a[i].StartsAt != nil && !a[i].StartsAt.Equal(*later[i].StartsAt) {
			moved++
		}
	}
	if moved == 0 {
		t.Error("no event date moves with the day")
	}

	for _, id := range []string{"hannover-ki-talk", "kaiserslautern-spotlight-blockchain", "chemnitz-ws-datenqualitaet", "handwerk-ws-ki-handwerk-2"} {
		if !slices.Contains(ids(a), id) {
			t.Errorf("stable ID %s missing", id)
		}
	}
}

func ids(offers []*lotse.Offer) []string {
	s := make([]string, len(offers))
	for i, o := range offers {
		s[i] = o.ID
	}
	return s
}

func TestNetworkReturnsFreshValues(t *testing.T) {
	centres, offers := demo.Network(today)
	centres[0].Topics[0] = "changed"
	centres[0].Name = "changed"
	for _, o := range offers {
		o.Topics[0] = "changed"
		o.Audiences[0] = "changed"
	}
	again, offersAgain := demo.Network(today)
	if again[0].Topics[0] == "changed" || again[0].Name == "changed" {
		t.Error("changing a returned centre changes the next result")
	}
	for _, o := range offersAgain {
		if o.Topics[0] == "changed" || o.Audiences[0] == "changed" {
			t.Fatalf("%s: changing a returned offer changes the next result", o.ID)
		}
	}
}

func TestSynthetic(t *testing.T) {
	centres, _ := demo.Network(today)
	slugs := map[string]bool{}
	for _, c := range centres {
		slugs[c.Slug] = true
	}
	tests := []struct {
		name string
		n    int
		seed uint64
	}{
		{"none", 0, 1},
		{"one", 1, 7},
		{"a thousand", 1000, 1},
		{"another seed", 1000, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			offers := demo.Synthetic(today, tt.n, tt.seed)
			if len(offers) != tt.n {
				t.Fatalf("got %d offers, want %d", len(offers), tt.n)
			}
			formats := map[string]bool{}
			for i, o := range offers {
				if want := fmt.Sprintf("syn-%06d", i); o.ID != want {
					t.Errorf("got ID %s, want %s", o.ID, want)
				}
				if err := o.Validate(); err != nil {
					t.Errorf("%s: %v", o.ID, err)
				}
				if !slugs[o.Centre] {
					t.Errorf("%s: unknown centre %q", o.ID, o.Centre)
				}
				if lotse.IsEventFormat(o.Format) {
					checkEvent(t, o, today.AddDate(0, 0, -7*6), today.AddDate(0, 7, 0))
				}
				formats[o.Format] = true
			}
			if tt.n >= 1000 && len(formats) != len(lotse.Formats) {
				t.Errorf("got %d formats, want all %d", len(formats), len(lotse.Formats))
			}
			if again := demo.Synthetic(today, tt.n, tt.seed); !reflect.DeepEqual(offers, again) {
				t.Error("same seed gives different offers")
			}
		})
	}
	a, b := demo.Synthetic(today, 100, 1), demo.Synthetic(today, 100, 2)
	if reflect.DeepEqual(a, b) {
		t.Error("different seeds give the same offers")
	}
}

func TestSyntheticIsFast(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	start := time.Now()
	offers := demo.Synthetic(today, 100_000, 42)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("100,000 offers took %v, want well under 2 s", d)
	}
	if len(offers) != 100_000 || offers[99_999].ID != "syn-099999" {
		t.Errorf("got %d offers, last %s", len(offers), offers[len(offers)-1].ID)
	}
}

func BenchmarkSynthetic100k(b *testing.B) {
	for b.Loop() {
		demo.Synthetic(today, 100_000, 42)
	}
}

func BenchmarkNetwork(b *testing.B) {
	for b.Loop() {
		demo.Network(today)
	}
}

// TestCounts logs how many offers each format, topic, audience, mode and
// centre has; see them with go test -run Counts -v ./demo.
func TestCounts(t *testing.T) {
	centres, offers := demo.Network(today)
	count := func(name string, of func(o *lotse.Offer) []string) {
		n := map[string]int{}
		for _, o := range offers {
			for _, s := range of(o) {
				n[s]++
			}
		}
		keys := make([]string, 0, len(n))
		for k := range n {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		for _, k := range keys {
			fmt.Fprintf(&b, " %s=%d", k, n[k])
		}
		t.Logf("%s:%s", name, b.String())
	}
	titles := map[string]bool{}
	for _, o := range offers {
		titles[o.Title] = true
	}
	t.Logf("%d centres, %d offers, %d distinct texts", len(centres), len(offers), len(titles))
	count("format", func(o *lotse.Offer) []string { return []string{o.Format} })
	count("topic", func(o *lotse.Offer) []string { return o.Topics })
	count("audience", func(o *lotse.Offer) []string { return o.Audiences })
	count("mode", func(o *lotse.Offer) []string { return []string{o.Mode} })
	count("centre", func(o *lotse.Offer) []string { return []string{o.Centre} })
}
