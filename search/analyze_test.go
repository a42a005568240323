package search

import (
	"slices"
	"testing"
)

func TestFoldMeetsBothSpellings(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"Qualität", "Qualitaet"},
		{"Maßnahmen", "Massnahmen"},
		{"Schützen", "schuetzen"},
		{"Größe", "groesse"},
		{"Café", "cafe"},
	} {
		if fold(tc.a) != fold(tc.b) {
			t.Errorf("fold(%q) = %q, fold(%q) = %q; want equal", tc.a, fold(tc.a), tc.b, fold(tc.b))
		}
	}
	if got := stem(fold("neuen")); got != stem(fold("neue")) {
		t.Errorf("ue after a vowel must stay: neuen → %q, neue → %q", got, stem(fold("neue")))
	}
}

func TestStemJoinsInflections(t *testing.T) {
	for _, tc := range [][2]string{{"Workshops", "Workshop"}, {"Robotern", "Roboter"}, {"Hackern", "Hacker"}, {"Maßnahmen", "Maßnahme"}} {
		if a, b := stem(fold(tc[0])), stem(fold(tc[1])); a != b {
			t.Errorf("stem(%s) = %q, stem(%s) = %q; want equal", tc[0], a, tc[1], b)
		}
	}
}

func TestTokenizeKeepsHyphenatedWordsJoined(t *testing.T) {
	var got []string
	for _, tk := range tokenize("IT-Sicherheit für KMU") {
		got = append(got, tk.word)
	}
	want := []string{"it", "sicherheit", "itsicherheit", "fur", "kmu"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestDecompose(t *testing.T) {
	dict := func(w string) bool { return partWords[w] }
	for _, tc := range []struct {
		word string
		want []string
	}{
		{"datenqualitat", []string{"daten", "qualitat"}},
		{"cybersicherheit", []string{"cyber", "sicherheit"}},
		{"informationssicherheit", []string{"informations", "sicherheit"}},
		{"sicherheit", nil},
		{"beratung", nil},
	} {
		if got := decompose(tc.word, dict); !slices.Equal(got, tc.want) {
			t.Errorf("decompose(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

func TestDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"digitaliserung", "digitalisierung", 1},
		{"cybersicherhiet", "cybersicherheit", 1},
		{"abc", "abc", 0},
		{"workshop", "worskhop", 1},
		{"daten", "raten", 1},
		{"kitten", "sitting", 3},
	} {
		if got := distance(tc.a, tc.b, 2); min(got, 3) != min(tc.want, 3) {
			t.Errorf("distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}
