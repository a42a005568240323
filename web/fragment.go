package web

import (
	"bytes"
	"cmp"
	"html"
	"html/template"
	"net/url"
	"strconv"
	"time"

	"lotse"
	"lotse/search"
)

// The offer list is the most visited page, and its cards, filter groups
// and pager hold hundreds of values. Rendering them through html/template
// costs about a microsecond per value, so the list's main block is written
// here, straight into the page's buffer, with every dynamic value passed
// through html.EscapeString (text and quoted attributes alike) or
// url.PathEscape. fragment_test.go holds the escaping to account.

var esc = html.EscapeString

// cardHTML renders one offer card, for templates.
func cardHTML(c offerCard) template.HTML {
	var b bytes.Buffer
	b.Grow(700)
	writeCard(&b, c)
	return template.HTML(b.String())
}

func writeCard(b *bytes.Buffer, c offerCard) {
	b.WriteString(`<article class="card`)
	if c.Past {
		b.WriteString(` card-past`)
	}
	b.WriteString(`"><p class="card-meta"><span class="badge badge-`)
	b.WriteString(esc(c.Format))
	b.WriteString(`">`)
	b.WriteString(esc(cmp.Or(c.FormatLabel, lotse.Formats.Label(c.Format))))
	b.WriteString(`</span>`)
	if c.Past {
		b.WriteString(` <span class="badge badge-past">vergangen</span>`)
	}
	b.WriteString(`</p><h3 class="card-title"><a href="/angebote/`)
	b.WriteString(esc(url.PathEscape(c.ID)))
	b.WriteString(`">`)
	writeMarked(b, c.Title, c.TitleMarks)
	b.WriteString(`</a></h3>`)
	if !c.Next.IsZero() {
		b.WriteString(`<p class="card-when"><time datetime="`)
		b.WriteString(c.Next.Format(time.RFC3339))
		b.WriteString(`">`)
		b.WriteString(esc(when(c.Next, c.NextEnd)))
		b.WriteString(`</time>`)
		if c.Series {
			b.WriteString(` <span class="series">· Reihe, weitere Termine</span>`)
		}
		b.WriteString(`</p>`)
	}
	b.WriteString(`<p class="card-where">`)
	b.WriteString(esc(cmp.Or(c.ModeLabel, lotse.Modes.Label(c.Mode))))
	for _, s := range []string{c.Location.City, c.CentreName} {
		if s != "" {
			b.WriteString(" · ")
			b.WriteString(esc(s))
		}
	}
	b.WriteString(`</p>`)
	if c.Summary != "" {
		b.WriteString(`<p class="card-summary">`)
		writeMarked(b, c.Summary, c.SummaryMarks)
		b.WriteString(`</p>`)
	}
	b.WriteString("</article>\n")
}

// writeListMain writes the main block of the offer list: head, filter
// form, cards and pager, or the help when nothing matches.
func writeListMain(b *bytes.Buffer, v *listView) {
	writeListHead(b, v.Q, v.Total, v.First, len(v.Cards), v.Suggestion, v.SuggestURL, v.Chips, v.ResetURL)
	b.WriteString(`<div class="list-layout">
<form class="filters" id="filter" action="/angebote" method="get" aria-label="Angebote filtern">
<h2 class="visually-hidden">Filter</h2>
<label for="f-q" class="filter-label">Suchbegriff</label>
<input id="f-q" name="q" type="search" value="`)
	b.WriteString(esc(v.Q.Text))
	b.WriteString("\">\n")
	writeFacets(b, v.Facets)
	writeDates(b, v.Q)
	b.WriteString(`
<button type="submit" class="button">Filter anwenden</button>
</form>
<section class="results" aria-label="Ergebnisse">
<a class="to-filters" href="#filter">Filter anpassen ↓</a>
`)
	writeCentreHits(b, v.Centres)
	if len(v.Cards) > 0 {
		b.WriteString(`<div class="cards cards-list">`)
		for _, c := range v.Cards {
			writeCard(b, c)
		}
		b.WriteString("</div>\n")
		writePager(b, v.Prev, v.Next, v.Links)
	} else {
		writeNoResults(b, v)
	}
	b.WriteString("\n</section>\n</div>\n")
}

