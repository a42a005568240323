package web

import (
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"lotse"
	"lotse/exchange"
	"lotse/search"
)

// apiFacets maps the API's filter parameters to facets and the vocabulary
// their values must come from (nil: centres).
var apiFacets = []struct {
	param string
	vocab lotse.Vocabulary
	what  string
}{
	{search.FacetTopic, lotse.Topics, "Thema"},
	{search.FacetFormat, lotse.Formats, "Format"},
	{search.FacetCentre, nil, "Zentrum"},
	{search.FacetState, lotse.States, "Bundesland"},
	{search.FacetMode, lotse.Modes, "Form"},
	{search.FacetAudience, lotse.Audiences, "Zielgruppe"},
}

func (s *Server) apiCentreList(w http.ResponseWriter, r *http.Request) error {
	centres := s.catalog.allCentres()
	if q := strings.TrimSpace(r.URL.Query().Get("q")); q != "" {
		centres = s.catalog.searchCentres(q, len(centres)) // best match first
	}
	if centres == nil {
		centres = []*lotse.Centre{}
	}
	return writeJSON(w, http.StatusOK, struct {
		Total int             `json:"total"`
		Items []*lotse.Centre `json:"items"`
	}{len(centres), centres})
}

func (s *Server) apiOfferList(w http.ResponseWriter, r *http.Request) error {
	q, err := s.parseAPIQuery(r.URL.Query())
	if err != nil {
		return err
	}
	res := s.catalog.index.Search(q)
	cards, err := s.offerCards(r.Context(), res.Hits)
	if err != nil {
		return err
	}
	bp := jsonBuffers.Get().(*[]byte)
	b := appendOfferList((*bp)[:0], res.Total, q.Limit, q.Offset, cards, res.Facets)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(http.StatusOK)
	_, err = w.Write(b)
	if cap(b) <= 1<<20 {
		*bp = b[:0]
		jsonBuffers.Put(bp)
	}
	return err
}

// jsonBuffers keeps answer buffers for reuse; lists are tens of kilobytes.
var jsonBuffers = sync.Pool{New: func() any { b := make([]byte, 0, 64<<10); return &b }}

// appendOfferList appends the answer of GET /api/v1/offers: total, limit,
// offset, the items (each offer's exchange fields plus next_starts_at, its
// next date, and link, its page) and the facet counts, as encoding/json
// would write them but with Offer.AppendJSON in place of reflection
// (api_test.go holds the two to the same bytes).
func appendOfferList(b []byte, total, limit, offset int, cards []offerCard, facets map[string]map[string]int) []byte {
	b = append(b, `{"total":`...)
	b = strconv.AppendInt(b, int64(total), 10)
	b = append(b, `,"limit":`...)
	b = strconv.AppendInt(b, int64(limit), 10)
	b = append(b, `,"offset":`...)
	b = strconv.AppendInt(b, int64(offset), 10)
	b = append(b, `,"items":[`...)
	for i, c := range cards {
		if i > 0 {
			b = append(b, ',')
		}
		b = c.Offer.AppendJSON(b)
		b = b[:len(b)-1] // the item goes on: reopen the object
		if !c.Next.IsZero() {
			b = append(b, `,"next_starts_at":`...)
			b = lotse.AppendJSONTime(b, c.Next)
		}
		b = append(b, `,"link":`...)
		b = lotse.AppendJSONString(b, "/angebote/"+url.PathEscape(c.ID))
		b = append(b, '}')
	}
	b = append(b, `],"facets":{`...)
	for i, name := range slices.Sorted(maps.Keys(facets)) {
		if i > 0 {
			b = append(b, ',')
		}
		b = lotse.AppendJSONString(b, name)
		b = append(b, ":{"...)
		m := facets[name]
		for j, v := range slices.Sorted(maps.Keys(m)) {
			if j > 0 {
				b = append(b, ',')
			}
			b = lotse.AppendJSONString(b, v)
			b = append(b, ':')
			b = strconv.AppendInt(b, int64(m[v]), 10)
		}
		b = append(b, '}')
	}
	return append(b, "}}\n"...)
}

