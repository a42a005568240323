// Package lotse holds the vocabulary of the Lotse platform: the domain types of
// the Mittelstand-Digital network (centres, offers), their validation rules and
// the error codes every other package speaks.
package lotse

import (
	_ "time/tzdata" // Europe/Berlin on machines without zoneinfo

	"errors"
	"fmt"
	"sort"
	"strings"
)

// Error codes. Each maps to one HTTP status in the web package.
const (
	ECONFLICT     = "conflict"     // the thing exists already
	EINTERNAL     = "internal"     // a bug or an outage; the message is not for users
	EINVALID      = "invalid"      // the input breaks a rule; Message says which
	ENOTFOUND     = "not_found"    // no such thing
	EUNAUTHORIZED = "unauthorized" // login required
	EFORBIDDEN    = "forbidden"    // logged in, but not allowed
	ETOOLARGE     = "too_large"    // the request body exceeds its limit
	ETOOMANY      = "too_many"     // too many requests from one client; Message says when to retry
)

// Error is an error a user may read. Message is a German sentence; Fields maps
// form or JSON field names to the German message for that field.
type Error struct {
	Code    string
	Message string
	Fields  map[string]string
}

func (e *Error) Error() string {
	if len(e.Fields) == 0 {
		return fmt.Sprintf("lotse error: code=%s message=%s", e.Code, e.Message)
	}
	keys := make([]string, 0, len(e.Fields))
	for k := range e.Fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s: %s", k, e.Fields[k])
	}
	return fmt.Sprintf("lotse error: code=%s message=%s fields=[%s]", e.Code, e.Message, b.String())
}

// Errorf returns an *Error with the given code and a formatted German message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of err if it is (or wraps) an *Error, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing message of err. Internal errors get a
// generic message so that no detail of the system leaks.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später noch einmal."
}

// ErrorFields returns the per-field messages of err, or nil.
func ErrorFields(err error) map[string]string {
	var e *Error
	if errors.As(err, &e) {
		return e.Fields
	}
	return nil
}

// Problems collects per-field validation messages. Its zero value is ready to
// use; Err turns it into an EINVALID *Error, or nil when nothing was added.
type Problems map[string]string

// Add records msg for field unless the field already has a message, so the
// first (most basic) problem of a field is the one shown.
func (p *Problems) Add(field, msg string) {
	if *p == nil {
		*p = make(map[string]string)
	}
	if _, ok := (*p)[field]; !ok {
		(*p)[field] = msg
	}
}

// Err returns nil when there are no problems, else an EINVALID error whose
// message names the count and whose Fields hold each message.
func (p Problems) Err() error {
	switch len(p) {
	case 0:
		return nil
	case 1:
		for _, msg := range p {
			return &Error{Code: EINVALID, Message: msg, Fields: p}
		}
	}
	return &Error{Code: EINVALID, Message: fmt.Sprintf("Bitte prüfen Sie %d Angaben.", len(p)), Fields: p}
}
