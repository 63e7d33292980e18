package graph

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
)

// userViewOf returns qs as ad-hoc scripts should see it: g.V() without
// arguments lists the nodes of the knowledge graph, not the store's
// bookkeeping nodes (its schema version and base IRI, the quads IsMetaQuad
// tells apart) — those stay reachable by name. Everything else is qs
// itself, its index optimisations included.
func userViewOf(ctx context.Context, qs cgraph.QuadStore) cgraph.QuadStore {
	hidden := metaOnlyNodes(ctx, qs)
	if len(hidden) == 0 {
		return qs
	}
	return &userView{QuadStore: qs, hidden: hidden}
}

// metaOnlyNodes returns the nodes that appear in meta quads only.
func metaOnlyNodes(ctx context.Context, qs cgraph.QuadStore) []refs.Ref {
	meta, err := qs.ValueOf(MetaLabel)
	if err != nil || meta == nil {
		return nil
	}
	candidates := map[any]refs.Ref{meta.Key(): meta}
	it := qs.QuadIterator(quad.Label, meta).Iterate()
	for it.Next(ctx) {
		for _, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object} {
			if r, err := qs.QuadDirection(it.Result(), d); err == nil && r != nil {
				candidates[r.Key()] = r
			}
		}
	}
	it.Close()
	var out []refs.Ref
	for _, r := range candidates {
		if !usedOutsideMeta(ctx, qs, r, meta) {
			out = append(out, r)
		}
	}
	return out
}

// usedOutsideMeta reports whether node r is part of a quad not labelled meta.
func usedOutsideMeta(ctx context.Context, qs cgraph.QuadStore, r, meta refs.Ref) bool {
	for _, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label} {
		it := qs.QuadIterator(d, r).Iterate()
		for it.Next(ctx) {
			if l, err := qs.QuadDirection(it.Result(), quad.Label); err != nil || l == nil || l.Key() != meta.Key() {
				it.Close()
				return true
			}
		}
		it.Close()
	}
	return false
}

// userView hides nodes from NodesAllIterator and forwards the optional
// interfaces Cayley looks for (shape optimisation, batch naming).
type userView struct {
	cgraph.QuadStore
	hidden []refs.Ref
}

func (v *userView) NodesAllIterator() iterator.Shape {
	return iterator.NewNot(iterator.NewFixed(v.hidden...), v.QuadStore.NodesAllIterator())
}

// OptimizeShape lets the underlying store optimise (index scans on Bolt);
// the shapes it makes are built on the underlying store.
func (v *userView) OptimizeShape(ctx context.Context, s shape.Shape) (shape.Shape, bool) {
	if o, ok := v.QuadStore.(shape.Optimizer); ok {
		if ns, done := o.OptimizeShape(ctx, s); done {
			return onStore{Shape: ns, qs: v.QuadStore}, true
		}
	}
	return s, false
}

// onStore is a shape the underlying store optimised: it builds its
// iterator on that store, whatever store it is given.
type onStore struct {
	shape.Shape
	qs cgraph.QuadStore
}

func (s onStore) BuildIterator(cgraph.QuadStore) iterator.Shape { return s.Shape.BuildIterator(s.qs) }

func (s onStore) Optimize(ctx context.Context, r shape.Optimizer) (shape.Shape, bool) {
	return s, false
}

// ValuesOf names refs in one batch where the store can.
func (v *userView) ValuesOf(ctx context.Context, vals []refs.Ref) ([]quad.Value, error) {
	return refs.ValuesOf(ctx, v.QuadStore, vals)
}

// RefsOf finds the refs of values in one batch where the store can.
func (v *userView) RefsOf(ctx context.Context, nodes []quad.Value) ([]refs.Ref, error) {
	return refs.RefsOf(ctx, v.QuadStore, nodes)
}
