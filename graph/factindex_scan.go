package graph

import (
	"bytes"
	"context"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/graph/internal/nqfast"
)

// scanIndex computes the index keys of one entity at a time from its quads
// (memstore, cockroach, a store without the index opened read-only): the
// same keys as the stored index (TestEntityIndexMatchesScan), at the cost
// of every quad of the entity.
type scanIndex struct {
	ctx  context.Context
	s    *Store
	x    *indexer
	keys map[string]*entityKeys // entity key prefix → its keys
}

// entityKeys are one entity's keys of each family, sorted.
type entityKeys struct {
	facts, edges sliceKeys
	err          error
}

type sliceKeys struct {
	keys [][]byte
	ns   []int64
}

func newScanIndex(ctx context.Context, s *Store) *scanIndex {
	return &scanIndex{ctx: ctx, s: s, x: newIndexer(s.vocab), keys: map[string]*entityKeys{}}
}

func (r *scanIndex) iter(f byte, from, to []byte) keyIter {
	ks, err := r.entityOf(from)
	if err != nil {
		return &errIter{err}
	}
	sk := ks.facts
	if f == famEdges {
		sk = ks.edges
	}
	i := sort.Search(len(sk.keys), func(i int) bool { return bytes.Compare(sk.keys[i], from) >= 0 })
	j := sort.Search(len(sk.keys), func(i int) bool { return bytes.Compare(sk.keys[i], to) >= 0 })
	if j < i {
		j = i
	}
	return &sliceIter{keys: sk.keys[i:j], ns: sk.ns[i:j]}
}

func (r *scanIndex) count(f byte, key []byte) (int64, error) {
	it := r.iter(f, key, append(bytes.Clone(key), 0))
	_, n, _ := it.next()
	return n, it.err()
}

// entityOf returns the keys of the entity whose prefix starts key.
func (r *scanIndex) entityOf(key []byte) (*entityKeys, error) {
	e, _, err := decPart(key)
	if err != nil {
		return nil, err
	}
	if ks, ok := r.keys[e]; ok {
		return ks, ks.err
	}
	ks := &entityKeys{}
	ks.facts, ks.edges, ks.err = r.compute(quad.IRI(e))
	r.keys[e] = ks
	return ks, ks.err
}

// compute derives entity e's keys from its quads: its edges from the
// quads it is the subject or object of, its facts from the statements
// naming it, each read under the label of the quad that names it.
func (r *scanIndex) compute(e quad.IRI) (facts, edges sliceKeys, err error) {
	d := newIndexDelta()
	seen := map[string]bool{}
	type stLabel struct {
		st    quad.IRI
		label quad.Value
	}
	var named []stLabel
	visit := func(q quad.Quad) error {
		k := nqfast.Key(q)
		if seen[k] {
			return nil // a quad e P e: met once
		}
		seen[k] = true
		if p := q.Predicate; (p == r.x.subj || p == r.x.obj) && q.Object == e {
			if st, ok := q.Subject.(quad.IRI); ok {
				named = append(named, stLabel{st, q.Label})
			}
		}
		return r.x.edges(d, q, +1)
	}
	for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
		qs, err := r.s.quadsWith(r.ctx, dir, e, nil)
		if err != nil {
			return facts, edges, err
		}
		for _, q := range qs {
			if err := visit(q); err != nil {
				return facts, edges, err
			}
		}
	}
	stQuads := map[quad.IRI][]quad.Quad{}
	done := map[stLabel]bool{}
	for _, n := range named {
		if done[n] {
			continue
		}
		done[n] = true
		all, ok := stQuads[n.st]
		if !ok {
			if all, err = r.s.quadsWith(r.ctx, quad.Subject, n.st, nil); err != nil {
				return facts, edges, err
			}
			stQuads[n.st] = all
		}
		var mine []quad.Quad
		for _, q := range all {
			if q.Label == n.label {
				mine = append(mine, q)
			}
		}
		if err := r.x.facts(d, mine, +1); err != nil {
			return facts, edges, err
		}
	}
	prefix := entityKeyPrefix(e)
	return sortedFamily(d.facts, prefix), sortedFamily(d.edges, prefix), nil
}

// sortedFamily returns the keys of m under prefix with a positive count,
// sorted.
func sortedFamily(m map[string]int64, prefix []byte) sliceKeys {
	var out sliceKeys
	var keys []string
	for k, n := range m {
		if n > 0 && bytes.HasPrefix([]byte(k), prefix) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		out.keys = append(out.keys, []byte(k))
		out.ns = append(out.ns, m[k])
	}
	return out
}

type errIter struct{ e error }

func (it *errIter) next() ([]byte, int64, bool) { return nil, 0, false }
func (it *errIter) err() error                  { return it.e }
