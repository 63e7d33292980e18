package graph_test

import (
	"context"
	"os"
	"testing"

	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/queries/querytest"
)

func TestZZBuildZipf(t *testing.T) {
	dir := os.Getenv("KG_ZIPF")
	if dir == "" {
		t.Skip()
	}
	s, err := graph.Open(context.Background(), dir, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	g, err := querytest.Generate(context.Background(), s, 1_000_000, 20_000)
	t.Logf("%+v docs %d quads %d", err, g.Docs, g.Quads)
}
