package queries

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/queries/querytest"
)

const ent = graph.DefaultBase + "entity/"

func TestLibraryHeaders(t *testing.T) {
	want := []string{"entity", "neighbours", "who-met", "supporters-of", "opponents-of", "allies-of",
		"attacks-by", "attacks-on", "officials-of", "timeline", "path", "evidence", "between", "on-date",
		"co-mentioned", "top-actors"}
	for _, name := range want {
		q, ok := Lookup(name)
		if !ok {
			t.Errorf("query %s missing from the library", name)
			continue
		}
		if q.Purpose == "" || q.Example == "" || len(q.Columns) == 0 {
			t.Errorf("query %s: incomplete header %+v", name, q)
		}
		if !strings.Contains(q.Example, name) {
			t.Errorf("query %s: example %q does not run it", name, q.Example)
		}
		ents := 0
		for _, p := range q.Params {
			if p.Type == "entity" {
				ents++
				if ents == 1 && p.Name != "entity" && p.Name != "from" {
					t.Errorf("query %s: entity parameter %q should be entity, or from/to", name, p.Name)
				}
			}
		}
	}
	if len(List()) < len(want) {
		t.Errorf("List() has %d queries, want at least %d", len(List()), len(want))
	}
}

func TestParseHeaderErrors(t *testing.T) {
	for _, src := range []string{
		"// name: x\n// purpose: p\n// columns: a\n",                             // no example
		"// name: x\n// purpose: p\n// example: e\n// columns: a\n// param: a\n", // param without type
		"// name: x\n// purpose: p\n// example: e\n// columns: a\n// param: a blob — doc\n",
		"// name: x\n// purpose: p\n// example: e\n// columns: a\n// param: a int sometimes — doc\n",
	} {
		if _, err := parseHeader(src); err == nil {
			t.Errorf("parseHeader(%q): no error", src)
		}
	}
}

