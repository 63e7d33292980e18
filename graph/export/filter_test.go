package export

import (
	"bufio"
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/queries/querytest"
)

// edgesOf returns the view's edges as "source predicate target (statements)".
func edgesOf(t *testing.T, st *graph.Store, f Filter) []string {
	t.Helper()
	s, err := newSource(context.Background(), st, f)
	if err != nil {
		t.Fatalf("filter %+v: %v", f, err)
	}
	g, err := buildView(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range g.Edges {
		out = append(out, lastSegment(e.Source)+" "+e.Predicate+" "+lastSegment(e.Target)+" "+strings.Repeat("*", e.Statements))
	}
	return out
}

func TestFilters(t *testing.T) {
	st := openFixture(t, "bolt", false)
	v := st.Vocab()
	kh := v.Entity("ali-khamenei")
	for _, tc := range []struct {
		name string
		f    Filter
		want []string
	}{
		{"none", Filter{}, []string{"ali-khamenei met vladimir-putin **", "russia supports syria **",
			"vladimir-putin gave ali-khamenei *", "vladimir-putin visited tehran *", "جماعة-غريبة opposes russia *"}},
		{"doc", Filter{Doc: "second-report"}, []string{"ali-khamenei met vladimir-putin *", "russia supports syria *"}},
		{"doc IRI", Filter{Doc: string(v.Doc("second-report"))}, []string{"ali-khamenei met vladimir-putin *", "russia supports syria *"}},
		{"entity", Filter{Entity: kh}, []string{"ali-khamenei met vladimir-putin **", "vladimir-putin gave ali-khamenei *"}},
		{"entity 2 hops", Filter{Entity: kh, Hops: 2}, []string{"ali-khamenei met vladimir-putin **",
			"vladimir-putin gave ali-khamenei *", "vladimir-putin visited tehran *"}},
		{"predicate", Filter{Predicates: []string{"supports"}}, []string{"russia supports syria **"}},
		{"predicate IRI", Filter{Predicates: []string{string(v.Term("met")), "gave"}}, []string{
			"ali-khamenei met vladimir-putin **", "vladimir-putin gave ali-khamenei *"}},
		{"since", Filter{Since: "2016"}, []string{"ali-khamenei met vladimir-putin *", "russia supports syria *"}},
		{"until", Filter{Until: "2015-10"}, []string{"russia supports syria *", "جماعة-غريبة opposes russia *"}},
		{"since until day", Filter{Since: "2015-11-23", Until: "2015-11-23"}, []string{
			"ali-khamenei met vladimir-putin *", "vladimir-putin visited tehran *",
			"جماعة-غريبة opposes russia *"}}, // a year overlaps each of its days
		{"entity and date", Filter{Entity: kh, Since: "2017-01"}, []string{"ali-khamenei met vladimir-putin *"}},
		{"doc and predicate", Filter{Doc: "meeting-2015-11-23", Predicates: []string{"met"}}, []string{"ali-khamenei met vladimir-putin *"}},
		{"nothing", Filter{Predicates: []string{"controls"}}, nil},
		{"min confidence", Filter{MinConfidence: 0.72}, []string{"ali-khamenei met vladimir-putin **", "russia supports syria *",
			"vladimir-putin gave ali-khamenei *", "vladimir-putin visited tehran *"}}, // one of the two supports statements
		{"min confidence and predicate", Filter{MinConfidence: 0.92, Predicates: []string{"met", "supports"}}, []string{"ali-khamenei met vladimir-putin *"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := edgesOf(t, st, tc.f); !slices.Equal(got, tc.want) {
				t.Errorf("edges = %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestFilterRDF checks what a fact filter keeps in the N-Quads: the chosen
// statements and direct edges, the descriptions of their entities and
// documents, nothing else.
func TestFilterRDF(t *testing.T) {
	st := openFixture(t, "mem", false)
	v := st.Vocab()
	out := string(export(t, st, "nquads", Filter{Predicates: []string{"supports"}, Since: "2016"}))
	doc2, doc1 := "<"+string(v.Doc("second-report"))+">", "<"+string(v.Doc("meeting-2015-11-23"))+">"
	stmts := 0
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasSuffix(line, doc2+" .") {
			t.Errorf("quad outside the second document: %s", line)
		}
		for _, p := range []string{"met", "visited", "gave"} {
			if strings.Contains(line, "<"+string(v.Term(p))+">") {
				t.Errorf("quad of an unchosen fact: %s", line)
			}
		}
		if strings.Contains(line, "<"+string(v.Term(graph.TermStatement))+">") {
			stmts++
		}
	}
	if stmts != 1 {
		t.Errorf("%d statements kept, want 1", stmts)
	}
	for _, want := range []string{
		"<" + string(v.Entity("russia")) + "> <" + string(v.Term("supports")) + "> <" + string(v.Entity("syria")) + "> " + doc2,
		"<" + string(v.Entity("syria")) + "> <" + graph.RDFS + "label> \"Syria\"@en " + doc2,
		doc2 + " <" + graph.RDF + "type> <" + string(v.Term(graph.TermDocument)) + "> " + doc2,
	} {
		if !strings.Contains(out, want+" .\n") {
			t.Errorf("filtered N-Quads lack %s", want)
		}
	}
	if strings.Contains(out, doc1) {
		t.Errorf("filtered N-Quads mention the first document")
	}
	if strings.Contains(out, string(v.Entity("vladimir-putin"))) {
		t.Errorf("filtered N-Quads describe an entity outside the chosen facts")
	}
}

func TestFilterErrors(t *testing.T) {
	st := openFixture(t, "mem", false)
	for _, tc := range []struct {
		f    Filter
		want string
	}{
		{Filter{Predicates: []string{"likes"}}, `unknown predicate "likes"`},
		{Filter{Since: "23/11/2015"}, `since "23/11/2015" is not a date`},
		{Filter{Until: "2015-1"}, `until "2015-1" is not a date`},
		{Filter{Since: "2016", Until: "2015"}, "is after"},
	} {
		err := Write(context.Background(), &bytes.Buffer{}, st, "nquads", tc.f)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("filter %+v: error %v, want one containing %q", tc.f, err, tc.want)
		}
	}
	if err := Write(context.Background(), &bytes.Buffer{}, st, "yaml", Filter{}); err == nil {
		t.Errorf("format yaml: no error")
	}
	_ = extract.Met
}

// The neighbourhood read through the indexes (selectAround, eachAround)
// chooses exactly the quads the scan of every quad chooses, for every
// entity of a larger store, with each radius and with the other filters.
func TestAroundMatchesScan(t *testing.T) {
	st, err := graph.Open(context.Background(), t.TempDir()+"/kg.db", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, r := range fixture() {
		if _, err := st.Write(context.Background(), r); err != nil {
			t.Fatal(err)
		}
	}
	gen, err := querytest.Generate(context.Background(), st, 6000, 60)
	if err != nil {
		t.Fatal(err)
	}
	export := func(f Filter, scan bool) string {
		t.Helper()
		old := scanAround
		scanAround = scan
		defer func() { scanAround = old }()
		var b bytes.Buffer
		if err := Write(context.Background(), &b, st, "nquads", f); err != nil {
			t.Fatalf("%+v: %v", f, err)
		}
		return b.String()
	}
	var ents []quad.IRI
	for _, k := range gen.Entities {
		ents = append(ents, st.Vocab().Entity(k))
	}
	for _, k := range []string{"vladimir-putin", "ali-khamenei", "russia"} {
		ents = append(ents, st.Vocab().Entity(k))
	}
	filters := []Filter{{Hops: 1}, {Hops: 2}, {Hops: 3}, {Predicates: []string{"met", "supports"}},
		{Since: "2015-06", Until: "2016"}, {Doc: "fixture-ar"}, {MinConfidence: 0.85}}
	compared := 0
	for i, e := range ents {
		f := filters[i%len(filters)]
		f.Entity = e
		fast, scanned := export(f, false), export(f, true)
		if fast != scanned {
			t.Fatalf("entity %s, filter %+v: the indexed export differs from the scan:\n%s\nvs\n%s", e, f, fast, scanned)
		}
		if fast != "" {
			compared++
		}
	}
	if compared < 10 {
		t.Errorf("only %d non-empty neighbourhoods compared", compared)
	}
}
