package datacheck

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

// pct formats n/d as a German percentage, e.g. "0,5 %".
func pct(n, d int64) string {
	if d == 0 {
		return "0 %"
	}
	p := 100 * float64(n) / float64(d)
	var s string
	switch {
	case p >= 10:
		s = fmt.Sprintf("%.0f", p)
	case p >= 0.1:
		s = fmt.Sprintf("%.1f", p)
	case p >= 0.01:
		s = fmt.Sprintf("%.2f", p)
	default:
		s = fmt.Sprintf("%.3f", p)
	}
	if strings.ContainsRune(s, '.') {
		s = strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
	}
	return strings.ReplaceAll(s, ".", ",") + " %"
}

// count writes n with the singular or plural noun, e.g. "1 Zeile", "3 Zeilen".
func count(n int64, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmtNum(float64(n)) + " " + many
}

func plural(n int64, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// whichLines is the subject of a sentence about n rows, the first of which
// are at lines: "Zeile 12 hat", "Die Zeilen 12, 40 und 41 haben",
// "9 Zeilen (z. B. Zeile 12, 40, 41, 57, 60) haben".
func whichLines(n int64, lines []int64, one, many string) string {
	if n == 1 && len(lines) == 1 {
		return fmt.Sprintf("Zeile %d %s", lines[0], one)
	}
	shown := make([]string, 0, 5)
	for _, l := range lines[:min(len(lines), 5)] {
		shown = append(shown, fmt.Sprint(l))
	}
	if int64(len(shown)) == n {
		return fmt.Sprintf("Die Zeilen %s und %s %s", strings.Join(shown[:n-1], ", "), shown[n-1], many)
	}
	return fmt.Sprintf("%s (z. B. Zeile %s) %s", count(n, "Zeile", "Zeilen"), strings.Join(shown, ", "), many)
}

func clampPoints(x float64, lo, hi int) int {
	return min(max(int(math.Round(x)), lo), hi)
}

func quote(s string) string { return "„" + s + "“" }

func examples(vs []string) string {
	if len(vs) == 0 {
		return ""
	}
	return " (z. B. " + quoteList(vs[:min(len(vs), 3)]) + ")"
}

// quoteList quotes the strings and joins them with commas.
func quoteList(vs []string) string {
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = quote(v)
	}
	return strings.Join(q, ", ")
}

// lineStarts quotes the first two of the non-empty first values of lines
// skipped before or after a table, shortened, as " („Umsatzanzeige“,
// „Kontostand“)"; "" if there are none.
func lineStarts(firsts []string) string {
	var shown []string
	for _, e := range firsts {
		if e == "" {
			continue
		}
		if r := []rune(e); len(r) > 40 {
			e = string(r[:40]) + "…"
		}
		if shown = append(shown, e); len(shown) == 2 {
			break
		}
	}
	if shown == nil {
		return ""
	}
	return " (" + quoteList(shown) + ")"
}

func germanDate(d int32) string {
	y, m, dd := civilFromDays(d)
	return fmt.Sprintf("%02d.%02d.%04d", dd, m, y)
}

var piiWords = map[string]string{
	"email":     "E-Mail-Adressen",
	"phone":     "Telefonnummern",
	"iban":      "Bankverbindungen (IBAN)",
	"name":      "Namen von Personen",
	"address":   "Anschriften",
	"birthdate": "Geburtsdaten",
}

// identifierWords say what a column holds that marks a person as directly
// as a name does.
var identifierWords = map[hint]string{
	hintTaxID:   "Steuer-Identifikations- oder Steuernummern, die eine Person so eindeutig bestimmen wie ihr Name",
	hintSocial:  "Sozialversicherungsnummern, die eine Person eindeutig bestimmen und ihr Geburtsdatum enthalten",
	hintInsured: "Krankenversichertennummern, die eine Person so eindeutig bestimmen wie ihr Name",
	hintPlate:   "Kfz-Kennzeichen, über die sich die Halter der Fahrzeuge bestimmen lassen",
	hintUser:    "Benutzernamen, die meist aus dem Namen einer Person gebildet sind und sie bestimmen",
}

// totalWords begin the labels of rows of totals.
var totalWords = map[string]bool{"summe": true, "summen": true, "gesamt": true, "gesamtsumme": true, "zwischensumme": true,
	"endsumme": true, "gesamtbetrag": true, "total": true, "totals": true, "subtotal": true, "σ": true}

// totalsLabel reports whether s labels a row of totals, its first word
// being one of totalWords ("Summe", "Gesamt:", "Total EUR"), and whether
// each of its words is one, or a currency ("Summe gesamt", "Gesamt EUR").
func totalsLabel(s string) (ok, only bool) {
	words := strings.Fields(strings.ToLower(s))
	only = true
	for i, w := range words {
		w = strings.TrimRight(w, ":")
		total := totalWords[w]
		if i == 0 && !total {
			return false, false
		}
		only = only && (total || w == "eur" || w == "€" || w == "euro")
	}
	return len(words) > 0, only
}

// footerTotals returns how many of the records after a table, of which
// firsts holds the first values (see tableEnd), are rows of totals: 0
// unless all of them are, records of empty fields aside.
func footerTotals(firsts []string) int64 {
	var n int64
	for _, f := range firsts {
		if f == "" {
			continue
		}
		if ok, _ := totalsLabel(f); !ok {
			return 0
		}
		n++
	}
	return n
}

// totalsRow looks for the label of a row of totals, as spreadsheets have
// below a table: "Summe", "Gesamt:", "Total EUR" among the texts of a
// column of numbers or dates, or among the rarer known values of a text
// column.
func totalsRow(rep *Report) (col, label string, ok bool) {
	for _, c := range rep.Columns {
		s := c.stats
		if s == nil {
			continue
		}
		texts := s.badEx[kText]
		if c.Type == TypeText && !s.table.full {
			texts = nil
			for _, sl := range s.table.slots {
				// a label of a few rows, not a frequent category
				if t, ok := s.table.text(sl.str); ok && sl.key != 0 && (sl.count <= 2 || int64(sl.count)*20 <= rep.Rows) {
					texts = append(texts, t)
				}
			}
		}
		for _, t := range texts {
			if ok, _ := totalsLabel(t); ok {
				return c.Name, t, true
			}
		}
	}
	return "", "", false
}

// rowsIdentify reports whether a table's rows tell records apart, so that a
// repeated row is a duplicate record rather than a repeated value: the table
// has three or more columns, or a column whose values mostly differ (numbers,
// names, e-mail addresses). In a list of quantities or of categories, or in
// pairs like article and amount, values repeat by nature.
func rowsIdentify(rep *Report) bool {
	if len(rep.Columns) >= 3 {
		return true
	}
	for _, c := range rep.Columns {
		if c.Distinct*2 > rep.Rows {
			return true
		}
	}
	return false
}