// TestQueriesFixture runs every canned query on a store written from
// hand-made extraction results.
func TestQueriesFixture(t *testing.T) {
	s := fixtureStore(t)
	ctx := context.Background()
	cases := []struct {
		query string
		args  map[string]string
		check func(t *testing.T, r *Result)
	}{
		{"entity", map[string]string{"entity": "بوتين"}, func(t *testing.T, r *Result) {
			for _, w := range []map[string]any{
				{"kind": "type", "value": "Person"},
				{"kind": "label", "value": "فلاديمير بوتين"},
				{"kind": "sameAs", "value": graph.WD + "Q7747"},
				{"kind": "mutual", "predicate": "met", "other": ent + "ali-khamenei", "date": "2015-11-23"},
			} {
				if !querytest.HasRow(r.Rows, w) {
					t.Errorf("no row %v", w)
				}
			}
			if n := countRows(r.Rows, map[string]any{"kind": "type"}); n != 1 {
				t.Errorf("%d type rows, want 1 (duplicates across documents?)", n)
			}
		}},
		{"neighbours", map[string]string{"entity": "Q159"}, func(t *testing.T, r *Result) {
			for _, w := range []map[string]any{
				{"direction": "out", "predicate": "supports", "other": ent + "syrian-government"},
				{"direction": "out", "predicate": "attacked", "other": ent + "islamic-state"},
				{"predicate": "allyOf", "other": ent + "iran"},
				{"direction": "in", "predicate": "officialOf", "other": ent + "sergey-lavrov"},
			} {
				if !querytest.HasRow(r.Rows, w) {
					t.Errorf("no row %v in %v", w, r.Rows)
				}
			}
		}},
		{"neighbours", map[string]string{"entity": "Russia", "predicate": "supports"}, func(t *testing.T, r *Result) {
			if len(r.Rows) != 1 || r.Rows[0]["other"] != ent+"syrian-government" {
				t.Errorf("rows %v, want only Russia supports the Syrian government", r.Rows)
			}
		}},
		{"who-met", map[string]string{"entity": "بوتين"}, func(t *testing.T, r *Result) {
			if !querytest.HasRow(r.Rows, map[string]any{"other": ent + "ali-khamenei", "date": "2015-11-23", "place": ent + "tehran"}) ||
				!querytest.HasRow(r.Rows, map[string]any{"other": ent + "hassan-rouhani", "date": "2015-11-23"}) {
				t.Errorf("rows %v lack Khamenei and Rouhani on 2015-11-23", r.Rows)
			}
			if r.Entities[ent+"ali-khamenei"].Labels["ar"] != "علي خامنئي" {
				t.Errorf("entities %v do not describe Khamenei", r.Entities)
			}
			if d := r.Rows[len(r.Rows)-1]["date"]; d != "2016-01-05" {
				t.Errorf("last row dated %v, want rows in date order ending 2016-01-05", d)
			}
		}},
		{"who-met", map[string]string{"entity": "خامنئي"}, func(t *testing.T, r *Result) {
			if len(r.Rows) != 1 || r.Rows[0]["other"] != ent+"vladimir-putin" {
				t.Errorf("rows %v, want Putin only (the symmetric edge seen from its subject)", r.Rows)
			}
		}},
		{"supporters-of", map[string]string{"entity": "الحكومة السورية"}, func(t *testing.T, r *Result) {
			for _, a := range []string{"russia", "iran"} {
				if !querytest.HasRow(r.Rows, map[string]any{"actor": ent + a}) {
					t.Errorf("no supporter %s in %v", a, r.Rows)
				}
			}
			if !querytest.HasRow(r.Rows, map[string]any{"actor": ent + "iran", "date": "2016", "source": graph.DefaultBase + "doc/fixture-en"}) {
				t.Errorf("the second document's support is missing: %v", r.Rows)
			}
		}},
		{"opponents-of", map[string]string{"entity": "الأسد"}, func(t *testing.T, r *Result) {
			if !querytest.HasRow(r.Rows, map[string]any{"actor": ent + "united-states", "date": "2015-11"}) || len(r.Rows) != 1 {
				t.Errorf("rows %v, want the United States in 2015-11", r.Rows)
			}
		}},
		{"allies-of", map[string]string{"entity": "إيران"}, func(t *testing.T, r *Result) {
			if !querytest.HasRow(r.Rows, map[string]any{"ally": ent + "russia"}) {
				t.Errorf("rows %v lack Russia", r.Rows)
			}
		}},
		{"attacks-by", map[string]string{"entity": "روسيا"}, func(t *testing.T, r *Result) {
			if !querytest.HasRow(r.Rows, map[string]any{"target": ent + "islamic-state", "date": "2015-09-30"}) {
				t.Errorf("rows %v lack the attack on IS", r.Rows)
			}
		}},
		{"attacks-on", map[string]string{"entity": "داعش"}, func(t *testing.T, r *Result) {
			if !querytest.HasRow(r.Rows, map[string]any{"attacker": ent + "russia"}) {
				t.Errorf("rows %v lack Russia", r.Rows)
			}
		}},
		{"officials-of", map[string]string{"entity": "Russia"}, func(t *testing.T, r *Result) {
			if !querytest.HasRow(r.Rows, map[string]any{"person": ent + "sergey-lavrov", "role": "foreign minister"}) {
				t.Errorf("rows %v lack Lavrov as foreign minister", r.Rows)
			}
		}},
		{"timeline", map[string]string{"entity": "Russia"}, func(t *testing.T, r *Result) {
			var dates []string
			for _, row := range r.Rows {
				dates = append(dates, fmt.Sprint(row["date"]))
			}
			want := "2015-09-30 2015-11-23 2016-01"
			if strings.Join(dates, " ") != want {
				t.Errorf("timeline dates %v, want %s (undated facts left out)", dates, want)
			}
		}},
		{"path", map[string]string{"from": "لافروف", "to": "Bashar al-Assad"}, func(t *testing.T, r *Result) {
			// No stored edge joins them within 4 hops; the leads link does:
			// Assad is president of Syria, whose government Russia supports.
			first := routeRows(r.Rows, 1)
			if len(first) != 3 || first[0]["from"] != ent+"sergey-lavrov" || first[1]["to"] != ent+"syrian-government" ||
				first[2]["predicate"] != "leads" || first[2]["to"] != ent+"bashar-al-assad" || first[2]["forward"] != false ||
				first[2]["derived"] != true || !strings.Contains(fmt.Sprint(first[2]["why"]), "president of Syria") {
				t.Errorf("route 1 %v, want Lavrov → Russia → Syrian government ← leads Assad", first)
			}
			if !strings.Contains(fmt.Sprint(first[0]["why"]), "3 hops through actors") {
				t.Errorf("route 1 explained as %q", first[0]["why"])
			}
		}},
		{"path", map[string]string{"from": "لافروف", "to": "الحكومة السورية", "hops": "4", "routes": "1"}, func(t *testing.T, r *Result) {
			if len(r.Rows) != 2 || r.Rows[0]["from"] != ent+"sergey-lavrov" || r.Rows[1]["to"] != ent+"syrian-government" ||
				r.Rows[0]["to"] != r.Rows[1]["from"] {
				t.Fatalf("path %v, want Lavrov → X → Syrian government", r.Rows)
			}
		}},
		{"path", map[string]string{"from": "Q30", "to": "Q7679", "hops": "3"}, func(t *testing.T, r *Result) {
			if len(r.Rows) != 0 {
				t.Errorf("rows %v, want no path within 3 hops", r.Rows)
			}
		}},
		{"path", map[string]string{"from": "Tehran", "to": "داعش", "hops": "5"}, func(t *testing.T, r *Result) {
			if len(r.Rows) != 0 {
				t.Errorf("rows %v: the place qualifier is not an edge", r.Rows)
			}
		}},
		{"evidence", map[string]string{"from": "بوتين", "predicate": "met", "to": "خامنئي"}, func(t *testing.T, r *Result) {
			if len(r.Rows) != 1 || !strings.Contains(fmt.Sprint(r.Rows[0]["evidence"]), "خامنئي") ||
				r.Rows[0]["title"] != "لقاء في طهران" || r.Rows[0]["published"] != "2015-11-23" || r.Rows[0]["extractor"] != "test/hand" {
				t.Errorf("rows %v, want the one sentence with its document", r.Rows)
			}
		}},
		{"evidence", map[string]string{"from": "Iran", "predicate": "supports", "to": "Syrian government"}, func(t *testing.T, r *Result) {
			if len(r.Rows) != 2 {
				t.Errorf("rows %v, want one statement per document", r.Rows)
			}
		}},
		{"evidence", map[string]string{"from": "Syrian government", "predicate": "supports", "to": "Iran"}, func(t *testing.T, r *Result) {
			if len(r.Rows) != 0 {
				t.Errorf("rows %v: supports is not symmetric", r.Rows)
			}
		}},
		{"between", map[string]string{"from": "Iran", "to": "Russia"}, func(t *testing.T, r *Result) {
			if !querytest.HasRow(r.Rows, map[string]any{"predicate": "allyOf"}) || !querytest.HasRow(r.Rows, map[string]any{"predicate": "supplies", "date": "2016-01"}) {
				t.Errorf("rows %v lack allyOf and supplies", r.Rows)
			}
		}},
		{"on-date", map[string]string{"start": "2015-11-20", "end": "2015-11-30"}, func(t *testing.T, r *Result) {
			for _, w := range []map[string]any{{"predicate": "met", "date": "2015-11-23"}, {"predicate": "opposes", "date": "2015-11"}} {
				if !querytest.HasRow(r.Rows, w) {
					t.Errorf("no row %v in %v", w, r.Rows)
				}
			}
			if querytest.HasRow(r.Rows, map[string]any{"date": "2015-09-30"}) || querytest.HasRow(r.Rows, map[string]any{"date": "2016"}) {
				t.Errorf("rows %v include facts outside the range", r.Rows)
			}
		}},
		{"on-date", map[string]string{"start": "2016", "predicate": "supports"}, func(t *testing.T, r *Result) {
			if len(r.Rows) != 1 || r.Rows[0]["subject"] != ent+"iran" {
				t.Errorf("rows %v, want Iran supports (2016)", r.Rows)
			}
		}},
		{"co-mentioned", map[string]string{"entity": "Iran"}, func(t *testing.T, r *Result) {
			if !querytest.HasRow(r.Rows, map[string]any{"other": ent + "russia", "documents": 2}) || querytest.HasRow(r.Rows, map[string]any{"other": ent + "iran"}) {
				t.Errorf("rows %v, want Russia in 2 documents and not Iran itself", r.Rows)
			}
			if r.Rows[0]["documents"] != 2 && fmt.Sprint(r.Rows[0]["documents"]) != "2" {
				t.Errorf("rows not sorted by documents: %v", r.Rows)
			}
		}},
		{"top-actors", map[string]string{"top": "3"}, func(t *testing.T, r *Result) {
			if len(r.Rows) != 3 || r.Rows[0]["entity"] != ent+"russia" {
				t.Errorf("rows %v, want 3 with Russia first", r.Rows)
			}
		}},
		{"top-actors", map[string]string{"predicate": "met"}, func(t *testing.T, r *Result) {
			if r.Rows[0]["entity"] != ent+"vladimir-putin" || fmt.Sprint(r.Rows[0]["facts"]) != "3" {
				t.Errorf("rows %v, want Putin first with 3 meetings", r.Rows)
			}
		}},
	}
	covered := map[string]bool{}
	for _, c := range cases {
		covered[c.query] = true
		t.Run(c.query, func(t *testing.T) {
			r, err := Run(ctx, s, c.query, c.args, Options{})
			if err != nil {
				t.Fatal(err)
			}
			c.check(t, r)
		})
	}
	for _, q := range List() {
		if !covered[q.Name] {
			t.Errorf("query %s has no test case", q.Name)
		}
	}
}

