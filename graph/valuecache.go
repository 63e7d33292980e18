package graph

import (
	"sync"

	"github.com/cayleygraph/quad"
)

// valueCache maps Bolt node ids to their values for the reads of a Store
// (EachQuadWith): a node id is never given to another value (ids come
// from an ever-growing horizon), so an entry stays right for as long as a
// quad can name the node. It holds at most max values, then starts over.
type valueCache struct {
	mu  sync.RWMutex
	m   map[uint64]quad.Value
	max int
}

func newValueCache(max int) *valueCache {
	return &valueCache{m: make(map[uint64]quad.Value, 1024), max: max}
}

// lookup fills vals[i] for the ids it holds and returns the indexes of
// the others.
func (c *valueCache) lookup(ids []uint64, vals []quad.Value) (missing []int) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	for i, id := range ids {
		v, ok := c.m[id]
		if ok {
			vals[i] = v
		} else {
			missing = append(missing, i)
		}
	}
	return missing
}

// add records values read from the store.
func (c *valueCache) add(ids []uint64, vals []quad.Value) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m)+len(ids) > c.max {
		clear(c.m)
	}
	for i, id := range ids {
		c.m[id] = vals[i]
	}
}
