package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestDatacheckCmd(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(dir, "kunden.csv")
	if err := os.WriteFile(csv, []byte("Kundennr;Name;E-Mail;PLZ\nK1;Jörg Weber;j@example.org;01067\nK2;Anna Koch;a(at)example.org;1067\nK2;Anna Koch;a(at)example.org;1067\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "leer.csv")
	os.WriteFile(empty, nil, 0o644)
	report := filepath.Join(dir, "bericht.html")
	wide := filepath.Join(dir, "breit.csv")
	os.WriteFile(wide, []byte(strings.Repeat("x;", 2500)+"x\n"), 0o644)
	pdf := filepath.Join(dir, "angebot.csv")
	os.WriteFile(pdf, []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), 0o644)
	// a workbook whose name says .xls
	book := excelize.NewFile()
	book.SetSheetRow("Sheet1", "A1", &[]any{"Artikel", "Preis"})
	book.SetSheetRow("Sheet1", "A2", &[]any{"Tasse", 9.99})
	xls := filepath.Join(dir, "preise.xls")
	if err := book.SaveAs(xls + "x"); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(xls+"x", xls); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name       string
		args       []string
		wantErr    string
		wantStdout []string
		wantStderr []string
	}{
		{name: "summary in German", args: []string{csv}, wantStdout: []string{"Daten-Check: kunden.csv", "KI-Tauglichkeit:", "Doppelte Zeilen", "Personenbezug"}},
		{name: "json report", args: []string{"--json", csv}, wantStdout: []string{`"duplicate_rows": 1`, `"delimiter": ";"`}},
		{name: "html report", args: []string{"--html", report, csv}, wantStdout: []string{"HTML-Bericht geschrieben"}},
		{name: "help", args: []string{"-h"}, wantStderr: []string{"Aufruf: lotse datacheck"}},
		{name: "no file", args: nil, wantErr: "keine Datei angegeben"},
		{name: "missing file", args: []string{filepath.Join(dir, "fehlt.csv")}, wantErr: "gibt es nicht"},
		{name: "empty file", args: []string{empty}, wantErr: "ist leer"},
		{name: "directory", args: []string{dir}, wantErr: "ist ein Verzeichnis"},
		{name: "no table", args: []string{pdf}, wantErr: "ist keine Tabelle im Textformat (CSV), sondern ein PDF-Dokument. Speichern Sie"},
		{name: "too many columns", args: []string{wide}, wantErr: "hat mindestens 2.501 Spalten, der Daten-Check prüft höchstens 2.000. Speichern Sie"},
		{name: "a workbook by its content", args: []string{xls}, wantStdout: []string{"preise.xls – Blatt Sheet1", "Excel-Arbeitsblatt"}},
		{name: "html into a missing folder", args: []string{"--html", filepath.Join(dir, "fehlt", "bericht.html"), csv}, wantErr: "Den Ordner " + filepath.Join(dir, "fehlt") + " für den HTML-Bericht gibt es nicht"},
		{name: "one of two files missing", args: []string{csv, filepath.Join(dir, "fehlt.csv")}, wantErr: "konnte nicht geprüft werden", wantStdout: []string{"kunden.csv"}, wantStderr: []string{"gibt es nicht"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := datacheckCmd(context.Background(), tc.args, &stdout, &stderr)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatalf("got error %v, want none", err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Fatalf("got error %v, want one containing %q", err, tc.wantErr)
			}
			for _, s := range tc.wantStdout {
				if !strings.Contains(stdout.String(), s) {
					t.Errorf("stdout lacks %q:\n%s", s, stdout.String())
				}
			}
			for _, s := range tc.wantStderr {
				if !strings.Contains(stderr.String(), s) {
					t.Errorf("stderr lacks %q:\n%s", s, stderr.String())
				}
			}
		})
	}
	html, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"<svg", "KI-Tauglichkeit", "kunden.csv", "Kundennr"} {
		if !bytes.Contains(html, []byte(s)) {
			t.Errorf("html report lacks %q", s)
		}
	}
}

func TestDatacheckJSONIsOneObjectPerFile(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.csv")
	os.WriteFile(a, []byte("x,y\n1,2\n"), 0o644)
	var stdout bytes.Buffer
	if err := datacheckCmd(context.Background(), []string{"--json", a, a}, &stdout, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	var reps []map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &reps); err != nil {
		t.Fatalf("two files: want a JSON array: %v", err)
	}
	if len(reps) != 2 || reps[0]["rows"] != 1.0 {
		t.Errorf("got %v", reps)
	}
}

// The number of file arguments decides the shape of the JSON, not which
// files could be read.
func TestDatacheckJSONShapeFollowsArguments(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.csv")
	os.WriteFile(a, []byte("x,y\n1,2\n"), 0o644)
	missing := filepath.Join(dir, "fehlt.csv")
	tests := []struct {
		name    string
		args    []string
		want    string // "{" or "["
		wantErr bool
	}{
		{name: "one file gives an object", args: []string{a}, want: "{"},
		{name: "two files give a list", args: []string{a, a}, want: "["},
		{name: "a list also when one of two is missing", args: []string{a, missing}, want: "[", wantErr: true},
		{name: "an empty list when both are missing", args: []string{missing, missing}, want: "[", wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := datacheckCmd(context.Background(), append([]string{"--json"}, tc.args...), &stdout, &stderr)
			if (err != nil) != tc.wantErr {
				t.Fatalf("got error %v, want error %v", err, tc.wantErr)
			}
			if tc.wantErr && !strings.Contains(stderr.String(), "gibt es nicht") {
				t.Errorf("stderr lacks the reason: %q", stderr.String())
			}
			var v any
			if err := json.Unmarshal(stdout.Bytes(), &v); err != nil || !strings.HasPrefix(stdout.String(), tc.want) {
				t.Errorf("got %q (%v), want JSON starting with %s", stdout.String(), err, tc.want)
			}
		})
	}
}
