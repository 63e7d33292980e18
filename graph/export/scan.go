package export

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/graph"
)

// scan calls fn with every quad of the store but the meta quads, within the
// document filter.
func (s *source) scan(ctx context.Context, fn func(q quad.Quad) error) error {
	keep := func(q quad.Quad) error {
		if graph.IsMetaQuad(q) || (s.doc != nil && q.Label != s.doc) {
			return nil
		}
		return fn(q)
	}
	it := s.qs.QuadsAllIterator().Iterate()
	defer it.Close()
	if bn, ok := s.qs.(*kv.QuadStore); ok {
		if err := s.scanBatched(ctx, it, bn, keep); err != nil {
			return err
		}
	} else {
		for it.Next(ctx) {
			q, err := s.qs.Quad(it.Result())
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
// transaction per quad.
func (s *source) scanBatched(ctx context.Context, it iterator.Scanner, bn *kv.QuadStore, fn func(q quad.Quad) error) error {
	cache := make(map[uint64]quad.Value, 1024)
	batch := make([]cgraph.Ref, 0, scanBatch)
	dirRefs := make([][4]cgraph.Ref, 0, scanBatch)
	var need []cgraph.Ref
	flush := func() error {
		if len(cache) > valueCacheSize {
			clear(cache)
		}
		dirRefs, need = dirRefs[:0], need[:0]
		pending := map[uint64]bool{}
		for _, r := range batch {
			var d [4]cgraph.Ref
			for i, dir := range quad.Directions {
				vr, err := s.qs.QuadDirection(r, dir)
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
				d[i] = vr
				k := uint64(iv)
				if _, ok := cache[k]; !ok && !pending[k] {
					pending[k] = true
					need = append(need, vr)
				}
			}
			dirRefs = append(dirRefs, d)
		}
		if len(need) > 0 {
			vals, err := bn.ValuesOf(ctx, need)
			if err != nil {
				return fmt.Errorf("read values: %w", err)
			}
			for i, r := range need {
				cache[uint64(r.(kv.Int64Value))] = vals[i]
			}
		}
		for _, d := range dirRefs {
			var q quad.Quad
			for i, dir := range quad.Directions {
				if d[i] != nil {
					q.Set(dir, cache[uint64(d[i].(kv.Int64Value))])
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
	for it.Next(ctx) {
		batch = append(batch, it.Result())
		if len(batch) == scanBatch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

// eachAsync is each with the store read on another goroutine, so reading
// and encoding overlap on two cores. At most a few batches are in flight.
func (s *source) eachAsync(ctx context.Context, fn func(q quad.Quad) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	const size = 1024
	ch := make(chan []quad.Quad, 4)
	errc := make(chan error, 1)
	go func() {
		defer close(ch)
		buf := make([]quad.Quad, 0, size)
		send := func() error {
			select {
			case ch <- buf:
				buf = make([]quad.Quad, 0, size)
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		err := s.each(ctx, func(q quad.Quad) error {
			buf = append(buf, q)
			if len(buf) == size {
				return send()
			}
			return nil
		})
		if err == nil && len(buf) > 0 {
			err = send()
		}
		errc <- err
	}()
	for batch := range ch {
		for _, q := range batch {
			if err := fn(q); err != nil {
				cancel()
				for range ch {
				}
				<-errc
				return err
			}
		}
	}
	return <-errc
}
