package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/queries/querytest"
)

const ent = graph.DefaultBase + "entity/"

// testExtractor is registered for the made-up language "zz": it turns each
// line "A met B" into a fact, so ingest is tested independently of the real
// extractors.
func init() {
	extract.Register("zz", extract.ExtractorFunc(func(ctx context.Context, d extract.Document) (*extract.Result, error) {
		r := &extract.Result{Doc: d}
		seen := map[string]bool{}
		off := 0
		for _, line := range strings.SplitAfter(d.Text, "\n") {
			a, b, ok := strings.Cut(strings.TrimSpace(line), " met ")
			if ok {
				for _, n := range []string{a, b} {
					if !seen[n] {
						seen[n] = true
						r.Entities = append(r.Entities, extract.Entity{Key: "zz/" + n, Type: extract.Person,
							Labels: map[string]string{"en": n}, Confidence: 0.5})
					}
				}
				r.Facts = append(r.Facts, extract.Fact{Subject: "zz/" + a, Predicate: extract.Met, Object: "zz/" + b,
					Evidence: strings.TrimSpace(line), Start: off, End: off + len(strings.TrimSpace(line)), Confidence: 0.5, Rule: "zz/met"})
			}
			off += len(line)
		}
		return r, nil
	}))
}

func newTestServer(t *testing.T, cfg Config) (*httptest.Server, *Server) {
	t.Helper()
	if cfg.Store == nil {
		cfg.Store = querytest.Store(t)
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(func() { ts.Close(); s.Close() })
	return ts, s
}

// call does one request and decodes a JSON answer into out (when not nil).
func call(t *testing.T, method, u, ctype, body string, out any) (int, http.Header) {
	t.Helper()
	req, err := http.NewRequest(method, u, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("%s %s: %d, body not JSON: %v: %.300s", method, u, resp.StatusCode, err, b)
		}
	}
	return resp.StatusCode, resp.Header
}

type errBody struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