// writeCentreHits writes the centres that match the search, if any.
func writeCentreHits(b *bytes.Buffer, cs []*lotse.Centre) {
	if len(cs) == 0 {
		return
	}
	b.WriteString(`<div class="centre-hits"><h2>Passende Zentren</h2><ul>`)
	for _, c := range cs {
		b.WriteString(`<li><a href="/zentren/`)
		b.WriteString(esc(url.PathEscape(c.Slug)))
		b.WriteString(`">`)
		b.WriteString(esc(c.Name))
		b.WriteString(`</a> <small>`)
		if c.Kind == "thematic" {
			b.WriteString(esc(lotse.CentreKinds.Label(c.Kind)))
			b.WriteString(`, Sitz `)
			b.WriteString(esc(c.City))
		} else {
			b.WriteString(esc(c.City))
			if c.State != "" {
				b.WriteString(`, `)
				b.WriteString(esc(lotse.States.Label(c.State)))
			}
		}
		b.WriteString(`</small></li>`)
	}
	b.WriteString("</ul></div>\n")
}

// writeNoResults writes the help of a list without results: which filter to
// drop, related topics, and the centre nearest to the visitor.
func writeNoResults(b *bytes.Buffer, v *listView) {
	b.WriteString(`<div class="empty">
<h2>Keine passenden Angebote</h2>
<p>Mit dieser Auswahl gibt es gerade kein Angebot.`)
	var helps []chip
	for _, c := range v.Chips {
		if c.Without > 0 {
			helps = append(helps, c)
		}
	}
	switch {
	case len(helps) > 0:
		b.WriteString(` Mit einem Filter weniger finden Sie mehr:</p>
<ul class="drop-filter">`)
		for _, c := range helps {
			b.WriteString(`<li><a href="`)
			b.WriteString(esc(c.Remove))
			b.WriteString(`">ohne „`)
			b.WriteString(esc(c.Label))
			b.WriteString(`“: `)
			b.WriteString(esc(plural(c.Without, "Angebot", "Angebote")))
			b.WriteString(`</a></li>`)
		}
		b.WriteString(`</ul>
<p>Oder <a href="`)
		b.WriteString(esc(v.ResetURL))
		b.WriteString(`">setzen Sie alle Filter zurück</a>.`)
	case len(v.Chips) > 0:
		b.WriteString(` Entfernen Sie Filter oben, um mehr zu sehen, oder <a href="`)
		b.WriteString(esc(v.ResetURL))
		b.WriteString(`">setzen Sie alle Filter zurück</a>.`)
	}
	b.WriteString("</p>\n")
	if len(v.Related) > 0 {
		b.WriteString(`<p>Passende Themen:</p><ul class="chips">`)
		for _, r := range v.Related {
			b.WriteString(`<li><a class="chip" href="/angebote?thema=`)
			b.WriteString(esc(url.QueryEscape(r.Slug)))
			b.WriteString(`">`)
			b.WriteString(esc(r.Label))
			b.WriteString(`</a></li>`)
		}
		b.WriteString("</ul>\n")
	}
	if c := v.Near.Centre; c != nil {
		b.WriteString(`<p class="near">Fragen Sie direkt `)
		if v.Near.InState {
			b.WriteString(`Ihr Zentrum in `)
		} else {
			b.WriteString(`das nächstgelegene Zentrum für `)
		}
		b.WriteString(esc(lotse.States.Label(v.Near.State)))
		b.WriteString(`: <a href="/zentren/`)
		b.WriteString(esc(url.PathEscape(c.Slug)))
		b.WriteString(`">`)
		b.WriteString(esc(c.Name))
		b.WriteString(`</a> in `)
		b.WriteString(esc(c.City))
		b.WriteString(`. Die Beratung ist kostenfrei`)
		if c.Email != "" {
			b.WriteString(`, schreiben Sie an <a href="mailto:`)
			b.WriteString(esc(c.Email))
			b.WriteString(`">`)
			b.WriteString(esc(c.Email))
			b.WriteString(`</a>`)
		}
		b.WriteString(".</p>\n")
	} else {
		b.WriteString(`<form class="near-form" action="/angebote" method="get">`)
		for _, h := range v.Near.Keep {
			b.WriteString(`<input type="hidden" name="`)
			b.WriteString(esc(h.Name))
			b.WriteString(`" value="`)
			b.WriteString(esc(h.Value))
			b.WriteString(`">`)
		}
		b.WriteString(`
<label for="f-naehe">Oder fragen Sie ein Zentrum in Ihrer Nähe – die Beratung ist kostenfrei. Ihr Bundesland:</label>
<select id="f-naehe" name="naehe" required><option value="">Bitte wählen</option>`)
		for _, st := range lotse.States {
			b.WriteString(`<option value="`)
			b.WriteString(esc(st.Slug))
			b.WriteString(`">`)
			b.WriteString(esc(st.Label))
			b.WriteString(`</option>`)
		}
		b.WriteString(`</select>
<button type="submit" class="button">Zentrum zeigen</button>
</form>
<p>Alle Zentren finden Sie in der <a href="/zentren">Übersicht der Mittelstand-Digital Zentren</a>.</p>
`)
	}
	b.WriteString("</div>")
}

