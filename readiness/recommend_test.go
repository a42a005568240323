package readiness

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"lotse"
)

var now = time.Date(2026, 3, 2, 10, 0, 0, 0, lotse.Berlin) // a Monday

func testCentres() []*lotse.Centre {
	return []*lotse.Centre{
		{Slug: "hannover", Name: "Zentrum Hannover", Kind: "regional", State: "DE-NI", City: "Hannover", Lat: 52.37, Lon: 9.74, Topics: []string{"ki", "daten"}},
		{Slug: "lueneburg", Name: "Zentrum Lüneburg", Kind: "regional", State: "DE-NI", City: "Lüneburg", Lat: 53.25, Lon: 10.41, Topics: []string{"nachhaltigkeit"}},
		{Slug: "berlin", Name: "Zentrum Berlin", Kind: "regional", State: "DE-BE", City: "Berlin", Lat: 52.52, Lon: 13.40, Topics: []string{"ki"}},
		{Slug: "bayern", Name: "Zentrum Bayern", Kind: "regional", State: "DE-BY", City: "München", Lat: 48.14, Lon: 11.58, Topics: []string{"wertschoepfung"}},
		{Slug: "handwerk", Name: "Zentrum Digitales Handwerk", Kind: "thematic", City: "Berlin", Lat: 52.52, Lon: 13.40, Topics: []string{"organisation", "qualifizierung"}},
		{Slug: "smarte-daten", Name: "Zentrum Smarte Daten", Kind: "thematic", City: "Kaiserslautern", Lat: 49.44, Lon: 7.77, Topics: []string{"daten", "datenaustausch"}},
		{Slug: "sicherheit", Name: "Zentrum IT-Sicherheit", Kind: "thematic", City: "Bochum", Lat: 51.48, Lon: 7.22, Topics: []string{"it-sicherheit", "recht"}},
		{Slug: "zukunft", Name: "Zentrum Zukunft", Kind: "thematic", City: "Kassel", Lat: 51.31, Lon: 9.48, Topics: []string{"nachhaltigkeit"}},
	}
}

func testOffers() []*lotse.Offer {
	at := func(d time.Duration) *time.Time { t := now.Add(d); return &t }
	day := 24 * time.Hour
	talk := time.Date(2026, 1, 8, 16, 0, 0, 0, lotse.Berlin) // a Thursday
	past := time.Date(2025, 11, 1, 10, 0, 0, 0, lotse.Berlin)
	all := []string{"alle"}
	online := lotse.Location{}
	return []*lotse.Offer{
		{ID: "daten-webinar", Format: "webinar", Topics: []string{"daten"}, Audiences: all, Mode: "online", Location: online, StartsAt: at(7 * day)},
		{ID: "daten-heft", Format: "themenheft", Topics: []string{"daten"}, Audiences: all, Mode: "online"},
		{ID: "daten-workshop-hannover", Format: "workshop", Topics: []string{"daten"}, Audiences: []string{"handwerk", "industrie"}, Mode: "praesenz", Location: lotse.Location{City: "Hannover", State: "DE-NI"}, StartsAt: at(14 * day)},
		{ID: "daten-praxis-ohne-land", Centre: "hannover", Format: "praxisbeispiel", Topics: []string{"daten"}, Audiences: all, Mode: "praesenz", Location: lotse.Location{City: "Hannover"}},
		{ID: "daten-praxis-bayern", Centre: "bayern", Format: "praxisbeispiel", Topics: []string{"daten"}, Audiences: all, Mode: "praesenz", Location: lotse.Location{City: "München"}},
		{ID: "daten-workshop-muenchen", Format: "workshop", Topics: []string{"daten"}, Audiences: all, Mode: "praesenz", Location: lotse.Location{City: "München", State: "DE-BY"}, StartsAt: at(5 * day)},
		{ID: "daten-vergangen", Format: "webinar", Topics: []string{"daten"}, Audiences: all, Mode: "online", StartsAt: &past},
		{ID: "daten-zu-spaet", Format: "webinar", Topics: []string{"daten"}, Audiences: all, Mode: "online", StartsAt: at(200 * day)},
		{ID: "daten-industrie", Format: "webinar", Topics: []string{"daten"}, Audiences: []string{"industrie"}, Mode: "online", StartsAt: at(2 * day)},
		{ID: "daten-handwerk", Format: "informationsmaterial", Topics: []string{"daten"}, Audiences: []string{"handwerk"}, Mode: "online"},
		{ID: "ki-talk", Format: "webinar", Topics: []string{"ki"}, Audiences: all, Mode: "online", StartsAt: &talk, Recurrence: "FREQ=WEEKLY;BYDAY=TH"},
		{ID: "sicherheit-check", Format: "informationsmaterial", Topics: []string{"it-sicherheit"}, Mode: "online"},
		{ID: "nachhaltig-webinar", Format: "webinar", Topics: []string{"nachhaltigkeit"}, Audiences: all, Mode: "online", StartsAt: at(3 * day)},
		{ID: "strategie-workshop", Format: "workshop", Topics: []string{"strategie"}, Audiences: all, Mode: "hybrid", Location: lotse.Location{City: "München", State: "DE-BY"}, StartsAt: at(10 * day)},
	}
}

