// Package readiness is the engine of the KI-Readiness-Check: the questionnaire
// as versioned data, scoring per dimension and along the EU Digital Maturity
// Assessment, recommendations of offers and centres, comparison with similar
// firms, progress between two checks and the radar chart.
//
// Everything here is a pure function of its inputs. New or edited questions
// are data changes in questionnaire/vN.json; a result keeps the version it was
// scored with, and scoring the same answers with the same version always gives
// the same result. So once a version has been used, its texts may still be
// clarified, but a change of IDs, points, dimensions or the DMA mapping goes
// into a new file v(N+1).json and CurrentVersion moves on.
//
// "Weiß nicht" (and a question left open) scores 0 points but counts, and is
// flagged; "Für uns nicht relevant" takes a question out of the score. The
// explanation page (Questionnaire.Explain) and DMA.md say so to users and to
// the EU hubs.
package readiness

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"

	"lotse"
)

//go:embed questionnaire/*.json
var questionnaires embed.FS

// CurrentVersion is the version new checks are scored with.
const CurrentVersion = "v1"

// Questionnaire is one version of the check: levels, dimensions and
// questions, in the order they are shown.
type Questionnaire struct {
	Version    string      `json:"version"`
	Title      string      `json:"title"`
	Levels     []Level     `json:"levels"`
	Dimensions []Dimension `json:"dimensions"`
	Questions  []Question  `json:"questions"`

	dims  map[string]*Dimension
	quest map[string]*Question
}

// Level is a band of scores with its German name. Min and Max are inclusive.
// Text explains what the level means for the firm as a whole.
type Level struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Min   int    `json:"min"`
	Max   int    `json:"max"`
	Text  string `json:"text"`
}

// Dimension is one area of KI-Readiness. Weight says how much the dimension
// counts for the overall score and for priorities (data counts most). Topics
// are lotse topic slugs used to find offers. Levels maps each level ID to a
// one-paragraph German explanation of that level in this dimension.
type Dimension struct {
	ID          string            `json:"id"`
	Title       string            `json:"title"`
	Short       string            `json:"short"`
	Weight      int               `json:"weight"`
	Topics      []string          `json:"topics"`
	Description string            `json:"description"`
	Levels      map[string]string `json:"levels"`
}

// Question is one question. A gate question asks whether a topic is relevant
// at all; it is not scored, and when it is answered with a not-relevant
// option, every question that DependsOn it is excluded as not relevant.
// Aspect groups the data questions (verfuegbarkeit, qualitaet, zugang,
// regeln). DMA names the EU DMA dimensions the question counts for. Step is
// the concrete next step recommended when the answer shows a gap.
type Question struct {
	ID        string   `json:"id"`
	Dimension string   `json:"dimension"`
	Text      string   `json:"text"`
	Help      string   `json:"help"`
	Aspect    string   `json:"aspect,omitempty"`
	Gate      bool     `json:"gate,omitempty"`
	DependsOn string   `json:"depends_on,omitempty"`
	Topics    []string `json:"topics"`
	DMA       []string `json:"dma"`
	Step      string   `json:"step,omitempty"`
	Options   []Option `json:"options"`
}

// Option is one answer to a question and the points it gives. An Unknown
// option ("Weiß nicht") gives no points but counts as asked; a NotRelevant
// option removes the question from the score.
type Option struct {
	ID          string `json:"id"`
	Label       string `json:"label"`
	Points      int    `json:"points,omitempty"`
	Unknown     bool   `json:"unknown,omitempty"`
	NotRelevant bool   `json:"not_relevant,omitempty"`
}

// Load returns the embedded questionnaire of the given version, e.g. "v1".
// An unknown version is an ENOTFOUND error.
func Load(version string) (*Questionnaire, error) {
	if !versionPattern.MatchString(version) {
		return nil, lotse.Errorf(lotse.ENOTFOUND, "Den Fragebogen in der Version „%s“ gibt es nicht.", version)
	}
	b, err := fs.ReadFile(questionnaires, "questionnaire/"+version+".json")
	if err != nil {
		return nil, lotse.Errorf(lotse.ENOTFOUND, "Den Fragebogen in der Version „%s“ gibt es nicht.", version)
	}
	return parse(b)
}

// Current returns the questionnaire new checks use. It panics if the embedded
// data is broken, which the package tests rule out.
func Current() *Questionnaire {
	q, err := Load(CurrentVersion)
	if err != nil {
		panic(fmt.Sprintf("readiness: load current questionnaire: %v", err))
	}
	return q
}

