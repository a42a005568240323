package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

//go:embed templates static
var embedded embed.FS

// ui holds the parsed templates and the static files with their hashes.
type ui struct {
	dev   bool
	files fs.FS // holds templates/ and static/

	labels *labels // vocabulary labels for the label funcs
	mu     sync.RWMutex
	pages  map[string]*template.Template
	hashes *assetHashes
	frames sync.Map // frameKey → *frame: layouts rendered around placeholders
	gz     sync.Map // static path → gzipped content
}

func newUI(dev bool, root string, lbl *labels) (*ui, error) {
	u := &ui{dev: dev, files: embedded, labels: lbl}
	if dev {
		u.files = os.DirFS(root)
	}
	if err := u.load(); err != nil {
		return nil, err
	}
	return u, nil
}

// load parses every page with the layout and partials, and lists the
// static files.
func (u *ui) load() error {
	hashes := &assetHashes{files: u.files, known: map[string]bool{}, sums: map[string]string{}}
	err := fs.WalkDir(u.files, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		hashes.known[strings.TrimPrefix(p, "static/")] = true
		return nil
	})
	if err != nil {
		return fmt.Errorf("list static files: %w", err)
	}
	names, err := fs.Glob(u.files, "templates/*.html")
	if err != nil {
		return err
	}
	pages := map[string]*template.Template{}
	for _, name := range names {
		base := path.Base(name)
		if base == "layout.html" {
			continue
		}
		t := template.New("layout.html").Funcs(u.funcs(hashes))
		if _, err := t.ParseFS(u.files, "templates/layout.html", "templates/partials/*.html", name); err != nil {
			return fmt.Errorf("parse template %s: %w", base, err)
		}
		pages[strings.TrimSuffix(base, ".html")] = t
	}
	u.mu.Lock()
	u.pages, u.hashes = pages, hashes
	u.frames.Clear()
	u.mu.Unlock()
	return nil
}

