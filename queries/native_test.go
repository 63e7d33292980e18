package queries

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	mrand "math/rand"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	_ "github.com/lib/pq"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
)

// oracleStores returns fresh stores of every backend: memstore (no index:
// keys computed on demand), Bolt, and PostgreSQL when KG_TEST_POSTGRES
// holds a DSN whose role may create databases.
func oracleStores(t *testing.T) map[string]*graph.Store {
	specs := map[string]string{"mem": "mem:", "bolt": filepath.Join(t.TempDir(), "kg.db")}
	if dsn := os.Getenv("KG_TEST_POSTGRES"); dsn != "" {
		specs["postgres"] = freshDatabase(t, dsn)
	}
	out := map[string]*graph.Store{}
	for name, spec := range specs {
		s, err := graph.Open(context.Background(), spec, graph.Options{})
		if err != nil {
			t.Fatalf("open %s: %v", name, err)
		}
		t.Cleanup(func() { s.Close() })
		out[name] = s
	}
	return out
}

// freshDatabase creates a database on the server of dsn, dropped when the
// test ends, and returns its DSN.
func freshDatabase(t *testing.T, dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatalf("KG_TEST_POSTGRES: %v", err)
	}
	admin, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	var b [6]byte
	rand.Read(b[:])
	name := "kgtest_" + hex.EncodeToString(b[:])
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		admin.Close()
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		defer admin.Close()
		admin.Exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", name)
		admin.Exec("DROP DATABASE IF EXISTS " + name)
	})
	u.Path = "/" + name
	return u.String()
}

// oracleDoc is a random document over a pool of entities, with what makes
// rows differ: dates of every precision or none, meeting modes, places,
// symmetric predicates, deaths, evidence with quotes, brackets and line
// breaks, one label shared by two languages, the same fact in several
// documents.
func oracleDoc(rng *mrand.Rand, id int) *extract.Result {
	const pool = 9
	evidence := []string{`Plain sentence.`, `"Quoted," he said.`, `<b>bold</b>`, "Two\nlines\twith a tab", `back\slash "q"@en`}
	text := strings.Join(evidence, " ")
	r := &extract.Result{Doc: extract.Document{ID: fmt.Sprintf("doc-%02d", id), Lang: []string{"en", "ar", ""}[rng.Intn(3)],
		Title: fmt.Sprintf("Report %d", id), Text: text}}
	if rng.Intn(4) > 0 {
		r.Doc.Date = time.Date(2015, time.Month(1+rng.Intn(12)), 1+rng.Intn(28), 0, 0, 0, 0, time.UTC)
	}
	preds := []extract.Predicate{extract.Met, extract.Met, extract.Met, extract.Supports, extract.AllyOf, extract.Visited, extract.CooperatesWith}
	dates := []string{"", "2014", "2015-03", "2015-03-02", "2015-03-10"}
	used := map[int]bool{}
	for f := 0; f < 2+rng.Intn(7); f++ {
		a, b := rng.Intn(pool), rng.Intn(pool)
		if a == b {
			b = (a + 1) % pool
		}
		used[a], used[b] = true, true
		ev := evidence[rng.Intn(len(evidence))]
		start := strings.Index(text, ev)
		fact := extract.Fact{Subject: fmt.Sprintf("e%d", a), Predicate: preds[rng.Intn(len(preds))], Object: fmt.Sprintf("e%d", b),
			Date: dates[rng.Intn(len(dates))], Evidence: ev, Start: start, End: start + len(ev), Rule: "test/oracle",
			Confidence: 0.5 + float64(rng.Intn(5))/10}
		if fact.Predicate == extract.Met && rng.Intn(2) == 0 {
			fact.Mode = extract.MeetingModes[rng.Intn(len(extract.MeetingModes))]
		}
		if rng.Intn(3) == 0 {
			fact.Place = fmt.Sprintf("e%d", rng.Intn(pool))
			used[entityIndex(fact.Place)] = true
		}
		if rng.Intn(10) == 0 {
			fact.Predicate, fact.Object, fact.Value, fact.Mode = extract.Deaths, "", fmt.Sprint(rng.Intn(40)), ""
		}
		r.Facts = append(r.Facts, fact)
	}
	for i := range pool {
		if !used[i] {
			continue
		}
		e := extract.Entity{Key: fmt.Sprintf("e%d", i), Type: []extract.EntityType{extract.Person, extract.Country}[i%2],
			Labels: map[string]string{"en": fmt.Sprintf("Entity %d", i), "ar": fmt.Sprintf("كيان %d", i)}, Confidence: 1}
		if i == 3 {
			e.Labels["ar"] = "Entity 3" // the same text in two languages
		}
		if rng.Intn(2) == 0 {
			e.AltLabels = []extract.Label{{Text: fmt.Sprintf("E%d", i), Lang: "en"}, {Text: fmt.Sprintf("Alias %d", rng.Intn(3)), Lang: "en"}}
		}
		if i%3 == 0 {
			e.Wikidata = fmt.Sprintf("Q%d", 100+i)
		}
		r.Entities = append(r.Entities, e)
	}
	return r
}

