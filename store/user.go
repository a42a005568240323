package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"lotse"
)

const userColumns = `id, email, name, role, centres, active, password_hash <> '', totp_secret <> '', created_at`

func scanUser(sc interface{ Scan(...any) error }) (*lotse.User, error) {
	var u lotse.User
	var centres string
	var created NullTime
	if err := sc.Scan(&u.ID, &u.Email, &u.Name, &u.Role, &centres, &u.Active, &u.HasPassword, &u.TOTP, &created); err != nil {
		return nil, err
	}
	u.Centres = splitList(centres)
	u.CreatedAt = created.Time
	return &u, nil
}

var errNoUser = lotse.Errorf(lotse.ENOTFOUND, "Dieses Konto gibt es nicht.")

// FindUserByID returns the user, or ENOTFOUND.
func (s *Store) FindUserByID(ctx context.Context, id int64) (*lotse.User, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findUser(ctx, tx, "id = ?", id)
}

// FindUserByEmail returns the user with the address (any case), or ENOTFOUND.
func (s *Store) FindUserByEmail(ctx context.Context, email string) (*lotse.User, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findUser(ctx, tx, "email = ?", lotse.NormalizeEmail(email))
}

func findUser(ctx context.Context, tx *tx, where string, arg any) (*lotse.User, error) {
	u, err := scanUser(tx.queryRow(ctx, `SELECT `+userColumns+` FROM users WHERE `+where, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errNoUser
	} else if err != nil {
		return nil, fmt.Errorf("find user: %w", err)
	}
	return u, nil
}

// FindUsers returns all accounts ordered by e-mail address.
func (s *Store) FindUsers(ctx context.Context) ([]*lotse.User, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	rows, err := tx.query(ctx, `SELECT `+userColumns+` FROM users ORDER BY email`)
	if err != nil {
		return nil, fmt.Errorf("find users: %w", err)
	}
	defer rows.Close()
	var us []*lotse.User
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			return nil, fmt.Errorf("find users: %w", err)
		}
		us = append(us, u)
	}
	return us, rows.Err()
}

// CountUsers returns the number of accounts.
func (s *Store) CountUsers(ctx context.Context) (int, error) {
	var n int
	err := s.read.QueryRowContext(ctx, `SELECT COUNT(*) FROM users`).Scan(&n)
	return n, err
}

