package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"time"

	"lotse/demo"
	"lotse/store"
	"lotse/web"
)

const serveUsage = `lotse serve – Portal und API starten

Aufruf:
  lotse serve [--addr HOST:PORT] [--db URL] [--data VERZEICHNIS] [--demo=false]

Legt beim ersten Start die SQLite-Datenbank im Datenverzeichnis an, bringt das
Schema auf den neuesten Stand, füllt eine leere Datenbank mit dem Demo-Netzwerk
(abschaltbar mit --demo=false) und zeigt die Adresse des Portals an.
Mehrere Instanzen können sich eine PostgreSQL-Datenbank teilen (--db postgres://…).

E-Mails (Anmeldebestätigungen, Erinnerungen) gehen über LOTSE_SMTP_URL
(smtp://benutzer:passwort@host:587 oder smtps://…); ohne sie landen sie als
.eml-Dateien in DATENVERZEICHNIS/outbox. LOTSE_PUBLIC_URL ist die Adresse des
Portals für Links in E-Mails, LOTSE_MAIL_FROM der Absender und
LOTSE_RETENTION_DAYS (Standard 90) die Frist, nach der personenbezogene Daten
von Anmeldungen nach dem Termin gelöscht werden.
`

func serveCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg := DefaultConfig()
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	cfg.bindFlags(fs, getenv, true)
	if err := parseFlags(fs, args, serveUsage, stderr); err != nil {
		return ignoreHelp(err)
	}
	if err := cfg.Validate(); err != nil {
		return err
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))

	s, err := store.Open(ctx, cfg.DB)
	if err != nil {
		return err
	}
	defer s.Close()
	if cfg.Demo {
		if err := loadDemo(ctx, s, logger); err != nil {
			return err
		}
	}
	wcfg := web.Config{Addr: cfg.Addr, Dev: cfg.Dev, DataDir: cfg.DataDir, SMTPURL: getenv("LOTSE_SMTP_URL"),
		PublicURL: getenv("LOTSE_PUBLIC_URL"), MailFrom: getenv("LOTSE_MAIL_FROM")}
	if v := getenv("LOTSE_RETENTION_DAYS"); v != "" {
		days, err := strconv.Atoi(v)
		if err != nil || days < 1 {
			return fmt.Errorf("LOTSE_RETENTION_DAYS %q: erwartet wird eine Zahl von Tagen ab 1", v)
		}
		wcfg.Retention = time.Duration(days) * 24 * time.Hour
	}
	srv, err := web.New(ctx, wcfg, s, logger)
	if err != nil {
		return err
	}
	return srv.Run(ctx, stdout)
}

// loadDemo fills an empty database with the demo network, dated from today,
// and marks the data as demo data so the portal says so.
func loadDemo(ctx context.Context, s *store.Store, logger *slog.Logger) error {
	n, err := s.CountOffers(ctx)
	if err != nil || n > 0 {
		return err
	}
	centres, offers := demo.Network(s.Now())
	rep, err := s.Import(ctx, centres, offers, true, nil)
	if err != nil {
		return fmt.Errorf("load demo network: %w", err)
	}
	if err := s.SetSetting(ctx, "demo", "true"); err != nil {
		return err
	}
	logger.Info("loaded demo network", "centres", rep.Centres.Created, "offers", rep.Offers.Created)
	return nil
}
