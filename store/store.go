// Package store keeps Lotse's data in SQLite (the embedded default) or
// PostgreSQL. One SQL text serves both: queries use ? placeholders, which
// the store rewrites to $n for PostgreSQL.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"lotse"
)

// Dialects.
const (
	SQLite   = "sqlite"
	Postgres = "postgres"
)

// Store is the database. It is safe for concurrent use.
type Store struct {
	dialect string
	write   *sql.DB // SQLite: one connection, so writers queue instead of failing
	read    *sql.DB // SQLite: a read-only pool; PostgreSQL: the same pool as write

	// Now returns the current time; tests may replace it.
	Now func() time.Time

	wake    chan struct{} // tells this instance's job worker that a job was enqueued
	hotOnce sync.Once
	// SQLite group commit of registrations; see Register.
	batchOnce sync.Once
	batch     chan *pendingRegistration
	batchQuit chan struct{}
	batchDone chan struct{}
	stmts     sync.Map // prepared statements of hot queries, by key
}

// Open connects to the database named by dsn, "sqlite:PATH" or
// "postgres://…", and applies pending migrations.
func Open(ctx context.Context, dsn string) (*Store, error) {
	s, err := open(dsn)
	if err != nil {
		return nil, err
	}
	if err := s.Migrate(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// Connect is Open without migrations.
func Connect(dsn string) (*Store, error) { return open(dsn) }

func open(dsn string) (*Store, error) {
	s := &Store{Now: time.Now, wake: make(chan struct{}, 1)}
	switch {
	case strings.HasPrefix(dsn, "sqlite:"):
		path := strings.TrimPrefix(strings.TrimPrefix(dsn, "sqlite:"), "//")
		if path == "" {
			return nil, fmt.Errorf("open database: empty SQLite path in %q", dsn)
		}
		if dir := filepath.Dir(path); dir != "." {
			if err := os.MkdirAll(dir, 0o750); err != nil {
				return nil, fmt.Errorf("open database: %w", err)
			}
		}
		s.dialect = SQLite
		pragmas := "_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)"
		w, err := sql.Open("sqlite", "file:"+path+"?"+pragmas+"&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate")
		if err != nil {
			return nil, fmt.Errorf("open database: %w", err)
		}
		w.SetMaxOpenConns(1)
		w.SetConnMaxIdleTime(0)
		w.SetConnMaxLifetime(0)
		// The writer creates the file and switches it to WAL before readers come.
		if err := w.Ping(); err != nil {
			w.Close()
			return nil, fmt.Errorf("open database %s: %w", path, err)
		}
		r, err := sql.Open("sqlite", "file:"+path+"?mode=ro&"+pragmas+"&_pragma=cache_size(-512)")
		if err != nil {
			w.Close()
			return nil, fmt.Errorf("open database: %w", err)
		}
		// Two readers per core: more would only hold more page caches.
		r.SetMaxOpenConns(2 * runtime.GOMAXPROCS(0))
		r.SetMaxIdleConns(2 * runtime.GOMAXPROCS(0))
		s.write, s.read = w, r
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		if _, err := url.Parse(dsn); err != nil {
			return nil, fmt.Errorf("open database: invalid PostgreSQL URL")
		}
		s.dialect = Postgres
		db, err := sql.Open("pgx", dsn)
		if err != nil {
			return nil, fmt.Errorf("open database: %w", err)
		}
		db.SetMaxOpenConns(20)
		db.SetMaxIdleConns(20)
		if err := db.Ping(); err != nil {
			db.Close()
			return nil, fmt.Errorf("connect to PostgreSQL: %w", err)
		}
		s.write, s.read = db, db
	default:
		return nil, fmt.Errorf("open database: %q is neither sqlite:PATH nor postgres://…", dsn)
	}
	return s, nil
}

// Dialect returns SQLite or Postgres.
func (s *Store) Dialect() string { return s.dialect }

// Close closes all connections.
func (s *Store) Close() error {
	s.batchOnce.Do(func() {}) // no group commit starts after this
	if s.batchQuit != nil {
		close(s.batchQuit)
		<-s.batchDone
	}
	s.stmts.Range(func(_, st any) bool { st.(*sql.Stmt).Close(); return true })
	err := s.write.Close()
	if s.read != s.write {
		err = errors.Join(err, s.read.Close())
	}
	return err
}

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error { return s.read.PingContext(ctx) }

// tx is a transaction that rewrites placeholders for its dialect and carries
// one "now" for everything it writes.
type tx struct {
	*sql.Tx
	s        *Store
	now      time.Time
	enqueued bool                    // a job was added; commit wakes the worker
	write    bool                    // on the writer: hot queries are prepared
	offers   map[string]*lotse.Offer // read in this transaction, by ID
	stmts    map[string]*sql.Stmt    // this transaction's handles of hot queries
}

// commit commits and, when the transaction enqueued a job, wakes this
// instance's job worker.
func (t *tx) commit() error {
	if err := t.Commit(); err != nil {
		return err
	}
	if t.enqueued {
		select {
		case t.s.wake <- struct{}{}:
		default:
		}
	}
	return nil
}

func (s *Store) begin(ctx context.Context) (*tx, error) {
	s.prepareHot(ctx)
	t, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin transaction: %w", err)
	}
	return &tx{Tx: t, s: s, now: s.Now().UTC(), write: true}, nil
}

// beginRead starts a read-only transaction for a consistent view.
func (s *Store) beginRead(ctx context.Context) (*tx, error) {
	t, err := s.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: s.dialect == Postgres})
	if err != nil {
		return nil, fmt.Errorf("begin transaction: %w", err)
	}
	return &tx{Tx: t, s: s, now: s.Now().UTC()}, nil
}

