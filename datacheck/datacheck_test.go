package datacheck

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var testNow = time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)

// profileText profiles the file in as of testNow.
func profileText(t *testing.T, in string) *Report {
	t.Helper()
	rep, err := Profile(strings.NewReader(in), Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// oneColumn is a file of two columns, "Nr" counting the rows and header
// with values repeated down the rows.
func oneColumn(header string, values []string, rows int) string {
	var b strings.Builder
	b.WriteString("Nr;" + header + "\n")
	for i := range rows {
		fmt.Fprintf(&b, "%d;%s\n", i, values[i%len(values)])
	}
	return b.String()
}

type colWant struct {
	Name     string
	Type     string
	Missing  int64
	Distinct int64
	Invalid  int64
	PII      string
}

type reportWant struct {
	Encoding  string
	Delimiter string
	Rows      int64
	Malformed int64
	Lines     []int64
	Dups      int64
	Columns   []colWant
	Issues    []string // "code" or "code:column", sorted
}

func summarize(r *Report) reportWant {
	w := reportWant{Encoding: r.Encoding, Delimiter: r.Delimiter, Rows: r.Rows,
		Malformed: r.MalformedRows, Lines: r.MalformedLines, Dups: r.DuplicateRows}
	for _, c := range r.Columns {
		pii := ""
		if c.PII != nil {
			pii = *c.PII
		}
		w.Columns = append(w.Columns, colWant{c.Name, c.Type, c.Missing, c.Distinct, c.Invalid, pii})
	}
	for _, is := range r.Issues {
		s := is.Code
		if len(is.Columns) > 0 {
			s += ":" + is.Columns[0]
		}
		w.Issues = append(w.Issues, s)
	}
	slices.Sort(w.Issues)
	return w
}

// The expected reports are worked out by hand from the fixtures' comments.
var goldenCases = []struct {
	name string
	data func() []byte
	want reportWant
}{
	{
		name: "erp_kunden",
		data: erpKunden,
		want: reportWant{
			Encoding: "windows-1252", Delimiter: ";", Rows: 120,
			Columns: []colWant{
				{"Kundennr", TypeText, 0, 119, 0, ""},
				{"Firma", TypeText, 0, 5, 0, ""},
				{"Ansprechpartner", TypeText, 0, 6, 0, "name"},
				{"Straße", TypeText, 0, 40, 0, "address"},
				{"PLZ", TypePostcode, 0, 7, 3, ""},
				{"Ort", TypeText, 0, 6, 0, ""},
				{"Telefon", TypePhone, 12, 108, 0, "phone"},
				{"E-Mail", TypeEmail, 4, 116, 4, "email"},
				{"Umsatz 2024", TypeDecimal, 0, 120, 0, ""},
				{"Kunde seit", TypeDate, 0, 120, 0, ""},
				{"Newsletter", TypeBoolean, 0, 2, 0, ""},
			},
			Issues: []string{
				"id_repeats:Kundennr", "invalid_values:E-Mail", "legacy_encoding",
				"lost_leading_zero:PLZ", "missing_values:Telefon", "mixed_formats:Kunde seit", "mixed_formats:Telefon",
				"personal_data:Ansprechpartner", "personal_data:E-Mail", "personal_data:Straße",
				"personal_data:Telefon",
			},
		},
	},
	{
		name: "sensor_log",
		data: sensorLog,
		want: reportWant{
			Encoding: "utf-8", Delimiter: ",", Rows: 300, Malformed: 3, Lines: []int64{101, 251, 261},
			Columns: []colWant{
				{"zeitstempel", TypeDatetime, 0, 300, 0, ""},
				{"maschine", TypeText, 0, 3, 0, ""},
				{"temperatur_c", TypeDecimal, 1, 11, 0, ""},
				{"drehzahl", TypeInteger, 0, 7, 0, ""},
				{"vibration", TypeDecimal, 240, 9, 0, ""},
				{"status", TypeText, 0, 1, 0, ""},
				{"kommentar", TypeText, 300, 0, 0, ""},
			},
			Issues: []string{
				"constant_column:status", "empty_column:kommentar", "malformed_rows",
				"mostly_empty:vibration", "outliers:temperatur_c",
			},
		},
	},
	{
		name: "rechnungen",
		data: rechnungen,
		want: reportWant{
			Encoding: "utf-8-bom", Delimiter: ";", Rows: 80, Malformed: 1, Lines: []int64{52}, Dups: 2,
			Columns: []colWant{
				{"Rechnungsnr", TypeText, 0, 78, 0, ""},
				{"Rechnungsdatum", TypeDate, 0, 78, 1, ""},
				{"Kunde", TypeText, 0, 4, 0, ""}, // firms: "Schreinerei Koch", "Autohaus Lange",
				{"Betrag", TypeDecimal, 0, 78, 0, ""},
				{"MwSt", TypeInteger, 0, 2, 0, ""},
				{"Bezahlt", TypeBoolean, 1, 2, 0, ""},
				{"Bemerkung", TypeText, 77, 3, 0, ""},
			},
			Issues: []string{
				"duplicate_rows", "id_repeats:Rechnungsnr", "invalid_values:Rechnungsdatum",
				"malformed_rows", "mostly_empty:Bemerkung",
				"stale_dates:Rechnungsdatum",
			},
		},
	},
	{
		name: "kontoauszug",
		data: kontoauszug,
		want: reportWant{
			Encoding: "utf-8", Delimiter: "\t", Rows: 60,
			Columns: []colWant{
				{"Buchungstag", TypeDate, 0, 28, 0, ""},
				{"Valuta", TypeDate, 0, 28, 0, ""},
				{"Auftraggeber", TypeText, 0, 5, 0, "name"},
				{"IBAN", TypeIBAN, 4, 56, 1, "iban"},
				{"Verwendungszweck", TypeText, 0, 5, 0, ""}, // " Miete November" is "Miete November"
				{"Betrag", TypeDecimal, 0, 60, 0, ""},
				{"Währung", TypeText, 0, 1, 0, ""},
			},
			Issues: []string{
				"constant_column:Währung", "duplicate_columns:Buchungstag", "invalid_values:IBAN", "missing_values:IBAN",
				"personal_data:Auftraggeber", "personal_data:IBAN", "whitespace:Verwendungszweck",
			},
		},
	},
}

func TestProfileGolden(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			data := tc.data()
			rep, err := Profile(bytes.NewReader(data), Options{Now: testNow})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, summarize(rep)); diff != "" {
				t.Errorf("report mismatch (-want +got):\n%s", diff)
			}
			got, err := json.MarshalIndent(rep, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", tc.name+".golden")
			if *update {
				if err := os.WriteFile(filepath.Join("testdata", tc.name+".csv"), data, 0o644); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden file (run go test -update): %v", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("golden mismatch (-want +got):\n%s", diff)
			}
			// Chunk boundaries, the number of workers and whether chunks
			// are cut at guessed record ends (on a seekable input) must
			// not matter.
			for _, opt := range []Options{{Workers: 1, ChunkSize: 7}, {Workers: 3, ChunkSize: 100}, {Workers: 2, ChunkSize: 1000}} {
				opt.Now = testNow
				for _, r := range []io.Reader{bytes.NewReader(data), struct{ io.Reader }{bytes.NewReader(data)}} {
					rep2, err := Profile(r, opt)
					if err != nil {
						t.Fatal(err)
					}
					got2, _ := json.MarshalIndent(rep2, "", "  ")
					if diff := cmp.Diff(string(got), string(got2)); diff != "" {
						t.Errorf("with workers %d, chunk size %d, %T (-default +got):\n%s", opt.Workers, opt.ChunkSize, r, diff)
					}
				}
			}
		})
	}
}
