package datacheck

import (
	"os"
	"syscall"
)

// mapFile maps f read-only into memory, or returns nil for a file too
// small to be worth it.
func mapFile(f *os.File) (*mapped, error) {
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() || st.Size() < minMapped || int64(int(st.Size())) != st.Size() {
		return nil, err
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(st.Size()), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, err
	}
	_ = syscall.Madvise(data, syscall.MADV_SEQUENTIAL)
	return &mapped{file: f, data: data}, nil
}

func (m *mapped) close() { _ = syscall.Munmap(m.data) }

// release drops the pages of b, a part of the mapping the workers are done
// with, from the process's memory: they stay in the page cache, and a
// later read maps them again. Without it, the peak memory of the process
// would count every page of the file.
func (m *mapped) release(b []byte) {
	const page = 4096
	if len(b) == 0 {
		return
	}
	start := cap(m.data) - cap(b) // offset of b in the mapping
	lo := start &^ (page - 1)
	hi := min((start+len(b)+page-1)&^(page-1), len(m.data))
	_ = syscall.Madvise(m.data[lo:hi], syscall.MADV_DONTNEED)
}
