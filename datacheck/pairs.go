package datacheck

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// A date pair is two columns of dates whose names say that the first
// cannot come after the second in a row: "Beginn" and "Ende",
// "Vertragsbeginn" and "Vertragsende", "gültig ab" and "gültig bis",
// "Bestelldatum" and "Lieferdatum", "created_at" and "updated_at". A row
// where it does holds a typo or dates swapped, and an AI model that learns
// durations or delivery times from it learns negative ones.
type datePair struct {
	from, to int // the columns
}

// pairWords are the words that make a column's name the first (from) or
// the second (to) of a pair; the rest of the name must be the same in
// both. The words of a group marked whole count only as whole words of the
// name ("gültig ab"), the others anywhere in it ("Vertragsbeginn",
// "Enddatum").
var pairWords = []struct {
	from, to []string
	whole    bool
}{
	{[]string{"beginn", "anfang", "start", "eintritt", "anreise"}, []string{"ende", "end", "austritt", "abreise"}, false},
	{[]string{"bestell", "auftrags"}, []string{"liefer", "versand"}, false},
	{[]string{"angelegt", "erstellt", "erfasst", "created"}, []string{"geaendert", "aktualisiert", "updated", "modified"}, false},
	{[]string{"von", "ab", "from", "seit", "since"}, []string{"bis", "to", "until"}, true},
}

// datePairs returns the pairs of columns whose names make them a date
// pair, each column in one pair at most.
func datePairs(names []string) []datePair {
	type role struct {
		group int
		stem  string
	}
	type from struct {
		col int
		r   role
	}
	var froms []from
	to := map[role]int{}
	for i, name := range names {
		h := string(newHeader(name))
		for g, pw := range pairWords {
			if stem, ok := pairStem(h, pw.from, pw.whole); ok {
				froms = append(froms, from{i, role{g, stem}})
			}
			if stem, ok := pairStem(h, pw.to, pw.whole); ok {
				if _, dup := to[role{g, stem}]; !dup {
					to[role{g, stem}] = i
				}
			}
		}
	}
	var pairs []datePair
	used := map[int]bool{}
	for _, f := range froms {
		if t, ok := to[f.r]; ok && t != f.col && !used[f.col] && !used[t] {
			pairs = append(pairs, datePair{f.col, t})
			used[f.col], used[t] = true, true
		}
	}
	return pairs
}

// pairStem returns the header h without the first of words it holds, and
// whether it holds one: "vertrags" for "vertragsbeginn", "gueltig" for
// "gueltig_ab", "" for "beginn".
func pairStem(h string, words []string, whole bool) (string, bool) {
	for _, w := range words {
		if whole {
			parts := strings.Split(h, "_")
			for k, p := range parts {
				if p == w {
					return strings.Join(append(parts[:k:k], parts[k+1:]...), "_"), true
				}
			}
			continue
		}
		if before, after, ok := strings.Cut(h, w); ok {
			return strings.Trim(before+"_"+after, "_"), true
		}
	}
	return "", false
}

// pairCount counts the rows of a date pair: those with a date in both
// columns, those whose first date is after the second, and the first of
// them as examples.
type pairCount struct {
	both, reversed int64
	examples       []pairExample
}

// pairExample is the values of a row whose first date is after the
// second, the chunk it was read in and its line: while the workers read,
// the newlines before it in its chunk; after profiler.finish, its line in
// the file (its row in a sheet).
type pairExample struct {
	a, b string
	at   int
	line int64
}

const maxPairExamples = 3

// count counts one row's values a and b of the pair, read in chunk at. It
// reports whether it kept them as an example, whose line the caller sets.
func (pc *pairCount) count(a, b []byte, at int, ct *classTable) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	x, y := classifyFast(a, ct), classifyFast(b, ct)
	if !isDate(x.kind) || !isDate(y.kind) {
		return false
	}
	pc.both++
	if y.secs() < x.secs() {
		pc.reversed++
		if len(pc.examples) < maxPairExamples {
			pc.examples = append(pc.examples, pairExample{a: string(a), b: string(b), at: at})
			return true
		}
	}
	return false
}

// merge adds o's counts to pc, and keeps the first examples of both in the
// order of the file, however its chunks were shared among the workers.
func (pc *pairCount) merge(o pairCount) {
	pc.both += o.both
	pc.reversed += o.reversed
	pc.examples = append(pc.examples, o.examples...)
	slices.SortStableFunc(pc.examples, func(a, b pairExample) int { return cmp.Or(a.at-b.at, cmp.Compare(a.line, b.line)) })
	pc.examples = pc.examples[:min(len(pc.examples), maxPairExamples)]
}

// pairReport is what the rows said of a date pair.
type pairReport struct {
	datePair
	pairCount
}

// pairIssue returns the finding about the rows of a date pair whose first
// date comes after the second, if there are such rows and both columns
// hold dates.
func pairIssue(rep *Report, pr pairReport) (Issue, bool) {
	a, b := rep.Columns[pr.from], rep.Columns[pr.to]
	dates := func(c Column) bool { return c.Type == TypeDate || c.Type == TypeDatetime }
	if pr.reversed == 0 || !dates(a) || !dates(b) {
		return Issue{}, false
	}
	sev, points := SeverityLow, 1
	if pr.reversed*100 > pr.both {
		sev, points = SeverityMedium, 3
	}
	var ex []string
	for _, e := range pr.examples {
		ex = append(ex, fmt.Sprintf("%s bis %s in Zeile %d", quote(e.a), quote(e.b), e.line))
	}
	return Issue{Code: "date_order", Severity: sev, Columns: []string{a.Name, b.Name},
		Title: fmt.Sprintf("%s vor %s", quote(b.Name), quote(a.Name)),
		Message: fmt.Sprintf("In %s von %s Zeilen mit beiden Daten liegt das Datum in Spalte %s vor dem in Spalte %s (etwa %s). "+
			"Das kann nicht stimmen: meist ein Tippfehler oder vertauschte Werte. Korrigieren Sie diese Zeilen, sonst rechnen Auswertungen und KI-Modelle mit negativen Dauern.",
			fmtNum(float64(pr.reversed)), fmtNum(float64(pr.both)), quote(b.Name), quote(a.Name), strings.Join(ex, "; ")),
		Points: points}, true
}
