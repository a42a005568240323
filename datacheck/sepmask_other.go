//go:build !amd64

package datacheck

// sepMasks sets out[k] to sepMask(c, 64k, …) for each whole 64-byte block
// of c; out must have room for len(c)/64 masks.
func sepMasks(c []byte, delim byte, out []uint64) {
	dmask := uint64(delim) * swarOnes
	for k := range len(c) / 64 {
		out[k] = sepMask(c, 64*k, dmask)
	}
}
