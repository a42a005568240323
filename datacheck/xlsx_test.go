//go:build !noxlsx

package datacheck

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// testWorkbook builds an order list with typed cells: dates with a date
// format, numbers, postcodes stored as text, and a second, empty sheet plus
// a third with a short table.
func testWorkbook(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sh := "Bestellungen"
	f.SetSheetName("Sheet1", sh)
	dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	if err != nil {
		t.Fatal(err)
	}
	f.SetSheetRow(sh, "A1", &[]any{"Bestellnr", "Datum", "Menge", "Preis", "PLZ", "Notiz"})
	for i := 1; i <= 60; i++ {
		row := fmt.Sprint(i + 1)
		f.SetCellValue(sh, "A"+row, 5000+i)
		f.SetCellValue(sh, "B"+row, time.Date(2026, time.Month(1+i%9), 1+i%27, 0, 0, 0, 0, time.UTC))
		f.SetCellStyle(sh, "B"+row, "B"+row, dateStyle)
		f.SetCellValue(sh, "C"+row, i%7+1)
		f.SetCellValue(sh, "D"+row, float64(i)*1.25)
		f.SetCellStr(sh, "E"+row, fmt.Sprintf("0%d", 1067+i%5))
		if i%3 == 0 {
			f.SetCellStr(sh, "F"+row, "eilig; bitte anrufen")
		}
	}
	f.NewSheet("Leer")
	f.NewSheet("Lager")
	f.SetSheetRow("Lager", "A1", &[]any{"Artikel", "Bestand"})
	f.SetSheetRow("Lager", "A2", &[]any{"Schraube", 100})
	f.SetSheetRow("Lager", "A3", &[]any{"Mutter", 250})
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// profileBook profiles the workbook f as a file read from a stream.
func profileBook(t *testing.T, f *excelize.File) []*Report {
	t.Helper()
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	reps, err := ProfileXLSXReader(&b, Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	return reps
}

func TestProfileXLSX(t *testing.T) {
	reps, err := ProfileXLSXReader(bytes.NewReader(testWorkbook(t)), Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if len(reps) != 2 {
		t.Fatalf("got %d sheets, want 2 (the empty one skipped)", len(reps))
	}
	r := reps[0]
	if r.Sheet != "Bestellungen" || r.Rows != 60 || r.MalformedRows != 0 {
		t.Errorf("got sheet %q, %d rows, %d malformed; want Bestellungen, 60, 0", r.Sheet, r.Rows, r.MalformedRows)
	}
	want := []struct{ name, typ string }{
		{"Bestellnr", TypeInteger}, {"Datum", TypeDate}, {"Menge", TypeInteger},
		{"Preis", TypeDecimal}, {"PLZ", TypePostcode}, {"Notiz", TypeText},
	}
	for i, w := range want {
		c := r.Columns[i]
		if c.Name != w.name || c.Type != w.typ {
			t.Errorf("column %d: got %s %s, want %s %s (top values %v)", i, c.Name, c.Type, w.name, w.typ, c.TopValues)
		}
	}
	if got := r.Columns[5].Missing; got != 40 {
		t.Errorf("Notiz: got %d missing, want 40", got)
	}
	if reps[1].Sheet != "Lager" || reps[1].Rows != 2 {
		t.Errorf("got sheet %q with %d rows, want Lager with 2", reps[1].Sheet, reps[1].Rows)
	}
}

// A sheet with a title row above its table and numbers with three decimals:
// the title is skipped, the numbers are decimals, and rows whose last cells
// are empty (Excel does not store them) are complete.
func TestProfileXLSXTitleAndDecimals(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	sh := "Messwerte"
	f.SetSheetName("Sheet1", sh)
	f.SetCellValue(sh, "A1", "Messreihe Presse 3, November 2026")
	f.SetSheetRow(sh, "A3", &[]any{"Nr", "Wert", "Notiz"})
	for i := range 50 {
		row := fmt.Sprint(i + 4)
		f.SetCellValue(sh, "A"+row, i+1)
		f.SetCellValue(sh, "B"+row, 1.125+float64(i)/1000) // 1.125, 1.126, ...
		if i%10 == 0 {
			f.SetCellStr(sh, "C"+row, "nachjustiert")
		}
	}
	reps := profileBook(t, f)
	r := reps[0]
	if r.HeaderLine != 3 || r.Rows != 50 || r.MalformedRows != 0 || len(r.Columns) != 3 {
		t.Fatalf("header line %d, %d rows, %d malformed, %d columns; want 3, 50, 0, 3", r.HeaderLine, r.Rows, r.MalformedRows, len(r.Columns))
	}
	if c := r.Columns[1]; c.Type != TypeDecimal || c.Min != 1.125 || c.Max != 1.174 {
		t.Errorf("Wert: %s %v..%v, want decimal 1.125..1.174", c.Type, c.Min, c.Max)
	}
}

func TestIsDateFormat(t *testing.T) {
	for code, want := range map[string]bool{
		"yyyy-mm-dd h:mm:ss": true, "dd.mm.yyyy": true, "[h]:mm": true, "hh:mm": true, "mmm yy": true,
		"DD.MM.YYYY;@": true, `0.00 "kWh"`: false, "#,##0.00 [$€-407]": false, "0%": false,
		"[$-407]dd.mm.yyyy": false, "General": false, "0]": false, "]d": true, `#,##0 "Stunden"`: false,
	} {
		if got := isDateFormat(code); got != want {
			t.Errorf("isDateFormat(%q) = %v, want %v", code, got, want)
		}
	}
}

// A workbook's own date formats (openpyxl and LibreOffice write custom
// ones) read as the dates Excel shows, and a unit in quotes does not make
// a number a date.
func TestProfileXLSXCustomFormats(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	sh := "Sheet1"
	stamp := "yyyy-mm-dd h:mm:ss"
	kwh := `0.00 "kWh"`
	dt, err := f.NewStyle(&excelize.Style{CustomNumFmt: &stamp})
	if err != nil {
		t.Fatal(err)
	}
	energy, err := f.NewStyle(&excelize.Style{CustomNumFmt: &kwh})
	if err != nil {
		t.Fatal(err)
	}
	f.SetSheetRow(sh, "A1", &[]any{"Zeit", "Verbrauch"})
	for i := range 40 {
		row := fmt.Sprint(i + 2)
		f.SetCellValue(sh, "A"+row, time.Date(2026, 3, 1+i%28, i%24, 15, 0, 0, time.UTC))
		f.SetCellStyle(sh, "A"+row, "A"+row, dt)
		f.SetCellValue(sh, "B"+row, 10.5+float64(i))
		f.SetCellStyle(sh, "B"+row, "B"+row, energy)
	}
	reps := profileBook(t, f)
	c := reps[0].Columns
	if c[0].Type != TypeDatetime || c[0].Min != "2026-03-01T00:15:00" {
		t.Errorf("Zeit: %s from %v, want datetime from 2026-03-01T00:15:00 (top values %v)", c[0].Type, c[0].Min, c[0].TopValues)
	}
	if c[1].Type == TypeDate || c[1].Type == TypeDatetime {
		t.Errorf("Verbrauch: %s, want no date (top values %v)", c[1].Type, c[1].TopValues)
	}
}

// A cancelled check of a workbook stops with the context's error.
func TestProfileXLSXCancelled(t *testing.T) {
	path := t.TempDir() + "/b.xlsx"
	if err := os.WriteFile(path, testWorkbook(t), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ProfileXLSX(ctx, path, Options{Now: testNow}); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
	if reps, err := ProfileXLSX(context.Background(), path, Options{Now: testNow}); err != nil || len(reps) != 2 {
		t.Errorf("got %d reports, %v; want 2", len(reps), err)
	}
}

// A sheet's row of totals below its table is skipped as a file's is.
func TestProfileXLSXTotalsRow(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetRow("Sheet1", "A1", &[]any{"Kunde", "Ort", "Konto", "Betrag"})
	for i := 1; i <= 60; i++ {
		f.SetSheetRow("Sheet1", fmt.Sprintf("A%d", i+1), &[]any{fmt.Sprintf("Kunde %d", i), "Köln", 8400, float64(i) + 0.5})
	}
	f.SetSheetRow("Sheet1", "A62", &[]any{"Summe", nil, nil, 1860.0})
	rep := profileBook(t, f)[0]
	if rep.Rows != 60 || rep.Columns[3].Outliers != 0 || !slices.ContainsFunc(rep.Issues, func(is Issue) bool { return is.Code == "totals_row" }) {
		t.Errorf("got %d rows, %d outliers, findings %+v; want 60 rows, no outliers, a totals_row finding", rep.Rows, rep.Columns[3].Outliers, rep.Issues)
	}
}

// Line numbers of a sheet are its rows as Excel numbers them, when the
// sheet begins with empty rows and a title, and after a cell with a line
// break (Alt+Enter).
func TestProfileXLSXRowNumbers(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	sh := "Sheet1"
	// rows 1 and 2 empty, a title in row 3, row 4 empty, the header in row 5
	f.SetCellValue(sh, "A3", "Auftragsliste Oktober")
	f.SetSheetRow(sh, "A5", &[]any{"Auftrag", "Kunde", "Betrag"})
	for r := 6; r <= 65; r++ {
		row := []any{r, fmt.Sprintf("Kunde %d", r%7), float64(r) + 0.5}
		switch r {
		case 10:
			row[1] = "Meyer GmbH\nz. Hd. Frau Kunz" // two lines in one cell
		case 20, 40:
			row = append(row, "Nachtrag") // a cell beyond the header
		case 30:
			row = []any{"Auftrag", "Kunde", "Betrag"} // the header again
		}
		f.SetSheetRow(sh, fmt.Sprintf("A%d", r), &row)
	}
	rep := profileBook(t, f)[0]
	if rep.HeaderLine != 5 || rep.Rows != 59 || !slices.Equal(rep.MalformedLines, []int64{20, 40}) || !slices.Equal(rep.RepeatedHeaderLines, []int64{30}) {
		t.Errorf("header line %d, %d rows, malformed lines %v, repeated header lines %v; want 5, 59, [20 40], [30]",
			rep.HeaderLine, rep.Rows, rep.MalformedLines, rep.RepeatedHeaderLines)
	}
	for _, is := range rep.Issues {
		switch is.Code {
		case "malformed_rows":
			if !strings.Contains(is.Message, "Die Zeilen 20 und 40 haben") {
				t.Errorf("malformed rows: %s", is.Message)
			}
		case "preamble":
			if !strings.Contains(is.Message, "beginnt erst in Zeile 5") {
				t.Errorf("preamble: %s", is.Message)
			}
		}
	}
}
