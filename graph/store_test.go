package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newskg/kg/extract"
)

var ctx = context.Background()

// forEachBackend runs fn against a fresh store of every backend.
func forEachBackend(t *testing.T, fn func(t *testing.T, b backend)) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) { fn(t, b) })
	}
}

func TestWriteIdempotent(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		s := open(t, b.fresh(t), Options{})
		st := mustWrite(t, s, meetingDoc())
		if st.Added != st.Quads || st.Removed != 0 || st.Facts != 4 || st.Entities != 5 {
			t.Errorf("first write: %+v", st)
		}
		before := dump(t, s, true)
		st = mustWrite(t, s, meetingDoc())
		if st.Added != 0 || st.Removed != 0 {
			t.Errorf("second write changed the store: %+v", st)
		}
		if after := dump(t, s, true); after != before {
			t.Errorf("re-ingest changed the store:\n%s\nvs\n%s", before, after)
		}
		// WriteMany of the same document also changes nothing.
		sts, errs := s.WriteMany(ctx, []*extract.Result{meetingDoc(), meetingDoc()})
		for i := range errs {
			if errs[i] != nil || sts[i].Added != 0 {
				t.Errorf("WriteMany[%d] = %+v, %v", i, sts[i], errs[i])
			}
		}
		if after := dump(t, s, true); after != before {
			t.Errorf("WriteMany re-ingest changed the store")
		}
	})
}

// Forgetting one of two documents sharing entities leaves exactly what the
// other document alone produces, also after forget / re-ingest cycles.
func TestForgetShared(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ref := open(t, b.fresh(t), Options{})
		mustWrite(t, ref, visitDoc())
		want := dump(t, ref, true)

		s := open(t, b.fresh(t), Options{})
		mustWrite(t, s, meetingDoc())
		mustWrite(t, s, visitDoc())
		n, err := s.Forget(ctx, "test-meeting")
		if err != nil {
			t.Fatal(err)
		}
		mq, _ := ResultQuads(s.Vocab(), meetingDoc())
		if n != len(mq) {
			t.Errorf("Forget removed %d quads, want %d", n, len(mq))
		}
		if got := dump(t, s, true); got != want {
			t.Fatalf("after forget:\n%s\nwant:\n%s", got, want)
		}
		if got, err := s.Stats(ctx); err != nil {
			t.Fatal(err)
		} else if wantSt, _ := ref.Stats(ctx); fmt.Sprint(got) != fmt.Sprint(wantSt) {
			t.Errorf("stats after forget %+v, want %+v", got, wantSt)
		}
		// Nothing of the forgotten document remains, not even as a node.
		for _, v := range []quad.Value{s.Vocab().Doc("test-meeting"), s.Vocab().Entity("ali-khamenei"), quad.String("ar/meeting-verb")} {
			if ref, _ := s.QuadStore().ValueOf(v); ref != nil && b.name == "bolt" { // memstore and SQL ValueOf do not look
				t.Errorf("node %v survived forget", v)
			}
		}
		// Re-ingest after forget, then forget again (upstream #737, #945).
		mustWrite(t, s, meetingDoc())
		mustWrite(t, s, meetingDoc())
		if _, err := s.Forget(ctx, string(s.Vocab().Doc("test-meeting"))); err != nil {
			t.Fatal(err)
		}
		if got := dump(t, s, true); got != want {
			t.Fatalf("after re-ingest and forget:\n%s\nwant:\n%s", got, want)
		}
		if _, err := s.Forget(ctx, "test-meeting"); err == nil || !strings.Contains(err.Error(), "no such document") {
			t.Errorf("forgetting an unknown document: %v", err)
		}
		if r, _ := s.Resolve(ctx, "Vladimir Putin"); len(r) != 1 {
			t.Errorf("shared entity lost: %v", r)
		}
	})
}