func entityIndex(key string) int {
	var i int
	fmt.Sscanf(key, "e%d", &i)
	return i
}

// normalised returns rows as JSON would carry them.
func normalised(t *testing.T, rows []map[string]any) []map[string]any {
	t.Helper()
	b, err := json.Marshal(rows)
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func rowText(r map[string]any) string {
	b, _ := json.Marshal(r)
	return string(b)
}

func texts(rows []map[string]any) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = rowText(r)
	}
	return out
}

// comparable turns rows into what the script defines: who-met in order;
// entity in order except the description rows of each entity (a set);
// neighbours a set.
func comparable(name string, rows []map[string]any) []string {
	switch name {
	case "neighbours":
		out := texts(rows)
		sort.Strings(out)
		return out
	case "entity":
		var out, head []string
		flush := func() {
			sort.Strings(head)
			out, head = append(out, head...), nil
		}
		for _, r := range rows {
			switch r["kind"] {
			case "type", "label", "altLabel", "sameAs":
				head = append(head, rowText(r))
			default:
				flush()
				out = append(out, rowText(r))
			}
		}
		flush()
		return out
	}
	return texts(rows)
}

// The Go answers of who-met, entity and neighbours are the scripts'
// answers, on random stores of every backend, for one entity and for
// several at once; read in pages of any size from their cursors they add
// up to the whole answer, and the count is its length.
func TestNativeMatchesScript(t *testing.T) {
	ctx := context.Background()
	for name, s := range oracleStores(t) {
		t.Run(name, func(t *testing.T) {
			rng := mrand.New(mrand.NewSource(17))
			steps := 12
			if name == "postgres" {
				steps = 4 // Cayley's SQL backend runs the scripts slowly
			}
			for step := 0; step < steps; step++ {
				var rs []*extract.Result
				for i := 0; i < 3; i++ {
					rs = append(rs, oracleDoc(rng, rng.Intn(14)))
				}
				if _, errs := s.WriteMany(ctx, rs); errs[0] != nil {
					t.Fatal(errs)
				}
				if step%4 == 3 {
					s.Forget(ctx, fmt.Sprintf("doc-%02d", rng.Intn(14)))
				}
				e := &env{vocab: s.Vocab(), store: s, opt: Options{Limit: 1 << 20}}
				for trial := 0; trial < 6; trial++ {
					ents := []string{string(s.Vocab().Entity(fmt.Sprintf("e%d", rng.Intn(9))))}
					if trial%3 == 2 {
						ents = append(ents, string(s.Vocab().Entity(fmt.Sprintf("e%d", rng.Intn(9)))))
						sort.Strings(ents)
						if ents[0] == ents[1] {
							ents = ents[:1]
						}
					}
					for _, qname := range []string{"who-met", "entity", "neighbours"} {
						args := map[string]any{"entity": ents}
						if qname == "neighbours" && trial%2 == 1 {
							args["predicate"] = []string{extract.Met, extract.AllyOf, extract.Visited}[rng.Intn(3)]
						} else if qname == "neighbours" {
							args["predicate"] = nil
						}
						compareNative(t, ctx, e, qname, args, 1+rng.Intn(4))
					}
				}
			}
		})
	}
}

