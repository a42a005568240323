package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/pprof"
	"path/filepath"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"time"

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
	publicURL := fs.String("public-url", getenv("LOTSE_PUBLIC_URL"), "öffentliche Adresse für Links in E-Mails, z. B. https://lotse.example.de; mit https sind Sitzungs-Cookies Secure [LOTSE_PUBLIC_URL]")
	pprofAddr := fs.String("pprof", getenv("LOTSE_PPROF"), "Adresse (z. B. 127.0.0.1:6060), auf der Go-Laufzeitprofile unter /debug/pprof/ abrufbar sind; leer: aus. Nur für Betreiber, nie öffentlich erreichbar machen [LOTSE_PPROF]")
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
	wcfg := web.Config{Addr: cfg.Addr, Dev: cfg.Dev, Mail: sender, PublicURL: *publicURL, ClientIPHeader: *clientIPHeader}
	if v := getenv("LOTSE_RETENTION_DAYS"); v != "" {
		days, err := strconv.Atoi(v)
		if err != nil || days < 1 {
			return fmt.Errorf("LOTSE_RETENTION_DAYS %q: erwartet wird eine Zahl von Tagen ab 1", v)
		}
		wcfg.Retention = time.Duration(days) * 24 * time.Hour
	}
	// Loading the catalogue makes much short-lived garbage: collect it
	// twice as often meanwhile, so the peak stays near the steady state.
	gcPercent := debug.SetGCPercent(50)
	srv, err := web.New(ctx, wcfg, s, logger)
	debug.SetGCPercent(gcPercent)
	if err != nil {
		return err
	}
	if getenv("GOMEMLIMIT") == "" {
		limitMemory(logger)
	}
	if *pprofAddr != "" {
		go func() {
			logger.Info("profiles", "addr", "http://"+*pprofAddr+"/debug/pprof/")
			if err := http.ListenAndServe(*pprofAddr, pprofMux()); err != nil {
				logger.Error("profiles", "err", err)
			}
		}()
	}
	return srv.Run(ctx, stdout)
}

// pprofMux serves the Go runtime's profiles, apart from the portal.
func pprofMux() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	return mux
}

// limitMemory sets a soft limit on the Go runtime's memory from what the
// loaded catalogue holds: the live heap plus 56 MiB for the requests'
// garbage, caches and the runtime, at least 96 MiB. Much of the catalogue
// is pointer-free (postings, bitsets), so collecting more often under load
// costs little, and memory freed goes back to the system promptly instead
// of lingering. The limit grows with the catalogue; GOMEMLIMIT overrides it.
func limitMemory(logger *slog.Logger) {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	live := int64(s[0].Value.Uint64())
	limit := max(live+56<<20, 96<<20)
	debug.SetMemoryLimit(limit)
	logger.Info("memory limit", "live_heap_mb", live>>20, "limit_mb", limit>>20)
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
