package server

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/newskg/kg/graph/export"
)

// getBody does a GET and returns the status and body.
func getBody(t *testing.T, u string) (int, []byte) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, b
}

// Twenty clients exporting the same neighbourhood at once get the same
// bytes as the exporter writes, computed once; a write makes the next
// export new; a tiny cache still answers (each file evicted by the next);
// Close removes the files.
func TestExportShared(t *testing.T) {
	ts, s := hubTestServer(t, Config{})
	base := ts.URL
	u := base + "/api/export?format=nquads&entity=Hub&hops=1"
	var want bytes.Buffer
	iris, _ := s.store.Resolve(context.Background(), "Hub")
	if err := export.Write(context.Background(), &want, s.store, "nquads", export.Filter{Entity: iris[0], Hops: 1}); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	bodies := make([][]byte, 20)
	codes := make([]int, 20)
	for i := range bodies {
		wg.Add(1)
		go func() { defer wg.Done(); codes[i], bodies[i] = getBody(t, u) }()
	}
	wg.Wait()
	for i := range bodies {
		if codes[i] != 200 || !bytes.Equal(bodies[i], want.Bytes()) {
			t.Fatalf("client %d: status %d, %d bytes; want 200 and the exporter's %d bytes", i, codes[i], len(bodies[i]), want.Len())
		}
	}
	if n := s.exportFiles.runs.Load(); n != 1 {
		t.Errorf("the export was written %d times for 20 clients, want once", n)
	}
	j := `{"id":"late","lang":"zz","date":"2016-01-01","text":"Hub met Latecomer\n"}`
	if code, _ := call(t, "POST", base+"/api/ingest", "application/json", j, nil); code != 200 {
		t.Fatalf("ingest: %d", code)
	}
	if code, b := getBody(t, u); code != 200 || !strings.Contains(string(b), "latecomer") {
		t.Errorf("after a write: status %d, the new meeting missing from the export", code)
	}
	if n := s.exportFiles.runs.Load(); n != 2 {
		t.Errorf("exports written after a write: %d, want 2", n)
	}
	var files []*exportFile
	for e := s.exportFiles.lru.Front(); e != nil; e = e.Next() {
		files = append(files, e.Value.(*exportFile))
	}
	s.exportFiles.max = 1
	for _, q := range []string{"Q001", "Q002", "Hub"} {
		if code, b := getBody(t, base+"/api/export?format=nquads&entity="+q); code != 200 || len(b) == 0 {
			t.Errorf("export of %s with a one-byte cache: status %d, %d bytes", q, code, len(b))
		}
	}
	if s.exportFiles.lru.Len() != 1 {
		t.Errorf("a one-byte cache keeps %d files, want the last only", s.exportFiles.lru.Len())
	}
	for e := s.exportFiles.lru.Front(); e != nil; e = e.Next() {
		files = append(files, e.Value.(*exportFile))
	}
	// A client has its body before its handler has released the file:
	// wait for every handler to return, as a server being shut down does.
	ts.Close()
	s.Close()
	for _, f := range files {
		if f.f != nil || f.readers != 0 {
			t.Errorf("export file of %q still open after Close (%d readers)", f.key, f.readers)
		}
	}
}

// An export nobody waits for any more is stopped: its writing sees its
// context end, and it is not kept.
func TestExportAbandoned(t *testing.T) {
	c := newExportCache(1 << 20)
	started, stopped := make(chan struct{}), make(chan error, 1)
	write := func(ctx context.Context, w io.Writer) (string, error) {
		close(started)
		<-ctx.Done()
		stopped <- ctx.Err()
		return "", ctx.Err()
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() {
		_, err := c.open(ctx, "k", "v1", write)
		errc <- err
	}()
	<-started
	c.mu.Lock()
	fl := c.flights["k\x00v1"]
	c.mu.Unlock()
	cancel()
	if err := <-errc; err == nil {
		t.Fatalf("open succeeded after its request went away")
	}
	if err := <-stopped; err == nil {
		t.Fatalf("the writing of an abandoned export went on")
	}
	<-fl.done
	if c.lru.Len() != 0 {
		t.Errorf("an abandoned export was kept")
	}
}

// A neighbourhood export is bounded by Config.ExportFacts, or fewer facts
// with ?limit=: the body is the exporter's with that limit and the header
// KG-Export-Cut says it may be cut (a hub's star; a small entity next to a
// hub whose neighbourhood would cost too much to read under a low limit);
// a neighbourhood within the limit is whole, without the header; a limit
// beyond the server's, or without an entity, is refused.
func TestExportFactLimit(t *testing.T) {
	base, s := hubServer(t, Config{ExportFacts: 100})
	hub, _ := s.store.Resolve(context.Background(), "Hub")
	small, _ := s.store.Resolve(context.Background(), "Q007")
	cases := []struct {
		query    string
		maxFacts int
		cut      string
		wantCode int
	}{
		{"entity=Hub&hops=1", 100, "100", 200},
		{"entity=Hub&hops=1&limit=10", 10, "10", 200},
		{"entity=Q007&hops=1", 100, "", 200},
		{"entity=Q007&hops=1&limit=10", 10, "10", 200},
		{"entity=Hub&limit=101", 0, "", 400},
		{"entity=Hub&limit=0", 0, "", 400},
		{"limit=10", 0, "", 400},
	}
	for _, c := range cases {
		resp, err := http.Get(base + "/api/export?format=nquads&" + c.query)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != c.wantCode {
			t.Errorf("%s: status %d, want %d (%s)", c.query, resp.StatusCode, c.wantCode, body)
			continue
		}
		if c.wantCode != 200 {
			continue
		}
		if got := resp.Header.Get("KG-Export-Cut"); got != c.cut {
			t.Errorf("%s: KG-Export-Cut %q, want %q", c.query, got, c.cut)
		}
		e := hub[0]
		if strings.Contains(c.query, "Q007") {
			e = small[0]
		}
		var want bytes.Buffer
		rep, err := export.WriteReport(context.Background(), &want, s.store, "nquads", export.Filter{Entity: e, Hops: 1, MaxFacts: c.maxFacts})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(body, want.Bytes()) || rep.Cut != (c.cut != "") {
			t.Errorf("%s: %d bytes, the exporter's %d (cut %v)", c.query, len(body), want.Len(), rep.Cut)
		}
	}
}
