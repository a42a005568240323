package web

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"time"

	"lotse"
	"lotse/search"
	"lotse/store"
)

// catalog is the instance's view of the offer catalogue: the search index
// and the centres, kept in step with the store. Writes through this instance
// reach the index at once (indexOffers); writes by other instances or by
// "lotse import" arrive through follow, which reads the store's change log.
type catalog struct {
	store  *store.Store
	index  *search.Index
	now    func() time.Time
	labels *labels // vocabulary labels, refreshed with the centres

	mu       sync.RWMutex
	centres  []*lotse.Centre
	bySlug   map[string]*lotse.Centre
	centreIx *search.Index  // the centres, for the search box
	seq      int64          // newest change applied
	applied  map[int64]bool // changes of the last rereadWindow numbers already applied
	demo     bool           // the data is the demo network

	offers *offerCache // recently shown offers, decoded
}

func newCatalog(st *store.Store, ix *search.Index, now func() time.Time, lbl *labels) *catalog {
	return &catalog{store: st, index: ix, now: now, labels: lbl, bySlug: map[string]*lotse.Centre{}, applied: map[int64]bool{}, offers: newOfferCache(8000)}
}

// load fills the index from scratch.
func (c *catalog) load(ctx context.Context) error {
	seq, err := c.store.LastChange(ctx)
	if err != nil {
		return err
	}
	if err := c.loadCentres(ctx); err != nil {
		return err
	}
	if _, err := c.loadLabels(ctx); err != nil {
		return err
	}
	if err := c.indexAll(ctx); err != nil {
		return err
	}
	c.mu.Lock()
	c.seq = seq
	c.mu.Unlock()
	return nil
}

// indexAll (re)indexes every listed offer, as after a change of labels,
// which are part of the search text.
func (c *catalog) indexAll(ctx context.Context) error {
	now := c.now()
	docs := make([]search.Doc, 0, 1024)
	err := c.store.EachOffer(ctx, func(o *lotse.Offer) error {
		if !o.IsListed() { // drafts, cancelled and archived offers are not searchable
			return nil
		}
		docs = append(docs, c.doc(o, now))
		if len(docs) == cap(docs) {
			c.index.Put(docs...)
			docs = docs[:0]
		}
		return nil
	})
	if err != nil {
		return err
	}
	c.index.Put(docs...)
	return nil
}

// loadLabels reads the vocabulary labels and reports whether they changed.
func (c *catalog) loadLabels(ctx context.Context) (bool, error) {
	custom, err := c.store.Labels(ctx)
	if err != nil {
		return false, err
	}
	changed := c.labels.set(custom)
	if changed {
		c.index.SetTopics(c.labels.vocab(lotse.VocabTopics))
	}
	return changed, nil
}

func (c *catalog) loadCentres(ctx context.Context) error {
	cs, err := c.store.FindCentres(ctx, lotse.CentreFilter{})
	if err != nil {
		return err
	}
	demo, err := c.store.Setting(ctx, "demo")
	if err != nil {
		return err
	}
	m := make(map[string]*lotse.Centre, len(cs))
	ix := search.New()
	ix.SetCacheSize(0)
	for _, ce := range cs {
		m[ce.Slug] = ce
		ix.Put(centreDoc(ce))
	}
	c.mu.Lock()
	c.centres, c.bySlug, c.demo, c.centreIx = cs, m, demo == "true", ix
	c.mu.Unlock()
	return nil
}

// centreDoc is what the search finds a centre by: its name, what it
// describes of itself, its city and Land, and the kind of centre.
func centreDoc(ce *lotse.Centre) search.Doc {
	return search.Doc{ID: ce.Slug, Title: ce.Name, Summary: ce.Description,
		Body: strings.Join([]string{ce.City, lotse.States.Label(ce.State), lotse.CentreKinds.Label(ce.Kind)}, " ")}
}

// searchCentres returns up to limit centres matching the text, best first.
func (c *catalog) searchCentres(text string, limit int) []*lotse.Centre {
	c.mu.RLock()
	ix := c.centreIx
	c.mu.RUnlock()
	if ix == nil || strings.TrimSpace(text) == "" {
		return nil
	}
	var out []*lotse.Centre
	for _, h := range ix.Search(search.Query{Text: text, Limit: limit, Now: c.now()}).Hits {
		if ce := c.centre(h.ID); ce != nil {
			out = append(out, ce)
		}
	}
	return out
}

