package lotse

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// nastyStrings are the strings an encoder gets wrong: escapes, HTML,
// control characters, line separators, umlauts and invalid UTF-8.
var nastyStrings = []string{
	"", "KI im Handwerk", `Zitat: "Daten" \ Pfad`, "<script>&amp;</script>", "Zeile\neins\r\tzwei\b\f",
	"\x00\x01\x1f\x7f", "Trenner\u2028und\u2029", "Datenqualität für Bäcker – ß €", "kaputt\xff\xfe ende", "\xe2\x80",
	"emoji 🙂", strings.Repeat("lang ", 100),
}

func randomOffer(rng *rand.Rand) *Offer {
	pick := func() string { return nastyStrings[rng.IntN(len(nastyStrings))] }
	list := func() []string {
		switch rng.IntN(3) {
		case 0:
			return nil
		case 1:
			return []string{}
		}
		return []string{pick(), pick()}
	}
	o := &Offer{ID: pick(), Centre: pick(), Format: pick(), Title: pick(), Summary: pick(), Description: pick(),
		Topics: list(), Audiences: list(), Mode: pick(), Location: Location{City: pick(), Postcode: pick(), State: pick()},
		Recurrence: pick(), Capacity: rng.IntN(3) * 25, URL: pick(), Language: pick(), Status: pick()}
	if rng.IntN(2) == 0 {
		t := time.Date(2026, 11, 21, 16, 30, 0, rng.IntN(2)*123456789, Berlin)
		o.StartsAt = &t
		if rng.IntN(2) == 0 {
			e := t.Add(90 * time.Minute).UTC()
			o.EndsAt = &e
		}
	}
	return o
}

func TestOfferAppendJSONMatchesEncodingJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		o := randomOffer(rng)
		want, err := json.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		if got := o.AppendJSON(nil); string(got) != string(want) {
			t.Fatalf("got  %s\nwant %s", got, want)
		}
	}
	for _, s := range nastyStrings {
		want, _ := json.Marshal(s)
		if got := AppendJSONString(nil, s); string(got) != string(want) {
			t.Errorf("%q: got %s, want %s", s, got, want)
		}
	}
}

func BenchmarkOfferJSON(b *testing.B) {
	o := &Offer{ID: "ws-daten", Centre: "hannover", Format: "workshop", Title: "Workshop Datenqualität im Mittelstand",
		Summary:     "Wie Sie Ihre Daten für KI fit machen – ein Praxistag für kleine und mittlere Unternehmen.",
		Description: strings.Repeat("Gute Daten sind die Grundlage jeder KI-Anwendung. ", 8), Topics: []string{"daten", "ki"},
		Audiences: []string{"industrie"}, Mode: "praesenz", Location: Location{City: "Hannover", Postcode: "30159", State: "DE-NI"},
		URL: "https://example.de/ws", Language: "de"}
	b.Run("encoding/json", func(b *testing.B) {
		for b.Loop() {
			json.Marshal(o)
		}
	})
	b.Run("AppendJSON", func(b *testing.B) {
		buf := make([]byte, 0, 2048)
		for b.Loop() {
			buf = o.AppendJSON(buf[:0])
		}
	})
}
