package web

import (
	"encoding/json"
	"testing"
	"time"

	"lotse"
	"lotse/demo"
)

// TestOfferListJSONMatchesEncodingJSON holds appendOfferList to what
// encoding/json writes for the documented shape of the answer.
func TestOfferListJSONMatchesEncodingJSON(t *testing.T) {
	type apiOffer struct {
		*lotse.Offer
		NextStartsAt *time.Time `json:"next_starts_at,omitempty"`
		Link         string     `json:"link"`
	}
	_, offers := demo.Network(testNow)
	start := time.Date(2026, 12, 1, 9, 0, 0, 0, lotse.Berlin)
	offers = append(offers, &lotse.Offer{ID: `a"b/<c>`, Title: "Zeile\nzwei \u2028 & <b>", Summary: "kaputt \xff", StartsAt: &start})
	var cards []offerCard
	var items []apiOffer
	for i, o := range offers {
		c := offerCard{Offer: o}
		item := apiOffer{Offer: o, Link: "/angebote/" + o.ID}
		if i%3 != 0 {
			c.Next = start.AddDate(0, 0, i)
			next := c.Next
			item.NextStartsAt = &next
		}
		cards, items = append(cards, c), append(items, item)
	}
	item := items[len(items)-1]
	item.Link = `/angebote/a%22b%2F%3Cc%3E`
	items[len(items)-1] = item
	facets := map[string]map[string]int{"topic": {"ki": 3, "daten": 1}, "format": {}, "mode": {"online": 2}}
	want, err := json.Marshal(struct {
		Total  int                       `json:"total"`
		Limit  int                       `json:"limit"`
		Offset int                       `json:"offset"`
		Items  []apiOffer                `json:"items"`
		Facets map[string]map[string]int `json:"facets"`
	}{1234, 20, 40, items, facets})
	if err != nil {
		t.Fatal(err)
	}
	got := appendOfferList(nil, 1234, 20, 40, cards, facets)
	if string(got) != string(want)+"\n" {
		t.Fatalf("differs:\n%s", firstDiff(string(got), string(want)+"\n"))
	}
	if got := appendOfferList(nil, 0, 20, 0, nil, map[string]map[string]int{}); string(got) != `{"total":0,"limit":20,"offset":0,"items":[],"facets":{}}`+"\n" {
		t.Errorf("empty list: %s", got)
	}
}
