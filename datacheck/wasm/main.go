// Command wasm is the Daten-Check engine for the browser. Built for
// GOOS=js GOARCH=wasm, it registers lotseDatacheck(file, onProgress) →
// Promise<{json, html}> on the global object; file is a File or Blob, read as
// a stream, so the data never leaves the computer and is never held in memory
// whole (except .xlsx workbooks).
package main

//go:generate sh -c "GOOS=js GOARCH=wasm go build -trimpath -ldflags=-s -pgo=../../bench/datacheck/default.pgo -o ../../web/static/datacheck/datacheck.wasm ."

func main() { serve() }
