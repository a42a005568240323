//go:build unix

package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A file that is a stream, as "lotse datacheck <(cat kunden.csv)" passes
// one, is read once, from its start: a table or a workbook.
func TestDatacheckReadsAPipe(t *testing.T) {
	book := excelize.NewFile()
	book.SetSheetRow("Sheet1", "A1", &[]any{"Artikel", "Preis"})
	book.SetSheetRow("Sheet1", "A2", &[]any{"Tasse", 9.99})
	var xlsx bytes.Buffer
	if _, err := book.WriteTo(&xlsx); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
		want []string
	}{
		{"a table", []byte("Kundennr;Name;PLZ\nK1;Jörg Weber;01067\nK2;Anna Koch;04109\n"), []string{"2 Datenzeilen, 3 Spalten", "Kundennr"}},
		{"a workbook", xlsx.Bytes(), []string{"Blatt Sheet1", "Excel-Arbeitsblatt", "Artikel"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fifo := filepath.Join(t.TempDir(), "kunden")
			if err := syscall.Mkfifo(fifo, 0o600); err != nil {
				t.Skipf("no named pipes here: %v", err)
			}
			done := make(chan error, 1)
			go func() {
				w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
				if err != nil {
					done <- err
					return
				}
				_, err = w.Write(tc.data)
				w.Close()
				done <- err
			}()
			var stdout, stderr bytes.Buffer
			if err := datacheckCmd(context.Background(), []string{fifo}, &stdout, &stderr); err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			if err := <-done; err != nil {
				t.Fatal(err)
			}
			for _, s := range tc.want {
				if !strings.Contains(stdout.String(), s) {
					t.Errorf("stdout lacks %q:\n%s", s, stdout.String())
				}
			}
		})
	}
}
