package web

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"lotse"
)

// The editor form offers recurrence as a friendly choice ("wöchentlich am
// Donnerstag") and writes the RRULE; rules it cannot express stay editable
// as text ("eigene Regel").

// Recurrence choices of the form.
const (
	repeatNone     = ""
	repeatWeekly   = "weekly"
	repeatBiweekly = "biweekly"
	repeatMonthly  = "monthly"
	repeatCustom   = "custom"
)

var rruleDays = [...]string{"SU", "MO", "TU", "WE", "TH", "FR", "SA"}

// nthWeekday returns which occurrence of its weekday in the month t is:
// 1 … 4, or -1 for the last.
func nthWeekday(t time.Time) int {
	n := (t.Day()-1)/7 + 1
	if t.AddDate(0, 0, 7).Month() != t.Month() {
		return -1
	}
	return n
}

// repeatLabel describes a choice for a series starting at start (zero: date
// not known yet).
func repeatLabel(choice string, start time.Time) string {
	day := ""
	if !start.IsZero() {
		day = " am " + weekdays[start.Weekday()]
	}
	switch choice {
	case repeatNone:
		return "Einmalig"
	case repeatWeekly:
		return "Wöchentlich" + day
	case repeatBiweekly:
		return "Alle zwei Wochen" + day
	case repeatMonthly:
		if start.IsZero() {
			return "Monatlich am gleichen Wochentag"
		}
		nth := map[int]string{1: "ersten", 2: "zweiten", 3: "dritten", 4: "vierten", -1: "letzten"}[nthWeekday(start)]
		return "Monatlich am " + nth + " " + weekdays[start.Weekday()]
	case repeatCustom:
		return "Eigene Regel (RRULE)"
	}
	return choice
}

// buildRRule writes the RRULE for a choice. count and until (a date, Berlin)
// may be empty. It returns a message for the "repeat" field on error.
func buildRRule(choice string, start time.Time, count, until, custom string) (string, string) {
	var parts []string
	day := rruleDays[start.Weekday()]
	switch choice {
	case repeatNone:
		return "", ""
	case repeatCustom:
		return strings.TrimPrefix(strings.TrimSpace(custom), "RRULE:"), ""
	case repeatWeekly:
		parts = []string{"FREQ=WEEKLY", "BYDAY=" + day}
	case repeatBiweekly:
		parts = []string{"FREQ=WEEKLY", "INTERVAL=2", "BYDAY=" + day}
	case repeatMonthly:
		parts = []string{"FREQ=MONTHLY", "BYDAY=" + strconv.Itoa(nthWeekday(start)) + day}
	default:
		return "", "Bitte eine der angebotenen Wiederholungen wählen."
	}
	count, until = strings.TrimSpace(count), strings.TrimSpace(until)
	switch {
	case count != "" && until != "":
		return "", "Bitte entweder die Zahl der Termine oder das Enddatum angeben, nicht beides."
	case count != "":
		n, err := strconv.Atoi(count)
		if err != nil || n < 2 || n > 500 {
			return "", "Die Zahl der Termine muss zwischen 2 und 500 liegen."
		}
		parts = append(parts, "COUNT="+strconv.Itoa(n))
	case until != "":
		d, err := parseDate(until)
		if err != nil {
			return "", "Bitte das Enddatum der Reihe als TT.MM.JJJJ angeben."
		}
		if d.Before(start) {
			return "", "Das Enddatum der Reihe liegt vor dem ersten Termin."
		}
		end := d.AddDate(0, 0, 1).Add(-time.Second)
		parts = append(parts, "UNTIL="+end.UTC().Format("20060102T150405Z"))
	}
	return strings.Join(parts, ";"), ""
}

// parseRRule maps a stored rule back to the form's choice; a rule the
// choices cannot express becomes repeatCustom.
func parseRRule(rule string, start time.Time) (choice, count, until, custom string) {
	if rule == "" {
		return repeatNone, "", "", ""
	}
	fields := map[string]string{}
	for _, p := range strings.Split(rule, ";") {
		k, v, _ := strings.Cut(p, "=")
		fields[strings.ToUpper(k)] = v
	}
	if c, ok := fields["COUNT"]; ok {
		count = c
		delete(fields, "COUNT")
	}
	if u, ok := fields["UNTIL"]; ok {
		t, err := time.Parse("20060102T150405Z", u)
		if err != nil {
			return repeatCustom, "", "", rule
		}
		until = t.In(lotse.Berlin).Format(time.DateOnly)
		delete(fields, "UNTIL")
	}
	if start.IsZero() {
		return repeatCustom, "", "", rule
	}
	key := fmt.Sprint(fields)
	for _, c := range []string{repeatWeekly, repeatBiweekly, repeatMonthly} {
		want, _ := buildRRule(c, start, "", "", "")
		wf := map[string]string{}
		for _, p := range strings.Split(want, ";") {
			k, v, _ := strings.Cut(p, "=")
			wf[k] = v
		}
		if fmt.Sprint(wf) == key {
			return c, count, until, ""
		}
	}
	return repeatCustom, "", "", rule
}
