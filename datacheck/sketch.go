package datacheck

import (
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
	"sync"
	"sync/atomic"
)

// Hashing: a small wyhash-style function, deterministic across runs and
// platforms, so estimates are reproducible.
const (
	hk1 = 0xa0761d6478bd642f
	hk2 = 0xe7037ed1a0b428db
	hk3 = 0x8ebc6af09c88c6e3
	hk4 = 0x589965cc75374cc3
)

func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

func hashBytes(p []byte) uint64 {
	n := len(p)
	seed := uint64(n) ^ hk4
	var a, b uint64
	switch {
	case n > 16:
		i := 0
		for ; i+16 < n; i += 16 {
			seed = mix(binary.LittleEndian.Uint64(p[i:])^hk2, binary.LittleEndian.Uint64(p[i+8:])^seed)
		}
		a = binary.LittleEndian.Uint64(p[n-16:])
		b = binary.LittleEndian.Uint64(p[n-8:])
	case n >= 8:
		a = binary.LittleEndian.Uint64(p)
		b = binary.LittleEndian.Uint64(p[n-8:])
	case n >= 4:
		// short values (most fields): one multiplication is enough
		a = uint64(binary.LittleEndian.Uint32(p))<<32 | uint64(binary.LittleEndian.Uint32(p[n-4:]))
		return mix(a^hk2, seed^hk3) ^ seed
	case n > 0:
		a = uint64(p[0])<<16 | uint64(p[n>>1])<<8 | uint64(p[n-1])
		return mix(a^hk2, seed^hk3) ^ seed
	}
	return mix(hk1^uint64(n), mix(a^hk2, b^seed^hk3))
}

// hll is a HyperLogLog sketch with 2^p registers, estimated with Ertl's
// improved raw estimator, which needs no bias tables. With p = 15 (32 KB)
// the standard error is 0.57%, so 2% is 3.5 standard errors; very wide files
// use p = 12 (4 KB, 1.6%) to stay small.
const hllP = 15

type hll struct {
	p   uint8
	reg []uint8
}

func newHLL(p uint8) *hll {
	return &hll{p: p, reg: prefault(make([]uint8, 1<<p))}
}

func (h *hll) add(x uint64) {
	// The hash of a short value is one multiplication (see hashBytes),
	// whose leading bits are not uniform enough here: an amount column
	// came out 3 % high. A second one makes it so.
	x = mix(x, hk1)
	i := x >> (64 - h.p)
	r := uint8(bits.LeadingZeros64(x<<h.p|1<<(h.p-1))) + 1
	if r > h.reg[i] {
		h.reg[i] = r
	}
}

// merge folds o into h; both must have the same precision.
func (h *hll) merge(o *hll) {
	for i, r := range o.reg {
		if r > h.reg[i] {
			h.reg[i] = r
		}
	}
}

func (h *hll) estimate() float64 {
	m := float64(len(h.reg))
	q := 64 - int(h.p)
	c := make([]int, q+2)
	for _, r := range h.reg {
		c[r]++
	}
	z := m * hllTau(1-float64(c[q+1])/m)
	for k := q; k >= 1; k-- {
		z = 0.5 * (z + float64(c[k]))
	}
	z += m * hllSigma(float64(c[0])/m)
	return m * m / (2 * math.Ln2) / z
}

func hllSigma(x float64) float64 {
	if x == 1 {
		return math.Inf(1)
	}
	y, z := 1.0, x
	for {
		x *= x
		zz := z
		z += x * y
		y += y
		if z == zz {
			return z
		}
	}
}

func hllTau(x float64) float64 {
	if x == 0 || x == 1 {
		return 0
	}
	y, z := 1.0, 1-x
	for {
		x = math.Sqrt(x)
		zz := z
		y *= 0.5
		z -= (1 - x) * (1 - x) * y
		if z == zz {
			return z / 3
		}
	}
}

// valueTable counts values by hash, exactly up to tableMax distinct values
// (fewer in wide files, see tableBudget). Once full, it is pruned to its most
// frequent values (prune), adds no keys, and counts only every
// tableSample-th value (sample), so the frequent values stay visible at
// bounded cost. It keeps the text of values while its arena has room.
const (
	tableMax    = 1 << 15
	tableSample = 16
	prunedMax   = 1024 // values still counted once the table is full
	arenaMax    = 1 << 19
	maxShown    = 80 // bytes of a value kept for display

	// tableBudget bounds the value tables of all columns and workers
	// together (slots of 16 bytes and their aux of 8, at most half full, plus text).
	tableBudget = 96 << 20
)

