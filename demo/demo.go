// Package demo builds the demo network of Lotse: the Mittelstand-Digital
// Zentren the network opened in 2021 (and Leipzig-Halle in 2022) with a
// catalogue of their offers. Event dates are relative to a given day, so the
// demo never goes stale, while offer IDs stay the same from day to day, so
// loading the demo again updates offers instead of duplicating them.
//
// The texts are data (catalogue_*.go): each entry is one offer text with a
// schedule saying at which centres, in which week, on which weekday and at
// what time it runs.
package demo

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"lotse"
)

// Network returns the demo centres and their offers for the day today (its
// date in Europe/Berlin counts, not the time of day). The result is the same
// for every call on the same day; offer IDs do not depend on the day. Every
// centre and offer passes its Validate, and every offer's Centre is the slug
// of one of the returned centres. Events start on working days (Monday to
// Friday, not on a nationwide public holiday nor in the Christmas break),
// except open-ended series, which start on the next of their weekdays. The
// caller owns the returned values.
func Network(today time.Time) (centres []*lotse.Centre, offers []*lotse.Offer) {
	for _, c := range centreData {
		c := c.Centre
		c.Topics = append([]string(nil), c.Topics...)
		centres = append(centres, &c)
	}
	day := dateOf(today)
	for _, e := range catalogue() {
		for _, r := range e.runs {
			offers = append(offers, e.offer(r, day))
		}
	}
	return centres, offers
}

// entry is one offer text as written in the catalogue files.
type entry struct {
	key       string // id stem; the offer ID is "<centre>-<key>", plus "-2" … for reruns at one centre
	format    string
	title     string
	summary   string
	text      string // the description
	topics    string // space-separated topic slugs
	audiences string // space-separated audience slugs
	mode      string // praesenz, online or hybrid
	minutes   int    // length of one date; 0 takes the format's usual length
	recur     string // optional RRULE
	capacity  int    // 0 takes a usual capacity for the format
	lang      string // "" means German
	home      bool   // on site at the centre itself (its lab, demonstrator, premises)
	at        string // schedule, see parseRuns
}

// text is an entry made ready to build offers from.
type text struct {
	entry
	topics, audiences []string
	runs              []run
}

// run is one place in the schedule of an entry: the centre and, for events,
// the week (relative to the week of today), weekday and time of day.
type run struct {
	id       string
	centre   *centre
	event    bool
	next     bool // the first such weekday on or after today instead of week
	week     int
	weekday  time.Weekday
	hour     int
	min      int
	mode     string
	place    place
	capacity int
}

var catalogue = sync.OnceValue(func() []text {
	var all []entry
	for _, part := range [][]entry{events, webinars, workshops, courses, media} {
		all = append(all, part...)
	}
	texts := make([]text, len(all))
	for i, e := range all {
		t, err := prepare(e)
		if err != nil {
			panic(fmt.Sprintf("demo: catalogue entry %q: %v", e.key, err))
		}
		texts[i] = t
	}
	return texts
})

func prepare(e entry) (text, error) {
	t := text{entry: e, topics: strings.Fields(e.topics), audiences: strings.Fields(e.audiences)}
	if t.minutes == 0 {
		t.minutes = usualMinutes[e.format]
	}
	// Full slice expressions, so that appending to an offer's slice never
	// writes into one shared with other offers.
	t.topics = t.topics[:len(t.topics):len(t.topics)]
	t.audiences = t.audiences[:len(t.audiences):len(t.audiences)]
	runs, err := parseRuns(e)
	if err != nil {
		return t, err
	}
	t.runs = runs
	return t, nil
}

