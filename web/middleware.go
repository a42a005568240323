package web

import (
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"time"
)

// maxBody limits request bodies; larger ones get 413.
const maxBody = 1 << 20

// middleware wraps the routes with what every request needs, outermost first:
// recovery, logging and metrics, security headers, cross-origin protection
// for state-changing requests, the login session, and the body limit.
func (s *Server) middleware(h http.Handler) http.Handler {
	h = http.MaxBytesHandler(h, maxBody)
	h = s.withSession(h)
	h = http.NewCrossOriginProtection().Handler(h)
	h = securityHeaders(h)
	h = s.logRequests(h)
	return s.recoverPanics(h)
}

// csp allows nothing inline: no inline scripts, no style attributes.
const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
	"font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", csp)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		if r.TLS != nil {
			hd.Set("Strict-Transport-Security", "max-age=31536000")
		}
		h.ServeHTTP(w, r)
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (s *Server) logRequests(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		h.ServeHTTP(sw, r)
		d := time.Since(start)
		if sw.status == 0 {
			sw.status = http.StatusOK
		}
		_, route := s.mux.Handler(r)
		if route == "" {
			route = "unmatched"
		}
		s.metrics.observe(route, sw.status, d)
		if strings.HasPrefix(r.URL.Path, "/static/") || r.URL.Path == "/healthz" || r.URL.Path == "/metrics" {
			return
		}
		level := slog.LevelInfo
		if sw.status >= 500 {
			level = slog.LevelError
		}
		s.log.LogAttrs(r.Context(), level, "request", slog.String("method", r.Method), slog.String("path", loggedPath(route, r)),
			slog.Int("status", sw.status), slog.Int("bytes", sw.bytes), slog.Duration("took", d))
	})
}

func (s *Server) recoverPanics(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				_, route := s.mux.Handler(r)
				s.log.Error("panic", "method", r.Method, "path", loggedPath(route, r), "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
				http.Error(w, "Interner Fehler", http.StatusInternalServerError)
			}
		}()
		h.ServeHTTP(w, r)
	})
}

// loggedPath is the request path as logs may keep it: private links carry
// their secret in the path ({token}), so for those the route pattern stands
// in for the path.
func loggedPath(route string, r *http.Request) string {
	if strings.Contains(route, "{token}") {
		_, pattern, _ := strings.Cut(route, " ")
		return pattern
	}
	return r.URL.Path
}
