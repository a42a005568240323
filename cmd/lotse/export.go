package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"lotse"
	"lotse/exchange"
	"lotse/store"
)

const exportUsage = `lotse export – alle Zentren und Angebote als Austauschdatei ausgeben

Aufruf:
  lotse export [-o DATEI] [--db URL]

Schreibt das Austauschformat {"centres": [...], "offers": [...]} auf die
Standardausgabe oder in DATEI; Entwürfe sowie abgesagte und archivierte
Angebote gehören nicht dazu. Ein Export lässt sich mit „lotse import“ wieder
einlesen; Export, Import und erneuter Export ergeben dieselbe Datei.
`

func exportCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg := DefaultConfig()
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	cfg.bindFlags(fs, getenv, false)
	out := fs.String("o", "", "in diese Datei schreiben statt auf die Standardausgabe")
	if err := parseFlags(fs, args, exportUsage, stderr); err != nil {
		return ignoreHelp(err)
	}
	if err := cfg.Validate(); err != nil {
		return err
	}
	s, err := store.Open(ctx, cfg.DB)
	if err != nil {
		return err
	}
	defer s.Close()
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return fmt.Errorf("die Datei %s lässt sich nicht anlegen: %w", *out, err)
		}
		defer f.Close()
		w = f
	}
	return export(ctx, s, w)
}

// export writes the whole store in the exchange format.
func export(ctx context.Context, s *store.Store, w io.Writer) error {
	centres, err := s.FindCentres(ctx, lotse.CentreFilter{})
	if err != nil {
		return err
	}
	return exchange.WriteListed(w, centres, func(yield func(*lotse.Offer) error) error {
		return s.EachOffer(ctx, yield)
	})
}
