package server

import (
	"container/heap"
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// gate bounds how many requests of one kind run at once. Requests beyond
// that queue for at most wait; when the queue itself is full, or the wait
// is over, the answer is 503 with Retry-After, so that a crowd of heavy
// requests cannot take every core and all the memory while light ones
// (search, healthz) stay fast. The queue is served by arrival time plus
// cost × costUnit (a cost the caller estimates): under a crowd of exports,
// a small neighbourhood does not wait behind a hub's, and a hub's waits
// for those that came less than its cost's worth of time after it, not for
// ever. With costUnit 0 the queue is first come, first served.
type gate struct {
	name     string
	max      int
	maxQueue int
	wait     time.Duration
	costUnit time.Duration
	clock    func() time.Duration // time since the gate was made (tests replace it)

	mu      sync.Mutex
	running int
	queue   waiters
	seq     uint64
}

func newGate(name string, n, queued int, wait, costUnit time.Duration) *gate {
	start := time.Now()
	return &gate{name: name, max: max(1, n), maxQueue: max(1, queued), wait: wait, costUnit: costUnit,
		clock: func() time.Duration { return time.Since(start) }}
}

// waiter is a request queued at a gate.
type waiter struct {
	key     time.Duration // arrival + cost × costUnit: the queue's order
	seq     uint64
	ready   chan struct{} // closed when the waiter is given a slot
	granted bool
	index   int
}

// waiters is a heap of waiters, smallest key (then earliest) first.
type waiters []*waiter

func (q waiters) Len() int { return len(q) }
func (q waiters) Less(i, j int) bool {
	if q[i].key != q[j].key {
		return q[i].key < q[j].key
	}
	return q[i].seq < q[j].seq
}
func (q waiters) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index, q[j].index = i, j
}
func (q *waiters) Push(x any) {
	w := x.(*waiter)
	w.index = len(*q)
	*q = append(*q, w)
}
func (q *waiters) Pop() any {
	old := *q
	w := old[len(old)-1]
	*q = old[:len(old)-1]
	return w
}

// errQueueFull and errNoTurn say why a gate refused (both wrap errBusy).
var (
	errQueueFull = fmt.Errorf("the queue is full: %w", errBusy)
	errNoTurn    = fmt.Errorf("no turn in time: %w", errBusy)
)

// acquire takes a slot, queueing at most g.wait behind work of a smaller
// key (arrival + cost × costUnit); it returns the release function, or
// errQueueFull, errNoTurn or ctx's error.
func (g *gate) acquire(ctx context.Context, cost int64) (func(), error) {
	g.mu.Lock()
	if g.running < g.max {
		g.running++
		g.mu.Unlock()
		return g.release, nil
	}
	if len(g.queue) >= g.maxQueue {
		g.mu.Unlock()
		return nil, errQueueFull
	}
	g.seq++
	w := &waiter{key: g.clock() + time.Duration(cost)*g.costUnit, seq: g.seq, ready: make(chan struct{})}
	heap.Push(&g.queue, w)
	g.mu.Unlock()
	t := time.NewTimer(g.wait)
	defer t.Stop()
	var err error
	select {
	case <-w.ready:
		return g.release, nil
	case <-t.C:
		err = errNoTurn
	case <-ctx.Done():
		err = ctx.Err()
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if w.granted { // given a slot just as the wait ended: keep it
		return g.release, nil
	}
	heap.Remove(&g.queue, w.index)
	return nil, err
}

// release hands the slot to the first waiter, or frees it.
func (g *gate) release() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.queue) > 0 {
		w := heap.Pop(&g.queue).(*waiter)
		w.granted = true
		close(w.ready)
		return
	}
	g.running--
}

// load is how many run and wait, for messages.
func (g *gate) load() (running, waiting int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.running, len(g.queue)
}

// enter takes a slot for request r at no particular cost (first come, first
// served); it returns the release function, or nil when the server is busy
// or the client gone (the answer, if any, is written).
func (s *Server) enter(g *gate, w http.ResponseWriter, r *http.Request) func() {
	release, err := g.acquire(r.Context(), 0)
	switch {
	case err == nil:
		return release
	case errors.Is(err, errQueueFull):
		return s.busy(g, w, r, "the queue is full")
	case errors.Is(err, errNoTurn):
		return s.busy(g, w, r, fmt.Sprintf("no turn within %v", g.wait))
	case errors.Is(err, context.Canceled):
		return nil // the client went away
	}
	return s.busy(g, w, r, "no turn before the time limit")
}

// busy answers 503 with Retry-After and returns nil.
func (s *Server) busy(g *gate, w http.ResponseWriter, r *http.Request, why string) func() {
	retry := 2
	running, waiting := g.load()
	w.Header().Set("Retry-After", strconv.Itoa(retry))
	s.fail(w, r, http.StatusServiceUnavailable, fmt.Errorf("busy: %d %s running and %d waiting (%s); retry in %d s", running, g.name, waiting, why, retry))
	return nil
}
