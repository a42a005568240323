package datacheck

import (
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"
)

// The pages of a mapped file are given back as the workers finish its
// chunks, including those the kernel mapped around a later chunk's first
// page (fault-around, large folios): at the end, none stays mapped.
func TestProfileFileReleasesPages(t *testing.T) {
	var b []byte
	b = append(b, "nr;betrag;text\n"...)
	for i := 0; len(b) < 12<<20; i++ {
		b = fmt.Appendf(b, "%d;%d,%02d;Zeile %d mit etwas Text\n", i, i%9999, i%100, i)
	}
	path := filepath.Join(t.TempDir(), "a.csv")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// Read it back as a reader of the file would: the page cache then
	// holds it in large folios, of which a fault maps many pages at once.
	_ = unix.Fdatasync(int(f.Fd()))
	_ = unix.Fadvise(int(f.Fd()), 0, 0, unix.FADV_DONTNEED)
	if _, err := io.Copy(io.Discard, f); err != nil {
		t.Fatal(err)
	}
	m, err := mapFile(f)
	if err != nil || m == nil {
		t.Fatalf("mapFile: %v, %v", m, err)
	}
	defer m.close()
	m.ctx = context.Background()
	for _, workers := range []int{1, 2, 3} {
		m.off = 0
		if _, err := Profile(m, Options{Workers: workers, ChunkSize: 100 << 10}); err != nil {
			t.Fatal(err)
		}
		if n := residentPages(t, m.data); n > 0 {
			t.Errorf("%d workers: %d of %d pages still mapped after the check", workers, n, len(m.data)/4096)
		}
	}
}

// residentPages counts the pages of b mapped into the process, as
// /proc/self/pagemap tells.
func residentPages(t *testing.T, b []byte) int {
	pm, err := os.Open("/proc/self/pagemap")
	if err != nil {
		t.Skipf("no pagemap: %v", err)
	}
	defer pm.Close()
	addr := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	entries := make([]byte, (len(b)+4095)/4096*8)
	if _, err := pm.ReadAt(entries, int64(addr/4096*8)); err != nil {
		t.Fatal(err)
	}
	n := 0
	for i := 0; i < len(entries); i += 8 {
		if binary.LittleEndian.Uint64(entries[i:])>>63 == 1 {
			n++
		}
	}
	return n
}