// analyse finds the issues of a report and computes its score.
func analyse(rep *Report, now time.Time) {
	var issues []Issue
	add := func(is Issue) { issues = append(issues, is) }
	rows := rep.Rows
	today := daysFromCivil(now.Year(), int(now.Month()), now.Day())

	if rep.MalformedRows > 0 {
		sev := SeverityMedium
		if rep.MalformedRows*100 > rows {
			sev = SeverityHigh
		}
		// too few fields or too many: "eine andere Zahl" fits both
		add(Issue{Code: "malformed_rows", Severity: sev,
			Title: fmt.Sprintf("Fehlerhafte Zeilen (%s)", pct(rep.MalformedRows, rows)),
			Message: fmt.Sprintf("%s eine andere Zahl von Feldern als die Kopfzeile (%d) oder ein Anführungszeichen, das nicht geschlossen wird. "+
				"Prüfen Sie Trennzeichen und Anführungszeichen im Export: in solchen Zeilen rutschen Werte in falsche Spalten.",
				whichLines(rep.MalformedRows, rep.MalformedLines, "hat", "haben"), len(rep.Columns)),
			Points: clampPoints(1000*float64(rep.MalformedRows)/float64(max(rows, 1)), 3, 20)})
	}
	if n := rep.RepeatedHeaders; n > 0 {
		title := "Kopfzeile wiederholt"
		if n > 1 {
			title = fmt.Sprintf("Kopfzeile %d-mal wiederholt", n)
		}
		add(Issue{Code: "repeated_header", Severity: SeverityMedium,
			Title: title,
			Message: fmt.Sprintf("%s die Kopfzeile – wohl wurden mehrere Exporte aneinandergehängt. Der Daten-Check hat sie übersprungen. "+
				"Löschen Sie sie und prüfen Sie, ob sich die Zeiträume der Exporte überschneiden: Importe und KI-Werkzeuge lesen solche Zeilen sonst als Daten, mit falschen Werten in jeder Spalte.",
				whichLines(n, rep.RepeatedHeaderLines, "wiederholt", "wiederholen")),
			Points: 3})
	}
	if n := rep.preambleLines; n == 1 && rep.datev != "" {
		// DATEV's own header line: it belongs to the format, and DATEV
		// needs it to import the file again
		add(Issue{Code: "datev_header", Severity: SeverityLow,
			Title: "DATEV-Kopfzeile",
			Message: fmt.Sprintf("Zeile %d ist die Kopfzeile des DATEV-Formats („%s“); der Daten-Check hat sie übersprungen und die Tabelle ab Zeile %d geprüft. "+
				"Lassen Sie sie stehen, wenn die Datei wieder in DATEV eingelesen werden soll; für KI-Werkzeuge und Tabellenprogramme lesen Sie die Datei ab Zeile %d ein (in pandas: skiprows=%d).",
				rep.HeaderLine-1, rep.datev, rep.HeaderLine, rep.HeaderLine, rep.HeaderLine-1)})
	} else if n > 0 {
		// "Die Zeile davor („…“) gehört", "Die 3 Leerzeilen davor gehören"
		noun := "Zeile"
		if len(rep.preamble) == 0 {
			noun = "Leerzeile"
		}
		what := "Die " + noun
		if n > 1 {
			what = fmt.Sprintf("Die %d %sn", n, noun)
		}
		add(Issue{Code: "preamble", Severity: SeverityLow,
			Title: "Text vor der Tabelle",
			Message: fmt.Sprintf("Die Tabelle beginnt erst in Zeile %d. %s davor%s %s nicht zu ihr; der Daten-Check hat sie übersprungen. "+
				"Löschen Sie sie oder exportieren Sie ohne Kopfbereich: Importe und KI-Werkzeuge erwarten die Spaltennamen in der ersten Zeile.",
				rep.HeaderLine, what, lineStarts(rep.preamble), plural(n, "gehört", "gehören")),
			Points: 2})
	}
	// a footer of rows of totals has a finding of its own, see below
	footerTotals := footerTotals(rep.footer)
	if n := int64(len(rep.footer)); n > 0 && footerTotals == 0 {
		// "steht eine Zeile („Alter Kontostand“)", "stehen 2 Zeilen (…)"
		what := stands(n, "Zeile", "Zeilen")
		add(Issue{Code: "footer", Severity: SeverityLow,
			Title: "Text nach der Tabelle",
			Message: fmt.Sprintf("Nach der Tabelle, ab Zeile %d, %s%s, die nicht zu ihr %s; der Daten-Check hat sie übersprungen. "+
				"Löschen Sie sie oder exportieren Sie ohne Fußbereich: Importe und KI-Werkzeuge lesen sie sonst als fehlerhafte Datenzeilen.",
				rep.footerLine, what, lineStarts(rep.footer), plural(n, "gehört", "gehören")),
			Points: 2})
	}
	if n := rep.EmptyRows; n > 0 {
		add(Issue{Code: "empty_rows", Severity: SeverityLow,
			Title: fmt.Sprintf("%s ohne Werte", count(n, "Zeile", "Zeilen")),
			Message: fmt.Sprintf("%s nur Trennzeichen und keinen einzigen Wert, wie Excel sie unter einer Tabelle speichert; der Daten-Check hat sie übersprungen. "+
				"Löschen Sie sie vor dem Export: Importe lesen sie sonst als leere Datensätze.",
				count(n, "Zeile enthält", "Zeilen enthalten")),
			Points: 1})
	}
	if rep.DuplicateRows > 0 && rowsIdentify(rep) {
		sev := SeverityLow
		if rep.DuplicateRows*100 > rows {
			sev = SeverityMedium
		}
		approx := ""
		if rep.DuplicatesEstimated {
			approx = "etwa "
		}
		add(Issue{Code: "duplicate_rows", Severity: sev,
			Title: fmt.Sprintf("Doppelte Zeilen (%s)", pct(rep.DuplicateRows, rows)),
			Message: fmt.Sprintf("%s%s (%s) %s eine frühere Zeile Wert für Wert. "+
				"Entfernen Sie die Dubletten, sonst zählen diese Vorgänge doppelt und ein KI-Modell lernt sie übergewichtet.",
				approx, count(rep.DuplicateRows, "Zeile", "Zeilen"), pct(rep.DuplicateRows, rows), plural(rep.DuplicateRows, "wiederholt", "wiederholen")),
			Points: clampPoints(500*float64(rep.DuplicateRows)/float64(max(rows, 1)), 2, 15)})
	}
	switch rep.Encoding {
	case "utf-8", "utf-8-bom":
	case "utf-16le", "utf-16be":
		// not old, but many imports and tools read only UTF-8
		add(Issue{Code: "legacy_encoding", Severity: SeverityLow,
			Title:   "Zeichenkodierung UTF-16",
			Message: "Die Datei ist in UTF-16 kodiert, wie Excel sie als „Unicode-Text“ speichert. Viele Importe und KI-Werkzeuge erwarten UTF-8; speichern Sie sie als „CSV UTF-8“.",
			Points:  1})
	default:
		add(Issue{Code: "legacy_encoding", Severity: SeverityLow,
			Title:   "Alte Zeichenkodierung",
			Message: "Die Datei ist nicht in UTF-8, sondern in " + rep.Encoding + " kodiert. Speichern Sie sie als „CSV UTF-8“, damit Umlaute in jedem Werkzeug richtig ankommen.",
			Points:  1})
	}
	if rep.framed {
		add(Issue{Code: "framed_list", Severity: SeverityLow,
			Title:   "Liste zum Ansehen statt Tabelle",
			Message: "Die Datei ist eine Liste zum Ansehen: jede Zeile zwischen senkrechten Strichen, Trennlinien aus Bindestrichen, die Werte mit Leerzeichen auf die Breite ihrer Spalte aufgefüllt, wie SAP Listen „unkonvertiert“ speichert. Der Daten-Check hat die Tabelle darin gelesen, Importe und KI-Werkzeuge lesen aber Striche und Leerzeichen mit. Exportieren Sie die Liste als Tabelle, in SAP etwa über Liste → Exportieren → Tabellenkalkulation.",
			Points:  2})
	}
	if rep.crOnly {
		add(Issue{Code: "cr_line_endings", Severity: SeverityLow,
			Title:   "Zeilenenden eines alten Mac",
			Message: "Die Zeilen der Datei enden nur mit einem Wagenrücklauf (CR), wie ältere Mac-Programme sie speichern. Der Daten-Check hat sie richtig getrennt, viele Importe und KI-Werkzeuge lesen so aber die ganze Datei als eine Zeile. Speichern Sie sie als „CSV UTF-8“.",
			Points:  1})
	}
	if n := rep.utf8InLatin1; n > 0 {
		add(Issue{Code: "invalid_encoding", Severity: SeverityMedium,
			Title: "Zwei Zeichenkodierungen in einer Datei",
			Message: fmt.Sprintf("Die Datei ist in %s kodiert, enthält aber auch %s in UTF-8 – wohl aus zusammengefügten Exporten. Der Daten-Check hat beide richtig gelesen, andere Programme zeigen einen Teil davon falsch an (etwa „Ã¼“ statt „ü“). Speichern Sie die Datei einheitlich als UTF-8 (in Excel: „CSV UTF-8“).",
				rep.Encoding, count(n, "Zeichen", "Zeichen")),
			Points: 3})
	}
	if n, cols, ex := encodingErrors(rep); n > 0 {
		why := "Die Datei mischt wohl zwei Zeichenkodierungen (z. B. UTF-8 und Windows-1252). Speichern Sie sie einheitlich als UTF-8"
		if rep.latin1Likely() {
			why = "Die Datei ist wohl in Windows-1252 kodiert, beginnt aber ohne Umlaute und wurde daher als UTF-8 gelesen. Speichern Sie sie als UTF-8"
		}
		sev := SeverityMedium
		if n*100 > rows {
			sev = SeverityHigh
		}
		add(Issue{Code: "invalid_encoding", Severity: sev, Columns: cols,
			Title: "Ungültige Zeichenkodierung in " + count(n, "Wert", "Werten"),
			Message: fmt.Sprintf("In %s %s stehen Zeichen, die kein gültiges UTF-8 sind, etwa in %s (hier als Windows-1252 gelesen). %s (in Excel: „CSV UTF-8“).",
				count(n, "Wert", "Werten"), columnList(cols), quoteList(ex), why),
			Points: clampPoints(1000*float64(n)/float64(max(rows, 1)), 3, 10)})
	}
	if col, v, ok := totalsRow(rep); ok && rows > 2 {
		add(Issue{Code: "totals_row", Severity: SeverityMedium, Columns: []string{col},
			Title: "Summenzeile in der Tabelle",
			Message: fmt.Sprintf("In Spalte %s steht %s: wohl eine Summen- oder Zwischensummenzeile. Entfernen Sie solche Zeilen vor der Weitergabe; "+
				"sie verfälschen jede Auswertung, und ein KI-Modell hält sie für einen weiteren Vorgang.", quote(col), quote(v)),
			Points: 3})
	} else if n := footerTotals; n > 0 {
		// "in Zeile 82 steht eine Summenzeile", "ab Zeile 82 stehen 2 Summenzeilen"
		where, what := "in", stands(n, "Summenzeile", "Summenzeilen")
		if len(rep.footer) > 1 {
			where = "ab"
		}
		add(Issue{Code: "totals_row", Severity: SeverityMedium,
			Title: "Summenzeile unter der Tabelle",
			Message: fmt.Sprintf("Unter der Tabelle, %s Zeile %d, %s%s; der Daten-Check hat sie übersprungen. Entfernen Sie sie vor der Weitergabe: "+
				"Importe und KI-Werkzeuge lesen sie sonst als weiteren Vorgang, und jede Auswertung zählt die Beträge doppelt.",
				where, rep.footerLine, what, lineStarts(rep.footer)),
			Points: 3})
	}
	seen := map[string]bool{}
	for _, c := range rep.Columns {
		if seen[c.Name] {
			add(Issue{Code: "duplicate_header", Severity: SeverityMedium, Columns: []string{c.Name},
				Title:   "Doppelter Spaltenname",
				Message: fmt.Sprintf("Der Spaltenname %s kommt mehrfach vor. Geben Sie jeder Spalte einen eindeutigen Namen.", quote(c.Name)),
				Points:  2})
		}
		seen[c.Name] = true
	}
	for _, same := range sameColumns(rep.Columns) {
		if rows < 20 {
			break // in a few rows two columns may agree by chance
		}
		names := nameList(same, 5, "weitere")
		others := "die anderen wiegen dieselbe Angabe mehrfach. Entfernen Sie sie"
		if len(same) == 2 {
			others = "die andere wiegt dieselbe Angabe doppelt. Entfernen Sie sie"
		}
		add(Issue{Code: "duplicate_columns", Severity: SeverityLow, Columns: same,
			Title: "Doppelte Spalten " + names,
			Message: fmt.Sprintf("Die Spalten %s enthalten in jeder Zeile dasselbe. Für ein KI-Modell genügt eine davon; %s, oder prüfen Sie, ob beim Export eine Spalte versehentlich doppelt gewählt wurde.",
				names, others),
			Points: 1})
	}
	switch {
	case rows == 0:
		add(Issue{Code: "no_rows", Severity: SeverityHigh,
			Title:   "Keine Datenzeilen",
			Message: "Die Tabelle hat nur eine Kopfzeile und keine Daten. Prüfen Sie, ob beim Export ein Filter gesetzt war oder das falsche Blatt gespeichert wurde.",
			Points:  100})
	case rows < 50:
		add(Issue{Code: "few_rows", Severity: SeverityLow,
			Title:   "Wenige Datenzeilen",
			Message: fmt.Sprintf("Die Tabelle hat nur %s. Für Auswertungen mit KI sind meist Hunderte bis Tausende Zeilen nötig; sammeln Sie mehr Daten oder führen Sie Exporte zusammen.", count(rows, "Datenzeile", "Datenzeilen")),
			Points:  5})
	}
	// The data are old when even the newest date of the table is, whatever
	// its column stands for: one recent date shows a recent export.
	newest, hasDates := int32(math.MinInt32), false
	for _, c := range rep.Columns {
		if (c.Type == TypeDate || c.Type == TypeDatetime) && c.stats.dayN > 0 {
			newest, hasDates = max(newest, c.stats.dayMax), true
		}
	}
	stale := hasDates && newest < today-2*365
	for ci := range rep.Columns {
		c := &rep.Columns[ci]
		s := c.stats
		name := quote(c.Name)
		var cis []Issue
		cadd := func(is Issue) {
			is.Columns = []string{c.Name}
			cis = append(cis, is)
		}
		nonMissing := rows - c.Missing
		if c.unnamed && ci == len(rep.Columns)-1 && ci > 0 && rows > 0 && c.Missing == rows {
			// "a;b;" in every line: an export artifact rather than a column
			cadd(Issue{Code: "trailing_delimiter", Severity: SeverityLow, Title: "Trennzeichen am Zeilenende",
				Message: fmt.Sprintf("Die Zeilen enden mit einem Trennzeichen; dadurch hat die Tabelle eine leere letzte Spalte ohne Namen (%s). Stellen Sie den Export so ein, dass er kein Trennzeichen ans Zeilenende setzt, sonst legen Importe eine leere Spalte an.", name),
				Points:  1})
			c.Issues = append(c.Issues, cis...)
			issues = append(issues, cis...)
			continue
		}
		if c.unnamed {
			cadd(Issue{Code: "unnamed_column", Severity: SeverityLow, Title: "Spalte ohne Namen",
				Message: fmt.Sprintf("Die Spalte an Stelle %d hat in der Kopfzeile keinen Namen; hier heißt sie %s. Geben Sie ihr einen sprechenden Namen, damit klar ist, was sie enthält.", ci+1, name),
				Points:  1})
		}
		switch {
		case rows > 0 && c.Missing == rows:
			cadd(Issue{Code: "empty_column", Severity: SeverityMedium, Title: "Leere Spalte " + name,
				Message: fmt.Sprintf("Spalte %s ist in allen Zeilen leer. Entfernen Sie sie oder füllen Sie sie.", name), Points: 3})
		case rows > 0 && c.Missing*20 >= rows:
			is := Issue{Code: "missing_values", Severity: SeverityLow, Title: "Fehlende Werte in " + name,
				Message: fmt.Sprintf("In Spalte %s fehlen %s der Werte. Prüfen Sie, ob sie nachgetragen werden können, und legen Sie fest, wie fehlende Werte behandelt werden.", name, pct(c.Missing, rows)),
				Points:  1}
			if c.Missing*2 >= rows {
				is = Issue{Code: "mostly_empty", Severity: SeverityMedium, Title: "Spalte " + name + " meist leer",
					Message: fmt.Sprintf("In Spalte %s fehlen %s der Werte. Füllen Sie die Lücken aus einer anderen Quelle oder lassen Sie die Spalte weg; so lückenhaft hilft sie einem KI-Modell kaum.", name, pct(c.Missing, rows)),
					Points:  3}
			}
			// where an empty field says there was none, the gaps are no
			// flaw, yet a model must be told what they mean
			switch emptyMeaning(c.Name) {
			case emptyNone:
				is.Severity, is.Points = SeverityLow, 1
				is.Message = fmt.Sprintf("In Spalte %s sind %s der Felder leer. In einer solchen Spalte heißt ein leeres Feld meist „keiner“ oder „noch nicht“ – das ist dann eine Angabe, kein Mangel. "+
					"Halten Sie in einer Datenbeschreibung fest, was ein leeres Feld hier bedeutet, damit ein KI-Modell die Lücke nicht als unbekannten Wert liest.", name, pct(c.Missing, rows))
				if c.Type == TypeDate || c.Type == TypeDatetime {
					is.Message += " Eindeutig wird es mit einer eigenen Ja/Nein-Spalte daneben."
				}
			case emptyNoNote:
				is.Severity, is.Points = SeverityLow, 1
				is.Message = fmt.Sprintf("In Spalte %s sind %s der Felder leer. Bemerkungen stehen meist nur bei wenigen Vorgängen; das ist kein Mangel. "+
					"Als Merkmal für ein KI-Modell taugt die Spalte so aber kaum: werten Sie die wenigen Einträge gesondert aus oder lassen Sie die Spalte weg.", name, pct(c.Missing, rows))
			}
			cadd(is)
		}
		if c.Distinct == 1 && nonMissing > 0 && rows >= 2 && c.Missing == 0 {
			v := ""
			if len(c.TopValues) > 0 {
				v = " (" + quote(c.TopValues[0].Value) + ")"
			}
			cadd(Issue{Code: "constant_column", Severity: SeverityLow, Title: "Konstante Spalte " + name,
				Message: fmt.Sprintf("Spalte %s enthält überall denselben Wert%s. Sie trägt keine Information für ein KI-Modell; entfernen Sie sie vor dem Training.", name, v),
				Points:  2})
		}
		invalid := c.Invalid
		if c.Type == TypePostcode && c.lostZeros > 0 {
			cadd(Issue{Code: "lost_leading_zero", Severity: SeverityMedium, Title: "Postleitzahlen ohne führende Null in " + name,
				Message: fmt.Sprintf("%s in Spalte %s nur vier Stellen – vermutlich hat Excel die führende Null entfernt (aus 01067 wurde 1067). "+
					"Formatieren Sie die Spalte als Text und ergänzen Sie die Null; österreichische und Schweizer Postleitzahlen sind allerdings vierstellig.", count(c.lostZeros, "Postleitzahl hat", "Postleitzahlen haben"), name),
				Points: clampPoints(200*float64(c.lostZeros)/float64(max(nonMissing, 1)), 1, 5)})
			invalid -= c.lostZeros
		}
		if c.Type == TypePostcode && c.prefixed > 0 {
			cadd(Issue{Code: "postcode_prefix", Severity: SeverityLow, Title: "Länderkennzeichen vor Postleitzahlen in " + name,
				Message: fmt.Sprintf("In Spalte %s %s %s mit dem Länderkennzeichen davor (wie „D-80331“). Der Daten-Check hat sie als deutsche Postleitzahlen gelesen, Importe und Geodienste erkennen sie so nicht. "+
					"Schreiben Sie nur die Postleitzahl in die Spalte und das Land in eine eigene Spalte (etwa DE, AT, CH).",
					name, plural(c.prefixed, "steht", "stehen"), count(c.prefixed, "Postleitzahl", "Postleitzahlen")),
				Points: 1})
		}
		if c.Type == TypePostcode && c.foreign > 0 && s.countries == countriesNone {
			cadd(Issue{Code: "foreign_postcodes", Severity: SeverityLow, Title: "Ausländische Postleitzahlen in " + name,
				Message: fmt.Sprintf("In Spalte %s %s neben deutschen Postleitzahlen %s%s; der Daten-Check zählt sie nicht als ungültig. "+
					"Ohne eine Spalte mit dem Land lassen sie sich aber weder prüfen noch eindeutig zuordnen: 1010 etwa ist Wien oder eine deutsche Postleitzahl ohne führende Null. Ergänzen Sie eine Spalte mit dem Land (etwa DE, AT, CH).",
					name, plural(c.foreign, "steht", "stehen"), plural(c.foreign, "eine ausländische", fmtNum(float64(c.foreign))+" ausländische"), examples(c.foreignEx)),
				Points: 1})
		}
		if invalid > 0 {
			what := map[string]string{
				TypeDate: "kein gültiges Datum", TypeDatetime: "kein gültiger Zeitpunkt",
				TypeEmail: "keine gültige E-Mail-Adresse", TypeIBAN: "keine gültige IBAN – falsche Prüfziffer oder Länge",
				TypePostcode: "keine fünfstellige Postleitzahl", TypePhone: "keine Telefonnummer",
				TypeURL: "keine Webadresse", TypeInteger: "keine ganze Zahl", TypeDecimal: "keine Zahl",
				TypeBoolean: "kein Ja/Nein-Wert",
			}[c.Type]
			switch {
			case c.scheme != schemeNone:
				what = "keine gültige " + schemeNames[c.scheme] + " – falsche Prüfziffer oder Länge"
			case c.clock == clockTimeOfDay:
				what = "keine gültige Uhrzeit zwischen 0:00 und 24:00"
			case c.clock == clockDuration:
				what = "keine Dauer im Format h:mm, Stunden und Minuten"
			}
			sev := SeverityLow
			switch {
			case invalid*20 > nonMissing:
				sev = SeverityHigh
			case invalid*200 > nonMissing:
				sev = SeverityMedium
			}
			advice := "Korrigieren Sie das an der Quelle oder markieren Sie solche Werte als fehlend."
			if c.Type == TypeInteger && len(c.InvalidExamples) > 0 && !slices.ContainsFunc(c.InvalidExamples, func(v string) bool { return !codeShape([]byte(v)) }) {
				// "E12" among numbers: a code, or a typo
				what = "keine ganze Zahl, sondern Buchstaben mit Ziffern wie ein Code"
				advice = "Sind es Codes, ist die Spalte eine Textspalte: lassen Sie sie als Text lesen, nicht als Zahl. Sonst korrigieren Sie die Werte an der Quelle."
			}
			cadd(Issue{Code: "invalid_values", Severity: sev, Title: fmt.Sprintf("Ungültige Werte in %s (%s)", name, pct(invalid, nonMissing)),
				Message: fmt.Sprintf("%s in Spalte %s %s%s. %s", count(invalid, "Wert ist", "Werte sind"), name, what, examples(c.InvalidExamples), advice),
				Points:  clampPoints(200*float64(invalid)/float64(max(nonMissing, 1)), 1, 8)})
		}
		if mixed := mixedFormats(c); mixed != "" {
			cadd(Issue{Code: "mixed_formats", Severity: SeverityMedium, Title: "Gemischte Formate in " + name,
				Message: fmt.Sprintf("In Spalte %s stehen Werte in verschiedenen Schreibweisen: %s. Vereinheitlichen Sie das Format%s, sonst werden Werte falsch gelesen.", name, mixed, mixedAdvice(c)),
				Points:  3})
		}
		if sp := c.spellings; len(sp) > 0 {
			var others int64 // values not in their commonest way
			for _, g := range sp {
				others += g.total - g.ways[0].count
			}
			sev, points := SeverityLow, 1
			if others*50 >= nonMissing {
				sev, points = SeverityMedium, 3
			}
			cadd(Issue{Code: "spelling_variants", Severity: sev, Title: "Verschiedene Schreibweisen in " + name,
				Message: fmt.Sprintf("In Spalte %s %s in verschiedenen Schreibweisen: %s. Auswertungen und KI-Modelle zählen sie als verschiedene Werte. "+
					"Vereinheitlichen Sie die Schreibweise, etwa mit Suchen und Ersetzen.", name, plural(int64(len(sp)), "steht ein Wert", fmt.Sprintf("stehen %d Werte", len(sp))), spellingList(sp)),
				Points: points})
		}
		if n := s.kinds[kIntTrail] + s.kinds[kDecTrail]; n > 0 && (c.Type == TypeInteger || c.Type == TypeDecimal) {
			cadd(Issue{Code: "trailing_minus", Severity: SeverityLow, Title: "Minus hinter der Zahl in " + name,
				Message: fmt.Sprintf("In Spalte %s %s %s mit dem Minus hinter der Zahl (wie „1.234,56-“; so schreibt SAP negative Beträge). "+
					"Der Daten-Check hat %s gelesen, die meisten anderen Programme lesen %s als Text. Stellen Sie das Minus vor die Zahl („-1.234,56“), bevor Sie die Daten weitergeben.",
					name, plural(n, "steht", "stehen"), count(n, "Wert", "Werte"), plural(n, "ihn als negative Zahl", "sie als negative Zahlen"), plural(n, "ihn", "sie")),
				Points: 1})
		}
		if n := s.kinds[kIntApos] + s.kinds[kDecApos]; n > 0 && (c.Type == TypeInteger || c.Type == TypeDecimal) {
			cadd(Issue{Code: "thousands_apostrophe", Severity: SeverityLow, Title: "Tausender-Apostroph in " + name,
				Message: fmt.Sprintf("In Spalte %s %s %s mit einem Apostroph zwischen den Tausendern (wie „1'234.50“, Schweizer Schreibweise). "+
					"Der Daten-Check hat %s, Excel mit deutschen Einstellungen und die meisten Importe lesen %s als Text. Exportieren Sie die Zahlen ohne Tausendertrennzeichen („1234.50“), bevor Sie die Daten weitergeben.",
					name, plural(n, "steht", "stehen"), count(n, "Wert", "Werte"), plural(n, "ihn als Zahl gelesen", "sie als Zahlen gelesen"), plural(n, "ihn", "sie")),
				Points: 1})
		}
		if c.Type == TypeInteger || c.Type == TypeDecimal {
			unitIssues(c, name, cadd)
		}
		if n := s.kinds[kDateZero]; n > 0 {
			times := fmt.Sprintf("%d-mal", n)
			if n == 1 {
				times = "einmal"
			}
			cadd(Issue{Code: "zero_dates", Severity: SeverityLow, Title: "Nulldatum in " + name,
				Message: fmt.Sprintf("In Spalte %s steht %s „%s“: So schreiben MySQL und manche Shop-Systeme „kein Datum“. "+
					"Der Daten-Check zählt diese Werte als fehlend, andere Programme lesen sie als ungültiges Datum oder als Text. Exportieren Sie solche Felder leer.",
					name, times, s.badEx[kDateZero][0]),
				Points: 1})
		}
		if c.excelDays {
			cadd(Issue{Code: "excel_dates", Severity: SeverityMedium, Title: "Datum als Zahl in " + name,
				Message: fmt.Sprintf("Spalte %s enthält statt Daten Zahlen zwischen %s (%s) und %s (%s): wohl Datumswerte, die ihr Format verloren haben, denn Excel zählt Daten intern als Tage seit 1900. "+
					"Formatieren Sie die Zellen in Excel als Datum (Zellen formatieren → Datum) und exportieren Sie erneut; sonst lesen Importe und KI-Werkzeuge Zahlen statt Daten.",
					name, fmtExact(s.numMin), germanDate(excelDay(s.numMin)), fmtExact(s.numMax), germanDate(excelDay(s.numMax))),
				Points: 3})
		}
		if c.unixPer > 0 {
			unit, pandas := "Sekunden", "s"
			if c.unixPer > 1 {
				unit, pandas = "Millisekunden", "ms"
			}
			cadd(Issue{Code: "unix_timestamps", Severity: SeverityLow, Title: "Unix-Zeitstempel in " + name,
				Message: fmt.Sprintf("Spalte %s enthält Zeitpunkte als Unix-Zeitstempel (%s seit dem 01.01.1970): von %.0f (%s) bis %.0f (%s). "+
					"Menschen und viele Werkzeuge sehen darin bloße Zahlen. Wandeln Sie sie für Auswertungen in Datum und Uhrzeit um, in Excel etwa mit =A2/%.0f+DATUM(1970;1;1), in pandas mit pd.to_datetime(…, unit=\"%s\"); Unix-Zeit zählt in UTC, nicht in deutscher Zeit.",
					name, unit, s.numMin, unixTime(s.numMin, c.unixPer), s.numMax, unixTime(s.numMax, c.unixPer), 86400*c.unixPer, pandas),
				Points: 1})
		}
		if c.Outliers > 0 {
			check := "Prüfen Sie, ob es Tippfehler, Platzhalter wie 9.999.999 oder echte Sonderfälle sind."
			for _, x := range []float64{s.numMin, s.numMax} {
				if placeholderNumber(x) {
					check = fmt.Sprintf("Der Wert %s sieht nach einem Platzhalter für „unbekannt“ aus: lassen Sie solche Felder leer, sonst rechnet ein KI-Modell mit ihnen. Prüfen Sie die übrigen auf Tippfehler.", fmtExact(x))
					break
				}
			}
			cadd(Issue{Code: "outliers", Severity: SeverityLow, Title: "Ausreißer in " + name,
				Message: fmt.Sprintf("%s in Spalte %s weit außerhalb des Üblichen (kleinster Wert %s, größter %s). %s",
					count(c.Outliers, "Wert liegt", "Werte liegen"), name, fmtExact(s.numMin), fmtExact(s.numMax), check),
				Points: 1})
		}
		if c.negatives > 0 && c.negatives*2 < s.numN {
			cadd(Issue{Code: "negative_values", Severity: SeverityLow, Title: "Negative Werte in " + name,
				Message: fmt.Sprintf("In Spalte %s %s kleiner als null (kleinster %s), obwohl die Spalte nach ihrem Namen einen Bestand, eine Menge, eine Anzahl, ein Alter oder ein Maß hält. "+
					"Prüfen Sie, ob es Tippfehler sind; sind es Rücksendungen oder Korrekturen, halten Sie sie in einer eigenen Spalte fest, sonst verfälschen sie Summen und Mittelwerte.",
					name, plural(c.negatives, "ist ein Wert", "sind "+fmtNum(float64(c.negatives))+" Werte"), fmtExact(s.numMin)),
				Points: 1})
		}
		if c.hint == hintID && !c.DistinctEstimated && nonMissing > 1 && c.Distinct < nonMissing && c.Distinct*10 >= nonMissing*9 {
			repeats := nonMissing - c.Distinct
			is := Issue{Code: "id_repeats", Severity: SeverityMedium, Title: "Wiederholte Kennung in " + name,
				Message: fmt.Sprintf("Spalte %s sieht wie eine eindeutige Nummer aus, aber %s mehrfach vor. Klären Sie, ob es Dubletten oder Fehler bei der Nummernvergabe sind.", name, count(repeats, "Wert kommt", "Werte kommen")),
				Points:  3}
			switch {
			case rep.DuplicatesEstimated || repeats > rep.DuplicateRows:
			case c.Missing == 0 && repeats == rep.DuplicateRows:
				// Each row has a number, and there are as many different
				// numbers as different rows: every repeat is in a doubled
				// row, whose finding has the points.
				is.Severity, is.Points = SeverityLow, 1
				is.Message = fmt.Sprintf("Spalte %s sieht wie eine eindeutige Nummer aus, aber %s mehrfach vor – nur in den doppelten Zeilen. "+
					"Entfernen Sie diese, dann ist die Nummer eindeutig.", name, count(repeats, "Wert kommt", "Werte kommen"))
			default:
				is.Message = fmt.Sprintf("Spalte %s sieht wie eine eindeutige Nummer aus, aber %s mehrfach vor, vielleicht nur in den doppelten Zeilen. "+
					"Entfernen Sie zuerst diese; kommen danach noch Nummern mehrfach vor, klären Sie, ob es Dubletten oder Fehler bei der Nummernvergabe sind.", name, count(repeats, "Wert kommt", "Werte kommen"))
			}
			cadd(is)
		}
		if (c.Type == TypeDate || c.Type == TypeDatetime) && s.dayN > 0 && c.PII == nil {
			role := dateRoleOf(c.Name)
			// a hire date of 2019 is as true as ever
			if stale && role != dateLasting {
				cadd(Issue{Code: "stale_dates", Severity: SeverityMedium, Title: "Veraltete Daten in " + name,
					Message: fmt.Sprintf("Das jüngste Datum in Spalte %s ist der %s – die Daten sind über zwei Jahre alt. Prüfen Sie, ob es einen aktuelleren Export gibt; ein KI-Modell lernt sonst veraltete Muster.", name, germanDate(s.dayMax)),
					Points:  5})
			}
			switch {
			case role == dateDeadline && s.dayMax >= daysFromCivil(2099, 1, 1):
				// an end or due date may lie years ahead, but not in 9999
				cadd(Issue{Code: "future_dates", Severity: SeverityLow, Title: "Platzhalter-Datum in " + name,
					Message: fmt.Sprintf("Spalte %s enthält Daten bis zum %s – wohl ein Platzhalter, etwa für „unbefristet“. Lassen Sie solche Felder leer, sonst rechnen Auswertungen mit diesem Datum.", name, germanDate(s.dayMax)),
					Points:  1})
			case role != dateDeadline && s.dayMax > today+366:
				cadd(Issue{Code: "future_dates", Severity: SeverityLow, Title: "Daten weit in der Zukunft in " + name,
					Message: fmt.Sprintf("Spalte %s enthält Daten bis zum %s, mehr als ein Jahr in der Zukunft. Prüfen Sie, ob es Tippfehler oder Platzhalter sind.", name, germanDate(s.dayMax)),
					Points:  1})
			}
			if s.dayMin < daysFromCivil(1900, 1, 1) {
				cadd(Issue{Code: "ancient_dates", Severity: SeverityLow, Title: "Sehr alte Daten in " + name,
					Message: fmt.Sprintf("Spalte %s enthält Daten vor 1900 (frühestes: %s). Das sind meist Platzhalter oder Tippfehler.", name, germanDate(s.dayMin)),
					Points:  1})
			}
		}
		if s.space > 0 && !rep.framed { // a framed list pads every value: its own finding
			harm := "zählen gleiche Werte als verschieden"
			if c.Type != TypeText {
				harm = "lesen andere Programme diese Werte als Text" // the Daten-Check reads what lies between the blanks
			}
			cadd(Issue{Code: "whitespace", Severity: SeverityLow, Title: "Leerzeichen am Rand in " + name,
				Message: fmt.Sprintf("%s in Spalte %s mit Leerzeichen. Entfernen Sie sie (in Excel mit GLÄTTEN), sonst %s.", count(s.space, "Wert beginnt oder endet", "Werte beginnen oder enden"), name, harm),
				Points:  1})
		}
		if s.markupN > 0 && c.Type == TypeText {
			ex := s.badEx[exMarkup]
			entity := slices.ContainsFunc(ex, func(e string) bool { return e[0] == '&' })
			harm := "Für Auswertungen und KI-Modelle sind sie Rauschen"
			if entity {
				harm += ", und ein Umlaut als „&uuml;“ entgeht jeder Suche nach „ü“"
			}
			cadd(Issue{Code: "html_markup", Severity: SeverityLow, Title: "HTML in " + name,
				Message: fmt.Sprintf("In Spalte %s steht Text mit HTML-Auszeichnungen wie %s. %s. Exportieren Sie den Text ohne Formatierung, oder entfernen Sie die Auszeichnungen, bevor Sie die Texte verwenden.",
					name, nameList(ex[:min(len(ex), 3)], 3, ""), harm),
				Points: 1})
		}
		if s.apos > 0 {
			cadd(Issue{Code: "excel_apostrophe", Severity: SeverityLow, Title: "Apostroph vor den Werten in " + name,
				Message: fmt.Sprintf("In Spalte %s %s %s mit einem Apostroph ('), dem Zeichen, mit dem Excel eine Zelle als Text markiert. "+
					"Der Daten-Check hat den Wert dahinter gelesen, andere Programme lesen den Apostroph als Teil des Werts. Entfernen Sie ihn vor der Weitergabe und lassen Sie die Spalte beim Import als Text lesen, dann bleiben führende Nullen erhalten.",
					name, plural(s.apos, "beginnt", "beginnen"), count(s.apos, "Wert", "Werte")),
				Points: 1})
		}
		if n := s.sciLong; n > 0 {
			ex := s.badEx[kDecSci][0]
			cadd(Issue{Code: "excel_scientific", Severity: SeverityHigh, Title: "Lange Nummern in wissenschaftlicher Schreibweise in " + name,
				Message: fmt.Sprintf("In Spalte %s %s %s in wissenschaftlicher Schreibweise wie %s. So zeigt Excel lange Nummern wie EAN, Kunden- oder Kontonummern an, "+
					"und beim Speichern als CSV gehen ihre letzten Stellen verloren: aus 4006381333931 wird 4,00638E+12, also 4006380000000. "+
					"Aus dieser Datei lassen sie sich nicht zurückgewinnen. Formatieren Sie die Spalte in Excel als Text (oder als Zahl ohne Dezimalstellen) und exportieren Sie erneut.",
					name, plural(n, "steht", "stehen"), count(n, "Wert", "Werte"), quote(ex)),
				Points: 6})
		}
		if c.hint == hintIP && nonMissing > 0 {
			cadd(Issue{Code: "ip_addresses", Severity: SeverityLow, Title: "IP-Adressen in " + name,
				Message: fmt.Sprintf("Spalte %s enthält IP-Adressen. Auch sie gelten als personenbezogen (DSGVO): kürzen Sie sie (etwa 192.168.1.0 statt 192.168.1.17) oder pseudonymisieren Sie sie, bevor die Daten in ein KI-System oder zu einem Dienstleister gehen.", name),
				Points:  1})
		}
		if c.PII != nil {
			what := piiWords[*c.PII]
			if w, ok := identifierWords[c.hint]; ok {
				what = w
			}
			cadd(Issue{Code: "personal_data", Severity: SeverityMedium, Title: "Personenbezogene Daten in " + name,
				Message: fmt.Sprintf("Spalte %s enthält %s. Pseudonymisieren oder entfernen Sie diese Spalte, bevor die Daten in ein KI-System oder zu einem Dienstleister gehen (DSGVO).", name, what),
				Points:  3})
		}
		c.Issues = append(c.Issues, cis...)
		issues = append(issues, cis...)
	}
	for _, pr := range rep.pairs {
		if is, ok := pairIssue(rep, pr); ok {
			issues = append(issues, is)
		}
	}
	rep.Deductions = deductions(issues, len(rep.Columns))
	rep.Issues = groupIssues(issues, len(rep.Columns))
	if rep.Issues == nil {
		rep.Issues = []Issue{}
	}
	score := 100
	for _, d := range rep.Deductions {
		score -= d.Points
	}
	rep.Score = max(score, 0)
}

