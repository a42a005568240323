package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"lotse"
)

// Editorial writes: offers changed by centre staff through the web, each
// with its audit entry in the same transaction. Who may do what is decided
// by the caller (lotse.CanEditOffer); actor is recorded.

// EditorialFilter selects offers for the editorial lists, drafts included.
type EditorialFilter struct {
	Centres []string // nil: all centres
	Status  string   // "": any
	Offset  int
	Limit   int
}

// FindEditorialOffers returns the offers matching f, most recently changed
// first, and their total number.
func (s *Store) FindEditorialOffers(ctx context.Context, f EditorialFilter) ([]*lotse.Offer, int, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()
	where, args := "1 = 1", []any{}
	if f.Centres != nil {
		if len(f.Centres) == 0 {
			return nil, 0, nil
		}
		where += " AND centre IN (" + placeholders(len(f.Centres)) + ")"
		for _, c := range f.Centres {
			args = append(args, c)
		}
	}
	if f.Status != "" {
		where, args = where+" AND status = ?", append(args, f.Status)
	}
	limit := f.Limit
	if limit <= 0 || limit > 500 {
		limit = 50
	}
	rows, err := tx.query(ctx, `SELECT `+offerSelect+`, COUNT(*) OVER () FROM offers WHERE `+where+
		` ORDER BY updated_at DESC, id LIMIT ? OFFSET ?`, append(args, limit, max(f.Offset, 0))...)
	if err != nil {
		return nil, 0, fmt.Errorf("find offers: %w", err)
	}
	defer rows.Close()
	var out []*lotse.Offer
	total := 0
	for rows.Next() {
		var o lotse.Offer
		var topics, audiences string
		var starts, ends NullTime
		if err := rows.Scan(&o.ID, &o.Centre, &o.Format, &o.Title, &o.Summary, &o.Description, &topics, &audiences, &o.Mode,
			&o.Location.City, &o.Location.Postcode, &o.Location.State, &starts, &ends, &o.Recurrence, &o.Capacity, &o.URL, &o.Language,
			&o.Status, &total); err != nil {
			return nil, 0, fmt.Errorf("find offers: %w", err)
		}
		o.Topics, o.Audiences = splitList(topics), splitList(audiences)
		o.StartsAt, o.EndsAt = starts.Ptr(), ends.Ptr()
		out = append(out, &o)
	}
	return out, total, rows.Err()
}

func offerObject(id string) string { return "offer:" + id }

// CreateOffer validates o and creates it as a draft (ECONFLICT if its ID is
// taken, EINVALID if it is invalid or its centre unknown).
func (s *Store) CreateOffer(ctx context.Context, actor *lotse.User, o *lotse.Offer) error {
	if err := o.Validate(); err != nil {
		return err
	}
	o.Status = lotse.StatusDraft
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := findOffer(ctx, tx, o.ID); err == nil {
		return lotse.Errorf(lotse.ECONFLICT, "Ein Angebot mit dieser Kennung gibt es schon.")
	} else if lotse.ErrorCode(err) != lotse.ENOTFOUND {
		return err
	}
	if _, err := putOffers(ctx, tx, []*lotse.Offer{o}); err != nil {
		return err
	}
	if _, err := tx.exec(ctx, `UPDATE offers SET status = ? WHERE id = ?`, o.Status, o.ID); err != nil {
		return fmt.Errorf("create offer %s: %w", o.ID, err)
	}
	if err := audit(ctx, tx, actor, "offer.create", offerObject(o.ID), "„"+o.Title+"“ als Entwurf angelegt ("+o.Centre+")"); err != nil {
		return err
	}
	return tx.Commit()
}

func findOffer(ctx context.Context, tx *tx, id string) (*lotse.Offer, error) {
	o, err := scanOffer(tx.queryRow(ctx, `SELECT `+offerSelect+` FROM offers WHERE id = ?`, id))
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, lotse.Errorf(lotse.ENOTFOUND, "Dieses Angebot gibt es nicht (mehr).")
		}
		return nil, fmt.Errorf("find offer %s: %w", id, err)
	}
	return o, nil
}

