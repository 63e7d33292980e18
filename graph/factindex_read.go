package graph

import (
	"bytes"
	"context"
	"fmt"
	"slices"

	"github.com/cayleygraph/quad"
)

// Reading the entity index (factindex.go): pages of an entity's facts in
// the order (date, statement, side) and of its distinct edges in the order
// (direction, predicate, far value), each from a position, so that a page
// costs its own length whatever the entity's degree.

// indexReader reads the keys of the index within one view of the store.
type indexReader interface {
	// iter iterates over the keys of family f in [from, to), in order.
	iter(f byte, from, to []byte) keyIter
	// count returns the count of one key (0 when absent).
	count(f byte, key []byte) (int64, error)
}

// keyIter is an iteration over index keys. The key is valid until the
// next call.
type keyIter interface {
	next() (key []byte, n int64, ok bool)
	err() error
}

// viewIndex calls fn with a reader of the index: the stored index when the
// store keeps one, else keys computed on demand from the quads of the
// entities asked about.
func (s *Store) viewIndex(ctx context.Context, fn func(r indexReader) error) error {
	switch {
	case s.factIndex && s.bolt != nil:
		return s.viewBoltIndex(fn)
	case s.factIndex && s.pg != nil:
		return fn(&pgIndexReader{ctx: ctx, db: s.pg})
	}
	return fn(newScanIndex(ctx, s))
}

// HasEntityIndex tells whether the store keeps the entity index (Bolt and
// PostgreSQL stores of schema version 2). Without it, EachFact and
// EachEdge compute an entity's keys from all its quads at each call.
func (s *Store) HasEntityIndex() bool { return s.factIndex }

// FactRef is one fact of an entity as the entity index orders them.
type FactRef struct {
	Entity quad.IRI
	// Side is quad.Subject or quad.Object: where Entity stands.
	Side      quad.Direction
	Predicate quad.Value
	// Date is the statement's date ("" when undated).
	Date      string
	Statement quad.IRI
	// Pos is this fact's position: EachFact from Pos goes on after it.
	Pos FactPos
}

// FactPos is a position in the facts of an entity (opaque bytes; nil is
// the start). The order is the same for every entity, so a position taken
// from one entity's facts applies to another's.
type FactPos []byte

// PastStatement returns the position after every side of p's statement.
func (p FactPos) PastStatement() FactPos {
	if len(p) == 0 {
		return p
	}
	q := bytes.Clone(p)
	q[len(q)-1] = 0xFF
	return q
}

// EachFact calls fn with the facts of entity e whose predicate is one of
// preds (every predicate when preds is empty), after position after, in
// the order (date, undated last; statement; subject side first), until fn
// returns false. fn runs inside a read of the index: it should only
// collect.
func (s *Store) EachFact(ctx context.Context, e quad.IRI, preds []quad.Value, after FactPos, fn func(FactRef) bool) error {
	err := s.viewIndex(ctx, func(r indexReader) error {
		return eachFact(r, e, preds, after, fn)
	})
	if err != nil {
		return fmt.Errorf("facts of %s in store %s: %w", e, s.spec, err)
	}
	return nil
}

// factGroup is the keys of one predicate of an entity's facts.
type factGroup struct {
	prefix []byte // entity and predicate components
	pred   quad.Value
	it     keyIter
	key    []byte // current key (copied), nil when done
	n      int64
}

func (g *factGroup) advance() error {
	k, n, ok := g.it.next()
	if !ok {
		g.key = nil
		return g.it.err()
	}
	g.key, g.n = append(g.key[:0], k...), n
	return nil
}

func eachFact(r indexReader, e quad.IRI, preds []quad.Value, after FactPos, fn func(FactRef) bool) error {
	groups, err := factGroups(r, e, preds)
	if err != nil {
		return err
	}
	for _, g := range groups {
		from := append(bytes.Clone(g.prefix), after...)
		if len(after) > 0 {
			from = append(from, 0) // strictly after
		}
		g.it = r.iter(famFacts, from, partEnd(g.prefix))
		if err := g.advance(); err != nil {
			return err
		}
	}
	for {
		var best *factGroup
		for _, g := range groups {
			if g.key != nil && (best == nil || bytes.Compare(g.key[len(g.prefix):], best.key[len(best.prefix):]) < 0) {
				best = g
			}
		}
		if best == nil {
			return nil
		}
		ref, err := decodeFact(e, best.pred, best.key[len(best.prefix):])
		if err != nil {
			return err
		}
		if !fn(ref) {
			return nil
		}
		if err := best.advance(); err != nil {
			return err
		}
	}
}

// factGroups returns the predicate groups of e's facts: those of preds,
// or every predicate e's facts have (found by seeking past each).
func factGroups(r indexReader, e quad.IRI, preds []quad.Value) ([]*factGroup, error) {
	prefix := entityKeyPrefix(e)
	var groups []*factGroup
	if len(preds) > 0 {
		seen := map[string]bool{}
		for _, p := range preds {
			gp, err := encValue(bytes.Clone(prefix), p)
			if err != nil {
				return nil, err
			}
			if !seen[string(gp)] {
				seen[string(gp)] = true
				groups = append(groups, &factGroup{prefix: gp, pred: p})
			}
		}
		return groups, nil
	}
	end := partEnd(prefix)
	for from := prefix; ; {
		it := r.iter(famFacts, from, end)
		k, _, ok := it.next()
		if !ok {
			return groups, it.err()
		}
		p, rest, err := decValue(k[len(prefix):])
		if err != nil {
			return nil, err
		}
		gp := bytes.Clone(k[:len(k)-len(rest)])
		groups = append(groups, &factGroup{prefix: gp, pred: p})
		from = partEnd(gp)
	}
}

