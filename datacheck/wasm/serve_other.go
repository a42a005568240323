//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

func serve() {
	fmt.Fprintln(os.Stderr, "Dieses Programm läuft nur als WebAssembly im Browser: GOOS=js GOARCH=wasm go build")
	os.Exit(2)
}