// writeFacets writes the filter groups, each with its checkboxes; groups
// without values are left out.
func writeFacets(b *bytes.Buffer, fs []facetView) {
	for _, f := range fs {
		if len(f.Values) == 0 {
			continue
		}
		b.WriteString(`<details class="facet"`)
		if f.Open {
			b.WriteString(` open`)
		}
		b.WriteString(`><summary>`)
		b.WriteString(esc(f.Heading))
		b.WriteString(`</summary><fieldset><legend class="visually-hidden">`)
		b.WriteString(esc(f.Heading))
		b.WriteString("</legend>\n")
		param := esc(f.Param)
		for _, v := range f.Values {
			b.WriteString(`<label class="check"><input type="checkbox" name="`)
			b.WriteString(param)
			b.WriteString(`" value="`)
			b.WriteString(esc(v.Slug))
			b.WriteString(`"`)
			if v.Checked {
				b.WriteString(` checked`)
			}
			b.WriteString(`> <span>`)
			b.WriteString(esc(v.Label))
			b.WriteString(`</span> <small class="n">`)
			b.WriteString(strconv.Itoa(v.Count))
			b.WriteString("</small></label>\n")
		}
		b.WriteString("</fieldset></details>\n")
	}
}

// writeListHead writes the top of a list page: heading, count, "Meinten
// Sie …?" and the active filters.
func writeListHead(b *bytes.Buffer, q listQuery, total, first, shown int, suggestion, suggestURL string, chips []chip, resetURL string) {
	b.WriteString(`<div class="list-head"><h1>`)
	if q.Text != "" {
		b.WriteString(`Suchergebnisse für „`)
		b.WriteString(esc(q.Text))
		b.WriteString(`“`)
	} else {
		b.WriteString(`Angebote`)
	}
	b.WriteString(`</h1><p class="count" role="status">`)
	b.WriteString(plural(total, "Angebot", "Angebote"))
	if total > 0 {
		b.WriteString(`, `)
		b.WriteString(germanNumber(first))
		b.WriteString(`–`)
		b.WriteString(germanNumber(first + shown - 1))
		b.WriteString(` angezeigt`)
	}
	b.WriteString("</p></div>\n")
	if suggestion != "" {
		b.WriteString(`<p class="did-you-mean">Meinten Sie <a href="`)
		b.WriteString(esc(suggestURL))
		b.WriteString(`">„`)
		b.WriteString(esc(suggestion))
		b.WriteString("“</a>?</p>\n")
	}
	if len(chips) > 0 {
		b.WriteString(`<ul class="chips active-filters" aria-label="Aktive Filter">`)
		for _, c := range chips {
			b.WriteString(`<li><a class="chip chip-remove" href="`)
			b.WriteString(esc(c.Remove))
			b.WriteString(`">`)
			b.WriteString(esc(c.Label))
			b.WriteString(` <span aria-hidden="true">×</span><span class="visually-hidden"> entfernen</span></a></li>`)
		}
		b.WriteString(`<li><a class="reset" href="`)
		b.WriteString(esc(resetURL))
		b.WriteString("\">Alle Filter zurücksetzen</a></li></ul>\n")
	}
}

