package datacheck

import (
	"context"
	"io"
	"os"
	"sync"
)

// minMapped is the smallest file worth mapping (a variable for tests).
var minMapped int64 = 8 << 20

// ProfileFile profiles the file at path as Profile does, stopping early
// with ctx's error when ctx is done. Where the system allows, it maps the
// file into memory rather than reading it: the workers then parse the
// file's pages in the page cache, with no copy into buffers. Without a
// SizeHint it takes the file's size.
func ProfileFile(ctx context.Context, path string, opt Options) (*Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && opt.SizeHint <= 0 && st.Mode().IsRegular() {
		opt.SizeHint = st.Size()
	}
	if m, err := mapFile(f); err == nil && m != nil {
		defer m.close()
		m.ctx = ctx
		return Profile(m, opt)
	}
	return Profile(Cancelable(ctx, f), opt)
}

// Cancelable returns a reader of r that fails with ctx's error once ctx is
// done, so that a check reading it stops; it can seek if r can.
func Cancelable(ctx context.Context, r io.Reader) io.Reader {
	c := ctxReader{ctx, r}
	if s, ok := r.(io.Seeker); ok {
		return ctxReadSeeker{c, s}
	}
	return c
}

type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

type ctxReadSeeker struct {
	ctxReader
	s io.Seeker
}

func (c ctxReadSeeker) Seek(offset int64, whence int) (int64, error) {
	return c.s.Seek(offset, whence)
}

// mapped is a file mapped into memory. profile takes a UTF-8 file's rows
// as chunks of data; everything else (the sample at the start, a file to
// decode) is read from the file itself, at off, so that only the chunks
// map pages, which the workers release when done.
type mapped struct {
	ctx  context.Context
	file *os.File
	data []byte
	off  int

	mu     sync.Mutex
	done   map[int]int // chunks the workers are through with: start -> end
	doneTo int         // every chunk before this offset is done
}

// chunkDone releases the pages of a chunk the workers are through with.
// Releasing the chunk's own pages is not enough: when a worker touches the
// first page of the next chunk, the kernel maps the pages around it too
// (fault-around, whole large folios), some of them in a chunk already
// released, and those would stay mapped to the end. So, once every chunk
// before an offset is done, the stretch behind it is released once more.
func (m *mapped) chunkDone(c []byte) {
	m.release(c)
	start := cap(m.data) - cap(c)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.done[start] = start + len(c)
	from := m.doneTo
	for {
		end, ok := m.done[m.doneTo]
		if !ok {
			break
		}
		delete(m.done, m.doneTo)
		m.doneTo = end
	}
	if m.doneTo > from {
		const behind = 4 << 20 // the largest fault-around: a 2 MB folio, twice
		m.release(m.data[max(from-behind, 0):m.doneTo])
	}
}

func (m *mapped) Read(p []byte) (int, error) {
	if err := m.ctx.Err(); err != nil {
		return 0, err
	}
	if m.off >= len(m.data) {
		return 0, io.EOF
	}
	n, err := m.file.ReadAt(p[:min(len(p), len(m.data)-m.off)], int64(m.off))
	m.off += n
	if err == io.EOF && n > 0 {
		err = nil
	}
	return n, err
}

func (m *mapped) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	case io.SeekCurrent:
		offset += int64(m.off)
	case io.SeekEnd:
		offset += int64(len(m.data))
	}
	if offset < 0 || offset > int64(len(m.data)) {
		return 0, os.ErrInvalid
	}
	m.off = int(offset)
	return offset, nil
}
