package web

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"

	"lotse"
)

// handler is the shape of every page and API handler: it returns an error
// instead of writing one, and the adapters below turn it into a response.
type handler func(w http.ResponseWriter, r *http.Request) error

func statusOf(err error) int {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return http.StatusRequestEntityTooLarge
	}
	switch lotse.ErrorCode(err) {
	case lotse.EINVALID:
		return http.StatusUnprocessableEntity
	case lotse.ENOTFOUND:
		return http.StatusNotFound
	case lotse.ECONFLICT:
		return http.StatusConflict
	case lotse.EUNAUTHORIZED:
		return http.StatusUnauthorized
	case lotse.EFORBIDDEN:
		return http.StatusForbidden
	case lotse.ETOOLARGE:
		return http.StatusRequestEntityTooLarge
	case lotse.ETOOMANY:
		return http.StatusTooManyRequests
	}
	return http.StatusInternalServerError
}

// logError logs internal errors once, here at the edge.
func (s *Server) logError(r *http.Request, err error) {
	if statusOf(err) >= 500 {
		s.log.LogAttrs(r.Context(), slog.LevelError, "internal error", slog.String("method", r.Method),
			slog.String("path", loggedPath(r.Pattern, r)), slog.String("err", err.Error()))
	}
}

// page adapts a page handler: errors become a German error page.
func (s *Server) page(h handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.logError(r, err)
			s.errorPage(w, r, statusOf(err), lotse.ErrorMessage(err))
		}
	})
}

func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, status int, msg string) {
	title := "Da ist etwas schiefgegangen"
	switch status {
	case http.StatusNotFound:
		title = "Seite nicht gefunden"
		if msg == "" {
			msg = "Diese Seite gibt es nicht (mehr). Vielleicht hilft die Suche oder die Liste aller Angebote weiter."
		}
	case http.StatusRequestEntityTooLarge:
		title, msg = "Zu viele Daten", "Die gesendeten Daten sind zu groß. Bitte kürzen Sie Ihre Eingabe."
	}
	data := s.newPage(r, title)
	data.Data = struct {
		Status  int
		Message string
	}{status, msg}
	if err := s.ui.render(w, status, "error", data); err != nil {
		s.log.Error("render error page", "err", err)
		http.Error(w, msg, status)
	}
}

// apiError is the JSON shape of every API error.
type apiError struct {
	Error  string            `json:"error"`
	Fields map[string]string `json:"fields,omitempty"`
}

// api adapts an API handler: errors become {"error": …, "fields": …}.
func (s *Server) api(h handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.logError(r, err)
			status := statusOf(err)
			msg := lotse.ErrorMessage(err)
			if status == http.StatusRequestEntityTooLarge {
				msg = "Der Inhalt der Anfrage ist zu groß."
			}
			writeJSON(w, status, apiError{Error: msg, Fields: lotse.ErrorFields(err)})
		}
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, err = w.Write(append(b, '\n'))
	return err
}
