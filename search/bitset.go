package search

import "math/bits"

// bitset is a set of document slots.
type bitset []uint64

func (b *bitset) set(i int) {
	w := i >> 6
	for w >= len(*b) {
		*b = append(*b, 0)
	}
	(*b)[w] |= 1 << (uint(i) & 63)
}

func (b bitset) clear(i int) {
	if w := i >> 6; w < len(b) {
		b[w] &^= 1 << (uint(i) & 63)
	}
}

func (b bitset) has(i int) bool {
	w := i >> 6
	return w < len(b) && b[w]&(1<<(uint(i)&63)) != 0
}

// and sets dst to a ∧ b over n words (missing words count as zero).
func and(dst, a, b bitset) bitset {
	n := min(len(a), len(b))
	dst = grow(dst, n)
	for i := range n {
		dst[i] = a[i] & b[i]
	}
	return dst
}

// orInto sets dst |= a, growing dst as needed.
func orInto(dst, a bitset) bitset {
	if len(dst) < len(a) {
		dst = append(dst, make(bitset, len(a)-len(dst))...)
	}
	for i, w := range a {
		dst[i] |= w
	}
	return dst
}

// countAnd returns |a ∧ b|.
func countAnd(a, b bitset) int {
	n, c := min(len(a), len(b)), 0
	for i := range n {
		c += bits.OnesCount64(a[i] & b[i])
	}
	return c
}

func (b bitset) count() int {
	c := 0
	for _, w := range b {
		c += bits.OnesCount64(w)
	}
	return c
}

func grow(b bitset, n int) bitset {
	if cap(b) < n {
		return make(bitset, n)
	}
	return b[:n]
}