// A re-extracted document replaces its earlier version.
func TestWriteReplaces(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		changed := func() *extract.Result {
			r := meetingDoc()
			r.Facts = r.Facts[2:]                                  // drop the meeting
			r.Facts[0].Confidence = 0.5                            // change a confidence
			r.Entities[0].Labels["en"] = "V. Putin"                // change a label
			r.Entities = append(r.Entities[:2], r.Entities[3:]...) // drop Khamenei
			return r
		}
		ref := open(t, b.fresh(t), Options{})
		mustWrite(t, ref, changed())
		want := dump(t, ref, true)

		s := open(t, b.fresh(t), Options{})
		mustWrite(t, s, meetingDoc())
		st := mustWrite(t, s, changed())
		if st.Added == 0 || st.Removed == 0 {
			t.Errorf("replace: %+v", st)
		}
		if got := dump(t, s, true); got != want {
			t.Fatalf("after replace:\n%s\nwant:\n%s", got, want)
		}
		// Two versions in one WriteMany: the later one wins.
		s2 := open(t, b.fresh(t), Options{})
		if _, errs := s2.WriteMany(ctx, []*extract.Result{meetingDoc(), changed()}); errs[0] != nil || errs[1] != nil {
			t.Fatal(errs)
		}
		if got := dump(t, s2, true); got != want {
			t.Errorf("WriteMany of two versions:\n%s\nwant:\n%s", got, want)
		}
		// And forgetting the replaced document empties the graph.
		forgetOnly(t, s, "test-meeting")
	})
}

// A document that fails conversion leaves the store byte-identical.
func TestFailedDocumentLeavesNothing(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		s := open(t, b.fresh(t), Options{})
		mustWrite(t, s, meetingDoc())
		before := dump(t, s, true)
		bad := visitDoc()
		bad.Facts[2].Subject = "unknown-event"
		if _, err := s.Write(ctx, bad); err == nil || !strings.Contains(err.Error(), "test-visit") {
			t.Fatalf("want an error naming test-visit, got %v", err)
		}
		if after := dump(t, s, true); after != before {
			t.Fatalf("failed write changed the store")
		}
		// WriteMany: the bad document is skipped, the good ones written.
		good := visitDoc()
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
		if strings.Contains(dump(t, s, true), "/doc/test-visit>") {
			t.Errorf("the failed document left quads")
		}
	})
}

// The same input gives the same quads in every store and backend.
func TestStableIRIs(t *testing.T) {
	var dumps []string
	for _, b := range backends(t) {
		for i := 0; i < 2; i++ {
			s := open(t, b.fresh(t), Options{})
			if i == 0 {
				mustWrite(t, s, meetingDoc())
				mustWrite(t, s, visitDoc())
			} else {
				s.WriteMany(ctx, []*extract.Result{visitDoc(), meetingDoc()})
			}
			dumps = append(dumps, dump(t, s, true))
		}
	}
	for i := 1; i < len(dumps); i++ {
		if dumps[i] != dumps[0] {
			t.Fatalf("store %d differs from store 0:\n%s\nvs\n%s", i, dumps[i], dumps[0])
		}
	}
}

func TestStatsDocumentsResolve(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		s := open(t, b.fresh(t), Options{})
		mustWrite(t, s, meetingDoc())
		mustWrite(t, s, visitDoc())
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Documents != 2 || st.Entities["Person"] != 2 || st.Entities["Country"] != 3 || st.Entities["Place"] != 2 || st.Entities["Event"] != 1 ||
			st.Facts["visited"] != 2 || st.Facts["met"] != 1 || st.Facts["deaths"] != 1 {
			t.Errorf("stats: %+v", st)
		}
		if want := strings.Count(dump(t, s, false), "\n") - 0; st.Quads != want {
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
		r := visitDoc()
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
	})
}

func TestImportRoundTrip(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		src := open(t, b.fresh(t), Options{})
		mustWrite(t, src, meetingDoc())
		mustWrite(t, src, visitDoc())
		var buf bytes.Buffer
		w := nquads.NewWriter(&buf)
		err := src.eachQuad(ctx, func(q quad.Quad) error { return w.WriteQuad(q) })
		if err != nil || w.Close() != nil {
			t.Fatal(err)
		}
		dst := open(t, b.fresh(t), Options{})
		sts, err := dst.Import(ctx, bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if len(sts) != 2 || sts[0].Facts+sts[1].Facts != 7 {
			t.Errorf("import stats: %+v", sts)
		}
		if got, want := dump(t, dst, true), dump(t, src, true); got != want {
			t.Fatalf("import differs:\n%s\nvs\n%s", got, want)
		}
		// Importing again changes nothing.
		sts, err = dst.Import(ctx, bytes.NewReader(buf.Bytes()))
		if err != nil || sts[0].Added+sts[1].Added != 0 {
			t.Errorf("re-import: %+v %v", sts, err)
		}
		// A malformed stream writes nothing.
		before := dump(t, dst, true)
		bad := "<http://x/a> <http://x/b> <http://x/c> <" + string(dst.Vocab().Doc("new")) + "> .\n<broken\n"
		if _, err := dst.Import(ctx, strings.NewReader(bad)); err == nil {
			t.Errorf("malformed import accepted")
		}
		if _, err := dst.Import(ctx, strings.NewReader("<http://x/a> <http://x/b> <http://x/c> .\n")); err == nil || !strings.Contains(err.Error(), "label") {
			t.Errorf("quad without a document label accepted: %v", err)
		}
		if dump(t, dst, true) != before {
			t.Errorf("failed import changed the store")
		}
	})
}

