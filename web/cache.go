package web

import (
	"container/list"
	"sync"

	"lotse"
)

// offerCache keeps the most recently shown offers decoded in memory, so the
// pages everyone looks at (the first pages of popular lists, upcoming
// events) are not read from the store again and again. The catalogue drops
// an entry whenever its offer changes in the store.
type offerCache struct {
	mu    sync.Mutex
	max   int
	order *list.List // front: most recently used; values are *lotse.Offer
	byID  map[string]*list.Element
}

func newOfferCache(max int) *offerCache {
	return &offerCache{max: max, order: list.New(), byID: make(map[string]*list.Element)}
}

func (c *offerCache) get(id string) (*lotse.Offer, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.byID[id]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*lotse.Offer), true
}

func (c *offerCache) put(o *lotse.Offer) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byID[o.ID]; ok {
		el.Value = o
		c.order.MoveToFront(el)
		return
	}
	c.byID[o.ID] = c.order.PushFront(o)
	if c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.byID, last.Value.(*lotse.Offer).ID)
	}
}

func (c *offerCache) drop(ids ...string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, id := range ids {
		if el, ok := c.byID[id]; ok {
			c.order.Remove(el)
			delete(c.byID, id)
		}
	}
}