func TestEndpoints(t *testing.T) {
	ts, _ := newTestServer(t, Config{AllowGizmo: true})
	u := ts.URL
	cases := []struct {
		name, method, path, ctype, body string
		status                          int
		check                           func(t *testing.T, body map[string]any)
	}{
		{"healthz", "GET", "/healthz", "", "", 200, func(t *testing.T, b map[string]any) {
			if b["status"] != "ok" || b["backend"] != "bolt" {
				t.Errorf("healthz %v", b)
			}
		}},
		{"queries", "GET", "/api/queries", "", "", 200, func(t *testing.T, b map[string]any) {
			qs, _ := b["queries"].([]any)
			if len(qs) < 16 {
				t.Errorf("%d queries listed", len(qs))
			}
			first := qs[0].(map[string]any)
			if first["params"] == nil || first["purpose"] == "" {
				t.Errorf("query without parameters or purpose: %v", first)
			}
		}},
		{"who-met", "GET", "/api/query/who-met?entity=" + url.QueryEscape("بوتين"), "", "", 200, func(t *testing.T, b map[string]any) {
			if !strings.Contains(fmt.Sprint(b["rows"]), ent+"ali-khamenei") || !strings.Contains(fmt.Sprint(b["rows"]), "2015-11-23") {
				t.Errorf("rows %v", b["rows"])
			}
		}},
		{"query limit", "GET", "/api/query/entity?entity=Putin&limit=2", "", "", 200, func(t *testing.T, b map[string]any) {
			if rows := b["rows"].([]any); len(rows) != 2 || b["truncated"] != true {
				t.Errorf("%d rows, truncated %v", len(rows), b["truncated"])
			}
		}},
		{"path", "GET", "/api/query/path?from=" + url.QueryEscape("لافروف") + "&to=Syrian+government&routes=1", "", "", 200, func(t *testing.T, b map[string]any) {
			if rows := b["rows"].([]any); len(rows) != 2 {
				t.Errorf("path rows %v", rows)
			}
		}},
		{"code-like name is data", "GET", "/api/query/who-met?entity=" + url.QueryEscape(querytest.WeirdName), "", "", 200, func(t *testing.T, b map[string]any) {
			rows := b["rows"].([]any)
			if len(rows) != 1 || rows[0].(map[string]any)["other"] != ent+"vladimir-putin" {
				t.Errorf("rows %v", rows)
			}
		}},
		{"unknown query", "GET", "/api/query/nope", "", "", 404, nil},
		{"missing param", "GET", "/api/query/who-met", "", "", 400, nil},
		{"unknown entity", "GET", "/api/query/who-met?entity=Nobody", "", "", 400, nil},
		{"repeated param", "GET", "/api/query/who-met?entity=a&entity=b", "", "", 400, nil},
		{"query time limit", "GET", "/api/query/top-actors?timeout=1ns", "", "", 504, nil},
		{"query time limit resolving", "GET", "/api/query/who-met?entity=Putin&timeout=1ns", "", "", 504, nil},
		{"bad timeout", "GET", "/api/query/who-met?entity=Putin&timeout=soon", "", "", 400, nil},
		{"bad limit", "GET", "/api/query/who-met?entity=Putin&limit=-3", "", "", 400, nil},
		{"entity by arabic alias", "GET", "/api/entity/" + url.PathEscape("بوتين"), "", "", 200, func(t *testing.T, b map[string]any) {
			e := b["entity"].(map[string]any)
			if e["iri"] != ent+"vladimir-putin" || e["type"] != "Person" || e["wikidata"] != "Q7747" {
				t.Errorf("entity %v", e)
			}
			if !strings.Contains(fmt.Sprint(b["facts"]), "hassan-rouhani") {
				t.Errorf("facts %v", b["facts"])
			}
		}},
		{"entity by IRI", "GET", "/api/entity/" + url.PathEscape(ent+"iran"), "", "", 200, func(t *testing.T, b map[string]any) {
			if b["entity"].(map[string]any)["label"] != "Iran" {
				t.Errorf("entity %v", b["entity"])
			}
		}},
		{"entity unknown", "GET", "/api/entity/Atlantis", "", "", 404, nil},
		{"entity by unnormalised arabic", "GET", "/api/entity/" + url.PathEscape("ايران"), "", "", 200, func(t *testing.T, b map[string]any) {
			if b["entity"].(map[string]any)["iri"] != ent+"iran" {
				t.Errorf("entity %v (إيران written with a bare alef, found through the name index)", b["entity"])
			}
		}},
		{"query by lower-case name", "GET", "/api/query/who-met?entity=ALI+KHAMENEI", "", "", 200, func(t *testing.T, b map[string]any) {
			if !strings.Contains(fmt.Sprint(b["rows"]), "vladimir-putin") {
				t.Errorf("rows %v", b["rows"])
			}
		}},
		{"search arabic prefix", "GET", "/api/search?q=" + url.QueryEscape("بوت"), "", "", 200, func(t *testing.T, b map[string]any) {
			rs := b["results"].([]any)
			if len(rs) == 0 || rs[0].(map[string]any)["iri"] != ent+"vladimir-putin" {
				t.Errorf("results %v", rs)
			}
		}},
		{"search english word prefix", "GET", "/api/search?q=khame", "", "", 200, func(t *testing.T, b map[string]any) {
			if rs := b["results"].([]any); len(rs) != 1 || rs[0].(map[string]any)["iri"] != ent+"ali-khamenei" {
				t.Errorf("results %v", rs)
			}
		}},
		{"search normalised arabic", "GET", "/api/search?q=" + url.QueryEscape("ايران"), "", "", 200, func(t *testing.T, b map[string]any) {
			if rs := b["results"].([]any); len(rs) == 0 || rs[0].(map[string]any)["iri"] != ent+"iran" {
				t.Errorf("results %v (إيران written with a bare alef)", rs)
			}
		}},
		{"search nothing", "GET", "/api/search?q=zzzz", "", "", 200, func(t *testing.T, b map[string]any) {
			if rs := b["results"].([]any); len(rs) != 0 {
				t.Errorf("results %v", rs)
			}
		}},
		{"search empty", "GET", "/api/search?q=", "", "", 400, nil},
		{"export unknown format", "GET", "/api/export?format=word", "", "", 400, nil},
		{"export bad min-confidence", "GET", "/api/export?min-confidence=2", "", "", 400, nil},
		{"gizmo text", "POST", "/api/gizmo", "text/plain", `g.V("<` + ent + `russia>").Out("<` + graph.DefaultBase + `vocab/supports>").All()`, 200, func(t *testing.T, b map[string]any) {
			if !strings.Contains(fmt.Sprint(b["result"]), "syrian-government") {
				t.Errorf("result %v", b["result"])
			}
		}},
		{"gizmo json", "POST", "/api/gizmo", "application/json", `{"query": "g.Emit(1+1)"}`, 200, func(t *testing.T, b map[string]any) {
			if fmt.Sprint(b["result"]) != "[2]" {
				t.Errorf("result %v", b["result"])
			}
		}},
		{"gizmo loop", "POST", "/api/gizmo?timeout=300ms", "text/plain", `while (true) {}`, 504, nil},
		{"gizmo syntax", "POST", "/api/gizmo", "text/plain", `g.V(`, 400, nil},
		{"gizmo empty", "POST", "/api/gizmo", "text/plain", ``, 400, nil},
		{"gizmo bad json", "POST", "/api/gizmo", "application/json", `{"query":`, 400, nil},
		{"ingest off", "POST", "/api/ingest", "text/plain", "A met B", 403, nil},
		{"wrong method", "DELETE", "/api/queries", "", "", 405, nil},
		{"unknown api", "GET", "/api/nothing", "", "", 404, nil},
		{"cayley v2 gizmo", "POST", "/api/v2/query?lang=gizmo", "text/plain", `g.V("<` + ent + `iran>").Out("<` + graph.DefaultBase + `vocab/supports>").All()`, 200, func(t *testing.T, b map[string]any) {
			if !strings.Contains(fmt.Sprint(b["result"]), "<"+ent+"syrian-government>") {
				t.Errorf("result %v", b)
			}
		}},
		{"cayley v2 no lang", "POST", "/api/v2/query", "text/plain", `g.V().All()`, 400, nil},
		{"cayley v2 write refused", "POST", "/api/v2/write", "application/n-quads", "<a> <b> <c> .\n", 403, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var body map[string]any
			status, hdr := call(t, c.method, u+c.path, c.ctype, c.body, &body)
			if status != c.status {
				t.Fatalf("status %d, want %d: %v", status, c.status, body)
			}
			if !strings.HasPrefix(hdr.Get("Content-Type"), "application/json") {
				t.Errorf("Content-Type %q", hdr.Get("Content-Type"))
			}
			if status >= 400 && !strings.HasPrefix(c.path, "/api/v2") {
				if body["error"] == nil || body["error"] == "" || int(body["status"].(float64)) != status {
					t.Errorf("error body %v", body)
				}
			}
			if c.check != nil {
				c.check(t, body)
			}
		})
	}
}