// compareNative checks one native query against its script, and its pages.
func compareNative(t *testing.T, ctx context.Context, e *env, name string, args map[string]any, pageSize int) {
	t.Helper()
	q, _ := Lookup(name)
	if !q.Paged() {
		t.Fatalf("%s is not native", name)
	}
	want, err := runScript(ctx, e, q.script, args)
	if err != nil {
		t.Fatalf("%s script: %v", name, err)
	}
	whole, next, err := q.page(ctx, e, args, "", 1<<20)
	if err != nil || next != "" {
		t.Fatalf("%s: %v (next %q)", name, err, next)
	}
	w, g := comparable(name, normalised(t, want)), comparable(name, normalised(t, whole))
	if strings.Join(w, "\n") != strings.Join(g, "\n") {
		t.Fatalf("%s %v: Go answer differs from the script's:\n%s\nscript:\n%s", name, args, strings.Join(g, "\n"), strings.Join(w, "\n"))
	}
	var paged []map[string]any
	after := ""
	for i := 0; ; i++ {
		rows, next, err := q.page(ctx, e, args, after, pageSize)
		if err != nil {
			t.Fatalf("%s page %d: %v", name, i, err)
		}
		if len(rows) > pageSize || (next != "" && len(rows) < pageSize) {
			t.Fatalf("%s page %d: %d rows of %d, next %q", name, i, len(rows), pageSize, next)
		}
		paged = append(paged, rows...)
		if next == "" {
			break
		}
		after = next
	}
	if a, b := texts(normalised(t, paged)), texts(normalised(t, whole)); strings.Join(a, "\n") != strings.Join(b, "\n") {
		t.Fatalf("%s %v in pages of %d:\n%s\nwhole:\n%s", name, args, pageSize, strings.Join(a, "\n"), strings.Join(b, "\n"))
	}
	if n, err := q.count(ctx, e, args); err != nil || n != len(whole) {
		t.Fatalf("%s count %d, %v; the answer has %d rows", name, n, err, len(whole))
	}
}

// Run pages a native query from its cursors and counts it; a cursor it did
// not give, or one given to a query that does not page, is a bad argument.
func TestRunPagesNativeQueries(t *testing.T) {
	s := fixtureStore(t)
	ctx := context.Background()
	all, err := Run(ctx, s, "entity", map[string]string{"entity": "Vladimir Putin"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if all.Next != "" || all.Truncated || len(all.Rows) < 4 {
		t.Fatalf("whole answer: %d rows, next %q", len(all.Rows), all.Next)
	}
	var got []map[string]any
	opt := Options{Limit: 3, Count: true}
	for {
		res, err := Run(ctx, s, "entity", map[string]string{"entity": "Vladimir Putin"}, opt)
		if err != nil {
			t.Fatal(err)
		}
		if res.Count == nil || *res.Count != len(all.Rows) {
			t.Fatalf("count %v, want %d", res.Count, len(all.Rows))
		}
		if res.Truncated != (res.Next != "") {
			t.Fatalf("truncated %v with next %q", res.Truncated, res.Next)
		}
		got = append(got, res.Rows...)
		if res.Next == "" {
			break
		}
		opt.After = res.Next
	}
	if a, b := texts(normalised(t, got)), texts(normalised(t, all.Rows)); strings.Join(a, "\n") != strings.Join(b, "\n") {
		t.Fatalf("pages:\n%s\nwhole:\n%s", strings.Join(a, "\n"), strings.Join(b, "\n"))
	}
	for _, c := range []struct{ query, after string }{
		{"entity", "bm90IG91cnM"},
		{"entity", "%%%"},
		{"supporters-of", encodeCursorForTest()},
	} {
		_, err := Run(ctx, s, c.query, map[string]string{"entity": "Vladimir Putin"}, Options{After: c.after})
		if err == nil || !strings.Contains(err.Error(), ErrBadArgs.Error()) {
			t.Errorf("%s after %q: %v, want a bad argument", c.query, c.after, err)
		}
	}
}

func encodeCursorForTest() string { return cursor{a: 1}.encode() }
