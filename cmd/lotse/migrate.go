package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"lotse/store"
)

const migrateUsage = `lotse migrate – Datenbank auf den neuesten Stand bringen

Aufruf:
  lotse migrate [--status] [--db URL]

Wendet alle noch fehlenden Migrationen an („lotse serve“ tut das beim Start
auch). Mit --status wird nur angezeigt, auf welchem Stand die Datenbank ist.
`

func migrateCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg := DefaultConfig()
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	cfg.bindFlags(fs, getenv, false)
	status := fs.Bool("status", false, "nur den Stand anzeigen")
	if err := parseFlags(fs, args, migrateUsage, stderr); err != nil {
		return ignoreHelp(err)
	}
	if err := cfg.Validate(); err != nil {
		return err
	}
	s, err := store.Connect(cfg.DB)
	if err != nil {
		return err
	}
	defer s.Close()
	if !*status {
		if err := s.Migrate(ctx); err != nil {
			return err
		}
	}
	current, latest, err := s.MigrationStatus(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Datenbankstand: %d (neueste Migration: %d)\n", current, latest)
	return nil
}

// ignoreHelp turns the -h request into success: the usage is already printed.
func ignoreHelp(err error) error {
	if err == flag.ErrHelp {
		return nil
	}
	return err
}
