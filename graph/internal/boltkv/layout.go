// Package boltkv reads and writes a Bolt file directly in the layout of
// Cayley's KV quad store (github.com/cayleygraph/cayley/graph/kv, data
// version 2), for what Cayley's own code does too slowly or not in one
// transaction: a document's replacement (adds and deletes in ONE Bolt
// transaction), counts and document lists read from the index keys.
//
// The layout, as Cayley reads it:
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
// Node and quad ids come from meta/horizon. A store is opened with Cayley's
// no_bloom option: bloom filters would go stale under writes made here.
// The tests hold this package to Cayley: what it writes, Cayley reads and
// deletes; what Cayley writes, it reads and deletes; Verify checks the
// invariants Cayley relies on.
package boltkv

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// LayoutVersion is the version of Cayley's KV layout (meta/version) this
// package reads and writes; a store of another version is refused.
const LayoutVersion = 2

var (
	bucketMeta = []byte("meta")
	bucketLog  = []byte("log")
)

// ErrLocked is wrapped by the error of Open when another process holds the
// file.
var ErrLocked = errors.New("bolt file is locked by another process")

// Options configure Open.
type Options struct {
	ReadOnly    bool
	LockTimeout time.Duration // how long to wait for another process's lock
	MmapSize    int           // initial memory map (address space only)
}

// DB is a Bolt file in Cayley's KV layout.
type DB struct {
	kv      *hbolt.DB
	db      *bolt.DB
	indexes atomic.Pointer[[]kv.QuadIndex] // the index list, once read (View)
}

// Open opens the Bolt file at path, creating it when missing (unless
// read-only). A new file has no layout yet: Init gives it one.
func Open(path string, opt Options) (*DB, error) {
	h, err := hbolt.Open(path, &bolt.Options{Timeout: opt.LockTimeout, ReadOnly: opt.ReadOnly, InitialMmapSize: opt.MmapSize})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("%w: %w", ErrLocked, err)
	} else if err != nil {
		return nil, err
	}
	return &DB{kv: h, db: h.DB()}, nil
}

// Init writes Cayley's layout into a new file, with kg's indexes
// (Indexes); a file that has a layout already is left alone.
func (d *DB) Init() error {
	defer d.indexes.Store(nil)
	err := kv.Init(d.kv, nil)
	if err == nil {
		err = d.addLabelIndex()
	}
	if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		return err
	}
	return nil
}

// QuadStore opens a Cayley quad store on the file (without bloom filters).
// A write that removed nodes makes earlier quad stores' value caches stale:
// open a fresh one then (Replace reports it).
func (d *DB) QuadStore() (cgraph.QuadStore, error) {
	return kv.New(d.kv, cgraph.Options{kv.OptNoBloom: true})
}

// Close closes the file.
func (d *DB) Close() error { return d.kv.Close() }

// Check refuses a file whose layout this package does not know: a
// meta/version other than LayoutVersion, or an index list it cannot read.
// A file without a meta bucket (not initialised) passes: Cayley reports it.
func (d *DB) Check() error {
	return d.db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil {
			return nil
		}
		v := meta.Get([]byte("version"))
		if len(v) != 8 {
			return fmt.Errorf("unknown store layout: meta/version is %d bytes, want 8 (Cayley's KV layout version %d)", len(v), LayoutVersion)
		}
		if n := binary.LittleEndian.Uint64(v); n != LayoutVersion {
			return fmt.Errorf("unknown store layout version %d: this kg reads and writes Cayley's KV layout version %d only", n, LayoutVersion)
		}
		indexes, err := readIndexes(tx)
		if err != nil {
			return err
		}
		for _, ind := range indexes {
			if len(ind.Dirs) == 0 || len(ind.Dirs) > len(quad.Directions) {
				return fmt.Errorf("unknown store layout: index %v", ind.Dirs)
			}
		}
		return nil
	})
}

// Indexes are the indexes of a Bolt store created by kg: Cayley's defaults
// plus one on the label, so that a document's quads are found without
// scanning the store.
var Indexes = append(append([]kv.QuadIndex{}, kv.DefaultQuadIndexes...),
	kv.QuadIndex{Dirs: []quad.Direction{quad.Label}})

// addLabelIndex records the label index in a freshly initialised store.
func (d *DB) addLabelIndex() error {
	data, err := json.Marshal(Indexes)
	if err != nil {
		return err
	}
	return d.db.Update(func(tx *bolt.Tx) error {
		m := tx.Bucket(bucketMeta)
		if m == nil {
			return fmt.Errorf("no meta bucket")
		}
		if _, err := tx.CreateBucketIfNotExists(indexBucket(Indexes[2])); err != nil {
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

func putID(buf []byte, id uint64) []byte {
	binary.BigEndian.PutUint64(buf, id)
	return buf[:8]
}

// ViewTx calls fn in a read transaction of the file, for buckets kept
// beside Cayley's layout (kg's entity index).
func (d *DB) ViewTx(fn func(tx *bolt.Tx) error) error { return d.db.View(fn) }
