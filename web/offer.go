package web

import (
	"bytes"
	"context"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"lotse"
	"lotse/readiness"
	"lotse/search"
)

// pageSize is the number of offers per list page.
const pageSize = 20

// facetParams maps each facet to its query parameter on the portal pages
// and its heading.
var facetParams = []struct {
	facet, param, heading string
	vocab                 lotse.Vocabulary
	labels                string // name of the vocabulary whose labels admins edit
}{
	{search.FacetTopic, "thema", "Thema", lotse.Topics, lotse.VocabTopics},
	{search.FacetFormat, "format", "Format", lotse.Formats, lotse.VocabFormats},
	{search.FacetMode, "form", "Form", lotse.Modes, lotse.VocabModes},
	{search.FacetAudience, "zielgruppe", "Zielgruppe", lotse.Audiences, lotse.VocabAudiences},
	{search.FacetState, "land", "Bundesland", lotse.States, ""},
	{search.FacetCentre, "zentrum", "Zentrum", nil, ""},
}

// offerCard is an offer as the lists show it.
type offerCard struct {
	*lotse.Offer
	CentreName string
	// FormatLabel and ModeLabel are the current labels of Format and Mode
	// (empty: the compiled ones).
	FormatLabel, ModeLabel string
	Next                   time.Time // the next (or last) date; zero for timeless offers
	NextEnd                time.Time
	Past                   bool
	Series                 bool
	// Marks are the spans of Title and Summary that match the search.
	TitleMarks, SummaryMarks []search.Span
}

func (s *Server) offerCards(ctx context.Context, hits []search.Hit) ([]offerCard, error) {
	ids := make([]string, len(hits))
	next := make(map[string]time.Time, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
		next[h.ID] = h.Next
	}
	offers, err := s.catalog.findOffers(ctx, ids)
	if err != nil {
		return nil, err
	}
	now := s.cfg.Now()
	cards := make([]offerCard, len(offers))
	for i, o := range offers {
		c := offerCard{Offer: o, Next: next[o.ID], Series: o.Recurrence != ""}
		s.labelCard(&c)
		if ce := s.catalog.centre(o.Centre); ce != nil {
			c.CentreName = ce.Name
		}
		if !c.Next.IsZero() {
			c.Next = c.Next.In(lotse.Berlin)
			if d := o.Duration(); d > 0 {
				c.NextEnd = c.Next.Add(d)
			}
			c.Past = c.Next.Before(now)
		}
		cards[i] = c
	}
	return cards, nil
}

// labelCard fills in the card's current format and mode labels.
func (s *Server) labelCard(c *offerCard) {
	c.FormatLabel = s.catalog.labels.label(lotse.VocabFormats, c.Format)
	c.ModeLabel = s.catalog.labels.label(lotse.VocabModes, c.Mode)
}

func searchQuery(now time.Time, text string, filters map[string][]string, from, to time.Time, offset, limit int) search.Query {
	return search.Query{Text: text, Filters: filters, From: from, To: to, Now: now, Offset: offset, Limit: limit}
}

// facetValue is one choice in a facet with its count.
type facetValue struct {
	Slug, Label string
	Count       int
	Checked     bool
}

// facetView is one filter group of the offer list.
type facetView struct {
	Param, Heading string
	Values         []facetValue
	Open           bool // something chosen: show the group expanded
}

func vocabularyCounts(v lotse.Vocabulary, counts map[string]int) []facetValue {
	out := make([]facetValue, 0, len(v))
	for _, t := range v {
		if n := counts[t.Slug]; n > 0 {
			out = append(out, facetValue{Slug: t.Slug, Label: t.Label, Count: n})
		}
	}
	return out
}

// listQuery is the parsed query string of the offer list page.
type listQuery struct {
	Text     string
	Filters  map[string][]string // by facet
	From, To string              // as typed, YYYY-MM-DD
	from, to time.Time
	Page     int
	Problems map[string]string
}

