package readiness

import "sort"

// MinComparable is the fewest comparable results a comparison needs. Below
// it, a comparison would say little and could reveal single firms.
const MinComparable = 10

// Scores is what a comparison needs of a stored result: no answers, no
// postcode, nothing that identifies a firm.
type Scores struct {
	Version    string         `json:"version"`
	Size       string         `json:"size"`
	Industry   string         `json:"industry"`
	Overall    int            `json:"overall"`
	Dimensions map[string]int `json:"dimensions"` // rated dimensions only
}

// Scores returns the comparable part of r.
func (r *Result) Scores() Scores {
	s := Scores{Version: r.Version, Size: r.Profile.Size, Industry: r.Profile.Industry, Overall: r.Score, Dimensions: map[string]int{}}
	for _, d := range r.Dimensions {
		if d.Rated {
			s.Dimensions[d.ID] = d.Score
		}
	}
	return s
}

// Comparison places a result among comparable ones.
type Comparison struct {
	Count      int        `json:"count"` // comparable results
	Overall    Standing   `json:"overall"`
	Dimensions []Standing `json:"dimensions"` // dimensions with at least MinComparable values
}

// Standing is a score next to the scores of comparable firms.
type Standing struct {
	ID     string `json:"id"` // dimension ID; "" for the overall score
	Title  string `json:"title"`
	Score  int    `json:"score"`  // the firm's own
	Median int    `json:"median"` // of the comparable firms
	Count  int    `json:"count"`
	// Ahead is the share in percent of comparable firms with a lower score,
	// ties counting half.
	Ahead int `json:"ahead"`
}

// Compare compares r with others. Comparable are the results of the same
// questionnaire version, size class and industry; others should not contain
// r itself. With fewer than MinComparable comparable results, Compare reports
// false and the Comparison only holds their Count. Dimensions that fewer than
// MinComparable of them rated are left out.
func Compare(r *Result, others []Scores) (Comparison, bool) {
	var same []Scores
	for _, o := range others {
		if o.Version == r.Version && o.Size == r.Profile.Size && o.Industry == r.Profile.Industry {
			same = append(same, o)
		}
	}
	c := Comparison{Count: len(same), Dimensions: []Standing{}}
	if len(same) < MinComparable {
		return c, false
	}
	all := make([]int, len(same))
	for i, o := range same {
		all[i] = o.Overall
	}
	c.Overall = standing("", "Gesamt", r.Score, all)
	for _, d := range r.Dimensions {
		if !d.Rated {
			continue
		}
		var vals []int
		for _, o := range same {
			if v, ok := o.Dimensions[d.ID]; ok {
				vals = append(vals, v)
			}
		}
		if len(vals) >= MinComparable {
			c.Dimensions = append(c.Dimensions, standing(d.ID, d.Title, d.Score, vals))
		}
	}
	return c, true
}

func standing(id, title string, score int, vals []int) Standing {
	sort.Ints(vals)
	n := len(vals)
	median := vals[n/2]
	if n%2 == 0 {
		median = divRound(vals[n/2-1]+vals[n/2], 2)
	}
	below2 := 0 // twice the number below, ties counting half
	for _, v := range vals {
		switch {
		case v < score:
			below2 += 2
		case v == score:
			below2++
		}
	}
	return Standing{ID: id, Title: title, Score: score, Median: median, Count: n, Ahead: divRound(100*below2, 2*n)}
}

// DimensionDelta is the change of one dimension between two checks.
type DimensionDelta struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Short  string `json:"short"`
	Before int    `json:"before"`
	After  int    `json:"after"`
	Delta  int    `json:"delta"` // After − Before
	// Comparable is false when the dimension was not rated in one of the
	// two checks (or did not exist in the earlier questionnaire version);
	// Before, After and Delta then mean nothing.
	Comparable bool `json:"comparable"`
}

// Progress returns the change per dimension from earlier to now, in the order
// of now's dimensions.
func Progress(earlier, now *Result) []DimensionDelta {
	out := []DimensionDelta{}
	for _, d := range now.Dimensions {
		dd := DimensionDelta{ID: d.ID, Title: d.Title, Short: d.Short, After: d.Score}
		if e := earlier.Dimension(d.ID); e != nil {
			dd.Before = e.Score
			dd.Comparable = e.Rated && d.Rated
		}
		if dd.Comparable {
			dd.Delta = dd.After - dd.Before
		}
		out = append(out, dd)
	}
	return out
}
