package search

import (
	"strings"
	"time"

	"lotse"
)

// DocsFromOffers is DocFromOffer for each offer, with the name of its
// centre among centres.
func DocsFromOffers(offers []*lotse.Offer, centres []*lotse.Centre, now time.Time) []Doc {
	names := make(map[string]string, len(centres))
	for _, c := range centres {
		names[c.Slug] = c.Name
	}
	docs := make([]Doc, len(offers))
	for i, o := range offers {
		docs[i] = DocFromOffer(o, names[o.Centre], now)
	}
	return docs
}

// DocFromOffer maps an offer to what the index knows of it, so the web layer
// and the benchmarks index offers the same way. The state facet is the
// offer's location state; a caller that knows the centre may fill in the
// centre's state for offers without one. centreName is the offering
// centre's name (it matches like the description). Dates are the offer's
// occurrences from a year before now to two years after (at most 400; a
// single date outside that window is kept too).
func DocFromOffer(o *lotse.Offer, centreName string, now time.Time) Doc {
	labels := OfferLabels(o, lotse.Topics, lotse.Formats)
	body := []string{o.Description, centreName}
	if o.Location.City != "" {
		body = append(body, o.Location.City)
	}
	if o.Location.State != "" {
		body = append(body, lotse.States.Label(o.Location.State))
	}
	d := Doc{
		ID:      o.ID,
		Title:   o.Title,
		Summary: o.Summary,
		Body:    strings.Join(body, "\n"),
		Labels:  labels,
		Values: map[string][]string{
			FacetTopic:    o.Topics,
			FacetFormat:   {o.Format},
			FacetCentre:   {o.Centre},
			FacetMode:     {o.Mode},
			FacetAudience: o.Audiences,
		},
	}
	if o.Location.State != "" {
		d.Values[FacetState] = []string{o.Location.State}
	}
	if o.StartsAt != nil {
		if o.Recurrence == "" {
			d.Dates = []time.Time{*o.StartsAt}
		} else {
			for _, oc := range o.Occurrences(now.AddDate(-1, 0, 0), now.AddDate(2, 0, 0), 400) {
				d.Dates = append(d.Dates, oc.Start)
			}
			if len(d.Dates) == 0 {
				d.Dates = []time.Time{*o.StartsAt}
			}
		}
	}
	return d
}

// OfferLabels returns the labels of the offer's topics and format in the
// given vocabularies, for Doc.Labels: a caller whose labels differ from the
// compiled ones replaces Doc.Labels with them.
func OfferLabels(o *lotse.Offer, topics, formats lotse.Vocabulary) []string {
	labels := make([]string, 0, len(o.Topics)+1)
	for _, t := range o.Topics {
		labels = append(labels, topics.Label(t))
	}
	return append(labels, formats.Label(o.Format))
}
