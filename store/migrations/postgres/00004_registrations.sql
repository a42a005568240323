-- +goose Up
-- One row per date of an event that someone registered for. Its counters
-- are the truth about seats: every registration and cancellation changes
-- them in the transaction that changes the registration.
CREATE TABLE event_dates (
	offer_id   TEXT NOT NULL,
	starts_at  TIMESTAMPTZ NOT NULL,          -- the planned start; names the date
	moved_to   TIMESTAMPTZ,                   -- new start when the centre moved the date
	moved_end  TIMESTAMPTZ,
	place      TEXT NOT NULL DEFAULT '', -- new place when the centre moved it
	confirmed  INTEGER NOT NULL DEFAULT 0,
	waitlisted INTEGER NOT NULL DEFAULT 0,
	sequence   INTEGER NOT NULL DEFAULT 0, -- iCalendar SEQUENCE of the date's invitations
	cancelled_at TIMESTAMPTZ,
	PRIMARY KEY (offer_id, starts_at)
);

CREATE TABLE registrations (
	id          BIGSERIAL PRIMARY KEY,
	offer_id    TEXT NOT NULL,
	starts_at   TIMESTAMPTZ NOT NULL,
	booking     TEXT NOT NULL,
	status      TEXT NOT NULL,
	position    INTEGER NOT NULL DEFAULT 0,
	name        TEXT NOT NULL DEFAULT '',
	email       TEXT NOT NULL DEFAULT '',
	company     TEXT NOT NULL DEFAULT '',
	size        TEXT NOT NULL DEFAULT '',
	industry    TEXT NOT NULL DEFAULT '',
	postcode    TEXT NOT NULL DEFAULT '',
	attended    INTEGER,
	created_at  TIMESTAMPTZ NOT NULL,
	cancelled_at TIMESTAMPTZ,
	purged_at   TIMESTAMPTZ,
	FOREIGN KEY (offer_id, starts_at) REFERENCES event_dates (offer_id, starts_at)
);
CREATE UNIQUE INDEX registrations_email ON registrations (offer_id, starts_at, email) WHERE status <> 'cancelled' AND email <> '';
-- registrations_email also serves every lookup by date (its first two columns).
CREATE INDEX registrations_booking ON registrations (booking);

-- Durable background jobs (e-mail, reminders). See store/job.go.
CREATE TABLE jobs (
	id           BIGSERIAL PRIMARY KEY,
	kind         TEXT NOT NULL,
	args         TEXT NOT NULL,
	state        TEXT NOT NULL DEFAULT 'queued', -- queued, done, failed
	run_at       TIMESTAMPTZ NOT NULL,
	attempts     INTEGER NOT NULL DEFAULT 0,
	locked_until TIMESTAMPTZ,
	error        TEXT NOT NULL DEFAULT '',
	created_at   TIMESTAMPTZ NOT NULL,
	done_at      TIMESTAMPTZ
);
CREATE INDEX jobs_due ON jobs (state, run_at);

-- The first answer to an API request with an Idempotency-Key header.
CREATE TABLE idempotency_keys (
	key        TEXT PRIMARY KEY,
	status     INTEGER NOT NULL,
	body       TEXT NOT NULL,
	created_at TIMESTAMPTZ NOT NULL
);

-- +goose Down
DROP TABLE idempotency_keys;
DROP TABLE jobs;
DROP TABLE registrations;
DROP TABLE event_dates;
