package store

import (
	"context"
	"fmt"

	"lotse"
)

// audit appends an entry to the audit trail inside tx, so the entry exists
// exactly when the change does. actor nil means the command line.
func audit(ctx context.Context, tx *tx, actor *lotse.User, action, object, detail string) error {
	var id int64
	name := "Kommandozeile"
	if actor != nil {
		id, name = actor.ID, actor.Email
		if name == "" {
			if err := tx.queryRow(ctx, `SELECT email FROM users WHERE id = ?`, id).Scan(&name); err != nil {
				return fmt.Errorf("audit %s: %w", action, err)
			}
		}
	}
	if _, err := tx.exec(ctx, `INSERT INTO audit_log (at, actor_id, actor, action, object, detail) VALUES (?, ?, ?, ?, ?, ?)`,
		formatTime(tx.now), id, name, action, object, detail); err != nil {
		return fmt.Errorf("audit %s: %w", action, err)
	}
	return nil
}

// FindAuditEntries returns the entries matching f, newest first, and their
// total number.
func (s *Store) FindAuditEntries(ctx context.Context, f lotse.AuditFilter) ([]*lotse.AuditEntry, int, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()
	where, args := "1 = 1", []any{}
	if f.Object != "" {
		where, args = "object = ?", append(args, f.Object)
	}
	limit := f.Limit
	if limit <= 0 || limit > 500 {
		limit = 100
	}
	rows, err := tx.query(ctx, `SELECT id, at, actor_id, actor, action, object, detail, COUNT(*) OVER ()
		FROM audit_log WHERE `+where+` ORDER BY id DESC LIMIT ? OFFSET ?`, append(args, limit, max(f.Offset, 0))...)
	if err != nil {
		return nil, 0, fmt.Errorf("read audit trail: %w", err)
	}
	defer rows.Close()
	var out []*lotse.AuditEntry
	total := 0
	for rows.Next() {
		var e lotse.AuditEntry
		var at NullTime
		if err := rows.Scan(&e.ID, &at, &e.ActorID, &e.Actor, &e.Action, &e.Object, &e.Detail, &total); err != nil {
			return nil, 0, fmt.Errorf("read audit trail: %w", err)
		}
		e.At = at.Time
		out = append(out, &e)
	}
	return out, total, rows.Err()
}