// tableLimits returns the exact-count limit and the text budget of each
// value table when there are cols columns and workers workers.
func tableLimits(cols, workers int) (limit, arena int) {
	per := tableBudget / max(cols*workers, 1)
	limit = min(tableMax, max(256, per/2/48))
	arena = min(arenaMax, max(1024, per/2))
	return limit, arena
}

type valueTable struct {
	slots []tableSlot
	// aux holds, beside each slot, its value's number or date (see
	// remember), until the table is folded: apart from the slots, whose
	// 16 bytes a row's lookup reads, so that more of them stay in the
	// processor's cache
	aux        []uint64
	n          int
	full       bool
	arena      []byte
	limit      int // keys counted exactly; tableMax unless set lower
	arenaLimit int // bytes of text kept; arenaMax unless set lower
}

type tableSlot struct {
	key   uint64
	count uint32
	str   uint32 // kind+1<<strKindShift | offset<<strLenBits | length into arena; text 0 = none
}

// The kind of a slot's value (plus one, 0 = not known) is kept in the top
// bits of str, above the arena offset (below arenaMax) and the length (at
// most maxShown).
const (
	strLenBits   = 7
	strKindShift = 26
	strText      = 1<<strKindShift - 1
)

// Every kind, plus one, fits in the bits above strKindShift, and the arena's
// offsets and lengths below: the build fails when they do not.
var (
	_ [1<<(32-strKindShift) - 1 - nKinds]struct{}
	_ [1<<strLenBits - 1 - maxShown]struct{}
	_ [1<<(strKindShift-strLenBits) - arenaMax]struct{}
)

// kind returns the kind of the slot's value, or -1 if it is not known.
func (s *tableSlot) kind() int { return int(s.str>>strKindShift) - 1 }

// cached returns the classification stored with slot i, if any.
func (t *valueTable) cached(i int) (value, bool) {
	k := int(t.slots[i].str >> strKindShift)
	if k == 0 {
		return value{}, false
	}
	x := value{kind: k - 1}
	a := t.aux[i]
	if isDate(x.kind) {
		// day: 32 bits, month: 14, seconds: 18
		x.day, x.mon, x.num = int32(a>>32), int32(a>>18&(1<<14-1)), float64(a&(1<<18-1))
	} else {
		x.num = math.Float64frombits(a)
	}
	return x, true
}

// remember stores x as the classification of the value of slot i.
func (t *valueTable) remember(i int, x value) {
	s := &t.slots[i]
	s.str = s.str&strText | uint32(x.kind+1)<<strKindShift
	if isDate(x.kind) {
		t.aux[i] = uint64(uint32(x.day))<<32 | uint64(x.mon&(1<<14-1))<<18 | uint64(x.num)
	} else {
		t.aux[i] = math.Float64bits(x.num)
	}
}

func (t *valueTable) init() {
	t.slots = make([]tableSlot, 32)
	t.aux = make([]uint64, 32)
	t.arena = make([]byte, 1, 256) // offset 0 means "no text"
	if t.limit == 0 {
		t.limit = tableMax
	}
	if t.arenaLimit == 0 {
		t.arenaLimit = arenaMax
	}
}

// hit counts the value of hash h if the first slot it probes holds it,
// and returns the index of that slot, or else -1 (see count). Small enough
// to be inlined, it counts most rows of a column with few distinct values.
func (t *valueTable) hit(h uint64) int {
	i := h & uint64(len(t.slots)-1)
	if i < uint64(len(t.slots)) && t.slots[i].key == h && h != 0 {
		t.slots[i].count++
		return int(i)
	}
	return -1
}

// count counts a value in a table that is not full and returns the index
// of its slot. A new value's slot knows no kind yet and is valid only until
// the next call (which may grow the table), and the table may now be full.
func (t *valueTable) count(h uint64, v []byte) int {
	if h == 0 {
		h = 1 // 0 marks a free slot
	}
	if t.slots == nil {
		t.init()
	}
	i := t.free(h)
	if t.slots[i].key == h {
		t.slots[i].count++
		return i
	}
	return t.insert(i, h, v)
}

