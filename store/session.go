package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"lotse"
)

// Session is a login. Verified is false between password and second factor.
type Session struct {
	User      *lotse.User
	Verified  bool
	ExpiresAt time.Time
}

// CreateSession starts a session for the user and returns its token, the
// only copy: the database keeps its hash. replace, if not "", is the token
// of a session to end at the same time (a login renews the session id).
func (s *Store) CreateSession(ctx context.Context, userID int64, verified bool, ttl time.Duration, replace string) (string, error) {
	token := lotse.RandomToken()
	tx, err := s.begin(ctx)
	if err != nil {
		return "", err
	}
	defer tx.Rollback()
	if replace != "" {
		if _, err := tx.exec(ctx, `DELETE FROM sessions WHERE token_hash = ?`, hashToken(replace)); err != nil {
			return "", fmt.Errorf("end session: %w", err)
		}
	}
	// Expired sessions of anyone are cleared on the way.
	if _, err := tx.exec(ctx, `DELETE FROM sessions WHERE expires_at < ?`, formatTime(tx.now)); err != nil {
		return "", fmt.Errorf("clear sessions: %w", err)
	}
	if _, err := tx.exec(ctx, `INSERT INTO sessions (token_hash, user_id, verified, created_at, expires_at) VALUES (?, ?, ?, ?, ?)`,
		hashToken(token), userID, verified, formatTime(tx.now), formatTime(tx.now.Add(ttl))); err != nil {
		return "", fmt.Errorf("create session: %w", err)
	}
	if verified {
		if err := audit(ctx, tx, &lotse.User{ID: userID}, "user.login", userObject(userID), "Angemeldet"); err != nil {
			return "", err
		}
	}
	return token, tx.Commit()
}

// FindSession returns the unexpired session with the token and its active
// user, or ENOTFOUND.
func (s *Store) FindSession(ctx context.Context, token string) (*Session, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var sess Session
	var userID int64
	var expires NullTime
	err = tx.queryRow(ctx, `SELECT user_id, verified, expires_at FROM sessions WHERE token_hash = ? AND expires_at > ?`,
		hashToken(token), formatTime(tx.now)).Scan(&userID, &sess.Verified, &expires)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, lotse.Errorf(lotse.ENOTFOUND, "Sie sind nicht (mehr) angemeldet.")
	} else if err != nil {
		return nil, fmt.Errorf("find session: %w", err)
	}
	sess.ExpiresAt = expires.Time
	if sess.User, err = findUser(ctx, tx, "id = ?", userID); err != nil {
		return nil, err
	}
	if !sess.User.Active {
		return nil, lotse.Errorf(lotse.ENOTFOUND, "Sie sind nicht (mehr) angemeldet.")
	}
	return &sess, nil
}

// DeleteSession ends the session with the token; an unknown token is no error.
func (s *Store) DeleteSession(ctx context.Context, token string) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.exec(ctx, `DELETE FROM sessions WHERE token_hash = ?`, hashToken(token)); err != nil {
		return fmt.Errorf("end session: %w", err)
	}
	return tx.Commit()
}

// Attempts returns, for each key, the number of attempts recorded since.
// Keys name what is limited and for whom ("account:…", "address:…",
// "readiness:…"), so that the limits hold across instances.
func (s *Store) Attempts(ctx context.Context, since time.Time, keys ...string) (map[string]int, error) {
	out := make(map[string]int, len(keys))
	for _, k := range keys {
		var n int
		if err := s.read.QueryRowContext(ctx, s.rebind(`SELECT COUNT(*) FROM login_failures WHERE key = ? AND at > ?`), k, formatTime(since)).Scan(&n); err != nil {
			return nil, fmt.Errorf("count attempts: %w", err)
		}
		out[k] = n
	}
	return out, nil
}

// RecordAttempt counts an attempt (a failed login, a KI-Check) against each
// key, and forgets the attempts older than keep of the same kinds (the part
// of a key before its colon): each kind has its own window.
func (s *Store) RecordAttempt(ctx context.Context, keep time.Duration, keys ...string) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, k := range keys {
		kind, _, _ := strings.Cut(k, ":")
		if _, err := tx.exec(ctx, `DELETE FROM login_failures WHERE at < ? AND key LIKE ?`, formatTime(tx.now.Add(-keep)), kind+":%"); err != nil {
			return fmt.Errorf("forget attempts: %w", err)
		}
		if _, err := tx.exec(ctx, `INSERT INTO login_failures (key, at) VALUES (?, ?)`, k, formatTime(tx.now)); err != nil {
			return fmt.Errorf("record attempt: %w", err)
		}
	}
	return tx.Commit()
}

// ClearAttempts forgets the attempts of key (after a successful login).
func (s *Store) ClearAttempts(ctx context.Context, key string) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.exec(ctx, `DELETE FROM login_failures WHERE key = ?`, key); err != nil {
		return fmt.Errorf("clear attempts: %w", err)
	}
	return tx.Commit()
}
