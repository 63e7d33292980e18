package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph/internal/boltkv"
	"github.com/newskg/kg/graph/internal/nqfast"
	"github.com/newskg/kg/graph/internal/pgcopy"
)

// WriteStats tells what writing one document did.
type WriteStats struct {
	DocID    string
	DocIRI   quad.IRI
	Facts    int // distinct facts (statement nodes) of the document
	Entities int // entities described by the document
	Quads    int // quads of the document after the write
	Added    int // quads added to the store
	Removed  int // quads of an earlier version of the document removed
}

// batchQuads is how many new quads WriteMany and Import gather into one
// transaction.
var batchQuads = envInt("KG_BATCH_QUADS", 200_000)

// doc is one document converted to quads, ready to be written.
type doc struct {
	id       string
	iri      quad.IRI
	quads    []quad.Quad
	facts    int
	entities int
	// merge: quads joins the quads the store holds under the label instead
	// of replacing them (Import, a label that comes back after its batch
	// was written).
	merge bool
}

func (s *Store) prepare(r *extract.Result) (doc, error) {
	qs, err := ResultQuads(s.vocab, r)
	if err != nil {
		return doc{}, err
	}
	id := DocID(r.Doc)
	d := doc{id: id, iri: s.vocab.Doc(id), quads: qs}
	d.facts, d.entities = countModel(s.vocab, qs)
	return d, nil
}

func (s *Store) writable() error {
	if s.quads() == nil {
		return fmt.Errorf("store %s is closed", s.spec)
	}
	if s.ro {
		return fmt.Errorf("store %s is open read-only", s.spec)
	}
	return nil
}

// Write stores one document atomically (on error the store is unchanged) and
// idempotently (writing the same result twice changes nothing; a
// re-extracted document replaces that document's earlier quads).
func (s *Store) Write(ctx context.Context, r *extract.Result) (WriteStats, error) {
	if err := s.writable(); err != nil {
		return WriteStats{}, err
	}
	d, err := s.prepare(r)
	if err != nil {
		return WriteStats{}, err
	}
	st, err := s.writeDocs(ctx, []doc{d})
	if err != nil {
		return WriteStats{DocID: d.id, DocIRI: d.iri}, err
	}
	return st[0], nil
}

// WriteMany writes many documents in large transactions. Each document is
// written whole or not at all: one that fails conversion is reported in
// errs (at its index) and skipped. stats[i] belongs to rs[i].
func (s *Store) WriteMany(ctx context.Context, rs []*extract.Result) (stats []WriteStats, errs []error) {
	stats = make([]WriteStats, len(rs))
	errs = make([]error, len(rs))
	if err := s.writable(); err != nil {
		for i := range errs {
			errs[i] = err
		}
		return stats, errs
	}
	var (
		batch []doc
		index []int
		n     int
	)
	flush := func() {
		if len(batch) == 0 {
			return
		}
		st, err := s.writeDocs(ctx, batch)
		if err != nil {
			// Isolate the failure: write the batch's documents one by one.
			for j, d := range batch {
				st1, err1 := s.writeDocs(ctx, []doc{d})
				if err1 != nil {
					errs[index[j]] = err1
					stats[index[j]] = WriteStats{DocID: d.id, DocIRI: d.iri}
				} else {
					stats[index[j]] = st1[0]
				}
			}
		} else {
			for j := range batch {
				stats[index[j]] = st[j]
			}
		}
		batch, index, n = nil, nil, 0
	}
	inBatch := map[quad.IRI]bool{}
	preps := s.prepareAll(ctx, rs)
	for i := range rs {
		p := preps.get(i)
		if p.err != nil {
			errs[i] = p.err
			if rs[i] != nil {
				id := DocID(rs[i].Doc)
				stats[i] = WriteStats{DocID: id, DocIRI: s.vocab.Doc(id)}
			}
			continue
		}
		d := p.d
		// The same document twice in one batch: the later one wins.
		if inBatch[d.iri] {
			flush()
			inBatch = map[quad.IRI]bool{}
		}
		inBatch[d.iri] = true
		batch = append(batch, d)
		index = append(index, i)
		n += len(d.quads)
		if n >= batchQuads {
			flush()
			inBatch = map[quad.IRI]bool{}
		}
	}
	flush()
	return stats, errs
}

type prepared struct {
	d   doc
	err error
}

// preparer converts documents to quads on all cores, a bounded number of
// documents ahead of the writer.
type preparer struct {
	out    []chan prepared
	window chan struct{}
}

