// Package datacheck profiles tabular data files (CSV, TSV, Excel) and reports,
// in plain German, how fit they are for use with AI: types, missing and invalid
// values, duplicates, personal data and an explained score.
//
// Profile streams its input once, in parallel, with memory bounded whatever the
// size of the file. The CLI command and the WebAssembly page share it.
package datacheck

// Report is the result of profiling one table (a CSV file or one Excel sheet).
type Report struct {
	File      string `json:"file,omitempty"`
	Sheet     string `json:"sheet,omitempty"`
	Encoding  string `json:"encoding"`  // "utf-8", "utf-8-bom", "windows-1252", "iso-8859-1", "utf-16le", "utf-16be"
	Delimiter string `json:"delimiter"` // ";", ",", "\t", "|"
	Bytes     int64  `json:"bytes"`
	// HeaderLine is the line (1-based) of the header: 1, unless lines before
	// the table were skipped (see the issue "preamble").
	HeaderLine    int64 `json:"header_line"`
	Rows          int64 `json:"rows"`           // data rows, header excluded
	MalformedRows int64 `json:"malformed_rows"` // rows whose field count differs from the header's
	// MalformedLines holds the line numbers (1-based, as in the file) of the
	// first malformed rows.
	MalformedLines []int64 `json:"malformed_lines,omitempty"`
	// RepeatedHeaders counts the rows that repeat the header, as where
	// exports were appended to one another; they are not data rows.
	// RepeatedHeaderLines holds the line numbers of the first of them.
	RepeatedHeaders     int64   `json:"repeated_headers,omitempty"`
	RepeatedHeaderLines []int64 `json:"repeated_header_lines,omitempty"`
	// EmptyRows counts the rows of empty fields only (";;;;"); they are
	// not data rows.
	EmptyRows     int64 `json:"empty_rows,omitempty"`
	DuplicateRows int64 `json:"duplicate_rows"` // exact repeats of an earlier row
	// DuplicatesEstimated is true when the file had too many rows to remember
	// every one and DuplicateRows was estimated from a sample of them.
	DuplicatesEstimated bool        `json:"duplicates_estimated,omitempty"`
	Score               int         `json:"score"` // 0–100, "KI-Tauglichkeit"
	Deductions          []Deduction `json:"deductions"`
	Issues              []Issue     `json:"issues"`
	Columns             []Column    `json:"columns"`

	asciiStart    bool     // read as UTF-8, and the first 64 KB are plain ASCII
	preamble      []string // the first values of the lines before the header
	preambleLines int64    // lines before the header, a "sep=" line excluded
	datev         string   // the format a DATEV header line before the table names ("Buchungsstapel"), if there is one
	footer        []string // the first values of the records after the table ("" for none), see tableEnd
	footerLine    int64    // the line of the first of them
	utf8InLatin1  int64    // characters in UTF-8 in a file read as Windows-1252
	crOnly        bool     // lines end in CR alone
	framed        bool     // a list laid out for reading (see framedList)
	pairs         []pairReport
}

// Deduction is one reason why the score is below 100.
type Deduction struct {
	Points int    `json:"points"`
	Reason string `json:"reason"`
}

// Severity of an issue.
const (
	SeverityHigh   = "high"
	SeverityMedium = "medium"
	SeverityLow    = "low"
)

// Issue is one finding, with a German sentence that says what is wrong and
// what to do about it.
type Issue struct {
	Code     string   `json:"code"`
	Severity string   `json:"severity"`
	Columns  []string `json:"columns,omitempty"`
	Title    string   `json:"title"`
	Message  string   `json:"message"`
	// Points is what the finding costs alone; findings of one kind in
	// several columns cost less together (see Report.Deductions).
	Points int `json:"points"`
}

// Column types.
const (
	TypeInteger  = "integer"
	TypeDecimal  = "decimal"
	TypeDate     = "date"
	TypeDatetime = "datetime"
	TypeBoolean  = "boolean"
	TypeText     = "text"
	TypeEmail    = "email"
	TypePostcode = "postcode"
	TypeIBAN     = "iban"
	TypePhone    = "phone"
	TypeURL      = "url"
)

