package graph

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"google.golang.org/protobuf/proto"
)

// The bulk path writes new quads straight into the Bolt file in the layout
// of Cayley's KV quad store (graph/kv, data version 2), in one Bolt
// transaction with every bucket filled in key order, instead of going
// through kv.QuadStore.ApplyDeltas. The layout, as Cayley reads it:
//
//	meta/version, meta/size, meta/horizon   8-byte little-endian integers
//	meta/indexes                            JSON list of kv.QuadIndex
//	log/<id 8-byte big-endian>              proto Primitive: a node (Value =
//	                                        pquads value) or a quad (S,P,O,L ids)
//	v<h0><h1>/<sha1 of value>               uvarint node id
//	n<h0><h1>/<sha1 of value>               uvarint reference count (one per
//	                                        quad direction using the node)
//	<dir prefixes>/<ids 8-byte big-endian>  uvarint list of quad ids, one
//	                                        bucket per index ("sp", "ops", "c")
//
// Node and quad ids come from meta/horizon. It is only correct for quads
// that are not in the store yet (writeDocs guarantees it: a document's quads
// are diffed against what the store holds under its label) and when the
// quad store keeps no in-memory bloom filters (openBolt sets no_bloom).

var (
	bucketMeta = []byte("meta")
	bucketLog  = []byte("log")
)

// kgQuadIndexes are the indexes of a Bolt store created by kg: Cayley's
// defaults plus one on the label, so that a document's quads are found
// without scanning the store.
var kgQuadIndexes = append(append([]kv.QuadIndex{}, kv.DefaultQuadIndexes...),
	kv.QuadIndex{Dirs: []quad.Direction{quad.Label}})

// addLabelIndex records the label index in a freshly initialised store.
func addLabelIndex(db *bolt.DB) error {
	data, err := json.Marshal(kgQuadIndexes)
	if err != nil {
		return err
	}
	return db.Update(func(tx *bolt.Tx) error {
		m := tx.Bucket(bucketMeta)
		if m == nil {
			return fmt.Errorf("no meta bucket")
		}
		if _, err := tx.CreateBucketIfNotExists(indexBucket(kgQuadIndexes[2])); err != nil {
			return err
		}
		return m.Put([]byte("indexes"), data)
	})
}

func readIndexes(tx *bolt.Tx) ([]kv.QuadIndex, error) {
	m := tx.Bucket(bucketMeta)
	if m == nil {
		return nil, fmt.Errorf("no meta bucket")
	}
	var out []kv.QuadIndex
	data := m.Get([]byte("indexes"))
	if data == nil {
		return nil, fmt.Errorf("no index list in meta")
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("index list in meta: %w", err)
	}
	return out, nil
}

func indexBucket(ind kv.QuadIndex) []byte {
	b := make([]byte, len(ind.Dirs))
	for i, d := range ind.Dirs {
		b[i] = d.Prefix()
	}
	return b
}

type bulkNode struct {
	val  quad.Value
	hash [quad.HashSize]byte
	inc  uint64
	id   uint64
	new  bool
}

