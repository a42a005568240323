package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"lotse"
)

const offerColumns = `id, centre, format, title, summary, description, topics, audiences, mode,
	city, postcode, state, starts_at, ends_at, recurrence, capacity, url, language`

// offerSelect is what queries read: the exchange fields plus the editorial
// status, which writes of the exchange fields leave alone.
const offerSelect = offerColumns + `, status`

func scanOffer(sc interface{ Scan(...any) error }) (*lotse.Offer, error) {
	var o lotse.Offer
	var topics, audiences string
	var starts, ends NullTime
	if err := sc.Scan(&o.ID, &o.Centre, &o.Format, &o.Title, &o.Summary, &o.Description, &topics, &audiences, &o.Mode,
		&o.Location.City, &o.Location.Postcode, &o.Location.State, &starts, &ends, &o.Recurrence, &o.Capacity, &o.URL, &o.Language, &o.Status); err != nil {
		return nil, err
	}
	o.Topics, o.Audiences = splitList(topics), splitList(audiences)
	o.StartsAt, o.EndsAt = starts.Ptr(), ends.Ptr()
	return &o, nil
}

// FindOfferByID returns the offer, or ENOTFOUND.
func (s *Store) FindOfferByID(ctx context.Context, id string) (*lotse.Offer, error) {
	row := s.read.QueryRowContext(ctx, s.rebind(`SELECT `+offerSelect+` FROM offers WHERE id = ?`), id)
	o, err := scanOffer(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, lotse.Errorf(lotse.ENOTFOUND, "Dieses Angebot gibt es nicht (mehr).")
	} else if err != nil {
		return nil, fmt.Errorf("find offer %s: %w", id, err)
	}
	return o, nil
}

// FindOffersByIDs returns the offers with the given IDs in the given order,
// skipping IDs that do not exist. It serves every list page, so its query is
// prepared once per size class instead of parsed on every call.
func (s *Store) FindOffersByIDs(ctx context.Context, ids []string) ([]*lotse.Offer, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	byID := make(map[string]*lotse.Offer, len(ids))
	for lo := 0; lo < len(ids); lo += maxIDsPerQuery {
		part := ids[lo:min(lo+maxIDsPerQuery, len(ids))]
		stmt, size, err := s.offersByIDsStmt(ctx, len(part))
		if err != nil {
			return nil, err
		}
		args := make([]any, size)
		for i := range args {
			args[i] = part[min(i, len(part)-1)] // pad with a repeat
		}
		rows, err := stmt.QueryContext(ctx, args...)
		if err != nil {
			return nil, fmt.Errorf("find offers: %w", err)
		}
		for rows.Next() {
			o, err := scanOffer(rows)
			if err != nil {
				rows.Close()
				return nil, fmt.Errorf("find offers: %w", err)
			}
			byID[o.ID] = o
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("find offers: %w", err)
		}
	}
	out := make([]*lotse.Offer, 0, len(ids))
	for _, id := range ids {
		if o, ok := byID[id]; ok {
			out = append(out, o)
		}
	}
	return out, nil
}

const maxIDsPerQuery = 100

// offersByIDsStmt returns the prepared lookup for the smallest size class
// holding n IDs.
func (s *Store) offersByIDsStmt(ctx context.Context, n int) (*sql.Stmt, int, error) {
	size := 1
	for size < n {
		size *= 2
	}
	size = min(size, maxIDsPerQuery)
	if st, ok := s.stmts.Load(size); ok {
		return st.(*sql.Stmt), size, nil
	}
	st, err := s.read.PrepareContext(ctx, s.rebind(`SELECT `+offerSelect+` FROM offers WHERE id IN (`+placeholders(size)+`)`))
	if err != nil {
		return nil, 0, fmt.Errorf("prepare offer lookup: %w", err)
	}
	if prev, loaded := s.stmts.LoadOrStore(size, st); loaded {
		st.Close()
		return prev.(*sql.Stmt), size, nil
	}
	return st, size, nil
}