func (t *tx) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if st := t.stmt(ctx, query); st != nil {
		res, err := st.ExecContext(ctx, args...)
		return res, formatError(err)
	}
	res, err := t.ExecContext(ctx, t.s.rebind(query), args...)
	return res, formatError(err)
}

func (t *tx) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if st := t.stmt(ctx, query); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return t.QueryContext(ctx, t.s.rebind(query), args...)
}

func (t *tx) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	if st := t.stmt(ctx, query); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return t.QueryRowContext(ctx, t.s.rebind(query), args...)
}

// rebind turns ? placeholders into $1, $2 … for PostgreSQL.
func (s *Store) rebind(query string) string {
	if s.dialect != Postgres || !strings.Contains(query, "?") {
		return query
	}
	var b strings.Builder
	b.Grow(len(query) + 16)
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// placeholders returns "?, ?, …" for n arguments.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// formatError maps both drivers' constraint violations onto lotse errors.
func formatError(err error) error {
	if err == nil {
		return nil
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "23505":
			return lotse.Errorf(lotse.ECONFLICT, "Diesen Eintrag gibt es schon.")
		case "23503":
			return lotse.Errorf(lotse.EINVALID, "Ein verknüpfter Eintrag fehlt.")
		}
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() {
		case sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:
			return lotse.Errorf(lotse.ECONFLICT, "Diesen Eintrag gibt es schon.")
		case sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY:
			return lotse.Errorf(lotse.EINVALID, "Ein verknüpfter Eintrag fehlt.")
		}
	}
	return err
}

// timeFormat stores times as fixed-width UTC text, which sorts correctly in
// SQLite and is parsed by PostgreSQL into timestamptz.
const timeFormat = "2006-01-02T15:04:05Z"

func formatTime(t time.Time) string { return t.UTC().Format(timeFormat) }

// nullTime formats an optional time for a query argument.
func nullTime(t *time.Time) any {
	if t == nil {
		return nil
	}
	return formatTime(*t)
}

// NullTime scans a time stored by either driver: text on SQLite,
// timestamptz on PostgreSQL.
type NullTime struct {
	Time  time.Time
	Valid bool
}

// Scan implements sql.Scanner.
func (n *NullTime) Scan(v any) error {
	n.Valid = false
	switch v := v.(type) {
	case nil:
		return nil
	case time.Time:
		n.Time, n.Valid = v, true
	case string:
		return n.parse(v)
	case []byte:
		return n.parse(string(v))
	default:
		return fmt.Errorf("scan time: unexpected %T", v)
	}
	return nil
}

func (n *NullTime) parse(s string) error {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return fmt.Errorf("scan time: %w", err)
	}
	n.Time, n.Valid = t, true
	return nil
}

// Ptr returns the time in Europe/Berlin, or nil.
func (n NullTime) Ptr() *time.Time {
	if !n.Valid {
		return nil
	}
	t := n.Time.In(lotse.Berlin)
	return &t
}

// joinList and splitList store a list of slugs in one column.
func joinList(s []string) string { return strings.Join(s, ",") }

func splitList(s string) []string {
	if s == "" {
		return []string{}
	}
	return strings.Split(s, ",")
}

// ExecRaw runs a statement without placeholders, for administration and tests.
func (s *Store) ExecRaw(ctx context.Context, stmt string) error {
	_, err := s.write.ExecContext(ctx, stmt)
	return err
}
