package readiness

import (
	"fmt"
	"sort"
	"strings"

	"lotse"
)

// Result is a scored check. It is a pure function of Version, Profile and
// Answers: scoring them again with the same questionnaire version gives the
// same result, so a store needs to keep only those three (and may keep the
// scores for comparisons).
type Result struct {
	Version    string            `json:"version"`
	Profile    Profile           `json:"profile"`
	Answers    map[string]string `json:"answers"` // as given; open questions count as "Weiß nicht"
	Score      int               `json:"score"`   // overall 0–100, weighted by dimension
	Level      string            `json:"level"`   // level ID of Score
	LevelTitle string            `json:"level_title"`
	LevelText  string            `json:"level_text"`
	Dimensions []DimensionScore  `json:"dimensions"`
	DMA        DMA               `json:"dma"`
	Unknown    int               `json:"unknown"` // scored questions answered (or left) "Weiß nicht"
}

// DimensionScore is the result in one dimension.
type DimensionScore struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Short  string `json:"short"`
	Weight int    `json:"weight"`
	// Rated is false when every question of the dimension was not relevant
	// for the firm; Score and Level then mean nothing and the dimension
	// counts neither for the overall score nor for priorities.
	Rated       bool   `json:"rated"`
	Score       int    `json:"score"`
	Level       string `json:"level"`
	LevelTitle  string `json:"level_title"`
	Explanation string `json:"explanation"`
	Counted     int    `json:"counted"`      // questions that count
	Unknown     int    `json:"unknown"`      // of those, answered "Weiß nicht"
	NotRelevant int    `json:"not_relevant"` // questions left out as not relevant
	// Uncertain is set when at least a third of the counted questions were
	// answered "Weiß nicht": the score is then a lower bound.
	Uncertain bool  `json:"uncertain"`
	Gaps      []Gap `json:"gaps"` // counted questions below full points, weakest first
}

// Gap is a counted question whose answer did not reach full points.
type Gap struct {
	Question string `json:"question"`
	Points   int    `json:"points"`
	Max      int    `json:"max"`
	Unknown  bool   `json:"unknown"` // answered "Weiß nicht"
}

