package graph

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Node is a value as the store's backend knows it, for traversals that
// visit many nodes: cheap to compare (Key) and to follow (Walker.Edges),
// resolved to its value only on demand (Walker.Value).
type Node struct{ ref cgraph.Ref }

// Key identifies the node within one Walker (a map key).
func (n Node) Key() any { return n.ref.Key() }

// Walker follows edges over one state of the store (the Cayley quad store
// current when it was made: a Bolt write that removes nodes opens a new
// one, and a walk never mixes the two).
type Walker struct{ qs cgraph.QuadStore }

// Walker returns a walker over the store as it is now.
func (s *Store) Walker() *Walker { return &Walker{qs: s.quads()} }

// Node looks v up; ok is false when the store does not hold it.
func (w *Walker) Node(v quad.Value) (n Node, ok bool, err error) {
	ref, err := w.qs.ValueOf(v)
	if err != nil || ref == nil {
		return Node{}, false, err
	}
	return Node{ref}, true, nil
}

// Edges calls fn with the predicate and the far end of every quad whose
// direction dir (quad.Subject or quad.Object) is n and whose predicate
// keep accepts (every quad when keep is nil); the far end is the object
// when dir is the subject, else the subject. Quads that cannot be read are
// passed over. fn's error stops the walk and is returned.
func (w *Walker) Edges(ctx context.Context, n Node, dir quad.Direction, keep func(pred Node) bool, fn func(pred, far Node) error) error {
	far := quad.Object
	if dir == quad.Object {
		far = quad.Subject
	}
	it := w.qs.QuadIterator(dir, n.ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q := it.Result()
		p, err := w.qs.QuadDirection(q, quad.Predicate)
		if err != nil || p == nil || keep != nil && !keep(Node{p}) {
			continue
		}
		o, err := w.qs.QuadDirection(q, far)
		if err != nil || o == nil {
			continue
		}
		if err := fn(Node{p}, Node{o}); err != nil {
			return err
		}
	}
	return it.Err()
}

// Value resolves a node to its value.
func (w *Walker) Value(n Node) (quad.Value, error) { return w.qs.NameOf(n.ref) }

// Degree is the number of quads whose direction dir is n, as the backend
// sizes its index (exact on Bolt and memstore).
func (w *Walker) Degree(ctx context.Context, n Node, dir quad.Direction) (int64, error) {
	sz, err := w.qs.QuadIteratorSize(ctx, dir, n.ref)
	return sz.Value, err
}
