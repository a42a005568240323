// Package storetest opens throwaway stores for tests in any package: SQLite
// in a temporary directory, and PostgreSQL in a fresh schema of the database
// named by LOTSE_TEST_POSTGRES.
package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"lotse/store"
)

// Each runs fn against a fresh SQLite store and, when LOTSE_TEST_POSTGRES
// holds a connection URL, against a fresh PostgreSQL schema. Under CI
// (CI=true) the PostgreSQL run is required.
func Each(t *testing.T, fn func(t *testing.T, s *store.Store)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) { fn(t, SQLite(t)) })
	t.Run("postgres", func(t *testing.T) { fn(t, Postgres(t)) })
}

// SQLite opens a store in t.TempDir, closed when the test ends.
func SQLite(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), "sqlite:"+filepath.Join(t.TempDir(), "lotse.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// PostgresURL returns the URL of a throwaway schema, dropped when the test
// ends, or skips the test when LOTSE_TEST_POSTGRES is unset (outside CI).
// Stores opened on the URL share the schema, like instances sharing a database.
func PostgresURL(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv("LOTSE_TEST_POSTGRES")
	if dsn == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("LOTSE_TEST_POSTGRES is not set; under CI the PostgreSQL tests must run")
		}
		t.Skip("LOTSE_TEST_POSTGRES is not set: skipping the PostgreSQL run (set it to e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable)")
	}
	admin, err := store.Connect(dsn)
	if err != nil {
		t.Fatal(err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "test_" + hex.EncodeToString(b)
	ctx := context.Background()
	if err := admin.ExecRaw(ctx, "CREATE SCHEMA "+schema); err != nil {
		admin.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		admin.ExecRaw(ctx, "DROP SCHEMA "+schema+" CASCADE")
		admin.Close()
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// Postgres opens a store on a throwaway schema (see PostgresURL).
func Postgres(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), PostgresURL(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
