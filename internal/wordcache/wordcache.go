// Package wordcache is a concurrent cache of values computed from a word
// alone, for the hot paths of the extractor (a token's clitic forms, a
// word's lexicon lists, an entity's labels), shared by every document and
// goroutine.
package wordcache

import (
	"hash/maphash"
	"sync"
)

// Cache maps words to values. It is sharded, each shard a plain map behind
// a read-write lock: reads, by far the most common, take no exclusive lock
// and cost a map look-up (sync.Map's trie costs about twice as much). A
// shard is emptied when it reaches Max entries (0: never), which bounds
// memory on an endless stream of new words; a value is then simply
// computed again. The zero Cache is empty and ready to use.
type Cache[V any] struct {
	// Max bounds the entries of each shard (0: no bound); set it before
	// first use.
	Max    int
	shards [shards]shard[V]
}

// shards is the number of shards of a Cache.
const shards = 16

type shard[V any] struct {
	mu sync.RWMutex
	m  map[string]V
	_  [40]byte // one cache line per shard
}

var seed = maphash.MakeSeed()

func (c *Cache[V]) shard(key string) *shard[V] {
	return &c.shards[maphash.String(seed, key)%shards]
}

// Get returns the value stored for key.
func (c *Cache[V]) Get(key string) (V, bool) {
	s := c.shard(key)
	s.mu.RLock()
	v, ok := s.m[key]
	s.mu.RUnlock()
	return v, ok
}

// GetBytes is Get with the key as bytes, without converting it to a
// string.
func (c *Cache[V]) GetBytes(key []byte) (V, bool) {
	s := &c.shards[maphash.Bytes(seed, key)%shards]
	s.mu.RLock()
	v, ok := s.m[string(key)]
	s.mu.RUnlock()
	return v, ok
}

// Put stores v for key. The key must not share memory with a document's
// text (strings.Clone it), or the cache would keep whole documents alive.
func (c *Cache[V]) Put(key string, v V) {
	s := c.shard(key)
	s.mu.Lock()
	if s.m == nil || (c.Max > 0 && len(s.m) >= c.Max) {
		s.m = make(map[string]V)
	}
	s.m[key] = v
	s.mu.Unlock()
}
