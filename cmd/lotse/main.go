// Command lotse is the Lotse platform. This minimal main dispatches only the
// datacheck subcommand; the full one replaces it.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("Aufruf: lotse datacheck DATEI…")
	}
	switch args[0] {
	case "datacheck":
		return datacheckCmd(ctx, args[1:], stdout, stderr)
	}
	return fmt.Errorf("unbekannter Befehl %q", args[0])
}
