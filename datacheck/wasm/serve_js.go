//go:build js && wasm

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"syscall/js"

	"lotse/datacheck"
)

func serve() {
	js.Global().Set("lotseDatacheck", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) < 1 {
			return rejected("lotseDatacheck(file, onProgress): file fehlt")
		}
		file := args[0]
		var progress js.Value
		if len(args) > 1 {
			progress = args[1]
		}
		return js.Global().Get("Promise").New(js.FuncOf(func(this js.Value, p []js.Value) any {
			resolve, reject := p[0], p[1]
			go func() {
				res, err := check(file, progress)
				if err != nil {
					reject.Invoke(js.Global().Get("Error").New(err.Error()))
					return
				}
				resolve.Invoke(res)
			}()
			return nil
		}))
	}))
	js.Global().Get("document").Call("dispatchEvent", js.Global().Get("Event").New("lotse-datacheck-ready"))
	select {}
}

func rejected(msg string) js.Value {
	return js.Global().Get("Promise").Call("reject", js.Global().Get("Error").New(msg))
}

func check(file, progress js.Value) (map[string]any, error) {
	name := file.Get("name").String()
	size := int64(file.Get("size").Float())
	opt := datacheck.Options{SizeHint: size}
	if progress.Type() == js.TypeFunction {
		var last int64
		opt.Progress = func(n int64) {
			// n starts again from 0 when the file is read again
			if n < last || n-last >= 1<<20 || n == size {
				last = n
				progress.Invoke(float64(n), float64(size))
			}
		}
	}
	var reps []*datacheck.Report
	head, err := await(file.Call("slice", 0, 4).Call("arrayBuffer"))
	if err != nil {
		return nil, err
	}
	magic := make([]byte, head.Get("byteLength").Int())
	js.CopyBytesToGo(magic, js.Global().Get("Uint8Array").New(head))
	// a workbook, whatever its name says
	if datacheck.IsZip(magic) {
		b, err := await(file.Call("arrayBuffer"))
		if err != nil {
			return nil, err
		}
		data := make([]byte, b.Get("byteLength").Int())
		js.CopyBytesToGo(data, js.Global().Get("Uint8Array").New(b))
		reps, err = datacheck.ProfileXLSXReader(bytes.NewReader(data), opt)
		if err != nil {
			return nil, explain(err)
		}
	} else {
		r := newStreamReader(file)
		rep, err := datacheck.Profile(r, opt)
		if err != nil {
			return nil, explain(err)
		}
		reps = []*datacheck.Report{rep}
	}
	for _, r := range reps {
		r.File = name
	}
	var j []byte
	if len(reps) == 1 {
		j, err = json.Marshal(reps[0])
	} else {
		j, err = json.Marshal(reps)
	}
	if err != nil {
		return nil, err
	}
	var html strings.Builder
	if err := datacheck.WriteHTML(&html, reps); err != nil {
		return nil, err
	}
	return map[string]any{"json": string(j), "html": html.String()}, nil
}

func explain(err error) error {
	if errors.Is(err, datacheck.ErrNoData) {
		return errors.New("Die Datei ist leer.")
	}
	if nt := (*datacheck.NotTableError)(nil); errors.As(err, &nt) {
		return errors.New("Die Datei ist keine Tabelle im Textformat (CSV), sondern " + nt.What + ". " + nt.Advice)
	}
	return errors.New("Die Datei kann nicht gelesen werden: " + err.Error())
}

// await blocks the calling goroutine until the promise settles.
func await(promise js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	ch := make(chan result, 1)
	var then, catch js.Func
	then = js.FuncOf(func(this js.Value, args []js.Value) any {
		ch <- result{v: args[0]}
		return nil
	})
	catch = js.FuncOf(func(this js.Value, args []js.Value) any {
		ch <- result{err: errors.New(args[0].Call("toString").String())}
		return nil
	})
	promise.Call("then", then, catch)
	r := <-ch
	then.Release()
	catch.Release()
	return r.v, r.err
}

// streamReader reads a File through its ReadableStream of Uint8Array chunks.
type streamReader struct {
	file   js.Value
	reader js.Value
	off    int64 // bytes read
	buf    []byte
	done   bool
}

func newStreamReader(file js.Value) *streamReader {
	return &streamReader{file: file, reader: file.Call("stream").Call("getReader")}
}

// Seek tells the offset or goes back to the start, where it opens a new
// stream: what datacheck.Profile needs to read a file again.
func (s *streamReader) Seek(offset int64, whence int) (int64, error) {
	switch {
	case offset == 0 && whence == io.SeekCurrent:
		return s.off, nil
	case offset == 0 && whence == io.SeekStart:
		s.reader.Call("cancel")
		s.reader = s.file.Call("stream").Call("getReader")
		s.off, s.buf, s.done = 0, s.buf[:0], false
		return 0, nil
	}
	return s.off, errors.New("streamReader: can seek only to the start")
}

func (s *streamReader) Read(p []byte) (int, error) {
	for len(s.buf) == 0 {
		if s.done {
			return 0, io.EOF
		}
		res, err := await(s.reader.Call("read"))
		if err != nil {
			return 0, err
		}
		if res.Get("done").Bool() {
			s.done = true
			continue
		}
		chunk := res.Get("value")
		n := chunk.Get("length").Int()
		if cap(s.buf) < n {
			s.buf = make([]byte, n)
		}
		s.buf = s.buf[:n]
		js.CopyBytesToGo(s.buf, chunk)
	}
	n := copy(p, s.buf)
	s.buf = s.buf[n:]
	s.off += int64(n)
	return n, nil
}