// placeholderNumber reports whether x is written with nines only, at least
// three: -999, 9999, 9.999.999,99, as exports stand them in for "unknown".
func placeholderNumber(x float64) bool {
	a := math.Abs(x)
	for _, y := range []float64{a, a * 100} {
		y = math.Round(y*1e6) / 1e6
		if y != math.Trunc(y) || y < 999 || y != a && y < 99999999 {
			// (with cents from 999.999,99 on: 999,99 € is a price)
			continue
		}
		for y >= 9 && math.Mod(y, 10) == 9 {
			y = math.Floor(y / 10)
		}
		if y == 0 {
			return true
		}
	}
	return false
}

// longWhole reports whether x, read in scientific notation, stands for a
// long whole number, as Excel writes EAN codes ("4,00638E+12"); small
// ones ("1.5e-05") are just numbers.
func longWhole(x float64) bool { return math.Abs(x) >= 1e11 && x == math.Trunc(x) }

// columnKinds caps what findings of one kind in several columns cost
// together, so that the score says how usable the data are: the 90 empty
// columns of a full DATEV export make it no less usable than 9 do. Kinds
// that only add dead weight (empty or constant columns) cost at most their
// cap times the share of columns they hit, yet never less than one of them
// alone. reason names them together, e.g. "6 von 17 Spalten leer".
var columnKinds = map[string]struct {
	cap     int
	byShare bool
	reason  string
}{
	"empty_column":         {10, true, "%s leer"},
	"mostly_empty":         {10, true, "%s meist leer"},
	"missing_values":       {5, true, "Fehlende Werte in %s"},
	"constant_column":      {6, true, "%s konstant"},
	"unnamed_column":       {3, true, "%s ohne Namen"},
	"invalid_values":       {25, false, "Ungültige Werte in %s"},
	"lost_leading_zero":    {5, false, "Postleitzahlen ohne führende Null in %s"},
	"mixed_formats":        {9, false, "Gemischte Formate in %s"},
	"spelling_variants":    {6, false, "Verschiedene Schreibweisen in %s"},
	"trailing_minus":       {2, false, "Minus hinter der Zahl in %s"},
	"thousands_apostrophe": {2, false, "Tausender-Apostroph in %s"},
	"outliers":             {3, false, "Ausreißer in %s"},
	"negative_values":      {3, false, "Negative Werte in %s"},
	"mixed_units":          {8, false, "Gemischte Einheiten in %s"},
	"unit_in_values":       {2, false, "Einheit in den Werten von %s"},
	"unit_missing":         {6, false, "Einheit nur bei einem Teil der Werte in %s"},
	"excel_apostrophe":     {2, false, "Apostroph vor den Werten in %s"},
	"excel_scientific":     {10, false, "Lange Nummern in wissenschaftlicher Schreibweise in %s"},
	"unix_timestamps":      {3, false, "Unix-Zeitstempel in %s"},
	"postcode_prefix":      {2, false, "Länderkennzeichen vor Postleitzahlen in %s"},
	"excel_dates":          {6, false, "Datum als Zahl in %s"},
	"zero_dates":           {3, false, "Nulldatum in %s"},
	"id_repeats":           {6, false, "Wiederholte Kennung in %s"},
	"stale_dates":          {5, false, "Veraltete Daten in %s"},
	"future_dates":         {3, false, "Daten weit in der Zukunft in %s"},
	"ancient_dates":        {3, false, "Sehr alte Daten in %s"},
	"whitespace":           {3, false, "Leerzeichen am Rand in %s"},
	"html_markup":          {2, false, "HTML in %s"},
	"personal_data":        {10, false, "Personenbezogene Daten in %s"},
	"ip_addresses":         {3, false, "IP-Adressen in %s"},
}

