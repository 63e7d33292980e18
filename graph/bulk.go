package graph

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
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
// Deletions stay with Cayley's ApplyDeltas: the quad store caches IRI → node
// id, and only ApplyDeltas drops a deleted node from that cache (adding
// nodes cannot make the cache wrong).

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
		// Stores of Cayley < 0.7.6 have no list: they index S and O (as Cayley assumes).
		return []kv.QuadIndex{{Dirs: []quad.Direction{quad.Subject}}, {Dirs: []quad.Direction{quad.Object}}}, nil
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("index list in meta: %w", err)
	}
	if len(out) == 0 {
		return []kv.QuadIndex{{Dirs: []quad.Direction{quad.Subject}}, {Dirs: []quad.Direction{quad.Object}}}, nil
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

// bulkFill is the Bolt FillPercent of the buckets bulkAdd writes: it puts
// keys in ascending order within each bucket (new log ids and node ids
// above every existing one), so pages can be filled whole.
var bulkFill = 1.0

// bulkNode is one distinct value of a batch of new quads: its hash, how
// many of the quads refer to it and, on Bolt, its node id.
type bulkNode struct {
	val  quad.Value
	hash [quad.HashSize]byte
	inc  uint64
	id   uint64
	new  bool
	dec  uint64 // references that deleted quads of the same transaction drop
	enc  []byte // the value in pquads encoding (prepareBulk)
}

// distinctNodes returns the distinct values of quads in order of first
// appearance, each with its hash and reference increment, and for every quad
// the nodes of its four directions (nil where a direction has no value).
func distinctNodes(quads []quad.Quad) ([]*bulkNode, [][4]*bulkNode) {
	nodes := make(map[quad.Value]*bulkNode, len(quads))
	var order []*bulkNode
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
				order = append(order, n)
			}
			n.inc++
			refs[i][j] = n
		}
	}
	return order, refs
}

// bulkPrep is a batch of quads to add with its distinct values hashed and
// sorted by hash: the part of bulkAdd that needs no store, which Import
// does while the previous batch is written.
type bulkPrep struct {
	quads  []quad.Quad
	sorted []*bulkNode    // distinct values, by hash
	refs   [][4]*bulkNode // per quad, the nodes of its directions
}

func prepareBulk(quads []quad.Quad) *bulkPrep {
	sorted, refs := distinctNodes(quads)
	slices.SortFunc(sorted, func(a, b *bulkNode) int { return bytes.Compare(a.hash[:], b.hash[:]) })
	return &bulkPrep{quads: quads, sorted: sorted, refs: refs}
}

// encodeValues encodes every value ahead of the write (only new values are
// written; Import has a core to spare for the others).
func (pre *bulkPrep) encodeValues() {
	for _, n := range pre.sorted {
		n.enc, _ = pquads.MarshalValue(n.val) // on error, bulkAddPrepared reports it
	}
}

// bulkAdd writes quads, none of which may be in the store, in one Bolt
// transaction.
func bulkAdd(db *bolt.DB, quads []quad.Quad) error {
	if len(quads) == 0 {
		return nil
	}
	_, err := bulkReplace(db, prepareBulk(quads), nil, nil)
	return err
}

