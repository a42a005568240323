-- +goose Up
-- KI-Readiness-Checks, stored pseudonymously: no name, no e-mail. A result
-- is found only through its private link, whose random token is kept here
-- as a SHA-256 hash, so the table alone opens no result page.
CREATE TABLE readiness_results (
	token_hash    TEXT PRIMARY KEY,
	version       TEXT NOT NULL,
	size          TEXT NOT NULL,
	industry      TEXT NOT NULL,
	state         TEXT NOT NULL,
	postcode      TEXT NOT NULL DEFAULT '',
	answers       TEXT NOT NULL, -- JSON: question ID → option ID
	scores        TEXT NOT NULL, -- JSON: dimension ID → 0–100, rated dimensions only
	score         INTEGER NOT NULL,
	dma           INTEGER NOT NULL,
	previous_hash TEXT NOT NULL DEFAULT '', -- the check this one repeated
	created_at    TEXT NOT NULL
);
CREATE INDEX readiness_results_peers ON readiness_results (version, size, industry, created_at);
CREATE INDEX readiness_results_previous ON readiness_results (previous_hash);

-- +goose Down
DROP TABLE readiness_results;
