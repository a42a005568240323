package datacheck

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// Options tune Profile. The zero value is ready to use.
type Options struct {
	// Workers is the number of parsing goroutines; 0 means GOMAXPROCS.
	Workers int
	// ChunkSize is the size of the blocks handed to workers; 0 means 2 MiB.
	ChunkSize int
	// Delimiter forces the field separator; 0 means sniff it.
	Delimiter byte
	// Progress, if set, is called from the reading goroutine with the
	// number of bytes read so far.
	Progress func(read int64)
	// Now is the reference time for stale and future dates; zero means
	// time.Now().
	Now time.Time
	// SizeHint is the expected size of the input in bytes, if known; it
	// lets Profile size its tables once.
	SizeHint int64
	// RowSetLog2 is log2 of the slots remembered for duplicate detection
	// (8 bytes each); 0 means 23 (64 MiB, exact up to about 5.8 million
	// different rows).
	RowSetLog2 uint

	// dotDecimals: numbers are written with a decimal dot, as a workbook's
	// sheets are (see writeSheetCSV).
	dotDecimals bool
	// rowOf, if set, turns a line of the input into the row it stands for
	// in the sheet it was written from (see sheetRows).
	rowOf func(line int64) int64
}

const (
	sampleSize = 1 << 16

	maxLines   = 20 // malformed line numbers kept
	maxColumns = 2000
)

// maxRecord bounds the bytes of one record; a longer one is cut (and then
// counted as malformed). A variable for tests.
var maxRecord = 16 << 20

// ErrNoData is returned for an empty input.
var ErrNoData = errors.New("die Datei ist leer")

// Profile reads a CSV or TSV table from r once and returns its report. The
// first record is the header. It returns an error only when r cannot be read
// or holds no header; problems of the data are reported, not returned.
//
// If r is an io.Seeker, Profile cuts the input into chunks at the last line
// break of each block without first finding the quoted fields (which costs
// the reading goroutine a scan of every byte): the workers' parse tells
// whether a cut fell inside a quoted field. Should one have, Profile seeks
// back and reads the input again, cut exactly. It does not guess for an input
// whose first 64 KB hold a quoted line break.
//
// Profile reads an input whose first 64 KB are valid UTF-8 as UTF-8. Should
// values further on prove not to be, while none holds UTF-8 beyond ASCII
// and the first 64 KB are plain ASCII, the input is most likely in
// Windows-1252 or ISO-8859-1: Profile seeks back and reads it again as such.
// Otherwise the report has an issue about those values.
func Profile(r io.Reader, opt Options) (*Report, error) {
	s, seekable := r.(io.Seeker)
	var at int64
	if seekable {
		var err error
		at, err = s.Seek(0, io.SeekCurrent)
		seekable = err == nil
	}
	rd := reading{guess: seekable}
	for {
		rep, err := profile(r, opt, rd)
		switch {
		case errors.Is(err, errRedo):
			rd.guess = false
		case err == nil && seekable && !rd.latin1 && rep.latin1Likely():
			rd.latin1 = true
		default:
			return rep, err
		}
		redone.Add(1)
		if _, err := s.Seek(at, io.SeekStart); err != nil {
			return nil, fmt.Errorf("read: %w", err)
		}
	}
}

// reading says how profile reads its input.
type reading struct {
	// guess says whether chunks may be cut at the last line break rather
	// than the last record end found by lastRecordEnd.
	guess bool
	// latin1 says to decode Windows-1252 or ISO-8859-1, whatever the
	// start of the input looks like.
	latin1 bool
}

// errRedo says that a chunk cut at a guessed record end ended inside a
// quoted field (or a record had to be cut at maxRecord, where the exact
// cut may fall elsewhere).
var errRedo = errors.New("chunk cut inside a quoted field")

// redone counts the inputs read again, for tests.
var redone atomic.Int64

// latin1Likely reports whether a file read as UTF-8 is most likely in
// Windows-1252 or ISO-8859-1: its first 64 KB are plain ASCII, and values
// further on are not valid UTF-8 while none holds UTF-8 beyond ASCII.
func (rep *Report) latin1Likely() bool {
	if !rep.asciiStart {
		return false
	}
	var bad int64
	for _, c := range rep.Columns {
		if c.stats.kinds[kTextNonASCII] > 0 {
			return false
		}
		bad += c.EncodingErrors
	}
	return bad > 0
}

