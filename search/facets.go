package search

import "math/bits"

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
// Facets with more than 64 values have no column and are always counted
// densely.

// maxColumnValues is how many values a facet may have and keep its column.
const maxColumnValues = 64

// Relative costs, measured with BenchmarkFacetCounts: one word of a dense
// population count, and one document's mask in the sparse pass (a variable
// so that the benchmark and tests can force either path).
var denseWordCost, sparseDocCost = 1, 6

// setColumns records the slot's facet values in the columns.
func (ix *Index) setColumns(slot int, masks *[numFacets]uint64) {
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
		if !ix.wide[f] && n*sparseDocCost < len(ix.vals[f])*len(set)*denseWordCost {
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
					c[bits.TrailingZeros64(m)]++
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