func TestSchemaVersionNewerRefused(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kg.db")
	s, err := Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	meta, err := s.labelQuads(ctx, MetaLabel)
	if err != nil {
		t.Fatal(err)
	}
	var ds []cgraph.Delta
	for _, q := range meta {
		if q.Predicate == metaSchemaVersion {
			ds = append(ds, cgraph.Delta{Action: cgraph.Delete, Quad: q})
			q.Object = quad.TypedString{Value: "99", Type: XSDInteger}
			ds = append(ds, cgraph.Delta{Action: cgraph.Add, Quad: q})
		}
	}
	if len(ds) != 2 {
		t.Fatalf("no schema version quad in a new store: %v", meta)
	}
	if err := s.QuadStore().ApplyDeltas(ds[:1], cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	if err := s.QuadStore().ApplyDeltas(ds[1:], cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err = Open(ctx, dir, Options{})
	if err == nil || !strings.Contains(err.Error(), "schema version 99") || !strings.Contains(err.Error(), "upgrade kg") {
		t.Fatalf("want a schema version error, got %v", err)
	}
}

func TestBoltLocked(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kg.db")
	s := open(t, dir, Options{})
	_, err := Open(ctx, dir, Options{})
	if !errors.Is(err, ErrStoreLocked) || !strings.Contains(err.Error(), "in use by another kg process") {
		t.Fatalf("second Open: want a lock error, got %v", err)
	}
	s.Close()
	s2, err := Open(ctx, dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only open after close: %v", err)
	}
	if _, err := s2.Write(ctx, meetingDoc()); err == nil {
		t.Errorf("write to a read-only store succeeded")
	}
	s2.Close()
}

func TestOpenSpecs(t *testing.T) {
	if _, err := Open(ctx, "mysql://x", Options{}); err == nil || !strings.Contains(err.Error(), "unknown scheme") {
		t.Errorf("unknown scheme: %v", err)
	}
	f := filepath.Join(t.TempDir(), "file")
	os.WriteFile(f, []byte("x"), 0o644)
	if _, err := Open(ctx, f, Options{}); err == nil || !strings.Contains(err.Error(), "is a file") {
		t.Errorf("file as store: %v", err)
	}
	if _, err := Open(ctx, filepath.Join(t.TempDir(), "none"), Options{ReadOnly: true}); err == nil {
		t.Errorf("read-only open of a missing store succeeded")
	}
	// The base is kept by the store.
	dir := filepath.Join(t.TempDir(), "kg.db")
	s, err := Open(ctx, dir, Options{Base: "https://example.org/kg/"})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s.Vocab().Base != "https://example.org/kg/" {
		t.Errorf("base not kept: %s", s.Vocab().Base)
	}
	s.Close()
	if _, err := Open(ctx, dir, Options{Base: "https://other.org/"}); err == nil {
		t.Errorf("opening with another base succeeded")
	}
}

// A Bolt store written by the bulk path reads back through Cayley's own
// "bolt" backend (bloom filters on), which sees the quads as present and can
// delete them, node reference counts included.
func TestBulkLayoutReadableByCayley(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kg.db")
	s := open(t, dir, Options{})
	mustWrite(t, s, meetingDoc())
	mustWrite(t, s, visitDoc())
	want := dump(t, s, true)
	mq, _ := ResultQuads(s.Vocab(), meetingDoc())
	s.Close()

	qs, err := cgraph.NewQuadStore("bolt", dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer qs.Close()
	c := &Store{spec: dir, backend: "bolt"}
	c.setQuads(qs)
	if got := dump(t, c, true); got != want {
		t.Fatalf("Cayley reads:\n%s\nwant:\n%s", got, want)
	}
	st, err := qs.Stats(ctx, true)
	if err != nil || st.Quads.Value != int64(strings.Count(want, "\n")) {
		t.Errorf("stats %+v, %v", st, err)
	}
	// Re-adding an existing quad is a duplicate for Cayley.
	if err := qs.ApplyDeltas([]cgraph.Delta{{Action: cgraph.Add, Quad: mq[0]}}, cgraph.IgnoreOpts{}); !cgraph.IsQuadExist(err) {
		t.Errorf("re-adding %s: want quad-exists, got %v", mq[0].NQuad(), err)
	}
	var del []cgraph.Delta
	for _, q := range mq {
		del = append(del, cgraph.Delta{Action: cgraph.Delete, Quad: q})
	}
	if err := qs.ApplyDeltas(del, cgraph.IgnoreOpts{}); err != nil {
		t.Fatalf("Cayley deleting the bulk-written document: %v", err)
	}
	if ref, _ := qs.ValueOf(quad.String("ar/meeting-verb")); ref != nil {
		t.Errorf("node of the deleted document survived")
	}
	if ref, _ := qs.ValueOf(s.Vocab().Entity("vladimir-putin")); ref == nil {
		t.Errorf("shared node deleted")
	}
}

// A persistent store reopens with its content, base and schema version.
func TestReopen(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		if b.name == "mem" {
			t.Skip("memstore is not persistent")
		}
		spec := b.fresh(t)
		s, err := Open(ctx, spec, Options{Base: "https://example.org/kg/"})
		if err != nil {
			t.Fatal(err)
		}
		mustWrite(t, s, meetingDoc())
		want := dump(t, s, true)
		s.Close()
		s = open(t, spec, Options{})
		if got := dump(t, s, true); got != want {
			t.Fatalf("reopened store differs")
		}
		if s.Vocab().Base != "https://example.org/kg/" {
			t.Errorf("base %s", s.Vocab().Base)
		}
		if st := mustWrite(t, s, meetingDoc()); st.Added != 0 {
			t.Errorf("re-ingest after reopen added %d quads", st.Added)
		}
		forgetOnly(t, s, "test-meeting")
	})
}

// Concurrent writers are serialised.
func TestConcurrentWrites(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		s := open(t, b.fresh(t), Options{})
		rs := syntheticResults(8, 5, 20)
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
		ref := open(t, b.fresh(t), Options{})
		ref.WriteMany(ctx, syntheticResults(8, 5, 20))
		if got, want := dump(t, s, true), dump(t, ref, true); got != want {
			t.Errorf("concurrent writes differ from WriteMany")
		}
	})
}