// bulkAdd writes quads, none of which may be in the store, in one Bolt
// transaction.
func bulkAdd(db *bolt.DB, quads []quad.Quad) error {
	if len(quads) == 0 {
		return nil
	}
	// Distinct values and their reference increments.
	nodes := make(map[quad.Value]*bulkNode, len(quads))
	refs := make([][4]*bulkNode, len(quads))
	for i, q := range quads {
		for j, d := range quad.Directions {
			v := q.Get(d)
			if v == nil {
				continue
			}
			n := nodes[v]
			if n == nil {
				n = &bulkNode{val: v}
				quad.HashTo(v, n.hash[:])
				nodes[v] = n
			}
			n.inc++
			refs[i][j] = n
		}
	}
	sorted := make([]*bulkNode, 0, len(nodes))
	for _, n := range nodes {
		sorted = append(sorted, n)
	}
	sort.Slice(sorted, func(i, j int) bool { return bytes.Compare(sorted[i].hash[:], sorted[j].hash[:]) < 0 })

	return db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		logb := tx.Bucket(bucketLog)
		if meta == nil || logb == nil {
			return fmt.Errorf("not a Cayley KV store (no meta or log bucket)")
		}
		if v := meta.Get([]byte("version")); len(v) != 8 || binary.LittleEndian.Uint64(v) != 2 {
			return fmt.Errorf("unsupported Cayley KV data version")
		}
		indexes, err := readIndexes(tx)
		if err != nil {
			return err
		}
		horizon := metaInt(meta, "horizon")
		size := metaInt(meta, "size")
		now := time.Now().UnixNano()

		// Resolve existing nodes; number the new ones.
		var vb *bolt.Bucket
		var vname [3]byte
		for _, n := range sorted {
			if vb == nil || vname[1] != n.hash[0] || vname[2] != n.hash[1] {
				vname = [3]byte{'v', n.hash[0], n.hash[1]}
				vb = tx.Bucket(vname[:])
			}
			if vb != nil {
				if b := vb.Get(n.hash[:]); len(b) > 0 {
					n.id, _ = binary.Uvarint(b)
				}
			}
			if n.id == 0 {
				horizon++
				n.id, n.new = horizon, true
			}
		}
		// Nodes: log entries (ascending ids), value → id, reference counts.
		logb.FillPercent = 0.95
		for _, n := range sorted {
			if !n.new {
				continue
			}
			val, err := pquads.MarshalValue(n.val)
			if err != nil {
				return fmt.Errorf("encode value %v: %w", n.val, err)
			}
			if err := putProto(logb, &cproto.Primitive{ID: n.id, Value: val, Timestamp: now}); err != nil {
				return err
			}
		}
		var b *bolt.Bucket
		for _, prefix := range []byte{'v', 'n'} {
			b, vname = nil, [3]byte{}
			for _, n := range sorted {
				if b == nil || vname[1] != n.hash[0] || vname[2] != n.hash[1] {
					vname = [3]byte{prefix, n.hash[0], n.hash[1]}
					if b, err = tx.CreateBucketIfNotExists(vname[:]); err != nil {
						return err
					}
				}
				key := append([]byte(nil), n.hash[:]...)
				switch {
				case prefix == 'v' && n.new:
					err = b.Put(key, uvarint(n.id))
				case prefix == 'n':
					cnt := n.inc
					if !n.new {
						if old := b.Get(key); len(old) > 0 {
							c, _ := binary.Uvarint(old)
							cnt += c
						}
					}
					err = b.Put(key, uvarint(cnt))
				}
				if err != nil {
					return err
				}
			}
		}
		// Quads: log entries and index lists.
		lists := make([]map[string][]uint64, len(indexes))
		for i := range lists {
			lists[i] = map[string][]uint64{}
		}
		for i := range quads {
			horizon++
			p := &cproto.Primitive{ID: horizon, Timestamp: now}
			for j, d := range quad.Directions {
				if n := refs[i][j]; n != nil {
					p.SetDirection(d, n.id)
				}
			}
			if err := putProto(logb, p); err != nil {
				return err
			}
			for k, ind := range indexes {
				key := make([]byte, 8*len(ind.Dirs))
				for x, d := range ind.Dirs {
					binary.BigEndian.PutUint64(key[8*x:], p.GetDirection(d))
				}
				lists[k][string(key)] = append(lists[k][string(key)], p.ID)
			}
		}
		for k, ind := range indexes {
			ib, err := tx.CreateBucketIfNotExists(indexBucket(ind))
			if err != nil {
				return err
			}
			keys := make([]string, 0, len(lists[k]))
			for key := range lists[k] {
				keys = append(keys, key)
			}
			sort.Strings(keys)
			for _, key := range keys {
				old := ib.Get([]byte(key))
				val := make([]byte, len(old), len(old)+binary.MaxVarintLen64*len(lists[k][key]))
				copy(val, old)
				for _, id := range lists[k][key] {
					val = binary.AppendUvarint(val, id)
				}
				if err := ib.Put([]byte(key), val); err != nil {
					return err
				}
			}
		}
		if err := putMetaInt(meta, "horizon", horizon); err != nil {
			return err
		}
		return putMetaInt(meta, "size", size+uint64(len(quads)))
	})
}

func putProto(b *bolt.Bucket, p *cproto.Primitive) error {
	data, err := proto.Marshal(p)
	if err != nil {
		return err
	}
	key := make([]byte, 8)
	binary.BigEndian.PutUint64(key, p.ID)
	return b.Put(key, data)
}

func uvarint(x uint64) []byte { return binary.AppendUvarint(nil, x) }

func metaInt(meta *bolt.Bucket, key string) uint64 {
	if v := meta.Get([]byte(key)); len(v) == 8 {
		return binary.LittleEndian.Uint64(v)
	}
	return 0
}

func putMetaInt(meta *bolt.Bucket, key string, v uint64) error {
	buf := make([]byte, 8)
	binary.LittleEndian.PutUint64(buf, v)
	return meta.Put([]byte(key), buf)
}