// answersWith answers every question best, except the dimensions named,
// which get the answers of their pick.
func answersWith(q *Questionnaire, picks map[string]func(*Question) string) map[string]string {
	return answerAll(q, func(qu *Question) string {
		if pick, ok := picks[qu.Dimension]; ok {
			return pick(qu)
		}
		return best(qu)
	})
}

func TestRecommend(t *testing.T) {
	q := Current()
	type prio struct {
		dimension string
		steps     []string
		offers    []string
	}
	tests := []struct {
		name     string
		profile  Profile
		answers  map[string]string
		prios    []prio
		regional string
		inState  bool
		thematic []string
	}{
		{
			name:    "weak data comes first; offers local, online, for the industry; none twice",
			profile: craft,
			answers: answersWith(q, map[string]func(*Question) string{
				"daten-bestand": worst, "recht-sicherheit": worst, "daten-zugang": points(2),
			}),
			prios: []prio{
				{"daten-bestand", []string{"daten-digital", "daten-ort"}, []string{"daten-workshop-hannover", "daten-handwerk", "daten-webinar"}},
				// An on-site offer without a Land counts where its centre is:
				// Hannover's, not Bavaria's.
				{"recht-sicherheit", []string{"sicherheit-backup", "sicherheit-schutz"}, []string{"sicherheit-check", "daten-heft", "daten-praxis-ohne-land"}},
				{"daten-zugang", []string{"zugang-finden", "zugang-verbunden"}, []string{}},
			},
			regional: "hannover", inState: true,
			thematic: []string{"handwerk", "smarte-daten", "sicherheit"},
		},
		{
			name:    "weight breaks the tie between equally weak dimensions",
			profile: craft,
			answers: answersWith(q, map[string]func(*Question) string{
				"organisation": worst, "technik": worst, "daten-zugang": worst, "nachhaltigkeit": worst,
			}),
			prios: []prio{
				{"daten-zugang", []string{"zugang-finden", "zugang-verbunden"}, []string{"daten-workshop-hannover", "daten-handwerk", "daten-webinar"}},
				{"technik", []string{"technik-software", "technik-internet"}, []string{}},
				{"organisation", []string{"orga-ablaeufe", "orga-beteiligung"}, []string{}},
			},
			regional: "hannover", inState: true,
			thematic: []string{"handwerk", "smarte-daten", "sicherheit"},
		},
		{
			name:     "a Land without a regional centre gets the nearest",
			profile:  Profile{Size: "10-49", Industry: "industrie", State: "DE-SL"},
			answers:  answersWith(q, map[string]func(*Question) string{"ki-einsatz": worst}),
			prios:    []prio{{"ki-einsatz", []string{"ki-werkzeuge", "ki-kerngeschaeft"}, []string{"ki-talk"}}},
			regional: "bayern", inState: false,
			thematic: []string{},
		},
		{
			name:    "Weiß nicht becomes a step to find out first",
			profile: Profile{Size: "1-9", Industry: "handwerk", State: "DE-HB"},
			answers: answersWith(q, map[string]func(*Question) string{
				"nachhaltigkeit": unknown,
			}),
			// Measuring consumption is about data too: the data offers
			// follow the one on sustainability, the workshop in Hannover
			// does not (Bremen is another Land).
			prios:    []prio{{"nachhaltigkeit", []string{"nachhaltig-verbrauch", "nachhaltig-sparen"}, []string{"nachhaltig-webinar", "daten-handwerk", "daten-webinar"}}},
			regional: "hannover", inState: false,
			thematic: []string{"handwerk", "zukunft", "smarte-daten"},
		},
		{
			name:     "no gaps, no priorities; the centre is still named",
			profile:  Profile{Size: "50-249", Industry: "handel", State: "DE-BE"},
			answers:  answerAll(q, best),
			prios:    []prio{},
			regional: "berlin", inState: true,
			thematic: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Score(q, tt.profile, tt.answers)
			if err != nil {
				t.Fatal(err)
			}
			rec := Recommend(r, tt.profile, testOffers(), testCentres(), now)
			var got []prio
			for _, p := range rec.Priorities {
				g := prio{dimension: p.Dimension, steps: []string{}, offers: []string{}}
				for _, s := range p.Steps {
					g.steps = append(g.steps, s.Question)
					if s.Text == "" {
						t.Errorf("%s: empty step text", s.Question)
					}
				}
				for _, o := range p.Offers {
					g.offers = append(g.offers, o.Offer.ID)
				}
				got = append(got, g)
			}
			if len(got) == 0 {
				got = []prio{}
			}
			if !reflect.DeepEqual(got, tt.prios) {
				t.Errorf("got priorities\n%+v\nwant\n%+v", got, tt.prios)
			}
			var regional string
			if rec.Regional != nil {
				regional = rec.Regional.Slug
			}
			if regional != tt.regional || rec.RegionalInState != tt.inState {
				t.Errorf("got regional %q in state %v, want %q %v", regional, rec.RegionalInState, tt.regional, tt.inState)
			}
			var thematic []string
			for _, c := range rec.Thematic {
				thematic = append(thematic, c.Slug)
			}
			if thematic == nil {
				thematic = []string{}
			}
			if !reflect.DeepEqual(thematic, tt.thematic) {
				t.Errorf("got thematic %v, want %v", thematic, tt.thematic)
			}
			seen := map[string]bool{}
			for _, id := range rec.OfferIDs() {
				if seen[id] {
					t.Errorf("offer %s recommended twice", id)
				}
				seen[id] = true
			}
		})
	}
}

