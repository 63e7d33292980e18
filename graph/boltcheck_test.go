package graph

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
)

// checkBoltLayout checks the invariants Cayley relies on in a Bolt store
// (boltkv's Verify).
func checkBoltLayout(t *testing.T, s *Store) {
	t.Helper()
	if err := s.bolt.Verify(); err != nil {
		t.Fatalf("Bolt layout: %v", err)
	}
}

// A document replaced in one transaction (nodes gained, lost and shared)
// leaves the layout consistent, and a node removed and written again is
// found by the same Store: its quad store does not keep the removed node's
// old id in its value cache.
func TestReplaceLayoutAndNodeCache(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "kg.db"), Options{})
	mustWrite(t, s, meetingDoc())
	mustWrite(t, s, visitDoc())
	checkBoltLayout(t, s)

	// A new version of the meeting document that drops most of its quads
	// (nodes lose more references than the new quads give them).
	smaller := meetingDoc()
	smaller.Facts = smaller.Facts[:1]
	smaller.Facts[0].Evidence = "a different sentence"
	mustWrite(t, s, smaller)
	checkBoltLayout(t, s)

	// Look the visit document's entity up (fills Cayley's value cache),
	// forget the only document that has it, then write it again: the node
	// comes back under a new id.
	visit := visitDoc()
	var only extract.Entity
	for _, e := range visit.Entities {
		if e.Key != putin().Key {
			only = e
		}
	}
	iri := s.Vocab().Entity(only.Key)
	if qs, err := s.quadsWith(ctx, quad.Subject, iri, nil); err != nil || len(qs) == 0 {
		t.Fatalf("before forget: %d quads about %s, %v", len(qs), iri, err)
	}
	if _, err := s.Forget(ctx, visit.Doc.ID); err != nil {
		t.Fatal(err)
	}
	checkBoltLayout(t, s)
	if qs, err := s.quadsWith(ctx, quad.Subject, iri, nil); err != nil || len(qs) != 0 {
		t.Fatalf("after forget: %d quads about %s, %v", len(qs), iri, err)
	}
	mustWrite(t, s, visit)
	checkBoltLayout(t, s)
	qs, err := s.quadsWith(ctx, quad.Subject, iri, nil)
	if err != nil || len(qs) == 0 {
		t.Fatalf("written again: %d quads about %s, %v (a stale node id in the value cache?)", len(qs), iri, err)
	}
	if got, want := dump(t, s, false), dumpOf(t, smaller, visit); !bytes.Equal([]byte(got), []byte(want)) {
		t.Fatalf("store:\n%s\nwant:\n%s", got, want)
	}
}

// dumpOf writes rs into a fresh memstore and dumps it.
func dumpOf(t *testing.T, rs ...*extract.Result) string {
	t.Helper()
	m := open(t, "mem:", Options{})
	for _, r := range rs {
		mustWrite(t, m, r)
	}
	return dump(t, m, false)
}
