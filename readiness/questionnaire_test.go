package readiness

import (
	"encoding/json"
	"reflect"
	"sort"
	"testing"

	"lotse"
)

func TestEveryVersionLoads(t *testing.T) {
	vs := Versions()
	if len(vs) == 0 || vs[len(vs)-1] != CurrentVersion {
		t.Fatalf("got versions %v, want the last to be %s", vs, CurrentVersion)
	}
	for _, v := range vs {
		q, err := Load(v)
		if err != nil {
			t.Fatalf("load %s: %v", v, err)
		}
		if q.Version != v {
			t.Errorf("file %s.json holds version %q", v, q.Version)
		}
	}
}

func TestLoadUnknownVersion(t *testing.T) {
	for _, v := range []string{"v0", "v99", "../v1", ""} {
		if _, err := Load(v); lotse.ErrorCode(err) != lotse.ENOTFOUND {
			t.Errorf("Load(%q): got %v, want ENOTFOUND", v, err)
		}
	}
}

func TestCurrentQuestionnaireCoversTheIssue(t *testing.T) {
	q := Current()
	scored := 0
	for _, qu := range q.Questions {
		if !qu.Gate {
			scored++
		}
	}
	if scored < 30 {
		t.Errorf("got %d scored questions, want at least 30", scored)
	}
	for _, id := range []string{"strategie", "daten-bestand", "daten-zugang", "technik", "kompetenzen", "organisation", "recht-sicherheit", "nachhaltigkeit", "ki-einsatz"} {
		if q.Dimension(id) == nil {
			t.Errorf("no dimension %q", id)
		}
	}
	// Data is the heart: several questions on each aspect, and the data
	// dimensions weigh most.
	aspects := map[string]int{}
	for _, qu := range q.Questions {
		if !qu.Gate && qu.Aspect != "" {
			aspects[qu.Aspect]++
		}
	}
	for _, a := range []string{"verfuegbarkeit", "qualitaet", "zugang", "regeln"} {
		if aspects[a] < 2 {
			t.Errorf("data aspect %q has %d questions, want several", a, aspects[a])
		}
	}
	for _, d := range q.Dimensions {
		if d.Weight > q.Dimension("daten-bestand").Weight {
			t.Errorf("dimension %q weighs more than the data", d.ID)
		}
	}
	// Relevance is asked separately where it matters.
	gates, dependent, notRelevant := 0, 0, 0
	for _, qu := range q.Questions {
		if qu.Gate {
			gates++
		}
		if qu.DependsOn != "" {
			dependent++
		}
		for _, o := range qu.Options {
			if o.NotRelevant && !qu.Gate {
				notRelevant++
			}
		}
	}
	if gates == 0 || dependent == 0 || notRelevant == 0 {
		t.Errorf("got %d gates, %d dependent questions, %d not-relevant options; want some of each", gates, dependent, notRelevant)
	}
}

// TestDMAAlwaysRated backs the promise in DMA.md: every DMA dimension has a
// question that can be neither answered nor gated "nicht relevant", so all
// six always have a value.
func TestDMAAlwaysRated(t *testing.T) {
	q := Current()
	for _, d := range DMADimensions {
		ok := false
		for _, qu := range q.Questions {
			if !qu.mapsTo(d.ID) || qu.DependsOn != "" {
				continue
			}
			nr := false
			for _, o := range qu.Options {
				nr = nr || o.NotRelevant
			}
			ok = ok || !nr
		}
		if !ok {
			t.Errorf("every question of DMA dimension %s can be not relevant", d.ID)
		}
	}
}

func TestCheckRejectsBrokenData(t *testing.T) {
	base := func() map[string]any {
		var m map[string]any
		b, _ := json.Marshal(Current())
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	question := func(m map[string]any, i int) map[string]any {
		return m["questions"].([]any)[i].(map[string]any)
	}
	tests := []struct {
		name   string
		change func(m map[string]any)
	}{
		{"unknown topic", func(m map[string]any) { question(m, 0)["topics"] = []any{"quanten"} }},
		{"unknown dimension", func(m map[string]any) { question(m, 0)["dimension"] = "marketing" }},
		{"unknown DMA dimension", func(m map[string]any) { question(m, 0)["dma"] = []any{"happiness"} }},
		{"no weiß nicht", func(m map[string]any) {
			qu := question(m, 0)
			opts := qu["options"].([]any)
			qu["options"] = opts[:len(opts)-1]
		}},
		{"duplicate question", func(m map[string]any) { question(m, 1)["id"] = question(m, 0)["id"] }},
		{"reserved id", func(m map[string]any) { question(m, 0)["id"] = "state" }},
		{"depends on a non-gate", func(m map[string]any) { question(m, 1)["depends_on"] = question(m, 0)["id"] }},
		{"level gap", func(m map[string]any) { m["levels"].([]any)[1].(map[string]any)["min"] = 27 }},
		{"missing level text", func(m map[string]any) {
			delete(m["dimensions"].([]any)[0].(map[string]any)["levels"].(map[string]any), "vorreiter")
		}},
		{"missing step", func(m map[string]any) { delete(question(m, 0), "step") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := base()
			tt.change(m)
			b, _ := json.Marshal(m)
			if _, err := parse(b); err == nil {
				t.Fatal("got nil error, want the data rejected")
			}
		})
	}
	b, _ := json.Marshal(base())
	if _, err := parse(b); err != nil {
		t.Fatalf("unchanged data: %v", err)
	}
}

func TestAPIShape(t *testing.T) {
	b, err := json.Marshal(Current().API())
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if got, want := keys(m), []string{"dimensions", "questions", "version"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("got top-level keys %v, want %v", got, want)
	}
	dim := m["dimensions"].([]any)[0].(map[string]any)
	if got, want := keys(dim), []string{"id", "title"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got dimension keys %v, want %v", got, want)
	}
	qu := m["questions"].([]any)[0].(map[string]any)
	if got, want := keys(qu), []string{"dimension", "help", "id", "options", "text"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got question keys %v, want %v", got, want)
	}
	opt := qu["options"].([]any)[0].(map[string]any)
	if got, want := keys(opt), []string{"id", "label"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got option keys %v, want %v", got, want)
	}
	if m["version"] != CurrentVersion {
		t.Errorf("got version %v, want %s", m["version"], CurrentVersion)
	}
}

func keys(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
