package readiness

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"lotse"
)

var craft = Profile{Size: "1-9", Industry: "handwerk", State: "DE-NI", Postcode: "30159"}

// answerAll answers every question with the option pick chooses; pick
// returning "" leaves the question open.
func answerAll(q *Questionnaire, pick func(*Question) string) map[string]string {
	a := map[string]string{}
	for i := range q.Questions {
		if id := pick(&q.Questions[i]); id != "" {
			a[q.Questions[i].ID] = id
		}
	}
	return a
}

// best picks the option with the most points, and "ja" at gates.
func best(qu *Question) string {
	top := qu.Options[0]
	for _, o := range qu.Options {
		if o.Points > top.Points {
			top = o
		}
	}
	return top.ID
}

// worst picks the first ordinary option with no points, and "ja" at gates.
func worst(qu *Question) string {
	for _, o := range qu.Options {
		if o.Points == 0 && !o.Unknown && !o.NotRelevant {
			return o.ID
		}
	}
	return ""
}

// middle picks the ordinary option with the given points, or worst.
func points(p int) func(*Question) string {
	return func(qu *Question) string {
		for _, o := range qu.Options {
			if o.Points == p && !o.Unknown && !o.NotRelevant {
				return o.ID
			}
		}
		return worst(qu)
	}
}

func unknown(qu *Question) string { return qu.UnknownOption().ID }

func notRelevant(qu *Question) string {
	for _, o := range qu.Options {
		if o.NotRelevant {
			return o.ID
		}
	}
	return worst(qu)
}

