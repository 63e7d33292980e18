package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// SchemaVersion is the version of the graph model this code writes. Stores
// written by a newer version are refused.
const SchemaVersion = 1

// DefaultSpec is the store opened when no spec is given: a Bolt store in the
// current directory.
const DefaultSpec = "./kg.db"

// Meta quads (schema version, base IRI) live in their own graph, labelled
// MetaLabel, outside every document. Exports skip them (IsMetaQuad).
var (
	MetaLabel         = quad.IRI("urn:newskg:meta")
	metaStore         = quad.IRI("urn:newskg:store")
	metaSchemaVersion = quad.IRI("urn:newskg:schemaVersion")
	metaBase          = quad.IRI("urn:newskg:base")
)

// IsMetaQuad reports whether q is one of the store's bookkeeping quads rather
// than part of the knowledge graph; exports skip such quads.
func IsMetaQuad(q quad.Quad) bool {
	l, ok := q.Label.(quad.IRI)
	return ok && l == MetaLabel
}

// Bolt tuning (see graph/PERFORMANCE.md).
var (
	// Bolt remaps its file as it grows, copying every dirty page of the
	// transaction each time; a large initial map (address space only) avoids it.
	boltMmapSize = envInt("KG_BOLT_MMAP", 1<<30)
)

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return n
	}
	return def
}

// BoltLockTimeout is how long Open waits for another process to release a
// Bolt store before giving up.
var BoltLockTimeout = 500 * time.Millisecond

// ErrStoreLocked is wrapped by the error Open returns when a Bolt store is
// held by another process.
var ErrStoreLocked = errors.New("store is locked by another process")

// Options configure Open.
type Options struct {
	// Base is the IRI base of the graph; empty means the base the store was
	// created with, or DefaultBase for a new store.
	Base string
	// ReadOnly opens the store without writing to it (Bolt: a shared lock).
	ReadOnly bool
}

// Store is a knowledge graph held in a Cayley quad store.
type Store struct {
	spec    string
	backend string // "bolt", "memstore", "postgres", "cockroach"
	qs      cgraph.QuadStore
	bolt    *bolt.DB // the Bolt file, for the bulk write path; nil for other backends
	pg      *sql.DB  // PostgreSQL, for its bulk write path; nil for other backends
	vocab   Vocab
	ro      bool
	mu      sync.Mutex    // serialises writers (diff against the store, then apply)
	gen     atomic.Uint64 // incremented by every write

	labelsMu sync.Mutex
	labels   *labelCache // for Resolve
}

// Open opens or creates the store named by spec: "" → "./kg.db"; a
// directory path → Bolt (created on first use); "mem:" → an in-memory
// store; "postgres://…" / "postgresql://…" → Cayley's SQL backend
// (PostgreSQL flavour); "cockroach://…" → its CockroachDB flavour.
func Open(ctx context.Context, spec string, opt Options) (*Store, error) {
	if spec == "" {
		spec = DefaultSpec
	}
	s := &Store{spec: spec, ro: opt.ReadOnly}
	var err error
	switch {
	case spec == "mem:":
		s.backend = "memstore"
		s.qs = memstore.New()
	case strings.HasPrefix(spec, "postgres://"), strings.HasPrefix(spec, "postgresql://"):
		s.backend = "postgres"
		s.qs, err = openSQL("postgres", spec, opt.ReadOnly)
		if err == nil && !opt.ReadOnly {
			if s.pg, err = sql.Open("postgres", spec); err == nil {
				// A label index, so that a document's quads are found
				// without scanning the table (Cayley creates none).
				_, err = s.pg.ExecContext(ctx, `CREATE INDEX IF NOT EXISTS kg_label_index ON quads (label_hash)`)
			}
			if err != nil {
				s.qs.Close()
				if s.pg != nil {
					s.pg.Close()
				}
				err = fmt.Errorf("open store %s: %w", redactDSN(spec), err)
			}
		}
	case strings.HasPrefix(spec, "cockroach://"):
		s.backend = "cockroach"
		s.qs, err = openSQL("cockroach", "postgres://"+strings.TrimPrefix(spec, "cockroach://"), opt.ReadOnly)
	default:
		if i := strings.Index(spec, "://"); i > 0 && !strings.ContainsAny(spec[:i], `/\.`) {
			return nil, fmt.Errorf("open store %q: unknown scheme %q (want a directory path for Bolt, mem:, postgres://, postgresql:// or cockroach://)", spec, spec[:i])
		}
		s.backend = "bolt"
		s.qs, s.bolt, err = openBolt(spec, opt.ReadOnly)
	}
	if err != nil {
		return nil, err
	}
	if err := s.initMeta(ctx, opt); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

func openSQL(flavor, dsn string, ro bool) (cgraph.QuadStore, error) {
	if !ro {
		if err := cgraph.InitQuadStore(flavor, dsn, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return nil, fmt.Errorf("create %s store %s: %w", flavor, redactDSN(dsn), err)
		}
	}
	qs, err := cgraph.NewQuadStore(flavor, dsn, nil)
	if err != nil {
		return nil, fmt.Errorf("open %s store %s: %w", flavor, redactDSN(dsn), err)
	}
	return qs, nil
}

// redactDSN hides a password in a connection string.
func redactDSN(dsn string) string {
	if i := strings.Index(dsn, "://"); i >= 0 {
		if j := strings.Index(dsn[i+3:], "@"); j >= 0 {
			cred := dsn[i+3 : i+3+j]
			if k := strings.Index(cred, ":"); k >= 0 {
				return dsn[:i+3] + cred[:k] + ":***" + dsn[i+3+j:]
			}
		}
	}
	return dsn
}

// openBolt opens (creating when missing) the Bolt store in directory dir,
// in the layout of Cayley's "bolt" backend (dir/indexes.bolt), with a lock
// timeout so that a store held by another process gives an error instead of
// blocking forever.
//
// The store is opened with Cayley's no_bloom option: the bloom filters
// would cost 2 s and 300 MB to rebuild at every open of a 1M-quad store, and
// they would go stale under the bulk write path (bulk.go).
func openBolt(dir string, ro bool) (cgraph.QuadStore, *bolt.DB, error) {
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		return nil, nil, fmt.Errorf("open store %s: it is a file; a Bolt store is a directory", dir)
	}
	file := filepath.Join(dir, "indexes.bolt")
	_, statErr := os.Stat(file)
	fresh := os.IsNotExist(statErr)
	if fresh {
		if ro {
			return nil, nil, fmt.Errorf("open store %s read-only: no store there (%s missing)", dir, file)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, nil, fmt.Errorf("create store %s: %w", dir, err)
		}
	}
	db, err := hbolt.Open(file, &bolt.Options{Timeout: BoltLockTimeout, ReadOnly: ro, InitialMmapSize: boltMmapSize})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, nil, fmt.Errorf("store %s is in use by another kg process (Bolt allows one writer); stop it, or use `kg serve` to share one store: %w", dir, ErrStoreLocked)
	} else if err != nil {
		return nil, nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	if !ro {
		err := kv.Init(db, nil)
		if err == nil {
			err = addLabelIndex(db.DB())
		}
		if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			db.Close()
			return nil, nil, fmt.Errorf("create store %s: %w", dir, err)
		}
	}
	qs, err := kv.New(db, cgraph.Options{kv.OptNoBloom: true})
	if err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	return qs, db.DB(), nil
}

