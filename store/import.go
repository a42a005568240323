package store

import (
	"context"
	"fmt"

	"lotse"
)

// ImportCounts says how many records an import created, updated and left as
// they were.
type ImportCounts struct {
	Created, Updated, Unchanged int
}

func (c *ImportCounts) add(r PutResult) {
	switch r {
	case Created:
		c.Created++
	case Updated:
		c.Updated++
	default:
		c.Unchanged++
	}
}

// ImportReport sums up an import.
type ImportReport struct {
	Centres ImportCounts
	Offers  ImportCounts
}

// importBatch is the number of offers written per transaction.
const importBatch = 1000

// Import writes centres, then offers, each created or updated by its key.
// With atomic it runs in one transaction (all or nothing); otherwise it
// commits in batches, so a huge file neither holds the writer long nor
// loses finished work. progress, if not nil, is called after each batch.
func (s *Store) Import(ctx context.Context, centres []*lotse.Centre, offers []*lotse.Offer, atomic bool, progress func(done int)) (ImportReport, error) {
	var rep ImportReport
	for _, c := range centres {
		if err := c.Validate(); err != nil {
			return rep, fmt.Errorf("import centre %s: %w", c.Slug, err)
		}
	}
	for _, o := range offers {
		if err := o.Validate(); err != nil {
			return rep, fmt.Errorf("import offer %s: %w", o.ID, err)
		}
	}
	t, err := s.begin(ctx)
	if err != nil {
		return rep, err
	}
	defer func() { t.Rollback() }()
	for _, c := range centres {
		created, err := putCentre(ctx, t, c)
		if err != nil {
			return rep, err
		}
		if created {
			rep.Centres.Created++
		} else {
			rep.Centres.Updated++
		}
	}
	// Offers with people registered for coming dates: an import that moves
	// their dates or place reaches those people as an edit does.
	booked, err := bookedOffers(ctx, t)
	if err != nil {
		return rep, err
	}
	var changes [][2]*lotse.Offer // before, after
	for lo := 0; lo < len(offers); lo += importBatch {
		batch := offers[lo:min(lo+importBatch, len(offers))]
		before, err := s.offersBefore(ctx, batch, booked)
		if err != nil {
			return rep, err
		}
		res, err := putOffers(ctx, t, batch)
		if err != nil {
			return rep, err
		}
		for i, r := range res {
			rep.Offers.add(r)
			if old := before[batch[i].ID]; old != nil && r == Updated {
				after := *batch[i]
				after.Status = old.Status // an import keeps the editorial status
				changes = append(changes, [2]*lotse.Offer{old, &after})
			}
		}
		if !atomic {
			if err := t.Commit(); err != nil {
				return rep, fmt.Errorf("import offers: %w", err)
			}
			if t, err = s.begin(ctx); err != nil {
				return rep, err
			}
		}
		if progress != nil {
			progress(lo + len(batch))
		}
	}
	if err := audit(ctx, t, nil, "import", "import", fmt.Sprintf("Import: Zentren %d neu, %d aktualisiert; Angebote %d neu, %d geändert, %d unverändert",
		rep.Centres.Created, rep.Centres.Updated, rep.Offers.Created, rep.Offers.Updated, rep.Offers.Unchanged)); err != nil {
		return rep, err
	}
	if err := t.Commit(); err != nil {
		return rep, fmt.Errorf("import: %w", err)
	}
	for _, c := range changes {
		if err := s.ApplyOfferChange(ctx, c[0], c[1]); err != nil {
			return rep, fmt.Errorf("import: inform the people registered for %s: %w", c[1].ID, err)
		}
	}
	return rep, nil
}

// bookedOffers returns the IDs of offers with people registered for a
// coming date.
func bookedOffers(ctx context.Context, t *tx) (map[string]bool, error) {
	rows, err := t.query(ctx, `SELECT DISTINCT offer_id FROM event_dates
		WHERE starts_at > ? AND cancelled_at IS NULL AND confirmed + waitlisted > 0`, formatTime(t.now))
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	defer rows.Close()
	ids := map[string]bool{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("import: %w", err)
		}
		ids[id] = true
	}
	return ids, rows.Err()
}

// offersBefore returns the stored versions of the batch's booked offers.
func (s *Store) offersBefore(ctx context.Context, batch []*lotse.Offer, booked map[string]bool) (map[string]*lotse.Offer, error) {
	var ids []string
	for _, o := range batch {
		if booked[o.ID] {
			ids = append(ids, o.ID)
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	old, err := s.FindOffersByIDs(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make(map[string]*lotse.Offer, len(old))
	for _, o := range old {
		out[o.ID] = o
	}
	return out, nil
}