func TestScore(t *testing.T) {
	q := Current()
	tests := []struct {
		name    string
		answers map[string]string
		check   func(t *testing.T, r *Result)
	}{
		{"best answers everywhere reach 100 and Vorreiter", answerAll(q, best), func(t *testing.T, r *Result) {
			for _, d := range r.Dimensions {
				if !d.Rated || d.Score != 100 || d.Level != "vorreiter" || len(d.Gaps) != 0 {
					t.Errorf("%s: got rated=%v score=%d level=%s gaps=%d, want 100 vorreiter without gaps", d.ID, d.Rated, d.Score, d.Level, len(d.Gaps))
				}
			}
			if r.Score != 100 || r.Level != "vorreiter" || r.DMA.Overall != 100 || r.DMA.Band != "advanced" {
				t.Errorf("got overall %d %s, DMA %d %s; want 100 vorreiter, 100 advanced", r.Score, r.Level, r.DMA.Overall, r.DMA.Band)
			}
		}},
		{"worst answers everywhere give 0 and Am Anfang", answerAll(q, worst), func(t *testing.T, r *Result) {
			for _, d := range r.Dimensions {
				if d.Score != 0 || d.Level != "einstieg" || d.Unknown != 0 || d.Uncertain {
					t.Errorf("%s: got %d %s unknown=%d uncertain=%v, want 0 einstieg and certain", d.ID, d.Score, d.Level, d.Unknown, d.Uncertain)
				}
			}
			if r.Score != 0 || r.LevelTitle != "Am Anfang" || r.DMA.Band != "basic" {
				t.Errorf("got %d %q %s, want 0 „Am Anfang“ basic", r.Score, r.LevelTitle, r.DMA.Band)
			}
		}},
		{"middle answers give 67 and Gut unterwegs", answerAll(q, points(2)), func(t *testing.T, r *Result) {
			if d := r.Dimension("strategie"); d.Score != 67 || d.Level != "fortgeschritten" {
				t.Errorf("strategie: got %d %s, want 67 fortgeschritten", d.Score, d.Level)
			}
			if r.Level != "fortgeschritten" || r.DMA.Band != "moderately_advanced" {
				t.Errorf("got level %s band %s, want fortgeschritten moderately_advanced", r.Level, r.DMA.Band)
			}
		}},
		{"no answers count as Weiß nicht: 0 points, flagged", map[string]string{}, func(t *testing.T, r *Result) {
			d := r.Dimension("daten-bestand")
			// The gate left open counts as relevant, so its dependent
			// question counts too: all 7 scored questions.
			if d.Score != 0 || d.Counted != 7 || d.Unknown != 7 || !d.Uncertain || d.NotRelevant != 0 {
				t.Errorf("got %+v, want 0 points, 7 counted and unknown, uncertain", d)
			}
			if r.Unknown != 44 {
				t.Errorf("got %d unknown, want all 44 scored questions", r.Unknown)
			}
			if !d.Gaps[0].Unknown {
				t.Error("got a known gap, want all gaps unknown")
			}
		}},
		{"explicit Weiß nicht scores as an open question", answerAll(q, unknown), func(t *testing.T, r *Result) {
			open, _ := Score(q, craft, nil)
			if r.Score != open.Score || r.Unknown != open.Unknown || !reflect.DeepEqual(r.DMA, open.DMA) {
				t.Errorf("got %d/%d, want the same as open questions %d/%d", r.Score, r.Unknown, open.Score, open.Unknown)
			}
		}},
		{"not relevant is left out, not counted as a gap", merge(answerAll(q, best), map[string]string{
			"technik-mobil": "nicht-relevant",
		}), func(t *testing.T, r *Result) {
			d := r.Dimension("technik")
			if d.Score != 100 || d.Counted != 3 || d.NotRelevant != 1 {
				t.Errorf("got score %d counted %d not relevant %d, want 100, 3, 1", d.Score, d.Counted, d.NotRelevant)
			}
		}},
		{"a not-relevant gate leaves out its dependent question", merge(answerAll(q, worst), map[string]string{
			"daten-maschinen":         "nicht-relevant",
			"daten-maschinen-nutzung": "nein", // ignored
			"austausch":               "nicht-relevant",
		}), func(t *testing.T, r *Result) {
			if d := r.Dimension("daten-bestand"); d.Counted != 6 || d.NotRelevant != 1 {
				t.Errorf("daten-bestand: got counted %d not relevant %d, want 6 and 1", d.Counted, d.NotRelevant)
			}
			for _, g := range r.Dimension("daten-bestand").Gaps {
				if g.Question == "daten-maschinen-nutzung" {
					t.Error("got the excluded question as a gap")
				}
			}
			if d := r.Dimension("daten-zugang"); d.Counted != 6 || d.NotRelevant != 1 {
				t.Errorf("daten-zugang: got counted %d not relevant %d, want 6 and 1", d.Counted, d.NotRelevant)
			}
		}},
		{"a relevant gate counts its dependent question", merge(answerAll(q, best), map[string]string{
			"daten-maschinen":         "ja",
			"daten-maschinen-nutzung": "nein",
		}), func(t *testing.T, r *Result) {
			d := r.Dimension("daten-bestand")
			// 6 questions at 3 of 3 and one at 0 of 3: 18/21 = 85.7 → 86.
			if d.Score != 86 || d.Counted != 7 || d.Gaps[0].Question != "daten-maschinen-nutzung" {
				t.Errorf("got %d, %d counted, gaps %v; want 86, 7, the machine question first", d.Score, d.Counted, d.Gaps)
			}
		}},
		{"overall is the weighted mean of rated dimensions", merge(answerAll(q, best), answerAll(q, func(qu *Question) string {
			if qu.Dimension == "daten-bestand" || qu.Dimension == "daten-zugang" {
				return worst(qu)
			}
			return ""
		})), func(t *testing.T, r *Result) {
			// Weights: data 3+3 at 0, the rest 2+2+2+1+2+1+2 = 12 at 100.
			if r.Score != divRound(12*100, 18) {
				t.Errorf("got %d, want %d", r.Score, divRound(1200, 18))
			}
		}},
		{"gaps come weakest first, known before unknown", merge(answerAll(q, best), map[string]string{
			"strategie-ziele":         "weiss-nicht",
			"strategie-budget":        "bei-bedarf",
			"strategie-verantwortung": "nein",
		}), func(t *testing.T, r *Result) {
			var got []string
			for _, g := range r.Dimension("strategie").Gaps {
				got = append(got, g.Question)
			}
			want := []string{"strategie-verantwortung", "strategie-ziele", "strategie-budget"}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got %v, want %v", got, want)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Score(q, craft, tt.answers)
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, r)
			again, _ := Score(q, craft, r.Answers)
			if !reflect.DeepEqual(r, again) {
				t.Error("scoring the stored answers again gave a different result")
			}
		})
	}
}