func parseListQuery(v url.Values) listQuery {
	q := listQuery{Text: strings.TrimSpace(v.Get("q")), Filters: map[string][]string{}, Page: 1}
	for _, f := range facetParams {
		for _, val := range v[f.param] {
			for _, part := range strings.Split(val, ",") {
				if part = strings.TrimSpace(part); part != "" && !slices.Contains(q.Filters[f.facet], part) {
					q.Filters[f.facet] = append(q.Filters[f.facet], part)
				}
			}
		}
	}
	var p lotse.Problems
	q.From, q.To = strings.TrimSpace(v.Get("von")), strings.TrimSpace(v.Get("bis"))
	if q.From != "" {
		if t, err := parseDate(q.From); err != nil {
			p.Add("von", "Bitte das Datum „von“ als TT.MM.JJJJ oder JJJJ-MM-TT angeben.")
		} else {
			q.from = t
		}
	}
	if q.To != "" {
		if t, err := parseDate(q.To); err != nil {
			p.Add("bis", "Bitte das Datum „bis“ als TT.MM.JJJJ oder JJJJ-MM-TT angeben.")
		} else {
			q.to = t.AddDate(0, 0, 1) // the whole last day
		}
	}
	if !q.from.IsZero() && !q.to.IsZero() && !q.to.After(q.from) {
		p.Add("bis", "Das Datum „bis“ liegt vor „von“.")
		q.to = time.Time{}
	}
	if n, err := strconv.Atoi(v.Get("seite")); err == nil && n > 1 {
		q.Page = min(n, 100000)
	}
	q.Problems = p
	return q
}

// url returns the list page's URL for q, with a change applied by fn.
func (q listQuery) url(fn func(v url.Values)) string {
	v := q.values()
	if fn != nil {
		fn(v)
	}
	if len(v) == 0 {
		return "/angebote"
	}
	return "/angebote?" + v.Encode()
}

// values returns q's parameters as the list page takes them.
func (q listQuery) values() url.Values {
	v := url.Values{}
	if q.Text != "" {
		v.Set("q", q.Text)
	}
	for _, f := range facetParams {
		for _, val := range q.Filters[f.facet] {
			v.Add(f.param, val)
		}
	}
	if q.From != "" {
		v.Set("von", q.From)
	}
	if q.To != "" {
		v.Set("bis", q.To)
	}
	if q.Page > 1 {
		v.Set("seite", strconv.Itoa(q.Page))
	}
	return v
}

// chip is an active filter with the link that removes it.
type chip struct {
	Label, Remove string
	Without       int    // offers without this filter, counted when nothing matches
	facet, slug   string // the filter; no facet: the search text
}

// pageLink is one entry of the pagination.
type pageLink struct {
	Number  int
	URL     string
	Current bool
	Gap     bool
}

