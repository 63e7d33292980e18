package graph

import (
	"bytes"
	"encoding/binary"
	"fmt"

	"github.com/boltdb/bolt"
)

// The entity index in a Bolt store: two buckets beside Cayley's layout
// (Cayley reads only its own buckets), written by the same transaction as
// the quads (bulkReplace's side step).
var (
	boltFactsBucket = []byte("kg.facts")
	boltEdgesBucket = []byte("kg.edges")
)

func boltIndexBucket(f byte) []byte {
	if f == famFacts {
		return boltFactsBucket
	}
	return boltEdgesBucket
}

// applyBoltIndex applies an index change within the write transaction tx:
// each key's count moves by its change; a key left with none is deleted.
func applyBoltIndex(tx *bolt.Tx, d *indexDelta) error {
	if d.empty() {
		return nil
	}
	for _, f := range []byte{famFacts, famEdges} {
		keys := d.sortedKeys(f)
		if len(keys) == 0 {
			continue
		}
		b, err := tx.CreateBucketIfNotExists(boltIndexBucket(f))
		if err != nil {
			return fmt.Errorf("index bucket %s: %w", boltIndexBucket(f), err)
		}
		m := d.family(f)
		for _, k := range keys {
			key := []byte(k)
			n := m[k]
			if old := b.Get(key); old != nil {
				c, _ := binary.Uvarint(old)
				n += int64(c)
			}
			if n <= 0 {
				err = b.Delete(key)
			} else {
				// A fresh value each time: Bolt keeps values (not keys)
				// until the commit.
				err = b.Put(key, binary.AppendUvarint(nil, uint64(n)))
			}
			if err != nil {
				return fmt.Errorf("index bucket %s: %w", boltIndexBucket(f), err)
			}
		}
	}
	return nil
}

// viewBoltIndex calls fn with a reader of the index in one Bolt read
// transaction.
func (s *Store) viewBoltIndex(fn func(r indexReader) error) error {
	return s.bolt.ViewTx(func(tx *bolt.Tx) error {
		return fn(boltEntityIndex{tx})
	})
}

// boltEntityIndex reads the index buckets of one transaction.
type boltEntityIndex struct{ tx *bolt.Tx }

func (r boltEntityIndex) iter(f byte, from, to []byte) keyIter {
	b := r.tx.Bucket(boltIndexBucket(f))
	if b == nil {
		return &sliceIter{}
	}
	return &boltKeyIter{c: b.Cursor(), from: from, to: to}
}

func (r boltEntityIndex) count(f byte, key []byte) (int64, error) {
	b := r.tx.Bucket(boltIndexBucket(f))
	if b == nil {
		return 0, nil
	}
	v := b.Get(key)
	if v == nil {
		return 0, nil
	}
	n, _ := binary.Uvarint(v)
	return int64(n), nil
}

type boltKeyIter struct {
	c        *bolt.Cursor
	from, to []byte
	started  bool
	done     bool
	e        error
}

func (it *boltKeyIter) next() ([]byte, int64, bool) {
	if it.done {
		return nil, 0, false
	}
	var k, v []byte
	if !it.started {
		it.started = true
		k, v = it.c.Seek(it.from)
	} else {
		k, v = it.c.Next()
	}
	if k == nil || bytes.Compare(k, it.to) >= 0 {
		it.done = true
		return nil, 0, false
	}
	n, w := binary.Uvarint(v)
	if w <= 0 {
		it.done, it.e = true, fmt.Errorf("index: bad count under key %x", k)
		return nil, 0, false
	}
	return k, int64(n), true
}

func (it *boltKeyIter) err() error { return it.e }

// sliceIter iterates over keys held in memory.
type sliceIter struct {
	keys [][]byte
	ns   []int64
	i    int
}

func (it *sliceIter) next() ([]byte, int64, bool) {
	if it.i >= len(it.keys) {
		return nil, 0, false
	}
	it.i++
	return it.keys[it.i-1], it.ns[it.i-1], true
}

func (it *sliceIter) err() error { return nil }
