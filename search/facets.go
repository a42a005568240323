package search

import (
	"encoding/binary"
	"math/bits"
	"sync"
)

// Facet counts are taken one of two ways, whichever touches less memory for
// the set at hand:
//
//   - dense: per facet value, a population count of set ∧ value bitset: a
//     pass over the whole catalogue per value, cheap per word, but a few
//     hundred thousand words for a facet with many values;
//   - sparse: per document in the set, its facet values from a column of
//     bit masks (value n is bit n): cheap when a filter has already narrowed
//     the set to a few thousand documents.
//
// Facets with more than 32 values have no column and are always counted
// densely.

// maxColumnValues is how many values a facet may have and keep its column.
const maxColumnValues = 32

// sparseDocCost is what one document's mask costs in the sparse pass,
// counted in words of a dense population count, as measured with
// BenchmarkFacetCounts (a variable so that the benchmark and tests can
// force either path).
var sparseDocCost = 11

// setColumns records the slot's facet values in the columns.
func (ix *Index) setColumns(slot int, masks *[numFacets]uint32) {
	for f := range ix.cols {
		if ix.wide[f] {
			continue
		}
		for len(ix.cols[f]) <= slot {
			ix.cols[f] = append(ix.cols[f], 0)
		}
		ix.cols[f][slot] = masks[f]
	}
}

// widen drops facet f's column once it has too many values for a mask.
func (ix *Index) widen(f int) {
	if len(ix.vals[f]) > maxColumnValues {
		ix.wide[f], ix.cols[f] = true, nil
	}
}

// countFacets adds to counts[f] (one counter per value of facet f) the
// documents of set, for every facet f in fs.
func (ix *Index) countFacets(counts *[numFacets][]int32, set bitset, fs []int) {
	for _, f := range fs {
		counts[f] = grow32(counts[f], len(ix.vals[f]))
	}
	var sparse, dense []int
	n := set.count()
	for _, f := range fs {
		if !ix.wide[f] && n*sparseDocCost < len(ix.vals[f])*len(set) {
			sparse = append(sparse, f)
		} else {
			dense = append(dense, f)
		}
	}
	for _, f := range dense {
		c := counts[f]
		for v, b := range ix.bits[f] {
			c[v] = int32(countAnd(set, b))
		}
	}
	if len(sparse) == 0 {
		return
	}
	for _, f := range sparse {
		c, col := counts[f], ix.cols[f]
		for w, word := range set {
			for word != 0 {
				slot := w<<6 | bits.TrailingZeros64(word)
				word &= word - 1
				for m := col[slot]; m != 0; m &= m - 1 {
					c[bits.TrailingZeros32(m)]++
				}
			}
		}
	}
}

// grow32 returns n zeroed counters, reusing c's memory.
func grow32(c []int32, n int) []int32 {
	if cap(c) < n {
		return make([]int32, n)
	}
	c = c[:n]
	clear(c)
	return c
}

// facetCache keeps recent facet counts. The counts of a facet depend only on
// the text, the date range and the other facets' filters, not on its own
// filter nor on the page, so paging through a result or changing one filter
// reuses most of them. Every write empties the cache.
type facetCache struct {
	mu     sync.Mutex
	gen    uint64
	counts map[string][]int32 // by facetKey: the counts of the key's facets, one after the other
}

// cachingFacets reports whether facet counts are cached: as long as results
// are (SetCacheSize), with four times as many entries.
func (ix *Index) cachingFacets() bool {
	ix.resMu.Lock()
	defer ix.resMu.Unlock()
	return ix.cacheSize > 0
}

// facetKey sets b.key to the key of the counts of facets fs (counted among
// the documents passing every filter but facet own's; -1 for all filters).
func facetKey(b *bufs, q Query, accept [numFacets]bitset, own int, fs []int) {
	k := b.key[:0]
	for _, f := range fs {
		k = append(k, byte(f))
	}
	k = append(k, 0xff)
	k = binary.AppendVarint(k, q.From.UnixNano())
	k = binary.AppendVarint(k, q.To.UnixNano())
	for f := range accept {
		if f == own || accept[f] == nil {
			continue
		}
		k = append(k, 0xfe, byte(f))
		for _, n := range b.chosen[f] {
			k = binary.AppendUvarint(k, uint64(n))
		}
	}
	k = append(k, 0xfd)
	b.key = append(k, q.Text...)
}

// cachedFacets fills b.counts for facets fs from the cache, if it holds
// them, and leaves their key in b.key for keepFacets.
func (ix *Index) cachedFacets(b *bufs, q Query, accept [numFacets]bitset, own int, fs []int) bool {
	facetKey(b, q, accept, own, fs)
	c := &ix.facets
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen != ix.gen {
		clear(c.counts)
		c.gen = ix.gen
	}
	all, ok := c.counts[string(b.key)]
	if !ok {
		return false
	}
	for _, f := range fs {
		n := len(ix.vals[f])
		b.counts[f] = append(b.counts[f][:0], all[:n]...)
		all = all[n:]
	}
	return true
}

// keepFacets caches b.counts of facets fs under b.key.
func (ix *Index) keepFacets(b *bufs, fs []int) {
	var all []int32
	for _, f := range fs {
		all = append(all, b.counts[f]...)
	}
	ix.resMu.Lock()
	size := 4 * ix.cacheSize
	ix.resMu.Unlock()
	c := &ix.facets
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen != ix.gen {
		return
	}
	if c.counts == nil || len(c.counts) >= size {
		c.counts = make(map[string][]int32, min(size, 1024))
	}
	c.counts[string(b.key)] = all
}
