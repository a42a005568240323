package search

import (
	"slices"
	"testing"
	"time"

	"lotse"
)

// germanIndex is a small catalogue for the German analysis.
func germanIndex() *Index {
	ix := New()
	v := func(topics ...string) map[string][]string { return map[string][]string{FacetTopic: topics} }
	ix.Put(
		Doc{ID: "dq", Title: "Qualität der Daten verbessern", Summary: "Wie Sie Ihre Kundendaten für KI fit machen.", Labels: []string{"Daten & Datenqualität", "Workshop"}, Values: v("daten")},
		Doc{ID: "cyber", Title: "Cybersicherheit im Handwerk", Summary: "Schutz vor Phishing und Ransomware für kleine Betriebe.", Labels: []string{"IT- & Cybersicherheit", "Webinar"}, Values: v("it-sicherheit")},
		Doc{ID: "itsec", Title: "IT-Sicherheit: Notfallplan erstellen", Summary: "Was tun, wenn Hacker angreifen?", Labels: []string{"IT- & Cybersicherheit", "Workshop"}, Values: v("it-sicherheit")},
		Doc{ID: "ki", Title: "Künstliche Intelligenz für die Tischlerei", Summary: "Maschinelles Lernen in der Holzverarbeitung.", Labels: []string{"Künstliche Intelligenz", "Praxisbeispiel"}, Values: v("ki")},
		Doc{ID: "massn", Title: "Maßnahmen zur Energieeffizienz", Summary: "Ressourcen schonen, Kosten senken.", Labels: []string{"Nachhaltigkeit & Ressourceneffizienz", "Themenheft"}, Values: v("nachhaltigkeit")},
		Doc{ID: "digi", Title: "Digitalisierung im Einzelhandel", Summary: "Erste Schritte zum Onlineshop.", Labels: []string{"Digitale Plattformen", "Informationsveranstaltung"}, Values: v("plattformen")},
		Doc{ID: "robot", Title: "Mit Robotern montieren", Summary: "Cobots in der Fertigung.", Labels: []string{"Sensorik & Robotik", "Demonstrator"}, Values: v("sensorik-robotik")},
		Doc{ID: "dsgvo", Title: "DSGVO-Sprechstunde", Summary: "Fragen zum Datenschutz im Betrieb.", Labels: []string{"Recht", "Sprechstunde (KI-Trainer)"}, Values: v("recht")},
	)
	return ix
}

func TestGermanQueries(t *testing.T) {
	ix := germanIndex()
	for _, tc := range []struct {
		name, q string
		top     string
	}{
		{"umlaut typed as ae", "Qualitaet", "dq"},
		{"ß typed as ss", "Massnahmen", "massn"},
		{"inflection", "Roboter", "robot"},
		{"compound finds its parts", "Datenqualität", "dq"},
		{"parts find the compound", "Cyber Sicherheit", "cyber"},
		{"abbreviation", "KI Tischlerei", "ki"},
		{"English", "machine learning", "ki"},
		{"synonym", "Datenschutz", "dsgvo"},
		{"abbreviation to word", "GDPR", "dsgvo"},
		{"typo", "Digitaliserung", "digi"},
		{"English compound", "energy efficiency", "massn"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := ix.Search(Query{Text: tc.q, Now: now})
			if len(res.Hits) == 0 || res.Hits[0].ID != tc.top {
				t.Errorf("%q: got %v, want %s first", tc.q, ids(res.Hits), tc.top)
			}
		})
	}
}

func TestSecurityQueriesFindBoth(t *testing.T) {
	for _, q := range []string{"Informationssicherheit", "Wie schütze ich meine Firma vor Hackern?"} {
		got := ids(germanIndex().Search(Query{Text: q, Now: now}).Hits)
		if len(got) < 2 || !slices.Contains(got[:2], "cyber") || !slices.Contains(got[:2], "itsec") {
			t.Errorf("%q: got %v, want cyber and itsec first", q, got)
		}
	}
}

func TestSuggestionForTypo(t *testing.T) {
	ix := germanIndex()
	if got := ix.Search(Query{Text: "Cybersicherhiet Handwerk", Now: now}); got.Suggestion != "Cybersicherheit Handwerk" || len(got.Hits) == 0 || got.Hits[0].ID != "cyber" {
		t.Errorf("got suggestion %q, hits %v", got.Suggestion, ids(got.Hits))
	}
	if got := ix.Search(Query{Text: "Cybersicherheit", Now: now}); got.Suggestion != "" {
		t.Errorf("correct query got suggestion %q", got.Suggestion)
	}
}

