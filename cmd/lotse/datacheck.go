package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"lotse"
	"lotse/datacheck"
)

const datacheckUsage = `Aufruf: lotse datacheck [--json | --html BERICHT.html] DATEI…

Prüft Datendateien (CSV, TSV, Excel .xlsx) darauf, ob sie sich für KI eignen:
Spaltentypen, fehlende und ungültige Werte, Dubletten, personenbezogene Daten
und eine erklärte Punktzahl (KI-Tauglichkeit, 0–100). Die Daten verlassen den
Rechner nicht.

Optionen:
  --json          den maschinenlesbaren Bericht (JSON) auf die Standardausgabe schreiben:
                  für eine DATEI ein Objekt, für mehrere DATEIen (oder die Blätter
                  einer Arbeitsmappe) eine Liste
  --html DATEI    zusätzlich einen HTML-Bericht in DATEI schreiben
  -h, --help      diese Hilfe zeigen

Der Rückgabewert ist 0, wenn die Prüfung durchlief – was immer sie fand –, und 1,
wenn eine Datei nicht gelesen werden konnte.
`

// datacheckCmd runs "lotse datacheck".
func datacheckCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fset := flag.NewFlagSet("datacheck", flag.ContinueOnError)
	fset.SetOutput(stderr)
	fset.Usage = func() { fmt.Fprint(stderr, datacheckUsage) }
	asJSON := fset.Bool("json", false, "")
	htmlOut := fset.String("html", "", "")
	if err := fset.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	files := fset.Args()
	if len(files) == 0 {
		fmt.Fprint(stderr, datacheckUsage)
		return errors.New("keine Datei angegeben")
	}
	if *asJSON && *htmlOut != "" {
		return errors.New("--json und --html schließen sich aus")
	}
	if *htmlOut != "" {
		// say so before a large file is read, not after
		if _, err := os.Stat(filepath.Dir(*htmlOut)); err != nil {
			return htmlFileError(*htmlOut, err)
		}
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		// Keep the heap (and so the resident set) of large files well
		// under 256 MB; the profiler's own tables take about 150 MB at most.
		debug.SetMemoryLimit(180 << 20)
	}
	var reports []*datacheck.Report
	var failed []string
	for _, name := range files {
		reps, err := checkFile(ctx, name, stderr)
		if err != nil {
			if ctx.Err() != nil {
				return errors.New("abgebrochen")
			}
			if len(files) == 1 {
				return err
			}
			fmt.Fprintln(stderr, err)
			failed = append(failed, name)
			continue
		}
		reports = append(reports, reps...)
		if !*asJSON {
			for _, r := range reps {
				printSummary(stdout, r)
			}
		}
	}
	if *asJSON && (len(reports) > 0 || len(files) > 1) {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		// The number of arguments decides the shape, not which of them
		// could be read: a script reading several files gets a list.
		var v any = reports
		if len(files) == 1 && len(reports) == 1 {
			v = reports[0]
		}
		if reports == nil {
			v = []*datacheck.Report{}
		}
		if err := enc.Encode(v); err != nil {
			return err
		}
	}
	if *htmlOut != "" && len(reports) > 0 {
		if err := writeHTMLFile(*htmlOut, reports); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "HTML-Bericht geschrieben: %s\n", *htmlOut)
	}
	switch len(failed) {
	case 0:
		return nil
	case 1:
		return fmt.Errorf("die Datei %s konnte nicht geprüft werden", failed[0])
	}
	return fmt.Errorf("%d Dateien konnten nicht geprüft werden: %s", len(failed), strings.Join(failed, ", "))
}

func writeHTMLFile(name string, reports []*datacheck.Report) error {
	f, err := os.Create(name)
	if err != nil {
		return htmlFileError(name, err)
	}
	if err := datacheck.WriteHTML(f, reports); err != nil {
		f.Close()
		return fmt.Errorf("write html report: %w", err)
	}
	return f.Close()
}

// htmlFileError says in German why the HTML report cannot be written.
func htmlFileError(name string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("Den Ordner %s für den HTML-Bericht gibt es nicht. Legen Sie ihn an oder geben Sie einen anderen Ort an.", filepath.Dir(name))
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("Keine Berechtigung, den HTML-Bericht %s anzulegen. Geben Sie einen anderen Ort an.", name)
	}
	return fmt.Errorf("Der HTML-Bericht %s kann nicht angelegt werden: %v", name, err)
}

// readError says in German why a file could not be read.
func readError(name string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("Die Datei %s gibt es nicht.", name)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("Keine Berechtigung, die Datei %s zu lesen.", name)
	case errors.Is(err, datacheck.ErrNoData):
		return fmt.Errorf("Die Datei %s ist leer.", name)
	}
	if nt := (*datacheck.NotTableError)(nil); errors.As(err, &nt) {
		return fmt.Errorf("Die Datei %s ist keine Tabelle im Textformat (CSV), sondern %s. %s", name, nt.What, nt.Advice)
	}
	return fmt.Errorf("Die Datei %s kann nicht gelesen werden: %s.", name, strings.TrimSuffix(err.Error(), "."))
}