// CreateUser validates u and creates it with the given password hash ("" for
// an invited user who sets it later). It sets u.ID. actor is who does it
// (nil: the command line). Returns EINVALID, or ECONFLICT when the address
// is taken.
func (s *Store) CreateUser(ctx context.Context, actor *lotse.User, u *lotse.User, passwordHash string) error {
	if err := u.Validate(); err != nil {
		return err
	}
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := checkCentres(ctx, tx, u.Centres); err != nil {
		return err
	}
	now := formatTime(tx.now)
	err = tx.queryRow(ctx, `INSERT INTO users (email, name, role, centres, password_hash, active, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		u.Email, u.Name, u.Role, joinList(u.Centres), passwordHash, u.Active, now, now).Scan(&u.ID)
	if err = formatError(err); lotse.ErrorCode(err) == lotse.ECONFLICT {
		return &lotse.Error{Code: lotse.ECONFLICT, Message: "Ein Konto mit dieser E-Mail-Adresse gibt es schon.",
			Fields: map[string]string{"email": "Ein Konto mit dieser E-Mail-Adresse gibt es schon."}}
	} else if err != nil {
		return fmt.Errorf("create user: %w", err)
	}
	u.HasPassword = passwordHash != ""
	u.CreatedAt = tx.now
	detail := "Rolle " + lotse.Roles.Label(u.Role)
	if len(u.Centres) > 0 {
		detail += ", Zentren " + strings.Join(u.Centres, ", ")
	}
	if err := audit(ctx, tx, actor, "user.create", userObject(u.ID), u.Email+": "+detail); err != nil {
		return err
	}
	return tx.Commit()
}

func userObject(id int64) string { return fmt.Sprintf("user:%d", id) }

func checkCentres(ctx context.Context, tx *tx, slugs []string) error {
	for _, c := range slugs {
		var n int
		if err := tx.queryRow(ctx, `SELECT COUNT(*) FROM centres WHERE slug = ?`, c).Scan(&n); err != nil {
			return fmt.Errorf("check centre %s: %w", c, err)
		} else if n == 0 {
			msg := "Das Zentrum „" + c + "“ gibt es nicht."
			return &lotse.Error{Code: lotse.EINVALID, Message: msg, Fields: map[string]string{"centres": msg}}
		}
	}
	return nil
}

// UpdateUser applies upd to the user id and returns the result. Deactivating
// a user or changing the role ends the user's sessions. Returns ENOTFOUND or
// EINVALID.
func (s *Store) UpdateUser(ctx context.Context, actor *lotse.User, id int64, upd lotse.UserUpdate) (*lotse.User, error) {
	tx, err := s.begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	u, err := findUser(ctx, tx, "id = ?", id)
	if err != nil {
		return nil, err
	}
	old := *u
	if err := upd.Apply(u); err != nil {
		return nil, err
	}
	if err := checkCentres(ctx, tx, u.Centres); err != nil {
		return nil, err
	}
	if _, err := tx.exec(ctx, `UPDATE users SET name = ?, role = ?, centres = ?, active = ?, updated_at = ? WHERE id = ?`,
		u.Name, u.Role, joinList(u.Centres), u.Active, formatTime(tx.now), id); err != nil {
		return nil, fmt.Errorf("update user %d: %w", id, err)
	}
	var changes []string
	if old.Name != u.Name {
		changes = append(changes, "Name")
	}
	if old.Role != u.Role {
		changes = append(changes, "Rolle "+lotse.Roles.Label(old.Role)+" → "+lotse.Roles.Label(u.Role))
	}
	if joinList(old.Centres) != joinList(u.Centres) {
		changes = append(changes, "Zentren „"+strings.Join(old.Centres, ", ")+"“ → „"+strings.Join(u.Centres, ", ")+"“")
	}
	if old.Active != u.Active {
		if u.Active {
			changes = append(changes, "aktiviert")
		} else {
			changes = append(changes, "deaktiviert")
		}
	}
	if len(changes) == 0 {
		return u, nil
	}
	if old.Role != u.Role || !u.Active || joinList(old.Centres) != joinList(u.Centres) {
		if _, err := tx.exec(ctx, `DELETE FROM sessions WHERE user_id = ?`, id); err != nil {
			return nil, fmt.Errorf("end sessions of user %d: %w", id, err)
		}
	}
	if err := audit(ctx, tx, actor, "user.update", userObject(id), u.Email+": "+strings.Join(changes, "; ")); err != nil {
		return nil, err
	}
	return u, tx.Commit()
}

// DeleteUser deletes the account id with its sessions and links, and
// replaces its e-mail address in the audit trail by "Konto #id", so that
// nothing of the person remains. The last active administrator cannot be
// deleted. Returns ENOTFOUND or EINVALID.
func (s *Store) DeleteUser(ctx context.Context, actor *lotse.User, id int64) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	u, err := findUser(ctx, tx, "id = ?", id)
	if err != nil {
		return err
	}
	if u.Role == lotse.RoleAdmin && u.Active {
		var others int
		if err := tx.queryRow(ctx, `SELECT COUNT(*) FROM users WHERE role = ? AND active = ? AND id <> ?`, lotse.RoleAdmin, true, id).Scan(&others); err != nil {
			return fmt.Errorf("delete user %d: %w", id, err)
		}
		if others == 0 {
			return lotse.Errorf(lotse.EINVALID, "Das letzte aktive Administrationskonto kann nicht gelöscht werden.")
		}
	}
	name := fmt.Sprintf("Konto #%d", id)
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{`DELETE FROM sessions WHERE user_id = ?`, []any{id}},
		{`DELETE FROM user_tokens WHERE user_id = ?`, []any{id}},
		{`DELETE FROM login_failures WHERE key = ?`, []any{"account:" + lotse.NormalizeEmail(u.Email)}},
		{`UPDATE audit_log SET actor = ? WHERE actor_id = ?`, []any{name, id}},
		{`UPDATE audit_log SET detail = REPLACE(detail, ?, ?) WHERE detail LIKE ?`, []any{u.Email, name, "%" + u.Email + "%"}},
		{`DELETE FROM users WHERE id = ?`, []any{id}},
	} {
		if _, err := tx.exec(ctx, q.sql, q.args...); err != nil {
			return fmt.Errorf("delete user %d: %w", id, err)
		}
	}
	if err := audit(ctx, tx, actor, "user.delete", userObject(id), name+" gelöscht"); err != nil {
		return err
	}
	return tx.Commit()
}

// PasswordHash returns the stored hash of the user's password ("" when none
// is set) and whether the user is active. For login only.
func (s *Store) PasswordHash(ctx context.Context, email string) (u *lotse.User, hash string, err error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, "", err
	}
	defer tx.Rollback()
	u, err = findUser(ctx, tx, "email = ?", lotse.NormalizeEmail(email))
	if err != nil {
		return nil, "", err
	}
	if err := tx.queryRow(ctx, `SELECT password_hash FROM users WHERE id = ?`, u.ID).Scan(&hash); err != nil {
		return nil, "", fmt.Errorf("read password: %w", err)
	}
	return u, hash, nil
}

// SetPassword stores a new password hash for the user and ends all of the
// user's sessions (a changed password logs out everywhere).
func (s *Store) SetPassword(ctx context.Context, actor *lotse.User, id int64, hash string) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := setPassword(ctx, tx, id, hash); err != nil {
		return err
	}
	if err := audit(ctx, tx, actor, "user.password", userObject(id), "Passwort geändert"); err != nil {
		return err
	}
	return tx.Commit()
}

func setPassword(ctx context.Context, tx *tx, id int64, hash string) error {
	res, err := tx.exec(ctx, `UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?`, hash, formatTime(tx.now), id)
	if err != nil {
		return fmt.Errorf("set password of user %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return errNoUser
	}
	if _, err := tx.exec(ctx, `DELETE FROM sessions WHERE user_id = ?`, id); err != nil {
		return fmt.Errorf("end sessions of user %d: %w", id, err)
	}
	return nil
}

// TOTPSecret returns the user's TOTP secret ("" when off) and the last time
// step a code was accepted for.
func (s *Store) TOTPSecret(ctx context.Context, id int64) (secret string, lastStep int64, err error) {
	err = s.read.QueryRowContext(ctx, s.rebind(`SELECT totp_secret, totp_step FROM users WHERE id = ?`), id).Scan(&secret, &lastStep)
	if errors.Is(err, sql.ErrNoRows) {
		return "", 0, errNoUser
	} else if err != nil {
		return "", 0, fmt.Errorf("read second factor: %w", err)
	}
	return secret, lastStep, nil
}

// UseTOTPStep records that a code of step was accepted, unless a code of
// that or a later step was accepted before: then it returns false, so a
// code cannot be used twice, even on two instances at once.
func (s *Store) UseTOTPStep(ctx context.Context, id, step int64) (bool, error) {
	tx, err := s.begin(ctx)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	res, err := tx.exec(ctx, `UPDATE users SET totp_step = ? WHERE id = ? AND totp_step < ?`, step, id, step)
	if err != nil {
		return false, fmt.Errorf("record second factor: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return false, nil
	}
	return true, tx.Commit()
}

// SetTOTP switches the second factor on (secret != "") or off (secret ""),
// with the step of the confirming code as the last one used.
func (s *Store) SetTOTP(ctx context.Context, actor *lotse.User, id int64, secret string, step int64) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.exec(ctx, `UPDATE users SET totp_secret = ?, totp_step = ?, updated_at = ? WHERE id = ?`,
		secret, step, formatTime(tx.now), id); err != nil {
		return fmt.Errorf("set second factor: %w", err)
	}
	detail := "Zweiter Faktor eingeschaltet"
	if secret == "" {
		detail = "Zweiter Faktor ausgeschaltet"
	}
	if err := audit(ctx, tx, actor, "user.totp", userObject(id), detail); err != nil {
		return err
	}
	return tx.Commit()
}

// Purposes of single-use tokens.
const (
	TokenInvite = "invite"
	TokenReset  = "reset"
)

func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// CreateToken returns a new single-use token for the user that expires after
// ttl. Earlier unused tokens of the same purpose stop working. Only the
// token's hash is stored.
func (s *Store) CreateToken(ctx context.Context, actor *lotse.User, userID int64, purpose string, ttl time.Duration) (string, error) {
	token := lotse.RandomToken()
	tx, err := s.begin(ctx)
	if err != nil {
		return "", err
	}
	defer tx.Rollback()
	if _, err := tx.exec(ctx, `DELETE FROM user_tokens WHERE user_id = ? AND purpose = ?`, userID, purpose); err != nil {
		return "", fmt.Errorf("create token: %w", err)
	}
	if _, err := tx.exec(ctx, `INSERT INTO user_tokens (token_hash, user_id, purpose, created_at, expires_at) VALUES (?, ?, ?, ?, ?)`,
		hashToken(token), userID, purpose, formatTime(tx.now), formatTime(tx.now.Add(ttl))); err != nil {
		return "", fmt.Errorf("create token: %w", err)
	}
	action, detail := "user.reset", "Link zum Zurücksetzen des Passworts verschickt"
	if purpose == TokenInvite {
		action, detail = "user.invite", "Einladung verschickt"
	}
	if err := audit(ctx, tx, actor, action, userObject(userID), detail); err != nil {
		return "", err
	}
	return token, tx.Commit()
}

var errBadToken = lotse.Errorf(lotse.ENOTFOUND, "Dieser Link ist ungültig, abgelaufen oder wurde schon benutzt. Bitte fordern Sie einen neuen an.")

// FindToken returns the active user a valid, unused token of purpose
// belongs to, or ENOTFOUND.
func (s *Store) FindToken(ctx context.Context, token, purpose string) (*lotse.User, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findToken(ctx, tx, token, purpose)
}

func findToken(ctx context.Context, tx *tx, token, purpose string) (*lotse.User, error) {
	var userID int64
	err := tx.queryRow(ctx, `SELECT user_id FROM user_tokens WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?`,
		hashToken(token), purpose, formatTime(tx.now)).Scan(&userID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errBadToken
	} else if err != nil {
		return nil, fmt.Errorf("find token: %w", err)
	}
	u, err := findUser(ctx, tx, "id = ?", userID)
	if err != nil {
		return nil, err
	}
	if !u.Active {
		return nil, errBadToken
	}
	return u, nil
}

// UseToken sets the password of the token's user and spends the token, in
// one transaction: a second use finds it spent (ENOTFOUND).
func (s *Store) UseToken(ctx context.Context, token, purpose, passwordHash string) (*lotse.User, error) {
	tx, err := s.begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	u, err := findToken(ctx, tx, token, purpose)
	if err != nil {
		return nil, err
	}
	res, err := tx.exec(ctx, `UPDATE user_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL`, formatTime(tx.now), hashToken(token))
	if err != nil {
		return nil, fmt.Errorf("use token: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil, errBadToken
	}
	if err := setPassword(ctx, tx, u.ID, passwordHash); err != nil {
		return nil, err
	}
	action, detail := "user.reset", "Passwort über Link neu gesetzt"
	if purpose == TokenInvite {
		action, detail = "user.accept", "Einladung angenommen, Passwort gesetzt"
	}
	if err := audit(ctx, tx, u, action, userObject(u.ID), detail); err != nil {
		return nil, err
	}
	u.HasPassword = true
	return u, tx.Commit()
}
