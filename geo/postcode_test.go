package geo

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"testing/iotest"

	"lotse"
)

// geonamesLine builds one line of the GeoNames postal-code dump.
func geonamesLine(country, code, place, state, stateCode string, lat, lon string) string {
	return strings.Join([]string{country, code, place, state, stateCode,
		"Kreis", "01234", "Gemeinde", "0123456", lat, lon, "4"}, "\t")
}

func TestReadPostcodes(t *testing.T) {
	sample := strings.Join([]string{
		geonamesLine("DE", "98693", "Ilmenau", "Thüringen", "TH", "50.6832", "10.9186"),
		geonamesLine("DE", "98693", "Manebach", "Thüringen", "TH", "50.6667", "10.8667"),
		geonamesLine("DE", "10115", "Berlin", "Land Berlin", "16", "52.5323", "13.3846"),
		geonamesLine("DE", "30159", "Hannover", "Lower Saxony", "06", "52.3744", "9.7386"),
		geonamesLine("DE", "01067", "Dresden", "Saxony", "13", "51.0574", "13.7218"),
		geonamesLine("DE", "55116", "Mainz", "", "08", "49.9987", "8.2737"),
		geonamesLine("DE", "66111", "Saarbrücken", "", "SL", "49.2354", "6.9969"),
		geonamesLine("DE", "99084", "Erfurt", "", "", "50.9787", "11.0328"),
		geonamesLine("DE", "24103", "Kiel", "Schleswig-Holstein", "10", "54.3213", "10.1349") + "\r",
		"",
		geonamesLine("AT", "1010", "Wien", "Wien", "09", "48.2077", "16.3705"),
	}, "\n") + "\n"

	ps, err := ReadPostcodes(strings.NewReader(sample))
	if err != nil {
		t.Fatalf("ReadPostcodes: %v", err)
	}
	want := []Postcode{
		{"98693", "Ilmenau", "DE-TH", 50.6832, 10.9186},
		{"10115", "Berlin", "DE-BE", 52.5323, 13.3846},
		{"30159", "Hannover", "DE-NI", 52.3744, 9.7386},
		{"01067", "Dresden", "DE-SN", 51.0574, 13.7218},
		{"55116", "Mainz", "DE-RP", 49.9987, 8.2737},
		{"66111", "Saarbrücken", "DE-SL", 49.2354, 6.9969},
		{"99084", "Erfurt", "DE-TH", 50.9787, 11.0328},
		{"24103", "Kiel", "DE-SH", 54.3213, 10.1349},
	}
	if len(ps) != len(want) {
		t.Fatalf("got %d postcodes %v, want %d", len(ps), ps, len(want))
	}
	for i := range want {
		if ps[i] != want[i] {
			t.Errorf("postcode %d: got %+v, want %+v", i, ps[i], want[i])
		}
	}
}

func TestReadPostcodesBadLines(t *testing.T) {
	sample := strings.Join([]string{
		geonamesLine("DE", "98693", "Ilmenau", "Thüringen", "TH", "50.6832", "10.9186"),
		geonamesLine("DE", "9869", "Ilmenau", "Thüringen", "TH", "50.6832", "10.9186"),
		geonamesLine("DE", "10115", "Berlin", "Berlin", "BE", "abc", "13.3846"),
		"DE\t80331\tMünchen",
		geonamesLine("DE", "80331", "München", "Bayern", "BY", "48.1345", "191.571"),
		geonamesLine("DE", "80331", "München", "Bayern", "BY", "48.1345", "11.571"),
	}, "\n")

	ps, err := ReadPostcodes(strings.NewReader(sample))
	if got := lotse.ErrorCode(err); got != lotse.EINVALID {
		t.Fatalf("error code %q (%v), want %q", got, err, lotse.EINVALID)
	}
	if len(ps) != 2 || ps[0].Code != "98693" || ps[1].Code != "80331" {
		t.Errorf("got %v, want the valid postcodes 98693 and 80331", ps)
	}
	msg := lotse.ErrorMessage(err)
	for _, s := range []string{"4 Zeilen", "Zeile 2: Postleitzahl „9869“", "Zeile 3: Breitengrad „abc“", "Zeile 4: 3 statt mindestens 11", "Zeile 5: Längengrad „191.571“"} {
		if !strings.Contains(msg, s) {
			t.Errorf("message %q does not contain %q", msg, s)
		}
	}
}

