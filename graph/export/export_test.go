package export

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newskg/kg/graph"
)

func export(t *testing.T, st *graph.Store, format string, f Filter) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(context.Background(), &buf, st, format, f); err != nil {
		t.Fatalf("export %s: %v", format, err)
	}
	return buf.Bytes()
}

// keys returns the quads as sorted N-Quads lines written by ntTerm, with
// or without graph labels, deduplicated.
func keys(t testing.TB, qs []quad.Quad, withGraph bool) []string {
	t.Helper()
	var out []string
	for _, q := range qs {
		var parts []string
		vals := []quad.Value{q.Subject, q.Predicate, q.Object}
		if withGraph && q.Label != nil {
			vals = append(vals, q.Label)
		}
		for _, v := range vals {
			s, err := ntTerm(v)
			if err != nil {
				t.Fatalf("term %v: %v", v, err)
			}
			parts = append(parts, s)
		}
		out = append(out, strings.Join(parts, " "))
	}
	sort.Strings(out)
	return slices.Compact(out)
}

func readAll(t *testing.T, r quad.Reader) []quad.Quad {
	t.Helper()
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("read back: %v", err)
		}
		out = append(out, q)
	}
}

func TestFormatsRegistered(t *testing.T) {
	want := []string{"csv", "cyjs", "dot", "gexf", "graphml", "jsonld", "nquads", "ntriples", "trig", "turtle"}
	if got := Formats(); !slices.Equal(got, want) {
		t.Errorf("Formats() = %v, want %v", got, want)
	}
	if _, err := Lookup("rdfxml"); err == nil || !strings.Contains(err.Error(), "turtle") {
		t.Errorf("Lookup(rdfxml) error = %v, want one listing the formats", err)
	}
}

// TestRoundTrip reads the N-Quads, N-Triples and JSON-LD exports back with
// the quad library's readers and compares them with what was written.
func TestRoundTrip(t *testing.T) {
	st := openFixture(t, "bolt", false)
	want := fixtureQuads(t, st.Vocab())
	for _, tc := range []struct {
		format    string
		withGraph bool
		read      func(b []byte) quad.Reader
	}{
		{"nquads", true, func(b []byte) quad.Reader { return nquads.NewReader(bytes.NewReader(b), false) }},
		{"ntriples", false, func(b []byte) quad.Reader { return nquads.NewReader(bytes.NewReader(b), false) }},
		{"jsonld", true, func(b []byte) quad.Reader { return jsonld.NewReader(bytes.NewReader(b)) }},
		{"turtle", false, func(b []byte) quad.Reader { return newTurtleReader(t, b) }},
		{"trig", true, func(b []byte) quad.Reader { return newTurtleReader(t, b) }},
	} {
		t.Run(tc.format, func(t *testing.T) {
			out := export(t, st, tc.format, Filter{})
			got := keys(t, readAll(t, tc.read(out)), tc.withGraph)
			exp := keys(t, want, tc.withGraph)
			if !slices.Equal(got, exp) {
				t.Errorf("%s round trip: %d quads back, want %d\nmissing: %v\nextra: %v", tc.format, len(got), len(exp),
					diffKeys(exp, got), diffKeys(got, exp))
			}
		})
	}
}

func diffKeys(a, b []string) []string {
	var out []string
	for _, k := range a {
		if _, found := slices.BinarySearch(b, k); !found {
			out = append(out, k)
			if len(out) == 5 {
				break
			}
		}
	}
	return out
}

// TestDeterministic exports two stores holding the same data, written in
// different orders into different backends, and wants equal bytes.
func TestDeterministic(t *testing.T) {
	a := openFixture(t, "bolt", false)
	b := openFixture(t, "mem", true)
	for _, f := range Formats() {
		x, y := export(t, a, f, Filter{}), export(t, b, f, Filter{})
		if !bytes.Equal(x, y) {
			t.Errorf("%s: exports of equal stores differ (%d and %d bytes)", f, len(x), len(y))
		}
		if len(x) < 100 {
			t.Errorf("%s: export is only %d bytes", f, len(x))
		}
	}
}

// TestExternalSort forces the sort to spill runs to disk and wants the same
// output as the in-memory sort.
func TestExternalSort(t *testing.T) {
	st := openFixture(t, "mem", false)
	in := export(t, st, "nquads", Filter{})
	old := sortBufferBytes
	sortBufferBytes = 2000
	defer func() { sortBufferBytes = old }()
	spilled := export(t, st, "nquads", Filter{})
	if !bytes.Equal(in, spilled) {
		t.Errorf("external sort output differs from the in-memory sort")
	}
	if n := bytes.Count(in, []byte("\n")); n != len(fixtureQuads(t, st.Vocab())) {
		t.Errorf("nquads has %d lines, want %d", n, len(fixtureQuads(t, st.Vocab())))
	}
}

func TestNoMetaQuads(t *testing.T) {
	st := openFixture(t, "mem", false)
	for _, f := range []string{"nquads", "trig", "jsonld"} {
		if out := export(t, st, f, Filter{}); bytes.Contains(out, []byte("urn:newskg")) {
			t.Errorf("%s export contains the store's meta quads", f)
		}
	}
}

// TestWriteDirEveryFormat writes every format into a directory; with
// KG_EXPORT_DIR set it writes there, for scripts/interop.sh.
func TestWriteDirEveryFormat(t *testing.T) {
	dir := os.Getenv("KG_EXPORT_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	st := openFixture(t, "bolt", false)
	ctx := context.Background()
	for _, f := range Formats() {
		sub := dir
		if f == "csv" {
			sub = filepath.Join(dir, "csv")
		}
		paths, err := WriteDir(ctx, sub, st, f, Filter{})
		if err != nil {
			t.Fatalf("WriteDir %s: %v", f, err)
		}
		for _, p := range paths {
			if fi, err := os.Stat(p); err != nil || fi.Size() == 0 {
				t.Errorf("%s: %s missing or empty (%v)", f, p, err)
			}
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "graph.zip"), export(t, st, "csv", Filter{}), 0o644); err != nil {
		t.Fatal(err)
	}
}