// prepareAll starts converting rs; get(i) returns the result for rs[i].
func (s *Store) prepareAll(ctx context.Context, rs []*extract.Result) *preparer {
	p := &preparer{out: make([]chan prepared, len(rs))}
	for i := range p.out {
		p.out[i] = make(chan prepared, 1)
	}
	workers := runtime.GOMAXPROCS(0)
	p.window = make(chan struct{}, 512) // about one write batch ahead
	go func() {
		sem := make(chan struct{}, workers)
		for i, r := range rs {
			select {
			case p.window <- struct{}{}:
			case <-ctx.Done():
				for _, c := range p.out[i:] {
					c <- prepared{err: ctx.Err()}
				}
				return
			}
			sem <- struct{}{}
			go func(i int, r *extract.Result) {
				defer func() { <-sem }()
				d, err := s.prepare(r)
				p.out[i] <- prepared{d, err}
			}(i, r)
		}
	}()
	return p
}

// get waits for the i-th result (each is taken once, in order).
func (p *preparer) get(i int) prepared {
	r := <-p.out[i]
	select {
	case <-p.window:
	default: // results sent after cancellation hold no slot
	}
	return r
}

// writeDocs replaces the quads of each document (distinct IRIs) by its new
// quads, all in one transaction.
func (s *Store) writeDocs(ctx context.Context, docs []doc) ([]WriteStats, error) {
	return s.writeDocsPrep(ctx, docs, nil)
}

// writeDocsPrep is writeDocs with, optionally, the docs' quads (in order)
// already prepared for the Bolt bulk path; it is used when no document had
// quads in the store, so that the quads to add are exactly those.
func (s *Store) writeDocsPrep(ctx context.Context, docs []doc, pre *boltkv.Prep) ([]WriteStats, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for attempt := 1; ; attempt++ {
		stats, err := s.writeDocsOnce(ctx, docs, pre)
		if err == nil || s.pg == nil || attempt == pgWriteAttempts || !isWriteConflict(err) {
			return stats, err
		}
		// Another process wrote some of these quads (or locked the same
		// nodes) at the same moment; the transaction was rolled back.
		// Diff again against what it committed.
		select {
		case <-ctx.Done():
			return nil, err
		case <-time.After(time.Duration(attempt*attempt) * 20 * time.Millisecond):
		}
	}
}

// pgWriteAttempts is how many times writeDocs tries a write that collides
// with another process's on PostgreSQL.
const pgWriteAttempts = 6

// isWriteConflict tells whether a PostgreSQL write failed because of a
// concurrent write: unique_violation (23505, quads another process added
// after the diff), deadlock_detected (40P01) or serialization_failure
// (40001). The transaction was rolled back; diffing again and retrying is
// safe.
func isWriteConflict(err error) bool {
	var st interface{ SQLState() string }
	if errors.As(err, &st) {
		switch st.SQLState() {
		case "23505", "40P01", "40001":
			return true
		}
	}
	return false
}

func (s *Store) writeDocsOnce(ctx context.Context, docs []doc, pre *boltkv.Prep) ([]WriteStats, error) {
	total := 0
	for _, d := range docs {
		total += len(d.quads)
	}
	add, del := make([]quad.Quad, 0, total), []quad.Quad(nil)
	stats := make([]WriteStats, len(docs))
	var ix *indexer
	var delta *indexDelta
	if s.factIndex {
		ix, delta = newIndexer(s.vocab), newIndexDelta()
	}
	for i, d := range docs {
		old, err := s.labelQuads(ctx, d.iri)
		if err != nil {
			return nil, fmt.Errorf("document %s: read its quads in store %s: %w", d.id, s.spec, err)
		}
		if len(old) > 0 {
			pre = nil // the quads to add are not all of the docs' quads
		}
		if d.merge && len(old) > 0 {
			d.quads = unionQuads(old, d.quads)
			d.facts, d.entities = countModel(s.vocab, d.quads)
		}
		a, r := diff(old, d.quads)
		add = append(add, a...)
		del = append(del, r...)
		if ix != nil && (len(a) > 0 || len(r) > 0) {
			if err := ix.docDelta(delta, old, d.quads); err != nil {
				return nil, fmt.Errorf("document %s: %w", d.id, err)
			}
		}
		stats[i] = WriteStats{DocID: d.id, DocIRI: d.iri, Facts: d.facts, Entities: d.entities,
			Quads: len(d.quads), Added: len(a), Removed: len(r)}
	}
	if ix != nil {
		if err := ix.quadsDelta(delta, add, del); err != nil {
			return nil, err
		}
	}
	if err := s.apply(add, del, pre, delta); err != nil {
		if len(docs) == 1 {
			return nil, fmt.Errorf("document %s: write to store %s: %w", docs[0].id, s.spec, err)
		}
		return nil, fmt.Errorf("write %d documents to store %s: %w", len(docs), s.spec, err)
	}
	return stats, nil
}

// diff returns the quads of new missing from old, and those of old missing
// from new. Writing only the difference never re-adds an existing quad, which
// keeps Cayley's KV node reference counts right (upstream issues #737, #945).
func diff(old, new []quad.Quad) (add, del []quad.Quad) {
	if len(old) == 0 {
		return new, nil
	}
	have := make(map[string]bool, len(old))
	for _, q := range old {
		have[nqfast.Key(q)] = true
	}
	want := make(map[string]bool, len(new))
	for _, q := range new {
		k := nqfast.Key(q)
		want[k] = true
		if !have[k] {
			add = append(add, q)
		}
	}
	for _, q := range old {
		if !want[nqfast.Key(q)] {
			del = append(del, q)
		}
	}
	return add, del
}

