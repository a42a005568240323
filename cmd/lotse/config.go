package main

import (
	"flag"
	"fmt"
	"io"
	"net"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
)

// Config is what every command needs to find its data.
type Config struct {
	Addr    string // serve: listen address
	DB      string // sqlite:PATH or postgres://…
	DataDir string // SQLite file, mail outbox
	Demo    bool   // serve: load the demo network into an empty database
	Dev     bool   // serve: read templates and static files from disk
}

// DefaultConfig returns the defaults: SQLite in ./data, port 8080 on localhost.
func DefaultConfig() Config {
	return Config{Addr: "localhost:8080", DataDir: "data", Demo: true}
}

// bindFlags registers the shared flags on fs, with LOTSE_* variables as the
// fallback for each default.
func (c *Config) bindFlags(fs *flag.FlagSet, getenv func(string) string, serve bool) {
	env := func(name, def string) string {
		if v := getenv(name); v != "" {
			return v
		}
		return def
	}
	fs.StringVar(&c.DB, "db", env("LOTSE_DB", c.DB), "Datenbank: sqlite:PFAD oder postgres://… (Standard: sqlite:DATENVERZEICHNIS/lotse.db) [LOTSE_DB]")
	fs.StringVar(&c.DataDir, "data", env("LOTSE_DATA", c.DataDir), "Datenverzeichnis [LOTSE_DATA]")
	if serve {
		fs.StringVar(&c.Addr, "addr", env("LOTSE_ADDR", c.Addr), "Adresse, auf der der Server lauscht [LOTSE_ADDR]")
		demo, _ := strconv.ParseBool(env("LOTSE_DEMO", strconv.FormatBool(c.Demo)))
		fs.BoolVar(&c.Demo, "demo", demo, "eine leere Datenbank mit dem Demo-Netzwerk füllen [LOTSE_DEMO]")
		fs.BoolVar(&c.Dev, "dev", false, "Vorlagen und statische Dateien bei jeder Anfrage von der Platte lesen (Entwicklung)")
	}
}

// Validate checks c and fills in the database URL from the data directory.
func (c *Config) Validate() error {
	if strings.TrimSpace(c.DataDir) == "" {
		return fmt.Errorf("--data darf nicht leer sein")
	}
	if c.DB == "" {
		c.DB = "sqlite:" + filepath.Join(c.DataDir, "lotse.db")
	}
	if !strings.HasPrefix(c.DB, "sqlite:") && !strings.HasPrefix(c.DB, "postgres://") && !strings.HasPrefix(c.DB, "postgresql://") {
		return fmt.Errorf("--db %q: erwartet wird sqlite:PFAD oder postgres://BENUTZER@HOST:PORT/DATENBANK", c.DB)
	}
	if c.Addr != "" {
		if _, port, err := net.SplitHostPort(c.Addr); err != nil {
			return fmt.Errorf("--addr %q: erwartet wird HOST:PORT, z. B. localhost:8080 oder :8080", c.Addr)
		} else if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
			return fmt.Errorf("--addr %q: der Port muss eine Zahl von 0 bis 65535 sein", c.Addr)
		}
	}
	return nil
}

// parseFlags parses args with fs; -h prints the usage and returns flag.ErrHelp.
func parseFlags(fs *flag.FlagSet, args []string, usage string, stderr io.Writer) error {
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fmt.Fprintln(stderr, "\nOptionen:")
		fs.PrintDefaults()
	}
	return fs.Parse(args)
}

func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unbekannt)"
	}
	v := info.Main.Version
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
	}
	return v
}
