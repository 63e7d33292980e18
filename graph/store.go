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

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/graph/internal/boltkv"
	"github.com/newskg/kg/graph/internal/pgcopy"
)

// SchemaVersion is the version of the store this code writes (see
// schemaWithIndex). Stores written by a newer version are refused; a store
// of an older version is upgraded when opened for writing.
const SchemaVersion = schemaWithIndex

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

// storeValueCache bounds the node values a Bolt Store keeps for its reads
// (about 100 bytes each).
var storeValueCache = envInt("KG_VALUE_CACHE", 1<<18)

// storeQuadCache bounds the quads a Bolt Store keeps from its reads until
// the next write (about 80 bytes each beside the values they share).
var storeQuadCache = envInt("KG_QUAD_CACHE", 1<<21)

// storeObjectsCache bounds the answers of Objects a Bolt Store keeps until
// the next write (a few values each).
var storeObjectsCache = envInt("KG_OBJECTS_CACHE", 1<<17)

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
	spec      string                       // as opened, password masked (redactDSN): for messages
	backend   string                       // "bolt", "memstore", "postgres", "cockroach"
	cur       atomic.Pointer[quadStoreRef] // the Cayley quad store (quads()); replaced when a Bolt write removes nodes
	bolt      *boltkv.DB                   // the Bolt file, for kg's writer and index reads; nil for other backends
	values    *valueCache                  // Bolt node values read by EachQuadWith
	quadsRead *quadCache                   // Bolt quads read by EachQuadWith, until the next write
	objects   *objectsCache                // Bolt answers of Objects (entity descriptions), until the next write
	pg        *sql.DB                      // PostgreSQL, for its bulk write path, counts and labelMark; nil for other backends
	pgSeq     bool                         // the database has the kg_changes sequence (see labelMark)
	vocab     Vocab
	ro        bool
	// factIndex: the store keeps the entity index (factindex.go).
	factIndex bool
	mu        sync.Mutex    // serialises writers (diff against the store, then apply)
	gen       atomic.Uint64 // incremented by every write

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
	s := &Store{spec: redactDSN(spec), ro: opt.ReadOnly}
	var err error
	switch {
	case spec == "mem:":
		s.backend = "memstore"
		s.setQuads(memstore.New())
	case strings.HasPrefix(spec, "postgres://"), strings.HasPrefix(spec, "postgresql://"):
		s.backend = "postgres"
		if err := s.openSQL(ctx, "postgres", spec, opt); err != nil {
			return nil, err
		}
		return s, nil
	case strings.HasPrefix(spec, "cockroach://"):
		s.backend = "cockroach"
		if err := s.openSQL(ctx, "cockroach", "postgres://"+strings.TrimPrefix(spec, "cockroach://"), opt); err != nil {
			return nil, err
		}
		return s, nil
	default:
		if i := strings.Index(spec, "://"); i > 0 && !strings.ContainsAny(spec[:i], `/\.`) {
			return nil, fmt.Errorf("open store %q: unknown scheme %q (want a directory path for Bolt, mem:, postgres://, postgresql:// or cockroach://)", spec, spec[:i])
		}
		s.backend = "bolt"
		var qs cgraph.QuadStore
		qs, s.bolt, err = openBolt(spec, opt.ReadOnly)
		s.setQuads(qs)
		s.values = newValueCache(storeValueCache)
		s.quadsRead = newQuadCache(storeQuadCache)
		s.objects = newObjectsCache(storeObjectsCache)
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

// openSQL opens Cayley's SQL backend (flavor "postgres" or "cockroach") at
// dsn and reads or, in a new writable store, writes the meta quads.
//
// A writable open creates Cayley's tables when they are missing (checking
// first, so that Cayley's Init does not log "database already exists" at
// every open) and, on PostgreSQL, kg's label index. Several kg processes may
// open one new database at once: on PostgreSQL the creation and the meta
// quads happen under an advisory lock; on CockroachDB (untested) a
// concurrent creation's "already exists" or duplicate-key error is taken as
// success once both tables are there.
func (s *Store) openSQL(ctx context.Context, flavor, dsn string, opt Options) (err error) {
	driver := "postgres"
	if flavor == "cockroach" {
		driver = "pgx" // as Cayley's cockroach backend
	}
	db, err := sql.Open(driver, dsn)
	if err != nil {
		return fmt.Errorf("open %s store %s: %w", flavor, redactDSN(dsn), err)
	}
	defer func() {
		if err != nil {
			if qs := s.quads(); qs != nil {
				qs.Close()
				s.setQuads(nil)
			}
			db.Close()
		}
	}()
	if opt.ReadOnly {
		if n, err := pgcopy.Tables(ctx, db); err != nil {
			return fmt.Errorf("open %s store %s: %w", flavor, redactDSN(dsn), err)
		} else if n < 2 {
			return fmt.Errorf("open %s store %s read-only: no kg store there (tables nodes and quads missing); a command that writes (kg ingest, kg import) creates it", flavor, redactDSN(dsn))
		}
	} else {
		conn, err := db.Conn(ctx)
		if err != nil {
			return fmt.Errorf("open %s store %s: %w", flavor, redactDSN(dsn), err)
		}
		defer conn.Close()
		if flavor == "postgres" {
			unlock, err := pgcopy.LockInit(ctx, conn)
			if err != nil {
				return fmt.Errorf("open %s store %s: lock for initialisation: %w", flavor, redactDSN(dsn), err)
			}
			defer unlock()
		}
		if err := pgcopy.CreateTables(ctx, conn, flavor, dsn); err != nil {
			return fmt.Errorf("create %s store %s: %w", flavor, redactDSN(dsn), err)
		}
		if flavor == "postgres" {
			err := pgcopy.AddKGSchema(ctx, conn)
			if err == nil {
				err = pgCreateIndexTables(ctx, conn)
			}
			if err != nil {
				return fmt.Errorf("create %s store %s: kg's index and sequence: %w", flavor, redactDSN(dsn), err)
			}
		}
	}
	if flavor == "postgres" {
		if s.pgSeq, err = pgcopy.HasSequence(ctx, db); err != nil {
			return fmt.Errorf("open %s store %s: %w", flavor, redactDSN(dsn), err)
		}
	}
	qs, err := cgraph.NewQuadStore(flavor, dsn, nil)
	if err != nil {
		return fmt.Errorf("open %s store %s: %w", flavor, redactDSN(dsn), err)
	}
	s.setQuads(qs)
	if flavor == "postgres" {
		s.pg = db // for the bulk write path, the entity index and Stats
	} else {
		defer db.Close()
	}
	return s.initMeta(ctx, opt)
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
// blocking forever. A store whose layout kg does not know is refused.
//
// The store is opened with Cayley's no_bloom option: the bloom filters
// would cost 2 s and 300 MB to rebuild at every open of a 1M-quad store, and
// they would go stale under kg's writer (graph/internal/boltkv).
func openBolt(dir string, ro bool) (cgraph.QuadStore, *boltkv.DB, error) {
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
	db, err := boltkv.Open(file, boltkv.Options{ReadOnly: ro, LockTimeout: BoltLockTimeout, MmapSize: boltMmapSize})
	if errors.Is(err, boltkv.ErrLocked) {
		return nil, nil, fmt.Errorf("store %s is in use by another kg process (Bolt allows one writer); stop it, or use `kg serve` to share one store: %w", dir, ErrStoreLocked)
	} else if err != nil {
		return nil, nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	if !ro {
		if err := db.Init(); err != nil {
			db.Close()
			return nil, nil, fmt.Errorf("create store %s: %w", dir, err)
		}
	}
	if err := db.Check(); err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	qs, err := db.QuadStore()
	if err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	return qs, db, nil
}

// initMeta checks the store's schema version and base, writing them into a
// new store.
func (s *Store) initMeta(ctx context.Context, opt Options) error {
	meta, err := s.metaQuads(ctx)
	if err != nil {
		return fmt.Errorf("store %s: read schema version: %w", s.spec, err)
	}
	version, base := 0, ""
	for _, q := range meta {
		switch q.Predicate {
		case metaSchemaVersion:
			n, err := strconv.Atoi(Text(q.Object))
			if err != nil {
				return fmt.Errorf("store %s: bad schema version %q", s.spec, Text(q.Object))
			}
			version = n
		case metaBase:
			base = Text(q.Object)
		}
	}
	if version > SchemaVersion {
		return fmt.Errorf("store %s was written by schema version %d; this kg understands up to %d; upgrade kg", s.spec, version, SchemaVersion)
	}
	if version == 0 {
		if err := s.initIndex(ctx, SchemaVersion); err != nil {
			return err
		}
		it := s.quads().QuadsAllIterator().Iterate()
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
		return s.quads().ApplyDeltas([]cgraph.Delta{
			{Action: cgraph.Add, Quad: quad.Quad{Subject: metaStore, Predicate: metaSchemaVersion, Object: quad.TypedString{Value: quad.String(strconv.Itoa(SchemaVersion)), Type: XSDInteger}, Label: MetaLabel}},
			{Action: cgraph.Add, Quad: quad.Quad{Subject: metaStore, Predicate: metaBase, Object: quad.IRI(s.vocab.Base), Label: MetaLabel}},
		}, cgraph.IgnoreOpts{IgnoreDup: true})
	}
	s.vocab = NewVocab(base)
	if opt.Base != "" && NewVocab(opt.Base).Base != s.vocab.Base {
		return fmt.Errorf("store %s uses base IRI %s, not %s", s.spec, s.vocab.Base, NewVocab(opt.Base).Base)
	}
	if version < SchemaVersion && !s.ro {
		for _, q := range meta {
			if q.Predicate == metaSchemaVersion {
				if err := s.upgradeSchema(ctx, q); err != nil {
					return err
				}
			}
		}
		version = SchemaVersion
	}
	return s.initIndex(ctx, version)
}

// initIndex decides whether reads go through the entity index: a Bolt or
// PostgreSQL store of a version that keeps it (on PostgreSQL, with its
// tables there).
func (s *Store) initIndex(ctx context.Context, version int) error {
	s.factIndex = false
	if version < schemaWithIndex || !s.indexable() {
		return nil
	}
	if s.pg != nil {
		ok, err := pgHasIndexTables(ctx, s.pg)
		if err != nil {
			return fmt.Errorf("store %s: %w", s.spec, err)
		}
		if !ok {
			return nil // a new store opened read-only: nothing to read anyway
		}
	}
	s.factIndex = true
	return nil
}

// Close closes the store.
func (s *Store) Close() error {
	qs := s.quads()
	if qs == nil {
		return nil
	}
	err := qs.Close()
	s.setQuads(nil)
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

// quadStoreRef holds the current Cayley quad store of a Store.
type quadStoreRef struct{ cgraph.QuadStore }

// quads returns the current Cayley quad store (nil once closed).
func (s *Store) quads() cgraph.QuadStore {
	if r := s.cur.Load(); r != nil {
		return r.QuadStore
	}
	return nil
}

func (s *Store) setQuads(qs cgraph.QuadStore) {
	if qs == nil {
		s.cur.Store(nil)
		return
	}
	s.cur.Store(&quadStoreRef{qs})
}

// refreshBolt replaces the Bolt quad store by a fresh one on the same file
// after a write removed nodes: Cayley's quad store caches IRI → node id, and
// a node removed behind its back (boltkv's Replace) would otherwise keep its
// stale id in that cache. Readers that took the old quad store finish with
// it; it is not closed, as it shares the file.
func (s *Store) refreshBolt() error {
	qs, err := s.bolt.QuadStore()
	if err != nil {
		return fmt.Errorf("reopen store %s after a write: %w", s.spec, err)
	}
	s.setQuads(qs)
	return nil
}

// Vocab returns the vocabulary (IRI base) of the store.
func (s *Store) Vocab() Vocab { return s.vocab }

// Spec returns the spec the store was opened with, for display: a password
// in a connection string is masked ("postgres://kg:***@host/db"), as in
// every error message of the store.
func (s *Store) Spec() string { return s.spec }

// Backend names the Cayley backend: "bolt", "memstore", "postgres" or "cockroach".
func (s *Store) Backend() string { return s.backend }

// labelQuads returns every quad whose label is l.
func (s *Store) labelQuads(ctx context.Context, l quad.Value) ([]quad.Quad, error) {
	return s.quadsWith(ctx, quad.Label, l, nil)
}

// metaQuads returns the store's meta quads. All have the subject metaStore,
// so the subject index finds them on every backend, also in Bolt stores
// without kg's label index (made by Cayley), where looking them up by label
// would scan the whole store.
func (s *Store) metaQuads(ctx context.Context) ([]quad.Quad, error) {
	return s.quadsWith(ctx, quad.Subject, metaStore, IsMetaQuad)
}

// quadsWith returns the quads whose direction d holds v, through the index
// of d, keeping only those keep accepts (all of them when keep is nil).
func (s *Store) quadsWith(ctx context.Context, d quad.Direction, v quad.Value, keep func(quad.Quad) bool) ([]quad.Quad, error) {
	ref, err := s.quads().ValueOf(v)
	if err != nil || ref == nil {
		return nil, err
	}
	it := s.quads().QuadIterator(d, ref).Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q, err := s.quads().Quad(it.Result())
		if err != nil {
			return nil, err
		}
		if keep == nil || keep(q) {
			out = append(out, q)
		}
	}
	return out, it.Err()
}
