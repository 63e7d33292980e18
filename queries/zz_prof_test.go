package queries

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/newskg/kg/graph"
)

func TestProf(t *testing.T) {
	dir := os.Getenv("KG_PROF_DB")
	if dir == "" {
		t.Skip()
	}
	ctx := context.Background()
	s, err := graph.Open(ctx, dir, graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	e := &env{qs: s.QuadStore(), vocab: s.Vocab(), store: s, opt: Options{}}
	for _, key := range []string{"gen/e000000", "gen/e000008", "gen/e000100", "gen/e005000"} {
		iri := string(s.Vocab().Entity(key))
		t0 := time.Now()
		iris, err := ResolveEntity(ctx, s, iri)
		t1 := time.Now()
		for _, q := range []string{"who-met", "neighbours"} {
			qq, _ := Lookup(q)
			t2 := time.Now()
			rows, err2 := runScript(ctx, e, qq.script, map[string]any{"entity": []string{string(iris[0])}})
			t3 := time.Now()
			ents := describeRows(ctx, e, rows)
			t4 := time.Now()
			t.Logf("%s %s: resolve %v (%v) script %v (%d rows, %v) describe %v (%d)", key, q, t1.Sub(t0), err, t3.Sub(t2), len(rows), err2, t4.Sub(t3), len(ents))
		}
	}
}
