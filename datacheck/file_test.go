package datacheck

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// quotedLines writes a table whose quoted fields hold line breaks beyond
// the first 64 KB, where a chunk cut at a line break falls inside a field.
func quotedLines() []byte {
	var b strings.Builder
	b.WriteString("id;text;n\n")
	for i := range 20000 {
		if i%3000 == 2999 && i > 6000 {
			fmt.Fprintf(&b, "%d;\"zwei\nZeilen; \"\"zitiert\"\"\";%d\n", i, i%7)
			continue
		}
		fmt.Fprintf(&b, "%d;\"Text %d\";%d\n", i, i%50, i%7)
	}
	return []byte(b.String())
}

// ragged writes a table after two lines of preamble, with rows of too few
// and too many fields and no line break at the end.
func ragged() []byte {
	var b strings.Builder
	b.WriteString("Kontoauszug;;;\n\nDatum;Betrag;Text;Nr\n")
	for i := range 30000 {
		switch i % 4999 {
		case 17:
			fmt.Fprintf(&b, "01.02.2026;%d,50\n", i)
		case 18:
			fmt.Fprintf(&b, "01.02.2026;%d,50;x;%d;zu viel\n", i, i)
		default:
			fmt.Fprintf(&b, "%02d.01.2026;%d,50;Miete %d;%d\n", i%28+1, i, i%9, i)
		}
	}
	return []byte(strings.TrimSuffix(b.String(), "\n"))
}

// A mapped file is profiled as the same bytes read through a reader are,
// whatever the chunk size, also when the input has to be read again.
func TestProfileFileMapped(t *testing.T) {
	defer func(n int64) { minMapped = n }(minMapped)
	minMapped = 0
	dir := t.TempDir()
	inputs := []struct {
		name string
		data []byte
		redo bool // read again: the progress starts again
	}{
		{"quoted line breaks", quotedLines(), true},
		{"Windows-1252 after an ASCII start", encodingTable(5000, 0, 200), true},
		{"UTF-8 with BOM", append([]byte("\xef\xbb\xbf"), encodingTable(3000, 300, 0)...), false},
		{"ragged rows after a preamble", ragged(), false},
	}
	for _, in := range inputs {
		path := filepath.Join(dir, strings.ReplaceAll(in.name, " ", "_")+".csv")
		if err := os.WriteFile(path, in.data, 0o600); err != nil {
			t.Fatal(err)
		}
		if runtime.GOOS == "linux" {
			f, _ := os.Open(path)
			m, err := mapFile(f)
			if err != nil || m == nil {
				t.Fatalf("%s: mapFile: %v, %v", in.name, m, err)
			}
			m.close()
			f.Close()
		}
		for _, chunk := range []int{100, 4096, 1 << 20} {
			opt := Options{Workers: 2, ChunkSize: chunk, Now: testNow}
			var last int64
			opt.Progress = func(n int64) {
				if n < last && !in.redo {
					t.Errorf("%s: progress went back from %d to %d", in.name, last, n)
				}
				last = n
			}
			got, err := ProfileFile(context.Background(), path, opt)
			if err != nil {
				t.Fatal(err)
			}
			opt.Progress = nil
			want, err := Profile(bytes.NewReader(in.data), opt)
			if err != nil {
				t.Fatal(err)
			}
			if g, w := mustJSON(t, got), mustJSON(t, want); g != w {
				t.Errorf("%s, chunk size %d: mapped and read reports differ:\n%s\n%s", in.name, chunk, g, w)
			}
			if got.Bytes != int64(len(in.data)) || last != got.Bytes {
				t.Errorf("%s, chunk size %d: %d bytes, progress ended at %d, want %d", in.name, chunk, got.Bytes, last, len(in.data))
			}
		}
	}
}

func TestProfileFileCancelled(t *testing.T) {
	defer func(n int64) { minMapped = n }(minMapped)
	for _, min := range []int64{0, 1 << 40} { // mapped, read
		minMapped = min
		path := filepath.Join(t.TempDir(), "a.csv")
		if err := os.WriteFile(path, ragged(), 0o600); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := ProfileFile(ctx, path, Options{}); !errors.Is(err, context.Canceled) {
			t.Errorf("minMapped %d: err = %v, want context.Canceled", min, err)
		}
	}
}