// Column is the profile of one column.
type Column struct {
	Name     string `json:"name"`
	Type     string `json:"type"`
	Missing  int64  `json:"missing"`
	Distinct int64  `json:"distinct"`
	// DistinctEstimated is true when the column had too many different values
	// to count exactly; Distinct is then a HyperLogLog estimate (error < 2%).
	DistinctEstimated bool  `json:"distinct_estimated,omitempty"`
	Invalid           int64 `json:"invalid"`
	// InvalidExamples shows a few values that do not fit the type.
	InvalidExamples []string `json:"invalid_examples,omitempty"`
	// EncodingErrors counts the values that are not valid UTF-8, in a file
	// read as UTF-8; they do not count as Invalid.
	EncodingErrors int64 `json:"encoding_errors,omitempty"`
	// Formats counts the notations seen, e.g. {"TT.MM.JJJJ": 990, "JJJJ-MM-TT": 10}.
	Formats map[string]int64 `json:"formats,omitempty"`

	// Min, Max and Mean are numbers for integer and decimal columns, and
	// "YYYY-MM-DD" strings for date and datetime columns (no mean).
	Min       any                `json:"min,omitempty"`
	Max       any                `json:"max,omitempty"`
	Mean      *float64           `json:"mean,omitempty"`
	Quantiles map[string]float64 `json:"quantiles,omitempty"` // p05 p25 p50 p75 p95, numbers only
	Outliers  int64              `json:"outliers,omitempty"`
	Histogram []Bin              `json:"histogram,omitempty"`

	// MinLength and MaxLength are the lengths of the shortest and the
	// longest value, in characters; in bytes where a column of characters
	// beyond ASCII has too many different values to keep each, values of
	// more than 80 bytes, or values with blanks around them.
	MinLength int `json:"min_length,omitempty"`
	MaxLength int `json:"max_length,omitempty"`

	TopValues          []ValueCount `json:"top_values,omitempty"`
	TopValuesEstimated bool         `json:"top_values_estimated,omitempty"`

	PII    *string `json:"pii"` // null, or email, phone, iban, name, address, birthdate
	Issues []Issue `json:"issues"`

	stats   *colStats
	hint    hint
	unnamed bool
	// excelDays: the numbers are Excel's day numbers of dates, under a
	// date's name (see namesDate)
	excelDays bool
	// postcodes of other countries in a postcode column, a few of them,
	// and the German ones short of their leading zero (see
	// colStats.postcodes)
	foreign   int64
	foreignEx []string
	lostZeros int64
	// German postcodes behind the country's letters, "D-80331"
	prefixed int64
	// clock: the text holds times of day or durations (clockNone, …)
	clock int
	// scheme: the column holds codes with a check digit (schemeGTIN, …)
	scheme int
	// in a column of dates, bare years and months of a year (see
	// colStats.column)
	years, monthYears int64
	// spellings: values the column writes in several ways
	spellings []spelling
	// unixPer: the numbers are Unix time stamps, of 1/unixPer seconds
	unixPer float64
	// negatives: numbers below zero in a column whose name says it holds
	// none (see namesNonNegative)
	negatives int64
}

// Bin is one bar of a distribution.
type Bin struct {
	Label string `json:"label"`
	Count int64  `json:"count"`
}

// ValueCount is a value with the number of rows holding it.
type ValueCount struct {
	Value string `json:"value"`
	Count int64  `json:"count"`
}

// TypeLabel returns the German name of a column type.
func TypeLabel(t string) string {
	switch t {
	case TypeInteger:
		return "Ganzzahl"
	case TypeDecimal:
		return "Dezimalzahl"
	case TypeDate:
		return "Datum"
	case TypeDatetime:
		return "Zeitpunkt"
	case TypeBoolean:
		return "Ja/Nein"
	case TypeEmail:
		return "E-Mail"
	case TypePostcode:
		return "Postleitzahl"
	case TypeIBAN:
		return "IBAN"
	case TypePhone:
		return "Telefon"
	case TypeURL:
		return "Webadresse"
	}
	return "Text"
}

// SeverityLabel returns the German name of a severity.
func SeverityLabel(s string) string {
	switch s {
	case SeverityHigh:
		return "hoch"
	case SeverityMedium:
		return "mittel"
	}
	return "niedrig"
}

// PIILabel returns the German name of a kind of personal data, or "".
func PIILabel(p *string) string {
	if p == nil {
		return ""
	}
	return map[string]string{"email": "E-Mail", "phone": "Telefon", "iban": "IBAN", "name": "Name",
		"address": "Anschrift", "birthdate": "Geburtsdatum"}[*p]
}
