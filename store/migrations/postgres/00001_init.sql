-- +goose Up
CREATE TABLE centres (
	slug        TEXT PRIMARY KEY,
	name        TEXT NOT NULL,
	kind        TEXT NOT NULL,
	state       TEXT NOT NULL DEFAULT '',
	city        TEXT NOT NULL DEFAULT '',
	lat         DOUBLE PRECISION NOT NULL,
	lon         DOUBLE PRECISION NOT NULL,
	started_on  TEXT NOT NULL,
	website     TEXT NOT NULL DEFAULT '',
	topics      TEXT NOT NULL DEFAULT '',
	description TEXT NOT NULL DEFAULT '',
	email       TEXT NOT NULL DEFAULT '',
	updated_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE offers (
	id          TEXT PRIMARY KEY,
	centre      TEXT NOT NULL REFERENCES centres (slug),
	format      TEXT NOT NULL,
	title       TEXT NOT NULL,
	summary     TEXT NOT NULL DEFAULT '',
	description TEXT NOT NULL DEFAULT '',
	topics      TEXT NOT NULL DEFAULT '',
	audiences   TEXT NOT NULL DEFAULT '',
	mode        TEXT NOT NULL,
	city        TEXT NOT NULL DEFAULT '',
	postcode    TEXT NOT NULL DEFAULT '',
	state       TEXT NOT NULL DEFAULT '',
	starts_at   TIMESTAMPTZ,
	ends_at     TIMESTAMPTZ,
	recurrence  TEXT NOT NULL DEFAULT '',
	capacity    INTEGER NOT NULL DEFAULT 0,
	url         TEXT NOT NULL DEFAULT '',
	language    TEXT NOT NULL DEFAULT 'de',
	hash        TEXT NOT NULL,
	created_at  TIMESTAMPTZ NOT NULL,
	updated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX offers_centre ON offers (centre);

-- Every write to an offer appends its id here, so other instances sharing
-- the database can bring their search index up to date.
CREATE TABLE offer_changes (
	seq      BIGSERIAL PRIMARY KEY,
	offer_id TEXT NOT NULL,
	at       TIMESTAMPTZ NOT NULL
);

CREATE TABLE settings (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

-- +goose Down
DROP TABLE settings;
DROP TABLE offer_changes;
DROP TABLE offers;
DROP TABLE centres;
