package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"

	"lotse/demo"
	"lotse/mail"
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
`

func serveCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg := DefaultConfig()
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	cfg.bindFlags(fs, getenv, true)
	publicURL := fs.String("public-url", getenv("LOTSE_PUBLIC_URL"), "öffentliche Adresse für Links in E-Mails, z. B. https://lotse.example.de; mit https sind Sitzungs-Cookies Secure [LOTSE_PUBLIC_URL]")
	clientIPHeader := fs.String("client-ip-header", getenv("LOTSE_CLIENT_IP_HEADER"), "Kopfzeile, in die ein vertrauenswürdiger Proxy die Adresse des Clients schreibt (z. B. X-Forwarded-For); für die Begrenzung von Anmeldeversuchen [LOTSE_CLIENT_IP_HEADER]")
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
	// Invitations and password resets go by LOTSE_SMTP_URL, or else to the
	// outbox in the data directory.
	from := getenv("LOTSE_MAIL_FROM")
	if from == "" {
		from = "Lotse <noreply@localhost>"
	}
	sender, err := mail.New(getenv("LOTSE_SMTP_URL"), filepath.Join(cfg.DataDir, "outbox"), from, logger)
	if err != nil {
		return err
	}
	srv, err := web.New(ctx, web.Config{Addr: cfg.Addr, Dev: cfg.Dev, Mail: sender, PublicURL: *publicURL, ClientIPHeader: *clientIPHeader}, s, logger)
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
