//go:build !noxlsx

package datacheck

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"github.com/xuri/excelize/v2"
)

// xlsxOptions formats dates as German Excel shows them. Each format names
// its language (407, German): excelize formats a date whose format names
// none by searching all its languages, for every cell (see tagDateFormats).
var xlsxOptions = excelize.Options{ShortDatePattern: "[$-407]dd.mm.yyyy", LongDatePattern: "[$-407]dd.mm.yyyy", LongTimePattern: "[$-407]hh:mm:ss"}

// ProfileXLSX profiles each sheet of the Excel workbook at path. Empty sheets
// are skipped. Cells are read as Excel shows them; dates with the short date
// format come out as TT.MM.JJJJ. It stops early with ctx's error when ctx
// is done.
func ProfileXLSX(ctx context.Context, path string, opt Options) ([]*Report, error) {
	f, err := excelize.OpenFile(path, xlsxOptions)
	if err != nil {
		return nil, notWorkbook(err)
	}
	defer f.Close()
	return profileWorkbook(ctx, f, opt)
}

// ProfileXLSXReader is ProfileXLSX for a workbook read from r.
func ProfileXLSXReader(r io.Reader, opt Options) ([]*Report, error) {
	f, err := excelize.OpenReader(r, xlsxOptions)
	if err != nil {
		return nil, notWorkbook(err)
	}
	defer f.Close()
	return profileWorkbook(context.Background(), f, opt)
}

// notWorkbook turns the error of opening a ZIP archive that is no workbook
// into a NotTableError; errors of reading the file stay as they are.
func notWorkbook(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return err
	}
	return &NotTableError{What: "ein ZIP-Archiv, aber keine Excel-Arbeitsmappe",
		Advice: "Ist es eine Arbeitsmappe, öffnen und speichern Sie sie in Excel neu; sonst entpacken Sie das Archiv und prüfen Sie die Tabellen darin einzeln."}
}

func profileWorkbook(ctx context.Context, f *excelize.File, opt Options) ([]*Report, error) {
	tagDateFormats(f)
	opt.Delimiter = ';'
	opt.dotDecimals = true
	opt.SizeHint = 0
	opt.Progress = nil
	var reps []*Report
	for _, sheet := range f.GetSheetList() {
		rows, err := f.Rows(sheet)
		if err != nil {
			return nil, fmt.Errorf("read sheet %s: %w", sheet, err)
		}
		pr, pw := io.Pipe()
		var at sheetRows
		go func() {
			pw.CloseWithError(writeSheetCSV(ctx, pw, rows, &at))
		}()
		opt.rowOf = at.row
		rep, err := Profile(pr, opt)
		pr.Close()
		rows.Close()
		if errors.Is(err, ErrNoData) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("sheet %s: %w", sheet, err)
		}
		rep.Sheet = sheet
		rep.Delimiter = ""
		reps = append(reps, rep)
	}
	if len(reps) == 0 {
		return nil, ErrNoData
	}
	return reps, nil
}

// tagDateFormats names German as the language of the workbook's own date
// and time formats that name none. Without it, excelize searches its table
// of languages for every date cell: a sheet of 100,000 dates took ten
// seconds, seven of them in that search. Digits come out the same; month
// and day names in German, as a German Excel shows them.
func tagDateFormats(f *excelize.File) {
	if _, err := f.GetStyle(0); err != nil || f.Styles == nil || f.Styles.NumFmts == nil {
		return
	}
	for _, nf := range f.Styles.NumFmts.NumFmt {
		if nf != nil && isDateFormat(nf.FormatCode) {
			nf.FormatCode = "[$-407]" + nf.FormatCode
		}
	}
}

// isDateFormat reports whether an Excel number format code writes a date
// or time (years, days, hours or seconds outside quoted text, or elapsed
// time such as [h]) and names no language.
func isDateFormat(code string) bool {
	if strings.Contains(code, "[$-") {
		return false
	}
	quoted := false
	bracket := -1 // where the open bracket's content starts
	code = strings.ToLower(code)
	for i, r := range code {
		switch {
		case r == '"':
			quoted = !quoted
		case quoted:
		case r == '[':
			bracket = i + 1
		case r == ']':
			if bracket < 0 {
				break
			}
			if in := code[bracket:i]; in != "" && strings.Trim(in, "hms") == "" {
				return true // elapsed time: [h]:mm, [mm]:ss
			}
			bracket = -1
		case bracket >= 0:
		case r == 'y' || r == 'd' || r == 'h' || r == 's':
			return true
		}
	}
	return false
}

// sheetRows maps the lines of the CSV that writeSheetCSV writes to the rows
// of the sheet: the sheet's leading empty rows are left out, and a cell with
// a line break (Alt+Enter) spans two lines. It keeps the difference of row
// and line from each line on where it changes.
type sheetRows struct {
	mu    sync.Mutex
	from  []int64 // lines
	shift []int64 // row minus line, from from[i] on
}

// note records that line is the start of the sheet's row.
func (s *sheetRows) note(line, row int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if n := len(s.shift); n == 0 && row != line || n > 0 && s.shift[n-1] != row-line {
		s.from = append(s.from, line)
		s.shift = append(s.shift, row-line)
	}
}

// row returns the sheet's row at line.
func (s *sheetRows) row(line int64) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	i, found := slices.BinarySearch(s.from, line)
	if !found {
		i--
	}
	if i < 0 {
		return line
	}
	return line + s.shift[i]
}

// writeSheetCSV writes the rows of a sheet as ';'-separated CSV and notes in
// at which row each line starts. Rows shorter than the header (the first row
// of two or more cells; a title may come before it) are padded: Excel does
// not store empty cells at the end of a row.
func writeSheetCSV(ctx context.Context, w io.Writer, rows *excelize.Rows, at *sheetRows) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	started := false
	width := 0
	var row, line int64 = 0, 1 // the sheet's row, the line it starts
	for rows.Next() {
		row++
		if err := ctx.Err(); err != nil {
			return err
		}
		cells, err := rows.Columns()
		if err != nil {
			return err
		}
		if len(cells) == 0 {
			if started {
				bw.WriteString("\n")
				line++
			}
			continue // leading empty rows are left out
		}
		started = true
		at.note(line, row)
		if width == 0 && len(cells) >= 2 {
			width = len(cells)
		}
		n := max(len(cells), width)
		for i := range n {
			if i > 0 {
				bw.WriteByte(';')
			}
			if i < len(cells) {
				writeCSVField(bw, cells[i])
				line += int64(strings.Count(cells[i], "\n"))
			}
		}
		bw.WriteByte('\n')
		line++
	}
	if err := rows.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

func writeCSVField(w *bufio.Writer, s string) {
	if !strings.ContainsAny(s, ";\"\n\r") {
		w.WriteString(s)
		return
	}
	w.WriteByte('"')
	w.WriteString(strings.ReplaceAll(s, `"`, `""`))
	w.WriteByte('"')
}
