package server

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// gate bounds how many requests of one kind run at once. Requests beyond
// that queue (first come, first served) for at most wait; when the queue
// itself is full, or the wait is over, the answer is 503 with Retry-After,
// so that a crowd of heavy requests cannot take every core and all the
// memory while light ones (search, healthz) stay fast.
type gate struct {
	name  string
	slots chan struct{}
	queue chan struct{} // tokens of the requests waiting
	wait  time.Duration
}

func newGate(name string, n, queued int, wait time.Duration) *gate {
	return &gate{name: name, slots: make(chan struct{}, max(1, n)), queue: make(chan struct{}, max(1, queued)), wait: wait}
}

// enter takes a slot, queueing at most g.wait; it returns the release
// function, or nil when the server is busy (the answer is written).
func (s *Server) enter(g *gate, w http.ResponseWriter, r *http.Request) func() {
	select {
	case g.slots <- struct{}{}:
		return func() { <-g.slots }
	default:
	}
	select {
	case g.queue <- struct{}{}:
	default:
		return s.busy(g, w, r, "the queue is full")
	}
	defer func() { <-g.queue }()
	t := time.NewTimer(g.wait)
	defer t.Stop()
	select {
	case g.slots <- struct{}{}:
		return func() { <-g.slots }
	case <-t.C:
		return s.busy(g, w, r, fmt.Sprintf("no turn within %v", g.wait))
	case <-r.Context().Done():
		if r.Context().Err() == context.Canceled {
			return nil // the client went away
		}
		return s.busy(g, w, r, "no turn before the time limit")
	}
}

// busy answers 503 with Retry-After and returns nil.
func (s *Server) busy(g *gate, w http.ResponseWriter, r *http.Request, why string) func() {
	retry := 2
	w.Header().Set("Retry-After", strconv.Itoa(retry))
	s.fail(w, r, http.StatusServiceUnavailable, fmt.Errorf("busy: %d %s running and %d waiting (%s); retry in %d s", cap(g.slots), g.name, len(g.queue), why, retry))
	return nil
}

// acquire takes a slot for work that no request waits on alone (an export
// shared by several), queueing at most g.wait; errBusy when the queue is
// full or the wait is over.
func (g *gate) acquire(ctx context.Context) (func(), error) {
	select {
	case g.slots <- struct{}{}:
		return func() { <-g.slots }, nil
	default:
	}
	select {
	case g.queue <- struct{}{}:
	default:
		return nil, fmt.Errorf("busy: %d %s running and %d waiting (the queue is full): %w", cap(g.slots), g.name, len(g.queue), errBusy)
	}
	defer func() { <-g.queue }()
	t := time.NewTimer(g.wait)
	defer t.Stop()
	select {
	case g.slots <- struct{}{}:
		return func() { <-g.slots }, nil
	case <-t.C:
		return nil, fmt.Errorf("busy: %d %s running and %d waiting (no turn within %v): %w", cap(g.slots), g.name, len(g.queue), g.wait, errBusy)
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
