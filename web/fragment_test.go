package web

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"lotse"
	"lotse/search"
)

func TestFragmentsEscapeEveryValue(t *testing.T) {
	evil := `"><script>alert(1)</script>&`
	next := time.Date(2026, 12, 3, 16, 0, 0, 0, lotse.Berlin)
	c := offerCard{
		Offer: &lotse.Offer{ID: `a"b/c`, Format: evil, Title: evil, Summary: evil, Mode: evil,
			Location: lotse.Location{City: evil}},
		CentreName: evil, Next: next, NextEnd: next.Add(time.Hour), Series: true,
	}
	f := facetView{Param: evil, Heading: evil, Values: []facetValue{{Slug: evil, Label: evil, Count: 3, Checked: true}}}
	pager := written(func(b *bytes.Buffer) {
		writePager(b, evil, evil, []pageLink{{Number: 1, URL: evil}, {Gap: true}, {Number: 3, URL: evil, Current: true}})
	})
	head := written(func(b *bytes.Buffer) {
		writeListHead(b, listQuery{Text: evil}, 45, 21, 20, evil, evil, []chip{{Label: evil, Remove: evil}}, evil)
	})
	dates := written(func(b *bytes.Buffer) {
		writeDates(b, listQuery{From: evil, To: "2026-13-01", Problems: map[string]string{"bis": evil}})
	})
	facets := written(func(b *bytes.Buffer) { writeFacets(b, []facetView{f, {Heading: "leer"}}) })
	empty := written(func(b *bytes.Buffer) {
		writeListMain(b, &listView{Q: listQuery{Text: evil}, Chips: []chip{{Label: evil, Remove: evil}}, ResetURL: evil,
			Related: []facetValue{{Slug: evil, Label: evil}}, Near: nearCentre{Keep: []hiddenField{{evil, evil}}}})
	})
	near := written(func(b *bytes.Buffer) {
		writeNoResults(b, &listView{Near: nearCentre{State: "DE-NI", Centre: &lotse.Centre{Slug: evil, Name: evil, City: evil, Email: evil}}})
	})
	for name, out := range map[string]string{"card": string(cardHTML(c)), "facet": facets, "pager": pager, "head": head, "dates": dates, "empty": empty, "near": near} {
		if strings.Contains(out, "<script>") || strings.Contains(out, `"><script`) || !strings.Contains(out, "&#34;&gt;&lt;script&gt;") {
			t.Errorf("%s: unescaped value in %s", name, out)
		}
	}
	card := string(cardHTML(c))
	for _, want := range []string{`href="/angebote/a%22b%2Fc"`, `datetime="2026-12-03T16:00:00+01:00"`, "Do, 03.12.2026, 16:00–17:00 Uhr", "Reihe"} {
		if !strings.Contains(card, want) {
			t.Errorf("card lacks %q: %s", want, card)
		}
	}
	if !strings.Contains(facets, " checked>") || !strings.Contains(facets, `<small class="n">3</small>`) || strings.Contains(facets, "leer") {
		t.Errorf("facet: %s", facets)
	}
	for _, want := range []string{`rel="prev"`, `rel="next"`, `<li class="gap" aria-hidden="true">…</li>`, `aria-current="page">3</a>`} {
		if !strings.Contains(pager, want) {
			t.Errorf("pager lacks %q: %s", want, pager)
		}
	}
	for _, want := range []string{"45 Angebote, 21–40 angezeigt", `class="did-you-mean"`, "Alle Filter zurücksetzen"} {
		if !strings.Contains(head, want) {
			t.Errorf("head lacks %q: %s", want, head)
		}
	}
	for _, want := range []string{`value="2026-13-01" aria-invalid="true" aria-describedby="e-bis">`, `<p class="field-error" id="e-bis">`} {
		if !strings.Contains(dates, want) {
			t.Errorf("dates lack %q: %s", want, dates)
		}
	}
	if strings.Count(dates, "aria-invalid") != 1 {
		t.Errorf("only the date with a problem is marked: %s", dates)
	}
	if got := written(func(b *bytes.Buffer) { writePager(b, "", "", []pageLink{{Number: 1, Current: true}}) }); got != "" {
		t.Errorf("a single page has a pager: %s", got)
	}
}

// written returns what write writes.
func written(write func(*bytes.Buffer)) string {
	var b bytes.Buffer
	write(&b)
	return b.String()
}

func TestWriteMarked(t *testing.T) {
	var b bytes.Buffer
	writeMarked(&b, "KI & Daten <jetzt>", []search.Span{{Start: 0, End: 2}, {Start: 5, End: 10}, {Start: 3, End: 99}})
	if got, want := b.String(), "<mark>KI</mark> &amp; <mark>Daten</mark> &lt;jetzt&gt;"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