// deductions explains the score: one deduction for each finding about the
// table, and one for each kind of finding about columns, at the place of
// its first.
func deductions(issues []Issue, columns int) []Deduction {
	type group struct {
		at, n, sum, most int
		title            string
	}
	groups := map[string]*group{}
	ds := []Deduction{}
	for _, is := range issues {
		if _, ok := columnKinds[is.Code]; !ok || is.Points == 0 {
			if is.Points > 0 {
				ds = append(ds, Deduction{Points: is.Points, Reason: is.Title})
			}
			continue
		}
		g := groups[is.Code]
		if g == nil {
			g = &group{at: len(ds), title: is.Title}
			groups[is.Code] = g
			ds = append(ds, Deduction{})
		}
		g.n++
		g.sum += is.Points
		g.most = max(g.most, is.Points)
	}
	for code, g := range groups {
		k := columnKinds[code]
		d := Deduction{Points: groupPoints(code, g.n, g.sum, g.most, columns), Reason: g.title}
		if g.n > 1 {
			d.Reason = fmt.Sprintf(k.reason, fmt.Sprintf("%d von %d Spalten", g.n, columns))
		}
		ds[g.at] = d
	}
	return ds
}

// groupPoints returns what n findings of one kind about columns (see
// columnKinds) cost together, of columns in all, when they cost sum alone
// and the dearest of them most.
func groupPoints(code string, n, sum, most, columns int) int {
	k := columnKinds[code]
	limit := k.cap
	if k.byShare {
		limit = min(max(most, int(math.Round(float64(k.cap*n)/float64(columns)))), k.cap)
	}
	return min(sum, limit)
}

