package graph

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/graph/internal/boltkv"
	"github.com/newskg/kg/graph/internal/pgcopy"
)

// Schema versions: 1 is Cayley's layout and kg's meta quads; 2 adds the
// entity index (factindex.go) on Bolt and PostgreSQL, which every writer of
// version 2 keeps. A kg that knows only version 1 refuses a store of
// version 2 (it would write without keeping the index).
const schemaWithIndex = 2

// indexable tells whether the store's backend keeps the entity index.
func (s *Store) indexable() bool { return s.bolt != nil || s.pg != nil }

// buildIndex computes the whole index of the store from its quads: the
// edges of every quad, the facts of every document's statements.
func (s *Store) buildIndex(ctx context.Context) (*indexDelta, error) {
	x := newIndexer(s.vocab)
	d := newIndexDelta()
	byLabel := map[quad.Value][]quad.Quad{}
	err := s.eachQuad(ctx, func(q quad.Quad) error {
		if p, ok := q.Predicate.(quad.IRI); ok && x.factProps[p] {
			byLabel[q.Label] = append(byLabel[q.Label], q)
		}
		return x.edges(d, q, +1)
	})
	if err != nil {
		return nil, fmt.Errorf("build the entity index of store %s: %w", s.spec, err)
	}
	for _, qs := range byLabel {
		if err := x.facts(d, qs, +1); err != nil {
			return nil, fmt.Errorf("build the entity index of store %s: %w", s.spec, err)
		}
	}
	return d, nil
}

// upgradeSchema brings a writable store of an older schema version to
// SchemaVersion: on Bolt and PostgreSQL it builds the entity index and
// writes it, with the new version quad, in one transaction (a crash leaves
// the store at the old version, without index).
func (s *Store) upgradeSchema(ctx context.Context, old quad.Quad) error {
	now := old
	now.Object = quad.TypedString{Value: quad.String(strconv.Itoa(SchemaVersion)), Type: XSDInteger}
	add, del := []quad.Quad{now}, []quad.Quad{old}
	switch {
	case s.bolt != nil:
		d, err := s.buildIndex(ctx)
		if err != nil {
			return err
		}
		removed, err := s.bolt.Replace(boltkv.Prepare(add), del, func(tx *bolt.Tx) error {
			for _, b := range [][]byte{boltFactsBucket, boltEdgesBucket} {
				if err := tx.DeleteBucket(b); err != nil && err != bolt.ErrBucketNotFound {
					return err
				}
			}
			return applyBoltIndex(tx, d)
		})
		if err != nil {
			return fmt.Errorf("store %s: write the entity index: %w", s.spec, err)
		}
		if removed {
			return s.refreshBolt()
		}
		return nil
	case s.pg != nil:
		d, err := s.buildIndex(ctx)
		if err != nil {
			return err
		}
		err = pgcopy.Replace(ctx, s.pg, add, del, func(ctx context.Context, tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, `DELETE FROM kg_facts; DELETE FROM kg_edges`); err != nil {
				return err
			}
			return applyPGIndex(ctx, tx, d)
		})
		if err != nil {
			return fmt.Errorf("store %s: write the entity index: %w", s.spec, err)
		}
		return s.quads().ApplyDeltas(nil, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
	}
	return s.quads().ApplyDeltas([]cgraph.Delta{{Action: cgraph.Delete, Quad: old}, {Action: cgraph.Add, Quad: now}},
		cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
}
