package graph

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
)

var ctx = context.Background()

// forEachBackend runs fn against a fresh store of every backend.
func forEachBackend(t *testing.T, fn func(t *testing.T, b backend)) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) { fn(t, b) })
	}
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
	if err := s.quads().ApplyDeltas(ds[:1], cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	if err := s.quads().ApplyDeltas(ds[1:], cgraph.IgnoreOpts{}); err != nil {
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

// On Bolt, nothing of a forgotten document remains, not even as a node
// (memstore and SQL ValueOf do not look).
func TestForgetRemovesNodes(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "kg.db"), Options{})
	mustWrite(t, s, meetingDoc())
	mustWrite(t, s, visitDoc())
	if _, err := s.Forget(ctx, "test-meeting"); err != nil {
		t.Fatal(err)
	}
	for _, v := range []quad.Value{s.Vocab().Doc("test-meeting"), s.Vocab().Entity("ali-khamenei"), quad.String("ar/meeting-verb")} {
		if ref, _ := s.quads().ValueOf(v); ref != nil {
			t.Errorf("node %v survived forget", v)
		}
	}
	if ref, _ := s.quads().ValueOf(s.Vocab().Entity("vladimir-putin")); ref == nil {
		t.Errorf("a node the other document uses was removed")
	}
}

// A Bolt store whose layout version kg does not know is refused at open,
// read-only or not, before anything reads or writes it.
func TestUnknownBoltLayoutRefused(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kg.db")
	s := open(t, dir, Options{})
	mustWrite(t, s, meetingDoc())
	s.Close()
	db, err := bolt.Open(filepath.Join(dir, "indexes.bolt"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("meta")).Put([]byte("version"), binary.LittleEndian.AppendUint64(nil, 3))
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, ro := range []bool{false, true} {
		if _, err := Open(ctx, dir, Options{ReadOnly: ro}); err == nil || !strings.Contains(err.Error(), "layout version 3") {
			t.Errorf("read-only %v: want an unknown layout error, got %v", ro, err)
		}
	}
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
	it := bs.quads().NodesAllIterator().Iterate()
	defer it.Close()
	var left []string
	for it.Next(ctx) {
		v, _ := bs.quads().NameOf(it.Result())
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