// sameColumns returns the groups of columns that hold the same value in
// every row (their fingerprints are equal, see colStats.fp), in the table's
// order. Empty and constant columns, which have findings of their own, are
// left out.
func sameColumns(cols []Column) [][]string {
	byFP := map[uint64][]string{}
	var order []uint64
	for _, c := range cols {
		if c.stats == nil || c.stats.unlike || c.Distinct < 2 {
			continue
		}
		fp := c.stats.fp
		if byFP[fp] == nil {
			order = append(order, fp)
		}
		byFP[fp] = append(byFP[fp], c.Name)
	}
	var groups [][]string
	for _, fp := range order {
		if len(byFP[fp]) > 1 {
			groups = append(groups, byFP[fp])
		}
	}
	return groups
}

// groupedKinds are the findings about columns that a table has one of, at
// the place of the first, when they hit several columns: a wide export's
// 150 empty columns make one finding that names them, not 150. Each column
// keeps its own. The function writes the finding's title and message from
// the names of the columns, quoted and listed (see nameList).
var groupedKinds = map[string]func(n, columns int, names string) (title, message string){
	"empty_column": func(n, columns int, names string) (string, string) {
		return fmt.Sprintf("Leere Spalten (%d von %d)", n, columns),
			fmt.Sprintf("Die Spalten %s sind in allen Zeilen leer. Entfernen Sie sie oder füllen Sie sie.", names)
	},
	"constant_column": func(n, columns int, names string) (string, string) {
		return fmt.Sprintf("Konstante Spalten (%d von %d)", n, columns),
			fmt.Sprintf("Die Spalten %s enthalten jeweils überall denselben Wert. Sie tragen keine Information für ein KI-Modell; entfernen Sie sie vor dem Training.", names)
	},
}

