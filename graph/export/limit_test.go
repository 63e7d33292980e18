package export

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/queries/querytest"
)

// A neighbourhood export with a fact limit: the star of an entity with
// more facts than the limit (its first facts in the index's order), the
// neighbourhood cut to the limit with the entity's own facts first, and
// the whole neighbourhood when it fits. A cut export holds only lines of
// the whole one.
func TestMaxFacts(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open(ctx, t.TempDir()+"/kg.db", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	gen, err := querytest.Generate(ctx, st, 20000, 80)
	if err != nil {
		t.Fatal(err)
	}
	tType, tStmt := graph.RDFType.String(), st.Vocab().Term(graph.TermStatement).String()
	write := func(f Filter) (string, Report) {
		t.Helper()
		var b bytes.Buffer
		rep, err := WriteReport(ctx, &b, st, "nquads", f)
		if err != nil {
			t.Fatalf("%+v: %v", f, err)
		}
		return b.String(), rep
	}
	// statements returns the statements of an export (their rdf:type lines).
	statements := func(nq string) map[string]bool {
		out := map[string]bool{}
		for _, l := range strings.Split(nq, "\n") {
			if f := strings.Fields(l); len(f) > 2 && f[1] == tType && f[2] == tStmt {
				out[strings.Trim(f[0], "<>")] = true
			}
		}
		return out
	}
	own := func(e quad.IRI) []string {
		var ids []string
		seen := map[quad.IRI]bool{}
		st.EachFact(ctx, e, nil, nil, func(r graph.FactRef) bool {
			if !seen[r.Statement] {
				seen[r.Statement] = true
				ids = append(ids, string(r.Statement))
			}
			return true
		})
		return ids
	}
	subset := func(cut, whole string) bool {
		lines := map[string]bool{}
		for _, l := range strings.Split(whole, "\n") {
			lines[l] = true
		}
		for _, l := range strings.Split(cut, "\n") {
			if !lines[l] {
				t.Logf("not in the whole export: %s", l)
				return false
			}
		}
		return true
	}

	hub := st.Vocab().Entity(gen.Entities[0])
	hubFacts := own(hub)
	whole, rep := write(Filter{Entity: hub, Hops: 1})
	if rep.Cut || len(hubFacts) < 20 {
		t.Fatalf("the hub: %d facts, cut %v without a limit", len(hubFacts), rep.Cut)
	}
	// The star: the hub's first 7 facts.
	star, rep := write(Filter{Entity: hub, Hops: 1, MaxFacts: 7})
	got := statements(star)
	if !rep.Cut || len(got) != 7 {
		t.Fatalf("star: cut %v, %d statements, want 7", rep.Cut, len(got))
	}
	for _, id := range hubFacts[:7] {
		if !got[id] {
			t.Errorf("star: first fact %s missing", id)
		}
	}
	if !subset(star, whole) {
		t.Error("star: lines outside the neighbourhood")
	}

	// An entity with few facts in a larger neighbourhood: cut to the limit,
	// its own facts kept; over the reading budget, its star.
	old := neighbourhoodBudget
	defer func() { neighbourhoodBudget = old }()
	for _, k := range gen.Entities[len(gen.Entities)/2:] {
		e := st.Vocab().Entity(k)
		facts := own(e)
		whole, _ := write(Filter{Entity: e, Hops: 1})
		n := len(statements(whole))
		if len(facts) == 0 || n <= len(facts)+1 {
			continue
		}
		limit := len(facts) + 1
		neighbourhoodBudget = 1 << 20
		cut, rep := write(Filter{Entity: e, Hops: 1, MaxFacts: limit})
		got := statements(cut)
		if !rep.Cut || len(got) != limit {
			t.Fatalf("%s: cut %v, %d statements, want %d (of %d)", e, rep.Cut, len(got), limit, n)
		}
		for _, id := range facts {
			if !got[id] {
				t.Errorf("%s: own fact %s left out", e, id)
			}
		}
		if !subset(cut, whole) {
			t.Errorf("%s: lines outside the neighbourhood", e)
		}
		neighbourhoodBudget = 1
		star, rep := write(Filter{Entity: e, Hops: 1, MaxFacts: limit})
		if got := statements(star); !rep.Cut || len(got) != len(facts) || !subset(star, whole) {
			t.Errorf("%s over budget: cut %v, %d statements, want its %d", e, rep.Cut, len(got), len(facts))
		}
		for _, id := range facts {
			if !statements(star)[id] {
				t.Errorf("%s over budget: own fact %s left out", e, id)
			}
		}
		// A limit the neighbourhood fits: the whole of it.
		neighbourhoodBudget = 1 << 20
		if same, rep := write(Filter{Entity: e, Hops: 1, MaxFacts: n}); rep.Cut || same != whole {
			t.Errorf("%s: limit %d = its facts: cut %v, same %v", e, n, rep.Cut, same == whole)
		}
		return
	}
	t.Fatal("no entity with a neighbourhood larger than its own facts")
}

// A fact limit needs an entity.
func TestMaxFactsValidate(t *testing.T) {
	for _, f := range []Filter{{MaxFacts: 3}, {Entity: "x", MaxFacts: -1}} {
		if f.Validate() == nil {
			t.Errorf("%+v: no error", f)
		}
	}
}