// profile is Profile, reading r as rd says.
func profile(r io.Reader, opt Options, rd reading) (*Report, error) {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.ChunkSize <= 0 {
		opt.ChunkSize = 2 << 20
	}
	if opt.RowSetLog2 == 0 {
		opt.RowSetLog2 = 23
	}
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	cr := &countReader{r: r, progress: opt.Progress}
	raw := make([]byte, sampleSize)
	n, err := io.ReadFull(cr, raw)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, fmt.Errorf("read: %w", err)
	}
	raw = raw[:n]
	if e := notTable(raw); e != nil {
		return nil, e
	}
	enc, skip := detectEncoding(raw)
	if rd.latin1 {
		enc, skip = "iso-8859-1", 0
	}
	var src io.Reader = io.MultiReader(bytes.NewReader(raw[skip:]), cr)
	var latin1 *latin1Reader
	switch enc {
	case "iso-8859-1":
		latin1 = newLatin1Reader(src)
		src = latin1
	case "utf-16le", "utf-16be":
		src = newUTF16Reader(src, enc == "utf-16be")
	}
	// Read the (decoded) sample again to find the delimiter and the header.
	sample := make([]byte, sampleSize, opt.ChunkSize+sampleSize)
	n, err = io.ReadFull(src, sample)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, fmt.Errorf("read: %w", err)
	}
	sample = sample[:n]
	if len(bytes.TrimSpace(sample)) == 0 {
		return nil, ErrNoData
	}
	crOnly := bytes.IndexByte(sample, '\n') < 0 && bytes.IndexByte(sample, '\r') >= 0
	if crOnly {
		// lines end in CR alone, as old Mac programs write them: read
		// each CR as a line break (the sample no longer matches a
		// mapped file, which is then read, see below)
		crToLF(sample)
		src = crReader{src}
	}
	framed := (opt.Delimiter == 0 || opt.Delimiter == '|') && framedList(sample)
	if framed {
		// a list laid out for reading, as SAP saves it: read as the
		// table it shows (the sample no longer matches a mapped file)
		var rest []byte
		sample, rest = unframeSample(sample, n < sampleSize)
		src = newUnframeReader(io.MultiReader(bytes.NewReader(rest), src))
	}
	delim := opt.Delimiter
	// Excel may write a first line "sep=;" naming the delimiter.
	skipLines := int64(0)
	if len(sample) >= 5 && string(sample[:4]) == "sep=" && (len(sample) == 5 || sample[5] == '\n' || sample[5] == '\r') {
		if delim == 0 {
			delim = sample[4]
		}
		end := bytes.IndexByte(sample, '\n')
		if end < 0 {
			end = len(sample) - 1
		}
		sample = sample[end+1:]
		skipLines = 1
		if len(bytes.TrimSpace(sample)) == 0 {
			return nil, ErrNoData
		}
	}
	if delim == 0 {
		delim = sniffDelimiter(sample)
	}
	start, preamble := tableStart(sample, delim, n < sampleSize)
	header, next, ok := readRecord(sample[start:], delim)
	if !ok && n == sampleSize {
		return nil, errors.New("die Kopfzeile ist länger als 64 KB")
	}
	next += start
	p := &profiler{
		opt:   opt,
		delim: delim,
		class: newClassTable(delim),
		set:   newRowSet(opt.RowSetLog2, expectedRows(sample[next:], opt.SizeHint)),
		rep: &Report{Encoding: enc, Delimiter: string(delim), asciiStart: enc == "utf-8" && isASCII(raw), crOnly: crOnly, framed: framed,
			HeaderLine: skipLines + int64(bytes.Count(sample[:start], []byte("\n"))) + 1, preamble: preamble},
	}
	p.rep.preambleLines = p.rep.HeaderLine - 1 - skipLines
	if format, fiscal, ok := datevHeader(sample[:start], delim); ok {
		p.rep.datev, p.fiscal = format, fiscal
	}
	p.names, p.unnamed = columnNames(header)
	if len(header) >= 2 && len(header[0]) > 0 {
		p.header = header
	}
	p.dotDecimal = decimalDots(sample[next:], delim, len(p.names), opt.dotDecimals)
	p.pairs = datePairs(p.names)
	if len(p.names) > maxColumns {
		return nil, fmt.Errorf("die Tabelle hat mindestens %s Spalten, der Daten-Check prüft höchstens %s. Speichern Sie die Spalten, die Sie prüfen wollen, in einer eigenen Datei", fmtNum(float64(len(p.names))), fmtNum(maxColumns))
	}
	p.headerLines = skipLines + int64(bytes.Count(sample[:next], []byte("\n")))
	if next == len(sample) && !bytes.HasSuffix(sample, []byte("\n")) {
		p.headerLines++
	}
	if rd.guess && quotedNewline(sample[next:], delim) {
		rd.guess = false // multi-line fields: a guessed cut would often be wrong
	}
	p.guess = rd.guess
	rest := sample[next:]
	if m, ok := r.(*mapped); ok && (enc == "utf-8" || enc == "utf-8-bom") && bytes.Equal(m.data[m.off-len(rest):m.off], rest) {
		// a mapped file: the workers take their chunks from the mapping
		from := m.off - len(rest)
		cr.n += int64(len(m.data) - m.off)
		p.runMapped(m, from)
	} else {
		p.run(src, rest)
	}
	if p.redo.Load() {
		return nil, errRedo
	}
	if p.readErr != nil {
		return nil, fmt.Errorf("read: %w", p.readErr)
	}
	p.rep.Bytes = cr.n
	if latin1 != nil {
		if latin1.cp1252 {
			p.rep.Encoding = "windows-1252"
		}
		p.rep.utf8InLatin1 = latin1.utf8
	}
	p.finish()
	return p.rep, nil
}

// expectedRows guesses the number of rows from the size hint and the
// average length of the rows in the sample.
func expectedRows(sample []byte, size int64) int64 {
	lines := bytes.Count(sample, []byte("\n"))
	if size <= 0 || lines < 10 {
		return 0
	}
	return size / int64(len(sample)/lines)
}