func (s *Server) offerList(w http.ResponseWriter, r *http.Request) error {
	q := parseListQuery(r.URL.Query())
	now := s.cfg.Now()
	res := s.catalog.index.Search(searchQuery(now, q.Text, q.Filters, q.from, q.to, (q.Page-1)*pageSize, pageSize))
	cards, err := s.offerCards(r.Context(), res.Hits)
	if err != nil {
		return err
	}

	var facets []facetView
	var chips []chip
	for _, f := range facetParams {
		fv := facetView{Param: f.param, Heading: f.heading}
		chosen := q.Filters[f.facet]
		counts := res.Facets[f.facet]
		vocab := f.vocab
		if f.labels != "" {
			vocab = s.catalog.labels.vocab(f.labels)
		}
		label := func(slug string) string {
			if vocab != nil {
				return vocab.Label(slug)
			}
			if c := s.catalog.centre(slug); c != nil {
				return c.Name
			}
			return slug
		}
		var slugs []string
		if vocab != nil {
			slugs = vocab.Slugs()
		} else {
			for _, c := range s.catalog.allCentres() {
				slugs = append(slugs, c.Slug)
			}
		}
		for _, slug := range slugs {
			checked := slices.Contains(chosen, slug)
			if counts[slug] == 0 && !checked {
				continue
			}
			fv.Values = append(fv.Values, facetValue{Slug: slug, Label: label(slug), Count: counts[slug], Checked: checked})
		}
		for _, slug := range chosen {
			chips = append(chips, chip{Label: f.heading + ": " + label(slug), Remove: q.url(func(v url.Values) {
				v.Del("seite")
				rest := slices.DeleteFunc(slices.Clone(v[f.param]), func(s string) bool { return s == slug })
				v[f.param] = rest
			}), facet: f.facet, slug: slug})
		}
		fv.Open = len(chosen) > 0 || f.facet == search.FacetTopic || f.facet == search.FacetFormat
		facets = append(facets, fv)
	}
	if q.Text != "" {
		chips = append(chips, chip{Label: "Suche: „" + q.Text + "“", Remove: q.url(func(v url.Values) { v.Del("q"); v.Del("seite") })})
	}

	if q.Text != "" {
		for i := range cards {
			cards[i].TitleMarks = s.catalog.index.Highlight(cards[i].Title, q.Text)
			cards[i].SummaryMarks = s.catalog.index.Highlight(cards[i].Summary, q.Text)
		}
	}
	var suggestion, suggestionURL string
	if res.Suggestion != "" && !strings.EqualFold(res.Suggestion, q.Text) {
		suggestion = res.Suggestion
		suggestionURL = q.url(func(v url.Values) { v.Set("q", res.Suggestion); v.Del("seite") })
	}
	var related []facetValue
	var near nearCentre
	if res.Total == 0 {
		// What each filter alone keeps back: the count without it.
		for i, c := range chips {
			filters, text := q.Filters, q.Text
			if c.facet != "" {
				filters = maps.Clone(q.Filters)
				filters[c.facet] = slices.DeleteFunc(slices.Clone(filters[c.facet]), func(s string) bool { return s == c.slug })
			} else {
				text = ""
			}
			chips[i].Without = s.catalog.index.Search(searchQuery(now, text, filters, q.from, q.to, 0, -1)).Total
		}
		if q.Text != "" {
			for _, slug := range s.catalog.index.Related(q.Text, 5) {
				related = append(related, facetValue{Slug: slug, Label: s.catalog.labels.label(lotse.VocabTopics, slug)})
			}
		}
		near = s.nearCentre(r.URL.Query().Get("naehe"), q)
	}

	pages := (res.Total + pageSize - 1) / pageSize
	// Page links differ only in the page: encode the rest once.
	unpaged := q.url(func(v url.Values) { v.Del("seite") })
	sep := "&"
	if !strings.Contains(unpaged, "?") {
		sep = "?"
	}
	pageURL := func(n int) string {
		if n == 1 {
			return unpaged
		}
		return unpaged + sep + "seite=" + strconv.Itoa(n)
	}
	var links []pageLink
	for n := 1; n <= pages; n++ {
		if n == 1 || n == pages || (n >= q.Page-2 && n <= q.Page+2) {
			links = append(links, pageLink{Number: n, Current: n == q.Page, URL: pageURL(n)})
		} else if len(links) > 0 && !links[len(links)-1].Gap {
			links = append(links, pageLink{Gap: true})
		}
	}
	var prev, next string
	if q.Page > 1 {
		prev = pageURL(q.Page - 1)
	}
	if q.Page < pages {
		next = pageURL(q.Page + 1)
	}

	title := "Angebote"
	if q.Text != "" {
		title = "Suche: " + q.Text
	}
	p := s.newPage(r, title)
	p.Section = "offers"
	v := &listView{Q: q, Total: res.Total, First: (q.Page-1)*pageSize + 1, Cards: cards, Facets: facets, Chips: chips,
		Links: links, Prev: prev, Next: next, ResetURL: "/angebote", Suggestion: suggestion, SuggestURL: suggestionURL,
		Related: related, Near: near}
	if q.Text != "" && q.Page == 1 {
		v.Centres = s.catalog.searchCentres(q.Text, 3)
	}
	p.Main = func(b *bytes.Buffer) { writeListMain(b, v) }
	status := http.StatusOK
	if len(q.Problems) > 0 {
		status = http.StatusUnprocessableEntity
	}
	return s.ui.render(w, status, "offers", p)
}

// listView is what the offer list shows (fragment.go writes it).
type listView struct {
	Q                      listQuery
	Total, First           int
	Cards                  []offerCard
	Facets                 []facetView
	Chips                  []chip
	Links                  []pageLink
	Prev, Next, ResetURL   string
	Suggestion, SuggestURL string
	Related                []facetValue
	Near                   nearCentre
	Centres                []*lotse.Centre // matching the search text
}

