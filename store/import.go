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
	for lo := 0; lo < len(offers); lo += importBatch {
		batch := offers[lo:min(lo+importBatch, len(offers))]
		res, err := putOffers(ctx, t, batch)
		if err != nil {
			return rep, err
		}
		for _, r := range res {
			rep.Offers.add(r)
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
	return rep, nil
}
