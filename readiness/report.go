package readiness

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"lotse"
)

// Report is what the PDF report shows: the content of the result page that
// makes sense on paper.
type Report struct {
	Result  *Result
	Earlier *Result // the check this one repeats, or nil
	Rec     Recommendation
	// Centres name the centres of the recommended offers (by slug); a
	// centre not among them is left out of the offer's line.
	Centres []*lotse.Centre
	Created time.Time // when the check was made
	URL     string    // the private link to the result page
	// Label returns the current label of slug in the named vocabulary
	// (lotse.VocabTopics, …); nil means the compiled labels.
	Label func(vocabulary, slug string) string
}

// label returns the label of slug in the named vocabulary.
func (rep *Report) label(vocabulary, slug string) string {
	if rep.Label != nil {
		return rep.Label(vocabulary, slug)
	}
	v, _ := lotse.EditableVocabulary(vocabulary)
	return v.Label(slug)
}

// reportNotice is the footer line of every page.
const reportNotice = "Vertraulich: Dieser Bericht nennt Ihren persönlichen Link. Wer ihn kennt, kann Ihr Ergebnis sehen und löschen."

// PDF renders the report as a PDF 1.4 document of A4 pages.
func (rep *Report) PDF() ([]byte, error) {
	r := rep.Result
	if r == nil {
		return nil, fmt.Errorf("pdf report: no result")
	}
	w := newPDFWriter()

	w.para("KI-Readiness-Bericht", styleTitle, pdfMarginX, 2)
	meta := Sizes.Label(r.Profile.Size) + " · " + Industries.Label(r.Profile.Industry) + " · " + lotse.States.Label(r.Profile.State)
	w.para(meta, styleBody, pdfMarginX, 0)
	w.para("Check vom "+longDate(rep.Created)+" · Fragebogen "+r.Version, styleSmall, pdfMarginX, 10)
	w.rule(pdfRule, 0.75)
	w.space(12)

	// Overall level.
	w.heading(fmt.Sprintf("Gesamt: %s (%d von 100 Punkten)", r.LevelTitle, r.Score), styleH2, 30)
	w.para(r.LevelText, styleBody, pdfMarginX, 6)
	for _, d := range r.Dimensions {
		if d.Uncertain {
			w.para("Einige Fragen haben Sie mit „Weiß nicht“ beantwortet oder offen gelassen. Sie zählen mit 0 Punkten. "+
				"In den Bereichen mit dem Hinweis „unsicher“ liegt Ihr Stand deshalb vielleicht höher.", styleSmall, pdfMarginX, 6)
			break
		}
	}
	w.space(8)

	// Areas: the table, then the radar chart.
	w.heading("Ihr Ergebnis nach Bereichen", styleH2, 60)
	head := []string{"Bereich", "Punkte", "Stufe"}
	cols := []float64{250, 70, pdfTextW - 320}
	var progress []DimensionDelta
	if rep.Earlier != nil {
		progress = Progress(rep.Earlier, r)
		head = append(head, "Vorher", "Veränderung")
		cols = []float64{175, 76, 105, 52, pdfTextW - 408}
	}
	var rows [][]string
	for i, d := range r.Dimensions {
		row := []string{d.Title, "–", "nicht bewertet"}
		if d.Rated {
			row[1], row[2] = strconv.Itoa(d.Score), d.LevelTitle
			if d.Uncertain {
				row[1] += " (unsicher)"
			}
		}
		if rep.Earlier != nil {
			if i < len(progress) && progress[i].Comparable {
				delta := strconv.Itoa(progress[i].Delta)
				if progress[i].Delta > 0 {
					delta = "+" + delta
				}
				row = append(row, strconv.Itoa(progress[i].Before), delta)
			} else {
				row = append(row, "–", "nicht vergleichbar")
			}
		}
		rows = append(rows, row)
	}
	w.table(head, cols, rows)
	w.space(10)
	rep.radar(w)

	// Priorities with next steps and offers.
	w.heading("Ihre nächsten Schritte", styleH2, 60)
	if len(rep.Rec.Priorities) == 0 {
		w.para("Sie haben in allen Bereichen die volle Punktzahl erreicht. Teilen Sie Ihre Erfahrungen: "+
			"Die Mittelstand-Digital Zentren suchen Praxisbeispiele, von denen andere Betriebe lernen können.", styleBody, pdfMarginX, 8)
	} else {
		w.para("Diese Bereiche bringen Ihren Betrieb bei der KI-Readiness am weitesten voran. Daten zählen dabei am meisten.", styleBody, pdfMarginX, 6)
	}
	for i, p := range rep.Rec.Priorities {
		w.heading(fmt.Sprintf("%d. %s (%d von 100)", i+1, p.Title, p.Score), styleH3, 40)
		for _, s := range p.Steps {
			w.bullet("•", s.Text, styleBody, pdfMarginX+4, 12, 3)
		}
		w.space(3)
		if len(p.Offers) == 0 {
			w.para("Zurzeit gibt es dazu kein passendes Angebot online oder in Ihrem Bundesland.", styleSmall, pdfMarginX+16, 8)
			continue
		}
		w.need(2*styleBold.leading + 10)
		w.para("Passende kostenlose Angebote", styleBold, pdfMarginX+16, 1)
		for _, l := range p.Offers {
			rep.offer(w, l)
		}
		w.space(6)
	}

	// Centres.
	if rep.Rec.Regional != nil || len(rep.Rec.Thematic) > 0 {
		w.space(4)
		w.heading("Ihre Ansprechpartner im Netzwerk", styleH2, 40)
		w.para("Die Mittelstand-Digital Zentren beraten kostenlos und unabhängig von Anbietern.", styleBody, pdfMarginX, 4)
		if c := rep.Rec.Regional; c != nil {
			note := "Ihr regionales Zentrum in " + lotse.States.Label(c.State)
			if !rep.Rec.RegionalInState {
				note = "In " + lotse.States.Label(r.Profile.State) + " gibt es kein regionales Zentrum; das nächstgelegene sitzt in " +
					c.City + " (" + lotse.States.Label(c.State) + ")."
			}
			rep.centre(w, c, note)
		}
		for _, c := range rep.Rec.Thematic {
			note := "Thematisches Zentrum, bundesweit tätig"
			for i, t := range c.Topics {
				if i == 0 {
					note += ": "
				} else {
					note += ", "
				}
				note += rep.label(lotse.VocabTopics, t)
			}
			rep.centre(w, c, note)
		}
		w.space(8)
	}

	// What the levels mean.
	w.heading("Was Ihre Werte bedeuten", styleH2, 50)
	for _, d := range r.Dimensions {
		if !d.Rated {
			w.heading(d.Title+": nicht bewertet", styleH3, 14)
			w.para("Alle Fragen dieses Bereichs waren für Ihren Betrieb nicht relevant.", styleBody, pdfMarginX, 6)
			continue
		}
		w.heading(fmt.Sprintf("%s: %s (%d von 100)", d.Title, d.LevelTitle, d.Score), styleH3, 28)
		w.para(d.Explanation, styleBody, pdfMarginX, 2)
		if d.Uncertain {
			w.para(fmt.Sprintf("%d von %d Antworten in diesem Bereich waren „Weiß nicht“.", d.Unknown, d.Counted), styleSmall, pdfMarginX, 2)
		}
		w.space(5)
	}
	w.space(6)

	// The EU DMA.
	band := r.DMA.BandInfo()
	w.heading("Ihr Ergebnis im Reifegradmodell der EU", styleH2, 120)
	w.para(fmt.Sprintf("Die European Digital Innovation Hubs messen den digitalen Reifegrad mit dem Digital Maturity Assessment der EU. "+
		"Umgerechnet erreicht Ihr Betrieb dort %d von 100 Punkten, Stufe %s („%s“).", r.DMA.Overall, band.Label, band.Name), styleBody, pdfMarginX, 6)
	var dma [][]string
	for _, d := range r.DMA.Rows() {
		dma = append(dma, []string{d.Label + " (" + d.Name + ")", strconv.Itoa(d.Score)})
	}
	dma = append(dma, []string{"Gesamt (Mittelwert): " + band.Label + " (" + band.Name + ")", strconv.Itoa(r.DMA.Overall)})
	w.table([]string{"Bereich des EU-Modells", "Punkte"}, []float64{pdfTextW - 70, 70}, dma)
	w.space(14)

	// The private link.
	if rep.URL != "" {
		w.heading("Ihr persönlicher Link", styleH2, 40)
		w.para("Unter diesem Link können Sie Ihr Ergebnis wieder aufrufen, den Check wiederholen und Ihren Fortschritt sehen oder alles löschen:", styleBody, pdfMarginX, 2)
		w.para(rep.URL, textStyle{helvetica, 10, 13.5, pdfBlue}, pdfMarginX, 4)
	}

	// The footer of every page, now that the count is known.
	for i, p := range w.pages {
		w.page = p
		w.line(pdfMarginX, 44, pdfMarginX+pdfTextW, 44, pdfRule, 0.5, "")
		pageNo := winAnsi(fmt.Sprintf("Seite %d von %d", i+1, len(w.pages)))
		pw := styleFoot.font.width(pageNo, styleFoot.size)
		notice := wrap(reportNotice, styleFoot.font, styleFoot.size, pdfTextW-pw-16)
		for j, l := range notice {
			w.text(pdfMarginX, 34-float64(j)*styleFoot.leading, styleFoot.font, styleFoot.size, styleFoot.color, l)
		}
		w.text(pdfMarginX+pdfTextW-pw, 34, styleFoot.font, styleFoot.size, styleFoot.color, pageNo)
	}

	return w.bytes(pdfInfo{
		Title:   "KI-Readiness-Bericht",
		Subject: "Ergebnis im KI-Readiness-Check von Mittelstand-Digital",
		Creator: "Lotse – Mittelstand-Digital",
		Created: pdfDate(rep.Created),
	})
}

