package geo

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"lotse"
)

// Postcode is a German postcode (PLZ) with the place it names and its
// centroid, as listed in the GeoNames postal-code dump.
type Postcode struct {
	Code  string  `json:"code"`  // five digits, e.g. "98693"
	Place string  `json:"place"` // e.g. "Ilmenau"
	State string  `json:"state"` // ISO 3166-2 code, e.g. "DE-TH"; "" if unknown
	Lat   float64 `json:"lat"`
	Lon   float64 `json:"lon"`
}

// maxReported is how many bad lines an error of ReadPostcodes names.
const maxReported = 10

// ReadPostcodes reads the German part of a GeoNames postal-code dump (DE.txt
// from download.geonames.org/export/zip, data © GeoNames, CC BY 4.0): UTF-8,
// tab-separated, no header, one line per place with the columns country code,
// postal code, place name, admin name1, admin code1, admin name2, admin
// code2, admin name3, admin code3, latitude, longitude, accuracy.
//
// Lines of other countries and empty lines are skipped, so the worldwide
// allCountries.txt works too. The first line of a postcode wins; later lines
// of the same postcode (further places) are ignored. State is derived from
// admin name1 (German or English name of the Land), else from admin code1
// (GeoNames number "01"…"16" or the letters "BW"…"TH"), else from the
// coordinate with StateAt.
//
// A malformed line (too few columns, a postcode that is not five digits, a
// coordinate that is not a number in range) is skipped and counted. If any
// were, ReadPostcodes returns all valid postcodes together with a
// lotse.EINVALID error whose German message gives the number of bad lines and
// names the first ones by line number. A read error returns nil and that
// error.
func ReadPostcodes(r io.Reader) ([]Postcode, error) {
	var (
		out  []Postcode
		seen = map[string]bool{}
		bad  []string
		nbad int
	)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		p, ok, reason := parsePostcodeLine(line)
		if reason != "" {
			nbad++
			if len(bad) < maxReported {
				bad = append(bad, fmt.Sprintf("Zeile %d: %s", n, reason))
			}
			continue
		}
		if !ok || seen[p.Code] {
			continue
		}
		seen[p.Code] = true
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read postcodes: %w", err)
	}
	if nbad > 0 {
		msg := fmt.Sprintf("%d Zeilen der PLZ-Datei sind fehlerhaft und wurden übersprungen. %s.", nbad, strings.Join(bad, "; "))
		if nbad == 1 {
			msg = fmt.Sprintf("1 Zeile der PLZ-Datei ist fehlerhaft und wurde übersprungen. %s.", bad[0])
		}
		if nbad > len(bad) {
			msg = strings.TrimSuffix(msg, ".") + fmt.Sprintf(" und %d weitere.", nbad-len(bad))
		}
		return out, lotse.Errorf(lotse.EINVALID, "%s", msg)
	}
	return out, nil
}