// An empty store created by Cayley itself (no label index) works too.
func TestCayleyCreatedBoltStore(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kg.db")
	if err := cgraph.InitQuadStore("bolt", dir, nil); err != nil {
		t.Fatal(err)
	}
	s := open(t, dir, Options{})
	mustWrite(t, s, meetingDoc())
	mustWrite(t, s, visitDoc())
	if _, err := s.Forget(ctx, "test-meeting"); err != nil {
		t.Fatal(err)
	}
	ref := open(t, "mem:", Options{})
	mustWrite(t, ref, visitDoc())
	if got, want := dump(t, s, true), dump(t, ref, true); got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
}

// Random writes, re-extractions, batches and forgets give the same store
// on Bolt (bulk path) as on memstore; when every document is forgotten, no
// node is left in Bolt but the meta graph's (reference counts are right).
func TestRandomOperations(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	mem := open(t, "mem:", Options{})
	bs := open(t, filepath.Join(t.TempDir(), "kg.db"), Options{})
	// Bolt and, when configured, PostgreSQL are compared with memstore.
	others := []*Store{bs}
	if dsn := os.Getenv("KG_TEST_POSTGRES"); dsn != "" {
		others = append(others, open(t, freshPostgres(t, dsn), Options{}))
	}
	all := append([]*Store{mem}, others...)
	// Variants of 5 documents: different fact subsets over a small pool.
	variant := func(doc int) *extract.Result {
		r := syntheticResults(1, 12, 15)[0]
		r.Doc.ID = fmt.Sprintf("doc-%d", doc)
		r.Doc.Text = fmt.Sprintf("Synthetic article %d about many meetings and visits.", doc)
		keep := r.Facts[:0]
		for _, f := range r.Facts {
			if rng.Intn(3) > 0 {
				f.Subject, f.Object = f.Object, f.Subject
				keep = append(keep, f)
			}
		}
		r.Facts = keep
		rng.Shuffle(len(r.Entities), func(i, j int) { r.Entities[i], r.Entities[j] = r.Entities[j], r.Entities[i] })
		r.Entities = r.Entities[:len(r.Entities)-rng.Intn(3)]
		// Keep only facts whose entities remain.
		have := map[string]bool{}
		for _, e := range r.Entities {
			have[e.Key] = true
		}
		facts := r.Facts[:0]
		for _, f := range r.Facts {
			if have[f.Subject] && have[f.Object] {
				facts = append(facts, f)
			}
		}
		r.Facts = facts
		return r
	}
	for step := 0; step < 40; step++ {
		switch op := rng.Intn(4); op {
		case 0, 1:
			r := variant(rng.Intn(5))
			for _, s := range all {
				if _, err := s.Write(ctx, r); err != nil {
					t.Fatalf("step %d: %v", step, err)
				}
			}
		case 2:
			var rs []*extract.Result
			for i := rng.Intn(4); i >= 0; i-- {
				rs = append(rs, variant(rng.Intn(5)))
			}
			for _, s := range all {
				if _, errs := s.WriteMany(ctx, rs); errs[0] != nil {
					t.Fatalf("step %d: %v", step, errs)
				}
			}
		case 3:
			id := fmt.Sprintf("doc-%d", rng.Intn(5))
			_, err1 := mem.Forget(ctx, id)
			for _, o := range others {
				if _, err2 := o.Forget(ctx, id); (err1 == nil) != (err2 == nil) {
					t.Fatalf("step %d: forget %s: mem %v, %s %v", step, id, err1, o.backend, err2)
				}
			}
		}
		for _, o := range others {
			if a, b := dump(t, mem, true), dump(t, o, true); a != b {
				t.Fatalf("step %d: %s differs from memstore:\n%s\nvs\n%s", step, o.backend, b, a)
			}
		}
		checkBoltLayout(t, bs)
	}
	for i := 0; i < 5; i++ {
		bs.Forget(ctx, fmt.Sprintf("doc-%d", i))
	}
	it := bs.QuadStore().NodesAllIterator().Iterate()
	defer it.Close()
	var left []string
	for it.Next(ctx) {
		v, _ := bs.QuadStore().NameOf(it.Result())
		if s := fmt.Sprint(v); !strings.HasPrefix(s, "<urn:newskg:") && !strings.HasPrefix(s, fmt.Sprintf(`"%d"`, SchemaVersion)) && s != "<"+bs.Vocab().Base+">" {
			left = append(left, s)
		}
	}
	if len(left) > 0 {
		t.Errorf("%d nodes left after forgetting everything, e.g. %v", len(left), left[0])
	}
}

