package store_test

import (
	"testing"

	"lotse/store"
	"lotse/store/storetest"
)

// forEachStore runs fn on SQLite and, when configured, PostgreSQL.
func forEachStore(t *testing.T, fn func(t *testing.T, s *store.Store)) {
	t.Helper()
	storetest.Each(t, fn)
}
