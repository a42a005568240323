package demo

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"time"

	"lotse"
)

// Synthetic returns n offers for benchmarks: the demo texts recombined with
// other demo centres, places and weeks, with IDs "syn-000000", "syn-000001"
// and so on (six digits at least). An event keeps the weekday, time and
// length of one of its text's dates in the demo network, so the text still
// fits; open-ended series (the KI-Talk, the consultation hours) are left out.
// Every offer passes its Validate and names a centre of Network. The result
// depends only on the date of today, n and seed.
//
// To keep 100,000 offers cheap, the offers are allocated in one block and
// share their strings and their Topics and Audiences slices (capped, so an
// append copies); treat those slices as read-only.
func Synthetic(today time.Time, n int, seed uint64) []*lotse.Offer {
	if n <= 0 {
		return nil
	}
	texts := recombinable()
	monday := mondayOf(dateOf(today))
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))

	block := make([]lotse.Offer, n)
	times := make([]time.Time, 2*n)
	offers := make([]*lotse.Offer, n)
	id := []byte("syn-000000")
	for i := range block {
		t := texts[rng.IntN(len(texts))]
		r := &t.runs[rng.IntN(len(t.runs))]
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
		o.Mode = r.mode
		o.URL = c.Website
		o.Language = "de"
		if t.lang != "" {
			o.Language = t.lang
		}
		if o.Mode != "online" {
			p := c.places[0]
			if !t.home {
				p = c.places[rng.IntN(len(c.places))]
			}
			o.Location = lotse.Location{City: p.city, Postcode: p.postcode, State: p.state}
		}
		if r.event {
			week := rng.IntN(30) - 4 // -4 to 25 around today
			d := workday(monday.AddDate(0, 0, 7*week+int(r.weekday)-1))
			start := time.Date(d.Year(), d.Month(), d.Day(), r.hour, r.min, 0, 0, lotse.Berlin)
			times[2*i] = start
			times[2*i+1] = start.Add(time.Duration(t.minutes) * time.Minute)
			o.StartsAt, o.EndsAt = &times[2*i], &times[2*i+1]
			o.Recurrence = t.recur
			o.Capacity = usualCapacity(t.format, rng.Uint64())
			if t.capacity != 0 {
				o.Capacity = t.capacity
			}
		}
		offers[i] = o
	}
	return offers
}

// recombinable are the texts Synthetic draws from: all but the open-ended
// series, which run once in the network.
var recombinable = sync.OnceValue(func() []*text {
	var out []*text
	all := catalogue()
	for i := range all {
		if t := &all[i]; t.recur == "" || strings.Contains(t.recur, "COUNT=") {
			out = append(out, t)
		}
	}
	return out
})

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

// ListFilter is one filtered offer-list request of the benchmarks: a topic,
// optionally a format and a mode, and a page from 1 to 3.
type ListFilter struct {
	Topic, Format, Mode string
	Page                int
}

// ListFilters returns n different list filters in a fixed pseudo-random
// order, so benchmarks request more combinations than a result cache holds.
// n is capped at the number of combinations there are.
func ListFilters(n int) []ListFilter {
	topics := lotse.Topics.Slugs()
	formats := append([]string{""}, lotse.Formats.Slugs()...)
	modes := append([]string{""}, lotse.Modes.Slugs()...)
	n = min(n, len(topics)*len(formats)*len(modes)*3)
	rng := rand.New(rand.NewPCG(1, 2))
	seen := make(map[ListFilter]bool, n)
	out := make([]ListFilter, 0, n)
	for len(out) < n {
		f := ListFilter{topics[rng.IntN(len(topics))], formats[rng.IntN(len(formats))], modes[rng.IntN(len(modes))], 1 + rng.IntN(3)}
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// PagePath is the filter as a portal list page: /angebote?thema=…
func (f ListFilter) PagePath() string {
	p := "/angebote?thema=" + f.Topic
	if f.Format != "" {
		p += "&format=" + f.Format
	}
	if f.Mode != "" {
		p += "&form=" + f.Mode
	}
	return p + "&seite=" + strconv.Itoa(f.Page)
}

// APIPath is the same filter as an API call with 20 offers a page.
func (f ListFilter) APIPath() string {
	p := "/api/v1/offers?topic=" + f.Topic
	if f.Format != "" {
		p += "&format=" + f.Format
	}
	if f.Mode != "" {
		p += "&mode=" + f.Mode
	}
	return p + "&limit=20&offset=" + strconv.Itoa(20*(f.Page-1))
}
