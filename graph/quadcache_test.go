package graph

import (
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"
)

// The cache answers only at the generation its answers were read at, drops
// reads begun before a write, and starts over when full.
func TestQuadCacheGenerations(t *testing.T) {
	a, b := quad.IRI("a"), quad.IRI("b")
	qs := func(n int) []quad.Quad { return make([]quad.Quad, n) }
	c := newQuadCache(64)
	c.put(1, quadCacheKey{quad.Subject, a}, qs(2))
	if got, ok := c.get(1, quadCacheKey{quad.Subject, a}); !ok || len(got) != 2 {
		t.Fatalf("same generation: %d quads, %v", len(got), ok)
	}
	if _, ok := c.get(1, quadCacheKey{quad.Object, a}); ok {
		t.Fatal("another direction answered")
	}
	if _, ok := c.get(2, quadCacheKey{quad.Subject, a}); ok {
		t.Fatal("answered after a write")
	}
	c.put(2, quadCacheKey{quad.Subject, b}, qs(1))
	c.put(1, quadCacheKey{quad.Subject, a}, qs(2)) // a read begun before the write
	if _, ok := c.get(2, quadCacheKey{quad.Subject, a}); ok {
		t.Fatal("kept a read begun before the write")
	}
	c.put(2, quadCacheKey{quad.Subject, a}, qs(5)) // more than max/16: not kept
	if _, ok := c.get(2, quadCacheKey{quad.Subject, a}); ok {
		t.Fatal("kept an answer over its size limit")
	}
	for i := range 20 {
		c.put(2, quadCacheKey{quad.Object, quad.Int(i)}, qs(4))
	}
	if c.n > c.max {
		t.Fatalf("holds %d quads, limit %d", c.n, c.max)
	}
}

// EachQuadWith and Objects on Bolt see every write of the same Store: the
// answers they keep in memory are not served after a write, a forget or a
// write again.
func TestEachQuadWithSeesWrites(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "kg.db"), Options{})
	iri := quad.IRI(s.Vocab().Entity(putin().Key))
	count := func() int {
		t.Helper()
		n := 0
		if err := s.EachQuadWith(ctx, quad.Subject, iri, func(quad.Quad) error { n++; return nil }); err != nil {
			t.Fatal(err)
		}
		return n
	}
	labels := func() int { return len(s.Objects(ctx, iri, RDFSLabel, 0)) }
	if n, l := count(), labels(); n != 0 || l != 0 {
		t.Fatalf("empty store: %d quads, %d labels", n, l)
	}
	mustWrite(t, s, meetingDoc())
	if l := labels(); l == 0 || labels() != l {
		t.Fatalf("after a write: %d labels, then %d", l, labels())
	}
	one := count()
	if one == 0 || count() != one {
		t.Fatalf("after a write: %d quads, then %d", one, count())
	}
	mustWrite(t, s, visitDoc())
	two := count()
	if two <= one {
		t.Fatalf("after a second document: %d quads, was %d", two, one)
	}
	if _, err := s.Forget(ctx, visitDoc().Doc.ID); err != nil {
		t.Fatal(err)
	}
	if n := count(); n != one {
		t.Fatalf("after forget: %d quads, want %d", n, one)
	}
	if _, err := s.Forget(ctx, meetingDoc().Doc.ID); err != nil {
		t.Fatal(err)
	}
	if n, l := count(), labels(); n != 0 || l != 0 {
		t.Fatalf("after forgetting both: %d quads, %d labels", n, l)
	}
}