func TestReadPostcodesManyBadLines(t *testing.T) {
	var b strings.Builder
	for i := 0; i < maxReported+5; i++ {
		fmt.Fprintln(&b, "kaputt")
	}
	_, err := ReadPostcodes(strings.NewReader(b.String()))
	msg := lotse.ErrorMessage(err)
	if !strings.Contains(msg, "15 Zeilen") || !strings.HasSuffix(msg, "und 5 weitere.") || strings.Contains(msg, "Zeile 11:") {
		t.Errorf("message %q: want 15 bad lines, the first %d named, and 5 more", msg, maxReported)
	}
}

func TestReadPostcodesReadError(t *testing.T) {
	boom := errors.New("boom")
	ps, err := ReadPostcodes(iotest.ErrReader(boom))
	if !errors.Is(err, boom) || ps != nil {
		t.Errorf("got %v, %v; want nil and the read error", ps, err)
	}
}

func TestPostcodesLookup(t *testing.T) {
	x := NewPostcodes([]Postcode{
		{Code: "98693", Place: "Ilmenau"},
		{Code: "98693", Place: "Manebach"},
		{Code: "98700", Place: "A"},
		{Code: "98710", Place: "B"},
		{Code: "99084", Place: "Erfurt"},
		{Code: "10115", Place: "Berlin"},
		{Code: "1011", Place: "kaputt"},
	})
	if x.Len() != 5 {
		t.Errorf("Len() = %d, want 5", x.Len())
	}
	tests := []struct {
		name, code string
		want       string // Code of the answer; "" for not found
	}{
		{"exact code", "98693", "98693"},
		{"first entry wins", "98693", "98693"},
		{"surrounding spaces", " 98693 ", "98693"},
		{"same three digits beat a nearer code", "98699", "98693"},
		{"nearest of two with same three digits", "98708", "98710"},
		{"tie goes to the lower code", "98705", "98700"},
		{"without three-digit match falls back to two digits", "98500", "98693"},
		{"two-digit fallback above", "99999", "99084"},
		{"no code shares two digits", "50667", ""},
		{"four digits", "1011", ""},
		{"letters", "abcde", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := x.Lookup(tt.code)
			if ok != (tt.want != "") || p.Code != tt.want {
				t.Errorf("Lookup(%q) = %q, %v; want %q", tt.code, p.Code, ok, tt.want)
			}
		})
	}
	if p, _ := x.Lookup("98693"); p.Place != "Ilmenau" {
		t.Errorf("Lookup(98693).Place = %q, want the first entry Ilmenau", p.Place)
	}
	var empty Postcodes
	if _, ok := empty.Lookup("98693"); ok {
		t.Error("zero Postcodes found a code")
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		name                   string
		lat1, lon1, lat2, lon2 float64
		want, tol              float64
	}{
		{"same point", 50.68, 10.92, 50.68, 10.92, 0, 1e-9},
		{"one degree of latitude", 50, 10, 51, 10, 111.19, 0.01},
		{"Berlin to München", 52.5200, 13.4050, 48.1374, 11.5755, 504.3, 1},
		{"Hamburg to Berlin", 53.5511, 9.9937, 52.5200, 13.4050, 255.3, 1},
		{"antipodes", 0, 0, 0, 180, math.Pi * earthRadius, 1e-6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Distance(tt.lat1, tt.lon1, tt.lat2, tt.lon2)
			if math.Abs(got-tt.want) > tt.tol {
				t.Errorf("got %.3f km, want %.3f ± %g", got, tt.want, tt.tol)
			}
			if back := Distance(tt.lat2, tt.lon2, tt.lat1, tt.lon1); math.Abs(back-got) > 1e-9 {
				t.Errorf("not symmetric: %.6f and %.6f", got, back)
			}
		})
	}
}