// An undated document gives the same graph whenever and wherever it is
// written: nothing of the clock reaches the quads (the bulk paths stamp
// Cayley's own write log, as Cayley does, which no quad shows).
func TestUndatedIngestReproducible(t *testing.T) {
	undated := func() *extract.Result {
		r := visitDoc()
		r.Doc.Date = time.Time{}
		return r
	}
	today := time.Now().UTC().Format("2006-01-02")
	var dumps []string
	for _, b := range backends(t) {
		for i := 0; i < 2; i++ {
			s := open(t, b.fresh(t), Options{})
			if i == 0 {
				mustWrite(t, s, undated())
			} else {
				s.WriteMany(ctx, []*extract.Result{undated()})
			}
			d := dump(t, s, true)
			if strings.Contains(d, string(DCDate)) || strings.Contains(d, today) {
				t.Errorf("%s: the undated document has a date:\n%s", b.name, d)
			}
			if docs, err := s.Documents(ctx); err != nil || len(docs) != 1 || docs[0].Date != "" {
				t.Errorf("%s: documents %+v, %v; want one, undated", b.name, docs, err)
			}
			dumps = append(dumps, d)
		}
	}
	for i := 1; i < len(dumps); i++ {
		if dumps[i] != dumps[0] {
			t.Errorf("store %d differs from store 0:\n%s\nvs\n%s", i, dumps[i], dumps[0])
		}
	}
}
