package graph

import (
	"bytes"
	"fmt"
	"math/rand"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newskg/kg/extract"
)

// Components compare as their strings do and read back whole, whatever
// bytes they hold (0x00 included) and whatever their lengths.
func TestEncPartOrder(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	alphabet := []byte{0, 1, 2, 'a', 'b', 0xFE, 0xFF}
	word := func() string {
		b := make([]byte, rng.Intn(5))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		return string(b)
	}
	for i := 0; i < 5000; i++ {
		a, b := [2]string{word(), word()}, [2]string{word(), word()}
		ka := encPart(encPart(nil, a[0]), a[1])
		kb := encPart(encPart(nil, b[0]), b[1])
		want := strings.Compare(a[0], b[0])
		if want == 0 {
			want = strings.Compare(a[1], b[1])
		}
		if got := bytes.Compare(ka, kb); got != want {
			t.Fatalf("%q vs %q: keys compare %d, strings %d", a, b, got, want)
		}
		x, rest, err := decPart(ka)
		if err != nil || x != a[0] {
			t.Fatalf("decode %q: %q, %v", a[0], x, err)
		}
		if y, rest, err := decPart(rest); err != nil || y != a[1] || len(rest) != 0 {
			t.Fatalf("decode %q: %q, %v", a[1], y, err)
		}
		// partEnd bounds every key extending the component.
		if end := partEnd(encPart(nil, a[0])); bytes.Compare(ka, end) >= 0 {
			t.Fatalf("key %x not below partEnd %x", ka, end)
		}
	}
}

// indexDoc is a random document over a small pool of entities: facts of
// several predicates (symmetric ones, deaths with a literal), dated by
// day, month, year or not at all.
func indexDoc(rng *rand.Rand, id int) *extract.Result {
	const pool = 7
	ent := func(i int) extract.Entity {
		return extract.Entity{Key: fmt.Sprintf("ent-%d", i), Type: extract.Person,
			Labels:    map[string]string{"en": fmt.Sprintf("Entity %d", i), "ar": fmt.Sprintf("كيان %d", i)},
			AltLabels: []extract.Label{{Text: fmt.Sprintf("E%d v%d", i, rng.Intn(2)), Lang: "en"}}, Confidence: 1}
	}
	text := fmt.Sprintf("Article %d, written for the index tests.", id)
	r := &extract.Result{Doc: extract.Document{ID: fmt.Sprintf("doc-%d", id), Lang: "en", Text: text,
		Date: time.Date(2015, time.Month(1+rng.Intn(12)), 1+rng.Intn(28), 0, 0, 0, 0, time.UTC)}}
	used := map[int]bool{}
	preds := []extract.Predicate{extract.Met, extract.Supports, extract.AllyOf, extract.Visited, extract.Opposes}
	dates := []string{"", "2014", "2015-03", "2015-03-02", "2015-03-10", "2016-01-01"}
	for f := 0; f < 2+rng.Intn(6); f++ {
		a, b := rng.Intn(pool), rng.Intn(pool)
		used[a], used[b] = true, true
		fact := extract.Fact{Subject: fmt.Sprintf("ent-%d", a), Predicate: preds[rng.Intn(len(preds))],
			Object: fmt.Sprintf("ent-%d", b), Date: dates[rng.Intn(len(dates))], Evidence: text, End: len(text),
			Confidence: 0.5 + float64(rng.Intn(5))/10}
		if rng.Intn(8) == 0 {
			fact.Predicate, fact.Object, fact.Value = extract.Deaths, "", fmt.Sprint(rng.Intn(50))
		}
		r.Facts = append(r.Facts, fact)
	}
	for i := range pool {
		if used[i] {
			r.Entities = append(r.Entities, ent(i))
		}
	}
	return r
}

