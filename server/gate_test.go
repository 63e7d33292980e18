package server

import (
	"context"
	"errors"
	"runtime"
	"slices"
	"testing"
	"time"
)

// A full gate serves its queue cheapest first, first come first among
// equal costs (when the waiters come within a cost unit of each other); a
// full queue refuses at once, a waiter whose context ends leaves the queue,
// and every slot comes back.
func TestGateOrder(t *testing.T) {
	g := newGate("jobs", 1, 5, time.Hour, time.Hour)
	hold, err := g.acquire(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	order := make(chan int64, 5)
	for _, c := range []int64{50, 10, 30, 10, 20} {
		enqueue(t, g, c, order)
	}
	if _, err := g.acquire(context.Background(), 1); !errors.Is(err, errQueueFull) {
		t.Errorf("a sixth waiter with the queue full: %v, want errQueueFull", err)
	}
	hold()
	var got []int64
	for range 5 {
		got = append(got, <-order)
	}
	if want := []int64{10, 10, 20, 30, 50}; !slices.Equal(got, want) {
		t.Errorf("served %v, want %v", got, want)
	}
	hold, _ = g.acquire(context.Background(), 0)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { _, err := g.acquire(ctx, 0); done <- err }()
	for _, w := g.load(); w == 0; _, w = g.load() {
		runtime.Gosched()
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled waiter: %v", err)
	}
	hold()
	if r, w := g.load(); r != 0 || w != 0 {
		t.Errorf("after all: %d running, %d waiting", r, w)
	}
}

// A costly waiter is not passed for ever: those that come later than its
// cost × costUnit go after it; with costUnit 0 the order is arrival.
func TestGateAging(t *testing.T) {
	for _, c := range []struct {
		unit  time.Duration
		costs []int64 // one waiter a second
		want  []int64
	}{
		{time.Second, []int64{5, 1, 1, 1, 1, 1, 1}, []int64{1, 1, 1, 5, 1, 1, 1}},
		{0, []int64{5, 1, 3, 1}, []int64{5, 1, 3, 1}},
	} {
		g := newGate("jobs", 1, 10, time.Hour, c.unit)
		now := time.Duration(0)
		g.clock = func() time.Duration { return now }
		hold, err := g.acquire(context.Background(), 0)
		if err != nil {
			t.Fatal(err)
		}
		order := make(chan int64, len(c.costs))
		for _, cost := range c.costs {
			now += time.Second
			enqueue(t, g, cost, order)
		}
		hold()
		var got []int64
		for range c.costs {
			got = append(got, <-order)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("unit %v, costs %v: served %v, want %v", c.unit, c.costs, got, c.want)
		}
	}
}

// enqueue starts a waiter of the given cost on the full gate g, which
// sends its cost to order when served, and returns once it is queued.
func enqueue(t *testing.T, g *gate, cost int64, order chan<- int64) {
	_, waiting := g.load()
	go func() {
		release, err := g.acquire(context.Background(), cost)
		if err != nil {
			t.Error(err)
			return
		}
		order <- cost
		release()
	}()
	for _, w := g.load(); w == waiting; _, w = g.load() {
		runtime.Gosched()
	}
}
