package pgcopy

import (
	"context"
	"database/sql"
	"maps"
	"net/url"
	"slices"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
	"github.com/cayleygraph/quad"
	_ "github.com/lib/pq"

	"github.com/newskg/kg/internal/pgtest"
)

var ctx = context.Background()

// freshDB creates a database with a random name on the server of
// KG_TEST_POSTGRES (skipping the test without it, failing under CI=true)
// with Cayley's tables and kg's additions, and returns its DSN and a
// connection; the database is dropped when the test ends.
func freshDB(t *testing.T) (string, *sql.DB) {
	t.Helper()
	dsn := pgtest.DSN(t)
	if dsn == "" {
		t.Skip("KG_TEST_POSTGRES not set (see graph/POSTGRES.md)")
	}
	u, err := url.Parse(pgtest.Fresh(t, dsn))
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("postgres", u.String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if err := CreateTables(ctx, conn, "postgres", u.String()); err != nil {
		t.Fatal(err)
	}
	if err := AddKGSchema(ctx, conn); err != nil {
		t.Fatal(err)
	}
	return u.String(), db
}

var (
	rdfType = quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
	docType = quad.IRI("http://x/vocab/Document")
	person  = quad.IRI("http://x/vocab/Person")
	title   = quad.IRI("http://x/title")
	lang    = quad.IRI("http://x/language")
)

// docQuads are the quads of one small document: a typed document in its
// own graph with a title, and entities it describes.
func docQuads(doc string, entities ...string) []quad.Quad {
	d := quad.IRI("http://x/doc/" + doc)
	qs := []quad.Quad{
		{Subject: d, Predicate: rdfType, Object: docType, Label: d},
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

// cayleyQuads reads every quad through Cayley's SQL backend.
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

// nodeRefs returns the reference count of every node, by value.
func nodeRefs(t *testing.T, db *sql.DB) map[string]int64 {
	t.Helper()
	rows, err := db.Query(`SELECT coalesce(value_string, ''), refs FROM nodes`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var v string
		var n int64
		if err := rows.Scan(&v, &n); err != nil {
			t.Fatal(err)
		}
		out[v] += n
	}
	return out
}

// What Replace writes (adds and deletes in one transaction), Cayley's SQL
// backend reads and deletes; the reference counts are Cayley's own: the
// same as when Cayley writes the same quads.
func TestCayleyReadsWhatReplaceWrites(t *testing.T) {
	dsn, db := freshDB(t)
	a, b := docQuads("a", "putin", "khamenei"), docQuads("b", "putin", "assad")
	if err := Replace(ctx, db, append(append([]quad.Quad{}, a...), b...), nil, nil); err != nil {
		t.Fatal(err)
	}
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
	if err := Replace(ctx, db, add, del, nil); err != nil {
		t.Fatal(err)
	}
	qs, err := cgraph.NewQuadStore("postgres", dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer qs.Close()
	want := nquads(a2, b)
	if got := cayleyQuads(t, qs); !slices.Equal(got, want) {
		t.Fatalf("Cayley reads:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if n, err := CountQuads(ctx, db); err != nil || n != int64(len(want)) {
		t.Errorf("CountQuads %d, %v; want %d", n, err, len(want))
	}
	// Cayley writing the same quads into another database gives the same
	// reference counts.
	dsn2, db2 := freshDB(t)
	qs2, err := cgraph.NewQuadStore("postgres", dsn2, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer qs2.Close()
	var ds []cgraph.Delta
	for _, q := range append(append([]quad.Quad{}, a2...), b...) {
		ds = append(ds, cgraph.Delta{Action: cgraph.Add, Quad: q})
	}
	if err := qs2.ApplyDeltas(ds, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
		t.Fatal(err)
	}
	if got, want := nodeRefs(t, db), nodeRefs(t, db2); !maps.Equal(got, want) {
		t.Errorf("node references after Replace %v, Cayley's %v", got, want)
	}
	// Cayley deletes what Replace wrote.
	ds = ds[:0]
	for _, q := range b {
		ds = append(ds, cgraph.Delta{Action: cgraph.Delete, Quad: q})
	}
	if err := qs.ApplyDeltas(ds, cgraph.IgnoreOpts{}); err != nil {
		t.Fatalf("Cayley deleting what Replace wrote: %v", err)
	}
	if got, want := cayleyQuads(t, qs), nquads(a2); !slices.Equal(got, want) {
		t.Errorf("after Cayley's delete:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// The counting queries agree with the quads.
func TestCountsAndSubjects(t *testing.T) {
	_, db := freshDB(t)
	if err := Replace(ctx, db, append(docQuads("a", "putin", "khamenei"), docQuads("b", "putin")...), nil, nil); err != nil {
		t.Fatal(err)
	}
	if n, err := CountSubjects(ctx, db, rdfType, person, false); err != nil || n != 2 {
		t.Errorf("persons %d, %v; want 2", n, err)
	}
	if n, err := CountSubjects(ctx, db, rdfType, docType, true); err != nil || n != 2 {
		t.Errorf("documents %d, %v; want 2", n, err)
	}
	var got []string
	err := Subjects(ctx, db, rdfType, docType, [4]quad.Value{title, lang, quad.IRI("http://x/none"), quad.IRI("http://x/none2")},
		func(d quad.IRI, vals [4]quad.Value) {
			got = append(got, string(d)+" "+quad.StringOf(vals[0])+" "+quad.StringOf(vals[1])+" "+quad.StringOf(vals[2]))
		})
	want := []string{`http://x/doc/a "title of a" "ar" `, `http://x/doc/b "title of b" "ar" `}
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("Subjects: %q, %v; want %q", got, err, want)
	}
	m1, err := Mark(ctx, db, true, [2]quad.Value{title, lang})
	if err != nil {
		t.Fatal(err)
	}
	Bump(db)
	if m2, err := Mark(ctx, db, true, [2]quad.Value{title, lang}); err != nil || m2 == m1 {
		t.Errorf("Mark after Bump %v, before %v (%v)", m2, m1, err)
	}
}
