package datacheck

// sepMasks sets out[k] to sepMask(c, 64k, …) for each whole 64-byte block
// of c, sixteen bytes per instruction (SSE2, which every amd64 processor
// has); out must have room for len(c)/64 masks.
//
//go:noescape
func sepMasks(c []byte, delim byte, out []uint64)
