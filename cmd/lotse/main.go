// Command lotse runs the Lotse platform of the Mittelstand-Digital network.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `Lotse – die Plattform des Mittelstand-Digital-Netzwerks

Aufruf:
  lotse <Befehl> [Optionen]

Befehle:
  serve       Portal und API starten
  migrate     Datenbank auf den neuesten Stand bringen
  import      Zentren und Angebote aus einer Austauschdatei (JSON) einlesen
  export      Alle Zentren und Angebote als Austauschdatei ausgeben
  user        Konten anlegen und auflisten (z. B. das erste Admin-Konto)
  datacheck   Eine Datendatei (CSV, Excel) auf KI-Tauglichkeit prüfen
  version     Version anzeigen
  help        Diese Hilfe anzeigen

„lotse <Befehl> -h“ erklärt jeden Befehl.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "lotse:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("bitte einen Befehl angeben")
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "serve":
		return serveCmd(ctx, rest, getenv, stdout, stderr)
	case "migrate":
		return migrateCmd(ctx, rest, getenv, stdout, stderr)
	case "import":
		return importCmd(ctx, rest, getenv, stdin, stdout, stderr)
	case "export":
		return exportCmd(ctx, rest, getenv, stdout, stderr)
	case "user":
		return userCmd(ctx, rest, getenv, stdin, stdout, stderr)
	case "datacheck":
		return datacheckCmd(ctx, rest, stdout, stderr)
	case "version", "--version", "-v":
		fmt.Fprintln(stdout, "lotse", version())
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("unbekannter Befehl „%s“", cmd)
}