func TestExportBody(t *testing.T) {
	ts, _ := newTestServer(t, Config{})
	resp, err := http.Get(ts.URL + "/api/export?format=nquads")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !strings.Contains(string(b), "<"+ent+"vladimir-putin>") {
		t.Errorf("export: %d %.200s", resp.StatusCode, b)
	}
	resp2, err := http.Get(ts.URL + "/api/export?format=graphml&entity=Iran&hops=1")
	if err != nil {
		t.Fatal(err)
	}
	defer resp2.Body.Close()
	b, _ = io.ReadAll(resp2.Body)
	if resp2.StatusCode != 200 || !strings.Contains(string(b), "<graphml") {
		t.Errorf("graphml export: %d %.200s", resp2.StatusCode, b)
	}
	// the fixture (querytest) gives its facts confidence 0.9
	for _, c := range []struct {
		min  string
		want bool
	}{{"0.85", true}, {"0.95", false}} {
		resp, err := http.Get(ts.URL + "/api/export?format=nquads&min-confidence=" + c.min)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if has := strings.Contains(string(b), "/vocab/met>"); resp.StatusCode != 200 || has != c.want {
			t.Errorf("export min-confidence %s: %d, met edges %v, want %v", c.min, resp.StatusCode, has, c.want)
		}
	}
}

