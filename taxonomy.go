package lotse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Term is one value of a controlled vocabulary: a stable slug used in URLs,
// the API and the exchange format, and its German label.
type Term struct {
	Slug  string `json:"slug"`
	Label string `json:"label"`
}

// Vocabulary is an ordered list of terms.
type Vocabulary []Term

// Has reports whether slug is a term of v.
func (v Vocabulary) Has(slug string) bool {
	for _, t := range v {
		if t.Slug == slug {
			return true
		}
	}
	return false
}

// Label returns the German label of slug, or slug itself when unknown.
func (v Vocabulary) Label(slug string) string {
	for _, t := range v {
		if t.Slug == slug {
			return t.Label
		}
	}
	return slug
}

// Slugs returns the slugs of v in order.
func (v Vocabulary) Slugs() []string {
	s := make([]string, len(v))
	for i, t := range v {
		s[i] = t.Slug
	}
	return s
}

// Topics are the network's themes (Themen).
var Topics = Vocabulary{
	{"ki", "Künstliche Intelligenz"},
	{"daten", "Daten & Datenqualität"},
	{"strategie", "Digitale Strategie"},
	{"geschaeftsmodelle", "Neue Geschäftsmodelle"},
	{"plattformen", "Digitale Plattformen"},
	{"wertschoepfung", "Vernetzte Wertschöpfung"},
	{"sensorik-robotik", "Sensorik & Robotik"},
	{"nachhaltigkeit", "Nachhaltigkeit & Ressourceneffizienz"},
	{"it-sicherheit", "IT- & Cybersicherheit"},
	{"recht", "Recht"},
	{"organisation", "Organisation & Change"},
	{"arbeit", "Neue Arbeitsmodelle"},
	{"qualifizierung", "Lebenslanges Lernen"},
	{"blockchain", "Blockchain"},
	{"startups", "Zusammenarbeit mit Start-ups"},
	{"datenaustausch", "Sicherer Datenaustausch"},
}

// Formats are the kinds of offer. All are free of charge.
var Formats = Vocabulary{
	{"informationsmaterial", "Informationsmaterial"},
	{"informationsveranstaltung", "Informationsveranstaltung"},
	{"workshop", "Workshop"},
	{"webinar", "Webinar"},
	{"qualifizierung", "Qualifizierung"},
	{"umsetzungsprojekt", "Umsetzungsprojekt"},
	{"praxisbeispiel", "Praxisbeispiel"},
	{"konferenz", "Konferenz"},
	{"sprechstunde", "Sprechstunde (KI-Trainer)"},
	{"demonstrator", "Demonstrator"},
	{"podcast", "Podcast"},
	{"video", "Video"},
	{"themenheft", "Themenheft"},
}

// eventFormats are the formats that take place at a date and so need one.
var eventFormats = map[string]bool{
	"informationsveranstaltung": true,
	"workshop":                  true,
	"webinar":                   true,
	"qualifizierung":            true,
	"konferenz":                 true,
	"sprechstunde":              true,
}

// IsEventFormat reports whether offers of the format happen at a date.
func IsEventFormat(format string) bool { return eventFormats[format] }

// Audiences are the kinds of firm an offer addresses.
var Audiences = Vocabulary{
	{"handwerk", "Handwerk"},
	{"industrie", "Industrie"},
	{"handel", "Handel"},
	{"dienstleistung", "Dienstleistung"},
	{"startups", "Start-ups"},
	{"alle", "Alle Unternehmen"},
}

// Modes say where an offer happens.
var Modes = Vocabulary{
	{"praesenz", "Vor Ort"},
	{"online", "Online"},
	{"hybrid", "Hybrid"},
}

// States are the German Länder by ISO 3166-2 code.
var States = Vocabulary{
	{"DE-BW", "Baden-Württemberg"},
	{"DE-BY", "Bayern"},
	{"DE-BE", "Berlin"},
	{"DE-BB", "Brandenburg"},
	{"DE-HB", "Bremen"},
	{"DE-HH", "Hamburg"},
	{"DE-HE", "Hessen"},
	{"DE-MV", "Mecklenburg-Vorpommern"},
	{"DE-NI", "Niedersachsen"},
	{"DE-NW", "Nordrhein-Westfalen"},
	{"DE-RP", "Rheinland-Pfalz"},
	{"DE-SL", "Saarland"},
	{"DE-SN", "Sachsen"},
	{"DE-ST", "Sachsen-Anhalt"},
	{"DE-SH", "Schleswig-Holstein"},
	{"DE-TH", "Thüringen"},
}

// CentreKinds distinguish regional centres from nationwide thematic ones.
var CentreKinds = Vocabulary{
	{"regional", "Regionales Zentrum"},
	{"thematic", "Thematisches Zentrum"},
}

// Names of the vocabularies whose labels the network office may change.
// The names and the slugs are part of the API and the exchange format; only
// the labels change.
const (
	VocabTopics    = "topics"
	VocabFormats   = "formats"
	VocabAudiences = "audiences"
	VocabModes     = "modes"
)

// NamedVocabulary is a vocabulary with its name and German heading.
type NamedVocabulary struct {
	Name, Title string
	Terms       Vocabulary
}

// EditableVocabularies are the vocabularies with editable labels, in the
// order the administration shows them.
var EditableVocabularies = []NamedVocabulary{
	{VocabTopics, "Themen", Topics},
	{VocabFormats, "Formate", Formats},
	{VocabAudiences, "Zielgruppen", Audiences},
	{VocabModes, "Formen", Modes},
}

// EditableVocabulary returns the compiled vocabulary named name.
func EditableVocabulary(name string) (Vocabulary, bool) {
	for _, v := range EditableVocabularies {
		if v.Name == name {
			return v.Terms, true
		}
	}
	return nil, false
}

// MaxLabelLength is the longest label in characters.
const MaxLabelLength = 80

// ValidateLabel checks a label as typed (already trimmed); "" means the
// compiled default and is valid.
func ValidateLabel(label string) error {
	if n := utf8.RuneCountInString(label); n > MaxLabelLength {
		return &Error{Code: EINVALID, Message: "Die Bezeichnung darf höchstens 80 Zeichen lang sein.",
			Fields: map[string]string{"label": "Die Bezeichnung darf höchstens 80 Zeichen lang sein."}}
	}
	if strings.ContainsFunc(label, unicode.IsControl) {
		return &Error{Code: EINVALID, Message: "Die Bezeichnung darf keine Steuerzeichen enthalten.",
			Fields: map[string]string{"label": "Die Bezeichnung darf keine Steuerzeichen enthalten."}}
	}
	return nil
}

// WithLabels returns a copy of v whose labels are replaced by those in
// labels (slug → label); slugs and order stay.
func (v Vocabulary) WithLabels(labels map[string]string) Vocabulary {
	out := make(Vocabulary, len(v))
	copy(out, v)
	for i, t := range out {
		if l := labels[t.Slug]; l != "" {
			out[i].Label = l
		}
	}
	return out
}
