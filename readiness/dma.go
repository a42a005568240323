package readiness

// The EU Digital Maturity Assessment (DMA) of the European Digital Innovation
// Hubs scores six dimensions 0–100; the overall score is their mean. We derive
// the six from our own answers through the "dma" field of each question: a
// dimension's score is the share of points reached over the counted questions
// mapped to it. DMA.md documents the mapping.

// DMADimension is one dimension of the EU DMA: its ID (a JSON key), the
// English name the EU hubs use and a German label.
type DMADimension struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Label string `json:"label"`
}

// DMADimensions are the six DMA dimensions in the EU's order.
var DMADimensions = []DMADimension{
	{"digital_business_strategy", "Digital business strategy", "Digitale Geschäftsstrategie"},
	{"digital_readiness", "Digital readiness", "Digitale Bereitschaft"},
	{"human_centric_digitalisation", "Human-centric digitalisation", "Menschenzentrierte Digitalisierung"},
	{"data_management", "Data management and connectedness", "Datenmanagement und Vernetzung"},
	{"automation_ai", "Automation and artificial intelligence", "Automatisierung und KI"},
	{"green_digitalisation", "Green digitalisation", "Grüne Digitalisierung"},
}

// DMABand is a band of the DMA overall score. Min and Max are inclusive.
type DMABand struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Label string `json:"label"`
	Min   int    `json:"min"`
	Max   int    `json:"max"`
}

// DMABands are the four maturity bands of the EU DMA.
var DMABands = []DMABand{
	{"basic", "Basic", "Grundlegend", 0, 25},
	{"average", "Average", "Durchschnittlich", 26, 50},
	{"moderately_advanced", "Moderately advanced", "Mäßig fortgeschritten", 51, 75},
	{"advanced", "Advanced", "Fortgeschritten", 76, 100},
}

// DMA is the result on the EU Digital Maturity Assessment scale.
type DMA struct {
	Dimensions map[string]int `json:"dimensions"` // DMADimension ID → 0–100
	Overall    int            `json:"overall"`    // mean of the six, rounded
	Band       string         `json:"band"`       // DMABand ID of Overall
}

// DMAScore is one row of a DMA result, for display.
type DMAScore struct {
	DMADimension
	Score int `json:"score"`
}

// Rows returns the six dimensions with their scores in the EU's order.
func (d DMA) Rows() []DMAScore {
	rows := make([]DMAScore, len(DMADimensions))
	for i, dim := range DMADimensions {
		rows[i] = DMAScore{dim, d.Dimensions[dim.ID]}
	}
	return rows
}

// BandOf returns the band of the score.
func BandOf(score int) DMABand {
	for _, b := range DMABands {
		if score <= b.Max {
			return b
		}
	}
	return DMABands[len(DMABands)-1]
}

// BandInfo returns the band of d.
func (d DMA) BandInfo() DMABand { return BandOf(d.Overall) }

func isDMADimension(id string) bool {
	for _, d := range DMADimensions {
		if d.ID == id {
			return true
		}
	}
	return false
}

// scoreDMA computes the DMA. points reports for a question the points reached,
// the points possible and whether the question counts at all.
func scoreDMA(q *Questionnaire, points func(*Question) (got, possible int, counts bool)) DMA {
	got := make(map[string]int)
	possible := make(map[string]int)
	for i := range q.Questions {
		qu := &q.Questions[i]
		p, m, ok := points(qu)
		if !ok {
			continue
		}
		for _, id := range qu.DMA {
			got[id] += p
			possible[id] += m
		}
	}
	d := DMA{Dimensions: make(map[string]int, len(DMADimensions))}
	sum := 0
	for _, dim := range DMADimensions {
		s := percent(got[dim.ID], possible[dim.ID])
		d.Dimensions[dim.ID] = s
		sum += s
	}
	d.Overall = divRound(sum, len(DMADimensions))
	d.Band = BandOf(d.Overall).ID
	return d
}