func TestPage(t *testing.T) {
	ts, _ := newTestServer(t, Config{})
	for _, p := range []string{"/", "/app.js", "/style.css", "/vendor/cytoscape.min.js", "/vendor/cytoscape.LICENSE"} {
		resp, err := http.Get(ts.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || len(b) == 0 {
			t.Errorf("%s: %d, %d bytes", p, resp.StatusCode, len(b))
		}
		if p == "/" && (!strings.Contains(string(b), "vendor/cytoscape.min.js") || strings.Contains(string(b), "https://")) {
			t.Errorf("page does not load the vendored cytoscape only")
		}
	}
}

func TestBodyLimit(t *testing.T) {
	ts, _ := newTestServer(t, Config{AllowGizmo: true, AllowIngest: true, MaxBody: 1024})
	big := strings.Repeat("/* padding */ ", 200) + "g.Emit(1)"
	for _, path := range []string{"/api/gizmo", "/api/ingest?lang=zz", "/api/v2/query?lang=gizmo"} {
		var b errBody
		ctype := "text/plain"
		if strings.HasPrefix(path, "/api/ingest") {
			ctype = "application/x-ndjson"
		}
		status, _ := call(t, "POST", ts.URL+path, ctype, big, &b)
		if status != http.StatusRequestEntityTooLarge || b.Error == "" {
			t.Errorf("%s: status %d (%v), want 413", path, status, b)
		}
	}
}

// TestCayleyQueryOff: Cayley's /api/v2/query runs ad-hoc scripts, so it is
// off without AllowGizmo, while the rest of /api/v2 still answers.
func TestCayleyQueryOff(t *testing.T) {
	ts, _ := newTestServer(t, Config{})
	var b errBody
	if status, _ := call(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", "text/plain", "g.Emit(1)", &b); status != http.StatusForbidden || b.Error == "" {
		t.Errorf("/api/v2/query: status %d (%v), want 403", status, b)
	}
	if status, _ := call(t, "POST", ts.URL+"/api/gizmo", "text/plain", "g.Emit(1)", &b); status != http.StatusForbidden {
		t.Errorf("/api/gizmo: status %d, want 403", status)
	}
}

func TestIngest(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open(ctx, t.TempDir()+"/kg.db", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ts, _ := newTestServer(t, Config{Store: st, AllowIngest: true})
	// One article as a JSON object; the query string gives the date.
	var rep struct {
		Documents []ingestDoc `json:"documents"`
		Failed    int         `json:"failed"`
	}
	status, _ := call(t, "POST", ts.URL+"/api/ingest?date=2020-01-02", "application/json", `{"id":"doc-1","lang":"zz","text":"Alice met Bob\nBob met Carol\n"}`, &rep)
	if status != 200 || len(rep.Documents) != 1 || rep.Documents[0].Facts != 2 || rep.Documents[0].ID != "doc-1" {
		t.Fatalf("ingest text: %d %+v", status, rep)
	}
	// The new names are searchable at once (the name index is rebuilt).
	var sr struct{ Results []map[string]any }
	call(t, "GET", ts.URL+"/api/search?q=caro", "", "", &sr)
	if len(sr.Results) != 1 {
		t.Errorf("search after ingest: %v", sr.Results)
	}
	// JSONL: two documents, one in a language nobody extracts.
	jsonl := `{"id":"doc-2","lang":"zz","date":"2020-02-03","text":"Carol met Dave"}` + "\n" +
		`{"id":"doc-3","lang":"xx","text":"Eve met Frank"}` + "\n"
	status, _ = call(t, "POST", ts.URL+"/api/ingest", "application/x-ndjson", jsonl, &rep)
	if status != http.StatusUnprocessableEntity || rep.Failed != 1 || len(rep.Documents) != 2 ||
		rep.Documents[0].Error != "" || !strings.Contains(rep.Documents[1].Error, "xx") {
		t.Fatalf("ingest jsonl: %d %+v", status, rep)
	}
	var res struct{ Rows []map[string]any }
	call(t, "GET", ts.URL+"/api/query/who-met?entity=Carol", "", "", &res)
	if len(res.Rows) != 2 {
		t.Errorf("Carol met %v, want Bob and Dave", res.Rows)
	}
	var eb errBody
	if status, _ := call(t, "POST", ts.URL+"/api/ingest?date=yesterday", "application/json", `{"text":"x"}`, &eb); status != 400 {
		t.Errorf("bad date: %d %v", status, eb)
	}
	if status, _ := call(t, "POST", ts.URL+"/api/ingest", "application/json", "  ", &eb); status != 400 {
		t.Errorf("empty body: %d %v", status, eb)
	}
}

// TestConcurrentReadersDuringIngest runs queries and ad-hoc scripts (some
// cut short by the result limit while still reading) while documents are
// ingested, on Bolt and on the in-memory store, which has no locking of its
// own; run with -race.
func TestConcurrentReadersDuringIngest(t *testing.T) {
	for _, spec := range []string{"bolt", "mem:"} {
		t.Run(spec, func(t *testing.T) {
			if spec == "bolt" {
				spec = t.TempDir() + "/kg.db"
			}
			concurrentReaders(t, spec)
		})
	}
}

func concurrentReaders(t *testing.T, spec string) {
	ctx := context.Background()
	st, err := graph.Open(ctx, spec, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ts, _ := newTestServer(t, Config{Store: st, AllowIngest: true, AllowGizmo: true})
	call(t, "POST", ts.URL+"/api/ingest", "application/json", `{"id":"seed","lang":"zz","text":"P0 met Q0\n"}`, nil)
	var wg sync.WaitGroup
	errs := make(chan string, 100)
	stop := make(chan struct{})
	for r := 0; r < 3; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				for _, p := range []string{"/api/query/who-met?entity=P0", "/api/search?q=p", "/api/entity/Q0", "/api/query/top-actors", "gizmo"} {
					var resp *http.Response
					var err error
					if p == "gizmo" {
						resp, err = http.Post(ts.URL+"/api/gizmo?limit=3", "text/plain",
							strings.NewReader(`while (true) { g.V().ForEach(function (d) { g.Emit(d.id); }); }`))
					} else {
						resp, err = http.Get(ts.URL + p)
					}
					if err != nil {
						errs <- err.Error()
						return
					}
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != 200 {
						errs <- fmt.Sprintf("%s: %d", p, resp.StatusCode)
						return
					}
				}
			}
		}()
	}
	for i := 1; i <= 15; i++ {
		body := fmt.Sprintf(`{"id":"d%d","lang":"zz","text":"P0 met Q%d\nP%d met Q0\n"}`, i, i, i)
		var rep struct{ Failed int }
		if status, _ := call(t, "POST", ts.URL+"/api/ingest", "application/json", body, &rep); status != 200 {
			t.Errorf("ingest %d: %d", i, status)
		}
	}
	close(stop)
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	var res struct{ Rows []map[string]any }
	call(t, "GET", ts.URL+"/api/query/who-met?entity=P0", "", "", &res)
	if len(res.Rows) != 16 {
		t.Errorf("P0 met %d, want 16", len(res.Rows))
	}
}

