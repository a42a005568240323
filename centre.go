package lotse

import (
	"regexp"
	"strings"
	"time"
)

// Centre is a Mittelstand-Digital Zentrum: regional (bound to a Land) or
// thematic (nationwide, State empty).
type Centre struct {
	Slug        string   `json:"slug"`
	Name        string   `json:"name"`
	Kind        string   `json:"kind"`
	State       string   `json:"state"`
	City        string   `json:"city"`
	Lat         float64  `json:"lat"`
	Lon         float64  `json:"lon"`
	StartedOn   string   `json:"started_on"`
	Website     string   `json:"website"`
	Topics      []string `json:"topics"`
	Description string   `json:"description,omitempty"`
	Email       string   `json:"email,omitempty"`
}

var slugPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Validate checks c against the vocabulary. It returns an EINVALID error
// naming each bad field.
func (c *Centre) Validate() error {
	var p Problems
	if !slugPattern.MatchString(c.Slug) {
		p.Add("slug", "Bitte einen Kurznamen aus Kleinbuchstaben, Ziffern und Bindestrichen angeben (z. B. „hannover“).")
	}
	if strings.TrimSpace(c.Name) == "" {
		p.Add("name", "Bitte den Namen des Zentrums angeben.")
	}
	if !CentreKinds.Has(c.Kind) {
		p.Add("kind", "Die Art muss „regional“ oder „thematic“ sein.")
	}
	switch {
	case c.State != "" && !States.Has(c.State):
		p.Add("state", "Unbekanntes Bundesland "+quote(c.State)+"; erwartet wird ein Kürzel wie „DE-NI“.")
	case c.Kind == "regional" && c.State == "":
		p.Add("state", "Ein regionales Zentrum braucht ein Bundesland.")
	}
	if c.Lat < 47 || c.Lat > 55.2 || c.Lon < 5.8 || c.Lon > 15.1 {
		p.Add("lat", "Die Koordinaten liegen nicht in Deutschland.")
	}
	if _, err := time.Parse(time.DateOnly, c.StartedOn); err != nil {
		p.Add("started_on", "Bitte das Startdatum als JJJJ-MM-TT angeben.")
	}
	if c.Website != "" && !isWebURL(c.Website) {
		p.Add("website", "Die Website muss mit https:// oder http:// beginnen.")
	}
	checkSlugs(&p, "topics", c.Topics, Topics, "Thema")
	return p.Err()
}

// StartDate returns StartedOn as a date, or the zero time if it is invalid.
func (c *Centre) StartDate() time.Time {
	t, _ := time.ParseInLocation(time.DateOnly, c.StartedOn, Berlin)
	return t
}

// CentreFilter selects centres; empty fields do not filter.
type CentreFilter struct {
	Slug  string
	Kind  string
	State string
}

func checkSlugs(p *Problems, field string, slugs []string, v Vocabulary, what string) {
	for _, s := range slugs {
		if !v.Has(s) {
			p.Add(field, "Unbekanntes "+what+" "+quote(s)+".")
			return
		}
	}
}

func quote(s string) string { return "„" + s + "“" }

func isWebURL(s string) bool {
	return (strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")) && len(s) > len("https://") && !strings.ContainsAny(s, " \t\n<>\"")
}