func countRows(rows []map[string]any, want map[string]any) int {
	n := 0
	for _, r := range rows {
		if querytest.HasRow([]map[string]any{r}, want) {
			n++
		}
	}
	return n
}

// TestInjection: a parameter that looks like code is only a name.
func TestInjection(t *testing.T) {
	s := fixtureStore(t)
	ctx := context.Background()
	r, err := Run(ctx, s, "who-met", map[string]string{"entity": weirdName}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Rows) != 1 || r.Rows[0]["other"] != ent+"vladimir-putin" {
		t.Errorf("rows %v, want the odd-named person's one meeting", r.Rows)
	}
	for _, q := range []string{"who-met", "neighbours", "timeline"} {
		_, err = Run(ctx, s, q, map[string]string{"entity": `x"]}); g.Emit("pwned"); ({"`}, Options{})
		if !errors.Is(err, ErrBadArgs) {
			t.Errorf("%s: unknown odd name: error %v, want ErrBadArgs", q, err)
		}
	}
	r, err = Run(ctx, s, "on-date", map[string]string{"start": "2015", "predicate": "met"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = Run(ctx, s, "on-date", map[string]string{"start": `2015"); while(true){}; ("`}, Options{})
	if !errors.Is(err, ErrBadArgs) {
		t.Errorf("date with code: error %v, want ErrBadArgs", err)
	}
	// A string parameter reaches the script as data.
	src, err := bindScript(s.Vocab(), "g.Emit({x: params.entity})", map[string]any{"entity": weirdName}, nil)
	if err != nil {
		t.Fatal(err)
	}
	out, err := Gizmo(ctx, s, src, Options{})
	if err != nil || len(out) != 1 || fmt.Sprint(out[0].(map[string]any)["x"]) != weirdName {
		t.Errorf("bound string came back as %v (%v), want it verbatim", out, err)
	}
}

func TestArgErrors(t *testing.T) {
	s := fixtureStore(t)
	ctx := context.Background()
	for _, c := range []struct {
		query string
		args  map[string]string
		want  error
	}{
		{"no-such-query", nil, ErrUnknownQuery},
		{"who-met", map[string]string{}, ErrBadArgs},
		{"who-met", map[string]string{"entity": "Nobody At All"}, ErrBadArgs},
		{"who-met", map[string]string{"entity": "Putin", "colour": "red"}, ErrBadArgs},
		{"neighbours", map[string]string{"entity": "Putin", "predicate": "likes"}, ErrBadArgs},
		{"path", map[string]string{"from": "Putin", "to": "Iran", "hops": "-1"}, ErrBadArgs},
		{"path", map[string]string{"from": "Putin", "to": "Iran", "hops": "99"}, ErrBadArgs},
		{"on-date", map[string]string{"start": "23/11/2015"}, ErrBadArgs},
		{"on-date", map[string]string{"start": "2015-13-01"}, ErrBadArgs},
		{"on-date", map[string]string{"start": "2015-02-30"}, ErrBadArgs},
		{"on-date", map[string]string{"start": "2015-11", "end": "2015-00"}, ErrBadArgs},
	} {
		_, err := Run(ctx, s, c.query, c.args, Options{})
		if !errors.Is(err, c.want) {
			t.Errorf("%s %v: error %v, want %v", c.query, c.args, err, c.want)
		}
	}
}

func TestResolveEntity(t *testing.T) {
	s := fixtureStore(t)
	ctx := context.Background()
	for _, c := range []struct{ name, want string }{
		{"بوتين", "vladimir-putin"},            // Arabic alias
		{"فلاديمير بوتين", "vladimir-putin"},   // Arabic label
		{"Vladimir Putin", "vladimir-putin"},   // English label
		{"vladimir putin", "vladimir-putin"},   // capitalised for the exact look-up
		{"VLADIMIR PUTIN", "vladimir-putin"},   // the store's normalised scan
		{"Q7747", "vladimir-putin"},            // Wikidata id
		{graph.WD + "Q7747", "vladimir-putin"}, // Wikidata IRI
		{"vladimir-putin", "vladimir-putin"},   // key
		{"<" + ent + "iran>", "iran"},          // IRI in brackets
		{ent + "iran", "iran"},                 // bare IRI
		{"ايران", "iran"},                      // unnormalised Arabic
		{"Atlantis", ""},
	} {
		iris, err := ResolveEntity(ctx, s, c.name)
		if err != nil {
			t.Errorf("%q: %v", c.name, err)
			continue
		}
		got := ""
		if len(iris) > 0 {
			got = strings.TrimPrefix(string(iris[0]), ent)
		}
		if got != c.want || len(iris) > 1 {
			t.Errorf("ResolveEntity(%q) = %v, want %s", c.name, iris, c.want)
		}
	}
	idx, err := BuildNameIndex(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if got := idx.Exact("ALI khamenei"); len(got) != 1 || got[0] != ent+"ali-khamenei" {
		t.Errorf("Exact = %v", got)
	}
	if m := idx.Search("روح", 5); len(m) != 1 || m[0].IRI != ent+"hassan-rouhani" {
		t.Errorf("Search(روح) = %v", m)
	}
	if m := idx.Search("Putin", 5); len(m) != 1 || m[0].Name != "Putin" {
		t.Errorf("Search(Putin) = %v, want the whole-name match first", m)
	}
}

func TestPositionalArgs(t *testing.T) {
	q, _ := Lookup("path")
	args, err := PositionalArgs(q, []string{"Putin", "hops=3", "Assad"})
	if err != nil || args["from"] != "Putin" || args["to"] != "Assad" || args["hops"] != "3" {
		t.Errorf("PositionalArgs = %v, %v", args, err)
	}
	if _, err := PositionalArgs(q, []string{"a", "b", "3", "2", "extra"}); err == nil {
		t.Error("extra positional value accepted")
	}
	// A value containing "=" that is not a parameter name stays positional.
	args, _ = PositionalArgs(q, []string{"a=b", "c"})
	if args["from"] != "a=b" {
		t.Errorf("PositionalArgs kept %v", args)
	}
}

func TestLimit(t *testing.T) {
	s := fixtureStore(t)
	r, err := Run(context.Background(), s, "entity", map[string]string{"entity": "Putin"}, Options{Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Rows) != 2 || !r.Truncated {
		t.Errorf("%d rows, truncated=%v; want 2, true", len(r.Rows), r.Truncated)
	}
	out, err := Gizmo(context.Background(), s, `for (var i = 0; i < 100000; i++) { g.Emit(i); }`, Options{Limit: 5})
	if err != nil || len(out) != 5 {
		t.Errorf("Gizmo with limit 5: %d results, %v", len(out), err)
	}
}

// TestLoopStopped: a script that never ends is stopped at its deadline.
func TestLoopStopped(t *testing.T) {
	s := fixtureStore(t)
	for _, script := range []string{
		`while (true) {}`,
		`var n = 0; while (true) { n++; }`,
		`g.V().ForEach(function (d) { while (true) {} })`,
	} {
		start := time.Now()
		_, err := Gizmo(context.Background(), s, script, Options{Timeout: 300 * time.Millisecond})
		if !errors.Is(err, ErrTimeout) {
			t.Errorf("%s: error %v, want ErrTimeout", script, err)
		}
		// A hang guard, not a speed measurement: stopping takes well under a second.
		if d := time.Since(start); d > 30*time.Second {
			t.Errorf("%s: stopped only after %v", script, d)
		}
	}
	// The process is still usable afterwards.
	out, err := Gizmo(context.Background(), s, `g.V("<`+ent+`russia>").Out().All()`, Options{})
	if err != nil || len(out) == 0 {
		t.Errorf("after the loops: %v, %v", out, err)
	}
	if _, err := Gizmo(context.Background(), s, `g.V(`, Options{}); err == nil {
		t.Error("syntax error not reported")
	}
}

func TestWriteTablePath(t *testing.T) {
	r := &Result{Query: "path", Columns: []string{"hop", "from", "predicate", "to", "forward"}, Elapsed: "1.234567ms",
		Rows: []map[string]any{
			{"hop": 1, "from": "https://x/entity/a", "predicate": "supports", "to": "https://x/entity/b", "forward": true},
			{"hop": 2, "from": "https://x/entity/b", "predicate": "officialOf", "to": "https://x/entity/c", "forward": false},
			{"hop": 3, "from": "https://x/entity/c", "predicate": "met", "to": "https://x/entity/d", "forward": false},
		}}
	var b strings.Builder
	if err := r.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"supports →", "← officialOf", "(3 rows, 1.23ms)"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	// met holds both ways: no arrow, whichever way it is stored.
	if strings.Contains(out, "← met") || strings.Contains(out, "met →") {
		t.Errorf("a symmetric predicate is drawn with a direction:\n%s", out)
	}
	if strings.Contains(out, "forward") || strings.Contains(out, "true") {
		t.Errorf("table shows the forward column:\n%s", out)
	}
}

// routeRows returns the rows of one route of a path result.
func routeRows(rows []map[string]any, n int) []map[string]any {
	var out []map[string]any
	for _, r := range rows {
		if fmt.Sprint(r["route"]) == fmt.Sprint(n) {
			out = append(out, r)
		}
	}
	return out
}

func TestWriteTableEntity(t *testing.T) {
	r := &Result{Query: "entity", Columns: []string{"entity", "kind", "predicate", "value", "other", "date"}, Elapsed: "2ms",
		Rows: []map[string]any{
			{"entity": "https://x/entity/a", "kind": "label", "value": "Alpha"},
			{"entity": "https://x/entity/a", "kind": "out", "predicate": "met", "other": "https://x/entity/b", "date": "2015"},
			{"entity": "https://x/entity/a", "kind": "in", "predicate": "supports", "other": "https://x/entity/c"},
		}}
	var b strings.Builder
	if err := r.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(b.String(), "\n")
	if strings.Contains(lines[0], "other") {
		t.Errorf("header keeps the other column: %q", lines[0])
	}
	for i, want := range []string{"Alpha", "met →", "← supports"} {
		if !strings.Contains(lines[i+1], want) {
			t.Errorf("row %d %q lacks %q", i+1, lines[i+1], want)
		}
	}
	if !strings.Contains(lines[2], " b ") || !strings.Contains(lines[3], " c") {
		t.Errorf("fact rows lack the other entity:\n%s", b.String())
	}
}

// TestSuggest: a name that designates nothing gets the entities having one
// of its words as a whole word of a name, and only those.
func TestSuggest(t *testing.T) {
	s := fixtureStore(t)
	ctx := context.Background()
	for _, c := range []struct {
		name string
		want string // in the error; "" for no suggestion
	}{
		{"President Putin", "did you mean: Vladimir Putin"},
		{"الرئيس بوتين", "did you mean: Vladimir Putin"},
		{"Nobody At All", ""},
		{"Puti", ""}, // a prefix is not a word
	} {
		_, err := Run(ctx, s, "who-met", map[string]string{"entity": c.name}, Options{})
		if !errors.Is(err, ErrBadArgs) {
			t.Fatalf("%q: error %v, want ErrBadArgs", c.name, err)
		}
		got := err.Error()
		if c.want == "" && strings.Contains(got, "did you mean") || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%q: error %q, want suggestion %q", c.name, got, c.want)
		}
	}
}

// TestUserView: an ad-hoc script's g.V() lists the graph's nodes, not the
// store's bookkeeping (graph's TestUserView shows the raw store does).
func TestUserView(t *testing.T) {
	s := fixtureStore(t)
	ctx := context.Background()
	out, err := Gizmo(ctx, s, `g.V().All()`, Options{})
	if err != nil {
		t.Fatal(err)
	}
	view := fmt.Sprint(out)
	if strings.Contains(view, "urn:newskg:") || strings.Contains(view, "id:1]") {
		t.Errorf("g.V() shows meta nodes: %.500s", view)
	}
	if !strings.Contains(view, ent+"vladimir-putin") {
		t.Errorf("g.V() lost the graph's nodes: %.300s", view)
	}
	// Paths through the view still use the store's indexes and answer.
	out, err = Gizmo(ctx, s, `g.V("<`+ent+`vladimir-putin>").Both("<`+graph.DefaultBase+`vocab/met>").All()`, Options{})
	if err != nil || len(out) < 2 {
		t.Errorf("Both(met) through the view: %v, %v", out, err)
	}
}
