package export

import (
	"context"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/internal/cputime"
)

// synthetic returns document i of a generated corpus: 12 entities drawn
// from a pool of 20000 and 10 facts between them, about 185 quads.
func synthetic(i int) *extract.Result {
	rng := rand.New(rand.NewSource(int64(i)))
	text := fmt.Sprintf("Synthetic article %d. The first party met the second party in the capital. ", i)
	r := &extract.Result{Doc: extract.Document{ID: "synthetic-" + strconv.Itoa(i), Title: "Article " + strconv.Itoa(i),
		Lang: "en", Date: time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%3000), Text: text}}
	var keys []string
	seen := map[int]bool{}
	for len(keys) < 12 {
		n := rng.Intn(20000)
		if seen[n] {
			continue
		}
		seen[n] = true
		k := "entity-" + strconv.Itoa(n)
		keys = append(keys, k)
		r.Entities = append(r.Entities, extract.Entity{Key: k, Type: extract.EntityTypes[n%4], Confidence: 1,
			Labels:    map[string]string{"en": "Entity " + strconv.Itoa(n), "ar": "كيان " + strconv.Itoa(n)},
			AltLabels: []extract.Label{{Text: "E" + strconv.Itoa(n), Lang: "en"}}, Wikidata: "Q" + strconv.Itoa(n+1)})
	}
	for f := 0; f < 10; f++ {
		p := extract.Predicates[rng.Intn(len(extract.Predicates)-1)] // not deaths
		r.Facts = append(r.Facts, extract.Fact{Subject: keys[f], Predicate: p, Object: keys[f+1+rng.Intn(11-f)],
			Date: r.Doc.Date.Format("2006-01-02"), Evidence: text[:len(text)-1], Start: 0, End: len(text) - 1,
			Rule: "synthetic/" + string(p), Confidence: 0.5 + float64(rng.Intn(50))/100})
	}
	return r
}

// benchStore opens (building when needed) a Bolt store of about n quads in
// dir, or in a temporary directory when dir is "".
func benchStore(b *testing.B, dir string, n int) (*graph.Store, int) {
	b.Helper()
	ctx := context.Background()
	if dir == "" {
		dir = b.TempDir()
	}
	spec := filepath.Join(dir, fmt.Sprintf("bench-%d.db", n))
	st, err := graph.Open(ctx, spec, graph.Options{})
	if err != nil {
		b.Fatal(err)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if stats.Quads >= n {
		return st, stats.Quads
	}
	b.Logf("building a store of %d quads in %s", n, spec)
	total := 0
	for i := 0; total < n; i += 64 {
		var rs []*extract.Result
		for j := i; j < i+64; j++ {
			rs = append(rs, synthetic(j))
		}
		ws, errs := st.WriteMany(ctx, rs)
		for k, e := range errs {
			if e != nil {
				b.Fatalf("write %s: %v", rs[k].Doc.ID, e)
			}
			total += ws[k].Added
		}
	}
	return st, total
}

// BenchmarkExportNQuads exports a generated Bolt store as N-Quads.
// KG_BENCH_QUADS sets its size (default 100000); KG_BENCH_DIR keeps the
// store between runs. It reports quads/s and the Go heap in use at the end.
func BenchmarkExportNQuads(b *testing.B) {
	n := 100000
	if s := os.Getenv("KG_BENCH_QUADS"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	for _, format := range []string{"nquads", "turtle", "graphml"} {
		b.Run(format, func(b *testing.B) {
			st, quads := benchStore(b, os.Getenv("KG_BENCH_DIR"), n)
			defer st.Close()
			cpu0 := cputime.Now()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := Write(context.Background(), io.Discard, st, format, Filter{}); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(quads)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
			b.ReportMetric(float64(quads)*float64(b.N)/(cputime.Now()-cpu0).Seconds(), "quads/cpu-s")
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			b.ReportMetric(float64(ms.HeapSys)/(1<<20), "heapMB")
			var ru syscall.Rusage
			syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
			b.ReportMetric(float64(ru.Maxrss)/1024, "peakRSS-MB")
		})
	}
}