type countReader struct {
	r        io.Reader
	n        int64
	progress func(int64)
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if c.progress != nil && n > 0 {
		c.progress(c.n)
	}
	return n, err
}

// columnNames turns header fields into non-empty names; unnamed columns
// are called "Spalte N".
func columnNames(header [][]byte) ([]string, []bool) {
	names := make([]string, len(header))
	unnamed := make([]bool, len(header))
	for i, f := range header {
		s := string(bytes.TrimSpace(f))
		if s == "" {
			s = fmt.Sprintf("Spalte %d", i+1)
			unnamed[i] = true
		}
		names[i] = s
	}
	return names, unnamed
}

// readRecord reads one record from b (slow path, for the header and tests).
// It returns the fields, the offset after the record and whether the record
// was complete (ended by a newline or by the end of b).
func readRecord(b []byte, delim byte) ([][]byte, int, bool) {
	var fields [][]byte
	i := 0
	for {
		var f []byte
		if i < len(b) && b[i] == '"' {
			i++
			for {
				k := bytes.IndexByte(b[i:], '"')
				if k < 0 {
					return append(fields, append(f, b[i:]...)), len(b), false
				}
				f = append(f, b[i:i+k]...)
				i += k + 1
				if i < len(b) && b[i] == '"' {
					f = append(f, '"')
					i++
					continue
				}
				break
			}
		}
		for i < len(b) && b[i] != delim && b[i] != '\n' {
			f = append(f, b[i])
			i++
		}
		if i >= len(b) || b[i] == '\n' {
			f = bytes.TrimSuffix(f, []byte("\r"))
			fields = append(fields, f)
			if i < len(b) {
				i++
			}
			return fields, i, true
		}
		fields = append(fields, f)
		i++
	}
}

type profiler struct {
	opt         Options
	delim       byte
	guess       bool        // chunks end at the last line break, see Profile
	redo        atomic.Bool // a guessed cut was wrong: read again, cut exactly
	class       *classTable
	names       []string
	unnamed     []bool
	header      [][]byte // the header's fields, to spot it again among the rows; nil for one column
	fiscal      int32    // see colStats.fiscal
	dotDecimal  []bool   // per column, see decimalDots
	pairs       []datePair
	headerLines int64
	set         *rowSet
	rep         *Report
	readErr     error
	footer      []string // see tableEnd; set with the last chunk

	mu         sync.Mutex
	chunkLines []int64 // newlines per chunk
	workers    []*worker
}

type chunk struct {
	idx   int
	data  []byte
	buf   []byte
	final bool // the last chunk of the input, which may end with a footer
}

// run profiles src, whose first bytes are rest, read into buffers cut at
// record ends.
func (p *profiler) run(src io.Reader, rest []byte) {
	nbuf := 2*p.opt.Workers + 2
	free := make(chan []byte, nbuf)
	for range nbuf {
		free <- nil
	}
	work, wait := p.startWorkers(func(c chunk) {
		if cap(c.buf) > 4*p.opt.ChunkSize {
			free <- nil // do not keep buffers grown for a giant record
		} else {
			free <- c.buf
		}
	})
	send := chunkSender{work: work}
	leftover := append([]byte(nil), rest...)
	var spans []int
	eof := false
	size := p.opt.ChunkSize
	for !eof || len(leftover) > 0 {
		buf := <-free
		if cap(buf) < size {
			buf = make([]byte, 0, size)
		}
		buf = append(buf[:0], leftover...)
		leftover = leftover[:0]
		for {
			if !eof {
				n, err := io.ReadFull(src, buf[len(buf):cap(buf)])
				buf = buf[:len(buf)+n]
				if err != nil {
					eof = true
					if err != io.EOF && err != io.ErrUnexpectedEOF {
						p.readErr = err
					}
				}
			}
			if eof {
				break
			}
			if end, ok := p.cut(buf, &spans); ok {
				leftover = append(leftover, buf[end:]...)
				buf = buf[:end]
				break
			}
			nb := make([]byte, len(buf), 2*cap(buf))
			copy(nb, buf)
			buf = nb
		}
		if !eof && len(leftover) == 0 {
			// The buffer ended with a record: is it the last? The last
			// chunk must know, see tableEnd.
			var b [1]byte
			n, err := io.ReadFull(src, b[:])
			leftover = append(leftover, b[:n]...)
			if err != nil {
				eof = true
				if err != io.EOF {
					p.readErr = err
				}
			}
		}
		if len(buf) == 0 {
			free <- buf
			continue
		}
		send.add(chunk{data: buf, buf: buf, final: eof && len(leftover) == 0}, func(prev, last chunk) chunk {
			joined := append(prev.buf, last.data...)
			free <- last.buf
			return chunk{data: joined, buf: joined, final: true}
		})
		if p.redo.Load() {
			break
		}
	}
	send.flush()
	close(work)
	wait()
}

// chunkSender sends the chunks on work in order, numbered, each held back
// until the next is cut: the last chunk goes out joined to the one before
// it, so that tableEnd judges a footer with the rows above it, however
// small the last chunk.
type chunkSender struct {
	work chan<- chunk
	idx  int
	held *chunk
}