func (s *Server) parseAPIQuery(v url.Values) (search.Query, error) {
	var p lotse.Problems
	q := search.Query{Text: strings.TrimSpace(v.Get("q")), Filters: map[string][]string{}, Now: s.cfg.Now(), Limit: 20}
	for _, f := range apiFacets {
		for _, val := range v[f.param] {
			for _, part := range strings.Split(val, ",") {
				part = strings.TrimSpace(part)
				if part == "" || slices.Contains(q.Filters[f.param], part) {
					continue
				}
				known := s.catalog.centre(part) != nil
				if f.vocab != nil {
					known = f.vocab.Has(part)
				}
				if !known {
					p.Add(f.param, "Unbekanntes "+f.what+" „"+part+"“.")
				}
				q.Filters[f.param] = append(q.Filters[f.param], part)
			}
		}
	}
	for _, b := range []struct {
		param string
		t     *time.Time
	}{{"from", &q.From}, {"to", &q.To}} {
		raw := v.Get(b.param)
		if raw == "" {
			continue
		}
		if t, err := time.Parse(time.RFC3339, raw); err == nil {
			*b.t = t
		} else if t, err := time.ParseInLocation(time.DateOnly, raw, lotse.Berlin); err == nil {
			if b.param == "to" {
				t = t.AddDate(0, 0, 1) // a date means the whole day
			}
			*b.t = t
		} else {
			p.Add(b.param, "Bitte als Datum (2026-12-31) oder Zeitpunkt nach RFC 3339 angeben.")
		}
	}
	if raw := v.Get("limit"); raw != "" {
		if n, err := strconv.Atoi(raw); err != nil || n < 1 || n > 100 {
			p.Add("limit", "limit muss eine Zahl von 1 bis 100 sein.")
		} else {
			q.Limit = n
		}
	}
	if raw := v.Get("offset"); raw != "" {
		if n, err := strconv.Atoi(raw); err != nil || n < 0 {
			p.Add("offset", "offset muss eine Zahl ab 0 sein.")
		} else {
			q.Offset = n
		}
	}
	return q, p.Err()
}

func (s *Server) apiOfferShow(w http.ResponseWriter, r *http.Request) error {
	o, err := s.store.FindOfferByID(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	if !o.IsPublic() { // drafts do not exist for the API
		return errOfferNotFound
	}
	now := s.cfg.Now()
	type date struct {
		StartsAt   time.Time  `json:"starts_at"`
		EndsAt     *time.Time `json:"ends_at,omitempty"`
		Capacity   int        `json:"capacity"` // 0 means unlimited
		Confirmed  int        `json:"confirmed"`
		Waitlisted int        `json:"waitlisted"`
		Cancelled  bool       `json:"cancelled,omitempty"`
		MovedTo    *time.Time `json:"moved_to,omitempty"` // the centre moved this date
	}
	counts, err := s.store.DateCounts(r.Context(), o.ID)
	if err != nil {
		return err
	}
	dates := []date{}
	for _, oc := range o.Occurrences(now, now.AddDate(1, 0, 0), 52) {
		c := counts[oc.Start.Unix()]
		d := date{StartsAt: oc.Start, Capacity: o.Capacity, Confirmed: c.Confirmed, Waitlisted: c.Waitlisted, Cancelled: c.Cancelled, MovedTo: c.MovedTo}
		if oc.End.After(oc.Start) {
			end := oc.End
			d.EndsAt = &end
		}
		dates = append(dates, d)
	}
	return writeJSON(w, http.StatusOK, struct {
		*lotse.Offer
		Status string `json:"status"`
		Dates  []date `json:"dates"`
		Link   string `json:"link"`
	}{o, o.Status, dates, "/angebote/" + url.PathEscape(o.ID)})
}

func (s *Server) apiExport(w http.ResponseWriter, r *http.Request) error {
	centres, err := s.store.FindCentres(r.Context(), lotse.CentreFilter{})
	if err != nil {
		return err
	}
	// A large export may take longer than the server's usual write timeout.
	http.NewResponseController(w).SetWriteDeadline(time.Now().Add(10 * time.Minute))
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="lotse-export.json"`)
	return exchange.WriteListed(w, centres, func(yield func(*lotse.Offer) error) error {
		return s.store.EachOffer(r.Context(), yield)
	})
}

func (s *Server) apiNotFound(w http.ResponseWriter, r *http.Request) error {
	return lotse.Errorf(lotse.ENOTFOUND, "Diesen API-Endpunkt gibt es nicht. Verfügbar sind /api/v1/centres, /api/v1/offers, /api/v1/offers/{id} und /api/v1/export.")
}

// apiSuggest completes what a user types into a search box.
func (s *Server) apiSuggest(w http.ResponseWriter, r *http.Request) error {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	out := []string{}
	if len([]rune(q)) >= 2 && len(q) <= 100 {
		if got := s.catalog.index.Suggest(q, 8); got != nil {
			out = got
		}
	}
	w.Header().Set("Cache-Control", "public, max-age=60")
	return writeJSON(w, http.StatusOK, struct {
		Suggestions []string `json:"suggestions"`
	}{out})
}
