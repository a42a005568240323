-- +goose Up
-- Editorial status of offers. Existing and imported offers stay public.
ALTER TABLE offers ADD COLUMN status TEXT NOT NULL DEFAULT 'published';
CREATE INDEX offers_status ON offers (status);

CREATE TABLE users (
	id            INTEGER PRIMARY KEY AUTOINCREMENT,
	email         TEXT NOT NULL UNIQUE,
	name          TEXT NOT NULL DEFAULT '',
	role          TEXT NOT NULL,
	centres       TEXT NOT NULL DEFAULT '',
	password_hash TEXT NOT NULL DEFAULT '',
	totp_secret   TEXT NOT NULL DEFAULT '',
	totp_step     BIGINT NOT NULL DEFAULT 0,
	active        INTEGER NOT NULL DEFAULT 0,
	created_at    TEXT NOT NULL,
	updated_at    TEXT NOT NULL
);

-- Sessions live in the database so that several instances share them. The
-- cookie holds a random token; only its SHA-256 is stored.
CREATE TABLE sessions (
	token_hash TEXT PRIMARY KEY,
	user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	verified   INTEGER NOT NULL,
	created_at TEXT NOT NULL,
	expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

-- Single-use links sent by e-mail: invitations and password resets.
CREATE TABLE user_tokens (
	token_hash TEXT PRIMARY KEY,
	user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	purpose    TEXT NOT NULL,
	created_at TEXT NOT NULL,
	expires_at TEXT NOT NULL,
	used_at    TEXT
);
CREATE INDEX user_tokens_user ON user_tokens (user_id);

-- Failed logins by key ("account:…", "address:…"), counted over a window so
-- that the limit holds across instances.
CREATE TABLE login_failures (
	key TEXT NOT NULL,
	at  TEXT NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (key, at);

-- The audit trail, written in the same transaction as the change it records.
CREATE TABLE audit_log (
	id       INTEGER PRIMARY KEY AUTOINCREMENT,
	at       TEXT NOT NULL,
	actor_id BIGINT NOT NULL DEFAULT 0,
	actor    TEXT NOT NULL,
	action   TEXT NOT NULL,
	object   TEXT NOT NULL,
	detail   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_object ON audit_log (object, id);

-- +goose Down
DROP TABLE audit_log;
DROP TABLE login_failures;
DROP TABLE user_tokens;
DROP TABLE sessions;
DROP TABLE users;
DROP INDEX offers_status;
ALTER TABLE offers DROP COLUMN status;
