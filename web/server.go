// Package web serves Lotse's portal pages and its JSON API.
package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"sync"
	"time"

	"lotse/mail"
	"lotse/search"
	"lotse/store"
)

// Config is what the web server needs beyond the store.
type Config struct {
	Addr string
	Dev  bool   // read templates and static files from disk
	Root string // with Dev: the directory holding templates/ and static/ (default "web")
	// RefreshEvery is how often the catalogue catches up with writes made
	// by other instances or by "lotse import"; default 2 s.
	RefreshEvery time.Duration
	// Now returns the current time; tests may replace it.
	Now func() time.Time
	// Mail sends invitations and password-reset links; nil means no
	// e-mail (those pages then report an error).
	Mail mail.Sender
	// PublicURL is where people reach the portal (https://lotse.example.de),
	// for links in e-mails; with https it also marks session cookies Secure.
	// Default http://Addr. Never taken from a request's Host header, which
	// an attacker controls.
	PublicURL string
	// ClientIPHeader names the header a trusted reverse proxy puts the
	// client's address in ("X-Forwarded-For", "X-Real-IP"); login limits
	// per address use its last value. Empty: the connection's address.
	ClientIPHeader string
	// Retention is how long after a date the personal data of its
	// registrations is kept; default 90 days.
	Retention time.Duration
	// JobPoll is how often the job worker looks for due jobs enqueued by
	// other instances; default 1 s.
	JobPoll time.Duration
}

// Server is the HTTP server of one Lotse instance.
type Server struct {
	cfg     Config
	store   *store.Store
	log     *slog.Logger
	ui      *ui
	catalog *catalog
	metrics *metrics
	handler http.Handler
	mux     *http.ServeMux // the routes, to name a request's route in logs and metrics
	feeds   sync.Map       // calendar feeds by path, see calendarFeed
}

// New builds the server: it parses every template (a broken one fails here,
// not at the first request) and loads the catalogue from the store.
func New(ctx context.Context, cfg Config, st *store.Store, logger *slog.Logger) (*Server, error) {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.RefreshEvery == 0 {
		cfg.RefreshEvery = 2 * time.Second
	}
	if cfg.Root == "" {
		cfg.Root = "web"
	}
	if cfg.Retention == 0 {
		cfg.Retention = 90 * 24 * time.Hour
	}
	lbl := newLabels()
	ui, err := newUI(cfg.Dev, cfg.Root, lbl)
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, store: st, log: logger, ui: ui, metrics: newMetrics()}
	s.catalog = newCatalog(st, search.New(), cfg.Now, lbl)
	if err := s.catalog.load(ctx); err != nil {
		return nil, fmt.Errorf("load catalogue: %w", err)
	}
	// Loading a large catalogue leaves a heap of garbage behind; hand it
	// back to the system now rather than over the next minutes.
	debug.FreeOSMemory()
	s.metrics.watchIndex(s.catalog.index)
	s.handler = s.middleware(s.routes())
	return s, nil
}

// ServeHTTP makes the server an http.Handler, for tests and embedding.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Run listens on cfg.Addr, tells out where, and serves until ctx ends; then
// it finishes running requests (up to 10 s) and returns.
func (s *Server) Run(ctx context.Context, announce io.Writer) error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", s.cfg.Addr, err)
	}
	fmt.Fprintf(announce, "Lotse läuft auf http://%s/ (Beenden mit Strg+C)\n", displayAddr(ln.Addr()))
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	go s.catalog.follow(ctx, s.cfg.RefreshEvery, s.log)
	go s.RunJobs(ctx)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// displayAddr turns a wildcard listen address into one a browser can open.
func displayAddr(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}