// groupIssues returns the findings with those of each of groupedKinds that
// hit several of the table's columns made one.
func groupIssues(issues []Issue, columns int) []Issue {
	type group struct {
		at, sum, most int
		names         []string
	}
	groups := map[string]*group{}
	var out []Issue
	for _, is := range issues {
		if _, ok := groupedKinds[is.Code]; !ok {
			out = append(out, is)
			continue
		}
		g := groups[is.Code]
		if g == nil {
			g = &group{at: len(out)}
			groups[is.Code] = g
			out = append(out, is)
		}
		g.names = append(g.names, is.Columns...)
		g.sum += is.Points
		g.most = max(g.most, is.Points)
	}
	for code, g := range groups {
		n := len(g.names)
		if n < 2 {
			continue
		}
		is := &out[g.at]
		is.Columns = g.names
		is.Points = groupPoints(code, n, g.sum, g.most, columns)
		is.Title, is.Message = groupedKinds[code](n, columns, nameList(g.names, 10, "weitere"))
	}
	return out
}

// spellingList shows the ways of writing the first two values of sp, at
// most four each, with how often each occurs: "„Handwerk“ (1.203-mal) und
// „handwerk“ (598-mal); …".
func spellingList(sp []spelling) string {
	var parts []string
	for _, g := range sp[:min(len(sp), 2)] {
		ways := make([]string, min(len(g.ways), 4))
		for i := range ways {
			about := ""
			if g.approx {
				about = "etwa "
			}
			ways[i] = fmt.Sprintf("%s (%s%s-mal)", quote(g.ways[i].text), about, fmtNum(float64(g.ways[i].count)))
		}
		part := strings.Join(ways[:len(ways)-1], ", ") + " und " + ways[len(ways)-1]
		if len(g.ways) > len(ways) {
			part = strings.Join(ways, ", ") + fmt.Sprintf(" und %d weitere", len(g.ways)-len(ways))
		}
		parts = append(parts, part)
	}
	if len(sp) > 2 {
		parts = append(parts, fmt.Sprintf("dazu %d weitere", len(sp)-2))
	}
	return strings.Join(parts, "; ")
}