func TestTitleAboveBodyAndDatesBreakTies(t *testing.T) {
	ix := New()
	ix.Put(
		Doc{ID: "body", Title: "Sprechstunde", Body: "Wir sprechen über Robotik."},
		Doc{ID: "title-past", Title: "Robotik", Dates: []time.Time{day(-10)}},
		Doc{ID: "title-soon", Title: "Robotik", Dates: []time.Time{day(10)}},
		Doc{ID: "title-far", Title: "Robotik", Dates: []time.Time{day(500)}},
		Doc{ID: "title-none", Title: "Robotik"},
	)
	got := ids(ix.Search(Query{Text: "Robotik", Now: now}).Hits)
	want := []string{"title-soon", "title-none", "title-far", "title-past", "body"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestWritesTakeEffectAtOnce(t *testing.T) {
	ix := germanIndex()
	ix.Put(Doc{ID: "robot", Title: "Blockchain für Lieferketten"})
	if got := ids(ix.Search(Query{Text: "Roboter", Now: now}).Hits); slices.Contains(got, "robot") {
		t.Errorf("replaced text still found: %v", got)
	}
	if got := ids(ix.Search(Query{Text: "Blockchain", Now: now}).Hits); !slices.Equal(got, []string{"robot"}) {
		t.Errorf("new text: got %v", got)
	}
	ix.Delete("robot")
	if got := ix.Search(Query{Text: "Blockchain", Now: now}); got.Total != 0 {
		t.Errorf("deleted doc found: %v", ids(got.Hits))
	}
}

func TestCompactionKeepsResults(t *testing.T) {
	ix := New()
	for i := range 3000 {
		ix.Put(Doc{ID: string(rune('a'+i%26)) + time.Duration(i).String(), Title: "Workshop Datenqualität"})
	}
	var del []string
	for i := range 2500 {
		del = append(del, string(rune('a'+i%26))+time.Duration(i).String())
	}
	ix.Delete(del...)
	if got := ix.Search(Query{Text: "Datenqualitaet", Now: now}).Total; got != 500 || ix.Len() != 500 {
		t.Errorf("got %d hits, %d docs; want 500", got, ix.Len())
	}
}

func TestSuggestRelatedHighlight(t *testing.T) {
	ix := germanIndex()
	if got := ix.Suggest("Cyber", 3); len(got) == 0 || got[0] != "Cybersicherheit im Handwerk" {
		t.Errorf("Suggest: got %v", got)
	}
	if got := ix.Suggest("Workshop Dat", 5); !slices.Contains(got, "Workshop Datenqualität") {
		t.Errorf("Suggest with head: got %v", got)
	}
	if got := ix.Related("Hackerangriff Versicherung", 2); len(got) == 0 || got[0] != "it-sicherheit" {
		t.Errorf("Related: got %v", got)
	}
	text := "Cybersicherheit im Handwerk: IT-Sicherheit für Betriebe"
	got := ix.Highlight(text, "Sicherheit Handwerker")
	var words []string
	for _, s := range got {
		words = append(words, text[s.Start:s.End])
	}
	if want := []string{"Cybersicherheit", "Handwerk", "Sicherheit"}; !slices.Equal(words, want) {
		t.Errorf("Highlight: got %q, want %q", words, want)
	}
}

func TestTwoWordsFindDocumentsWithBothIfAny(t *testing.T) {
	ix := germanIndex()
	if got := ids(ix.Search(Query{Text: "Cybersicherheit Handwerk", Now: now}).Hits); !slices.Equal(got, []string{"cyber"}) {
		t.Errorf("both words: got %v, want only cyber", got)
	}
	// No document has both: each word's documents are found.
	if got := ids(ix.Search(Query{Text: "Roboter Datenschutz", Now: now}).Hits); !slices.Contains(got, "robot") || !slices.Contains(got, "dsgvo") {
		t.Errorf("either word: got %v, want robot and dsgvo", got)
	}
}

func TestRelatedUsesCurrentTopicLabels(t *testing.T) {
	ix := New()
	if got := ix.Related("Algorithmen", 3); slices.Contains(got, "ki") {
		t.Fatalf("before SetTopics: got %v, want no ki", got)
	}
	ix.SetTopics(lotse.Topics.WithLabels(map[string]string{"ki": "Maschinelles Lernen & Algorithmen"}))
	if got := ix.Related("Algorithmen", 3); !slices.Contains(got, "ki") {
		t.Errorf("after SetTopics: got %v, want ki", got)
	}
}
