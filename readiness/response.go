package readiness

import "time"

// Request is the body of POST /api/v1/readiness.
type Request struct {
	Profile Profile           `json:"profile"`
	Answers map[string]string `json:"answers"`
}

// Response is the body POST /api/v1/readiness answers with.
type Response struct {
	Version           string             `json:"version"`
	Scores            map[string]int     `json:"scores"` // rated dimensions, 0–100
	Score             int                `json:"score"`
	Level             string             `json:"level"`
	DMA               DMA                `json:"dma"`
	Priorities        []ResponsePriority `json:"priorities"`
	RecommendedOffers []string           `json:"recommended_offers"`
	Centres           []string           `json:"centres"`
	ResultURL         string             `json:"result_url"`
}

// ResponsePriority is a priority in the API: IDs instead of whole offers.
type ResponsePriority struct {
	Dimension string          `json:"dimension"`
	Title     string          `json:"title"`
	Score     int             `json:"score"`
	Steps     []string        `json:"steps"`
	Offers    []ResponseOffer `json:"offers"`
}

// ResponseOffer is a recommended offer in the API.
type ResponseOffer struct {
	ID       string     `json:"id"`
	Title    string     `json:"title"`
	Format   string     `json:"format"`
	Centre   string     `json:"centre"`
	StartsAt *time.Time `json:"starts_at,omitempty"` // next date of an event
}

// NewResponse assembles the API answer for a scored result, its
// recommendation and the private link to the result page.
func NewResponse(r *Result, rec Recommendation, resultURL string) Response {
	resp := Response{
		Version: r.Version, Scores: map[string]int{}, Score: r.Score, Level: r.Level, DMA: r.DMA,
		Priorities: []ResponsePriority{}, RecommendedOffers: rec.OfferIDs(), Centres: rec.CentreSlugs(),
		ResultURL: resultURL,
	}
	for _, d := range r.Dimensions {
		if d.Rated {
			resp.Scores[d.ID] = d.Score
		}
	}
	for _, p := range rec.Priorities {
		rp := ResponsePriority{Dimension: p.Dimension, Title: p.Title, Score: p.Score, Steps: []string{}, Offers: []ResponseOffer{}}
		for _, s := range p.Steps {
			rp.Steps = append(rp.Steps, s.Text)
		}
		for _, l := range p.Offers {
			o := ResponseOffer{ID: l.Offer.ID, Title: l.Offer.Title, Format: l.Offer.Format, Centre: l.Offer.Centre}
			if l.Next != nil {
				t := l.Next.Start
				o.StartsAt = &t
			}
			rp.Offers = append(rp.Offers, o)
		}
		resp.Priorities = append(resp.Priorities, rp)
	}
	return resp
}