// parsePostcodeLine parses one line of the dump. It returns ok = false for a
// line of another country, and a German reason for a malformed line.
func parsePostcodeLine(line string) (p Postcode, ok bool, reason string) {
	f := strings.Split(line, "\t")
	if len(f) < 11 {
		return p, false, fmt.Sprintf("%d statt mindestens 11 tabulatorgetrennten Spalten", len(f))
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	if f[0] != "DE" {
		return p, false, ""
	}
	if !isPostcode(f[1]) {
		return p, false, fmt.Sprintf("Postleitzahl „%s“ hat nicht genau fünf Ziffern", f[1])
	}
	lat, err := strconv.ParseFloat(f[9], 64)
	if err != nil || math.IsNaN(lat) || lat < -90 || lat > 90 {
		return p, false, fmt.Sprintf("Breitengrad „%s“ ist keine Zahl zwischen -90 und 90", f[9])
	}
	lon, err := strconv.ParseFloat(f[10], 64)
	if err != nil || math.IsNaN(lon) || lon < -180 || lon > 180 {
		return p, false, fmt.Sprintf("Längengrad „%s“ ist keine Zahl zwischen -180 und 180", f[10])
	}
	state := stateCode(f[3], f[4])
	if state == "" {
		state = StateAt(lat, lon)
	}
	return Postcode{Code: f[1], Place: f[2], State: state, Lat: lat, Lon: lon}, true, ""
}

// isPostcode reports whether s is five ASCII digits.
func isPostcode(s string) bool {
	if len(s) != 5 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// stateAliases maps the names and codes that GeoNames uses for the Länder in
// admin name1 and admin code1 to ISO 3166-2 codes. The German names of
// lotse.States are matched as well.
var stateAliases = map[string]string{
	"Bavaria": "DE-BY", "Land Berlin": "DE-BE", "Hesse": "DE-HE",
	"Lower Saxony": "DE-NI", "North Rhine-Westphalia": "DE-NW",
	"Rhineland-Palatinate": "DE-RP", "Saxony": "DE-SN", "Saxony-Anhalt": "DE-ST",
	"Mecklenburg-Western Pomerania": "DE-MV", "Thuringia": "DE-TH",
	"Freie und Hansestadt Hamburg": "DE-HH", "Freie Hansestadt Bremen": "DE-HB",
	"01": "DE-BW", "02": "DE-BY", "03": "DE-HB", "04": "DE-HH",
	"05": "DE-HE", "06": "DE-NI", "07": "DE-NW", "08": "DE-RP",
	"09": "DE-SL", "10": "DE-SH", "11": "DE-BB", "12": "DE-MV",
	"13": "DE-SN", "14": "DE-ST", "15": "DE-TH", "16": "DE-BE",
}

// stateCode returns the ISO code for a Land given by name or by code, or "".
func stateCode(name, code string) string {
	for _, s := range lotse.States {
		if strings.EqualFold(s.Label, name) {
			return s.Slug
		}
	}
	if c, ok := stateAliases[name]; ok {
		return c
	}
	if c, ok := stateAliases[code]; ok {
		return c
	}
	if iso := "DE-" + strings.ToUpper(code); len(code) == 2 && lotse.States.Has(iso) {
		return iso
	}
	return ""
}

// Postcodes looks postcodes up. The zero value is empty; build one with
// NewPostcodes. It is safe for concurrent use once built.
type Postcodes struct {
	byCode map[string]Postcode
	codes  []string // sorted; five digits each, so also in numeric order
}

// NewPostcodes indexes ps. Codes that are not five digits are left out, and
// the first entry of a code wins.
func NewPostcodes(ps []Postcode) *Postcodes {
	x := &Postcodes{byCode: make(map[string]Postcode, len(ps))}
	for _, p := range ps {
		if _, ok := x.byCode[p.Code]; ok || !isPostcode(p.Code) {
			continue
		}
		x.byCode[p.Code] = p
		x.codes = append(x.codes, p.Code)
	}
	sort.Strings(x.codes)
	return x
}

// Len returns the number of postcodes in x.
func (x *Postcodes) Len() int { return len(x.codes) }

// Lookup returns the postcode code (surrounding spaces ignored). A
// five-digit code that is not listed, e.g. one a company or a new estate got
// recently, falls back to the numerically nearest listed code that shares its
// first three digits, else its first two (the lower one on a tie); the
// returned Postcode then carries its own Code, so p.Code != code tells the
// caller that the answer is approximate. Lookup reports false if nothing fits.
func (x *Postcodes) Lookup(code string) (Postcode, bool) {
	code = strings.TrimSpace(code)
	if p, ok := x.byCode[code]; ok {
		return p, true
	}
	if !isPostcode(code) || len(x.codes) == 0 {
		return Postcode{}, false
	}
	// The nearest listed codes are the neighbours of code in sorted order,
	// and the codes sharing a prefix with code form one run around it, so
	// if any code shares the prefix, one of the neighbours does.
	i := sort.SearchStrings(x.codes, code)
	want, _ := strconv.Atoi(code)
	for _, n := range []int{3, 2} {
		best, bestDist := "", math.MaxInt
		for _, j := range []int{i - 1, i} {
			if j < 0 || j >= len(x.codes) || x.codes[j][:n] != code[:n] {
				continue
			}
			c, _ := strconv.Atoi(x.codes[j])
			if d := abs(c - want); d < bestDist {
				best, bestDist = x.codes[j], d
			}
		}
		if best != "" {
			return x.byCode[best], true
		}
	}
	return Postcode{}, false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// earthRadius is the mean radius of the Earth in km.
const earthRadius = 6371.0088

// Distance returns the great-circle distance in km between two WGS84
// coordinates in degrees (haversine formula on a sphere, within 0.5% of the
// distance on the ellipsoid).
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const rad = math.Pi / 180
	p1, p2 := lat1*rad, lat2*rad
	dLat, dLon := (lat2-lat1)*rad, (lon2-lon1)*rad
	h := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * earthRadius * math.Asin(math.Min(1, math.Sqrt(h)))
}
