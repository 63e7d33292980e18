package ar

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
)

// Shared evaluation inputs, read at test time only (never copied into the
// repository).
const (
	seedPath = "/work/shared/examples/putin-khamenei-2015-11-23.ar.txt"
	devPath  = "/work/shared/eval/dev/docs/articles.jsonl"
)

// loadSeed reads the seed article.
func loadSeed(t testing.TB) []extract.Document {
	b, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	return []extract.Document{{
		ID: "putin-khamenei-2015-11-23", Lang: "ar", Text: string(b),
		Date: time.Date(2015, 11, 23, 0, 0, 0, 0, time.UTC), Origin: seedPath,
	}}
}

// loadDev reads the dev articles (JSON lines: id, title, date, url, text).
func loadDev(t testing.TB) []extract.Document {
	f, err := os.Open(devPath)
	if err != nil {
		t.Skipf("dev articles not available: %v", err)
	}
	defer f.Close()
	var docs []extract.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<22), 1<<22)
	n := 0
	for sc.Scan() {
		n++
		var a struct{ ID, Title, Date, URL, Lang, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s:%d: %v", devPath, n, err)
		}
		dt, err := time.Parse("2006-01-02", a.Date)
		if err != nil {
			t.Fatalf("%s:%d: date: %v", devPath, n, err)
		}
		docs = append(docs, extract.Document{ID: a.ID, Title: a.Title, Date: dt, URL: a.URL, Lang: "ar", Text: a.Text,
			Origin: fmt.Sprintf("%s:%d", devPath, n)})
	}
	return docs
}

// TestWriteEvalNQuads runs the extractor on the seed and dev articles and
// writes seed.nq and dev.nq (and facts.tsv, a readable listing) into
// $KG_EVAL_OUT for ../shared/eval/score.py. It skips when KG_EVAL_OUT is
// unset.
func TestWriteEvalNQuads(t *testing.T) {
	out := os.Getenv("KG_EVAL_OUT")
	if out == "" {
		t.Skip("KG_EVAL_OUT not set")
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	x := New()
	for _, set := range []struct {
		name string
		docs []extract.Document
	}{{"seed", loadSeed(t)}, {"dev", loadDev(t)}} {
		var lines []string
		var listing strings.Builder
		for _, doc := range set.docs {
			r, err := x.Extract(context.Background(), doc)
			if err != nil {
				t.Fatal(err)
			}
			qs, err := graph.ResultQuads(graph.NewVocab(""), r)
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range qs {
				lines = append(lines, q.NQuad())
			}
			for _, f := range r.Facts {
				fmt.Fprintf(&listing, "%s\t%s\t%s\t%s%s\t%s\t%s\t%.2f\t%s\t%s\n", doc.ID, f.Subject, f.Predicate, f.Object, f.Value, f.Date, f.Rule, f.Confidence, f.Role, f.Evidence)
			}
		}
		sort.Strings(lines)
		if err := os.WriteFile(filepath.Join(out, set.name+".nq"), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(out, set.name+".facts.tsv"), []byte(listing.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
