package datacheck

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"
)

//go:embed report.html
var reportHTML string

var reportTmpl = template.Must(template.New("report").Funcs(template.FuncMap{
	"typeLabel":     TypeLabel,
	"severityLabel": SeverityLabel,
	"piiLabel":      PIILabel,
	"num":           func(n int64) string { return fmtNum(float64(n)) },
	"val":           fmtAny,
	"pct":           pct,
	"bars":          bars,
	"quantile":      func(c Column, k string) string { return fmtNum(c.Quantiles[k]) },
	"missingWidth":  func(n, d int64) float64 { return 300 * float64(n) / float64(d) },
	"scale":         func(w float64) float64 { return 3 * w },
	"rowY":          func(i int) int { return i * 18 },
	"chartHeight":   func(n int) int { return n*18 + 4 },
}).Parse(reportHTML))

// WriteHTML writes the reports as one self-contained HTML page (no scripts,
// no external files), fit to be saved and passed on.
func WriteHTML(w io.Writer, reports []*Report) error {
	return reportTmpl.Execute(w, reports)
}

func fmtAny(v any) string {
	switch x := v.(type) {
	case float64:
		return fmtExact(x)
	case *float64:
		if x == nil {
			return ""
		}
		return fmtNum(*x)
	case string:
		// "2025-12-31" and "2025-12-31T08:15:00" in German notation
		if len(x) >= 10 && x[4] == '-' && x[7] == '-' {
			d := x[8:10] + "." + x[5:7] + "." + x[:4]
			if len(x) == 19 && x[10] == 'T' {
				d += " " + x[11:]
			}
			return d
		}
		return x
	case nil:
		return ""
	}
	return fmt.Sprint(v)
}

// Shape says how large the table is, in German: "1.234 Datenzeilen, 5 Spalten".
func (r *Report) Shape() string {
	return count(r.Rows, "Datenzeile", "Datenzeilen") + ", " + count(int64(len(r.Columns)), "Spalte", "Spalten")
}

// Format says how the data was read, in German: "Kodierung utf-8 ·
// Trennzeichen Semikolon (;)", or "Excel-Arbeitsblatt" for a sheet of a
// workbook.
func (r *Report) Format() string {
	if r.Sheet != "" {
		return "Excel-Arbeitsblatt"
	}
	d := map[string]string{"\t": "Tabulator", ";": "Semikolon (;)", ",": "Komma (,)", "|": "senkrechter Strich (|)"}[r.Delimiter]
	if d == "" {
		d = "„" + r.Delimiter + "“"
	}
	return "Kodierung " + r.Encoding + " · Trennzeichen " + d
}

// bar is one bar of a small horizontal bar chart.
type bar struct {
	Label string
	Count int64
	Width float64 // 0–100, share of the largest bar
	Y     int
}

// bars prepares a column's chart: its histogram, or else its most frequent values.
func bars(c Column) []bar {
	var out []bar
	var top int64
	if len(c.Histogram) > 0 {
		for _, b := range c.Histogram {
			out = append(out, bar{Label: b.Label, Count: b.Count})
		}
	} else {
		for _, v := range c.TopValues {
			label := v.Value
			if r := []rune(label); len(r) > 28 {
				label = string(r[:27]) + "…"
			}
			out = append(out, bar{Label: strings.TrimSpace(label), Count: v.Count})
		}
	}
	for _, b := range out {
		top = max(top, b.Count)
	}
	for i := range out {
		if top > 0 {
			out[i].Width = 100 * float64(out[i].Count) / float64(top)
		}
		out[i].Y = i * 18
	}
	return out
}