// writeDates writes the date range of the filter form, with the problem of
// each field.
func writeDates(b *bytes.Buffer, q listQuery) {
	b.WriteString(`<fieldset class="dates"><legend>Zeitraum</legend>`)
	for _, f := range []struct{ name, label, value string }{{"von", "von", q.From}, {"bis", "bis", q.To}} {
		b.WriteString(`<label for="f-`)
		b.WriteString(f.name)
		b.WriteString(`">`)
		b.WriteString(f.label)
		b.WriteString(`</label><input id="f-`)
		b.WriteString(f.name)
		b.WriteString(`" name="`)
		b.WriteString(f.name)
		b.WriteString(`" type="date" value="`)
		b.WriteString(esc(f.value))
		b.WriteString(`"`)
		problem := q.Problems[f.name]
		if problem != "" {
			b.WriteString(` aria-invalid="true" aria-describedby="e-`)
			b.WriteString(f.name)
			b.WriteString(`"`)
		}
		b.WriteString(`>`)
		if problem != "" {
			b.WriteString(`<p class="field-error" id="e-`)
			b.WriteString(f.name)
			b.WriteString(`">`)
			b.WriteString(esc(problem))
			b.WriteString(`</p>`)
		}
	}
	b.WriteString(`</fieldset>`)
}

// writePager writes the page links of a list, or nothing for a single page.
func writePager(b *bytes.Buffer, prev, next string, links []pageLink) {
	if len(links) < 2 {
		return
	}
	b.WriteString(`<nav class="pager" aria-label="Seiten"><ul>`)
	if prev != "" {
		b.WriteString(`<li><a href="`)
		b.WriteString(esc(prev))
		b.WriteString(`" rel="prev">‹ Zurück</a></li>`)
	}
	for _, l := range links {
		switch {
		case l.Gap:
			b.WriteString(`<li class="gap" aria-hidden="true">…</li>`)
		default:
			b.WriteString(`<li><a href="`)
			b.WriteString(esc(l.URL))
			b.WriteString(`"`)
			if l.Current {
				b.WriteString(` aria-current="page"`)
			}
			b.WriteString(`>`)
			b.WriteString(strconv.Itoa(l.Number))
			b.WriteString(`</a></li>`)
		}
	}
	if next != "" {
		b.WriteString(`<li><a href="`)
		b.WriteString(esc(next))
		b.WriteString(`" rel="next">Weiter ›</a></li>`)
	}
	b.WriteString(`</ul></nav>`)
}

// writeMarked writes text escaped, with the given spans wrapped in <mark>.
// Spans out of order or out of range are ignored.
func writeMarked(b *bytes.Buffer, text string, spans []search.Span) {
	at := 0
	for _, sp := range spans {
		if sp.Start < at || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		b.WriteString(esc(text[at:sp.Start]))
		b.WriteString("<mark>")
		b.WriteString(esc(text[sp.Start:sp.End]))
		b.WriteString("</mark>")
		at = sp.End
	}
	b.WriteString(esc(text[at:]))
}
