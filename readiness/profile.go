package readiness

import (
	"regexp"

	"lotse"
)

// Profile is the short firm profile asked before the questions. No name or
// e-mail address is part of it.
type Profile struct {
	Size     string `json:"size"`               // a Sizes slug
	Industry string `json:"industry"`           // an Industries slug
	State    string `json:"state"`              // a lotse.States code
	Postcode string `json:"postcode,omitempty"` // optional, five digits
}

// Sizes are the size classes by number of employees.
var Sizes = lotse.Vocabulary{
	{Slug: "1-9", Label: "1 bis 9 Beschäftigte"},
	{Slug: "10-49", Label: "10 bis 49 Beschäftigte"},
	{Slug: "50-249", Label: "50 bis 249 Beschäftigte"},
	{Slug: "250+", Label: "250 Beschäftigte und mehr"},
}

// Industries are the kinds of firm. They reuse the lotse.Audiences slugs so
// that offers addressed to an audience fit; "sonstige" matches only offers
// for all firms.
var Industries = lotse.Vocabulary{
	{Slug: "handwerk", Label: "Handwerk"},
	{Slug: "industrie", Label: "Industrie und Produktion"},
	{Slug: "handel", Label: "Handel"},
	{Slug: "dienstleistung", Label: "Dienstleistung"},
	{Slug: "startups", Label: "Start-up"},
	{Slug: "sonstige", Label: "Andere Branche"},
}

var postcodePattern = regexp.MustCompile(`^[0-9]{5}$`)

// Validate checks p. It returns an EINVALID error whose Fields are keyed
// "size", "industry", "state" and "postcode".
func (p *Profile) Validate() error {
	var pr lotse.Problems
	p.check(&pr)
	return pr.Err()
}

func (p *Profile) check(pr *lotse.Problems) {
	if !Sizes.Has(p.Size) {
		pr.Add("size", "Bitte wählen Sie die Größe Ihres Betriebs.")
	}
	if !Industries.Has(p.Industry) {
		pr.Add("industry", "Bitte wählen Sie Ihre Branche.")
	}
	if !lotse.States.Has(p.State) {
		pr.Add("state", "Bitte wählen Sie das Bundesland, in dem Ihr Betrieb sitzt.")
	}
	if p.Postcode != "" && !postcodePattern.MatchString(p.Postcode) {
		pr.Add("postcode", "Die Postleitzahl muss aus fünf Ziffern bestehen.")
	}
}
