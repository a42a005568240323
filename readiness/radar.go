package readiness

import (
	"fmt"
	"html"
	"math"
	"strings"
)

// Series is one line of a radar chart: a value 0–100 per axis. A negative
// value marks an axis that was not rated; it is drawn at the centre and
// named as such in the text.
type Series struct {
	Name   string
	Values []int
}

// Radar is a radar chart, laid out and ready for SVG or for a template.
type Radar struct {
	ID     string // prefix of the element IDs inside the SVG
	Width  int
	Height int
	Centre RadarPoint // where the spokes start
	Axes   []RadarAxis
	Rings  []RadarRing
	Series []RadarPolygon
	Text   string // German text alternative naming every value
}

// RadarAxis is a spoke from the centre to the value 100, with its label.
type RadarAxis struct {
	Label          string
	X, Y           float64 // end of the spoke
	LabelX, LabelY float64
	Anchor         string // SVG text-anchor: start, middle or end
}

// RadarPoint is a point of the chart, in the coordinates of the SVG
// viewBox (y grows downwards).
type RadarPoint struct{ X, Y float64 }

// RadarRing is a grid polygon at Value (25, 50, 75, 100).
type RadarRing struct {
	Value    int
	Points   string
	Vertices []RadarPoint // the same points as numbers, for other renderers
	LabelX   float64
	LabelY   float64
}

// RadarPolygon is one series laid out.
type RadarPolygon struct {
	Name     string
	Class    string // radar-series-0, radar-series-1, …
	Points   string
	Vertices []RadarPoint
	Stroke   string
	Fill     string // "none" or a colour drawn at low opacity
	Dash     string // SVG stroke-dasharray, or ""
	Values   []int
}

const (
	radarW, radarH = 560, 420
	radarCX        = 280.0
	radarCY        = 200.0
	radarR         = 140.0
	radarLegend    = 28 // extra height for a legend
)

// Styles of the series in order; drawn with attributes, so that the chart
// looks right standalone and in print, and with classes for style sheets.
var radarStyles = []struct{ stroke, fill, dash string }{
	{"#1d5fa8", "#1d5fa8", ""},
	{"#8a4b08", "none", "6 4"},
	{"#2e6b30", "none", "2 3"},
}

// NewRadar lays out a radar chart with one axis per label, clockwise from
// the top.
func NewRadar(labels []string, series ...Series) Radar {
	r := Radar{ID: "radar", Width: radarW, Height: radarH, Centre: RadarPoint{radarCX, radarCY}}
	if len(series) > 1 {
		r.Height += radarLegend
	}
	n := len(labels)
	at := func(i int, v float64) (float64, float64) {
		a := -math.Pi/2 + 2*math.Pi*float64(i)/float64(max(n, 1))
		return radarCX + v*radarR/100*math.Cos(a), radarCY + v*radarR/100*math.Sin(a)
	}
	points := func(vals []int) (string, []RadarPoint) {
		var b strings.Builder
		vs := make([]RadarPoint, n)
		for i := range n {
			v := 0
			if i < len(vals) {
				v = min(max(vals[i], 0), 100)
			}
			x, y := at(i, float64(v))
			vs[i] = RadarPoint{x, y}
			if i > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%.1f,%.1f", x, y)
		}
		return b.String(), vs
	}
	for _, v := range []int{25, 50, 75, 100} {
		vals := make([]int, n)
		for i := range vals {
			vals[i] = v
		}
		pts, vs := points(vals)
		r.Rings = append(r.Rings, RadarRing{Value: v, Points: pts, Vertices: vs, LabelX: radarCX + 3, LabelY: radarCY - float64(v)*radarR/100 - 2})
	}
	for i, l := range labels {
		x, y := at(i, 100)
		lx, ly := at(i, 100+14*100/radarR)
		anchor := "middle"
		switch {
		case lx > radarCX+1:
			anchor = "start"
		case lx < radarCX-1:
			anchor = "end"
		}
		if ly > radarCY+1 {
			ly += 10 // below the chart: drop under the spoke's end
		} else if math.Abs(ly-radarCY) <= 1 {
			ly += 4
		}
		r.Axes = append(r.Axes, RadarAxis{Label: l, X: x, Y: y, LabelX: lx, LabelY: ly, Anchor: anchor})
	}
	for i, s := range series {
		st := radarStyles[i%len(radarStyles)]
		pts, vs := points(s.Values)
		r.Series = append(r.Series, RadarPolygon{
			Name: s.Name, Class: fmt.Sprintf("radar-series-%d", i), Points: pts, Vertices: vs,
			Stroke: st.stroke, Fill: st.fill, Dash: st.dash, Values: s.Values,
		})
	}
	r.Text = radarText(labels, series)
	return r
}

