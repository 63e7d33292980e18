package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/graph/internal/boltkv"
)

// EachQuad calls fn with every quad of the knowledge graph (the store's
// meta quads excluded), in the store's order, until fn returns an error.
// On Bolt the values are resolved in batches, several times faster than
// one at a time.
func (s *Store) EachQuad(ctx context.Context, fn func(q quad.Quad) error) error {
	qs := s.quads()
	if qs == nil {
		return errors.New("store is closed")
	}
	keep := func(q quad.Quad) error {
		if IsMetaQuad(q) {
			return nil
		}
		return fn(q)
	}
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	if bn, ok := qs.(*kv.QuadStore); ok {
		// A cache of its own: a whole scan would only push the shared
		// cache's values out.
		if err := scanBatched(ctx, bn, it, newValueCache(valueCacheSize), keep); err != nil {
			return err
		}
	} else {
		for it.Next(ctx) {
			q, err := qs.Quad(it.Result())
			if err != nil {
				return fmt.Errorf("read quad: %w", err)
			}
			if err := keep(q); err != nil {
				return err
			}
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("read quads: %w", err)
	}
	return ctx.Err()
}

// Batched reads: quads are resolved scanBatch at a time, their values
// looked up in one call per batch and cached (up to valueCacheSize values,
// then the cache starts over, so memory stays bounded).
const (
	scanBatch      = 4096
	valueCacheSize = 1 << 17
)

// scanBatched reads quads through a store's batch value lookup (Cayley's
// key-value stores: Bolt, LevelDB), several times faster than one
// transaction per quad; values already in cache are not read again.
func scanBatched(ctx context.Context, qs *kv.QuadStore, it iterator.Scanner, cache *valueCache, fn func(q quad.Quad) error) error {
	batch := make([]cgraph.Ref, 0, 64) // grows with the batches
	dirIDs := make([][4]uint64, 0, 64)
	var ids []uint64
	var vals []quad.Value
	got := map[uint64]quad.Value{}
	flush := func() error {
		dirIDs, ids = dirIDs[:0], ids[:0]
		clear(got)
		for _, r := range batch {
			var d [4]uint64
			for i, dir := range quad.Directions {
				vr, err := qs.QuadDirection(r, dir)
				if err != nil {
					return fmt.Errorf("read quad: %w", err)
				}
				if vr == nil {
					continue
				}
				iv, ok := vr.(kv.Int64Value)
				if !ok {
					return fmt.Errorf("read quad: unexpected value reference %T", vr)
				}
				d[i] = uint64(iv)
				if _, ok := got[d[i]]; !ok {
					got[d[i]] = nil
					ids = append(ids, d[i])
				}
			}
			dirIDs = append(dirIDs, d)
		}
		vals = append(vals[:0], make([]quad.Value, len(ids))...)
		if missing := cache.lookup(ids, vals); len(missing) > 0 {
			need := make([]cgraph.Ref, len(missing))
			for j, i := range missing {
				need[j] = kv.Int64Value(ids[i])
			}
			read, err := qs.ValuesOf(ctx, need)
			if err != nil {
				return fmt.Errorf("read values: %w", err)
			}
			mids := make([]uint64, len(missing))
			for j, i := range missing {
				vals[i], mids[j] = read[j], ids[i]
			}
			cache.add(mids, read)
		}
		for i, id := range ids {
			got[id] = vals[i]
		}
		for _, d := range dirIDs {
			var q quad.Quad
			for i, dir := range quad.Directions {
				if d[i] != 0 {
					q.Set(dir, got[d[i]])
				}
			}
			if q.Subject == nil || q.Predicate == nil || q.Object == nil {
				continue // a quad whose values are gone
			}
			if err := fn(q); err != nil {
				return err
			}
		}
		batch = batch[:0]
		return nil
	}
	// The first batches are small, so that the first quads come at once.
	size := 64
	for it.Next(ctx) {
		batch = append(batch, it.Result())
		if len(batch) == size {
			if err := flush(); err != nil {
				return err
			}
			size = min(2*size, scanBatch)
		}
	}
	return flush()
}

// EachQuadWith calls fn with every quad whose direction d holds v (through
// the index of d), until fn returns an error.
func (s *Store) EachQuadWith(ctx context.Context, d quad.Direction, v quad.Value, fn func(q quad.Quad) error) error {
	if s.bolt != nil {
		gen := s.gen.Load()
		quads, ok := s.quadsRead.get(gen, quadCacheKey{d, v})
		if !ok {
			var err error
			if quads, ok, err = s.boltQuadsWith(d, v); err != nil {
				return err
			}
			if ok {
				s.quadsRead.put(gen, quadCacheKey{d, v}, quads)
			}
		}
		if ok {
			for _, q := range quads {
				if err := fn(q); err != nil {
					return err
				}
			}
			return ctx.Err()
		}
	}
	qs := s.quads()
	ref, err := qs.ValueOf(v)
	if err != nil || ref == nil {
		return err
	}
	it := qs.QuadIterator(d, ref).Iterate()
	defer it.Close()
	if bn, ok := qs.(*kv.QuadStore); ok && s.values != nil {
		// Values through the Store's cache: the labels, predicates and
		// documents that every entity's quads repeat are read once.
		if err := scanBatched(ctx, bn, it, s.values, fn); err != nil {
			return err
		}
		return it.Err()
	}
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			return err
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return it.Err()
}

// Objects returns the objects of the quads (subject, pred, ?), at most max
// of them (all when max ≤ 0), as a Cayley path Out(pred) finds them; on a
// store with the entity index, the distinct objects of an entity from it
// (a page of them, whatever the entity's degree). Errors of the read give
// fewer values.
func (s *Store) Objects(ctx context.Context, subject quad.Value, pred quad.IRI, max int) []quad.Value {
	if e, ok := subject.(quad.IRI); ok && s.factIndex && strings.HasPrefix(string(e), s.vocab.Base+"entity/") {
		gen, k := s.gen.Load(), objectsKey{e, pred, max}
		if s.objects != nil {
			if out, ok := s.objects.get(gen, k); ok {
				return slices.Clone(out)
			}
		}
		var out []quad.Value
		err := s.EachEdge(ctx, e, true, []quad.Value{pred}, nil, func(r EdgeRef) bool {
			out = append(out, r.Far)
			return max <= 0 || len(out) < max
		})
		if err == nil && s.objects != nil {
			s.objects.put(gen, k, slices.Clone(out))
		}
		return out
	}
	qs := s.quads()
	p := path.StartPath(qs, subject).Out(pred).Iterate(ctx)
	if max > 0 {
		p = p.Limit(max)
	}
	out, _ := p.AllValues(qs)
	return out
}

// Subjects returns the IRI subjects of the quads (?, pred, obj), in the
// order of the object's index, at most max of them (all when max ≤ 0).
// On Bolt they are read from the keys of the (object, predicate, subject)
// index, each subject once. Errors of the read give fewer subjects.
func (s *Store) Subjects(ctx context.Context, pred quad.IRI, obj quad.Value, max int) []quad.IRI {
	if s.bolt != nil {
		var out []quad.IRI
		done := false
		stop := errors.New("enough")
		s.bolt.View(func(r *boltkv.IndexReader) error {
			if r == nil {
				return nil
			}
			done = true
			return r.Subjects(pred, obj, false, nil, func(sub quad.Value, _ []quad.Value) error {
				if iri, ok := sub.(quad.IRI); ok {
					out = append(out, iri)
					if max > 0 && len(out) >= max {
						return stop
					}
				}
				return nil
			})
		})
		if done {
			return out
		}
	}
	qs := s.quads()
	ref, err := qs.ValueOf(obj)
	if err != nil || ref == nil {
		return nil
	}
	pref, err := qs.ValueOf(pred)
	if err != nil || pref == nil {
		return nil
	}
	it := qs.QuadIterator(quad.Object, ref).Iterate()
	defer it.Close()
	var out []quad.IRI
	for it.Next(ctx) {
		q := it.Result()
		p, err := qs.QuadDirection(q, quad.Predicate)
		if err != nil || p == nil || p.Key() != pref.Key() {
			continue
		}
		fr, err := qs.QuadDirection(q, quad.Subject)
		if err != nil || fr == nil {
			continue
		}
		fv, err := qs.NameOf(fr)
		if err != nil {
			continue
		}
		if iri, ok := fv.(quad.IRI); ok {
			out = append(out, iri)
			if max > 0 && len(out) >= max {
				break
			}
		}
	}
	return out
}

// boltQuadsWith reads the quads whose direction d holds v straight from
// the Bolt file (the keys of an index starting with d, then the log), in
// one read transaction, their values through the Store's cache; ok is
// false when the file has no index for d. The quads are returned, not
// handed out inside the transaction: a caller may read again meanwhile.
func (s *Store) boltQuadsWith(d quad.Direction, v quad.Value) ([]quad.Quad, bool, error) {
	var out []quad.Quad
	found := false
	err := s.bolt.View(func(r *boltkv.IndexReader) error {
		if r == nil {
			return nil
		}
		var ids [][4]uint64
		ok, err := r.QuadsWith(d, v, func(q [4]uint64) error {
			ids = append(ids, q)
			return nil
		})
		if err != nil || !ok {
			return err
		}
		found = true
		seen := map[uint64]bool{}
		var want []uint64
		for _, q := range ids {
			for _, id := range q {
				if id != 0 && !seen[id] {
					seen[id] = true
					want = append(want, id)
				}
			}
		}
		vals := make([]quad.Value, len(want))
		missing := s.values.lookup(want, vals)
		if len(missing) > 0 {
			mids := make([]uint64, len(missing))
			mvals := make([]quad.Value, len(missing))
			for j, i := range missing {
				if vals[i], err = r.Value(want[i]); err != nil {
					return err
				}
				mids[j], mvals[j] = want[i], vals[i]
			}
			s.values.add(mids, mvals)
		}
		byID := make(map[uint64]quad.Value, len(want))
		for i, id := range want {
			byID[id] = vals[i]
		}
		out = make([]quad.Quad, 0, len(ids))
		for _, q := range ids {
			out = append(out, quad.Quad{Subject: byID[q[0]], Predicate: byID[q[1]], Object: byID[q[2]], Label: byID[q[3]]})
		}
		return nil
	})
	return out, found, err
}
