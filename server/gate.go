package server

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// gate bounds how many requests of one kind run at once. A request waits a
// short while for a slot; beyond that it is answered 503 with Retry-After,
// so that a crowd of heavy requests cannot take every core and all the
// memory while light ones (search, healthz) stay fast.
type gate struct {
	name  string
	slots chan struct{}
	wait  time.Duration
}

func newGate(name string, n int, wait time.Duration) *gate {
	return &gate{name: name, slots: make(chan struct{}, max(1, n)), wait: wait}
}

// enter takes a slot, waiting at most g.wait; it returns the release
// function, or nil when the server is busy (the answer is written).
func (s *Server) enter(g *gate, w http.ResponseWriter, r *http.Request) func() {
	select {
	case g.slots <- struct{}{}:
		return func() { <-g.slots }
	default:
	}
	t := time.NewTimer(g.wait)
	defer t.Stop()
	select {
	case g.slots <- struct{}{}:
		return func() { <-g.slots }
	case <-t.C:
	case <-r.Context().Done():
		if r.Context().Err() == context.Canceled {
			return nil // the client went away
		}
	}
	retry := max(1, int(g.wait/time.Second))
	w.Header().Set("Retry-After", strconv.Itoa(retry))
	s.fail(w, r, http.StatusServiceUnavailable, fmt.Errorf("busy: %d %s already running; retry in %d s", cap(g.slots), g.name, retry))
	return nil
}