// decodeFact reads the date, statement and side of a fact key's suffix.
func decodeFact(e quad.IRI, pred quad.Value, suffix []byte) (FactRef, error) {
	date, rest, err := decPart(suffix)
	if err != nil {
		return FactRef{}, err
	}
	st, rest, err := decPart(rest)
	if err != nil {
		return FactRef{}, err
	}
	if len(rest) != 1 || (rest[0] != sideSubject && rest[0] != sideObject) {
		return FactRef{}, fmt.Errorf("index key: bad side in fact of %s", e)
	}
	if date == undatedKey {
		date = ""
	}
	side := quad.Subject
	if rest[0] == sideObject {
		side = quad.Object
	}
	return FactRef{Entity: e, Side: side, Predicate: pred, Date: date, Statement: quad.IRI(st), Pos: FactPos(bytes.Clone(suffix))}, nil
}

// EdgeRef is one distinct edge of an entity: Entity Predicate Far when Out,
// Far Predicate Entity otherwise.
type EdgeRef struct {
	Entity    quad.IRI
	Out       bool
	Predicate quad.Value
	Far       quad.Value
	// Quads is how many quads (one per document) give the edge.
	Quads int64
	// Pos is this edge's position: EachEdge from Pos goes on after it.
	Pos EdgePos
}

// EdgePos is a position in the edges of an entity (nil: the start).
type EdgePos []byte

// EachEdge calls fn with the distinct edges of entity e in one direction
// (out: e is the subject, any predicate, descriptions included; in: e is
// the object of a direct edge), whose predicate is one of preds (all when
// empty), after position after, ordered by predicate then far value (IRIs
// first), until fn returns false.
func (s *Store) EachEdge(ctx context.Context, e quad.IRI, out bool, preds []quad.Value, after EdgePos, fn func(EdgeRef) bool) error {
	err := s.viewIndex(ctx, func(r indexReader) error {
		return eachEdge(r, e, out, preds, after, fn)
	})
	if err != nil {
		return fmt.Errorf("edges of %s in store %s: %w", e, s.spec, err)
	}
	return nil
}

func eachEdge(r indexReader, e quad.IRI, out bool, preds []quad.Value, after EdgePos, fn func(EdgeRef) bool) error {
	dir := dirIn
	if out {
		dir = dirOut
	}
	base := append(entityKeyPrefix(e), dir)
	type span struct{ from, to []byte }
	var spans []span
	if len(preds) == 0 {
		spans = append(spans, span{base, append(bytes.Clone(base[:len(base)-1]), dir+1)})
	} else {
		for _, p := range preds {
			gp, err := encValue(bytes.Clone(base), p)
			if err != nil {
				return err
			}
			spans = append(spans, span{gp, partEnd(gp)})
		}
		slices.SortFunc(spans, func(a, b span) int { return bytes.Compare(a.from, b.from) })
		spans = slices.CompactFunc(spans, func(a, b span) bool { return bytes.Equal(a.from, b.from) })
	}
	var pos []byte
	if len(after) > 0 {
		pos = append(append(bytes.Clone(base[:len(base)-1]), after...), 0) // strictly after
	}
	for _, sp := range spans {
		from := sp.from
		if pos != nil {
			if bytes.Compare(pos, sp.to) >= 0 {
				continue
			}
			if bytes.Compare(pos, from) > 0 {
				from = pos
			}
		}
		it := r.iter(famEdges, from, sp.to)
		for {
			k, n, ok := it.next()
			if !ok {
				if err := it.err(); err != nil {
					return err
				}
				break
			}
			ref, err := decodeEdge(e, out, k[len(base):])
			if err != nil {
				return err
			}
			ref.Quads = n
			ref.Pos = EdgePos(bytes.Clone(k[len(base)-1:]))
			if !fn(ref) {
				return nil
			}
		}
	}
	return nil
}

func decodeEdge(e quad.IRI, out bool, suffix []byte) (EdgeRef, error) {
	p, rest, err := decValue(suffix)
	if err != nil {
		return EdgeRef{}, err
	}
	far, rest, err := decValue(rest)
	if err != nil {
		return EdgeRef{}, err
	}
	if len(rest) != 0 {
		return EdgeRef{}, fmt.Errorf("index key: trailing bytes in an edge of %s", e)
	}
	return EdgeRef{Entity: e, Out: out, Predicate: p, Far: far}, nil
}

// HasEdge tells whether the store holds a quad e pred far (out) or far
// pred e (in, a direct edge).
func (s *Store) HasEdge(ctx context.Context, e quad.IRI, out bool, pred, far quad.Value) (bool, error) {
	dir := dirIn
	if out {
		dir = dirOut
	}
	k, err := edgeIndexKey(e, dir, pred, far)
	if err != nil {
		return false, err
	}
	var n int64
	err = s.viewIndex(ctx, func(r indexReader) error {
		var err error
		n, err = r.count(famEdges, k)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("edge of %s in store %s: %w", e, s.spec, err)
	}
	return n > 0, nil
}
