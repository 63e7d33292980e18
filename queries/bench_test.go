package queries

import (
	"context"
	"fmt"
	"os"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/queries/querytest"
)

// The benchmark store: at least benchQuads quads among benchEntities
// entities, generated once per process. By default it is an in-memory store
// (memstore generates in seconds; Bolt loads ~12k quads/s). Set
// KG_BENCH_DB=DIR to use a Bolt store in DIR instead; it is generated on
// first use and reused by later runs.
const (
	benchQuads    = 1_000_000
	benchEntities = 20_000
)

var (
	benchOnce  sync.Once
	benchStore *graph.Store
	benchGen   querytest.Generated
	benchErr   error
)

func benchSetup(b *testing.B) (*graph.Store, querytest.Generated) {
	benchOnce.Do(func() {
		ctx := context.Background()
		spec := "mem:"
		if dir := os.Getenv("KG_BENCH_DB"); dir != "" {
			spec = dir
		}
		start := time.Now()
		benchStore, benchErr = graph.Open(ctx, spec, graph.Options{})
		if benchErr != nil {
			return
		}
		st, err := benchStore.Stats(ctx)
		if err == nil && st.Quads >= benchQuads {
			// A Bolt store from an earlier run: keep the entities it has.
			benchGen.Quads = st.Quads
			for i := 0; i < benchEntities; i++ {
				key := fmt.Sprintf("gen/e%06d", i)
				if iris, _ := ResolveEntity(ctx, benchStore, key); len(iris) > 0 {
					benchGen.Entities = append(benchGen.Entities, key)
				}
			}
		} else {
			benchGen, benchErr = querytest.Generate(ctx, benchStore, benchQuads, benchEntities)
		}
		if benchGen.Docs > 0 {
			fmt.Fprintf(os.Stderr, "bench store %s: generated %d documents, %d facts, %d quads in %v\n",
				spec, benchGen.Docs, benchGen.Facts, benchGen.Quads, time.Since(start).Round(time.Millisecond))
		} else {
			fmt.Fprintf(os.Stderr, "bench store %s: reused, %d quads, %d entities, opened in %v\n",
				spec, benchGen.Quads, len(benchGen.Entities), time.Since(start).Round(time.Millisecond))
		}
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchStore, benchGen
}

// benchQuery runs one query per iteration over a spread of entities (every
// 97th entity that takes part in facts, by degree rank: hubs and tail alike) and reports the
// latency percentiles.
func benchQuery(b *testing.B, name string, args func(i int, ents []string) map[string]string) {
	s, g := benchSetup(b)
	ctx := context.Background()
	var sample []string
	for i := 0; i < len(g.Entities); i += 97 {
		sample = append(sample, string(s.Vocab().Entity(g.Entities[i])))
	}
	lat := make([]time.Duration, 0, b.N)
	rows := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		r, err := Run(ctx, s, name, args(i, sample), Options{})
		lat = append(lat, time.Since(t0))
		if err != nil {
			b.Fatal(err)
		}
		rows += len(r.Rows)
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000 }
	b.ReportMetric(pct(0.5), "p50-ms")
	b.ReportMetric(pct(0.9), "p90-ms")
	b.ReportMetric(float64(rows)/float64(b.N), "rows/op")
}

func BenchmarkNeighbours(b *testing.B) {
	benchQuery(b, "neighbours", func(i int, e []string) map[string]string {
		return map[string]string{"entity": e[i%len(e)]}
	})
}

func BenchmarkWhoMet(b *testing.B) {
	benchQuery(b, "who-met", func(i int, e []string) map[string]string {
		return map[string]string{"entity": e[i%len(e)]}
	})
}

func BenchmarkPath4(b *testing.B) {
	benchQuery(b, "path", func(i int, e []string) map[string]string {
		return map[string]string{"from": e[i%len(e)], "to": e[(i*7+len(e)/2)%len(e)], "hops": "4"}
	})
}

// BenchmarkPath4Best is BenchmarkPath4 with the best route only (routes=1):
// what ranking alternatives costs.
func BenchmarkPath4Best(b *testing.B) {
	benchQuery(b, "path", func(i int, e []string) map[string]string {
		return map[string]string{"from": e[i%len(e)], "to": e[(i*7+len(e)/2)%len(e)], "hops": "4", "routes": "1"}
	})
}