// EachOffer calls fn for every offer, ordered by ID (the primary key, so the
// database needs no sort), inside one consistent read. It stops at the first
// error fn returns.
func (s *Store) EachOffer(ctx context.Context, fn func(*lotse.Offer) error) error {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	rows, err := tx.query(ctx, `SELECT `+offerSelect+` FROM offers ORDER BY id`)
	if err != nil {
		return fmt.Errorf("list offers: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		o, err := scanOffer(rows)
		if err != nil {
			return fmt.Errorf("list offers: %w", err)
		}
		if err := fn(o); err != nil {
			return err
		}
	}
	return rows.Err()
}

// CountOffers returns the number of offers.
func (s *Store) CountOffers(ctx context.Context) (int, error) {
	var n int
	err := s.read.QueryRowContext(ctx, `SELECT COUNT(*) FROM offers`).Scan(&n)
	return n, err
}

// PutResult says what a write did to each offer.
type PutResult int

// Outcomes of PutOffers for one offer.
const (
	Unchanged PutResult = iota
	Created
	Updated
)

// PutOffer validates o and creates it or updates the offer with its ID. Its
// centre must exist (else EINVALID).
func (s *Store) PutOffer(ctx context.Context, o *lotse.Offer) (PutResult, error) {
	res, err := s.PutOffers(ctx, []*lotse.Offer{o})
	if err != nil {
		return 0, err
	}
	return res[0], nil
}

// PutOffers writes all offers in one transaction: every offer is validated
// first, and nothing is written if any is invalid or names an unknown centre.
// An offer identical to the stored one is left untouched.
func (s *Store) PutOffers(ctx context.Context, offers []*lotse.Offer) ([]PutResult, error) {
	for _, o := range offers {
		if err := o.Validate(); err != nil {
			return nil, err
		}
	}
	tx, err := s.begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	res, err := putOffers(ctx, tx, offers)
	if err != nil {
		return nil, err
	}
	return res, tx.Commit()
}

func putOffers(ctx context.Context, tx *tx, offers []*lotse.Offer) ([]PutResult, error) {
	hashes, err := offerHashes(ctx, tx, offers)
	if err != nil {
		return nil, err
	}
	centres := map[string]bool{}
	res := make([]PutResult, len(offers))
	for i, o := range offers {
		if !centres[o.Centre] {
			var n int
			if err := tx.queryRow(ctx, `SELECT COUNT(*) FROM centres WHERE slug = ?`, o.Centre).Scan(&n); err != nil {
				return nil, fmt.Errorf("put offer %s: %w", o.ID, err)
			} else if n == 0 {
				return nil, &lotse.Error{Code: lotse.EINVALID, Message: "Das Zentrum „" + o.Centre + "“ gibt es nicht.",
					Fields: map[string]string{"centre": "Das Zentrum „" + o.Centre + "“ gibt es nicht."}}
			}
			centres[o.Centre] = true
		}
		h := hashOffer(o)
		old, exists := hashes[o.ID]
		switch {
		case exists && old == h:
			res[i] = Unchanged
			continue
		case exists:
			res[i] = Updated
		default:
			res[i] = Created
		}
		now := formatTime(tx.now)
		if _, err := tx.exec(ctx, `
			INSERT INTO offers (`+offerColumns+`, hash, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET
				centre = excluded.centre, format = excluded.format, title = excluded.title,
				summary = excluded.summary, description = excluded.description, topics = excluded.topics,
				audiences = excluded.audiences, mode = excluded.mode, city = excluded.city,
				postcode = excluded.postcode, state = excluded.state, starts_at = excluded.starts_at,
				ends_at = excluded.ends_at, recurrence = excluded.recurrence, capacity = excluded.capacity,
				url = excluded.url, language = excluded.language, hash = excluded.hash,
				updated_at = excluded.updated_at`,
			o.ID, o.Centre, o.Format, o.Title, o.Summary, o.Description, joinList(o.Topics), joinList(o.Audiences), o.Mode,
			o.Location.City, o.Location.Postcode, o.Location.State, nullTime(o.StartsAt), nullTime(o.EndsAt),
			o.Recurrence, o.Capacity, o.URL, o.Language, h, now, now); err != nil {
			return nil, fmt.Errorf("put offer %s: %w", o.ID, err)
		}
		if err := recordChange(ctx, tx, o.ID); err != nil {
			return nil, err
		}
	}
	return res, nil
}

func offerHashes(ctx context.Context, tx *tx, offers []*lotse.Offer) (map[string]string, error) {
	hashes := make(map[string]string, len(offers))
	const batch = 500
	for lo := 0; lo < len(offers); lo += batch {
		part := offers[lo:min(lo+batch, len(offers))]
		args := make([]any, len(part))
		for i, o := range part {
			args[i] = o.ID
		}
		rows, err := tx.query(ctx, `SELECT id, hash FROM offers WHERE id IN (`+placeholders(len(part))+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("read offer hashes: %w", err)
		}
		for rows.Next() {
			var id, h string
			if err := rows.Scan(&id, &h); err != nil {
				rows.Close()
				return nil, fmt.Errorf("read offer hashes: %w", err)
			}
			hashes[id] = h
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("read offer hashes: %w", err)
		}
	}
	return hashes, nil
}

// hashOffer fingerprints everything the exchange format carries of o.
func hashOffer(o *lotse.Offer) string {
	b, _ := json.Marshal(o)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:16])
}

// DeleteOffer removes the offer, or returns ENOTFOUND.
func (s *Store) DeleteOffer(ctx context.Context, id string) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.exec(ctx, `DELETE FROM offers WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("delete offer %s: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return lotse.Errorf(lotse.ENOTFOUND, "Dieses Angebot gibt es nicht (mehr).")
	}
	if err := recordChange(ctx, tx, id); err != nil {
		return err
	}
	return tx.Commit()
}

func recordChange(ctx context.Context, tx *tx, id string) error {
	if _, err := tx.exec(ctx, `INSERT INTO offer_changes (offer_id, at) VALUES (?, ?)`, id, formatTime(tx.now)); err != nil {
		return fmt.Errorf("record change of offer %s: %w", id, err)
	}
	return nil
}

// Change is one write to an offer, numbered in the order it was made.
type Change struct {
	Seq     int64
	OfferID string
}

// Changes returns the writes to offers numbered after seq, oldest first, at
// most 10,000. PostgreSQL may commit numbers out of order, so callers should
// ask again from a little before the number they last saw.
func (s *Store) Changes(ctx context.Context, seq int64) ([]Change, error) {
	rows, err := s.read.QueryContext(ctx, s.rebind(`SELECT seq, offer_id FROM offer_changes WHERE seq > ? ORDER BY seq LIMIT 10000`), seq)
	if err != nil {
		return nil, fmt.Errorf("read changes: %w", err)
	}
	defer rows.Close()
	var out []Change
	for rows.Next() {
		var c Change
		if err := rows.Scan(&c.Seq, &c.OfferID); err != nil {
			return nil, fmt.Errorf("read changes: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// LastChange returns the newest change number, 0 when there is none.
func (s *Store) LastChange(ctx context.Context) (int64, error) {
	var n sql.NullInt64
	err := s.read.QueryRowContext(ctx, `SELECT MAX(seq) FROM offer_changes`).Scan(&n)
	return n.Int64, err
}