// initMeta checks the store's schema version and base, writing them into a
// new store.
func (s *Store) initMeta(ctx context.Context, opt Options) error {
	meta, err := s.labelQuads(ctx, MetaLabel)
	if err != nil {
		return fmt.Errorf("store %s: read schema version: %w", s.spec, err)
	}
	version, base := 0, ""
	for _, q := range meta {
		switch q.Predicate {
		case metaSchemaVersion:
			n, err := strconv.Atoi(plainString(q.Object))
			if err != nil {
				return fmt.Errorf("store %s: bad schema version %q", s.spec, plainString(q.Object))
			}
			version = n
		case metaBase:
			base = plainString(q.Object)
		}
	}
	if version > SchemaVersion {
		return fmt.Errorf("store %s was written by schema version %d; this kg understands up to %d; upgrade kg", s.spec, version, SchemaVersion)
	}
	if version == 0 {
		it := s.qs.QuadsAllIterator().Iterate()
		nonEmpty := it.Next(ctx)
		err := it.Err()
		it.Close()
		if err != nil {
			return fmt.Errorf("store %s: %w", s.spec, err)
		}
		if nonEmpty {
			return fmt.Errorf("store %s holds quads but no kg schema version: not a kg store", s.spec)
		}
		s.vocab = NewVocab(opt.Base)
		if s.ro {
			return nil
		}
		return s.qs.ApplyDeltas([]cgraph.Delta{
			{Action: cgraph.Add, Quad: quad.Quad{Subject: metaStore, Predicate: metaSchemaVersion, Object: quad.TypedString{Value: quad.String(strconv.Itoa(SchemaVersion)), Type: XSDInteger}, Label: MetaLabel}},
			{Action: cgraph.Add, Quad: quad.Quad{Subject: metaStore, Predicate: metaBase, Object: quad.IRI(s.vocab.Base), Label: MetaLabel}},
		}, cgraph.IgnoreOpts{IgnoreDup: true})
	}
	s.vocab = NewVocab(base)
	if opt.Base != "" && NewVocab(opt.Base).Base != s.vocab.Base {
		return fmt.Errorf("store %s uses base IRI %s, not %s", s.spec, s.vocab.Base, NewVocab(opt.Base).Base)
	}
	return nil
}

// Close closes the store.
func (s *Store) Close() error {
	if s.qs == nil {
		return nil
	}
	err := s.qs.Close()
	s.qs = nil
	if s.pg != nil {
		if perr := s.pg.Close(); err == nil {
			err = perr
		}
		s.pg = nil
	}
	if err != nil {
		return fmt.Errorf("close store %s: %w", s.spec, err)
	}
	return nil
}

// QuadStore returns the underlying Cayley quad store, for queries and
// exports. It includes the meta quads (see IsMetaQuad).
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// Vocab returns the vocabulary (IRI base) of the store.
func (s *Store) Vocab() Vocab { return s.vocab }

// Spec returns the spec the store was opened with.
func (s *Store) Spec() string { return s.spec }

// Backend names the Cayley backend: "bolt", "memstore", "postgres" or "cockroach".
func (s *Store) Backend() string { return s.backend }

// labelQuads returns every quad whose label is l.
func (s *Store) labelQuads(ctx context.Context, l quad.Value) ([]quad.Quad, error) {
	ref, err := s.qs.ValueOf(l)
	if err != nil {
		return nil, err
	}
	if ref == nil {
		return nil, nil
	}
	it := s.qs.QuadIterator(quad.Label, ref).Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	return out, it.Err()
}