// Versions lists the embedded questionnaire versions.
func Versions() []string {
	entries, _ := fs.ReadDir(questionnaires, "questionnaire")
	var vs []string
	for _, e := range entries {
		if v, ok := strings.CutSuffix(e.Name(), ".json"); ok {
			vs = append(vs, v)
		}
	}
	sort.Strings(vs)
	return vs
}

var versionPattern = regexp.MustCompile(`^v[0-9]+$`)

func parse(b []byte) (*Questionnaire, error) {
	var q Questionnaire
	if err := json.Unmarshal(b, &q); err != nil {
		return nil, fmt.Errorf("parse questionnaire: %w", err)
	}
	if err := q.check(); err != nil {
		return nil, fmt.Errorf("questionnaire %s: %w", q.Version, err)
	}
	return &q, nil
}

// check verifies the data's internal consistency and builds the indexes.
func (q *Questionnaire) check() error {
	if !versionPattern.MatchString(q.Version) {
		return fmt.Errorf("bad version %q", q.Version)
	}
	if len(q.Levels) == 0 {
		return fmt.Errorf("no levels")
	}
	next := 0
	for _, l := range q.Levels {
		if l.Min != next || l.Max < l.Min || l.ID == "" || l.Title == "" || l.Text == "" {
			return fmt.Errorf("level %q: levels must cover 0–100 without gaps and have id, title and text", l.ID)
		}
		next = l.Max + 1
	}
	if next != 101 {
		return fmt.Errorf("levels end at %d, want 100", next-1)
	}
	q.dims = make(map[string]*Dimension)
	for i := range q.Dimensions {
		d := &q.Dimensions[i]
		if d.ID == "" || d.Title == "" || d.Short == "" || d.Weight <= 0 {
			return fmt.Errorf("dimension %d: id, title, short and a positive weight are required", i)
		}
		if q.dims[d.ID] != nil {
			return fmt.Errorf("dimension %q twice", d.ID)
		}
		for _, l := range q.Levels {
			if d.Levels[l.ID] == "" {
				return fmt.Errorf("dimension %q: no text for level %q", d.ID, l.ID)
			}
		}
		if err := checkTopics(d.Topics); err != nil {
			return fmt.Errorf("dimension %q: %w", d.ID, err)
		}
		q.dims[d.ID] = d
	}
	q.quest = make(map[string]*Question)
	scored := make(map[string]int)
	for i := range q.Questions {
		qu := &q.Questions[i]
		if !idPattern.MatchString(qu.ID) || reservedIDs[qu.ID] {
			return fmt.Errorf("question %d: bad id %q", i, qu.ID)
		}
		if q.quest[qu.ID] != nil {
			return fmt.Errorf("question %q twice", qu.ID)
		}
		if q.dims[qu.Dimension] == nil {
			return fmt.Errorf("question %q: unknown dimension %q", qu.ID, qu.Dimension)
		}
		if qu.Text == "" || qu.Help == "" {
			return fmt.Errorf("question %q: text and help are required", qu.ID)
		}
		if err := checkTopics(qu.Topics); err != nil {
			return fmt.Errorf("question %q: %w", qu.ID, err)
		}
		for _, m := range qu.DMA {
			if !isDMADimension(m) {
				return fmt.Errorf("question %q: unknown DMA dimension %q", qu.ID, m)
			}
		}
		if qu.DependsOn != "" {
			g := q.quest[qu.DependsOn]
			if g == nil || !g.Gate {
				return fmt.Errorf("question %q: depends on %q, which is no earlier gate question", qu.ID, qu.DependsOn)
			}
		}
		seen := make(map[string]bool)
		var unknown, notRelevant bool
		for _, o := range qu.Options {
			if !idPattern.MatchString(o.ID) || seen[o.ID] || o.Label == "" {
				return fmt.Errorf("question %q: bad or repeated option %q", qu.ID, o.ID)
			}
			seen[o.ID] = true
			if o.Points < 0 || (o.Points > 0 && (o.Unknown || o.NotRelevant)) || (o.Unknown && o.NotRelevant) {
				return fmt.Errorf("question %q option %q: points must be ≥ 0 and only on ordinary options", qu.ID, o.ID)
			}
			unknown = unknown || o.Unknown
			notRelevant = notRelevant || o.NotRelevant
		}
		if !unknown {
			return fmt.Errorf("question %q: every question needs a „Weiß nicht“ option", qu.ID)
		}
		if qu.Gate {
			if !notRelevant || qu.maxPoints() != 0 || len(qu.DMA) != 0 {
				return fmt.Errorf("question %q: a gate needs a not-relevant option and gives no points", qu.ID)
			}
		} else {
			if qu.maxPoints() == 0 {
				return fmt.Errorf("question %q: no option gives points", qu.ID)
			}
			if qu.Step == "" || len(qu.DMA) == 0 {
				return fmt.Errorf("question %q: a scored question needs a step and a DMA mapping", qu.ID)
			}
			scored[qu.Dimension]++
		}
		q.quest[qu.ID] = qu
	}
	for _, d := range q.Dimensions {
		if scored[d.ID] == 0 {
			return fmt.Errorf("dimension %q has no scored question", d.ID)
		}
	}
	for _, m := range DMADimensions {
		n := 0
		for _, qu := range q.Questions {
			if qu.mapsTo(m.ID) {
				n++
			}
		}
		if n == 0 {
			return fmt.Errorf("no question maps to DMA dimension %q", m.ID)
		}
	}
	return nil
}

