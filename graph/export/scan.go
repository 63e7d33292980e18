package export

import (
	"context"

	"github.com/cayleygraph/quad"
)

// scan calls fn with every quad of the store but the meta quads, within the
// document filter.
func (s *source) scan(ctx context.Context, fn func(q quad.Quad) error) error {
	return s.st.EachQuad(ctx, func(q quad.Quad) error {
		if s.doc != nil && q.Label != s.doc {
			return nil
		}
		return fn(q)
	})
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
