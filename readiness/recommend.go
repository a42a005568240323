package readiness

import (
	"math"
	"sort"
	"strings"
	"time"

	"lotse"
)

const (
	// PriorityCount is how many priorities Recommend names.
	PriorityCount = 3
	// OffersPerPriority is the most offers linked to one priority.
	OffersPerPriority = 3
	// StepsPerPriority is the most next steps named for one priority.
	StepsPerPriority = 2
	// MaxThematic is the most thematic centres Recommend names.
	MaxThematic = 3
	// OfferHorizon is how far ahead Recommend looks for event dates.
	OfferHorizon = 120 * 24 * time.Hour
)

// Recommendation is what the result page suggests: the priorities with next
// steps and offers, the responsible regional centre and fitting thematic
// centres.
type Recommendation struct {
	Priorities []Priority `json:"priorities"`
	// Regional is the regional centre of the firm's Bundesland or, when
	// that Land has none, the nearest one (RegionalInState false). It is
	// nil only when no regional centre is given at all.
	Regional        *lotse.Centre   `json:"regional,omitempty"`
	RegionalInState bool            `json:"regional_in_state"`
	Thematic        []*lotse.Centre `json:"thematic"`
}

// Priority is one of the weakest dimensions with what to do about it.
type Priority struct {
	Dimension  string      `json:"dimension"`
	Title      string      `json:"title"`
	Score      int         `json:"score"`
	Level      string      `json:"level"`
	LevelTitle string      `json:"level_title"`
	Steps      []Step      `json:"steps"`
	Topics     []string    `json:"topics"` // lotse topics, most fitting first
	Offers     []OfferLink `json:"offers"`
}

// Step is a concrete next step, derived from a weak answer.
type Step struct {
	Question string `json:"question"` // question ID
	Text     string `json:"text"`     // German, self-contained
	Unknown  bool   `json:"unknown"`  // the answer was "Weiß nicht"
}

// OfferLink is a recommended offer and, for an event, its next date.
type OfferLink struct {
	Offer *lotse.Offer      `json:"offer"`
	Next  *lotse.Occurrence `json:"next,omitempty"`
}

// Recommend picks the PriorityCount weakest rated dimensions of r, weighted
// by their importance for KI-Readiness (a dimension's gap 100−score times
// its weight, so the data dimensions come first among equals), and gives
// each up to StepsPerPriority next steps and up to OffersPerPriority offers.
//
// An offer fits a priority when it shares a topic with it, addresses the
// firm's industry or all firms (or no audience in particular), takes place
// online, hybrid or on site in the firm's Bundesland (the offer's Land, or
// else its centre's), and – for an event format – has a date between now and
// now+OfferHorizon. Material without dates always fits in time. No offer is
// recommended twice, nor two offers of the same title (the same webinar by
// two centres, or two runs of one course).
func Recommend(r *Result, profile Profile, offers []*lotse.Offer, centres []*lotse.Centre, now time.Time) Recommendation {
	rec := Recommendation{Priorities: []Priority{}, Thematic: []*lotse.Centre{}}
	q, _ := Load(r.Version) // nil for a result of an unknown version: no step texts

	var cands []*DimensionScore
	for i := range r.Dimensions {
		if d := &r.Dimensions[i]; d.Rated && d.Score < 100 {
			cands = append(cands, d)
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if ga, gb := (100-a.Score)*a.Weight, (100-b.Score)*b.Weight; ga != gb {
			return ga > gb
		}
		return a.Weight > b.Weight
	})
	if len(cands) > PriorityCount {
		cands = cands[:PriorityCount]
	}

	centreState := make(map[string]string, len(centres))
	for _, c := range centres {
		if c != nil {
			centreState[c.Slug] = c.State
		}
	}
	for _, d := range cands {
		p := Priority{
			Dimension: d.ID, Title: d.Title, Score: d.Score,
			Level: d.Level, LevelTitle: d.LevelTitle,
			Steps: []Step{}, Offers: []OfferLink{},
		}
		var topics []string
		for _, g := range d.Gaps {
			if len(p.Steps) == StepsPerPriority {
				break
			}
			var qu *Question
			if q != nil {
				qu = q.Question(g.Question)
			}
			if qu == nil {
				continue
			}
			text := qu.Step
			if g.Unknown {
				text = "Klären Sie zuerst, wie es bei Ihnen steht: „" + qu.Text + "“ Dann: " + qu.Step
			}
			p.Steps = append(p.Steps, Step{Question: qu.ID, Text: text, Unknown: g.Unknown})
			topics = append(topics, qu.Topics...)
		}
		if q != nil {
			if dim := q.Dimension(d.ID); dim != nil {
				topics = append(topics, dim.Topics...)
			}
		}
		p.Topics = dedupe(topics)
		rec.Priorities = append(rec.Priorities, p)
	}

	rec.Regional, rec.RegionalInState = regionalCentre(profile.State, rec.Priorities, centres)
	rec.Thematic = thematicCentres(profile.Industry, rec.Priorities, centres)

	m := offerMatcher{
		profile: profile, now: now, centreState: centreState,
		near: make(map[string]bool), usedID: make(map[string]bool), usedTitle: make(map[string]bool),
	}
	if rec.Regional != nil {
		m.near[rec.Regional.Slug] = true
	}
	for _, c := range rec.Thematic {
		m.near[c.Slug] = true
	}
	for i := range rec.Priorities {
		rec.Priorities[i].Offers = m.pick(rec.Priorities[i].Topics, offers)
	}
	return rec
}