func checkFile(ctx context.Context, name string, stderr io.Writer) ([]*datacheck.Report, error) {
	st, err := os.Stat(name)
	if err != nil {
		return nil, readError(name, err)
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%s ist ein Verzeichnis, keine Datei.", name)
	}
	opt := datacheck.Options{SizeHint: st.Size()}
	bar := newProgress(stderr, st.Size())
	opt.Progress = bar.update
	defer bar.done()
	f, err := os.Open(name)
	if err != nil {
		return nil, readError(name, err)
	}
	defer f.Close()
	if !st.Mode().IsRegular() {
		return checkStream(ctx, name, f, opt)
	}
	head := make([]byte, 4)
	n, _ := io.ReadFull(f, head)
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, readError(name, err)
	}
	// a workbook, whatever its name says
	if datacheck.IsZip(head[:n]) {
		reps, err := datacheck.ProfileXLSX(ctx, name, opt)
		if err != nil {
			return nil, readError(name, err)
		}
		for _, r := range reps {
			r.File = filepath.Base(name)
		}
		return reps, nil
	}
	rep, err := datacheck.ProfileFile(ctx, name, opt)
	if err != nil {
		return nil, readError(name, err)
	}
	rep.File = filepath.Base(name)
	return []*datacheck.Report{rep}, nil
}

// checkStream profiles the file name, opened as f, that is no regular file
// but a stream, as a pipe ("lotse datacheck <(cat kunden.csv)") or a device
// is: read once from its start, with no seek back and no second opening.
func checkStream(ctx context.Context, name string, f *os.File, opt datacheck.Options) ([]*datacheck.Report, error) {
	r := bufio.NewReader(f)
	head, _ := r.Peek(4)
	var reps []*datacheck.Report
	var err error
	if datacheck.IsZip(head) {
		reps, err = datacheck.ProfileXLSXReader(datacheck.Cancelable(ctx, r), opt)
	} else {
		var rep *datacheck.Report
		rep, err = datacheck.Profile(datacheck.Cancelable(ctx, r), opt)
		reps = []*datacheck.Report{rep}
	}
	if err != nil {
		return nil, readError(name, err)
	}
	for _, rep := range reps {
		rep.File = name // "/dev/fd/63" rather than "63"
	}
	return reps, nil
}

// progress draws a progress bar on a terminal for files over 64 MB.
type progress struct {
	w     io.Writer
	size  int64
	on    bool
	last  time.Time
	drawn bool
}

func newProgress(w io.Writer, size int64) *progress {
	p := &progress{w: w, size: size}
	if f, ok := w.(*os.File); ok && size > 64<<20 {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.on = true
		}
	}
	return p
}

func (p *progress) update(n int64) {
	if !p.on || time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.last = time.Now()
	const width = 30
	frac := min(float64(n)/float64(p.size), 1)
	full := int(frac * width)
	fmt.Fprintf(p.w, "\r[%s%s] %3.0f %%  %s von %s", strings.Repeat("#", full), strings.Repeat(".", width-full), 100*frac, megabytes(n), megabytes(p.size))
	p.drawn = true
}

func (p *progress) done() {
	if p.drawn {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", 70))
	}
}

func megabytes(n int64) string {
	return strings.ReplaceAll(fmt.Sprintf("%.1f MB", float64(n)/1e6), ".", ",")
}

// thousands writes n with German thousands dots.
func thousands(n int64) string { return lotse.GroupThousands(strconv.FormatInt(n, 10)) }

func printSummary(w io.Writer, r *datacheck.Report) {
	title := r.File
	if r.Sheet != "" {
		title += " – Blatt " + r.Sheet
	}
	fmt.Fprintf(w, "Daten-Check: %s\n", title)
	fmt.Fprintf(w, "  %s · %s\n", r.Shape(), r.Format())
	fmt.Fprintf(w, "\n  KI-Tauglichkeit: %d von 100 Punkten\n", r.Score)
	if len(r.Deductions) > 0 {
		fmt.Fprintln(w, "  Abzüge:")
		for _, d := range r.Deductions {
			fmt.Fprintf(w, "    −%-3d %s\n", d.Points, d.Reason)
		}
	}
	if len(r.Issues) > 0 {
		fmt.Fprintln(w, "\n  Befunde (was zu tun ist):")
		for _, sev := range []string{datacheck.SeverityHigh, datacheck.SeverityMedium, datacheck.SeverityLow} {
			for _, is := range r.Issues {
				if is.Severity == sev {
					fmt.Fprintf(w, "  [%s] %s\n", datacheck.SeverityLabel(sev), wrap(is.Message, 76, "         "))
				}
			}
		}
	} else {
		fmt.Fprintln(w, "\n  Keine Befunde.")
	}
	fmt.Fprintln(w, "\n  Spalten:")
	nameW := 6
	for _, c := range r.Columns {
		nameW = max(nameW, min(len([]rune(c.Name)), 28))
	}
	fmt.Fprintf(w, "  %-*s  %-13s %10s %12s %10s  %s\n", nameW, "Name", "Typ", "fehlend", "verschieden", "ungültig", "Personenbezug")
	for _, c := range r.Columns {
		name := []rune(c.Name)
		if len(name) > 28 {
			name = append(name[:27], '…')
		}
		distinct := thousands(c.Distinct)
		if c.DistinctEstimated {
			distinct = "≈" + distinct
		}
		fmt.Fprintf(w, "  %s  %-13s %10s %12s %10s  %s\n", padRight(string(name), nameW), datacheck.TypeLabel(c.Type),
			thousands(c.Missing), distinct, thousands(c.Invalid), datacheck.PIILabel(c.PII))
	}
	fmt.Fprintln(w)
}

func padRight(s string, n int) string {
	if k := len([]rune(s)); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s
}

// wrap breaks s into lines of at most width runes, indenting continuations.
func wrap(s string, width int, indent string) string {
	var b strings.Builder
	line := 0
	for i, word := range strings.Fields(s) {
		n := len([]rune(word))
		if i > 0 {
			if line+1+n > width {
				b.WriteString("\n" + indent)
				line = 0
			} else {
				b.WriteByte(' ')
				line++
			}
		}
		b.WriteString(word)
		line += n
	}
	return b.String()
}
