package queries

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/internal/cputime"
)

// A backtracking regular expression is stopped with the script: after the
// time limit the process does not keep a core busy.
func TestGizmoRegexpBombStops(t *testing.T) {
	qs := memStore(t)
	bomb := `var s = ""; for (var i = 0; i < 40; i++) { s += "a"; } s += "!";
	while (true) { /^(a+)+(?=b)/.test(s); }`
	start := time.Now()
	_, err := Gizmo(context.Background(), qs, bomb, Options{Timeout: 300 * time.Millisecond})
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("err %v, want a timeout", err)
	}
	t.Logf("returned after %v", time.Since(start))
	// Give a match in flight the regexp engine's own limit to end, then
	// measure: the process must be (nearly) idle.
	time.Sleep(RegexpTimeout + 200*time.Millisecond)
	c0 := cputime.Now()
	time.Sleep(time.Second)
	if used := cputime.Now() - c0; used > 300*time.Millisecond {
		t.Errorf("the process used %v of CPU in the second after the script stopped: it still runs", used)
	}
}

// A script that allocates without bound is stopped by its memory budget.
func TestGizmoMemoryBudget(t *testing.T) {
	qs := memStore(t)
	hog := `var keep = []; while (true) { keep.push(new Uint8Array(16 << 20)); }`
	_, err := Gizmo(context.Background(), qs, hog, Options{Timeout: 20 * time.Second, MemoryBudget: 256 << 20})
	if !errors.Is(err, ErrMemory) {
		t.Fatalf("err %v, want the memory budget", err)
	}
	// An ordinary script under the same budget runs.
	out, err := Gizmo(context.Background(), qs, `g.Emit(1 + 1)`, Options{MemoryBudget: 256 << 20})
	if err != nil || len(out) != 1 {
		t.Fatalf("ordinary script: %v %v", out, err)
	}
}

// memStore opens an empty store in memory for the test.
func memStore(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), "mem:", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