// OfferIDs returns the IDs of all recommended offers in order.
func (rec Recommendation) OfferIDs() []string {
	ids := []string{}
	for _, p := range rec.Priorities {
		for _, o := range p.Offers {
			ids = append(ids, o.Offer.ID)
		}
	}
	return ids
}

// CentreSlugs returns the slugs of the recommended centres, regional first.
func (rec Recommendation) CentreSlugs() []string {
	s := []string{}
	if rec.Regional != nil {
		s = append(s, rec.Regional.Slug)
	}
	for _, c := range rec.Thematic {
		s = append(s, c.Slug)
	}
	return s
}

// offerMatcher picks offers for the priorities in turn, so that no offer
// (and no second date of the same title) is recommended twice.
type offerMatcher struct {
	profile     Profile
	now         time.Time
	centreState map[string]string // centre slug → Land
	near        map[string]bool   // the recommended centres
	usedID      map[string]bool
	usedTitle   map[string]bool
}

type offerCandidate struct {
	link     OfferLink
	best     int  // of the shared topics, the earliest in the priority, then in the offer
	near     bool // by a recommended centre, or on site in the firm's Land
	industry bool // addressed to the firm's industry by name
	matched  int  // number of shared topics
}

// pick returns up to OffersPerPriority offers for a priority's topics. An
// offer on the priority's first topic comes before one on its second, and an
// offer that has the topic as its own first topic before one that names it
// later; among equals come offers of the recommended centres or in the
// firm's Land, then those naming its industry, then those sharing more
// topics, then events by date before material.
func (m *offerMatcher) pick(topics []string, offers []*lotse.Offer) []OfferLink {
	rank := make(map[string]int, len(topics))
	for i, t := range topics {
		rank[t] = i
	}
	var cands []offerCandidate
	for _, o := range offers {
		if o == nil || m.usedID[o.ID] || m.usedTitle[titleKey(o.Title)] {
			continue
		}
		c := offerCandidate{link: OfferLink{Offer: o}, best: math.MaxInt}
		for j, t := range o.Topics {
			if i, ok := rank[t]; ok {
				c.matched++
				c.best = min(c.best, i*100+j)
			}
		}
		if c.matched == 0 {
			continue
		}
		fits, industry := audienceFits(o.Audiences, m.profile.Industry)
		if !fits || !placeFits(o, m.profile.State, m.centreState[o.Centre]) {
			continue
		}
		c.industry = industry
		c.near = m.near[o.Centre] || (o.Mode != "online" && inState(o, m.profile.State, m.centreState[o.Centre]))
		if o.StartsAt != nil {
			if occ := o.Occurrences(m.now, m.now.Add(OfferHorizon), 1); len(occ) > 0 {
				c.link.Next = &occ[0]
			}
		}
		if lotse.IsEventFormat(o.Format) && c.link.Next == nil {
			continue
		}
		cands = append(cands, c)
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		switch {
		case a.best != b.best:
			return a.best < b.best
		case a.near != b.near:
			return a.near
		case a.industry != b.industry:
			return a.industry
		case a.matched != b.matched:
			return a.matched > b.matched
		case (a.link.Next == nil) != (b.link.Next == nil):
			return a.link.Next != nil // a date is a concrete next step
		case a.link.Next != nil && !a.link.Next.Start.Equal(b.link.Next.Start):
			return a.link.Next.Start.Before(b.link.Next.Start)
		}
		return a.link.Offer.ID < b.link.Offer.ID
	})
	links := []OfferLink{}
	for _, c := range cands {
		if len(links) == OffersPerPriority {
			break
		}
		key := titleKey(c.link.Offer.Title)
		if m.usedTitle[key] {
			continue // the same offer by another centre, or another run of it
		}
		links = append(links, c.link)
		m.usedID[c.link.Offer.ID] = true
		if key != "" {
			m.usedTitle[key] = true
		}
	}
	return links
}

// titleKey folds a title for spotting the same offer under another ID.
func titleKey(title string) string {
	return strings.ToLower(strings.Join(strings.Fields(title), " "))
}

// audienceFits reports whether an offer for audiences suits a firm of the
// industry, and whether it names the industry itself.
func audienceFits(audiences []string, industry string) (fits, named bool) {
	if len(audiences) == 0 {
		return true, false
	}
	for _, a := range audiences {
		if a == industry {
			return true, true
		}
		if a == "alle" {
			fits = true
		}
	}
	return fits, false
}

