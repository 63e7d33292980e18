package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/lib/pq"

	"github.com/newskg/kg/internal/pgtest"
)

// updateGolden rewrites testdata/golden/export.nq from the current code:
// go test ./cmd/kg -run TestGoldenExport -update. Do it only when the
// graph is meant to change (an extractor or model change), and read the
// diff of the file.
var updateGolden = flag.Bool("update", false, "rewrite the golden export of TestGoldenExport")

// TestGoldenExport holds the whole path — reading, extraction, the store's
// writer (first writes, a replacement, a forget) and the N-Quads export —
// to a golden file, byte for byte, on Bolt and (with KG_TEST_POSTGRES) on
// PostgreSQL: a refactoring that changes any quad fails here. The articles
// of testdata/golden were written for this test.
func TestGoldenExport(t *testing.T) {
	golden := filepath.Join("testdata", "golden", "export.nq")
	stores := [][2]string{{"bolt", filepath.Join(t.TempDir(), "kg.db")}}
	if dsn := pgtest.DSN(t); dsn != "" {
		stores = append(stores, [2]string{"postgres", pgtest.Fresh(t, dsn)})
	}
	for _, st := range stores {
		name, db := st[0], st[1]
		t.Run(name, func(t *testing.T) {
			got := goldenRun(t, db)
			if *updateGolden && name == "bolt" {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (create it with -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("the export differs from %s (%d bytes, want %d):\n%s", golden, len(got), len(want), lineDiff(string(want), string(got)))
			}
		})
	}
}

// goldenRun ingests the example and the golden articles into db, ingests a
// second version of some of them, forgets one, and returns the N-Quads
// export.
func goldenRun(t *testing.T, db string) []byte {
	t.Helper()
	dir := filepath.Join("testdata", "golden")
	steps := [][]string{
		{"ingest", "--db", db, "--quiet", filepath.Join("..", "..", "examples"), filepath.Join(dir, "articles.jsonl")},
		{"ingest", "--db", db, "--quiet", filepath.Join(dir, "articles-v2.jsonl")},
		{"forget", "--db", db, "golden-07"},
	}
	for _, args := range steps {
		if r := kg(t, "", args...); r.code != 0 {
			t.Fatalf("kg %s: exit %d\n%s%s", strings.Join(args, " "), r.code, r.stdout, r.stderr)
		}
	}
	r := kg(t, "", "export", "--db", db, "--format", "nquads")
	if r.code != 0 || r.stdout == "" {
		t.Fatalf("kg export: exit %d, %d bytes\n%s", r.code, len(r.stdout), r.stderr)
	}
	return []byte(r.stdout)
}

// lineDiff lists the lines only one of a and b has (at most 20 of each).
func lineDiff(a, b string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	ina, inb := in(a), in(b)
	var out strings.Builder
	for _, d := range []struct {
		sign  string
		lines string
		other map[string]bool
	}{{"-", a, inb}, {"+", b, ina}} {
		n := 0
		for _, l := range strings.Split(d.lines, "\n") {
			if !d.other[l] && n < 20 {
				out.WriteString(d.sign + " " + l + "\n")
				n++
			}
		}
	}
	if out.Len() == 0 {
		return "(same lines, different order or repeats)"
	}
	return out.String()
}
