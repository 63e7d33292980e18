package graph

import (
	"context"

	"github.com/cayleygraph/quad"
)

// EachQuadWith calls fn with every quad whose direction d holds v (through
// the index of d), until fn returns an error.
func (s *Store) EachQuadWith(ctx context.Context, d quad.Direction, v quad.Value, fn func(q quad.Quad) error) error {
	qs := s.quads()
	ref, err := qs.ValueOf(v)
	if err != nil || ref == nil {
		return err
	}
	it := qs.QuadIterator(d, ref).Iterate()
	defer it.Close()
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
