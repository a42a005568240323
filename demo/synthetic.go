package demo

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"lotse"
)

// Synthetic returns n offers for benchmarks: the demo texts recombined with
// other demo centres, places, dates and capacities, with IDs "syn-000000",
// "syn-000001" and so on (six digits at least). Every offer passes its
// Validate and names a centre of Network. The result depends only on the
// date of today, n and seed.
//
// To keep 100,000 offers cheap, the offers are allocated in one block and
// share their strings and their Topics and Audiences slices (capped, so an
// append copies); treat those slices as read-only.
func Synthetic(today time.Time, n int, seed uint64) []*lotse.Offer {
	if n <= 0 {
		return nil
	}
	texts := catalogue()
	day := dateOf(today)
	monday := mondayOf(day)
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))

	block := make([]lotse.Offer, n)
	times := make([]time.Time, 2*n)
	offers := make([]*lotse.Offer, n)
	id := []byte("syn-000000")
	for i := range block {
		t := &texts[rng.IntN(len(texts))]
		c := &centreData[rng.IntN(len(centreData))]
		o := &block[i]
		o.ID = synID(id, i)
		o.Centre = c.Slug
		o.Format = t.format
		o.Title = t.title
		o.Summary = t.summary
		o.Description = t.text
		o.Topics = t.topics
		o.Audiences = t.audiences
		o.Mode = t.mode
		o.URL = c.Website
		o.Language = "de"
		if t.lang != "" {
			o.Language = t.lang
		}
		if o.Mode != "online" {
			p := c.places[rng.IntN(len(c.places))]
			o.Location = lotse.Location{City: p.city, Postcode: p.postcode, State: p.state}
		}
		if lotse.IsEventFormat(t.format) {
			// Weeks -4 to 25 around today, Monday to Friday, at a usual
			// starting time for the format.
			week, wd := rng.IntN(30)-4, rng.IntN(5)
			hours := startHours[t.format]
			h := hours[rng.IntN(len(hours))]
			if (h/100)*60+h%100+t.minutes > 20*60 {
				h = 900 // a long event starts in the morning
			}
			d := monday.AddDate(0, 0, 7*week+wd)
			// Only finite series: an open-ended one on a random weekday
			// would contradict its text.
			if strings.Contains(t.recur, "COUNT=") {
				o.Recurrence = t.recur
			} else {
				d = workday(d)
			}
			start := time.Date(d.Year(), d.Month(), d.Day(), h/100, h%100, 0, 0, lotse.Berlin)
			times[2*i] = start
			times[2*i+1] = start.Add(time.Duration(t.minutes) * time.Minute)
			o.StartsAt, o.EndsAt = &times[2*i], &times[2*i+1]
			o.Capacity = usualCapacity(t.format, rng.Uint64())
		}
		offers[i] = o
	}
	return offers
}

// startHours are usual starting times (hhmm) per event format.
var startHours = map[string][]int{
	"informationsveranstaltung": {900, 1400, 1500, 1700},
	"workshop":                  {900, 1300},
	"webinar":                   {1000, 1100, 1400, 1500},
	"qualifizierung":            {900},
	"konferenz":                 {930},
	"sprechstunde":              {1000, 1400},
}

// synID writes i into the digits of buf ("syn-" and at least six digits)
// and returns it as a string.
func synID(buf []byte, i int) string {
	if i >= 1_000_000 {
		return "syn-" + strconv.Itoa(i)
	}
	for p := len(buf) - 1; p >= 4; p-- {
		buf[p] = byte('0' + i%10)
		i /= 10
	}
	return string(buf)
}