func TestScoreDimensionNotRated(t *testing.T) {
	q := Current()
	a := answerAll(q, best)
	// In v1 only one organisation question can be not relevant; use a
	// copy of the questionnaire where all of them can.
	q2 := *q
	q2.Questions = append([]Question(nil), q.Questions...)
	for i := range q2.Questions {
		qu := &q2.Questions[i]
		if qu.Dimension == "organisation" {
			qu.Options = append(append([]Option(nil), qu.Options...), Option{ID: "egal", Label: "Egal", NotRelevant: true})
			a[qu.ID] = "egal"
		}
	}
	if err := q2.check(); err != nil {
		t.Fatal(err)
	}
	r, err := Score(&q2, craft, a)
	if err != nil {
		t.Fatal(err)
	}
	d := r.Dimension("organisation")
	if d.Rated || d.Level != "" || d.Counted != 0 || d.NotRelevant != 4 {
		t.Errorf("got %+v, want unrated with 4 not relevant", d)
	}
	if r.Score != 100 {
		t.Errorf("got overall %d, want 100 from the rated dimensions only", r.Score)
	}
}

func TestScoreValidation(t *testing.T) {
	q := Current()
	tests := []struct {
		name    string
		profile Profile
		answers map[string]string
		fields  []string
		inMsg   []string
	}{
		{"unknown question", craft, map[string]string{"lieblingsfarbe": "blau"}, []string{"lieblingsfarbe"}, []string{"lieblingsfarbe"}},
		{"unknown option", craft, map[string]string{"daten-digital": "vielleicht"}, []string{"daten-digital"}, []string{"daten-digital=vielleicht"}},
		{"both, named in order", craft, map[string]string{"b-frage": "x", "a-frage": "y", "daten-ort": "z"}, []string{"a-frage", "b-frage", "daten-ort"}, []string{"a-frage, b-frage", "daten-ort=z"}},
		{"no profile", Profile{}, nil, []string{"industry", "size", "state"}, []string{"Größe", "Branche", "Bundesland"}},
		{"bad state and postcode", Profile{Size: "10-49", Industry: "handel", State: "DE-XX", Postcode: "123"}, nil, []string{"postcode", "state"}, []string{"Bundesland", "Postleitzahl"}},
		{"unknown size", Profile{Size: "11-20", Industry: "handel", State: "DE-BY"}, nil, []string{"size"}, []string{"Größe"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Score(q, tt.profile, tt.answers)
			if lotse.ErrorCode(err) != lotse.EINVALID {
				t.Fatalf("got %v, want EINVALID", err)
			}
			var got []string
			for f := range lotse.ErrorFields(err) {
				got = append(got, f)
			}
			if !reflect.DeepEqual(sorted(got), tt.fields) {
				t.Errorf("got fields %v, want %v", sorted(got), tt.fields)
			}
			for _, s := range tt.inMsg {
				if !strings.Contains(lotse.ErrorMessage(err), s) {
					t.Errorf("message %q does not name %q", lotse.ErrorMessage(err), s)
				}
			}
		})
	}
	if _, err := Score(q, Profile{Size: "250+", Industry: "sonstige", State: "DE-TH"}, map[string]string{"daten-digital": ""}); err != nil {
		t.Errorf("got %v for a valid profile without postcode and an empty answer, want nil", err)
	}
}

func merge(ms ...map[string]string) map[string]string {
	out := map[string]string{}
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}
