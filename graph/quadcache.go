package graph

import (
	"sync"

	"github.com/cayleygraph/quad"
)

// quadCache keeps the answers of EachQuadWith on Bolt (the quads of a
// statement, an entity, a document) until the next write through the
// Store, so that the neighbourhoods of popular entities, which share most
// of their statements, read them from memory after the first time. The
// quads' values are those of the value cache (shared, not copied); it
// holds at most max quads, then starts over. A Bolt file has one writer,
// this process, so its own writes are all that can make an answer stale.
type quadCache struct {
	mu  sync.Mutex
	gen uint64
	m   map[quadCacheKey][]quad.Quad
	n   int
	max int
}

type quadCacheKey struct {
	d quad.Direction
	v quad.Value
}

func newQuadCache(max int) *quadCache {
	return &quadCache{m: map[quadCacheKey][]quad.Quad{}, max: max}
}

// get returns the quads read for (d, v) at store generation gen.
func (c *quadCache) get(gen uint64, d quad.Direction, v quad.Value) ([]quad.Quad, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen != gen {
		return nil, false
	}
	qs, ok := c.m[quadCacheKey{d, v}]
	return qs, ok
}

// put records quads read for (d, v) by a read that began at generation
// gen (a read begun before a write is not kept after it).
func (c *quadCache) put(gen uint64, d quad.Direction, v quad.Value, qs []quad.Quad) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen < c.gen || len(qs) > c.max/16 {
		return
	}
	if gen > c.gen || c.n+len(qs) > c.max {
		clear(c.m)
		c.gen, c.n = gen, 0
	}
	c.m[quadCacheKey{d, v}] = qs
	c.n += len(qs)
}
