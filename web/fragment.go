package web

import (
	"cmp"
	"html"
	"html/template"
	"net/url"
	"strconv"
	"strings"
	"time"

	"lotse"
	"lotse/search"
)

// The offer cards, the filter groups and the pager are the bulk of every
// list page: hundreds of values per page. Rendering them through html/template costs
// about a microsecond per value, so these two fragments are written here,
// with every dynamic value passed through html.EscapeString (text and
// quoted attributes alike) or url.PathEscape. fragment_test.go holds the
// escaping to account.

var esc = html.EscapeString

// cardsHTML renders a list of offer cards.
func cardsHTML(cs []offerCard) template.HTML {
	var b strings.Builder
	b.Grow(700 * len(cs))
	for _, c := range cs {
		writeCard(&b, c)
	}
	return template.HTML(b.String())
}

// cardHTML renders one offer card.
func cardHTML(c offerCard) template.HTML {
	var b strings.Builder
	b.Grow(700)
	writeCard(&b, c)
	return template.HTML(b.String())
}

func writeCard(b *strings.Builder, c offerCard) {
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

// facetsHTML renders the filter groups, each with its checkboxes; groups
// without values are left out.
func facetsHTML(fs []facetView) template.HTML {
	n := 0
	for _, f := range fs {
		n += len(f.Values)
	}
	var b strings.Builder
	b.Grow(200 + 140*n)
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
	return template.HTML(b.String())
}

// listHeadHTML renders the top of a list page: heading, count, "Meinten
// Sie …?" and the active filters.
func listHeadHTML(q listQuery, total, first, shown int, suggestion, suggestURL string, chips []chip, resetURL string) template.HTML {
	var b strings.Builder
	b.Grow(1024)
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
	return template.HTML(b.String())
}

// datesHTML renders the date range of the filter form, with the problem of
// each field.
func datesHTML(q listQuery) template.HTML {
	var b strings.Builder
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
	return template.HTML(b.String())
}

// pagerHTML renders the page links of a list, or nothing for a single page.
func pagerHTML(prev, next string, links []pageLink) template.HTML {
	if len(links) < 2 {
		return ""
	}
	var b strings.Builder
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
	return template.HTML(b.String())
}

// writeMarked writes text escaped, with the given spans wrapped in <mark>.
// Spans out of order or out of range are ignored.
func writeMarked(b *strings.Builder, text string, spans []search.Span) {
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