// radar draws the radar chart of the result (and of the earlier check)
// with the geometry of the SVG, scaled into the text area.
func (rep *Report) radar(w *pdfWriter) {
	rd := RadarFor(rep.Result, rep.Earlier)
	const scale = 0.62
	h := float64(rd.Height) * scale
	w.need(h + 2*styleSmall.leading)
	x0 := pdfMarginX + (pdfTextW-float64(rd.Width)*scale)/2
	top := w.y
	at := func(p RadarPoint) [2]float64 { return [2]float64{x0 + p.X*scale, top - p.Y*scale} }
	pts := func(vs []RadarPoint) [][2]float64 {
		out := make([][2]float64, len(vs))
		for i, v := range vs {
			out[i] = at(v)
		}
		return out
	}
	// Fills first, so that the grid shows through them as in the SVG,
	// where the fill is translucent.
	for _, s := range rd.Series {
		if s.Fill != "none" {
			c := hexColor(s.Fill).tint(0.2)
			w.polygon(pts(s.Vertices), c, 0, "", &c)
		}
	}
	grid := hexColor("#b8b8b8")
	for _, ring := range rd.Rings {
		w.polygon(pts(ring.Vertices), grid, 0.6, "", nil)
	}
	c := at(rd.Centre)
	for _, a := range rd.Axes {
		e := at(RadarPoint{a.X, a.Y})
		w.line(c[0], c[1], e[0], e[1], grid, 0.6, "")
	}
	for _, ring := range rd.Rings {
		p := at(RadarPoint{ring.LabelX, ring.LabelY})
		w.text(p[0], p[1], helvetica, 7, pdfGrey, []byte(strconv.Itoa(ring.Value)))
	}
	for _, s := range rd.Series {
		w.polygon(pts(s.Vertices), hexColor(s.Stroke), 1.8, dashPattern(s.Dash, scale), nil)
	}
	for _, a := range rd.Axes {
		label := winAnsi(a.Label)
		p := at(RadarPoint{a.LabelX, a.LabelY})
		lw := helvetica.width(label, 9)
		switch a.Anchor {
		case "middle":
			p[0] -= lw / 2
		case "end":
			p[0] -= lw
		}
		w.text(p[0], p[1], helvetica, 9, pdfBlack, label)
	}
	if len(rd.Series) > 1 {
		x, y := x0+14, top-float64(rd.Height)*scale+10
		for _, s := range rd.Series {
			w.line(x, y+3, x+22, y+3, hexColor(s.Stroke), 1.8, dashPattern(s.Dash, scale))
			name := winAnsi(s.Name)
			w.text(x+27, y, helvetica, 9, pdfBlack, name)
			x += 27 + helvetica.width(name, 9) + 18
		}
	}
	w.y = top - h
	caption := "Netzdiagramm: je weiter außen, desto besser vorbereitet (0 bis 100 Punkte)"
	if rep.Earlier != nil {
		caption += "; durchgezogen Ihr heutiges Ergebnis, gestrichelt Ihr vorheriger Check"
	}
	w.para(caption+". Die Tabelle nennt dieselben Werte.", styleSmall, pdfMarginX, 14)
}

