-- +goose Up
-- Labels the network office gave to terms of the controlled vocabularies,
-- replacing the compiled German label; the slug stays. No row: the default.
CREATE TABLE labels (
	vocabulary TEXT NOT NULL,
	slug       TEXT NOT NULL,
	label      TEXT NOT NULL,
	PRIMARY KEY (vocabulary, slug)
);

-- +goose Down
DROP TABLE labels;
