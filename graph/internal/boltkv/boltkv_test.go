package boltkv

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"
	_ "github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"
)

var ctx = context.Background()

var (
	rdfType = quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
	person  = quad.IRI("http://x/vocab/Person")
	title   = quad.IRI("http://x/title")
	lang    = quad.IRI("http://x/language")
)

// docQuads are the quads of one small document: a typed document in its
// own graph with a title, and entities it describes (shared nodes when
// two documents name the same entity).
func docQuads(doc string, entities ...string) []quad.Quad {
	d := quad.IRI("http://x/doc/" + doc)
	qs := []quad.Quad{
		{Subject: d, Predicate: rdfType, Object: quad.IRI("http://x/vocab/Document"), Label: d},
		{Subject: d, Predicate: title, Object: quad.LangString{Value: quad.String("title of " + doc), Lang: "en"}, Label: d},
		{Subject: d, Predicate: lang, Object: quad.String("ar"), Label: d},
	}
	for _, e := range entities {
		iri := quad.IRI("http://x/entity/" + e)
		qs = append(qs,
			quad.Quad{Subject: iri, Predicate: rdfType, Object: person, Label: d},
			quad.Quad{Subject: iri, Predicate: quad.IRI("http://x/label"), Object: quad.LangString{Value: quad.String(e), Lang: "ar"}, Label: d},
			quad.Quad{Subject: iri, Predicate: quad.IRI("http://x/seen"), Object: quad.TypedString{Value: "2015-11-23", Type: "http://www.w3.org/2001/XMLSchema#date"}, Label: d})
	}
	return qs
}