// insert adds the new value v, of hash h, to the table at its free slot
// i and returns the index of its slot.
func (t *valueTable) insert(i int, h uint64, v []byte) int {
	t.slots[i] = tableSlot{key: h, count: 1, str: t.store(v)}
	t.n++
	if t.n >= t.limit {
		t.full = true
	} else if t.n*4 > len(t.slots)*3 {
		t.grow()
		i = t.free(h)
	}
	return i
}

// free returns the slot where the probe for h ends: h's own or the free
// one where it would go.
func (t *valueTable) free(h uint64) int {
	mask := len(t.slots) - 1
	i := int(h) & mask
	for t.slots[i].key != 0 && t.slots[i].key != h {
		i = (i + 1) & mask
	}
	return i
}

// prune keeps, from a full table, only the prunedMax values counted most
// often, and of those only the ones counted more than once: no more values
// are added, and the ones left are counted on a sample of the rows only.
// A value frequent in the whole column is among the most frequent of the
// first distinct ones; a value seen once among them can hardly make the top
// values. The small table keeps the sampled counting in the processor's
// cache. For a column of unique keys the table becomes empty.
func (t *valueTable) prune() {
	var counts []uint32
	for _, s := range t.slots {
		if s.count >= 2 {
			counts = append(counts, s.count)
		}
	}
	least := uint32(2)
	if len(counts) > prunedMax {
		slices.Sort(counts)
		least = counts[len(counts)-prunedMax]
	}
	// values counted exactly least times fill what room is left
	room := prunedMax
	for _, c := range counts {
		if c > least {
			room--
		}
	}
	size := 32
	for size*3 < min(len(counts), prunedMax)*4+4 {
		size *= 2
	}
	old := t.slots
	t.slots = make([]tableSlot, size)
	t.aux = nil // folded before pruning: no longer needed
	mask := uint64(size - 1)
	kept := 0
	for _, s := range old {
		if s.count < least || s.count == least && room == 0 {
			continue
		}
		if s.count == least {
			room--
		}
		i := s.key & mask
		for t.slots[i].key != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
		kept++
	}
	t.n = kept
}

// sample counts a value of a full table on a sampled row: a value the
// table holds gains tableSample, the sampled row standing for tableSample
// rows; no value is added.
func (t *valueTable) sample(h uint64) {
	if h == 0 {
		h = 1
	}
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; t.slots[i].key != 0; i = (i + 1) & mask {
		if t.slots[i].key == h {
			t.slots[i].count += tableSample
			return
		}
	}
}

func (t *valueTable) store(v []byte) uint32 {
	if len(v) > maxShown {
		v = v[:maxShown]
	}
	if len(t.arena)+len(v) > t.arenaLimit {
		return 0
	}
	off := len(t.arena)
	t.arena = append(t.arena, v...)
	return uint32(off)<<strLenBits | uint32(len(v))
}

func (t *valueTable) text(s uint32) (string, bool) {
	s &= strText
	if s == 0 {
		return "", false
	}
	off, n := s>>strLenBits, s&(1<<strLenBits-1)
	return string(t.arena[off : off+n]), true
}

func (t *valueTable) grow() {
	old, oldAux := t.slots, t.aux
	t.slots = prefault(make([]tableSlot, 2*len(old)))
	if oldAux != nil {
		t.aux = prefault(make([]uint64, len(t.slots)))
	}
	for j, s := range old {
		if s.key == 0 {
			continue
		}
		i := t.free(s.key)
		t.slots[i] = s
		if oldAux != nil {
			t.aux[i] = oldAux[j]
		}
	}
}

// numSketch is a log-linear histogram of numbers: 64 buckets per power of two
// (relative error below 1.1%), separately for positive and negative values.
const (
	numSub   = 6
	numExpLo = 1023 - 30 // 2^-30
	numExpHi = 1023 + 64 // 2^64
	numSize  = (numExpHi - numExpLo) << numSub
)

type numSketch struct {
	pos, neg span
	zero     int64
}

// span holds the counts of buckets lo .. lo+len(n)-1, grown on demand, so a
// column whose numbers stay within a few powers of two needs little memory.
type span struct {
	lo int
	n  []uint32
}