// unionQuads returns the quads of a and those of b missing from a.
func unionQuads(a, b []quad.Quad) []quad.Quad {
	have := make(map[string]bool, len(a))
	for _, q := range a {
		have[nqfast.Key(q)] = true
	}
	out := append(make([]quad.Quad, 0, len(a)+len(b)), a...)
	for _, q := range b {
		if k := nqfast.Key(q); !have[k] {
			have[k] = true
			out = append(out, q)
		}
	}
	return out
}

// apply adds and deletes quads in one transaction: a crash or an error
// leaves the store before or after the whole change. Quads to add must not
// be in the store (writeDocs diffs against it).
//
// On Bolt and PostgreSQL, the change goes through kg's own writer of
// Cayley's layout (graph/internal/boltkv, graph/internal/pgcopy); Cayley's KV
// ApplyDeltas cannot take both in one transaction: when a node loses more
// references than it gains, the added quad that uses it loses that
// direction. Memstore takes both in one ApplyDeltas.
//
// delta is the change of the entity index (nil when the store keeps none):
// the same transaction writes it.
func (s *Store) apply(add, del []quad.Quad, pre *boltkv.Prep, delta *indexDelta) error {
	if len(add) == 0 && len(del) == 0 {
		return nil
	}
	defer s.changed()
	opts := cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	switch {
	case s.bolt != nil:
		if pre == nil || pre.Len() != len(add) {
			pre = boltkv.Prepare(add)
		}
		var side func(*bolt.Tx) error
		if delta != nil {
			side = func(tx *bolt.Tx) error { return applyBoltIndex(tx, delta) }
		}
		removed, err := s.bolt.Replace(pre, del, side)
		if err != nil {
			return err
		}
		if removed {
			return s.refreshBolt()
		}
		return nil
	case s.pg != nil:
		var side func(context.Context, *sql.Tx) error
		if delta != nil {
			side = func(ctx context.Context, tx *sql.Tx) error { return applyPGIndex(ctx, tx, delta) }
		}
		if err := pgcopy.Replace(context.Background(), s.pg, add, del, side); err != nil {
			return err
		}
		// An empty ApplyDeltas resets Cayley's cached node and quad counts.
		return s.quads().ApplyDeltas(nil, opts)
	default:
		ds := make([]cgraph.Delta, 0, len(add)+len(del))
		ds = appendDeltas(ds, cgraph.Add, add)
		ds = appendDeltas(ds, cgraph.Delete, del)
		return s.quads().ApplyDeltas(ds, opts)
	}
}

// changed records a write: for this Store, and on PostgreSQL for every
// process reading the database (labelMark).
func (s *Store) changed() {
	s.gen.Add(1)
	if s.pgSeq {
		pgcopy.Bump(s.pg)
	}
}

func appendDeltas(ds []cgraph.Delta, a cgraph.Procedure, qs []quad.Quad) []cgraph.Delta {
	for _, q := range qs {
		ds = append(ds, cgraph.Delta{Action: a, Quad: q})
	}
	return ds
}

// Forget removes every quad that document docID (its id or IRI)
// contributed. Entities other documents describe stay. It returns the number
// of quads removed; an unknown document is an error.
func (s *Store) Forget(ctx context.Context, docID string) (removed int, err error) {
	if err := s.writable(); err != nil {
		return 0, err
	}
	iri := s.docIRI(docID)
	s.mu.Lock()
	defer s.mu.Unlock()
	old, err := s.labelQuads(ctx, iri)
	if err != nil {
		return 0, fmt.Errorf("forget %s: %w", docID, err)
	}
	if len(old) == 0 {
		return 0, fmt.Errorf("forget %s: no such document in store %s", docID, s.spec)
	}
	var delta *indexDelta
	if s.factIndex {
		ix := newIndexer(s.vocab)
		delta = newIndexDelta()
		if err := ix.docDelta(delta, old, nil); err != nil {
			return 0, fmt.Errorf("forget %s: %w", docID, err)
		}
		if err := ix.quadsDelta(delta, nil, old); err != nil {
			return 0, fmt.Errorf("forget %s: %w", docID, err)
		}
	}
	if err := s.apply(nil, old, nil, delta); err != nil {
		return 0, fmt.Errorf("forget %s: %w", docID, err)
	}
	return len(old), nil
}

// docIRI accepts a document id or a document IRI.
func (s *Store) docIRI(id string) quad.IRI {
	id = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(id), "<"), ">")
	if strings.HasPrefix(id, s.vocab.Base+"doc/") {
		return quad.IRI(id)
	}
	return s.vocab.Doc(id)
}
