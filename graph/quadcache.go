package graph

import (
	"sync"

	"github.com/cayleygraph/quad"
)

// genCache keeps answers of Bolt reads until the next write through the
// Store (its generation, Store.gen): the quads of EachQuadWith (a
// statement, an entity, a document), so that the neighbourhoods of popular
// entities, which share most of their statements, read them from memory
// after the first time, and the values of Objects (an entity's labels,
// types, aliases), which every answer naming the entity describes. Values
// are shared, not copied; it holds at most max units (size of each
// answer), then starts over. A Bolt file has one writer, this process, so
// its own writes are all that can make an answer stale.
type genCache[K comparable, V any] struct {
	mu   sync.Mutex
	gen  uint64
	m    map[K]V
	n    int
	max  int
	size func(V) int
}

func newGenCache[K comparable, V any](max int, size func(V) int) *genCache[K, V] {
	return &genCache[K, V]{m: map[K]V{}, max: max, size: size}
}

// get returns the answer read for k at store generation gen.
func (c *genCache[K, V]) get(gen uint64, k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen != gen {
		var zero V
		return zero, false
	}
	v, ok := c.m[k]
	return v, ok
}

// put records the answer v for k, read by a read that began at generation
// gen (a read begun before a write is not kept after it). An answer over
// a sixteenth of the cache is not kept.
func (c *genCache[K, V]) put(gen uint64, k K, v V) {
	n := c.size(v)
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen < c.gen || n > c.max/16 {
		return
	}
	if gen > c.gen || c.n+n > c.max {
		clear(c.m)
		c.gen, c.n = gen, 0
	}
	c.m[k] = v
	c.n += n
}

// quadCacheKey is an EachQuadWith read: the quads whose direction d holds v.
type quadCacheKey struct {
	d quad.Direction
	v quad.Value
}

// quadCache keeps EachQuadWith answers; its unit is the quad (about 80
// bytes beside the values the quads share with the value cache).
type quadCache = genCache[quadCacheKey, []quad.Quad]

func newQuadCache(max int) *quadCache {
	return newGenCache[quadCacheKey](max, func(qs []quad.Quad) int { return len(qs) })
}

// objectsKey is an Objects read.
type objectsKey struct {
	subject quad.IRI
	pred    quad.IRI
	max     int
}

// objectsCache keeps Objects answers; its unit is the answer (a few
// values).
type objectsCache = genCache[objectsKey, []quad.Value]

func newObjectsCache(max int) *objectsCache {
	return newGenCache[objectsKey](max, func([]quad.Value) int { return 1 })
}
