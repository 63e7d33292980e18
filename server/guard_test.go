package server

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

// do sends one request with the given headers and returns its status.
func do(t *testing.T, method, url, body string, headers map[string]string) int {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range headers {
		if k == "Host" {
			req.Host = v
			continue
		}
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode
}

// A page on another site cannot write (any body type) or run scripts, and
// a request naming a host the server is not known by is refused (DNS
// rebinding); programs and same-origin pages keep working.
func TestGuard(t *testing.T) {
	ts, s := newTestServer(t, Config{AllowIngest: true, AllowGizmo: true, AllowedHosts: []string{"kg.example.org"}})
	article := `{"id":"evil","lang":"zz","text":"Mallory met Alice\n"}`
	for _, c := range []struct {
		name    string
		method  string
		path    string
		body    string
		headers map[string]string
		want    int
	}{
		{"rebinding host", "GET", "/api/queries", "", map[string]string{"Host": "evil.example.com"}, 421},
		{"rebinding host with port", "GET", "/healthz", "", map[string]string{"Host": "evil.example.com:7480"}, 421},
		{"allowed host", "GET", "/api/queries", "", map[string]string{"Host": "kg.example.org"}, 200},
		{"localhost", "GET", "/api/queries", "", map[string]string{"Host": "localhost:7480"}, 200},
		{"cross-origin ingest, JSON", "POST", "/api/ingest", article, map[string]string{"Origin": "http://evil.example", "Content-Type": "application/json"}, 403},
		{"cross-origin ingest, text", "POST", "/api/ingest", article, map[string]string{"Origin": "http://evil.example", "Content-Type": "text/plain"}, 403},
		{"cross-site fetch metadata", "POST", "/api/ingest", article, map[string]string{"Sec-Fetch-Site": "cross-site", "Content-Type": "application/json"}, 403},
		{"null origin", "POST", "/api/gizmo", "g.Emit(1)", map[string]string{"Origin": "null", "Content-Type": "application/javascript"}, 403},
		{"cross-origin gizmo", "POST", "/api/gizmo", "g.Emit(1)", map[string]string{"Origin": "http://evil.example", "Content-Type": "text/plain"}, 403},
		{"cross-origin cayley query", "POST", "/api/v2/query?lang=gizmo", "g.Emit(1)", map[string]string{"Origin": "http://evil.example"}, 403},
		{"form body ingest", "POST", "/api/ingest", "text=x", map[string]string{"Content-Type": "application/x-www-form-urlencoded"}, 415},
		{"text body ingest", "POST", "/api/ingest", "Mallory met Alice", map[string]string{"Content-Type": "text/plain"}, 415},
		{"no type ingest", "POST", "/api/ingest", article, nil, 415},
		{"cross-origin read", "GET", "/api/queries", "", map[string]string{"Origin": "http://evil.example"}, 200},
	} {
		if got := do(t, c.method, ts.URL+c.path, c.body, c.headers); got != c.want {
			t.Errorf("%s: status %d, want %d", c.name, got, c.want)
		}
	}
	// Nothing of the refused articles was stored.
	if iris, _ := s.store.Documents(t.Context()); len(iris) != 0 {
		for _, d := range iris {
			if d.ID == "evil" {
				t.Fatalf("a refused cross-site ingest was stored")
			}
		}
	}
	// The same article from a program or from the server's own page is stored.
	same := ts.URL
	if got := do(t, "POST", ts.URL+"/api/ingest", article, map[string]string{"Origin": same, "Content-Type": "application/json"}); got != 200 {
		t.Errorf("same-origin ingest: %d", got)
	}
	if got := do(t, "POST", ts.URL+"/api/ingest", article, map[string]string{"Content-Type": "application/x-ndjson"}); got != 200 {
		t.Errorf("ingest from a program: %d", got)
	}
}

// Small ones: an unknown or repeated parameter is a 400 naming it, an
// unknown document a 404, and the page's folders are not listed.
func TestParamsDocsAndFolders(t *testing.T) {
	ts, _ := newTestServer(t, Config{})
	for _, c := range []struct {
		path string
		want int
	}{
		{"/api/search?q=Pu&bogus=1", 400},
		{"/api/search?q=Pu&q=Ru", 400},
		{"/api/entity/Q7747?bogus=1", 400},
		{"/api/export?format=nquads&bogus=1", 400},
		{"/api/queries?x=1", 400},
		{"/api/query/who-met?entity=Q7747&bogus=1", 400},
		{"/api/export?format=nquads&doc=no-such-document", 404},
		{"/vendor/", 404},
		{"/vendor/cytoscape.min.js", 200},
		{"/", 200},
	} {
		if got := do(t, "GET", ts.URL+c.path, "", nil); got != c.want {
			t.Errorf("GET %s: %d, want %d", c.path, got, c.want)
		}
	}
}
