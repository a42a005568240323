package web

import (
	"bytes"
	"fmt"
	"html/template"
	"strconv"
	"strings"
	"time"

	"lotse"
)

func (u *ui) funcs(hashes *assetHashes) template.FuncMap {
	return template.FuncMap{
		"static":        func(name string) string { return staticURL(hashes, name) },
		"topicLabel":    func(slug string) string { return u.labels.label(lotse.VocabTopics, slug) },
		"formatLabel":   func(slug string) string { return u.labels.label(lotse.VocabFormats, slug) },
		"audienceLabel": func(slug string) string { return u.labels.label(lotse.VocabAudiences, slug) },
		"modeLabel":     func(slug string) string { return u.labels.label(lotse.VocabModes, slug) },
		"stateLabel":    lotse.States.Label,
		"kindLabel":     lotse.CentreKinds.Label,
		"date":          germanDate,
		"dateShort":     germanDateShort,
		"when":          when,
		"isoTime":       func(t time.Time) string { return t.Format(time.RFC3339) },
		"number":        germanNumber,
		"plural":        plural,
		"card":          cardHTML,
		"goMain": func(p *pageData) template.HTML {
			if p.Main == nil {
				return ""
			}
			var b bytes.Buffer
			p.Main(&b)
			return template.HTML(b.String())
		},
		"webcal":        webcal,
		"sizeLabel":     lotse.SizeClasses.Label,
		"industryLabel": lotse.Industries.Label,
		"deref":         func(b *bool) bool { return b != nil && *b },
		"sizeClasses":   func() lotse.Vocabulary { return lotse.SizeClasses },
		"industries":    func() lotse.Vocabulary { return lotse.Industries },
		"field": func(name, label, typ, value, autocomplete, problem string, required bool) formField {
			return formField{name, label, typ, value, autocomplete, problem, required}
		},
		// accounts and editorial forms (web/editor.go)
		"statusLabel": lotse.Statuses.Label,
		"roleLabel":   lotse.Roles.Label,
		"has":         hasValue,
		"invalid":     invalidAttrs,
		"canAdmin":    lotse.CanAdminister,
		"dateTime": func(t time.Time) string {
			return germanDateShort(t) + ", " + t.In(lotse.Berlin).Format("15:04") + " Uhr"
		},
		"add": func(ns ...int) int {
			sum := 0
			for _, n := range ns {
				sum += n
			}
			return sum
		},
	}
}

var (
	weekdays    = [...]string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"}
	weekdaysAbb = [...]string{"So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"}
	months      = [...]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}
)

// germanDate formats like "Donnerstag, 3. Dezember 2026".
func germanDate(t time.Time) string {
	t = t.In(lotse.Berlin)
	return fmt.Sprintf("%s, %d. %s %d", weekdays[t.Weekday()], t.Day(), months[t.Month()-1], t.Year())
}

// germanDateShort formats like "Do, 03.12.2026".
func germanDateShort(t time.Time) string {
	t = t.In(lotse.Berlin)
	return fmt.Sprintf("%s, %02d.%02d.%d", weekdaysAbb[t.Weekday()], t.Day(), t.Month(), t.Year())
}

// when formats a date with its times: "Do, 03.12.2026, 16:00–16:30 Uhr";
// an end on another day is written out in full.
func when(start time.Time, end time.Time) string {
	start = start.In(lotse.Berlin)
	s := germanDateShort(start) + ", " + start.Format("15:04")
	switch {
	case end.IsZero():
		return s + " Uhr"
	case sameDay(start, end.In(lotse.Berlin)):
		return s + "–" + end.In(lotse.Berlin).Format("15:04") + " Uhr"
	default:
		return s + " Uhr bis " + germanDateShort(end) + ", " + end.In(lotse.Berlin).Format("15:04") + " Uhr"
	}
}

func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

// germanNumber writes 12345 as "12.345".
func germanNumber(n int) string { return lotse.GroupThousands(strconv.Itoa(n)) }

// plural picks the singular or plural form: {{plural .N "Angebot" "Angebote"}}.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return germanNumber(n) + " " + many
}

// formField is one text input of a form with its problem, for the
// "reg-field" template.
type formField struct {
	Name, Label, Type, Value, Autocomplete, Problem string
	Required                                        bool
}

// webcal returns the subscription link of a calendar feed on host, or the
// plain path when host looks odd.
func webcal(host, path string) template.URL {
	ok := host != ""
	for _, r := range host {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune(".-:[]", r)) {
			ok = false
		}
	}
	if !ok || !strings.HasPrefix(path, "/") || strings.ContainsAny(path, "\"<> ") {
		return template.URL(template.HTMLEscapeString(path))
	}
	return template.URL("webcal://" + host + path)
}

// invalidAttrs marks a form field with an error: aria-invalid and a link to
// the message, whose id is "e-" + field.
func invalidAttrs(errs map[string]string, field string) template.HTMLAttr {
	if errs[field] == "" {
		return ""
	}
	return template.HTMLAttr(` aria-invalid="true" aria-describedby="e-` + template.HTMLEscapeString(field) + `"`)
}
