package boltkv

import (
	"bytes"
	"cmp"
	"encoding/binary"
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

// bulkFill is the Bolt FillPercent of the buckets Replace writes: it puts
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

// Prep is a batch of quads to add with its distinct values hashed and
// sorted by hash: the part of a write that needs no store, which an import
// does while the previous batch is written.
type Prep struct {
	quads  []quad.Quad
	sorted []*bulkNode    // distinct values, by hash
	refs   [][4]*bulkNode // per quad, the nodes of its directions
}

// Prepare hashes and sorts the values of quads, to be added by Replace.
func Prepare(quads []quad.Quad) *Prep {
	sorted, refs := distinctNodes(quads)
	slices.SortFunc(sorted, func(a, b *bulkNode) int { return bytes.Compare(a.hash[:], b.hash[:]) })
	return &Prep{quads: quads, sorted: sorted, refs: refs}
}

// Len is the number of quads to add.
func (pre *Prep) Len() int { return len(pre.quads) }

// EncodeValues encodes every value ahead of the write (only new values are
// written; an import has a core to spare for the others).
func (pre *Prep) EncodeValues() {
	for _, n := range pre.sorted {
		n.enc, _ = pquads.MarshalValue(n.val) // on error, Replace reports it
	}
}

// Add writes quads, none of which may be in the store, in one Bolt
// transaction.
func (d *DB) Add(quads []quad.Quad) error {
	if len(quads) == 0 {
		return nil
	}
	_, err := d.Replace(Prepare(quads), nil, nil)
	return err
}

// Replace adds pre's quads (none of which may be in the store: the caller
// diffs against it) and deletes del (quads missing from the store are
// passed over) in ONE Bolt transaction: a crash leaves the store before or
// after the whole change, never between. It reports whether a node left
// the store; a Cayley quad store opened earlier caches value → node id and
// must then be replaced by a fresh one (QuadStore).
//
// New quads go in the way Cayley's ApplyDeltas would put them, faster:
// every bucket is filled in key order.
//
// A deletion is done the way Cayley's ApplyDeltas does it: the quad's log
// entry is marked deleted (index lists keep its id; readers skip it), the
// store's size shrinks, and the reference count of each node it used drops;
// a node whose count reaches zero loses its log entry, value and count.
//
// side, when not nil, runs last in the same transaction (kg's entity
// index); its error rolls the whole change back.
func (d *DB) Replace(pre *Prep, del []quad.Quad, side func(*bolt.Tx) error) (nodesRemoved bool, err error) {
	if pre == nil {
		pre = Prepare(nil)
	}
	quads, sorted, refs := pre.quads, pre.sorted, pre.refs
	if len(quads) == 0 && len(del) == 0 && side == nil {
		return false, nil
	}
	err = d.db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		logb := tx.Bucket(bucketLog)
		if meta == nil || logb == nil {
			return fmt.Errorf("not a Cayley KV store (no meta or log bucket)")
		}
		if v := meta.Get([]byte("version")); len(v) != 8 || binary.LittleEndian.Uint64(v) != LayoutVersion {
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