// RadarFor draws the result's dimensions, and the earlier result's when one
// is given (for a re-check).
func RadarFor(now, earlier *Result) Radar {
	labels := make([]string, len(now.Dimensions))
	cur := Series{Name: "Ihr Ergebnis", Values: make([]int, len(now.Dimensions))}
	prev := Series{Name: "Vorheriger Check", Values: make([]int, len(now.Dimensions))}
	for i, d := range now.Dimensions {
		labels[i] = d.Short
		cur.Values[i] = d.Score
		if !d.Rated {
			cur.Values[i] = -1
		}
		prev.Values[i] = -1
		if earlier != nil {
			if e := earlier.Dimension(d.ID); e != nil && e.Rated {
				prev.Values[i] = e.Score
			}
		}
	}
	if earlier == nil {
		return NewRadar(labels, cur)
	}
	return NewRadar(labels, cur, prev)
}

func radarText(labels []string, series []Series) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Netzdiagramm mit %d Bereichen, jeweils 0 bis 100 Punkte", len(labels))
	if len(series) > 1 {
		names := make([]string, len(series))
		for i, s := range series {
			names[i] = s.Name
		}
		fmt.Fprintf(&b, "; Werte in der Reihenfolge %s", strings.Join(names, ", "))
	}
	b.WriteString(". ")
	for i, l := range labels {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(l)
		b.WriteString(": ")
		for j, s := range series {
			if j > 0 {
				b.WriteString(", ")
			}
			if i < len(s.Values) && s.Values[i] >= 0 {
				fmt.Fprintf(&b, "%d", s.Values[i])
			} else {
				b.WriteString("nicht bewertet")
			}
		}
	}
	b.WriteString(".")
	return b.String()
}

// SVG renders r as an inline SVG element with a title and the text
// alternative as its description.
func (r Radar) SVG() string {
	e := html.EscapeString
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" class="radar" role="img" aria-labelledby="%s-title %s-desc">`+"\n", r.Width, r.Height, e(r.ID), e(r.ID))
	fmt.Fprintf(&b, `<title id="%s-title">KI-Readiness nach Bereichen</title>`+"\n", e(r.ID))
	fmt.Fprintf(&b, `<desc id="%s-desc">%s</desc>`+"\n", e(r.ID), e(r.Text))
	b.WriteString(`<g class="radar-grid" fill="none" stroke="#b8b8b8" stroke-width="1">` + "\n")
	for _, ring := range r.Rings {
		fmt.Fprintf(&b, `<polygon points="%s"/>`+"\n", ring.Points)
	}
	for _, a := range r.Axes {
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/>`+"\n", radarCX, radarCY, a.X, a.Y)
	}
	b.WriteString("</g>\n")
	b.WriteString(`<g class="radar-scale" font-family="sans-serif" font-size="10" fill="#555555" aria-hidden="true">` + "\n")
	for _, ring := range r.Rings {
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f">%d</text>`+"\n", ring.LabelX, ring.LabelY, ring.Value)
	}
	b.WriteString("</g>\n")
	for _, s := range r.Series {
		fill := `fill="none"`
		if s.Fill != "none" {
			fill = fmt.Sprintf(`fill="%s" fill-opacity="0.2"`, e(s.Fill))
		}
		dash := ""
		if s.Dash != "" {
			dash = fmt.Sprintf(` stroke-dasharray="%s"`, e(s.Dash))
		}
		fmt.Fprintf(&b, `<polygon class="%s" points="%s" %s stroke="%s" stroke-width="2.5"%s stroke-linejoin="round"/>`+"\n", e(s.Class), s.Points, fill, e(s.Stroke), dash)
	}
	b.WriteString(`<g class="radar-labels" font-family="sans-serif" font-size="13" fill="#1a1a1a">` + "\n")
	for _, a := range r.Axes {
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="%s">%s</text>`+"\n", a.LabelX, a.LabelY, a.Anchor, e(a.Label))
	}
	b.WriteString("</g>\n")
	if len(r.Series) > 1 {
		b.WriteString(`<g class="radar-legend" font-family="sans-serif" font-size="13" fill="#1a1a1a">` + "\n")
		x := 20.0
		y := float64(r.Height) - 14
		for _, s := range r.Series {
			dash := ""
			if s.Dash != "" {
				dash = fmt.Sprintf(` stroke-dasharray="%s"`, e(s.Dash))
			}
			fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="2.5"%s/>`+"\n", x, y-4, x+28, y-4, e(s.Stroke), dash)
			fmt.Fprintf(&b, `<text x="%.1f" y="%.1f">%s</text>`+"\n", x+34, y, e(s.Name))
			x += 34 + 8*float64(len([]rune(s.Name))) + 24
		}
		b.WriteString("</g>\n")
	}
	b.WriteString("</svg>\n")
	return b.String()
}