// add sends the chunk before c, or, if c is the last, c joined to it by
// join.
func (s *chunkSender) add(c chunk, join func(prev, last chunk) chunk) {
	if s.held != nil && c.final {
		c = join(*s.held, c)
		s.held = nil
	}
	s.flush()
	if c.final {
		s.out(c)
	} else {
		s.held = &c
	}
}

// flush sends the chunk held back.
func (s *chunkSender) flush() {
	if s.held != nil {
		s.out(*s.held)
		s.held = nil
	}
}

func (s *chunkSender) out(c chunk) {
	c.idx = s.idx
	s.idx++
	s.work <- c
}

// runMapped profiles m.data[from:], a file mapped into memory, in chunks
// of the mapping: nothing is copied.
func (p *profiler) runMapped(m *mapped, from int) {
	inFlight := make(chan struct{}, 2*p.opt.Workers)
	m.done, m.doneTo = map[int]int{}, from
	work, wait := p.startWorkers(func(c chunk) {
		m.chunkDone(c.data)
		<-inFlight
	})
	data := m.data
	var spans []int
	size := p.opt.ChunkSize
	send := chunkSender{work: work}
	for from < len(data) && !p.redo.Load() {
		if err := m.ctx.Err(); err != nil {
			p.readErr = err
			break
		}
		inFlight <- struct{}{}
		end := len(data)
		for lim := from + size; lim < len(data); lim += size {
			if n, ok := p.cut(data[from:lim], &spans); ok {
				end = from + n
				break
			}
		}
		send.add(chunk{data: data[from:end], final: end == len(data)}, func(prev, last chunk) chunk {
			<-inFlight // two chunks go as one
			return chunk{data: prev.data[:len(prev.data)+len(last.data)], final: true}
		})
		from = end
		if p.opt.Progress != nil && from > m.off {
			p.opt.Progress(int64(from)) // the sample up to m.off was read
		}
	}
	send.flush()
	close(work)
	wait()
	m.off = len(data)
}

// startWorkers starts the workers, which profile the chunks sent on work
// and hand each to done when they are through with it. wait waits for them
// to finish once work is closed.
func (p *profiler) startWorkers(done func(chunk)) (work chan<- chunk, wait func()) {
	ch := make(chan chunk, 2*p.opt.Workers+2)
	var wg sync.WaitGroup
	for range p.opt.Workers {
		w := p.newWorker()
		p.workers = append(p.workers, w)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range ch {
				if !p.redo.Load() { // else the input will be read again
					data := c.data
					if c.final {
						end, footer := tableEnd(data, p.delim, len(p.names), c.idx > 0)
						data, p.footer = data[:end], footer
					}
					w.parse(c.idx, data)
					if w.openQuote && !c.final && p.guess {
						p.redo.Store(true)
					}
					w.openQuote = false
				}
				done(c)
			}
			w.insertRows()
		}()
	}
	return ch, wg.Wait
}

// cut returns where the chunk b, which starts at a record, ends: after its
// last record (after its last line break if p.guess), or, should b reach
// maxRecord within one record, at its end. ok is false when b must grow to
// hold a whole record.
func (p *profiler) cut(b []byte, spans *[]int) (end int, ok bool) {
	if p.guess {
		end = bytes.LastIndexByte(b, '\n') + 1
	} else {
		end = lastRecordEnd(b, p.delim, spans)
	}
	if end > 0 {
		return end, true
	}
	if len(b) >= maxRecord {
		// a record longer than maxRecord: cut it
		if p.guess {
			p.redo.Store(true)
		}
		return len(b), true
	}
	return 0, false
}

func (p *profiler) setChunkLines(idx int, n int64) {
	p.mu.Lock()
	for len(p.chunkLines) <= idx {
		p.chunkLines = append(p.chunkLines, 0)
	}
	p.chunkLines[idx] = n
	p.mu.Unlock()
}

type lineRef struct {
	chunk int
	line  int64 // newlines before the row within the chunk
}

type worker struct {
	p         *profiler
	cols      []*colStats
	hashes    []uint64 // of the rows, for the row set, see rowBatch
	sorted    []uint64 // scratch space for rowSet.insert
	rows      int64
	malformed int64
	bad       []lineRef
	headers   int64     // rows that repeat the header, see headerAgain
	emptyRows int64     // rows of empty fields only
	headerAt  []lineRef // the first of them
	scratch   []byte
	chunk     int   // the chunk being read
	qnl       int64 // newlines inside quoted fields of the current chunk
	openQuote bool  // the chunk ended inside a quoted field

	// The fields of a batch of rows: the splitter fills them row by row,
	// then flush hands each column's values to its statistics in one run,
	// so that its tables stay in the cache and its branches predictable.
	batch   int         // rows per batch
	nr      int         // rows in the current batch
	fields  []field     // field col of row r at r*len(cols)+col
	esc     []byte      // unescaped quoted values; their offsets have escBit set
	rh      []uint64    // row hashes of the batch, folded column by column
	keys    []uint64    // a random odd number for each row of the batch, see colStats.fp
	bfp     []uint64    // each column's fingerprint of the batch
	byFP    []int       // scratch space for unlike
	flushes int         // batches flushed
	alike   bool        // some columns are not yet unlike every other (see unlike)
	keyN    uint64      // rows given keys so far
	odd     []oddRow    // rows of the batch with more or fewer fields than columns
	pairs   []pairCount // of the profiler's date pairs
	masks   []uint64    // separator bits of each 64-byte block of the chunk
}