// indexKeys returns every key of the stored index with its count.
func indexKeys(t *testing.T, s *Store) map[string]int64 {
	t.Helper()
	out := map[string]int64{}
	err := s.viewIndex(ctx, func(r indexReader) error {
		for _, f := range []byte{famFacts, famEdges} {
			it := r.iter(f, []byte{}, []byte{0xFF, 0xFF})
			for k, n, ok := it.next(); ok; k, n, ok = it.next() {
				out[string(f)+string(k)] = n
			}
			if err := it.err(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// rebuiltKeys is the index buildIndex derives from the store's quads.
func rebuiltKeys(t *testing.T, s *Store) map[string]int64 {
	t.Helper()
	d, err := s.buildIndex(ctx)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int64{}
	for _, f := range []byte{famFacts, famEdges} {
		for k, n := range d.family(f) {
			if n != 0 {
				out[string(f)+k] = n
			}
		}
	}
	return out
}

func diffKeys(a, b map[string]int64) string {
	var out []string
	for k, n := range a {
		if b[k] != n {
			out = append(out, fmt.Sprintf("%q: %d vs %d", k, n, b[k]))
		}
	}
	for k, n := range b {
		if _, ok := a[k]; !ok {
			out = append(out, fmt.Sprintf("%q: missing vs %d", k, n))
		}
	}
	sort.Strings(out)
	if len(out) > 5 {
		out = append(out[:5], fmt.Sprintf("… %d in all", len(out)))
	}
	return strings.Join(out, "\n")
}

// allFacts reads e's facts whole (page 0) and in pages of n, and checks
// that the pages add up to the whole.
func allFacts(t *testing.T, s *Store, e quad.IRI, preds []quad.Value, n int) []FactRef {
	t.Helper()
	var whole []FactRef
	if err := s.EachFact(ctx, e, preds, nil, func(f FactRef) bool { whole = append(whole, f); return true }); err != nil {
		t.Fatal(err)
	}
	var paged []FactRef
	var pos FactPos
	for {
		var page []FactRef
		err := s.EachFact(ctx, e, preds, pos, func(f FactRef) bool { page = append(page, f); return len(page) < n })
		if err != nil {
			t.Fatal(err)
		}
		paged = append(paged, page...)
		if len(page) < n {
			break
		}
		pos = page[len(page)-1].Pos
	}
	if fmt.Sprint(factLines(paged)) != fmt.Sprint(factLines(whole)) {
		t.Fatalf("facts of %s in pages of %d:\n%v\nwhole:\n%v", e, n, factLines(paged), factLines(whole))
	}
	return whole
}

func factLines(fs []FactRef) []string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s %v %v %q %s", f.Entity, f.Side, f.Predicate, f.Date, f.Statement))
	}
	return out
}

func allEdges(t *testing.T, s *Store, e quad.IRI, out bool, preds []quad.Value) []string {
	t.Helper()
	var lines []string
	var pos EdgePos
	for {
		n := 0
		err := s.EachEdge(ctx, e, out, preds, pos, func(r EdgeRef) bool {
			lines = append(lines, fmt.Sprintf("%s %v %v %v ×%d", r.Entity, r.Out, r.Predicate, r.Far, r.Quads))
			pos, n = r.Pos, n+1
			return n < 2
		})
		if err != nil {
			t.Fatal(err)
		}
		if n < 2 {
			return lines
		}
	}
}

// expectedFacts computes e's facts from the quads themselves: every
// statement naming e as subject or object, ordered by date (undated
// last), statement, side.
func expectedFacts(t *testing.T, s *Store, e quad.IRI) []string {
	t.Helper()
	v := s.Vocab()
	type row struct {
		date, st string
		side     quad.Direction
		pred     quad.Value
	}
	props := map[quad.Value]map[quad.Value]quad.Value{}
	err := s.eachQuad(ctx, func(q quad.Quad) error {
		if props[q.Subject] == nil {
			props[q.Subject] = map[quad.Value]quad.Value{}
		}
		props[q.Subject][q.Predicate] = q.Object
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var rows []row
	for st, p := range props {
		if p[RDFType] != v.Term(TermStatement) {
			continue
		}
		date := undatedKey
		if d := p[v.Term(TermDate)]; d != nil {
			date = Text(d)
		}
		for _, side := range []quad.Direction{quad.Subject, quad.Object} {
			term := TermSubject
			if side == quad.Object {
				term = TermObject
			}
			if p[v.Term(term)] == e {
				rows = append(rows, row{date, string(st.(quad.IRI)), side, p[v.Term(TermPredicate)]})
			}
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.date != b.date {
			return a.date < b.date
		}
		if a.st != b.st {
			return a.st < b.st
		}
		return a.side == quad.Subject && b.side == quad.Object
	})
	var out []string
	for _, r := range rows {
		d := r.date
		if d == undatedKey {
			d = ""
		}
		out = append(out, fmt.Sprintf("%s %v %v %q %s", e, r.side, r.pred, d, quad.IRI(r.st)))
	}
	return out
}

// The stored index stays what the quads give (a rebuild, and the keys
// computed on demand for each entity) through writes, replacements,
// forgets and imports that merge documents; every entity's facts come in
// the order (date, statement, side), page after page.
func TestEntityIndexMatchesScan(t *testing.T) {
	for _, b := range backends(t) {
		if b.name == "mem" {
			continue
		}
		t.Run(b.name, func(t *testing.T) {
			rng := rand.New(rand.NewSource(11))
			s := open(t, b.fresh(t), Options{})
			if !s.HasEntityIndex() {
				t.Fatalf("a new %s store keeps no entity index", b.name)
			}
			v := s.Vocab()
			met := []quad.Value{v.Term(extract.Met)}
			for step := 0; step < 30; step++ {
				switch op := rng.Intn(5); op {
				case 0, 1:
					mustWrite(t, s, indexDoc(rng, rng.Intn(6)))
				case 2:
					rs := []*extract.Result{indexDoc(rng, rng.Intn(6)), indexDoc(rng, 10+rng.Intn(3))}
					if _, errs := s.WriteMany(ctx, rs); errs[0] != nil || errs[1] != nil {
						t.Fatalf("step %d: %v", step, errs)
					}
				case 3:
					s.Forget(ctx, fmt.Sprintf("doc-%d", rng.Intn(6)))
				case 4:
					// An import whose documents come back after their batch:
					// merged with what the store holds under their label.
					var buf bytes.Buffer
					w := nquads.NewWriter(&buf)
					for _, id := range []int{20 + rng.Intn(2), 30, 20 + rng.Intn(2)} {
						qs, err := ResultQuads(v, indexDoc(rng, id))
						if err != nil {
							t.Fatal(err)
						}
						w.WriteQuads(qs)
					}
					w.Close()
					if _, err := s.importStream(ctx, &buf, 10); err != nil {
						t.Fatalf("step %d: import: %v", step, err)
					}
				}
				if d := diffKeys(indexKeys(t, s), rebuiltKeys(t, s)); d != "" {
					t.Fatalf("step %d: stored index vs rebuilt:\n%s", step, d)
				}
				scan := &Store{spec: s.spec, backend: "scan", vocab: v}
				scan.cur.Store(s.cur.Load())
				for i := 0; i < 7; i++ {
					e := v.Entity(fmt.Sprintf("ent-%d", i))
					got := factLines(allFacts(t, s, e, nil, 1+rng.Intn(3)))
					if want := expectedFacts(t, s, e); fmt.Sprint(got) != fmt.Sprint(want) {
						t.Fatalf("step %d: facts of %s:\n%v\nwant\n%v", step, e, strings.Join(got, "\n"), strings.Join(want, "\n"))
					}
					if a, b := factLines(allFacts(t, s, e, met, 2)), factLines(allFacts(t, scan, e, met, 2)); fmt.Sprint(a) != fmt.Sprint(b) {
						t.Fatalf("step %d: met facts of %s, index vs scan:\n%v\n%v", step, e, a, b)
					}
					for _, out := range []bool{true, false} {
						if a, b := allEdges(t, s, e, out, nil), allEdges(t, scan, e, out, nil); fmt.Sprint(a) != fmt.Sprint(b) {
							t.Fatalf("step %d: edges of %s (out %v), index vs scan:\n%v\n%v", step, e, out, a, b)
						}
					}
				}
				if s.bolt != nil {
					checkBoltLayout(t, s)
				}
			}
		})
	}
}

// A store of schema version 1 (no index) is read through keys computed on
// demand when opened read-only, and gets its index, whole, in the
// transaction that makes it version 2 when opened for writing.
func TestEntityIndexUpgrade(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kg.db")
	s := open(t, dir, Options{})
	rng := rand.New(rand.NewSource(5))
	for i := 0; i < 6; i++ {
		mustWrite(t, s, indexDoc(rng, i))
	}
	want := indexKeys(t, s)
	e := s.Vocab().Entity("ent-1")
	wantFacts := factLines(allFacts(t, s, e, nil, 3))
	// Back to version 1: no index buckets, version quad 1.
	setVersion(t, s, 1)
	// An empty change whose side step drops the index buckets.
	if _, err := s.bolt.Replace(nil, nil, func(tx *bolt.Tx) error {
		for _, b := range [][]byte{boltFactsBucket, boltEdgesBucket} {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	s.Close()

	ro, err := Open(ctx, dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if ro.HasEntityIndex() {
		t.Errorf("a version 1 store opened read-only claims an index")
	}
	if got := factLines(allFacts(t, ro, e, nil, 2)); fmt.Sprint(got) != fmt.Sprint(wantFacts) {
		t.Errorf("facts of a version 1 store:\n%v\nwant\n%v", got, wantFacts)
	}
	ro.Close()

	w := open(t, dir, Options{})
	if !w.HasEntityIndex() {
		t.Fatalf("the store opened for writing was not upgraded")
	}
	if d := diffKeys(indexKeys(t, w), want); d != "" {
		t.Errorf("index built on upgrade vs the one kept by writes:\n%s", d)
	}
	checkBoltLayout(t, w)
}

// setVersion rewrites the store's schema version quad.
func setVersion(t *testing.T, s *Store, version int) {
	t.Helper()
	meta, err := s.metaQuads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(meta, func(q quad.Quad) bool { return q.Predicate == metaSchemaVersion })
	if i < 0 {
		t.Fatalf("no schema version quad: %v", meta)
	}
	now := meta[i]
	now.Object = quad.TypedString{Value: quad.String(fmt.Sprint(version)), Type: XSDInteger}
	if err := s.quads().ApplyDeltas([]cgraph.Delta{{Action: cgraph.Delete, Quad: meta[i]}}, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	if err := s.quads().ApplyDeltas([]cgraph.Delta{{Action: cgraph.Add, Quad: now}}, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
}
