package boltkv

import (
	"encoding/binary"
	"fmt"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
)

// Verify reads the whole file and checks the invariants Cayley relies on:
// meta/size counts the live quads; every node a live quad uses is a live
// node; each node's reference count is the number of live quad directions
// using it, and a node no live quad uses is gone (count, value → id, log
// entry); every value → id entry names a node whose value hashes to that
// key. It is for tests and checks: it holds the whole log in memory.
func (d *DB) Verify() error {
	return d.db.View(func(tx *bolt.Tx) error {
		logb, meta := tx.Bucket(bucketLog), tx.Bucket(bucketMeta)
		nodes := map[uint64][]byte{} // live node id → value
		refs := map[uint64]uint64{}
		var live uint64
		var quads []primitive
		if err := logb.ForEach(func(k, v []byte) error {
			p, err := decodePrimitive(v)
			if err != nil {
				return fmt.Errorf("log %x: %w", k, err)
			}
			if p.value != nil {
				if p.deleted {
					return fmt.Errorf("node %d is marked deleted (Cayley removes node entries)", p.id)
				}
				nodes[p.id] = p.value
			} else if !p.deleted {
				live++
				quads = append(quads, p)
			}
			return nil
		}); err != nil {
			return err
		}
		for _, q := range quads {
			for _, id := range []uint64{q.subject, q.predicate, q.object, q.label} {
				if id == 0 {
					continue
				}
				if _, ok := nodes[id]; !ok {
					return fmt.Errorf("quad %d uses node %d, which is not in the log", q.id, id)
				}
				refs[id]++
			}
		}
		if size := metaInt(meta, "size"); size != live {
			return fmt.Errorf("meta/size %d, live quads %d", size, live)
		}
		for id, val := range nodes {
			v, err := pquads.UnmarshalValue(val)
			if err != nil {
				return fmt.Errorf("node %d: %w", id, err)
			}
			var h [quad.HashSize]byte
			quad.HashTo(v, h[:])
			nb, vb := tx.Bucket([]byte{'n', h[0], h[1]}), tx.Bucket([]byte{'v', h[0], h[1]})
			if nb == nil || vb == nil {
				return fmt.Errorf("node %d (%v): no count or value bucket", id, v)
			}
			gotID, _ := binary.Uvarint(vb.Get(h[:]))
			if gotID != id {
				return fmt.Errorf("node %d (%v): value → id says %d", id, v, gotID)
			}
			cnt, _ := binary.Uvarint(nb.Get(h[:]))
			if refs[id] == 0 {
				return fmt.Errorf("node %d (%v) is used by no live quad but kept (count %d)", id, v, cnt)
			}
			if cnt != refs[id] {
				return fmt.Errorf("node %d (%v): count %d, live references %d", id, v, cnt, refs[id])
			}
		}
		// No value → id entry points to a node that is gone.
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			if len(name) != 3 || name[0] != 'v' {
				return nil
			}
			return b.ForEach(func(k, v []byte) error {
				id, _ := binary.Uvarint(v)
				if _, ok := nodes[id]; !ok {
					return fmt.Errorf("value → id entry %x names node %d, which is gone", k, id)
				}
				return nil
			})
		})
	})
}