// field locates one value of a batch in the chunk (or in worker.esc).
type field struct {
	start, end uint32
}

// absent marks the fields missing from a short row; they count as empty but
// take no part in the row's hash.
const absent = 1<<32 - 1

// oddRow is a row of a batch whose number of fields (cols) is not the
// number of columns; tail is the fold of the hashes of its extra fields.
type oddRow struct {
	r, cols, extra int
	tail           uint64
}

// escBit marks a field offset into worker.esc rather than into the chunk.
const escBit = 1 << 31

func (p *profiler) newWorker() *worker {
	w := &worker{p: p, cols: make([]*colStats, len(p.names)), pairs: make([]pairCount, len(p.pairs))}
	// at most 64 Ki fields per batch: 1 MiB of offsets and hashes
	w.batch = max(16, min(512, (64<<10)/max(len(p.names), 1)))
	w.fields = make([]field, w.batch*len(p.names))
	w.rh = make([]uint64, w.batch)
	w.keys = make([]uint64, w.batch)
	w.bfp = make([]uint64, len(p.names))
	w.alike = true
	limit, arena := tableLimits(len(p.names), p.opt.Workers)
	// exact numbers: at most 16 MB in all
	exact := min(maxExact, max(256, (16<<20)/8/max(len(p.names)*p.opt.Workers, 1)))
	for i := range w.cols {
		w.cols[i] = newColStats(p.class, limit, arena)
		w.cols[i].dotDecimal = p.dotDecimal[i]
		w.cols[i].scheme = schemeOf(p.names[i])
		w.cols[i].exactMax = exact
		if len(p.names)*p.opt.Workers > 512 {
			w.cols[i].hllP = 12
		}
	}
	return w
}

// parse profiles one chunk, which starts at a record boundary.
func (w *worker) parse(idx int, c []byte) {
	w.chunk = idx
	for _, cs := range w.cols {
		cs.chunk = idx
	}
	dmask := uint64(w.p.delim) * swarOnes
	ncol := len(w.cols)
	batch := w.batch
	fields := w.fields
	n := len(c)
	lineScan, lineCount := 0, int64(0)
	var lines int64               // newlines that end records or blank lines
	maskAt, mask := -1, uint64(0) // the separators of c[maskAt:maskAt+64]
	// the separators of all whole blocks, in one pass
	if need := n / 64; cap(w.masks) < need {
		w.masks = make([]uint64, need)
	}
	masks := w.masks[:n/64]
	sepMasks(c, w.p.delim, masks)
	i := 0
	for i < n {
		// skip blank lines
		if c[i] == '\n' {
			i++
			lines++
			continue
		}
		if c[i] == '\r' && i+1 < n && c[i+1] == '\n' {
			i += 2
			lines++
			continue
		}
		rowStart := i
		col := 0
		var tail uint64 // fold of the hashes of fields beyond the columns
		broken := false
		filled := 0      // non-zero when a field holds a value
		k := w.nr * ncol // the next field of the row in fields
		for {
			var start, end int // v = c[start:end], unless it is in w.scratch
			var v []byte
			quote := c[i] == '"'
			// The separators (delimiters and newlines) of the 64-byte block
			// holding j are a bit mask: the next separator is a
			// trailing-zero count away, with no loop to mispredict.
			j := i
			if quote {
				j++
			}
			for {
				if blk := j &^ 63; blk != maskAt {
					maskAt = blk
					if k := blk >> 6; k < len(masks) {
						mask = masks[k]
					} else {
						mask = sepMask(c, blk, dmask)
					}
				}
				if m := mask >> (j & 63); m != 0 {
					j += bits.TrailingZeros64(m)
					break
				}
				j = maskAt + 64
				if j >= n {
					j = n
					break
				}
			}
			switch {
			case !quote:
				start, end = i, j
				if j > 0 && c[j-1] == '\r' && j > i && (j == n || c[j] == '\n') {
					end--
				}
				v = c[start:end]
				i = j
			case j-1 > i && c[j-1] == '"' && indexByteFrom(c[:j-1], i+1, swarQuote) < 0:
				// "12,50" and a separator: the commonest quoted value,
				// with no quote inside that would need a closer look
				start, end = i+1, j-1
				v = c[start:end]
				i = j
			default:
				q := i
				var copied bool
				v, i, copied, broken = w.quoted(c, i, broken)
				start, end = q+1, q+1+len(v)
				if copied {
					start = -1
				}
			}
			filled |= len(v)
			// the hashes of the columns' values are taken in flush
			if col < ncol {
				if start < 0 {
					start, end = w.place(v)
				}
				fields[k] = field{uint32(start), uint32(end)}
				k++
			} else {
				h := emptyHash
				if len(v) > 0 {
					h = hashBytes(v)
				}
				tail = bits.RotateLeft64(tail, 11) ^ h
			}
			col++
			if i >= n {
				break
			}
			if c[i] == '\n' {
				i++
				lines++
				break
			}
			// delimiter
			i++
			if i == n {
				// "a;b;" at the very end: one more, empty field
				if col < ncol {
					fields[k] = field{0, 0}
					k++
				} else {
					tail = bits.RotateLeft64(tail, 11) ^ emptyHash
				}
				col++
				break
			}
		}
		// missing fields: empty, which counts as missing and blank
		for range ncol - min(col, ncol) {
			fields[k] = field{absent, absent}
			k++
		}
		if filled == 0 && !broken {
			// only delimiters (";;;;"), as Excel writes below a table: no
			// data row
			w.emptyRows++
			continue
		}
		if col == ncol && w.headerAgain(c, fields[k-ncol:k]) {
			// exports appended to one another: not a data row
			w.headers++
			if len(w.headerAt) < maxLines {
				lineCount += int64(bytes.Count(c[lineScan:rowStart], []byte("\n")))
				lineScan = rowStart
				w.headerAt = append(w.headerAt, lineRef{chunk: idx, line: lineCount})
			}
			continue
		}
		w.rows++
		if col != ncol {
			w.odd = append(w.odd, oddRow{r: w.nr, cols: col, extra: max(col-ncol, 0), tail: tail})
		}
		if col != ncol || broken {
			w.malformed++
			if len(w.bad) < maxLines {
				lineCount += int64(bytes.Count(c[lineScan:rowStart], []byte("\n")))
				lineScan = rowStart
				w.bad = append(w.bad, lineRef{chunk: idx, line: lineCount})
			}
		}
		if w.nr++; w.nr == batch {
			w.flush(c)
		}
	}
	w.flush(c)
	w.p.setChunkLines(idx, lines+w.qnl)
	w.qnl = 0
	if len(w.hashes) >= rowBatch {
		w.insertRows()
	}
}