// follow applies changes from the store's change log every interval until
// ctx ends. PostgreSQL may commit change numbers out of order, so each round
// rereads a window of recent numbers; re-indexing an offer is idempotent.
func (c *catalog) follow(ctx context.Context, every time.Duration, log *slog.Logger) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := c.catchUp(ctx); err != nil && ctx.Err() == nil {
			log.Warn("catalogue refresh", "err", err)
		}
	}
}

// rereadWindow is how far back each round looks for changes that
// committed after later ones (PostgreSQL sequences are not commit-ordered).
const rereadWindow = 1000

func (c *catalog) catchUp(ctx context.Context) error {
	c.mu.RLock()
	from := max(c.seq-rereadWindow, 0)
	c.mu.RUnlock()
	changes, err := c.store.Changes(ctx, from)
	if err != nil {
		return err
	}
	if err := c.loadCentres(ctx); err != nil {
		return err
	}
	// Labels changed by another instance: re-index everything, since the
	// labels are part of the search text.
	if changed, err := c.loadLabels(ctx); err != nil {
		return err
	} else if changed {
		if err := c.indexAll(ctx); err != nil {
			return err
		}
	}
	c.mu.Lock()
	var ids []string
	last := c.seq
	for _, ch := range changes {
		if !c.applied[ch.Seq] {
			c.applied[ch.Seq] = true
			ids = append(ids, ch.OfferID)
		}
		last = max(last, ch.Seq)
	}
	for seq := range c.applied {
		if seq <= last-rereadWindow {
			delete(c.applied, seq)
		}
	}
	c.mu.Unlock()
	if len(ids) == 0 {
		return nil
	}
	if err := c.indexOffers(ctx, ids); err != nil {
		return err
	}
	c.mu.Lock()
	c.seq = max(c.seq, last)
	c.mu.Unlock()
	return nil
}

// indexOffers brings the index entries of the given offers up to date with
// the store: listed ones are (re)indexed; missing ones, drafts, cancelled
// and archived ones removed.
func (c *catalog) indexOffers(ctx context.Context, ids []string) error {
	for len(ids) > 0 {
		part := ids[:min(500, len(ids))]
		ids = ids[len(part):]
		c.offers.drop(part...)
		offers, err := c.store.FindOffersByIDs(ctx, part)
		if err != nil {
			return err
		}
		now := c.now()
		found := make(map[string]bool, len(offers))
		docs := make([]search.Doc, 0, len(offers))
		for _, o := range offers {
			if o.IsListed() {
				docs = append(docs, c.doc(o, now))
				found[o.ID] = true
			}
		}
		c.index.Put(docs...)
		var gone []string
		for _, id := range part {
			if !found[id] {
				gone = append(gone, id)
			}
		}
		c.index.Delete(gone...)
	}
	return nil
}

func (c *catalog) doc(o *lotse.Offer, now time.Time) search.Doc {
	ce := c.centre(o.Centre)
	name := ""
	if ce != nil {
		name = ce.Name
	}
	d := search.DocFromOffer(o, name, now)
	d.Labels = search.OfferLabels(o, c.labels.vocab(lotse.VocabTopics), c.labels.vocab(lotse.VocabFormats))
	if o.Location.State == "" && ce != nil && ce.State != "" {
		d.Values[search.FacetState] = []string{ce.State} // a regional centre's offer belongs to its Land
	}
	return d
}

func (c *catalog) centre(slug string) *lotse.Centre {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.bySlug[slug]
}

func (c *catalog) allCentres() []*lotse.Centre {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.centres
}

func (c *catalog) isDemo() bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.demo
}

// findOffers returns the offers with the given IDs in that order, from the
// cache where it can.
func (c *catalog) findOffers(ctx context.Context, ids []string) ([]*lotse.Offer, error) {
	found := make(map[string]*lotse.Offer, len(ids))
	var missing []string
	for _, id := range ids {
		if o, ok := c.offers.get(id); ok {
			found[id] = o
		} else {
			missing = append(missing, id)
		}
	}
	if len(missing) > 0 {
		loaded, err := c.store.FindOffersByIDs(ctx, missing)
		if err != nil {
			return nil, err
		}
		for _, o := range loaded {
			found[o.ID] = o
			c.offers.put(o)
		}
	}
	out := make([]*lotse.Offer, 0, len(ids))
	for _, id := range ids {
		if o, ok := found[id]; ok {
			out = append(out, o)
		}
	}
	return out, nil
}
