package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/newskg/kg/graph"
)

// hubServer serves a Bolt store in which "Hub" met 300 people (the zz
// test extractor: one fact per "A met B" line), with ingest on.
func hubServer(t *testing.T, cfg Config) (string, *Server) {
	t.Helper()
	ts, s := hubTestServer(t, cfg)
	return ts.URL, s
}

// hubTestServer is hubServer returning the test HTTP server itself, for a
// test that must wait for in-flight handlers (its Close does).
func hubTestServer(t *testing.T, cfg Config) (*httptest.Server, *Server) {
	t.Helper()
	st, err := graph.Open(context.Background(), filepath.Join(t.TempDir(), "kg.db"), graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	cfg.Store, cfg.AllowIngest = st, true
	ts, s := newTestServer(t, cfg)
	var body strings.Builder
	for i := 0; i < 300; i++ {
		text := fmt.Sprintf("Hub met Q%03d\n", i)
		j, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("d%03d", i), "lang": "zz", "date": fmt.Sprintf("2015-%02d-%02d", 1+i%12, 1+i%28), "text": text})
		body.Write(j)
		body.WriteByte('\n')
	}
	if code, _ := call(t, "POST", ts.URL+"/api/ingest", "application/x-ndjson", body.String(), nil); code != 200 {
		t.Fatalf("ingest: %d", code)
	}
	return ts, s
}

type pageBody struct {
	Rows      []map[string]any `json:"rows"`
	Next      string           `json:"next"`
	Count     *int             `json:"count"`
	Truncated bool             `json:"truncated"`
}

// A hub's answer comes in pages: following the cursors gives exactly the
// unpaged answer, in its order; count says how many rows there are; a
// write shows in the next request.
func TestQueryPaging(t *testing.T) {
	base, _ := hubServer(t, Config{})
	var all pageBody
	call(t, "GET", base+"/api/query/who-met?entity=Hub&limit=1000", "", "", &all)
	if len(all.Rows) != 300 || all.Next != "" {
		t.Fatalf("unpaged: %d rows, next %q", len(all.Rows), all.Next)
	}
	var got []map[string]any
	u := base + "/api/query/who-met?entity=Hub&limit=50&count=true"
	pages := 0
	for u != "" {
		var p pageBody
		if code, _ := call(t, "GET", u, "", "", &p); code != 200 {
			t.Fatalf("%s: %d", u, code)
		}
		if p.Count == nil || *p.Count != 300 {
			t.Fatalf("count %v, want 300", p.Count)
		}
		if len(p.Rows) > 50 || (p.Next != "") != p.Truncated {
			t.Fatalf("page of %d rows, next %q, truncated %v", len(p.Rows), p.Next, p.Truncated)
		}
		got = append(got, p.Rows...)
		pages++
		u = ""
		if p.Next != "" {
			u = base + "/api/query/who-met?entity=Hub&limit=50&count=true&after=" + url.QueryEscape(p.Next)
		}
	}
	if pages != 6 || fmt.Sprint(got) != fmt.Sprint(all.Rows) {
		t.Fatalf("%d pages, %d rows; the pages differ from the unpaged answer", pages, len(got))
	}
	// A new meeting shows at once (the cached answer belongs to the old store).
	j := `{"id":"late","lang":"zz","date":"2016-01-01","text":"Hub met Latecomer\n"}`
	if code, _ := call(t, "POST", base+"/api/ingest", "application/json", j, nil); code != 200 {
		t.Fatalf("ingest: %d", code)
	}
	var after pageBody
	call(t, "GET", base+"/api/query/who-met?entity=Hub&limit=1000", "", "", &after)
	if len(after.Rows) != 301 {
		t.Errorf("after a write: %d rows, want 301", len(after.Rows))
	}
	if code, _ := call(t, "GET", base+"/api/query/who-met?entity=Hub&after=bogus", "", "", nil); code != 400 {
		t.Errorf("bad cursor: %d", code)
	}
}

// Fifty clients asking for the same hub at once all get the answer, and it
// is computed once.
func TestQueryCrowd(t *testing.T) {
	base, s := hubServer(t, Config{})
	before := s.answers.runs.Load()
	var wg sync.WaitGroup
	errs := make(chan string, 50)
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var p pageBody
			if code, _ := call(t, "GET", base+"/api/query/who-met?entity=Hub&limit=50", "", "", &p); code != 200 || len(p.Rows) != 50 {
				errs <- fmt.Sprintf("status %d, %d rows", code, len(p.Rows))
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if n := s.answers.runs.Load() - before; n != 1 {
		t.Errorf("the answer was computed %d times for the crowd, want once", n)
	}
}
