package boltkv

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
)

// IndexReader reads a Bolt store in the layout of Cayley's KV quad store
// within one read transaction: node ids from the value
// buckets, quad ids from the index buckets, quads and values from the log.
// Deleted quads stay in Cayley's index lists (their log entry is marked
// deleted), so every quad id is checked against the log.
type IndexReader struct {
	tx       *bolt.Tx
	log      *bolt.Bucket
	ops, sp  *bolt.Bucket // (object, predicate, subject…) and (subject, predicate…)
	opsWidth int          // directions in an ops key
	nodes    map[string]uint64
	indexes  []kv.QuadIndex
}

// View calls fn with a reader of the file in one read transaction; the
// reader is nil when the store lacks an index starting with (object,
// predicate, subject) or (subject, predicate) (Cayley < 0.7.6 indexed only
// S and O): the caller reads through Cayley then.
func (d *DB) View(fn func(r *IndexReader) error) error {
	return d.db.View(func(tx *bolt.Tx) error {
		// The index list is fixed once Init has run: read it once.
		indexes := d.indexes.Load()
		if indexes == nil {
			list, err := readIndexes(tx)
			if err != nil {
				return err
			}
			indexes = &list
			d.indexes.Store(indexes)
		}
		r, err := newIndexReader(tx, *indexes)
		if err != nil {
			return err
		}
		return fn(r)
	})
}

func newIndexReader(tx *bolt.Tx, indexes []kv.QuadIndex) (*IndexReader, error) {
	r := &IndexReader{tx: tx, log: tx.Bucket(bucketLog), nodes: map[string]uint64{}, indexes: indexes}
	for _, ind := range indexes {
		switch {
		case r.ops == nil && len(ind.Dirs) >= 3 && slices.Equal(ind.Dirs[:3], []quad.Direction{quad.Object, quad.Predicate, quad.Subject}):
			r.ops, r.opsWidth = tx.Bucket(indexBucket(ind)), len(ind.Dirs)
		case r.sp == nil && len(ind.Dirs) >= 2 && slices.Equal(ind.Dirs[:2], []quad.Direction{quad.Subject, quad.Predicate}):
			r.sp = tx.Bucket(indexBucket(ind))
		}
	}
	if r.log == nil || r.ops == nil || r.sp == nil {
		return nil, nil
	}
	return r, nil
}

// nodeID is the id of value v, 0 when the store does not hold it.
func (r *IndexReader) nodeID(v quad.Value) uint64 {
	var h [quad.HashSize]byte
	quad.HashTo(v, h[:])
	if id, ok := r.nodes[string(h[:])]; ok {
		return id
	}
	var id uint64
	if b := r.tx.Bucket([]byte{'v', h[0], h[1]}); b != nil {
		id, _ = binary.Uvarint(b.Get(h[:]))
	}
	r.nodes[string(h[:])] = id
	return id
}

// primitive reads log entry id.
func (r *IndexReader) primitive(id uint64) (primitive, error) {
	var key [8]byte
	binary.BigEndian.PutUint64(key[:], id)
	data := r.log.Get(key[:])
	if data == nil {
		return primitive{}, fmt.Errorf("log entry %d missing", id)
	}
	p, err := decodePrimitive(data)
	if err != nil {
		return p, fmt.Errorf("log entry %d: %w", id, err)
	}
	return p, nil
}

// value resolves node id.
func (r *IndexReader) value(id uint64) (quad.Value, error) {
	p, err := r.primitive(id)
	if err != nil {
		return nil, err
	}
	v, err := pquads.UnmarshalValue(p.value)
	if err != nil {
		return nil, fmt.Errorf("value of node %d: %w", id, err)
	}
	return v, nil
}

// liveQuad returns the first quad of an index list that is not deleted and
// satisfies accept (nil: any).
func (r *IndexReader) liveQuad(list []byte, accept func(*primitive) bool) (primitive, bool, error) {
	for len(list) > 0 {
		id, n := binary.Uvarint(list)
		if n <= 0 {
			return primitive{}, false, fmt.Errorf("corrupt index list")
		}
		list = list[n:]
		var key [8]byte
		binary.BigEndian.PutUint64(key[:], id)
		data := r.log.Get(key[:])
		if data == nil {
			continue // gone from the log: not a live quad (Cayley's iterators skip it too)
		}
		p, err := decodePrimitive(data)
		if err != nil {
			return p, false, fmt.Errorf("log entry %d: %w", id, err)
		}
		if !p.deleted && (accept == nil || accept(&p)) {
			return p, true, nil
		}
	}
	return primitive{}, false, nil
}

// CountSubjects counts the distinct subjects of the live quads (?, pred,
// obj); with sameLabel, only of quads whose label is the subject. It reads
// index keys and never resolves a value.
func (r *IndexReader) CountSubjects(pred, obj quad.Value, sameLabel bool) (int, error) {
	n := 0
	err := r.eachSubject(pred, obj, sameLabel, func(uint64) error { n++; return nil })
	return n, err
}

