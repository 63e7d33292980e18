package boltkv

import (
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
)

// delNode is a node that deleted quads of one transaction use: its id and
// how many references they drop.
type delNode struct {
	val quad.Value
	id  uint64
	dec uint64
}

// markDeleted marks the live quads of del deleted in the Bolt transaction
// tx, in Cayley's KV layout (bulk.go), and returns the nodes they used with
// the references they drop, and how many quads it deleted. A quad the store
// does not hold is passed over.
func markDeleted(tx *bolt.Tx, logb *bolt.Bucket, indexes []kv.QuadIndex, del []quad.Quad) (map[[quad.HashSize]byte]*delNode, uint64, error) {
	if len(del) == 0 {
		return nil, 0, nil
	}
	nodes := map[[quad.HashSize]byte]*delNode{}
	nodeOf := func(v quad.Value) *delNode {
		var h [quad.HashSize]byte
		quad.HashTo(v, h[:])
		if n, ok := nodes[h]; ok {
			return n
		}
		n := &delNode{val: v}
		if b := tx.Bucket([]byte{'v', h[0], h[1]}); b != nil {
			n.id, _ = binary.Uvarint(b.Get(h[:]))
		}
		nodes[h] = n
		return n
	}
	// The live quads under each index key read so far: (s, p, o, l) ids →
	// log id.
	lists := map[string]map[[4]uint64]uint64{}
	var deleted uint64
	var keyBuf [8]byte
	for _, q := range del {
		var ids [4]uint64
		var used [4]*delNode
		exists := true
		for j, d := range quad.Directions {
			v := q.Get(d)
			if v == nil {
				continue
			}
			n := nodeOf(v)
			if n.id == 0 {
				exists = false
				break
			}
			ids[j], used[j] = n.id, n
		}
		if !exists {
			continue
		}
		ind, ok := lookupIndex(indexes, ids)
		if !ok {
			return nil, 0, fmt.Errorf("no index of the store covers quad %v", q)
		}
		key := make([]byte, 0, 8*len(ind.Dirs))
		for _, d := range ind.Dirs {
			key = binary.BigEndian.AppendUint64(key, ids[slices.Index(quad.Directions, d)])
		}
		live, ok := lists[string(key)]
		if !ok {
			var err error
			if live, err = liveQuads(tx, logb, ind, key); err != nil {
				return nil, 0, err
			}
			lists[string(key)] = live
		}
		id, ok := live[ids]
		if !ok {
			continue
		}
		delete(live, ids) // the same quad twice in del is deleted once
		data := logb.Get(putID(keyBuf[:], id))
		// Protobuf keeps the last value of a repeated scalar field:
		// appending Deleted = true marks the entry as Cayley's markAsDead
		// does, every other field kept.
		marked := append(append(make([]byte, 0, len(data)+2), data...), 9<<3, 1)
		if err := logb.Put(putID(keyBuf[:], id), marked); err != nil {
			return nil, 0, err
		}
		deleted++
		for _, n := range used {
			if n != nil {
				n.dec++
			}
		}
	}
	for h, n := range nodes {
		if n.dec == 0 {
			delete(nodes, h)
		}
	}
	return nodes, deleted, nil
}

// lookupIndex picks the index to find a quad with node ids ids (0 where a
// direction is empty) by: the narrowest whose directions all hold a node.
func lookupIndex(indexes []kv.QuadIndex, ids [4]uint64) (kv.QuadIndex, bool) {
	var best kv.QuadIndex
	found := false
	for _, ind := range indexes {
		ok := true
		for _, d := range ind.Dirs {
			if ids[slices.Index(quad.Directions, d)] == 0 {
				ok = false
				break
			}
		}
		if ok && (!found || len(ind.Dirs) > len(best.Dirs)) {
			best, found = ind, true
		}
	}
	return best, found
}

// liveQuads reads the index list under key and returns its quads that are
// not deleted, by their direction ids.
func liveQuads(tx *bolt.Tx, logb *bolt.Bucket, ind kv.QuadIndex, key []byte) (map[[4]uint64]uint64, error) {
	out := map[[4]uint64]uint64{}
	b := tx.Bucket(indexBucket(ind))
	if b == nil {
		return out, nil
	}
	list := b.Get(key)
	var keyBuf [8]byte
	for len(list) > 0 {
		id, n := binary.Uvarint(list)
		if n <= 0 {
			return nil, fmt.Errorf("corrupt index list in bucket %q", indexBucket(ind))
		}
		list = list[n:]
		data := logb.Get(putID(keyBuf[:], id))
		if data == nil {
			continue
		}
		p, err := decodePrimitive(data)
		if err != nil {
			return nil, fmt.Errorf("log entry %d: %w", id, err)
		}
		if p.deleted || p.value != nil {
			continue
		}
		out[[4]uint64{p.subject, p.predicate, p.object, p.label}] = id
	}
	return out, nil
}

// decNodes drops the references of nodes that no added quad uses; a node
// left with none is removed (count, value → id and log entry), as Cayley's
// decNodes does. It reports whether one was removed.
func decNodes(tx *bolt.Tx, logb *bolt.Bucket, nodes map[[quad.HashSize]byte]*delNode) (bool, error) {
	removed := false
	var keyBuf [8]byte
	// In hash order, so the transaction's writes do not depend on map order.
	hashes := make([][quad.HashSize]byte, 0, len(nodes))
	for h := range nodes {
		hashes = append(hashes, h)
	}
	slices.SortFunc(hashes, func(a, b [quad.HashSize]byte) int { return slices.Compare(a[:], b[:]) })
	for _, h := range hashes {
		n := nodes[h]
		nb := tx.Bucket([]byte{'n', h[0], h[1]})
		vb := tx.Bucket([]byte{'v', h[0], h[1]})
		if nb == nil || vb == nil {
			return false, fmt.Errorf("node %d has no count or value bucket", n.id)
		}
		var cnt uint64
		if old := nb.Get(h[:]); len(old) > 0 {
			cnt, _ = binary.Uvarint(old)
		}
		if cnt > n.dec {
			if err := nb.Put(h[:], binary.AppendUvarint(nil, cnt-n.dec)); err != nil {
				return false, err
			}
			continue
		}
		if err := nb.Delete(h[:]); err != nil {
			return false, err
		}
		if err := vb.Delete(h[:]); err != nil {
			return false, err
		}
		if err := logb.Delete(putID(keyBuf[:], n.id)); err != nil {
			return false, err
		}
		removed = true
	}
	return removed, nil
}
