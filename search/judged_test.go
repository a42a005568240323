package search

import (
	"encoding/json"
	"os"
	"testing"
)

// judgedQuery is one query of the judged set (testdata/judged.json): its
// kind, its text and the offers judged relevant (2 highly, 1 partly).
type judgedQuery struct {
	Kind     string         `json:"kind"`
	Query    string         `json:"query"`
	Relevant map[string]int `json:"relevant"`
}

// readJudged reads the judged query set.
func readJudged(tb testing.TB) []judgedQuery {
	tb.Helper()
	data, err := os.ReadFile("testdata/judged.json")
	if err != nil {
		tb.Fatal(err)
	}
	var judged struct {
		Queries []judgedQuery `json:"queries"`
	}
	if err := json.Unmarshal(data, &judged); err != nil {
		tb.Fatal(err)
	}
	return judged.Queries
}