// nameList quotes names and joins them, the first shown of them at most,
// the rest counted with the word more: "„a“, „b“ und „c“", "„a“, „b“ und
// 140 weitere".
func nameList(names []string, shown int, more string) string {
	if len(names) == 1 {
		return quote(names[0])
	}
	q := make([]string, min(len(names), shown))
	for i := range q {
		q[i] = quote(names[i])
	}
	if len(names) > len(q) {
		return strings.Join(q, ", ") + fmt.Sprintf(" und %d %s", len(names)-len(q), more)
	}
	return strings.Join(q[:len(q)-1], ", ") + " und " + q[len(q)-1]
}

// encodingErrors counts the values that are not valid UTF-8 and returns
// the columns holding them and a few of them, read as Windows-1252 where
// they are not UTF-8.
func encodingErrors(rep *Report) (n int64, cols, ex []string) {
	for _, c := range rep.Columns {
		if c.EncodingErrors == 0 {
			continue
		}
		n += c.EncodingErrors
		cols = append(cols, c.Name)
	}
	// different ones, from different columns first
	for i := 0; i < maxExample && len(ex) < 3; i++ {
		for _, c := range rep.Columns {
			if bad := c.stats.badEx[kBadUTF8]; i < len(bad) && len(ex) < 3 {
				if v := decodeMixed(bad[i]); !slices.Contains(ex, v) {
					ex = append(ex, v)
				}
			}
		}
	}
	return n, cols, ex
}