// eachSubject calls fn once for every distinct subject id of the live quads
// (?, pred, obj) (with sameLabel: whose label is the subject), in id order.
func (r *IndexReader) eachSubject(pred, obj quad.Value, sameLabel bool, fn func(uint64) error) error {
	o, p := r.nodeID(obj), r.nodeID(pred)
	if o == 0 || p == 0 {
		return nil
	}
	var prefix [16]byte
	binary.BigEndian.PutUint64(prefix[:], o)
	binary.BigEndian.PutUint64(prefix[8:], p)
	var accept func(*primitive) bool
	if sameLabel {
		accept = func(q *primitive) bool { return q.label == q.subject }
	}
	var last uint64
	c := r.ops.Cursor()
	for k, v := c.Seek(prefix[:]); k != nil && bytes.HasPrefix(k, prefix[:]); k, v = c.Next() {
		if len(k) != 8*r.opsWidth {
			return fmt.Errorf("index key of %d bytes, want %d", len(k), 8*r.opsWidth)
		}
		s := binary.BigEndian.Uint64(k[16:])
		if s == last { // a wider index: several keys per subject
			continue
		}
		_, ok, err := r.liveQuad(v, accept)
		if err != nil {
			return err
		}
		if ok {
			last = s
			if err := fn(s); err != nil {
				return err
			}
		}
	}
	return nil
}

// Subjects calls fn for every distinct subject of the live quads (?, pred,
// obj) (with sameLabel: whose label is the subject), in node id order, with
// the subject's value and, for each of fields, the object of one live quad
// (subject, field, ?) (nil when there is none).
func (r *IndexReader) Subjects(pred, obj quad.Value, sameLabel bool, fields []quad.Value, fn func(subject quad.Value, vals []quad.Value) error) error {
	ids := make([]uint64, len(fields))
	for i, f := range fields {
		ids[i] = r.nodeID(f)
	}
	return r.eachSubject(pred, obj, sameLabel, func(sub uint64) error {
		v, err := r.value(sub)
		if err != nil {
			return err
		}
		vals := make([]quad.Value, len(fields))
		var prefix [16]byte
		binary.BigEndian.PutUint64(prefix[:], sub)
		for i, f := range ids {
			if f == 0 {
				continue
			}
			binary.BigEndian.PutUint64(prefix[8:], f)
			c := r.sp.Cursor()
			for k, list := c.Seek(prefix[:]); k != nil && bytes.HasPrefix(k, prefix[:]); k, list = c.Next() {
				q, ok, err := r.liveQuad(list, nil)
				if err != nil {
					return err
				}
				if ok {
					if vals[i], err = r.value(q.object); err != nil {
						return err
					}
					break
				}
			}
		}
		return fn(v, vals)
	})
}

// QuadsWith calls fn with the node ids (subject, predicate, object, label;
// 0 for none) of every live quad whose direction d holds v, read from an
// index whose keys start with d; ok is false when the store has no such
// index (Cayley's reads must do then).
func (r *IndexReader) QuadsWith(d quad.Direction, v quad.Value, fn func(ids [4]uint64) error) (ok bool, err error) {
	var b *bolt.Bucket
	for _, ind := range r.indexes {
		if len(ind.Dirs) > 0 && ind.Dirs[0] == d {
			b = r.tx.Bucket(indexBucket(ind))
			break
		}
	}
	if b == nil {
		return false, nil
	}
	id := r.nodeID(v)
	if id == 0 {
		return true, nil
	}
	var prefix [8]byte
	binary.BigEndian.PutUint64(prefix[:], id)
	c := b.Cursor()
	lc := &logCursor{c: r.log.Cursor()}
	for k, list := c.Seek(prefix[:]); k != nil && bytes.HasPrefix(k, prefix[:]); k, list = c.Next() {
		for len(list) > 0 {
			qid, n := binary.Uvarint(list)
			if n <= 0 {
				return true, fmt.Errorf("corrupt index list of %v", d)
			}
			list = list[n:]
			data := lc.get(qid)
			if data == nil {
				continue // gone from the log: not a live quad
			}
			p, err := decodePrimitive(data)
			if err != nil {
				return true, fmt.Errorf("log entry %d: %w", qid, err)
			}
			if p.deleted || p.value != nil {
				continue
			}
			if err := fn([4]uint64{p.subject, p.predicate, p.object, p.label}); err != nil {
				return true, err
			}
		}
	}
	return true, nil
}

// Value returns the value of node id.
func (r *IndexReader) Value(id uint64) (quad.Value, error) { return r.value(id) }

// logCursor reads log entries by id, stepping forward instead of searching
// when the next id is near the last (a document's quads have consecutive
// ids, and index lists are in id order).
type logCursor struct {
	c   *bolt.Cursor
	at  uint64 // id of the current entry, 0 before the first
	val []byte
}

// get returns log entry id (nil when there is none).
func (l *logCursor) get(id uint64) []byte {
	var k, v []byte
	switch {
	case l.at != 0 && id == l.at:
		return l.val
	case l.at != 0 && id > l.at && id-l.at <= 8:
		for k, v = l.c.Next(); k != nil && binary.BigEndian.Uint64(k) < id; k, v = l.c.Next() {
		}
	default:
		var key [8]byte
		binary.BigEndian.PutUint64(key[:], id)
		k, v = l.c.Seek(key[:])
	}
	if k == nil {
		l.at, l.val = 0, nil
		return nil
	}
	l.at, l.val = binary.BigEndian.Uint64(k), v
	if l.at != id {
		return nil
	}
	return v
}
