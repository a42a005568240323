package datacheck

import "unsafe"

// prefault writes to every page of a fresh allocation. Go hands out large
// allocations as untouched, zero-mapped pages; the tables here are read
// before they are written, so each page would first be mapped read-only to
// the zero page and then, on the first write, be replaced, which flushes
// the TLBs of every thread's core (an inter-processor interrupt per page,
// costly in a virtual machine). Writing first maps each page once.
func prefault[T any](s []T) []T {
	var zero T
	size := int(unsafe.Sizeof(zero))
	if size == 0 || len(s)*size < 64<<10 {
		return s
	}
	b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), len(s)*size)
	for i := 0; i < len(b); i += 4096 {
		b[i] = 0
	}
	return s
}
