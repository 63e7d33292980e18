// Package storetest is the behaviour suite every backend of graph.Store
// passes, the way Cayley's graphtest is for quad stores: each test gets a
// Backend that makes fresh, empty stores and checks what a caller sees
// (writes, replacements, forgets, stats, documents, name resolution,
// import, reopening, concurrent writers) through the Store's methods only.
// graph's tests run it against memstore, Bolt and (with KG_TEST_POSTGRES)
// PostgreSQL.
package storetest

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/graph/internal/fixture"
)

// Backend makes fresh stores of one kind.
type Backend struct {
	Name string
	// Fresh returns the spec (graph.Open's) of a fresh, empty store.
	Fresh func(t *testing.T) string
	// Persistent backends keep their content when closed and reopened.
	Persistent bool
}

// Tests are the tests of the suite, by name.
var Tests = []struct {
	Name string
	Run  func(t *testing.T, b Backend)
}{
	{"WriteIdempotent", WriteIdempotent},
	{"ForgetShared", ForgetShared},
	{"WriteReplaces", WriteReplaces},
	{"FailedDocumentLeavesNothing", FailedDocumentLeavesNothing},
	{"StatsDocumentsResolve", StatsDocumentsResolve},
	{"ImportRoundTrip", ImportRoundTrip},
	{"Reopen", Reopen},
	{"ConcurrentWrites", ConcurrentWrites},
}

// RunAll runs every test of the suite against b, each as a subtest.
func RunAll(t *testing.T, b Backend) {
	for _, tc := range Tests {
		t.Run(tc.Name, func(t *testing.T) { tc.Run(t, b) })
	}
}

var ctx = context.Background()

// open opens a fresh store of b, closed at the end of the test.
func open(t *testing.T, b Backend) *graph.Store { return openSpec(t, b.Fresh(t)) }