// columnList names columns: "der Spalte „a“", "der Spalten „a“, „b“ und
// „c“", "der Spalten „a“, „b“, „c“ und 2 weiteren".
func columnList(names []string) string {
	if len(names) == 1 {
		return "der Spalte " + quote(names[0])
	}
	return "der Spalten " + nameList(names, 3, "weiteren")
}

func mixedFormats(c *Column) string {
	var kinds []int
	switch c.Type {
	case TypeDate, TypeDatetime:
		kinds = []int{kDateDE, kDateDE2, kDateISO, kDateTimeDE, kDateTimeISO, kDateTimeZone}
	case TypeDecimal:
		if c.stats.kinds[kDecComma] == 0 || c.stats.kinds[kDecDot] == 0 {
			return ""
		}
		kinds = []int{kDecComma, kDecDot}
	case TypeBoolean:
		kinds = []int{kBool, kBoolX}
	case TypePhone:
		kinds = []int{kPhone, kPhoneIntl}
	case TypeText:
		if c.clock != clockTimeOfDay {
			return ""
		}
		kinds = []int{kTime, kTimeSec, kTimeUhr}
	default:
		return ""
	}
	type format struct {
		name string
		n    int64
	}
	var fs []format
	for _, k := range kinds {
		fs = append(fs, format{kindFormat[k], c.stats.kinds[k]})
	}
	fs = append(fs, format{formatMonthYear, c.monthYears}, format{formatYear, c.years})
	var total int64
	for _, f := range fs {
		total += f.n
	}
	var parts []string
	for _, f := range fs {
		if f.n > 0 {
			parts = append(parts, pct(f.n, total)+" "+f.name)
		}
	}
	if len(parts) < 2 {
		return ""
	}
	return strings.Join(parts, ", ")
}

func mixedAdvice(c *Column) string {
	if c.clock == clockTimeOfDay {
		if c.stats.kinds[kTimeUhr] == 0 {
			return " (eine Genauigkeit für die ganze Spalte: hh:mm oder hh:mm:ss)"
		}
		return " (am besten hh:mm, ohne „Uhr“)"
	}
	switch c.Type {
	case TypeDate, TypeDatetime:
		if c.years+c.monthYears > 0 {
			return " (ein vollständiges Datum wie 2015-01-01 in jeder Zeile; ist nur das Jahr oder der Monat bekannt, halten Sie das in einer eigenen Spalte fest)"
		}
		if c.stats.kinds[kDateTimeZone] > 0 {
			return " (am besten JJJJ-MM-TT hh:mm:ss, mit Zeitzone in allen Zeilen oder in keiner: Zeitpunkte mit und ohne Zeitzone lassen sich nicht vergleichen)"
		}
		return " (am besten JJJJ-MM-TT)"
	case TypeDecimal:
		return " (ein Dezimaltrennzeichen für die ganze Spalte)"
	case TypePhone:
		return " (am besten international: +49 351 1234567)"
	}
	return ""
}

// stands writes "steht eine Zeile" for one, "stehen 2 Zeilen" for more.
func stands(n int64, one, many string) string {
	if n == 1 {
		return "steht eine " + one
	}
	return fmt.Sprintf("stehen %d %s", n, many)
}

// unitIssues finds what the units written with the numbers of column c
// (name, quoted) say: different units, of which the numbers alone do not
// tell, or one measure, which imports read as text. Currencies and shares
// alone are as Excel writes formatted cells and no finding.
func unitIssues(c *Column, name string, cadd func(Issue)) {
	var names []string
	dims := map[byte]bool{}
	for i, u := range units {
		if c.stats.units&(1<<i) != 0 && !slices.Contains(names, u.name) {
			names = append(names, u.name)
			dims[u.dim] = true
		}
	}
	switch {
	case len(names) > 1:
		what, advice := "Einheiten", "Rechnen Sie alle Werte in eine Einheit um, schreiben Sie sie in die Spaltenüberschrift und in die Zellen nur die Zahl"
		if len(dims) == 1 && dims['c'] {
			what, advice = "Währungen", "Rechnen Sie alle Beträge in eine Währung um oder führen Sie die Währung in einer eigenen Spalte"
		}
		cadd(Issue{Code: "mixed_units", Severity: SeverityMedium, Title: "Gemischte Einheiten in " + name,
			Message: fmt.Sprintf("Spalte %s mischt %s: %s. Dieselbe Zahl bedeutet so je nach Zeile etwas anderes, und Summen, Mittelwerte und ein KI-Modell rechnen falsch. %s.",
				name, what, strings.Join(names, ", "), advice),
			Points: 4})
	case len(names) == 1 && c.stats.plainN > 0:
		// a share or an amount without its sign means the same as its
		// neighbours more likely than a measure does
		sev, points := SeverityMedium, 3
		if dims['c'] || dims['%'] {
			sev, points = SeverityLow, 1
		}
		cadd(Issue{Code: "unit_missing", Severity: sev, Title: "Einheit nur bei einem Teil der Werte in " + name,
			Message: fmt.Sprintf("In Spalte %s steht bei einem Teil der Zahlen die Einheit %s (wie „%s“), bei anderen keine (wie „%s“). "+
				"Ob auch diese %s meinen, weiß nur, wer sie eingetragen hat, und Importe lesen die einen als Text, die anderen als Zahl. "+
				"Prüfen Sie die Werte ohne Einheit, schreiben Sie die Einheit in die Spaltenüberschrift („%s (%s)“) und in die Zellen nur die Zahl.",
				name, names[0], c.stats.badEx[exUnit][0], c.stats.badEx[exPlain][0], names[0], c.Name, names[0]),
			Points: points})
	case len(names) == 1 && !dims['c'] && !dims['%']:
		cadd(Issue{Code: "unit_in_values", Severity: SeverityLow, Title: "Einheit in den Werten von " + name,
			Message: fmt.Sprintf("In Spalte %s steht die Einheit %s in den Zellen (wie „12,5 %s“). Der Daten-Check hat die Zahlen gelesen, die meisten Importe und KI-Werkzeuge lesen solche Werte als Text. "+
				"Schreiben Sie die Einheit in die Spaltenüberschrift („%s (%s)“) und in die Zellen nur die Zahl.",
				name, names[0], names[0], c.Name, names[0]),
			Points: 1})
	}
}
