package ar

import (
	"hash/maphash"
	"sync"
)

// wordCache maps words to values computed from them alone (a token's
// clitic forms, a catalogue entity's graph entity), shared by every
// document and goroutine of an extractor. It is sharded, each shard a
// plain map behind a read-write lock: reads, by far the most common, take
// no exclusive lock and cost a map look-up (sync.Map's trie costs about
// twice as much here). A shard is emptied when it reaches max entries
// (0: never), which bounds memory on an endless stream of new names;
// a value is then simply computed again.
type wordCache[V any] struct {
	max    int
	shards [cacheShards]cacheShard[V]
}

const cacheShards = 16

// wordCacheMax bounds the shards of the word caches: 16 × 8192 words.
const wordCacheMax = 8192

type cacheShard[V any] struct {
	mu sync.RWMutex
	m  map[string]V
	_  [40]byte // one cache line per shard
}

var cacheSeed = maphash.MakeSeed()

func (c *wordCache[V]) shard(key string) *cacheShard[V] {
	return &c.shards[maphash.String(cacheSeed, key)%cacheShards]
}

// get returns the value stored for key.
func (c *wordCache[V]) get(key string) (V, bool) {
	s := c.shard(key)
	s.mu.RLock()
	v, ok := s.m[key]
	s.mu.RUnlock()
	return v, ok
}

// getBytes is get with the key as bytes, without converting it to a
// string.
func (c *wordCache[V]) getBytes(key []byte) (V, bool) {
	s := &c.shards[maphash.Bytes(cacheSeed, key)%cacheShards]
	s.mu.RLock()
	v, ok := s.m[string(key)]
	s.mu.RUnlock()
	return v, ok
}

// put stores v for key. The key must not share memory with a document's
// text (strings.Clone it), or the cache would keep whole documents alive.
func (c *wordCache[V]) put(key string, v V) {
	s := c.shard(key)
	s.mu.Lock()
	if s.m == nil || (c.max > 0 && len(s.m) >= c.max) {
		s.m = make(map[string]V)
	}
	s.m[key] = v
	s.mu.Unlock()
}