func openSpec(t *testing.T, spec string) *graph.Store {
	t.Helper()
	s, err := graph.Open(ctx, spec, graph.Options{})
	if err != nil {
		t.Fatalf("Open(%q): %v", spec, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// dump returns every quad of the graph as sorted N-Quads lines.
func dump(t *testing.T, s *graph.Store) string {
	t.Helper()
	var lines []string
	err := s.EachQuad(ctx, func(q quad.Quad) error {
		lines = append(lines, q.NQuad())
		return nil
	})
	if err != nil {
		t.Fatalf("dump %s: %v", s.Spec(), err)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n") + "\n"
}

func mustWrite(t *testing.T, s *graph.Store, r *extract.Result) graph.WriteStats {
	t.Helper()
	st, err := s.Write(ctx, r)
	if err != nil {
		t.Fatalf("Write %s: %v", r.Doc.ID, err)
	}
	return st
}

// forgetOnly forgets document id, the only one in s, and checks that the
// graph is empty after it.
func forgetOnly(t *testing.T, s *graph.Store, id string) {
	t.Helper()
	if _, err := s.Forget(ctx, id); err != nil {
		t.Fatal(err)
	}
	if got := dump(t, s); got != "\n" {
		t.Errorf("store not empty after forgetting its only document %s:\n%s", id, got)
	}
}

// WriteIdempotent: writing the same document again, alone or twice in one
// WriteMany, changes nothing.
func WriteIdempotent(t *testing.T, b Backend) {
	s := open(t, b)
	st := mustWrite(t, s, fixture.Meeting())
	if st.Added != st.Quads || st.Removed != 0 || st.Facts != 4 || st.Entities != 5 {
		t.Errorf("first write: %+v", st)
	}
	before := dump(t, s)
	st = mustWrite(t, s, fixture.Meeting())
	if st.Added != 0 || st.Removed != 0 {
		t.Errorf("second write changed the store: %+v", st)
	}
	if after := dump(t, s); after != before {
		t.Errorf("re-ingest changed the store:\n%s\nvs\n%s", before, after)
	}
	// WriteMany of the same document also changes nothing.
	sts, errs := s.WriteMany(ctx, []*extract.Result{fixture.Meeting(), fixture.Meeting()})
	for i := range errs {
		if errs[i] != nil || sts[i].Added != 0 {
			t.Errorf("WriteMany[%d] = %+v, %v", i, sts[i], errs[i])
		}
	}
	if after := dump(t, s); after != before {
		t.Errorf("WriteMany re-ingest changed the store")
	}
}

// ForgetShared: forgetting one of two documents sharing entities leaves
// exactly what the other document alone produces, also after forget /
// re-ingest cycles.
func ForgetShared(t *testing.T, b Backend) {
	ref := open(t, b)
	mustWrite(t, ref, fixture.Visit())
	want := dump(t, ref)

	s := open(t, b)
	mustWrite(t, s, fixture.Meeting())
	mustWrite(t, s, fixture.Visit())
	n, err := s.Forget(ctx, "test-meeting")
	if err != nil {
		t.Fatal(err)
	}
	mq, _ := graph.ResultQuads(s.Vocab(), fixture.Meeting())
	if n != len(mq) {
		t.Errorf("Forget removed %d quads, want %d", n, len(mq))
	}
	if got := dump(t, s); got != want {
		t.Fatalf("after forget:\n%s\nwant:\n%s", got, want)
	}
	if got, err := s.Stats(ctx); err != nil {
		t.Fatal(err)
	} else if wantSt, _ := ref.Stats(ctx); fmt.Sprint(got) != fmt.Sprint(wantSt) {
		t.Errorf("stats after forget %+v, want %+v", got, wantSt)
	}
	// Re-ingest after forget, then forget again (upstream #737, #945).
	mustWrite(t, s, fixture.Meeting())
	mustWrite(t, s, fixture.Meeting())
	if _, err := s.Forget(ctx, string(s.Vocab().Doc("test-meeting"))); err != nil {
		t.Fatal(err)
	}
	if got := dump(t, s); got != want {
		t.Fatalf("after re-ingest and forget:\n%s\nwant:\n%s", got, want)
	}
	if _, err := s.Forget(ctx, "test-meeting"); err == nil || !strings.Contains(err.Error(), "no such document") {
		t.Errorf("forgetting an unknown document: %v", err)
	}
	if r, _ := s.Resolve(ctx, "Vladimir Putin"); len(r) != 1 {
		t.Errorf("shared entity lost: %v", r)
	}
}

// WriteReplaces: a re-extracted document replaces its earlier version.
func WriteReplaces(t *testing.T, b Backend) {
	changed := func() *extract.Result {
		r := fixture.Meeting()
		r.Facts = r.Facts[2:]                                  // drop the meeting
		r.Facts[0].Confidence = 0.5                            // change a confidence
		r.Entities[0].Labels["en"] = "V. Putin"                // change a label
		r.Entities = append(r.Entities[:2], r.Entities[3:]...) // drop Khamenei
		return r
	}
	ref := open(t, b)
	mustWrite(t, ref, changed())
	want := dump(t, ref)

	s := open(t, b)
	mustWrite(t, s, fixture.Meeting())
	st := mustWrite(t, s, changed())
	if st.Added == 0 || st.Removed == 0 {
		t.Errorf("replace: %+v", st)
	}
	if got := dump(t, s); got != want {
		t.Fatalf("after replace:\n%s\nwant:\n%s", got, want)
	}
	// Two versions in one WriteMany: the later one wins.
	s2 := open(t, b)
	if _, errs := s2.WriteMany(ctx, []*extract.Result{fixture.Meeting(), changed()}); errs[0] != nil || errs[1] != nil {
		t.Fatal(errs)
	}
	if got := dump(t, s2); got != want {
		t.Errorf("WriteMany of two versions:\n%s\nwant:\n%s", got, want)
	}
	// And forgetting the replaced document empties the graph.
	forgetOnly(t, s, "test-meeting")
}

// FailedDocumentLeavesNothing: a document that fails conversion leaves the
// store unchanged, and WriteMany writes the others.
func FailedDocumentLeavesNothing(t *testing.T, b Backend) {
	s := open(t, b)
	mustWrite(t, s, fixture.Meeting())
	before := dump(t, s)
	bad := fixture.Visit()
	bad.Facts[2].Subject = "unknown-event"
	if _, err := s.Write(ctx, bad); err == nil || !strings.Contains(err.Error(), "test-visit") {
		t.Fatalf("want an error naming test-visit, got %v", err)
	}
	if after := dump(t, s); after != before {
		t.Fatalf("failed write changed the store")
	}
	// WriteMany: the bad document is skipped, the good ones written.
	good := fixture.Visit()
	good.Doc.ID = "test-visit-2"
	sts, errs := s.WriteMany(ctx, []*extract.Result{bad, good})
	if errs[0] == nil || errs[1] != nil || sts[1].Added == 0 {
		t.Fatalf("WriteMany: %v %+v", errs, sts)
	}
	docs, err := s.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].ID != "test-meeting" || docs[1].ID != "test-visit-2" {
		t.Errorf("documents: %+v", docs)
	}
	if strings.Contains(dump(t, s), "/doc/test-visit>") {
		t.Errorf("the failed document left quads")
	}
}

// StatsDocumentsResolve: Stats, Documents and Resolve (names in either
// script, Wikidata ids, IRIs, keys) read what was written, and Resolve
// follows writes and forgets.
func StatsDocumentsResolve(t *testing.T, b Backend) {
	s := open(t, b)
	mustWrite(t, s, fixture.Meeting())
	mustWrite(t, s, fixture.Visit())
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 2 || st.Entities[extract.Person] != 2 || st.Entities[extract.Country] != 3 || st.Entities[extract.Place] != 2 ||
		st.Entities[extract.Event] != 1 || st.Facts[extract.Visited] != 2 || st.Facts[extract.Met] != 1 || st.Facts[extract.Deaths] != 1 {
		t.Errorf("stats: %+v", st)
	}
	if want := strings.Count(dump(t, s), "\n") - 0; st.Quads != want {
		t.Errorf("stats quads %d, dump has %d", st.Quads, want)
	}
	docs, err := s.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].Date != "2015-11-23" || docs[0].Lang != "ar" || docs[0].URL != "https://example.org/news/1" ||
		docs[1].Title != "Putin in Damascus" {
		t.Errorf("documents: %+v", docs)
	}
	v := s.Vocab()
	for _, c := range []struct {
		name string
		want quad.IRI
	}{
		{"فلاديمير بوتين", v.Entity("vladimir-putin")},
		{"فلاديمیر بوتین", v.Entity("vladimir-putin")}, // Persian yeh
		{"بُوتِين", v.Entity("vladimir-putin")},        // diacritics
		{"putin", v.Entity("vladimir-putin")},
		{"VLADIMIR  PUTIN", v.Entity("vladimir-putin")},
		{"Q7747", v.Entity("vladimir-putin")},
		{"http://www.wikidata.org/entity/Q794", v.Entity("iran")},
		{"<" + string(v.Entity("tehran")) + ">", v.Entity("tehran")},
		{"ali-khamenei", v.Entity("ali-khamenei")},
		{"ايران", v.Entity("iran")}, // alef without hamza
	} {
		got, err := s.Resolve(ctx, c.name)
		if err != nil || len(got) != 1 || got[0] != c.want {
			t.Errorf("Resolve(%q) = %v, %v; want %s", c.name, got, err, c.want)
		}
	}
	if got, _ := s.Resolve(ctx, "Angela Merkel"); len(got) != 0 {
		t.Errorf("Resolve of an unknown name: %v", got)
	}
	// The label cache follows writes and forgets.
	r := fixture.Visit()
	r.Doc.ID = "test-merkel"
	r.Entities = append(r.Entities, extract.Entity{Key: "angela-merkel", Type: extract.Person,
		Labels: map[string]string{"en": "Angela Merkel", "ar": "أنجيلا ميركل"}, Confidence: 1})
	mustWrite(t, s, r)
	if got, _ := s.Resolve(ctx, "انجيلا ميركل"); len(got) != 1 || got[0] != v.Entity("angela-merkel") {
		t.Errorf("Resolve after a write: %v", got)
	}
	if _, err := s.Forget(ctx, "test-merkel"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Resolve(ctx, "Angela Merkel"); len(got) != 0 {
		t.Errorf("Resolve after forget: %v", got)
	}
}

// ImportRoundTrip: the store's quads imported into another store give the
// same graph; importing again changes nothing; a bad input changes nothing.
func ImportRoundTrip(t *testing.T, b Backend) {
	src := open(t, b)
	mustWrite(t, src, fixture.Meeting())
	mustWrite(t, src, fixture.Visit())
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	err := src.EachQuad(ctx, func(q quad.Quad) error { return w.WriteQuad(q) })
	if err != nil || w.Close() != nil {
		t.Fatal(err)
	}
	dst := open(t, b)
	sts, err := dst.Import(ctx, bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if len(sts) != 2 || sts[0].Facts+sts[1].Facts != 7 {
		t.Errorf("import stats: %+v", sts)
	}
	if got, want := dump(t, dst), dump(t, src); got != want {
		t.Fatalf("import differs:\n%s\nvs\n%s", got, want)
	}
	// Importing again changes nothing.
	sts, err = dst.Import(ctx, bytes.NewReader(buf.Bytes()))
	if err != nil || sts[0].Added+sts[1].Added != 0 {
		t.Errorf("re-import: %+v %v", sts, err)
	}
	// A malformed stream writes nothing.
	before := dump(t, dst)
	bad := "<http://x/a> <http://x/b> <http://x/c> <" + string(dst.Vocab().Doc("new")) + "> .\n<broken\n"
	if _, err := dst.Import(ctx, strings.NewReader(bad)); err == nil {
		t.Errorf("malformed import accepted")
	}
	if _, err := dst.Import(ctx, strings.NewReader("<http://x/a> <http://x/b> <http://x/c> .\n")); err == nil || !strings.Contains(err.Error(), "label") {
		t.Errorf("quad without a document label accepted: %v", err)
	}
	if dump(t, dst) != before {
		t.Errorf("failed import changed the store")
	}
}

// Reopen: a persistent store reopens with its content, base and schema
// version.
func Reopen(t *testing.T, b Backend) {
	if !b.Persistent {
		t.Skip(b.Name + " is not persistent")
	}
	spec := b.Fresh(t)
	s, err := graph.Open(ctx, spec, graph.Options{Base: "https://example.org/kg/"})
	if err != nil {
		t.Fatal(err)
	}
	mustWrite(t, s, fixture.Meeting())
	want := dump(t, s)
	s.Close()
	s = openSpec(t, spec)
	if got := dump(t, s); got != want {
		t.Fatalf("reopened store differs")
	}
	if s.Vocab().Base != "https://example.org/kg/" {
		t.Errorf("base %s", s.Vocab().Base)
	}
	if st := mustWrite(t, s, fixture.Meeting()); st.Added != 0 {
		t.Errorf("re-ingest after reopen added %d quads", st.Added)
	}
	forgetOnly(t, s, "test-meeting")
}

// ConcurrentWrites: concurrent writers are serialised: the graph is the
// one WriteMany makes of the same documents.
func ConcurrentWrites(t *testing.T, b Backend) {
	s := open(t, b)
	rs := fixture.Synthetic(8, 5, 20)
	done := make(chan error, len(rs))
	for _, r := range rs {
		go func(r *extract.Result) {
			_, err := s.Write(ctx, r)
			done <- err
		}(r)
	}
	for range rs {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	ref := open(t, b)
	ref.WriteMany(ctx, fixture.Synthetic(8, 5, 20))
	if got, want := dump(t, s), dump(t, ref); got != want {
		t.Errorf("concurrent writes differ from WriteMany")
	}
}
