package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"lotse"
)

const centreColumns = `slug, name, kind, state, city, lat, lon, started_on, website, topics, description, email`

func scanCentre(sc interface{ Scan(...any) error }) (*lotse.Centre, error) {
	var c lotse.Centre
	var topics string
	if err := sc.Scan(&c.Slug, &c.Name, &c.Kind, &c.State, &c.City, &c.Lat, &c.Lon, &c.StartedOn, &c.Website, &topics, &c.Description, &c.Email); err != nil {
		return nil, err
	}
	c.Topics = splitList(topics)
	return &c, nil
}

// FindCentres returns the centres that match f, ordered by name.
func (s *Store) FindCentres(ctx context.Context, f lotse.CentreFilter) ([]*lotse.Centre, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findCentres(ctx, tx, f)
}

func findCentres(ctx context.Context, tx *tx, f lotse.CentreFilter) ([]*lotse.Centre, error) {
	where, args := "1 = 1", []any{}
	if f.Slug != "" {
		where, args = where+" AND slug = ?", append(args, f.Slug)
	}
	if f.Kind != "" {
		where, args = where+" AND kind = ?", append(args, f.Kind)
	}
	if f.State != "" {
		where, args = where+" AND state = ?", append(args, f.State)
	}
	rows, err := tx.query(ctx, `SELECT `+centreColumns+` FROM centres WHERE `+where+` ORDER BY name, slug`, args...)
	if err != nil {
		return nil, fmt.Errorf("find centres: %w", err)
	}
	defer rows.Close()
	var cs []*lotse.Centre
	for rows.Next() {
		c, err := scanCentre(rows)
		if err != nil {
			return nil, fmt.Errorf("find centres: %w", err)
		}
		cs = append(cs, c)
	}
	return cs, rows.Err()
}

// FindCentreBySlug returns the centre, or ENOTFOUND.
func (s *Store) FindCentreBySlug(ctx context.Context, slug string) (*lotse.Centre, error) {
	row := s.read.QueryRowContext(ctx, s.rebind(`SELECT `+centreColumns+` FROM centres WHERE slug = ?`), slug)
	c, err := scanCentre(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, lotse.Errorf(lotse.ENOTFOUND, "Dieses Zentrum gibt es nicht.")
	} else if err != nil {
		return nil, fmt.Errorf("find centre %s: %w", slug, err)
	}
	return c, nil
}

// PutCentre creates the centre or updates the one with the same slug. It
// returns whether the centre was new.
func (s *Store) PutCentre(ctx context.Context, c *lotse.Centre) (created bool, err error) {
	if err := c.Validate(); err != nil {
		return false, err
	}
	tx, err := s.begin(ctx)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	if created, err = putCentre(ctx, tx, c); err != nil {
		return false, err
	}
	return created, tx.Commit()
}

func putCentre(ctx context.Context, tx *tx, c *lotse.Centre) (created bool, err error) {
	var n int
	if err := tx.queryRow(ctx, `SELECT COUNT(*) FROM centres WHERE slug = ?`, c.Slug).Scan(&n); err != nil {
		return false, fmt.Errorf("put centre %s: %w", c.Slug, err)
	}
	_, err = tx.exec(ctx, `
		INSERT INTO centres (`+centreColumns+`, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (slug) DO UPDATE SET
			name = excluded.name, kind = excluded.kind, state = excluded.state, city = excluded.city,
			lat = excluded.lat, lon = excluded.lon, started_on = excluded.started_on,
			website = excluded.website, topics = excluded.topics, description = excluded.description,
			email = excluded.email, updated_at = excluded.updated_at`,
		c.Slug, c.Name, c.Kind, c.State, c.City, c.Lat, c.Lon, c.StartedOn, c.Website,
		joinList(c.Topics), c.Description, c.Email, formatTime(tx.now))
	if err != nil {
		return false, fmt.Errorf("put centre %s: %w", c.Slug, err)
	}
	return n == 0, nil
}