func (s *span) add(i int, k uint32) {
	if s.n == nil {
		s.lo = i
		s.n = make([]uint32, 1, 64)
	}
	switch {
	case i < s.lo:
		n := make([]uint32, len(s.n)+s.lo-i, cap(s.n)+s.lo-i)
		copy(n[s.lo-i:], s.n)
		s.n, s.lo = n, i
	case i >= s.lo+len(s.n):
		need := i - s.lo + 1
		if need > cap(s.n) {
			n := make([]uint32, need, max(need, 2*cap(s.n)))
			copy(n, s.n)
			s.n = n
		}
		s.n = s.n[:need]
	}
	s.n[i-s.lo] += k
}

func (s *span) merge(o *span) {
	for j, k := range o.n {
		if k > 0 {
			s.add(o.lo+j, k)
		}
	}
}

func numBucket(x float64) int {
	i := int(math.Float64bits(x)>>(52-numSub)) - numExpLo<<numSub
	if i < 0 {
		return 0
	}
	if i >= numSize {
		return numSize - 1
	}
	return i
}

func numBucketValue(i int) float64 {
	lo := math.Float64frombits(uint64(i+numExpLo<<numSub) << (52 - numSub))
	hi := math.Float64frombits(uint64(i+1+numExpLo<<numSub) << (52 - numSub))
	return (lo + hi) / 2
}

// add counts x n times.
func (s *numSketch) add(x float64, n int64) {
	switch {
	case x > 0:
		s.pos.add(numBucket(x), uint32(n))
	case x < 0:
		s.neg.add(numBucket(-x), uint32(n))
	default:
		s.zero += n
	}
}

func (s *numSketch) merge(o *numSketch) {
	s.pos.merge(&o.pos)
	s.neg.merge(&o.neg)
	s.zero += o.zero
}

// walk calls f for every non-empty bucket in ascending order of value.
func (s *numSketch) walk(f func(v float64, n int64)) {
	for j := len(s.neg.n) - 1; j >= 0; j-- {
		if k := s.neg.n[j]; k > 0 {
			f(-numBucketValue(s.neg.lo+j), int64(k))
		}
	}
	if s.zero > 0 {
		f(0, s.zero)
	}
	for j, k := range s.pos.n {
		if k > 0 {
			f(numBucketValue(s.pos.lo+j), int64(k))
		}
	}
}

// quantiles returns the values at the given ranks (0..1, ascending) of the
// total values that walk yields in ascending order.
func quantiles(walk func(func(v float64, n int64)), total int64, qs []float64) []float64 {
	out := make([]float64, len(qs))
	if total == 0 {
		return out
	}
	j := 0
	var seen int64
	walk(func(v float64, n int64) {
		seen += n
		for j < len(qs) && float64(seen) >= qs[j]*float64(total) {
			out[j] = v
			j++
		}
	})
	for ; j < len(qs); j++ {
		out[j] = out[max(j-1, 0)]
	}
	return out
}

// rowSet remembers row hashes to find exact repeats. Its memory is fixed;
// when it fills up it keeps only a sample of the hashes (those whose low
// `level` bits are zero) and duplicates are estimated from the sample.
type rowSet struct {
	mu     sync.RWMutex
	slots  []uint64
	n      atomic.Int64
	dups   atomic.Int64
	level  atomic.Uint32
	shift  uint
	maxLog uint
	gen    int // changes with every resize, under mu
}

func newRowSet(maxLog uint, rows int64) *rowSet {
	startLog := uint(16)
	if maxLog < startLog {
		maxLog = startLog
	}
	for startLog < maxLog && int64(1)<<startLog*7/10 < rows {
		startLog++
	}
	s := &rowSet{slots: prefault(make([]uint64, 1<<startLog)), shift: 64 - startLog, maxLog: maxLog}
	// If the expected rows will not fit, sample from the start rather than
	// stop every worker to thin the table half-way.
	level := uint32(0)
	for rows>>level > int64(1)<<startLog*6/10 {
		level++
	}
	s.level.Store(level)
	return s
}

// insert orders a batch of hashes by their top rowBucketBits bits: the
// table's region.
const (
	rowBucketBits = 12
	rowBuckets    = 1 << rowBucketBits
)