// Score scores answers (question ID → option ID) for profile with q.
// Questions left out, or answered with "", count as "Weiß nicht": they are
// counted with 0 points and flagged. Questions answered "nicht relevant", and
// questions whose gate question was answered so, are left out entirely.
//
// An invalid profile, an unknown question ID or an unknown option ID is an
// EINVALID error; its Fields are keyed by profile field or question ID and
// its Message names the offending IDs.
func Score(q *Questionnaire, profile Profile, answers map[string]string) (*Result, error) {
	if err := validate(q, profile, answers); err != nil {
		return nil, err
	}
	r := &Result{
		Version: q.Version,
		Profile: profile,
		Answers: make(map[string]string, len(answers)),
	}
	for k, v := range answers {
		if v != "" {
			r.Answers[k] = v
		}
	}
	excluded := func(qu *Question) bool {
		if o := qu.Option(r.Answers[qu.ID]); o != nil && o.NotRelevant {
			return true
		}
		if qu.DependsOn != "" {
			if o := q.Question(qu.DependsOn).Option(r.Answers[qu.DependsOn]); o != nil && o.NotRelevant {
				return true
			}
		}
		return false
	}
	points := func(qu *Question) (p int, unknown bool) {
		o := qu.Option(r.Answers[qu.ID])
		if o == nil || o.Unknown {
			return 0, true
		}
		return o.Points, false
	}

	var wsum, wscore int
	for _, d := range q.Dimensions {
		ds := DimensionScore{ID: d.ID, Title: d.Title, Short: d.Short, Weight: d.Weight, Gaps: []Gap{}}
		var got, possible int
		for _, qu := range q.QuestionsOf(d.ID) {
			if qu.Gate {
				continue
			}
			if excluded(qu) {
				ds.NotRelevant++
				continue
			}
			p, unknown := points(qu)
			m := qu.maxPoints()
			ds.Counted++
			got += p
			possible += m
			if unknown {
				ds.Unknown++
			}
			if p < m {
				ds.Gaps = append(ds.Gaps, Gap{Question: qu.ID, Points: p, Max: m, Unknown: unknown})
			}
		}
		if ds.Counted > 0 {
			ds.Rated = true
			ds.Score = percent(got, possible)
			l := q.Level(ds.Score)
			ds.Level, ds.LevelTitle, ds.Explanation = l.ID, l.Title, d.Levels[l.ID]
			ds.Uncertain = ds.Unknown > 0 && 3*ds.Unknown >= ds.Counted
			wsum += d.Weight
			wscore += d.Weight * ds.Score
		}
		// Weakest first: the lowest share of points, then known gaps
		// before "Weiß nicht", then questionnaire order (stable).
		sort.SliceStable(ds.Gaps, func(i, j int) bool {
			a, b := ds.Gaps[i], ds.Gaps[j]
			if a.Points*b.Max != b.Points*a.Max {
				return a.Points*b.Max < b.Points*a.Max
			}
			return !a.Unknown && b.Unknown
		})
		r.Unknown += ds.Unknown
		r.Dimensions = append(r.Dimensions, ds)
	}
	if wsum > 0 {
		r.Score = divRound(wscore, wsum)
	}
	l := q.Level(r.Score)
	r.Level, r.LevelTitle, r.LevelText = l.ID, l.Title, l.Text
	r.DMA = scoreDMA(q, func(qu *Question) (int, int, bool) {
		if qu.Gate || excluded(qu) {
			return 0, 0, false
		}
		p, _ := points(qu)
		return p, qu.maxPoints(), true
	})
	return r, nil
}

// Dimension returns the score of the dimension with the given ID, or nil.
func (r *Result) Dimension(id string) *DimensionScore {
	for i := range r.Dimensions {
		if r.Dimensions[i].ID == id {
			return &r.Dimensions[i]
		}
	}
	return nil
}

func validate(q *Questionnaire, profile Profile, answers map[string]string) error {
	var p lotse.Problems
	profile.check(&p)
	var unknownQ, unknownO []string
	for qid, oid := range answers {
		qu := q.Question(qid)
		switch {
		case qu == nil:
			unknownQ = append(unknownQ, qid)
			p.Add(qid, fmt.Sprintf("Die Frage „%s“ gibt es im Fragebogen %s nicht.", qid, q.Version))
		case oid != "" && qu.Option(oid) == nil:
			unknownO = append(unknownO, qid+"="+oid)
			p.Add(qid, fmt.Sprintf("Die Antwort „%s“ gibt es bei der Frage „%s“ nicht.", oid, qid))
		}
	}
	if len(p) == 0 {
		return nil
	}
	e := &lotse.Error{Code: lotse.EINVALID, Fields: p}
	var parts []string
	if len(unknownQ) > 0 {
		sort.Strings(unknownQ)
		parts = append(parts, "Unbekannte Fragen: "+strings.Join(unknownQ, ", ")+".")
	}
	if len(unknownO) > 0 {
		sort.Strings(unknownO)
		parts = append(parts, "Unbekannte Antworten: "+strings.Join(unknownO, ", ")+".")
	}
	for _, f := range []string{"size", "industry", "state", "postcode"} {
		if msg, ok := p[f]; ok {
			parts = append(parts, msg)
		}
	}
	e.Message = strings.Join(parts, " ")
	return e
}

// percent returns 100·part/whole rounded half up, or 0 for an empty whole.
func percent(part, whole int) int {
	if whole <= 0 {
		return 0
	}
	return divRound(100*part, whole)
}

// divRound divides non-negative a by positive b, rounding half up.
func divRound(a, b int) int { return (2*a + b) / (2 * b) }