// nearCentre is what the no-results page says about the nearest centre: the
// regional centre of the visitor's Land, once known (from "naehe" or a
// single Land filter), else a form to choose the Land that keeps the query.
type nearCentre struct {
	Centre  *lotse.Centre
	InState bool   // the centre is in the visitor's Land, not only the nearest
	State   string // the visitor's Land
	Keep    []hiddenField
}

type hiddenField struct{ Name, Value string }

func (s *Server) nearCentre(state string, q listQuery) nearCentre {
	if state == "" && len(q.Filters[search.FacetState]) == 1 {
		state = q.Filters[search.FacetState][0]
	}
	if lotse.States.Has(state) {
		if c, in := readiness.RegionalCentre(state, s.catalog.allCentres()); c != nil {
			return nearCentre{Centre: c, InState: in, State: state}
		}
	}
	var n nearCentre
	keep := q.values()
	for _, name := range slices.Sorted(maps.Keys(keep)) {
		for _, v := range keep[name] {
			n.Keep = append(n.Keep, hiddenField{name, v})
		}
	}
	return n
}

// dateView is one date of an offer on its page.
type dateView struct {
	Start, End time.Time
}

func (s *Server) offerShow(w http.ResponseWriter, r *http.Request) error {
	o, err := s.store.FindOfferByID(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	if !o.IsPublic() {
		return errOfferNotFound
	}
	return s.renderOffer(w, r, o, false, &registrationForm{}, http.StatusOK)
}

var errOfferNotFound = lotse.Errorf(lotse.ENOTFOUND, "Dieses Angebot gibt es nicht (mehr).")

// renderOffer renders an offer's page with its registration form as typed;
// the editors' preview uses it too, so the preview looks exactly like the
// public page.
func (s *Server) renderOffer(w http.ResponseWriter, r *http.Request, o *lotse.Offer, preview bool, form *registrationForm, status int) error {
	if form.Problems == nil {
		form.Problems = map[string]string{}
	}
	now := s.cfg.Now()
	var dates []dateView
	for _, oc := range o.Occurrences(now, now.AddDate(1, 0, 0), 12) {
		dates = append(dates, dateView{oc.Start, oc.End})
	}
	if err := s.applyMoves(r.Context(), o, dates); err != nil {
		return err
	}
	var past *dateView
	if len(dates) == 0 && o.StartsAt != nil {
		last := o.Occurrences(o.StartsAt.Add(-time.Second), now, 1000)
		if n := len(last); n > 0 {
			past = &dateView{last[n-1].Start, last[n-1].End}
		}
	}
	related := s.catalog.index.Search(searchQuery(now, "", map[string][]string{search.FacetTopic: o.Topics}, time.Time{}, time.Time{}, 0, 5))
	var hits []search.Hit
	for _, h := range related.Hits {
		if h.ID != o.ID && len(hits) < 4 {
			hits = append(hits, h)
		}
	}
	cards, err := s.offerCards(r.Context(), hits)
	if err != nil {
		return err
	}
	p := s.newPage(r, o.Title)
	p.Description = o.Summary
	p.Section = "offers"
	options, err := s.dateOptions(r, o, form.Date)
	if err != nil {
		return err
	}
	p.Data = struct {
		Offer    *lotse.Offer
		Centre   *lotse.Centre
		Dates    []dateView
		Past     *dateView
		Related  []offerCard
		IsEvent  bool
		Preview  bool
		Options  []dateOption
		Form     *registrationForm
		Calendar string
		// RetentionDays is how long personal data stays after the date.
		RetentionDays int
	}{o, s.catalog.centre(o.Centre), dates, past, cards, o.StartsAt != nil, preview, options, form,
		"/angebote/" + url.PathEscape(o.ID) + "/kalender.ics", int(s.cfg.Retention / (24 * time.Hour))}
	return s.ui.render(w, status, "offer", p)
}

// parseDate reads a date as typed by people (31.12.2026) or sent by date
// inputs and programs (2026-12-31), as midnight in Europe/Berlin.
func parseDate(s string) (time.Time, error) {
	if t, err := time.ParseInLocation("2.1.2006", s, lotse.Berlin); err == nil {
		return t, nil
	}
	return time.ParseInLocation(time.DateOnly, s, lotse.Berlin)
}
