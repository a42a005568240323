package web

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
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
	if centres == nil {
		centres = []*lotse.Centre{}
	}
	return writeJSON(w, http.StatusOK, struct {
		Total int             `json:"total"`
		Items []*lotse.Centre `json:"items"`
	}{len(centres), centres})
}

// apiOffer is an offer in API lists: the exchange fields plus where it is
// shown and its next date.
type apiOffer struct {
	*lotse.Offer
	NextStartsAt *time.Time `json:"next_starts_at,omitempty"`
	Link         string     `json:"link"`
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
	items := make([]apiOffer, len(cards))
	for i, c := range cards {
		items[i] = apiOffer{Offer: c.Offer, Link: "/angebote/" + url.PathEscape(c.ID)}
		if !c.Next.IsZero() {
			next := c.Next
			items[i].NextStartsAt = &next
		}
	}
	return writeJSON(w, http.StatusOK, struct {
		Total  int                       `json:"total"`
		Limit  int                       `json:"limit"`
		Offset int                       `json:"offset"`
		Items  []apiOffer                `json:"items"`
		Facets map[string]map[string]int `json:"facets"`
	}{res.Total, q.Limit, q.Offset, items, res.Facets})
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
		StartsAt time.Time  `json:"starts_at"`
		EndsAt   *time.Time `json:"ends_at,omitempty"`
	}
	dates := []date{}
	for _, oc := range o.Occurrences(now, now.AddDate(1, 0, 0), 52) {
		d := date{StartsAt: oc.Start}
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
