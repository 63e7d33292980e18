package graph_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newskg/kg/graph/storetest"
	"github.com/newskg/kg/internal/pgtest"
)

// TestStoreBehaviour runs the behaviour suite against memstore, Bolt and,
// when KG_TEST_POSTGRES holds a DSN, PostgreSQL (a fresh database per
// store, dropped at the end of the test).
func TestStoreBehaviour(t *testing.T) {
	backends := []storetest.Backend{
		{Name: "mem", Fresh: func(*testing.T) string { return "mem:" }},
		{Name: "bolt", Fresh: func(t *testing.T) string { return filepath.Join(t.TempDir(), "kg.db") }, Persistent: true},
	}
	if dsn := os.Getenv("KG_TEST_POSTGRES"); dsn != "" {
		backends = append(backends, storetest.Backend{Name: "postgres", Fresh: func(t *testing.T) string { return pgtest.Fresh(t, dsn) }, Persistent: true})
	} else if os.Getenv("CI") == "true" {
		t.Errorf("CI=true but KG_TEST_POSTGRES is not set: CI must provide a PostgreSQL DSN (see graph/POSTGRES.md)")
	} else {
		t.Logf("KG_TEST_POSTGRES not set: skipping the PostgreSQL backend (see graph/POSTGRES.md)")
	}
	for _, b := range backends {
		t.Run(b.Name, func(t *testing.T) { storetest.RunAll(t, b) })
	}
}