// UpdateOffer validates o and replaces the stored offer with its ID, keeping
// its status. It returns the offer as it was before. Returns ENOTFOUND or
// EINVALID.
func (s *Store) UpdateOffer(ctx context.Context, actor *lotse.User, o *lotse.Offer) (before *lotse.Offer, err error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	tx, err := s.begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	before, err = findOffer(ctx, tx, o.ID)
	if err != nil {
		return nil, err
	}
	o.Status = before.Status
	changed := before.ChangedFields(o)
	if len(changed) == 0 {
		return before, nil
	}
	if _, err := putOffers(ctx, tx, []*lotse.Offer{o}); err != nil {
		return nil, err
	}
	if err := audit(ctx, tx, actor, "offer.update", offerObject(o.ID), "Geändert: "+strings.Join(changed, ", ")); err != nil {
		return nil, err
	}
	return before, tx.Commit()
}

// SetOfferStatus moves the offer to status if the workflow allows it
// (lotse.CanChangeStatus; else EINVALID). Returns ENOTFOUND.
func (s *Store) SetOfferStatus(ctx context.Context, actor *lotse.User, id, status string) (*lotse.Offer, error) {
	tx, err := s.begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	o, err := findOffer(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	if !lotse.CanChangeStatus(o.Status, status) {
		return nil, lotse.Errorf(lotse.EINVALID, "Ein Angebot im Zustand „%s“ kann nicht „%s“ werden.",
			lotse.Statuses.Label(o.Status), lotse.Statuses.Label(status))
	}
	old := o.Status
	o.Status = status
	if _, err := tx.exec(ctx, `UPDATE offers SET status = ?, updated_at = ? WHERE id = ?`, status, formatTime(tx.now), id); err != nil {
		return nil, fmt.Errorf("set status of offer %s: %w", id, err)
	}
	if err := recordChange(ctx, tx, id); err != nil {
		return nil, err
	}
	if err := audit(ctx, tx, actor, "offer.status", offerObject(id),
		"Status "+lotse.Statuses.Label(old)+" → "+lotse.Statuses.Label(status)); err != nil {
		return nil, err
	}
	return o, tx.Commit()
}

// CreateCentre validates c and creates it (ECONFLICT if the slug is taken).
func (s *Store) CreateCentre(ctx context.Context, actor *lotse.User, c *lotse.Centre) error {
	return s.saveCentre(ctx, actor, c, true)
}

// UpdateCentre validates c and replaces the centre with its slug (ENOTFOUND).
func (s *Store) UpdateCentre(ctx context.Context, actor *lotse.User, c *lotse.Centre) error {
	return s.saveCentre(ctx, actor, c, false)
}

func (s *Store) saveCentre(ctx context.Context, actor *lotse.User, c *lotse.Centre, create bool) error {
	if err := c.Validate(); err != nil {
		return err
	}
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.queryRow(ctx, `SELECT COUNT(*) FROM centres WHERE slug = ?`, c.Slug).Scan(&n); err != nil {
		return fmt.Errorf("save centre %s: %w", c.Slug, err)
	}
	switch {
	case create && n > 0:
		msg := "Ein Zentrum mit diesem Kurznamen gibt es schon."
		return &lotse.Error{Code: lotse.ECONFLICT, Message: msg, Fields: map[string]string{"slug": msg}}
	case !create && n == 0:
		return lotse.Errorf(lotse.ENOTFOUND, "Dieses Zentrum gibt es nicht.")
	}
	if _, err := putCentre(ctx, tx, c); err != nil {
		return err
	}
	action, detail := "centre.update", "„"+c.Name+"“ geändert"
	if create {
		action, detail = "centre.create", "„"+c.Name+"“ angelegt"
	}
	if err := audit(ctx, tx, actor, action, "centre:"+c.Slug, detail); err != nil {
		return err
	}
	return tx.Commit()
}
