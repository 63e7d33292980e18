package graph

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	_ "github.com/lib/pq"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph/internal/fixture"
	"github.com/newskg/kg/internal/pgtest"
)

// backend opens fresh stores of one kind.
type backend struct {
	name string
	// open returns the spec of a fresh, empty store.
	fresh func(t *testing.T) string
}

// backends lists memstore, Bolt and, when KG_TEST_POSTGRES holds a DSN,
// PostgreSQL (a fresh database per store, dropped at the end of the test).
func backends(t *testing.T) []backend {
	bs := []backend{
		{"mem", func(t *testing.T) string { return "mem:" }},
		{"bolt", func(t *testing.T) string { return filepath.Join(t.TempDir(), "kg.db") }},
	}
	if dsn := os.Getenv("KG_TEST_POSTGRES"); dsn != "" {
		bs = append(bs, backend{"postgres", func(t *testing.T) string { return freshPostgres(t, dsn) }})
	} else if os.Getenv("CI") == "true" {
		t.Errorf("CI=true but KG_TEST_POSTGRES is not set: CI must provide a PostgreSQL DSN (see graph/POSTGRES.md)")
	} else {
		t.Logf("KG_TEST_POSTGRES not set: skipping the PostgreSQL backend (see graph/POSTGRES.md)")
	}
	return bs
}

// freshPostgres creates a database with a random name on the server of dsn
// and returns a DSN for it; the database is dropped when the test ends.
func freshPostgres(t *testing.T, dsn string) string { return pgtest.Fresh(t, dsn) }

// open opens spec and closes it at the end of the test.
func open(t *testing.T, spec string, opt Options) *Store {
	t.Helper()
	s, err := Open(context.Background(), spec, opt)
	if err != nil {
		t.Fatalf("Open(%q): %v", spec, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// dump returns every quad of the store (meta quads included when meta is
// true) as sorted N-Quads lines.
func dump(t *testing.T, s *Store, meta bool) string {
	t.Helper()
	var lines []string
	err := s.eachQuad(context.Background(), func(q quad.Quad) error {
		if meta || !IsMetaQuad(q) {
			lines = append(lines, q.NQuad())
		}
		return nil
	})
	if err != nil {
		t.Fatalf("dump %s: %v", s.Spec(), err)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n") + "\n"
}

func mustWrite(t *testing.T, s *Store, r *extract.Result) WriteStats {
	t.Helper()
	st, err := s.Write(context.Background(), r)
	if err != nil {
		t.Fatalf("Write %s: %v", r.Doc.ID, err)
	}
	return st
}

func putin() extract.Entity       { return fixture.Putin() }
func meetingDoc() *extract.Result { return fixture.Meeting() }
func visitDoc() *extract.Result   { return fixture.Visit() }
