// Command planted reads a datacheck JSON report of a file made by
// ../shared/bench/gen_csv.go and tells, for every kind of planted error,
// whether the report found it. It exits with status 1 if one was missed.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"lotse/datacheck"
)

func main() {
	var r datacheck.Report
	if err := json.NewDecoder(os.Stdin).Decode(&r); err != nil {
		fmt.Fprintln(os.Stderr, "planted: read report:", err)
		os.Exit(2)
	}
	col := map[string]datacheck.Column{}
	for _, c := range r.Columns {
		col[c.Name] = c
	}
	has := func(column, code string) bool {
		for _, is := range col[column].Issues {
			if is.Code == code {
				return true
			}
		}
		return false
	}
	fileIssue := func(code string) bool {
		for _, is := range r.Issues {
			if is.Code == code {
				return true
			}
		}
		return false
	}
	dupShare := float64(r.DuplicateRows) / float64(max(r.Rows, 1))
	checks := []struct {
		what string
		ok   bool
		got  string
	}{
		{"~0.1% exact duplicate rows", fileIssue("duplicate_rows") && dupShare > 0.0007 && dupShare < 0.0013,
			fmt.Sprintf("%d duplicate rows (%.3f%%)", r.DuplicateRows, 100*dupShare)},
		{"quoted fields with ';' and '\"' parse cleanly", r.MalformedRows == 0, fmt.Sprintf("%d malformed rows", r.MalformedRows)},
		{"dates dd.mm.yyyy read as dates", col["rechnungsdatum"].Type == datacheck.TypeDate, col["rechnungsdatum"].Type},
		{"~0.5% ISO dates mixed in", has("rechnungsdatum", "mixed_formats"), fmt.Sprint(col["rechnungsdatum"].Formats)},
		{"~0.05% impossible dates", has("rechnungsdatum", "invalid_values") && col["rechnungsdatum"].Invalid > 0,
			fmt.Sprintf("%d invalid, e.g. %v", col["rechnungsdatum"].Invalid, col["rechnungsdatum"].InvalidExamples)},
		{"amounts \"1.234,56\" read as decimals", col["betrag"].Type == datacheck.TypeDecimal, col["betrag"].Type},
		{"rare amount outliers", has("betrag", "outliers"), fmt.Sprintf("%d outliers, max %v", col["betrag"].Outliers, col["betrag"].Max)},
		{"~0.5% invalid e-mails", col["email"].Type == datacheck.TypeEmail && has("email", "invalid_values"),
			fmt.Sprintf("%d invalid", col["email"].Invalid)},
		{"5-digit postcodes stay text", col["plz"].Type == datacheck.TypePostcode, col["plz"].Type},
		{"~0.3% postcodes lost their leading zero", has("plz", "lost_leading_zero"), fmt.Sprintf("%d invalid", col["plz"].Invalid)},
		{"~0.2% IBANs with a wrong check digit", col["iban"].Type == datacheck.TypeIBAN && has("iban", "invalid_values"),
			fmt.Sprintf("%d invalid", col["iban"].Invalid)},
		{"phone numbers recognised", col["telefon"].Type == datacheck.TypePhone, col["telefon"].Type},
		{"constant column land", has("land", "constant_column"), fmt.Sprintf("%d distinct", col["land"].Distinct)},
		{"personal data flagged (name, email, phone, iban)", has("name", "personal_data") && has("email", "personal_data") &&
			has("telefon", "personal_data") && has("iban", "personal_data"), ""},
	}
	missed := 0
	for _, c := range checks {
		mark := "gefunden  "
		if !c.ok {
			mark = "VERPASST  "
			missed++
		}
		fmt.Printf("  %s %-50s %s\n", mark, c.what, c.got)
	}
	if missed > 0 {
		fmt.Printf("  %d von %d geplanten Fehlerarten verpasst\n", missed, len(checks))
		os.Exit(1)
	}
	fmt.Printf("  alle %d geplanten Fehlerarten gefunden\n", len(checks))
}
