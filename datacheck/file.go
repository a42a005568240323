package datacheck

import (
	"context"
	"io"
	"os"
)

// minMapped is the smallest file worth mapping (a variable for tests).
var minMapped int64 = 8 << 20

// ProfileFile profiles the file at path as Profile does, stopping early
// with ctx's error when ctx is done. Where the system allows, it maps the
// file into memory rather than reading it: the workers then parse the
// file's pages in the page cache, with no copy into buffers.
func ProfileFile(ctx context.Context, path string, opt Options) (*Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if m, err := mapFile(f); err == nil && m != nil {
		defer m.close()
		m.ctx = ctx
		return Profile(m, opt)
	}
	return Profile(ctxReader{ctx, f}, opt)
}

// ctxReader reads r until ctx is done.
type ctxReader struct {
	ctx context.Context
	r   io.ReadSeeker
}

func (c ctxReader) Seek(offset int64, whence int) (int64, error) {
	return c.r.Seek(offset, whence)
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// mapped is a file mapped into memory, read as an io.ReadSeeker for the
// sample at its start; profile takes the rest as chunks of data itself.
type mapped struct {
	ctx  context.Context
	data []byte
	off  int
}

func (m *mapped) Read(p []byte) (int, error) {
	if err := m.ctx.Err(); err != nil {
		return 0, err
	}
	if m.off >= len(m.data) {
		return 0, io.EOF
	}
	n := copy(p, m.data[m.off:])
	m.off += n
	return n, nil
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