// placeFits reports whether a firm in state can take part in o: online and
// hybrid offers from anywhere, on-site offers in its own Land.
func placeFits(o *lotse.Offer, state, centreState string) bool {
	switch o.Mode {
	case "online", "hybrid":
		return true
	case "praesenz":
		return inState(o, state, centreState)
	}
	return false
}

// inState reports whether o takes place in the Land state: the offer's own
// Land, or else its centre's.
func inState(o *lotse.Offer, state, centreState string) bool {
	where := o.Location.State
	if where == "" {
		where = centreState
	}
	return where != "" && where == state
}

// RegionalCentre returns the regional centre for a firm in the Land state:
// one in that Land (inState), else the nearest to it; nil for an unknown
// Land or when there is no regional centre at all.
func RegionalCentre(state string, centres []*lotse.Centre) (c *lotse.Centre, inState bool) {
	return regionalCentre(state, nil, centres)
}

func regionalCentre(state string, prios []Priority, centres []*lotse.Centre) (*lotse.Centre, bool) {
	var inState []*lotse.Centre
	for _, c := range centres {
		if c != nil && c.Kind == "regional" && c.State == state {
			inState = append(inState, c)
		}
	}
	if len(inState) > 0 {
		sort.Slice(inState, func(i, j int) bool {
			a, b := topicFit(inState[i], prios), topicFit(inState[j], prios)
			if a != b {
				return a > b
			}
			return inState[i].Slug < inState[j].Slug
		})
		return inState[0], true
	}
	from, ok := stateCentres[state]
	if !ok {
		return nil, false
	}
	var best *lotse.Centre
	bestKm := math.Inf(1)
	for _, c := range centres {
		if c == nil || c.Kind != "regional" {
			continue
		}
		km := distanceKm(from, [2]float64{c.Lat, c.Lon})
		if km < bestKm || (km == bestKm && best != nil && c.Slug < best.Slug) {
			best, bestKm = c, km
		}
	}
	return best, false
}

// thematicCentres returns the thematic centre named after the industry (such
// as "handwerk" for a craft firm) followed by those whose topics fit the
// priorities best, at most MaxThematic. A centre named after another
// industry is left out.
func thematicCentres(industry string, prios []Priority, centres []*lotse.Centre) []*lotse.Centre {
	out := []*lotse.Centre{}
	type scored struct {
		c   *lotse.Centre
		fit int
	}
	var rest []scored
	for _, c := range centres {
		if c == nil || c.Kind != "thematic" {
			continue
		}
		if c.Slug == industry {
			out = append(out, c)
			continue
		}
		if Industries.Has(c.Slug) {
			continue // the centre for another industry
		}
		if fit := topicFit(c, prios); fit > 0 {
			rest = append(rest, scored{c, fit})
		}
	}
	sort.Slice(rest, func(i, j int) bool {
		if rest[i].fit != rest[j].fit {
			return rest[i].fit > rest[j].fit
		}
		return rest[i].c.Slug < rest[j].c.Slug
	})
	for _, s := range rest {
		if len(out) == MaxThematic {
			break
		}
		out = append(out, s.c)
	}
	return out
}

// topicFit scores how well a centre's topics fit the priorities: each shared
// topic counts more the higher the priority and the earlier the topic.
func topicFit(c *lotse.Centre, prios []Priority) int {
	has := make(map[string]bool, len(c.Topics))
	for _, t := range c.Topics {
		has[t] = true
	}
	fit := 0
	for i, p := range prios {
		for j, t := range p.Topics {
			if has[t] {
				fit += (len(prios) - i) * max(1, 4-j)
			}
		}
	}
	return fit
}

// stateCentres are approximate geographic centres of the Länder (lat, lon),
// used to find the nearest regional centre when a Land has none.
var stateCentres = map[string][2]float64{
	"DE-BW": {48.66, 9.35}, "DE-BY": {48.95, 11.40}, "DE-BE": {52.52, 13.40},
	"DE-BB": {52.13, 13.22}, "DE-HB": {53.08, 8.80}, "DE-HH": {53.55, 10.00},
	"DE-HE": {50.61, 9.03}, "DE-MV": {53.77, 12.58}, "DE-NI": {52.76, 9.39},
	"DE-NW": {51.48, 7.55}, "DE-RP": {49.91, 7.45}, "DE-SL": {49.38, 6.95},
	"DE-SN": {51.05, 13.35}, "DE-ST": {51.97, 11.70}, "DE-SH": {54.22, 9.70},
	"DE-TH": {50.90, 11.03},
}

// distanceKm is the great-circle distance between two points (lat, lon).
func distanceKm(a, b [2]float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dLat, dLon := (b[0]-a[0])*rad, (b[1]-a[1])*rad
	h := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(a[0]*rad)*math.Cos(b[0]*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * r * math.Asin(math.Sqrt(h))
}

func dedupe(s []string) []string {
	seen := make(map[string]bool, len(s))
	out := []string{}
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}
