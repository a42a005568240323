package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"

	"lotse"
	"lotse/exchange"
	"lotse/store"
)

const importUsage = `lotse import – Zentren und Angebote aus einer Austauschdatei einlesen

Aufruf:
  lotse import [--strict] [--db URL] DATEI

DATEI ist eine JSON-Datei im Austauschformat {"centres": [...], "offers": [...]}
(„-“ liest von der Standardeingabe). Einträge werden über ihren Schlüssel
(slug bzw. id) angelegt oder aktualisiert; ein erneuter Import derselben Datei
ändert nichts. Fehlerhafte Einträge werden mit Position und Grund gemeldet,
die gültigen trotzdem übernommen. Mit --strict wird nichts übernommen, sobald
ein Eintrag fehlerhaft ist.
`

func importCmd(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	cfg := DefaultConfig()
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	cfg.bindFlags(fs, getenv, false)
	strict := fs.Bool("strict", false, "alles oder nichts: bei einem fehlerhaften Eintrag nichts übernehmen")
	if err := parseFlags(fs, args, importUsage, stderr); err != nil {
		return ignoreHelp(err)
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return fmt.Errorf("bitte genau eine Datei angeben")
	}
	if err := cfg.Validate(); err != nil {
		return err
	}
	name := fs.Arg(0)
	in := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("die Datei %s lässt sich nicht öffnen: %w", name, err)
		}
		defer f.Close()
		in = f
	}

	s, err := store.Open(ctx, cfg.DB)
	if err != nil {
		return err
	}
	defer s.Close()

	prog := newStatusLine(stderr)
	data, problems, err := exchange.Read(in, func(n int) { prog.show("%d Einträge gelesen", n) })
	prog.done()
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	known, err := centreSlugs(ctx, s, data.Centres)
	if err != nil {
		return err
	}
	offers := data.Offers[:0:0]
	for i, o := range data.Offers {
		if !known[o.Centre] {
			problems = append(problems, exchange.Problem{Kind: "Angebot", Index: data.OfferAt[i].Index, Line: data.OfferAt[i].Line, Key: o.ID,
				Message: "centre: Das Zentrum „" + o.Centre + "“ gibt es weder in der Datei noch in der Datenbank."})
			continue
		}
		offers = append(offers, o)
	}
	slices.SortStableFunc(problems, func(a, b exchange.Problem) int {
		return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Index, b.Index))
	})
	for _, p := range problems {
		fmt.Fprintln(stderr, p)
	}
	if *strict && len(problems) > 0 {
		return fmt.Errorf("%d fehlerhafte Einträge; wegen --strict wurde nichts übernommen", len(problems))
	}
	rep, err := s.Import(ctx, data.Centres, offers, *strict, func(n int) { prog.show("%d von %d Angeboten gespeichert", n, len(offers)) })
	prog.done()
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Zentren: %d neu, %d aktualisiert. Angebote: %d neu, %d geändert, %d unverändert.\n",
		rep.Centres.Created, rep.Centres.Updated, rep.Offers.Created, rep.Offers.Updated, rep.Offers.Unchanged)
	if len(problems) > 0 {
		fmt.Fprintf(stdout, "%d fehlerhafte Einträge wurden übersprungen (siehe oben).\n", len(problems))
	}
	return nil
}

// centreSlugs returns the slugs of the centres in the file and in the store.
func centreSlugs(ctx context.Context, s *store.Store, inFile []*lotse.Centre) (map[string]bool, error) {
	known := map[string]bool{}
	for _, c := range inFile {
		known[c.Slug] = true
	}
	stored, err := s.FindCentres(ctx, lotse.CentreFilter{})
	if err != nil {
		return nil, err
	}
	for _, c := range stored {
		known[c.Slug] = true
	}
	return known, nil
}

// statusLine rewrites one status line, for steps whose total is unknown.
type statusLine struct {
	w     io.Writer
	shown bool
}

func newStatusLine(w io.Writer) *statusLine { return &statusLine{w: w} }

func (p *statusLine) show(format string, args ...any) {
	fmt.Fprintf(p.w, "\r"+format+" …", args...)
	p.shown = true
}

func (p *statusLine) done() {
	if p.shown {
		fmt.Fprintln(p.w)
		p.shown = false
	}
}