// headerAgain reports whether the fields of a row repeat the header. Only
// a row whose first value is as long as the header's first name is
// compared in full.
func (w *worker) headerAgain(c []byte, fs []field) bool {
	h := w.p.header
	if h == nil || int(fs[0].end-fs[0].start) != len(h[0]) {
		return false
	}
	for i, f := range fs {
		if string(w.value(c, f)) != string(h[i]) {
			return false
		}
	}
	return true
}

// value returns the value of the field f of chunk c: empty if it is
// absent from a short row.
func (w *worker) value(c []byte, f field) []byte {
	switch {
	case f.start == f.end:
		return nil
	case f.start&escBit == 0:
		return c[f.start:f.end]
	}
	return w.esc[f.start&^escBit : f.end&^escBit]
}

// rowBatch is the number of row hashes a worker gathers before it adds them
// to the row set: large batches make the set's work cheaper (see
// rowSet.insert).
const rowBatch = 1 << 18

// insertRows adds the row hashes gathered to the row set.
func (w *worker) insertRows() {
	w.p.set.insert(w.hashes, &w.sorted)
	w.hashes = w.hashes[:0]
}

// place copies a value that is not a slice of the chunk (an unescaped
// quoted value) to w.esc and returns its offsets there, marked with escBit.
func (w *worker) place(v []byte) (int, int) {
	e := len(w.esc)
	w.esc = append(w.esc, v...)
	return e | escBit, len(w.esc) | escBit
}

// flush hands the batch's values to the columns' statistics, one column
// at a time.
func (w *worker) flush(c []byte) {
	nr := w.nr
	if nr == 0 {
		return
	}
	ncol := len(w.cols)
	fields := w.fields[:nr*ncol]
	// Each column's values are hashed here rather than in the splitter,
	// where the hash function's branches on the length would be
	// mispredicted from one column to the next. A row's hash folds those
	// of its fields in order.
	rh := w.rh[:nr]
	clear(rh)
	keys := w.keys[:nr]
	if w.alike {
		for r := range keys {
			keys[r] = mix(w.keyN, hk3) | 1
			w.keyN++
		}
	}
	for col, cs := range w.cols {
		fp, track := uint64(0), !cs.unlike
		for r, k := 0, col; k < len(fields) && r < len(keys); r, k = r+1, k+ncol {
			f := fields[k]
			if f.start == f.end {
				// empty or absent: missing and blank, as in colStats.add
				cs.missing++
				cs.blank++
				if f.start != absent {
					rh[r] = bits.RotateLeft64(rh[r], 11) ^ emptyHash
				}
				continue // adds nothing to the fingerprint
			}
			var v []byte
			if f.start&escBit == 0 {
				v = c[f.start:f.end]
			} else {
				v = w.esc[f.start&^escBit : f.end&^escBit]
			}
			h := hashBytes(v)
			rh[r] = bits.RotateLeft64(rh[r], 11) ^ h
			if track {
				fp += h * keys[r]
			}
			// A value seen before, as most are in a column of few distinct
			// values, is counted here: its statistics are added when the
			// table is folded. It is in the table as it stands, without
			// blanks or apostrophe to take off (see colStats.add).
			if !cs.table.full {
				if i := cs.table.hit(h); i >= 0 {
					if cs.scheme != schemeNone {
						cs.checkScheme(v)
					}
					if cs.table.slots[i].kind() == kInt {
						cs.intShape(v)
					}
					continue
				}
			}
			cs.add(v, h)
		}
		cs.fp += fp
		w.bfp[col] = fp
	}
	if w.flushes++; w.flushes&(w.flushes-1) == 0 {
		// after batches 1, 2, 4, 8, …: soon for most columns, and seldom
		// for those alike for long
		w.unlike()
	}
	for r := range rh {
		rh[r] ^= uint64(ncol)
	}
	for _, o := range w.odd {
		rh[o.r] = bits.RotateLeft64(rh[o.r]^uint64(ncol), 11*o.extra) ^ o.tail ^ uint64(o.cols)
	}
	for i, pr := range w.p.pairs {
		pc := &w.pairs[i]
		for k := 0; k < len(fields); k += ncol {
			if pc.count(w.value(c, fields[k+pr.from]), w.value(c, fields[k+pr.to]), w.chunk, w.p.class) {
				pc.examples[len(pc.examples)-1].line = rowLine(c, fields[k:k+ncol])
			}
		}
	}
	for _, x := range rh {
		w.hashes = append(w.hashes, mix(x, hk2))
	}
	w.odd = w.odd[:0]
	w.nr = 0
	w.esc = w.esc[:0]
}

