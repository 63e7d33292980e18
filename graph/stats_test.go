package graph

import (
	"path/filepath"
	"reflect"
	"sort"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
)

// statsFromQuads computes Stats and Documents from every quad of the store,
// the slow way: the oracle for the index-based versions.
func statsFromQuads(t *testing.T, s *Store) (Stats, []DocInfo) {
	t.Helper()
	v := s.Vocab()
	st := Stats{Entities: map[extract.EntityType]int{}, Facts: map[extract.Predicate]int{}}
	type key struct{ p, o quad.Value }
	subjects := map[key]map[quad.Value]bool{}
	docs := map[quad.IRI]*DocInfo{}
	var all []quad.Quad
	err := s.eachQuad(ctx, func(q quad.Quad) error {
		if IsMetaQuad(q) {
			return nil
		}
		st.Quads++
		all = append(all, q)
		k := key{q.Predicate, q.Object}
		if subjects[k] == nil {
			subjects[k] = map[quad.Value]bool{}
		}
		subjects[k][q.Subject] = true
		if d, ok := q.Subject.(quad.IRI); ok && q.Predicate == RDFType && q.Object == v.Term(TermDocument) && q.Label == q.Subject {
			docs[d] = &DocInfo{IRI: d, ID: string(d)[len(v.Base+"doc/"):]}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range all {
		d, ok := docs[asIRI(q.Subject)]
		if !ok {
			continue
		}
		switch q.Predicate {
		case DCTitle:
			d.Title = Text(q.Object)
		case DCDate:
			d.Date = Text(q.Object)
		case DCLanguage:
			d.Lang = Text(q.Object)
		case DCSource:
			d.URL = Text(q.Object)
		}
	}
	for _, typ := range extract.EntityTypes {
		if n := len(subjects[key{RDFType, v.Class(typ)}]); n > 0 {
			st.Entities[typ] = n
		}
	}
	for _, p := range extract.Predicates {
		if n := len(subjects[key{v.Term(TermPredicate), v.Predicate(p)}]); n > 0 {
			st.Facts[p] = n
		}
	}
	st.Documents = len(docs)
	list := make([]DocInfo, 0, len(docs))
	for _, d := range docs {
		list = append(list, *d)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Date != list[j].Date {
			return list[i].Date < list[j].Date
		}
		return list[i].ID < list[j].ID
	})
	return st, list
}

func asIRI(v quad.Value) quad.IRI {
	iri, _ := v.(quad.IRI)
	return iri
}

// churn writes, replaces and forgets documents so that the store holds
// deleted quads (Bolt keeps them in its index lists) and shared entities.
func churn(t *testing.T, s *Store) {
	t.Helper()
	rs := syntheticResults(8, 6, 12)
	if _, errs := s.WriteMany(ctx, rs); errs[0] != nil {
		t.Fatal(errs[0])
	}
	// Replace two documents by shorter versions with other facts.
	for _, i := range []int{1, 4} {
		r := *rs[i]
		r.Facts = r.Facts[2:4]
		r.Facts[0].Predicate = extract.Opposes
		r.Doc.Title, r.Doc.URL = "", "https://example.org/replaced"
		mustWrite(t, s, &r)
	}
	for _, id := range []string{rs[2].Doc.ID, rs[6].Doc.ID} {
		if _, err := s.Forget(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	mustWrite(t, s, rs[2]) // back again
	mustWrite(t, s, meetingDoc())
	mustWrite(t, s, visitDoc())
	undated := visitDoc()
	undated.Doc.ID, undated.Doc.Date, undated.Doc.Lang = "test-undated", time.Time{}, ""
	mustWrite(t, s, undated)
}

// Stats and Documents agree with a count over every quad, after writes,
// replacements and forgets, on every backend (Bolt: kg's index read; also a
// Bolt store made by Cayley, and the generic path on the same store).
func TestStatsAgainstQuads(t *testing.T) {
	check := func(t *testing.T, s *Store) {
		t.Helper()
		wantSt, wantDocs := statsFromQuads(t, s)
		if wantSt.Documents < 8 || len(wantSt.Facts) < 5 || len(wantSt.Entities) < 4 {
			t.Fatalf("the test store is too small to test anything: %+v", wantSt)
		}
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(st, wantSt) {
			t.Errorf("Stats = %+v\nwant    %+v", st, wantSt)
		}
		docs, err := s.Documents(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(docs, wantDocs) {
			t.Errorf("Documents = %+v\nwant        %+v", docs, wantDocs)
		}
		// The generic path, on the same store.
		var generic []DocInfo
		err = s.documentsGeneric(ctx, func(d quad.IRI, vals [4]quad.Value) {
			generic = append(generic, DocInfo{IRI: d})
		})
		if err != nil || len(generic) != len(wantDocs) {
			t.Errorf("documentsGeneric found %d documents (%v), want %d", len(generic), err, len(wantDocs))
		}
		c := refCounter{s.quads()}
		if n, err := c.countSubjects(ctx, RDFType, s.Vocab().Term(extract.Person), false); err != nil || n != wantSt.Entities[extract.Person] {
			t.Errorf("refCounter: %d persons (%v), want %d", n, err, wantSt.Entities[extract.Person])
		}
	}
	forEachBackend(t, func(t *testing.T, b backend) {
		s := open(t, b.fresh(t), Options{})
		churn(t, s)
		check(t, s)
		if b.name == "bolt" {
			// Read-only, as kg stats opens it.
			spec := s.Spec()
			s.Close()
			check(t, open(t, spec, Options{ReadOnly: true}))
		}
	})
	t.Run("cayley-bolt", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "kg.db")
		if err := cgraph.InitQuadStore("bolt", dir, nil); err != nil {
			t.Fatal(err)
		}
		s := open(t, dir, Options{})
		churn(t, s)
		check(t, s)
	})
}