// dashPattern scales an SVG stroke-dasharray ("6 4") for PDF.
func dashPattern(svg string, scale float64) string {
	if svg == "" {
		return ""
	}
	var out []byte
	for i, f := range strings.FieldsFunc(svg, func(r rune) bool { return r == ' ' || r == ',' }) {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return ""
		}
		if i > 0 {
			out = append(out, ' ')
		}
		out = append(out, num(v*scale)...)
	}
	return string(out)
}

// offer sets a recommended offer: its title, then format, date, mode and
// centre in small print.
func (rep *Report) offer(w *pdfWriter, l OfferLink) {
	o := l.Offer
	if o == nil {
		return
	}
	meta := rep.label(lotse.VocabFormats, o.Format) + ", kostenfrei"
	if l.Next != nil {
		meta += " · " + offerWhen(l.Next.Start, l.Next.End)
		if o.Recurrence != "" {
			meta += " (Reihe, weitere Termine)"
		}
	}
	meta += " · " + rep.label(lotse.VocabModes, o.Mode)
	if o.Location.City != "" {
		meta += " · " + o.Location.City
	}
	for _, c := range rep.Centres {
		if c != nil && c.Slug == o.Centre {
			meta += " · " + c.Name
			break
		}
	}
	w.need(styleBody.leading + styleSmall.leading)
	w.bullet("–", o.Title, styleBody, pdfMarginX+16, 10, 0)
	w.para(meta, styleSmall, pdfMarginX+26, 4)
}