func TestServeShutdown(t *testing.T) {
	s, err := New(Config{Store: querytest.Store(t)})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	addrc := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, "127.0.0.1:0", func(a string) { addrc <- a }) }()
	addr := <-addrc
	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("healthz %d", resp.StatusCode)
	}
	hs := s.HTTPServer("x")
	if hs.ReadHeaderTimeout == 0 || hs.WriteTimeout == 0 || hs.IdleTimeout == 0 {
		t.Errorf("server timeouts unset: %+v", hs)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve: %v", err)
		}
	case <-time.After(30 * time.Second): // hang guard
		t.Fatal("Serve did not return after cancel")
	}
	if DefaultAddr[:10] != "127.0.0.1:" {
		t.Errorf("default address %s is not loopback", DefaultAddr)
	}
}

// An error answer does not echo a huge parameter back.
func TestErrorsDoNotEchoHugeInput(t *testing.T) {
	ts, _ := newTestServer(t, Config{})
	huge := strings.Repeat("x", 30_000)
	for _, u := range []string{
		"/api/entity/" + huge,
		"/api/query/who-met?entity=" + huge,
		"/api/export?format=nquads&entity=" + huge,
		"/api/export?format=nquads&since=" + huge,
	} {
		var e errBody
		code, _ := call(t, "GET", ts.URL+u, "", "", &e)
		if code < 400 || code >= 500 {
			t.Errorf("%.60s…: status %d", u, code)
		}
		if len(e.Error) > 600 || e.Error == "" {
			t.Errorf("%.60s…: error of %d bytes: %.200s", u, len(e.Error), e.Error)
		}
	}
}