// newStore creates a kg-initialised Bolt file in a new directory (where
// Cayley's bolt backend looks for it) and returns the directory.
func newStore(t *testing.T) (string, *DB) {
	t.Helper()
	dir := t.TempDir()
	d, err := Open(filepath.Join(dir, "indexes.bolt"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Init(); err != nil {
		t.Fatal(err)
	}
	return dir, d
}

// cayleyQuads reads every quad through Cayley's own bolt backend (bloom
// filters on), as sorted N-Quads lines.
func cayleyQuads(t *testing.T, qs cgraph.QuadStore) []string {
	t.Helper()
	var out []string
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, q.NQuad())
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func nquads(qs ...[]quad.Quad) []string {
	var out []string
	for _, l := range qs {
		for _, q := range l {
			out = append(out, q.NQuad())
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// What Replace writes, Cayley's bolt backend reads, counts and deletes,
// reference counts included; after a replacement (adds and deletes in one
// transaction) the layout keeps Cayley's invariants.
func TestCayleyReadsWhatReplaceWrites(t *testing.T) {
	dir, d := newStore(t)
	a, b := docQuads("a", "putin", "khamenei"), docQuads("b", "putin", "assad")
	if err := d.Add(a); err != nil {
		t.Fatal(err)
	}
	if err := d.Add(b); err != nil {
		t.Fatal(err)
	}
	if err := d.Verify(); err != nil {
		t.Fatal(err)
	}
	// Replace document a by a version that drops khamenei and adds rouhani.
	a2 := docQuads("a", "putin", "rouhani")
	var add, del []quad.Quad
	for _, q := range a2 {
		if !slices.Contains(a, q) {
			add = append(add, q)
		}
	}
	for _, q := range a {
		if !slices.Contains(a2, q) {
			del = append(del, q)
		}
	}
	removed, err := d.Replace(Prepare(add), del, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !removed {
		t.Errorf("Replace dropped khamenei's nodes but reports no node removed")
	}
	if err := d.Verify(); err != nil {
		t.Fatal(err)
	}
	d.Close()

	qs, err := cgraph.NewQuadStore("bolt", dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer qs.Close()
	want := nquads(a2, b)
	if got := cayleyQuads(t, qs); !slices.Equal(got, want) {
		t.Fatalf("Cayley reads:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if st, err := qs.Stats(ctx, true); err != nil || st.Quads.Value != int64(len(want)) {
		t.Errorf("Cayley's stats %+v, %v; want %d quads", st, err, len(want))
	}
	if ref, _ := qs.ValueOf(quad.IRI("http://x/entity/khamenei")); ref != nil {
		t.Errorf("Cayley still finds the node Replace removed")
	}
	// Re-adding an existing quad is a duplicate for Cayley.
	if err := qs.ApplyDeltas([]cgraph.Delta{{Action: cgraph.Add, Quad: b[0]}}, cgraph.IgnoreOpts{}); !cgraph.IsQuadExist(err) {
		t.Errorf("re-adding %s: want quad-exists, got %v", b[0].NQuad(), err)
	}
	var ds []cgraph.Delta
	for _, q := range b {
		ds = append(ds, cgraph.Delta{Action: cgraph.Delete, Quad: q})
	}
	if err := qs.ApplyDeltas(ds, cgraph.IgnoreOpts{}); err != nil {
		t.Fatalf("Cayley deleting what Replace wrote: %v", err)
	}
	if ref, _ := qs.ValueOf(quad.IRI("http://x/entity/assad")); ref != nil {
		t.Errorf("node of the deleted document survived")
	}
	if ref, _ := qs.ValueOf(quad.IRI("http://x/entity/putin")); ref == nil {
		t.Errorf("shared node deleted")
	}
}

// What Cayley writes, Replace deletes, reference counts included, and the
// index reader counts.
func TestReplaceDeletesWhatCayleyWrites(t *testing.T) {
	dir := t.TempDir()
	if err := cgraph.InitQuadStore("bolt", dir, nil); err != nil {
		t.Fatal(err)
	}
	qs, err := cgraph.NewQuadStore("bolt", dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	a, b := docQuads("a", "putin", "khamenei"), docQuads("b", "putin")
	w, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.AddQuadSet(append(append([]quad.Quad{}, a...), b...)); err != nil {
		t.Fatal(err)
	}
	qs.Close()

	d, err := Open(filepath.Join(dir, "indexes.bolt"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if err := d.Verify(); err != nil {
		t.Fatalf("Cayley's own store: %v", err)
	}
	if _, err := d.Replace(nil, a, nil); err != nil {
		t.Fatal(err)
	}
	if err := d.Verify(); err != nil {
		t.Fatal(err)
	}
	err = d.View(func(r *IndexReader) error {
		if r == nil {
			t.Fatal("no index reader on a store of Cayley's default indexes")
		}
		n, err := r.CountSubjects(rdfType, person, false)
		if err != nil || n != 1 {
			t.Errorf("persons after deleting document a: %d, %v; want 1", n, err)
		}
		var docs []string
		err = r.Subjects(rdfType, quad.IRI("http://x/vocab/Document"), true, []quad.Value{title, lang, quad.IRI("http://x/none")},
			func(sub quad.Value, vals []quad.Value) error {
				docs = append(docs, fmt.Sprint(sub, vals))
				return nil
			})
		if want := `[<http://x/doc/b>["title of b"@en "ar" <nil>]]`; err != nil || fmt.Sprint(docs) != want {
			t.Errorf("documents %v, %v; want %s", docs, err, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// The index reader declines a store without the indexes it needs (Cayley
// < 0.7.6 indexed only S and O), and accepts kg's.
func TestIndexReaderNeedsIndexes(t *testing.T) {
	_, d := newStore(t)
	defer d.Close()
	if err := d.Add(docQuads("a", "putin")); err != nil {
		t.Fatal(err)
	}
	err := d.View(func(r *IndexReader) error {
		if r == nil {
			t.Errorf("kg store: no reader")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(filepath.Join(t.TempDir(), "legacy.bolt"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range []string{"meta", "log", "s", "o"} {
			if _, err := tx.CreateBucket([]byte(b)); err != nil {
				return err
			}
		}
		legacy, err := json.Marshal([]kv.QuadIndex{{Dirs: []quad.Direction{quad.Subject}}, {Dirs: []quad.Direction{quad.Object}}})
		if err != nil {
			return err
		}
		return tx.Bucket([]byte("meta")).Put([]byte("indexes"), legacy)
	})
	if err != nil {
		t.Fatal(err)
	}
	err = db.View(func(tx *bolt.Tx) error {
		indexes, err := readIndexes(tx)
		if err != nil {
			return err
		}
		r, err := newIndexReader(tx, indexes)
		if err != nil || r != nil {
			t.Errorf("legacy store: reader %v, %v; want nil, nil", r, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Check refuses a layout version it does not know and an unreadable index
// list, and passes kg's and Cayley's own stores.
func TestCheckRefusesUnknownLayouts(t *testing.T) {
	set := func(t *testing.T, key string, val []byte) *DB {
		t.Helper()
		_, d := newStore(t)
		t.Cleanup(func() { d.Close() })
		err := d.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put([]byte(key), val) })
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	version := func(n uint64) []byte { return binary.LittleEndian.AppendUint64(nil, n) }
	for _, c := range []struct {
		name, key string
		val       []byte
		want      string // "" = accepted
	}{
		{"kg's own", "version", version(LayoutVersion), ""},
		{"newer version", "version", version(3), "layout version 3"},
		{"older version", "version", version(1), "layout version 1"},
		{"short version", "version", []byte{2}, "meta/version is 1 bytes"},
		{"bad index list", "indexes", []byte("{"), "index list"},
		{"index of five directions", "indexes", []byte(`[{"dirs":[1,2,3,4,1]}]`), "index"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := set(t, c.key, c.val).Check()
			if c.want == "" && err != nil || c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)) {
				t.Errorf("Check: %v; want %q", err, c.want)
			}
		})
	}
	dir := t.TempDir()
	if err := cgraph.InitQuadStore("bolt", dir, nil); err != nil {
		t.Fatal(err)
	}
	d, err := Open(filepath.Join(dir, "indexes.bolt"), Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if err := d.Check(); err != nil {
		t.Errorf("a store Cayley made: %v", err)
	}
}
