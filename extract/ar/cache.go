package ar

import "github.com/newskg/kg/internal/wordcache"

// wordCache maps words to values computed from them alone (a token's
// clitic forms, a catalogue entity's graph entity), shared by every
// document and goroutine of an extractor.
type wordCache[V any] = wordcache.Cache[V]

// wordCacheMax bounds the shards of the word caches: 16 × 8192 words.
const wordCacheMax = 8192