// insert adds a batch of row hashes; tmp is the caller's scratch space.
//
// The table is far larger than the processor's caches, so each hash costs a
// miss in memory and, in a virtual machine above all, a costly walk of the
// page tables. Inserted in the order of their slots instead, region by
// region of the table, the hashes of a batch share pages and reach memory
// in ascending order, which the processor reads ahead. Callers should hand
// over large batches.
func (s *rowSet) insert(hs []uint64, tmp *[]uint64) {
	for len(hs) > 0 {
		s.mu.RLock()
		// pieces of at most an eighth of the table: it cannot overflow
		// before thin makes room
		piece := min(len(hs), max(len(s.slots)/8, 1))
		level := s.level.Load()
		sample := uint64(1)<<level - 1
		var start [rowBuckets + 1]int32
		for _, h := range hs[:piece] {
			if h&sample == 0 {
				start[h>>(64-rowBucketBits)+1]++
			}
		}
		for b := 1; b <= rowBuckets; b++ {
			start[b] += start[b-1]
		}
		if cap(*tmp) < int(start[rowBuckets]) {
			*tmp = make([]uint64, start[rowBuckets], max(int(start[rowBuckets]), 2*cap(*tmp)))
		}
		sorted := (*tmp)[:start[rowBuckets]]
		for _, h := range hs[:piece] {
			if h&sample == 0 {
				b := h >> (64 - 12)
				sorted[start[b]] = h
				start[b]++
			}
		}
		// Room for the piece is taken before it is placed: pieces of
		// several workers at once could otherwise fill the table, and
		// place would probe for a free slot forever while thin waits for
		// it. A piece that does not fit waits for thin.
		gen := s.gen
		want := int64(len(sorted))
		if n := s.n.Add(want); n*10 > int64(len(s.slots))*9 {
			s.n.Add(-want)
			s.mu.RUnlock()
			s.thin(gen)
			continue
		}
		added, dups := s.place(sorted)
		s.dups.Add(dups)
		n := s.n.Add(added - want)
		full := n*10 > int64(len(s.slots))*7
		s.mu.RUnlock()
		if full {
			s.thin(gen)
		}
		hs = hs[piece:]
	}
}

// place puts hashes into the table, under s.mu held for reading; it
// returns how many were new and how many were there already.
func (s *rowSet) place(hs []uint64) (added, dups int64) {
	mask := uint64(len(s.slots) - 1)
	for _, h := range hs {
		if h == 0 {
			h = 1 << 63
		}
		i := (h >> s.shift) & mask
		for {
			// atomic: other workers insert concurrently (on amd64 a plain load)
			k := atomic.LoadUint64(&s.slots[i])
			if k == h {
				dups++
				break
			}
			if k == 0 {
				if atomic.CompareAndSwapUint64(&s.slots[i], 0, h) {
					added++
					break
				}
				continue
			}
			i = (i + 1) & mask
		}
	}
	return added, dups
}

// thin grows the table or, at its maximum size, raises the sampling level and drops hashes outside the new sample.
func (s *rowSet) thin(gen int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.gen != gen {
		return // someone else did it
	}
	from := s.level.Load()
	level := from
	if 64-s.shift < s.maxLog {
		// grow instead of sampling
		s.shift--
	} else {
		level++
	}
	sample := uint64(1)<<level - 1
	n := 0
	for _, k := range s.slots {
		if k != 0 && k&sample == 0 {
			n++
		}
	}
	keep := make([]uint64, 0, n)
	for i, k := range s.slots {
		if k != 0 && k&sample == 0 {
			keep = append(keep, k)
		}
		s.slots[i] = 0
	}
	if 64-s.shift > uint(bits.Len(uint(len(s.slots))))-1 {
		s.slots = prefault(make([]uint64, 1<<(64-s.shift)))
	}
	mask := uint64(len(s.slots) - 1)
	for _, h := range keep {
		i := (h >> s.shift) & mask
		for s.slots[i] != 0 {
			i = (i + 1) & mask
		}
		s.slots[i] = h
	}
	s.n.Store(int64(len(keep)))
	if level != from {
		s.dups.Store(s.dups.Load() / 2)
		s.level.Store(level)
	}
	s.gen++
}

func (s *rowSet) duplicates() (int64, bool) {
	l := s.level.Load()
	return s.dups.Load() << l, l > 0
}