func (rep *Report) centre(w *pdfWriter, c *lotse.Centre, note string) {
	w.need(styleBold.leading + styleSmall.leading)
	w.para(c.Name, styleBold, pdfMarginX, 0)
	if c.Website != "" {
		note += " · " + c.Website
	}
	w.para(note, styleSmall, pdfMarginX, 5)
}

// table sets a table with a bold head row that is repeated on every page it
// spans. Cells wrap within their column.
func (w *pdfWriter) table(head []string, cols []float64, rows [][]string) {
	const pad = 4
	st := styleBody
	drawRow := func(cells []string, st textStyle, shade bool) {
		lines := make([][][]byte, len(cells))
		n := 1
		for i, c := range cells {
			if i < len(cols) {
				lines[i] = wrap(c, st.font, st.size, cols[i]-2*pad)
				n = max(n, len(lines[i]))
			}
		}
		h := float64(n)*st.leading + 2*pad
		w.need(h)
		if shade {
			bg := pdfBlue.tint(0.08)
			w.polygon([][2]float64{{pdfMarginX, w.y}, {pdfMarginX + pdfTextW, w.y}, {pdfMarginX + pdfTextW, w.y - h}, {pdfMarginX, w.y - h}}, bg, 0, "", &bg)
		}
		x := pdfMarginX
		for i, ls := range lines {
			for j, l := range ls {
				base := w.y - pad - float64(j+1)*st.leading + (st.leading-st.size)/2 + 0.2*st.size
				w.text(x+pad, base, st.font, st.size, st.color, l)
			}
			x += cols[i]
		}
		w.y -= h
		w.rule(pdfRule, 0.5)
	}
	head1 := func() { drawRow(head, styleBold, true) }
	w.need(2 * (st.leading + 2*pad))
	head1()
	w.onBreak = head1
	for _, r := range rows {
		drawRow(r, st, false)
	}
	w.onBreak = nil
}

var weekdays = [...]string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"}
var months = [...]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}

// longDate formats like "Donnerstag, 3. Dezember 2026" in German time.
func longDate(t time.Time) string {
	if t.IsZero() {
		return "–"
	}
	t = t.In(lotse.Berlin)
	return fmt.Sprintf("%s, %d. %s %d", weekdays[t.Weekday()], t.Day(), months[t.Month()-1], t.Year())
}

// offerWhen formats an event's date like "Do, 03.12.2026, 16:00–16:30 Uhr".
func offerWhen(start, end time.Time) string {
	start = start.In(lotse.Berlin)
	s := fmt.Sprintf("%s, %02d.%02d.%d, %s", weekdays[start.Weekday()][:2], start.Day(), start.Month(), start.Year(), start.Format("15:04"))
	end = end.In(lotse.Berlin)
	if !end.After(start) {
		return s + " Uhr"
	}
	if end.YearDay() == start.YearDay() && end.Year() == start.Year() {
		return s + "–" + end.Format("15:04") + " Uhr"
	}
	return s + " Uhr bis " + fmt.Sprintf("%02d.%02d.%d, %s Uhr", end.Day(), end.Month(), end.Year(), end.Format("15:04"))
}

// pdfDate formats t as a PDF date string, or "" for the zero time.
func pdfDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return "D:" + t.UTC().Format("20060102150405") + "Z"
}
