package readiness

import (
	"fmt"
	"strconv"
	"strings"
)

// Explanation is the German text of the page that explains the scoring. It
// is built from the questionnaire data, so that levels, weights and the DMA
// mapping shown are always the ones used.
type Explanation struct {
	Title    string    `json:"title"`
	Intro    string    `json:"intro"`
	Sections []Section `json:"sections"`
}

// Section is one headed part of the explanation; Table may be nil.
type Section struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	Paragraphs []string `json:"paragraphs"`
	Table      *Table   `json:"table,omitempty"`
}

// Table is a simple table with a caption and a header row. Lang gives the
// language of a column's cells when it is not German ("en"), else "".
type Table struct {
	Caption string     `json:"caption"`
	Head    []string   `json:"head"`
	Rows    [][]string `json:"rows"`
	Lang    []string   `json:"lang,omitempty"`
}

// Explain returns the explanation of how q is scored.
func (q *Questionnaire) Explain() Explanation {
	scored, gates, top := 0, 0, 0
	for _, qu := range q.Questions {
		top = max(top, qu.maxPoints())
		if qu.Gate {
			gates++
		} else {
			scored++
		}
	}
	ex := Explanation{
		Title: "So rechnet der KI-Readiness-Check",
		Intro: fmt.Sprintf("Der KI-Readiness-Check (Fragebogen %s) stellt %d Fragen in %d Bereichen. "+
			"Daraus berechnen wir, wie gut Ihr Betrieb auf den Einsatz Künstlicher Intelligenz vorbereitet ist. "+
			"Die Rechnung ist einfach und vollständig offen: Auf dieser Seite steht alles, was in Ihr Ergebnis einfließt.",
			q.Version, scored+gates, len(q.Dimensions)),
	}

	ex.Sections = append(ex.Sections, Section{
		ID: "antworten", Title: "Punkte für jede Antwort",
		Paragraphs: []string{
			fmt.Sprintf("Jede Antwort bringt zwischen 0 und %d Punkten: je weiter Ihr Betrieb bei einer Frage ist, desto mehr. Welche Antwort wie viele Punkte bringt, steht im Fragebogen selbst und ist für alle Betriebe gleich.", top),
			"„Weiß nicht“ zählt mit 0 Punkten, denn was man nicht weiß, kann man auch nicht nutzen – etwa eine Datensicherung, von der niemand weiß, ob es sie gibt. Fragen, die Sie offen lassen, zählen wie „Weiß nicht“. Im Ergebnis weisen wir darauf hin, wenn in einem Bereich mindestens ein Drittel der Antworten „Weiß nicht“ war: Der Wert ist dann eher zu niedrig als zu hoch, und es lohnt sich, die offenen Fragen zu klären.",
			fmt.Sprintf("„Für uns nicht relevant“ ist eine gültige Antwort und keine Lücke: Die Frage fällt dann ganz aus der Rechnung heraus. %d Fragen fragen nur, ob ein Thema für Sie überhaupt eine Rolle spielt, etwa ob Sie Maschinen haben, die Daten liefern. Sie bringen selbst keine Punkte; antworten Sie dort „nicht relevant“, zählt auch die Frage danach nicht.", gates),
		},
	})

	ex.Sections = append(ex.Sections, Section{
		ID: "bereiche", Title: "Werte von 0 bis 100 je Bereich",
		Paragraphs: []string{
			"Für jeden Bereich zählen wir die erreichten Punkte und teilen sie durch die Punkte, die bei den zählenden Fragen möglich gewesen wären. Das Ergebnis ist ein Wert von 0 bis 100. Sind in einem Bereich alle Fragen für Sie nicht relevant, bewerten wir ihn nicht.",
		},
	})

	lv := &Table{Caption: "Stufen", Head: []string{"Stufe", "Werte", "Bedeutung"}}
	for _, l := range q.Levels {
		lv.Rows = append(lv.Rows, []string{l.Title, fmt.Sprintf("%d bis %d", l.Min, l.Max), l.Text})
	}
	ex.Sections = append(ex.Sections, Section{
		ID: "stufen", Title: "Stufen",
		Paragraphs: []string{"Jeder Wert fällt in eine von vier Stufen. Für jeden Bereich und jede Stufe erklärt Ihr Ergebnis in einem Absatz, was die Stufe für Ihren Betrieb bedeutet. Die Grenzen sind dieselben wie im Reifegradmodell der EU (siehe unten)."},
		Table:      lv,
	})

	wt := &Table{Caption: "Bereiche und ihr Gewicht", Head: []string{"Bereich", "Worum es geht", "Fragen", "Gewicht"}}
	for _, d := range q.Dimensions {
		n := 0
		for _, qu := range q.QuestionsOf(d.ID) {
			if !qu.Gate {
				n++
			}
		}
		wt.Rows = append(wt.Rows, []string{d.Title, d.Description, strconv.Itoa(n), strconv.Itoa(d.Weight)})
	}
	ex.Sections = append(ex.Sections, Section{
		ID: "gesamt", Title: "Gesamtwert und Gewichte",
		Paragraphs: []string{
			"Der Gesamtwert ist der gewichtete Durchschnitt der bewerteten Bereiche. Die Daten zählen am meisten, denn ohne digitale, gepflegte und erreichbare Daten kann keine KI für Ihren Betrieb arbeiten. Nicht bewertete Bereiche zählen nicht mit.",
		},
		Table: wt,
	})

	ex.Sections = append(ex.Sections, Section{
		ID: "prioritaeten", Title: "Ihre drei Prioritäten",
		Paragraphs: []string{
			fmt.Sprintf("Für die Prioritäten nehmen wir für jeden bewerteten Bereich den Abstand zu 100 und multiplizieren ihn mit dem Gewicht des Bereichs. Die %d Bereiche mit dem größten Ergebnis sind Ihre Prioritäten. So kommt ein schwacher Datenbereich vor einem ebenso schwachen Bereich mit kleinerem Gewicht.", PriorityCount),
			fmt.Sprintf("Die nächsten Schritte stammen aus Ihren schwächsten Antworten im jeweiligen Bereich, höchstens %d je Priorität. Haben Sie dort „Weiß nicht“ geantwortet, ist der erste Schritt, das zu klären.", StepsPerPriority),
			fmt.Sprintf("Zu jeder Priorität zeigen wir bis zu %d kostenlose Angebote des Netzwerks Mittelstand-Digital, die zum Thema passen: Veranstaltungen mit einem Termin in den nächsten %d Tagen und Material ohne Termin, online oder vor Ort in Ihrem Bundesland, für Ihre Branche oder für alle Betriebe. Kein Angebot erscheint zweimal.", OffersPerPriority, int(OfferHorizon.Hours()/24)),
			"Dazu nennen wir das regionale Mittelstand-Digital Zentrum in Ihrem Bundesland (gibt es dort keines, das nächstgelegene) und thematische Zentren, die zu Ihren Prioritäten und Ihrer Branche passen, zum Beispiel das Zentrum für das Handwerk.",
		},
	})

	ex.Sections = append(ex.Sections, Section{
		ID: "vergleich", Title: "Vergleich mit ähnlichen Betrieben",
		Paragraphs: []string{
			fmt.Sprintf("Verglichen wird nur mit Betrieben derselben Größe und Branche, die denselben Fragebogen ausgefüllt haben, und nur, wenn es mindestens %d solche Ergebnisse gibt. Sonst sagen wir, dass ein Vergleich noch nicht möglich ist. So bleibt der Vergleich aussagekräftig, und kein einzelner Betrieb lässt sich herauslesen.", MinComparable),
			"Wir zeigen den Median, also den mittleren Wert der ähnlichen Betriebe, und welcher Anteil von ihnen unter Ihrem Wert liegt.",
		},
	})

	dt := &Table{Caption: "Bereiche des EU-Reifegradmodells", Head: []string{"Bereich", "Englisch", "Fragen", "aus unseren Bereichen"}, Lang: []string{"", "en", "", ""}}
	for _, m := range DMADimensions {
		n := 0
		from := map[string]int{}
		for _, qu := range q.Questions {
			if qu.mapsTo(m.ID) {
				n++
				from[qu.Dimension]++
			}
		}
		var parts []string
		for _, d := range q.Dimensions {
			if from[d.ID] > 0 {
				parts = append(parts, fmt.Sprintf("%s (%d)", d.Title, from[d.ID]))
			}
		}
		dt.Rows = append(dt.Rows, []string{m.Label, m.Name, strconv.Itoa(n), strings.Join(parts, ", ")})
	}
	var bands []string
	for _, b := range DMABands {
		bands = append(bands, fmt.Sprintf("%s („%s“) %d bis %d", b.Label, b.Name, b.Min, b.Max))
	}
	ex.Sections = append(ex.Sections, Section{
		ID: "eu", Title: "Vergleichbar mit dem EU-Reifegradmodell",
		Paragraphs: []string{
			"Die Europäischen Digital Innovation Hubs messen den digitalen Reifegrad von Unternehmen mit dem Digital Maturity Assessment (DMA) in sechs Bereichen. Damit Ihr Ergebnis auch dort vergleichbar ist, rechnen wir Ihre Antworten zusätzlich in diese sechs Bereiche um: Jede Frage ist einem oder mehreren Bereichen zugeordnet, und der Wert eines Bereichs ist wie oben der Anteil der erreichten Punkte. Der Gesamtwert ist der Durchschnitt der sechs Bereiche.",
			"Die Stufen des EU-Modells sind: " + strings.Join(bands, ", ") + ".",
			"Weil wir andere Fragen stellen als der Fragebogen der EU, ist die Umrechnung eine Annäherung. Sie zeigt, wo Ihr Betrieb etwa stehen würde.",
		},
		Table: dt,
	})

	ex.Sections = append(ex.Sections, Section{
		ID: "datenschutz", Title: "Ihre Daten",
		Paragraphs: []string{
			"Wir fragen weder nach Ihrem Namen noch nach Ihrer E-Mail-Adresse. Ihr Ergebnis speichern wir unter einem zufälligen, nicht zu erratenden Link, den nur Sie kennen. Über diesen Link können Sie das Ergebnis jederzeit löschen oder den Check wiederholen und Ihren Fortschritt sehen. Für Vergleiche und Statistiken werden nur zusammengefasste Werte verwendet, nie einzelne Antworten.",
			"Ihr Ergebnis behält die Version des Fragebogens, mit der es berechnet wurde. Ändern wir den Fragebogen, bleibt Ihr Ergebnis unverändert.",
		},
	})
	return ex
}