// bulkReplace adds pre.quads (none of which may be in the store) and
// deletes del (quads missing from the store are passed over) in ONE Bolt
// transaction: a crash leaves the store before or after the whole change,
// never between. It reports whether a node left the store; Cayley's quad
// store caches value → node id and must then be reopened (Store.apply).
//
// A deletion is done the way Cayley's ApplyDeltas does it: the quad's log
// entry is marked deleted (index lists keep its id; readers skip it), the
// store's size shrinks, and the reference count of each node it used drops;
// a node whose count reaches zero loses its log entry, value and count.
//
// side, when not nil, runs last in the same transaction (kg's entity
// index, factindex_bolt.go); its error rolls the whole change back.
func bulkReplace(db *bolt.DB, pre *bulkPrep, del []quad.Quad, side func(*bolt.Tx) error) (nodesRemoved bool, err error) {
	quads, sorted, refs := pre.quads, pre.sorted, pre.refs
	if len(quads) == 0 && len(del) == 0 && side == nil {
		return false, nil
	}
	err = db.Update(func(tx *bolt.Tx) error {
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
		var (
			mem    arena    // values: Bolt keeps them until the commit
			keyBuf [32]byte // keys: Bolt copies them
		)
		// Which v buckets exist (Cayley creates a node's v and n buckets
		// together): the others are created without looking them up again.
		hasV := make([]bool, 1<<16)
		firstNew := horizon + 1 // node and quad ids from here on are this batch's
		for _, n := range sorted {
			n.id, n.new = 0, false // a failed earlier attempt may have set them
			if vname[0] == 0 || vname[1] != n.hash[0] || vname[2] != n.hash[1] {
				vname = [3]byte{'v', n.hash[0], n.hash[1]}
				vb = tx.Bucket(vname[:])
				hasV[int(n.hash[0])<<8|int(n.hash[1])] = vb != nil
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
		// Deletions: mark the quads dead; their nodes' counts drop below
		// (with the additions' increments for nodes that both use).
		dels, deleted, err := markDeleted(tx, logb, indexes, del)
		if err != nil {
			return err
		}
		size -= deleted
		for _, n := range sorted {
			n.dec = 0
			if d, ok := dels[n.hash]; ok {
				n.dec = d.dec
				delete(dels, n.hash)
			}
		}
		if removed, err := decNodes(tx, logb, dels); err != nil {
			return err
		} else if removed {
			nodesRemoved = true
		}
		// Nodes: log entries (ascending ids), value → id, reference counts.
		// Keys go in ascending order: full pages (bulkFill) split less and
		// spill fewer pages at commit.
		logb.FillPercent = bulkFill
		for _, n := range sorted {
			if !n.new {
				continue
			}
			val := n.enc
			if val == nil {
				if val, err = pquads.MarshalValue(n.val); err != nil {
					return fmt.Errorf("encode value %v: %w", n.val, err)
				}
			}
			if err := logb.Put(putID(keyBuf[:], n.id), mem.primitive(&cproto.Primitive{ID: n.id, Value: val, Timestamp: now})); err != nil {
				return err
			}
		}
		var b *bolt.Bucket
		for _, prefix := range []byte{'n', 'v'} { // 'n' < 'v': bucket names stay appended in order
			b, vname = nil, [3]byte{}
			for _, n := range sorted {
				if b == nil || vname[1] != n.hash[0] || vname[2] != n.hash[1] {
					vname = [3]byte{prefix, n.hash[0], n.hash[1]}
					b = nil
					if hasV[int(n.hash[0])<<8|int(n.hash[1])] {
						b = tx.Bucket(vname[:])
					}
					if b == nil {
						if b, err = tx.CreateBucket(vname[:]); errors.Is(err, bolt.ErrBucketExists) {
							b, err = tx.Bucket(vname[:]), nil
						}
						if err != nil {
							return err
						}
					}
					b.FillPercent = bulkFill
				}
				key := n.hash[:] // Bolt copies keys, not values
				switch {
				case prefix == 'v' && n.new:
					err = b.Put(key, mem.uvarint(n.id))
				case prefix == 'n':
					cnt := n.inc
					if !n.new {
						if old := b.Get(key); len(old) > 0 {
							c, _ := binary.Uvarint(old)
							cnt += c
						}
					}
					// A node some added quad uses keeps a count of at least
					// that quad's directions.
					err = b.Put(key, mem.uvarint(cnt-n.dec))
				}
				if err != nil {
					return err
				}
			}
		}
		// Quads: log entries, then index lists filled in key order. The
		// index entries are built and sorted on another core meanwhile.
		for _, ind := range indexes {
			if len(ind.Dirs) > len(indexEntry{}.key) {
				return fmt.Errorf("index %v has more than 4 directions", ind.Dirs)
			}
		}
		sortedEntries := make(chan [][]indexEntry, 1)
		go func(base uint64) { sortedEntries <- indexEntries(indexes, refs, base) }(horizon)
		var p cproto.Primitive
		for i := range quads {
			horizon++
			p = cproto.Primitive{ID: horizon, Timestamp: now}
			for j, d := range quad.Directions {
				if n := refs[i][j]; n != nil {
					p.SetDirection(d, n.id)
				}
			}
			if err := logb.Put(putID(keyBuf[:], p.ID), mem.primitive(&p)); err != nil {
				return err
			}
		}
		entries := <-sortedEntries
		for k, ind := range indexes {
			ib, err := tx.CreateBucketIfNotExists(indexBucket(ind))
			if err != nil {
				return err
			}
			ib.FillPercent = bulkFill
			es := entries[k]
			for i := 0; i < len(es); {
				j := i
				for j < len(es) && es[j].key == es[i].key {
					j++
				}
				key := keyBuf[:8*int(es[i].n)] // Bolt copies keys
				for x := range int(es[i].n) {
					binary.BigEndian.PutUint64(key[8*x:], es[i].key[x])
				}
				// A key holding a node of this batch cannot be there yet.
				var old []byte
				if !slices.ContainsFunc(es[i].key[:es[i].n], func(id uint64) bool { return id >= firstNew }) {
					old = ib.Get(key)
				}
				val := append(mem.grow(len(old)+binary.MaxVarintLen64*(j-i)), old...)
				for _, e := range es[i:j] {
					val = binary.AppendUvarint(val, e.id)
				}
				mem.keep(val)
				if err := ib.Put(key, val); err != nil {
					return err
				}
				i = j
			}
		}
		if err := putMetaInt(meta, "horizon", horizon); err != nil {
			return err
		}
		if err := putMetaInt(meta, "size", size+uint64(len(quads))); err != nil {
			return err
		}
		if side != nil {
			return side(tx)
		}
		return nil
	})
	return nodesRemoved, err
}

// indexEntries returns, for each index, the entries of quads with ids
// base+1, base+2, … (the nodes of refs numbered), sorted by key and id.
func indexEntries(indexes []kv.QuadIndex, refs [][4]*bulkNode, base uint64) [][]indexEntry {
	entries := make([][]indexEntry, len(indexes))
	for k, ind := range indexes {
		var dirs []int // positions in quad.Directions (and refs) of the index's directions
		for _, d := range ind.Dirs {
			dirs = append(dirs, slices.Index(quad.Directions, d))
		}
		es := make([]indexEntry, len(refs))
		for i, r := range refs {
			e := indexEntry{n: uint8(len(dirs)), id: base + uint64(i) + 1}
			for x, j := range dirs {
				if j >= 0 && r[j] != nil {
					e.key[x] = r[j].id
				}
			}
			es[i] = e
		}
		slices.SortFunc(es, func(a, b indexEntry) int {
			if a.key != b.key {
				for x := range a.key {
					if a.key[x] != b.key[x] {
						return cmp.Compare(a.key[x], b.key[x])
					}
				}
			}
			return cmp.Compare(a.id, b.id)
		})
		entries[k] = es
	}
	return entries
}

// indexEntry is one quad id under one index key (up to 4 node ids; the
// key's bytes are the ids in big-endian, so comparing ids compares keys).
type indexEntry struct {
	key [4]uint64
	n   uint8
	id  uint64
}

// arena hands out the values of one transaction from large blocks instead
// of one allocation each.
type arena struct{ buf []byte }

const arenaBlock = 1 << 20

// grow returns an empty slice of capacity n; keep(b), with b appended to it
// (at most n bytes), reserves b.
func (a *arena) grow(n int) []byte {
	if cap(a.buf)-len(a.buf) < n {
		a.buf = make([]byte, 0, max(arenaBlock, n))
	}
	return a.buf[len(a.buf) : len(a.buf) : len(a.buf)+n]
}

func (a *arena) keep(b []byte) []byte {
	a.buf = a.buf[:len(a.buf)+len(b)]
	return b
}

func (a *arena) uvarint(x uint64) []byte {
	return a.keep(binary.AppendUvarint(a.grow(binary.MaxVarintLen64), x))
}

func (a *arena) primitive(p *cproto.Primitive) []byte {
	return a.keep(appendPrimitive(a.grow(primitiveMax+len(p.Value)), p))
}

func putID(buf []byte, id uint64) []byte {
	binary.BigEndian.PutUint64(buf, id)
	return buf[:8]
}

// encodePrimitive is the protobuf encoding of p (fields in number order,
// zero values omitted), as proto.Marshal produces it.
func encodePrimitive(p *cproto.Primitive) []byte {
	return appendPrimitive(make([]byte, 0, primitiveMax+len(p.Value)), p)
}

// primitiveMax bounds the encoding of a Primitive without its value: 7
// varint fields of up to 11 bytes, the value's tag and length, Deleted.
const primitiveMax = 7*11 + 11 + 2

func appendPrimitive(b []byte, p *cproto.Primitive) []byte {
	field := func(num int, v uint64) {
		if v != 0 {
			b = binary.AppendUvarint(b, uint64(num)<<3)
			b = binary.AppendUvarint(b, v)
		}
	}
	field(1, p.ID)
	field(2, p.Subject)
	field(3, p.Predicate)
	field(4, p.Object)
	field(5, p.Label)
	field(6, p.Replaces)
	field(7, uint64(p.Timestamp))
	if len(p.Value) > 0 {
		b = binary.AppendUvarint(b, 8<<3|2)
		b = binary.AppendUvarint(b, uint64(len(p.Value)))
		b = append(b, p.Value...)
	}
	if p.Deleted {
		b = append(b, 9<<3, 1)
	}
	return b
}

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