// parseRuns reads the schedule of e: comma-separated runs, each
//
//	centre [OPTION…]                (material, media, projects: no date)
//	centre W DAY HH:MM [OPTION…]    (events)
//
// where W is the week relative to the week of today (0 this week, -2 two
// weeks ago) or "next" for the first DAY on or after today, and DAY is
// mon … fri. An OPTION is a mode (praesenz, online, hybrid), which overrides
// the entry's mode for this run, or @City, which picks the centre's place
// whose city starts with City. Without @City, an on-site run takes place at
// the centre's home if e.home, else at a place chosen by the hash of its ID.
func parseRuns(e entry) ([]run, error) {
	event := lotse.IsEventFormat(e.format)
	seen := map[string]int{}
	var runs []run
	for _, spec := range strings.Split(e.at, ",") {
		f := strings.Fields(spec)
		if len(f) == 0 {
			return nil, fmt.Errorf("empty run in %q", e.at)
		}
		c := centreBySlug(f[0])
		if c == nil {
			return nil, fmt.Errorf("unknown centre %q", f[0])
		}
		r := run{centre: c, event: event, mode: e.mode}
		rest := f[1:]
		if event {
			if len(rest) < 3 {
				return nil, fmt.Errorf("run %q needs week, weekday and time", spec)
			}
			if rest[0] == "next" {
				r.next = true
			} else {
				w, err := strconv.Atoi(rest[0])
				if err != nil {
					return nil, fmt.Errorf("bad week %q", rest[0])
				}
				r.week = w
			}
			d, ok := weekdays[rest[1]]
			if !ok {
				return nil, fmt.Errorf("bad weekday %q", rest[1])
			}
			r.weekday = d
			hm, err := time.Parse("15:04", rest[2])
			if err != nil {
				return nil, fmt.Errorf("bad time %q", rest[2])
			}
			r.hour, r.min = hm.Hour(), hm.Minute()
			rest = rest[3:]
		}
		at := -1
		if e.home {
			at = 0
		}
		for _, opt := range rest {
			switch {
			case lotse.Modes.Has(opt):
				r.mode = opt
			case strings.HasPrefix(opt, "@"):
				at = slices.IndexFunc(c.places, func(p place) bool { return strings.HasPrefix(p.city, opt[1:]) })
				if at < 0 {
					return nil, fmt.Errorf("centre %s has no place %q", c.Slug, opt[1:])
				}
			default:
				return nil, fmt.Errorf("malformed run %q", spec)
			}
		}
		seen[c.Slug]++
		r.id = c.Slug + "-" + e.key
		if n := seen[c.Slug]; n > 1 {
			r.id += "-" + strconv.Itoa(n)
		}
		h := hash(r.id)
		if at < 0 {
			at = int(h % uint64(len(c.places)))
		}
		if r.mode != "online" {
			r.place = c.places[at]
		}
		r.capacity = e.capacity
		if r.capacity == 0 {
			r.capacity = usualCapacity(e.format, h)
		}
		runs = append(runs, r)
	}
	return runs, nil
}

var weekdays = map[string]time.Weekday{
	"mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday, "thu": time.Thursday, "fri": time.Friday,
}

// usualMinutes is the length of one date when an entry does not say.
var usualMinutes = map[string]int{
	"informationsveranstaltung": 120,
	"workshop":                  240, // half a day
	"webinar":                   60,
	"qualifizierung":            420, // a day
	"konferenz":                 450, // 09:30 to 17:00
	"sprechstunde":              120,
}

// capacities are usual numbers of places per event format; an offer takes
// one by the hash of its ID.
var capacities = map[string][]int{
	"informationsveranstaltung": {40, 50, 60, 80},
	"workshop":                  {12, 15, 16, 18, 20, 24, 25, 30, 40},
	"webinar":                   {100, 150, 200, 250, 300, 500},
	"qualifizierung":            {12, 14, 15, 16, 20},
	"konferenz":                 {150, 200, 250, 300, 400},
	"sprechstunde":              {4, 6, 8},
}

func usualCapacity(format string, h uint64) int {
	cs := capacities[format]
	if len(cs) == 0 {
		return 0
	}
	return cs[h%uint64(len(cs))]
}

// offer builds the offer of t's run r for the day (midnight in Berlin).
func (t *text) offer(r run, day time.Time) *lotse.Offer {
	o := &lotse.Offer{
		ID:          r.id,
		Centre:      r.centre.Slug,
		Format:      t.format,
		Title:       t.title,
		Summary:     t.summary,
		Description: t.text,
		Topics:      slices.Clone(t.topics),
		Audiences:   slices.Clone(t.audiences),
		Mode:        r.mode,
		Location:    lotse.Location{City: r.place.city, Postcode: r.place.postcode, State: r.place.state},
		URL:         r.centre.Website + pathFor(t.format) + strings.TrimPrefix(r.id, r.centre.Slug+"-"),
		Language:    t.lang,
	}
	if o.Language == "" {
		o.Language = "de"
	}
	if r.event {
		var d time.Time
		if r.next {
			d = day.AddDate(0, 0, (int(r.weekday)-int(day.Weekday())+7)%7)
		} else {
			d = mondayOf(day).AddDate(0, 0, 7*r.week+int(r.weekday)-1)
		}
		if !r.next {
			d = workday(d)
		}
		start := time.Date(d.Year(), d.Month(), d.Day(), r.hour, r.min, 0, 0, lotse.Berlin)
		end := start.Add(time.Duration(t.minutes) * time.Minute)
		o.StartsAt, o.EndsAt = &start, &end
		o.Recurrence = t.recur
		o.Capacity = r.capacity
	}
	return o
}

func pathFor(format string) string {
	switch {
	case lotse.IsEventFormat(format):
		return "/veranstaltungen/"
	case format == "podcast" || format == "video" || format == "themenheft" ||
		format == "informationsmaterial" || format == "praxisbeispiel":
		return "/wissen/"
	}
	return "/angebote/"
}

// dateOf returns midnight in Berlin of t's date in Berlin.
func dateOf(t time.Time) time.Time {
	t = t.In(lotse.Berlin)
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, lotse.Berlin)
}

// mondayOf returns the Monday of the week of day.
func mondayOf(day time.Time) time.Time {
	return day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7))
}

func hash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}