// render executes the page into a buffer and writes it only on success, so a
// failing template never leaves half a page.
func (u *ui) render(w http.ResponseWriter, status int, name string, data any) error {
	if u.dev {
		if err := u.load(); err != nil {
			return err
		}
	}
	u.mu.RLock()
	t, ok := u.pages[name]
	u.mu.RUnlock()
	if !ok {
		return fmt.Errorf("render: no template %q", name)
	}
	buf := renderBuffers.Get().(*bytes.Buffer)
	defer func() {
		if buf.Cap() <= 1<<20 {
			buf.Reset()
			renderBuffers.Put(buf)
		}
	}()
	if err := u.execute(buf, t, name, data); err != nil {
		return fmt.Errorf("render %s: %w", name, err)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(status)
	_, err := w.Write(buf.Bytes())
	return err
}

// execute renders the page into buf: for anonymous visitors its main block
// inside the page's frame, else the whole template.
func (u *ui) execute(buf *bytes.Buffer, t *template.Template, name string, data any) error {
	p, ok := data.(*pageData)
	if !ok || p.User != nil || u.dev {
		return t.Execute(buf, data)
	}
	key := frameKey{name, p.Section, p.Host, p.Demo, p.Description != ""}
	f, ok := u.frames.Load(key)
	if !ok {
		f, _ = u.frames.LoadOrStore(key, u.newFrame(name, *p))
	}
	fr := f.(*frame)
	if fr.parts == nil {
		return t.Execute(buf, data) // a layout a frame cannot hold
	}
	values := [len(framePlaceholders)]string{p.Title, p.Description, p.Query}
	for i, part := range fr.parts {
		buf.WriteString(part)
		if i < len(values) {
			buf.WriteString(esc(values[i]))
		} else if i == len(values) {
			if p.Main != nil {
				p.Main(buf)
			} else if err := t.ExecuteTemplate(buf, "main", data); err != nil {
				return err
			}
		}
	}
	return nil
}

// A frame is the layout of one page as anonymous visitors see it, cut at
// the title, the description, the search box's value and the main block:
// for them only those differ from request to request, so the rest of the
// layout is rendered once, not on every request.
type frame struct {
	parts []string // len(framePlaceholders)+2 pieces around the values and main; nil: no frame
}

type frameKey struct {
	page, section, host string
	demo, description   bool
}

// framePlaceholders stand in for the title, description and query when a
// frame is made; they pass every escaper unchanged.
var framePlaceholders = [...]string{"LOTSE0FRAME0TITLE", "LOTSE0FRAME0DESCRIPTION", "LOTSE0FRAME0QUERY"}

const mainPlaceholder = "LOTSE0FRAME0MAIN"

// newFrame renders the layout of the page for p with placeholders and cuts
// it at them. The frame has no parts if the layout does not hold each
// placeholder once, in order, or needs p.Data outside the main block.
func (u *ui) newFrame(name string, p pageData) *frame {
	p.Title, p.Query, p.Data = framePlaceholders[0], framePlaceholders[2], nil
	if p.Description != "" {
		p.Description = framePlaceholders[1]
	}
	u.mu.RLock()
	hashes := u.hashes
	u.mu.RUnlock()
	t := template.New("layout.html").Funcs(u.funcs(hashes))
	if _, err := t.ParseFS(u.files, "templates/layout.html", "templates/partials/*.html", "templates/"+name+".html"); err != nil {
		return &frame{}
	}
	if _, err := t.New("main").Parse(mainPlaceholder); err != nil {
		return &frame{}
	}
	var b strings.Builder
	if err := t.Execute(&b, &p); err != nil {
		return &frame{}
	}
	rest := b.String()
	var parts []string
	for _, ph := range append(framePlaceholders[:], mainPlaceholder) {
		if ph == framePlaceholders[1] && p.Description == "" {
			parts = append(parts, "") // no description: an empty cut
			continue
		}
		before, after, ok := strings.Cut(rest, ph)
		if !ok || strings.Contains(after, ph) {
			return &frame{}
		}
		parts, rest = append(parts, before), after
	}
	return &frame{parts: append(parts, rest)}
}

// renderBuffers keeps page buffers for reuse; pages are tens of kilobytes.
var renderBuffers = sync.Pool{New: func() any { return bytes.NewBuffer(make([]byte, 0, 64<<10)) }}

// assetHashes gives the content hashes of the static files, each computed
// on first use, so that large files nobody asks for (the Daten-Check engine)
// are never read into memory.
type assetHashes struct {
	files fs.FS
	known map[string]bool // static path → exists; fixed after load
	mu    sync.Mutex
	sums  map[string]string // static path → short content hash
}

// get returns the file's hash, false if there is no such static file.
func (a *assetHashes) get(name string) (string, bool) {
	if !a.known[name] {
		return "", false
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if h, ok := a.sums[name]; ok {
		return h, true
	}
	f, err := a.files.Open("static/" + name)
	if err != nil {
		return "", false
	}
	defer f.Close()
	sum := sha256.New()
	if _, err := io.Copy(sum, f); err != nil {
		return "", false
	}
	h := hex.EncodeToString(sum.Sum(nil)[:5])
	a.sums[name] = h
	return h, true
}

// staticURL returns the content-hashed URL of a static file:
// "app.css" → "/static/app.1a2b3c4d5e.css".
func staticURL(hashes *assetHashes, name string) string {
	h, ok := hashes.get(name)
	if !ok {
		return "/static/" + name
	}
	ext := filepath.Ext(name)
	return "/static/" + strings.TrimSuffix(name, ext) + "." + h + ext
}

// serveStatic serves a static file. A URL carrying the current content hash
// is cached for a year; the plain name is revalidated on every use.
func (u *ui) serveStatic(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/static/")
	u.mu.RLock()
	hashes := u.hashes
	u.mu.RUnlock()
	immutable := false
	ext := filepath.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	if i := strings.LastIndexByte(stem, '.'); i >= 0 {
		plain := stem[:i] + ext
		if h, ok := hashes.get(plain); ok && h == stem[i+1:] {
			name, immutable = plain, true
		}
	}
	hash, ok := hashes.get(name)
	if !ok || strings.Contains(name, "..") {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	if immutable {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
		h.Set("ETag", `"`+hash+`"`)
	}
	if ct := mime.TypeByExtension(ext); ct != "" {
		h.Set("Content-Type", ct)
	}
	if compressible[ext] {
		h.Add("Vary", "Accept-Encoding")
		if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			if gz, err := u.gzipped(name); err == nil {
				h.Set("Content-Encoding", "gzip")
				http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(gz))
				return
			}
		}
	}
	sub, _ := fs.Sub(u.files, "static")
	http.ServeFileFS(w, r, sub, name)
}

// compressible are the static file types worth sending gzipped.
var compressible = map[string]bool{".css": true, ".js": true, ".svg": true, ".wasm": true, ".json": true}

// gzipped returns the static file compressed, compressing it once.
func (u *ui) gzipped(name string) ([]byte, error) {
	if gz, ok := u.gz.Load(name); ok {
		return gz.([]byte), nil
	}
	raw, err := fs.ReadFile(u.files, "static/"+name)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(raw)
	if err := zw.Close(); err != nil {
		return nil, err
	}
	if !u.dev {
		u.gz.Store(name, buf.Bytes())
	}
	return buf.Bytes(), nil
}
