package store_test

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

// forEachStore runs fn against a fresh SQLite store and, when
// LOTSE_TEST_POSTGRES holds a connection URL, against a fresh PostgreSQL
// schema. Under CI (CI=true) the PostgreSQL run is required.
func forEachStore(t *testing.T, fn func(t *testing.T, s *store.Store)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) { fn(t, mustOpenSQLite(t)) })
	t.Run("postgres", func(t *testing.T) { fn(t, mustOpenPostgres(t)) })
}

func mustOpenSQLite(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), "sqlite:"+filepath.Join(t.TempDir(), "lotse.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// mustOpenPostgres opens a store on a throwaway schema that is dropped when
// the test ends.
func mustOpenPostgres(t *testing.T) *store.Store {
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
		t.Fatal(err)
	}
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	s, err := store.Open(ctx, u.String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		s.Close()
		admin.ExecRaw(ctx, "DROP SCHEMA "+schema+" CASCADE")
		admin.Close()
	})
	return s
}
