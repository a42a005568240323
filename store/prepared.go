package store

import (
	"context"
	"database/sql"
)

// Hot write queries are prepared once on SQLite's single writer connection,
// so a registration does not parse its SQL again every time (on SQLite,
// parsing costs about as much as running). PostgreSQL needs none of this:
// pgx caches prepared statements per connection by itself.
//
// A query becomes hot by passing its text through hot at package init; the
// writer prepares all of them before its first transaction. A *sql.Stmt must
// be prepared outside a transaction (the one connection is busy inside), and
// a transaction then reuses it through Tx.StmtContext.
var hotQueries []string

func hot(query string) string {
	hotQueries = append(hotQueries, query)
	return query
}

type stmtKey string

// prepareHot prepares the hot queries on the SQLite writer once. A query that
// fails to prepare (its table does not exist yet) runs unprepared.
func (s *Store) prepareHot(ctx context.Context) {
	if s.dialect != SQLite {
		return
	}
	s.hotOnce.Do(func() {
		for _, q := range hotQueries {
			if st, err := s.write.PrepareContext(ctx, q); err == nil {
				s.stmts.Store(stmtKey(q), st)
			}
		}
	})
}

// stmt returns the transaction's handle of the prepared query, or nil.
func (t *tx) stmt(ctx context.Context, query string) *sql.Stmt {
	if !t.write || t.s.dialect != SQLite {
		return nil
	}
	if st, ok := t.stmts[query]; ok {
		return st
	}
	st, ok := t.s.stmts.Load(stmtKey(query))
	if !ok {
		return nil
	}
	if t.stmts == nil {
		t.stmts = map[string]*sql.Stmt{}
	}
	ts := t.StmtContext(ctx, st.(*sql.Stmt))
	t.stmts[query] = ts
	return ts
}