// rowLine returns the newlines in chunk c before the row of the fields fs:
// before its first field that is a slice of the chunk, which is the first
// field unless that is a quoted value with doubled quotes.
func rowLine(c []byte, fs []field) int64 {
	for _, f := range fs {
		if f.start != absent && f.start&escBit == 0 && f.start != f.end {
			return int64(bytes.Count(c[:f.start], []byte("\n")))
		}
	}
	return 0
}

// unlike marks the columns that differed from every other in the batch
// just flushed (see colStats.unlike): their fingerprints need no longer be
// taken. In most tables that is every column, after the first batch. The
// columns still followed are sorted by fingerprint, so that a wide export's
// hundred empty columns, alike until the end, cost no comparison of each
// with each.
func (w *worker) unlike() {
	byFP := w.byFP[:0]
	for i, c := range w.cols {
		if !c.unlike {
			byFP = append(byFP, i)
		}
	}
	slices.SortFunc(byFP, func(a, b int) int { return cmp.Compare(w.bfp[a], w.bfp[b]) })
	w.alike = false
	for k, i := range byFP {
		alike := k > 0 && w.bfp[byFP[k-1]] == w.bfp[i] || k+1 < len(byFP) && w.bfp[byFP[k+1]] == w.bfp[i]
		w.cols[i].unlike = !alike
		w.alike = w.alike || alike
	}
	w.byFP = byFP
}

var emptyHash = hashBytes(nil)

const (
	swarOnes = 0x0101010101010101
	swarHigh = 0x8080808080808080
	swarNL   = '\n' * swarOnes
)

// sepMask returns the separators (delimiter or newline) of c[at:at+64] as
// bits, bit k for c[at+k]; at is a multiple of 64.
func sepMask(c []byte, at int, dmask uint64) uint64 {
	if at+64 > len(c) {
		var m uint64
		for k, b := range c[at:] {
			if b == '\n' || b == byte(dmask) {
				m |= 1 << k
			}
		}
		return m
	}
	b := c[at : at+64]
	return sepBits(binary.LittleEndian.Uint64(b[0:]), dmask) |
		sepBits(binary.LittleEndian.Uint64(b[8:]), dmask)<<8 |
		sepBits(binary.LittleEndian.Uint64(b[16:]), dmask)<<16 |
		sepBits(binary.LittleEndian.Uint64(b[24:]), dmask)<<24 |
		sepBits(binary.LittleEndian.Uint64(b[32:]), dmask)<<32 |
		sepBits(binary.LittleEndian.Uint64(b[40:]), dmask)<<40 |
		sepBits(binary.LittleEndian.Uint64(b[48:]), dmask)<<48 |
		sepBits(binary.LittleEndian.Uint64(b[56:]), dmask)<<56
}

// sepBits returns a byte with bit k set when byte k of x is the delimiter
// (dmask holds it eight times) or a newline. Unlike the usual zero-byte
// test it has no false positives, so every bit counts.
func sepBits(x, dmask uint64) uint64 {
	const low7 = 0x7f7f7f7f7f7f7f7f
	a := x ^ dmask
	b := x ^ swarNL
	na := (a&low7 + low7) | a // high bit of a byte: the byte is not zero
	nb := (b&low7 + low7) | b
	t := ^(na & nb) & swarHigh
	return (t >> 7) * 0x0102040810204080 >> 56
}

// indexByteFrom returns the index of the first byte b == pat&0xff in c at or
// after i, or -1; pat is that byte repeated eight times. For the short
// stretches of a field this beats bytes.IndexByte, which is not inlined.
func indexByteFrom(c []byte, i int, pat uint64) int {
	n := len(c)
	for i+8 <= n {
		x := binary.LittleEndian.Uint64(c[i:]) ^ pat
		if t := (x - swarOnes) &^ x & swarHigh; t != 0 {
			return i + bits.TrailingZeros64(t)>>3
		}
		i += 8
	}
	for ; i < n; i++ {
		if c[i] == byte(pat) {
			return i
		}
	}
	return -1
}