func TestRecommendDetails(t *testing.T) {
	q := Current()
	r, _ := Score(q, craft, answersWith(q, map[string]func(*Question) string{"ki-einsatz": worst, "nachhaltigkeit": unknown}))
	rec := Recommend(r, craft, testOffers(), testCentres(), now)

	ki := rec.Priorities[0]
	if ki.Dimension != "ki-einsatz" || len(ki.Offers) == 0 || ki.Offers[0].Offer.ID != "ki-talk" {
		t.Fatalf("got %+v, want ki-einsatz with the KI-Talk first", ki)
	}
	next := ki.Offers[0].Next
	want := time.Date(2026, 3, 5, 16, 0, 0, 0, lotse.Berlin)
	if next == nil || !next.Start.Equal(want) {
		t.Errorf("got next date %v, want %v (the first Thursday after now)", next, want)
	}
	if ki.Steps[0].Unknown || !strings.HasPrefix(ki.Steps[0].Text, "Probieren Sie") {
		t.Errorf("got step %+v, want the known gap's step as it is", ki.Steps[0])
	}

	green := rec.Priorities[1]
	if !green.Steps[0].Unknown || !strings.HasPrefix(green.Steps[0].Text, "Klären Sie zuerst") {
		t.Errorf("got step %+v, want a step to find out first", green.Steps[0])
	}
	for _, p := range rec.Priorities {
		for _, o := range p.Offers {
			if lotse.IsEventFormat(o.Offer.Format) && o.Next == nil {
				t.Errorf("event %s without a date", o.Offer.ID)
			}
		}
	}
	if got, want := rec.CentreSlugs(), []string{"hannover", "handwerk", "zukunft", "smarte-daten"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got centres %v, want %v", got, want)
	}

	resp := NewResponse(r, rec, "https://lotse.example/ki-check/ergebnis/abc")
	if resp.Level != r.Level || len(resp.Scores) != len(r.Dimensions) || resp.DMA.Band != r.DMA.Band {
		t.Errorf("got response %+v, want the result's scores", resp)
	}
	if !reflect.DeepEqual(resp.RecommendedOffers, rec.OfferIDs()) || resp.Priorities[0].Offers[0].StartsAt == nil {
		t.Errorf("got offers %v / %+v, want the recommended ones with the next date", resp.RecommendedOffers, resp.Priorities[0].Offers)
	}
}
