// Package seedtest runs the canned queries on what the Arabic extractor
// finds in the seed article. It lives apart from package queries so that the
// library's own tests do not depend on the extractor.
package seedtest

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/newskg/kg/extract"
	_ "github.com/newskg/kg/extract/ar" // registers the "ar" extractor
	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/queries"
	"github.com/newskg/kg/queries/querytest"
)

const ent = graph.DefaultBase + "entity/"

const seedArticle = "../../examples/putin-khamenei-2015-11-23.ar.txt"

// seedStore ingests the seed article with the registered Arabic extractor
// into a fresh Bolt store.
func seedStore(t testing.TB) *graph.Store {
	t.Helper()
	text, err := os.ReadFile(seedArticle)
	if err != nil {
		t.Fatalf("read %s: %v", seedArticle, err)
	}
	ctx := context.Background()
	x, err := extract.Lookup("ar")
	if err != nil {
		t.Fatal(err)
	}
	doc := extract.Document{ID: "putin-khamenei-2015-11-23", Lang: "ar", Text: string(text),
		Date: time.Date(2015, 11, 23, 0, 0, 0, 0, time.UTC), Origin: seedArticle}
	r, err := x.Extract(ctx, doc)
	if err != nil {
		t.Fatalf("extract %s: %v", seedArticle, err)
	}
	s, err := graph.Open(ctx, t.TempDir()+"/kg.db", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Write(ctx, r); err != nil {
		t.Fatalf("write %s: %v", seedArticle, err)
	}
	return s
}

// TestSeedArticle runs the canned queries on the facts the Arabic
// extractor finds in the seed article.
func TestSeedArticle(t *testing.T) {
	s := seedStore(t)
	ctx := context.Background()
	run := func(t *testing.T, name string, args map[string]string) *queries.Result {
		t.Helper()
		r, err := queries.Run(ctx, s, name, args, queries.Options{})
		if err != nil {
			t.Fatalf("%s %v: %v", name, args, err)
		}
		return r
	}
	t.Run("who-met", func(t *testing.T) {
		r := run(t, "who-met", map[string]string{"entity": "بوتين"})
		if !querytest.HasRow(r.Rows, map[string]any{"other": ent + "ali-khamenei", "date": "2015-11-23"}) {
			t.Errorf("who-met Putin lacks Khamenei on 2015-11-23: %v", r.Rows)
		}
		if !querytest.HasRow(r.Rows, map[string]any{"other": ent + "hassan-rouhani"}) {
			t.Errorf("who-met Putin lacks Rouhani: %v", r.Rows)
		}
	})
	t.Run("supporters-of", func(t *testing.T) {
		r := run(t, "supporters-of", map[string]string{"entity": "syrian-government"})
		for _, a := range []string{"russia", "iran"} {
			if !querytest.HasRow(r.Rows, map[string]any{"actor": ent + a}) {
				t.Errorf("supporters of the Syrian government lack %s: %v", a, r.Rows)
			}
		}
	})
	t.Run("opponents-of", func(t *testing.T) {
		r := run(t, "opponents-of", map[string]string{"entity": "الأسد"})
		for _, a := range []string{"united-states", "france", "saudi-arabia", "turkey"} {
			if !querytest.HasRow(r.Rows, map[string]any{"actor": ent + a}) {
				t.Errorf("opponents of Assad lack %s: %v", a, r.Rows)
			}
		}
	})
	t.Run("path", func(t *testing.T) {
		r := run(t, "path", map[string]string{"from": "لافروف", "to": "الأسد"})
		if len(r.Rows) == 0 {
			t.Errorf("no path from Lavrov to Assad within 4 hops")
		}
	})
	// Every other query runs and answers something sensible.
	for _, c := range []struct {
		name string
		args map[string]string
		min  int
	}{
		{"entity", map[string]string{"entity": "Q7747"}, 3},
		{"neighbours", map[string]string{"entity": "بوتين"}, 2},
		{"allies-of", map[string]string{"entity": "إيران"}, 0},
		{"attacks-by", map[string]string{"entity": "روسيا"}, 0},
		{"attacks-on", map[string]string{"entity": "سوريا"}, 0},
		{"officials-of", map[string]string{"entity": "روسيا"}, 1},
		{"timeline", map[string]string{"entity": "بوتين"}, 1},
		{"evidence", map[string]string{"from": "بوتين", "predicate": "met", "to": "خامنئي"}, 1},
		{"between", map[string]string{"from": "بوتين", "to": "خامنئي"}, 1},
		{"on-date", map[string]string{"start": "2015-11-23"}, 1},
		{"co-mentioned", map[string]string{"entity": "بوتين"}, 2},
		{"top-actors", map[string]string{}, 3},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.name, c.args)
			if len(r.Rows) < c.min {
				t.Errorf("%d rows, want at least %d: %v", len(r.Rows), c.min, r.Rows)
			}
		})
	}
}