var (
	idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	// reservedIDs are form field names of the profile, which share the form
	// (and the error fields) with the answers.
	reservedIDs = map[string]bool{"size": true, "industry": true, "state": true, "postcode": true}
)

func checkTopics(topics []string) error {
	for _, t := range topics {
		if !lotse.Topics.Has(t) {
			return fmt.Errorf("unknown topic %q", t)
		}
	}
	return nil
}

// Dimension returns the dimension with the given ID, or nil.
func (q *Questionnaire) Dimension(id string) *Dimension { return q.dims[id] }

// Question returns the question with the given ID, or nil.
func (q *Questionnaire) Question(id string) *Question { return q.quest[id] }

// Level returns the level a score 0–100 falls into.
func (q *Questionnaire) Level(score int) Level {
	for _, l := range q.Levels {
		if score <= l.Max {
			return l
		}
	}
	return q.Levels[len(q.Levels)-1]
}

// QuestionsOf returns the questions of a dimension in order.
func (q *Questionnaire) QuestionsOf(dimension string) []*Question {
	var qs []*Question
	for i := range q.Questions {
		if q.Questions[i].Dimension == dimension {
			qs = append(qs, &q.Questions[i])
		}
	}
	return qs
}

// Option returns the option with the given ID, or nil.
func (qu *Question) Option(id string) *Option {
	for i := range qu.Options {
		if qu.Options[i].ID == id {
			return &qu.Options[i]
		}
	}
	return nil
}

// UnknownOption returns the "Weiß nicht" option, the answer assumed when a
// question is left open.
func (qu *Question) UnknownOption() *Option {
	for i := range qu.Options {
		if qu.Options[i].Unknown {
			return &qu.Options[i]
		}
	}
	return nil
}

func (qu *Question) maxPoints() int {
	m := 0
	for _, o := range qu.Options {
		m = max(m, o.Points)
	}
	return m
}

func (qu *Question) mapsTo(dma string) bool {
	for _, m := range qu.DMA {
		if m == dma {
			return true
		}
	}
	return false
}

// API is the questionnaire as GET /api/v1/readiness/questionnaire returns it.
type API struct {
	Version    string         `json:"version"`
	Dimensions []APIDimension `json:"dimensions"`
	Questions  []APIQuestion  `json:"questions"`
}

// APIDimension is a dimension in the public API.
type APIDimension struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// APIQuestion is a question in the public API.
type APIQuestion struct {
	ID        string      `json:"id"`
	Dimension string      `json:"dimension"`
	Text      string      `json:"text"`
	Help      string      `json:"help"`
	Options   []APIOption `json:"options"`
}

// APIOption is an answer option in the public API.
type APIOption struct {
	ID    string `json:"id"`
	Label string `json:"label"`
}

// API returns the public view of q.
func (q *Questionnaire) API() API {
	a := API{Version: q.Version, Dimensions: []APIDimension{}, Questions: []APIQuestion{}}
	for _, d := range q.Dimensions {
		a.Dimensions = append(a.Dimensions, APIDimension{ID: d.ID, Title: d.Title})
	}
	for _, qu := range q.Questions {
		aq := APIQuestion{ID: qu.ID, Dimension: qu.Dimension, Text: qu.Text, Help: qu.Help, Options: []APIOption{}}
		for _, o := range qu.Options {
			aq.Options = append(aq.Options, APIOption{ID: o.ID, Label: o.Label})
		}
		a.Questions = append(a.Questions, aq)
	}
	return a
}
