package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newskg/kg/extract"
	_ "github.com/newskg/kg/extract/ar" // the golden test ingests Arabic
	"github.com/newskg/kg/extract/scorer"
	"github.com/newskg/kg/graph"
)

// The made-up language "zz-panic" has an extractor that panics.
func init() {
	extract.Register("zz-panic", extract.ExtractorFunc(func(context.Context, extract.Document) (*extract.Result, error) {
		panic("the test extractor panics")
	}))
}

// POST /api/ingest goes through the ingest pipeline: an extractor that
// panics fails its document alone, and a second document with the id of
// an earlier one in the same body is refused instead of replacing it.
func TestIngestPanicAndDuplicateID(t *testing.T) {
	st, err := graph.Open(context.Background(), filepath.Join(t.TempDir(), "kg.db"), graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ts, _ := newTestServer(t, Config{Store: st, AllowIngest: true})
	body := `{"id":"doc-a","lang":"zz","text":"Alice met Bob"}` + "\n" +
		`{"id":"doc-p","lang":"zz-panic","text":"Carol met Dave"}` + "\n" +
		`{"id":"doc-a","lang":"zz","text":"Eve met Frank"}` + "\n" +
		`{"id":"doc-b","lang":"zz","text":"Grace met Heidi"}` + "\n"
	var rep struct {
		Documents []ingestDoc `json:"documents"`
		Failed    int         `json:"failed"`
	}
	status, _ := call(t, "POST", ts.URL+"/api/ingest", "application/x-ndjson", body, &rep)
	if status != http.StatusUnprocessableEntity || rep.Failed != 2 || len(rep.Documents) != 4 {
		t.Fatalf("ingest: %d %+v", status, rep)
	}
	for i, c := range []struct{ id, err string }{
		{"doc-a", ""},
		{"doc-p", `extractor for "zz-panic" panicked: the test extractor panics`},
		{"doc-a", `request body:3: document id "doc-a" was already read from request body:1`},
		{"doc-b", ""},
	} {
		d := rep.Documents[i]
		if d.ID != c.id || d.Error != c.err || d.Origin != "request body:"+string(rune('1'+i)) {
			t.Errorf("document %d: %+v; want id %s, error %q", i+1, d, c.id, c.err)
		}
	}
	// The first doc-a is stored, not replaced by the second.
	var res struct{ Rows []map[string]any }
	call(t, "GET", ts.URL+"/api/query/who-met?entity=Alice", "", "", &res)
	if len(res.Rows) != 1 {
		t.Errorf("Alice met %v, want Bob", res.Rows)
	}
	res.Rows = nil
	if status, _ := call(t, "GET", ts.URL+"/api/query/who-met?entity=Eve", "", "", &res); status == 200 || len(res.Rows) != 0 {
		t.Errorf("Eve is known (%d, %v): the duplicate document was stored", status, res.Rows)
	}
}

// The server's ingest builds the same graph as kg ingest: the golden
// articles of cmd/kg (TestGoldenExport), posted and forgotten the same
// way, export to the same N-Quads, byte for byte.
func TestIngestGolden(t *testing.T) {
	dir := filepath.Join("..", "cmd", "kg", "testdata", "golden")
	want, err := os.ReadFile(filepath.Join(dir, "export.nq"))
	if err != nil {
		t.Fatal(err)
	}
	st, err := graph.Open(context.Background(), filepath.Join(t.TempDir(), "kg.db"), graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ts, _ := newTestServer(t, Config{Store: st, AllowIngest: true, MinConfidence: scorer.DefaultThreshold()})
	example, err := os.ReadFile(filepath.Join("..", "examples", "putin-khamenei-2015-11-23.ar.txt"))
	if err != nil {
		t.Fatal(err)
	}
	first, err := json.Marshal(map[string]string{"id": "putin-khamenei-2015-11-23", "lang": "ar", "date": "2015-11-23", "text": string(example)})
	if err != nil {
		t.Fatal(err)
	}
	for _, body := range []string{string(first), readFile(t, filepath.Join(dir, "articles.jsonl")), readFile(t, filepath.Join(dir, "articles-v2.jsonl"))} {
		var rep struct{ Failed int }
		if status, _ := call(t, "POST", ts.URL+"/api/ingest", "application/x-ndjson", body, &rep); status != 200 || rep.Failed != 0 {
			t.Fatalf("ingest: %d, %d failed", status, rep.Failed)
		}
	}
	if _, err := st.Forget(context.Background(), "golden-07"); err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get(ts.URL + "/api/export?format=nquads")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	got, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("export: %d %v", resp.StatusCode, err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the server's graph differs from kg ingest's (%d bytes, want %d); first differing line:\n%s", len(got), len(want), firstDiff(string(got), string(want)))
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// firstDiff shows the first line where a and b differ.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return "got:  " + al[i] + "\nwant: " + bl[i]
		}
	}
	return "(one is a prefix of the other)"
}