const swarQuote = '"' * swarOnes

// quoted reads a quoted field starting at c[i] == '"'. It returns the value,
// the offset of the byte after the field (a delimiter, newline or the end)
// whether the value is a copy (not c[i+1:i+1+len(value)]) and whether the
// field was broken (no closing quote).
func (w *worker) quoted(c []byte, i int, broken bool) ([]byte, int, bool, bool) {
	n := len(c)
	start := i + 1
	j := start
	esc := false
	var v []byte
	for {
		k := indexByteFrom(c, j, swarQuote)
		if k < 0 {
			w.openQuote = true
			w.qnl += int64(bytes.Count(c[start:], []byte("\n")))
			return c[start:], n, false, true
		}
		j = k
		if j+1 < n && c[j+1] == '"' {
			esc = true
			j += 2
			continue
		}
		v = c[start:j]
		j++
		break
	}
	if bytes.IndexByte(v, '\n') >= 0 {
		w.qnl += int64(bytes.Count(v, []byte("\n")))
	}
	if esc {
		w.scratch = w.scratch[:0]
		for k := 0; k < len(v); k++ {
			w.scratch = append(w.scratch, v[k])
			if v[k] == '"' {
				k++
			}
		}
		v = w.scratch
	}
	if j < n && c[j] != w.p.delim && c[j] != '\n' {
		if c[j] == '\r' && (j+1 == n || c[j+1] == '\n') {
			return v, j + 1, esc, broken
		}
		// text after the closing quote: keep it, as lenient readers do;
		// but a value over several lines with text after it is a quote
		// left open, which took the lines after it into one field
		broken = broken || bytes.IndexByte(v, '\n') >= 0
		k := j
		for k < n && c[k] != w.p.delim && c[k] != '\n' {
			k++
		}
		if !esc {
			w.scratch = append(w.scratch[:0], v...)
		}
		w.scratch = append(w.scratch, c[j:k]...)
		v = bytes.TrimSuffix(w.scratch, []byte("\r"))
		j = k
		esc = true
	}
	return v, j, esc, broken
}

// firstLines sorts line numbers and keeps the first maxLines of them.
func firstLines(lines []int64) []int64 {
	slices.Sort(lines)
	return lines[:min(len(lines), maxLines)]
}

// finish merges the workers' statistics into the report.
func (p *profiler) finish() {
	rep := p.rep
	cols := p.workers[0].cols
	var bad, headerAt []int64
	// absolute line of the first row of each chunk
	starts := make([]int64, len(p.chunkLines)+1)
	starts[0] = p.headerLines + 1
	for i, n := range p.chunkLines {
		starts[i+1] = starts[i] + n
	}
	for wi, w := range p.workers {
		for _, c := range w.cols {
			if !c.table.full {
				c.fold()
			}
		}
		rep.Rows += w.rows
		rep.MalformedRows += w.malformed
		for _, b := range w.bad {
			bad = append(bad, starts[b.chunk]+b.line)
		}
		rep.RepeatedHeaders += w.headers
		rep.EmptyRows += w.emptyRows
		for _, b := range w.headerAt {
			headerAt = append(headerAt, starts[b.chunk]+b.line)
		}
		if wi > 0 {
			for i, c := range w.cols {
				cols[i].merge(c)
			}
			for i, pc := range w.pairs {
				p.workers[0].pairs[i].merge(pc)
			}
		}
	}
	if p.footer != nil {
		rep.footer, rep.footerLine = p.footer, starts[len(p.chunkLines)]
	}
	if rowOf := p.opt.rowOf; rowOf != nil {
		for _, lines := range [][]int64{bad, headerAt} {
			for i, l := range lines {
				lines[i] = rowOf(l)
			}
		}
		rep.HeaderLine, rep.footerLine = rowOf(rep.HeaderLine), rowOf(rep.footerLine)
	}
	rep.MalformedLines = firstLines(bad)
	rep.RepeatedHeaderLines = firstLines(headerAt)
	rep.DuplicateRows, rep.DuplicatesEstimated = p.set.duplicates()
	rep.Columns = make([]Column, len(cols))
	hints := columnHints(p.names)
	countries := tableCountries(p.names, cols)
	for i, c := range cols {
		c.countries, c.fiscal = countries, p.fiscal
		rep.Columns[i] = c.column(p.names[i], hints[i], rep.Rows, p.opt.Now)
		rep.Columns[i].unnamed = p.unnamed[i]
	}
	for i, pr := range p.pairs {
		pc := p.workers[0].pairs[i]
		for k, e := range pc.examples {
			pc.examples[k].line = starts[e.at] + e.line
			if rowOf := p.opt.rowOf; rowOf != nil {
				pc.examples[k].line = rowOf(pc.examples[k].line)
			}
		}
		rep.pairs = append(rep.pairs, pairReport{pr, pc})
	}
	analyse(rep, p.opt.Now)
}
