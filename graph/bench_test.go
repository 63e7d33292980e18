package graph

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph/internal/fixture"
	"github.com/newskg/kg/internal/cputime"
	"github.com/newskg/kg/internal/pgtest"
)

func syntheticResults(docs, perDoc, pool int) []*extract.Result {
	return fixture.Synthetic(docs, perDoc, pool)
}

// Benchmark corpus: benchDocs documents of 50 facts (10k facts by default;
// KG_BENCH_DOCS=1000 gives 50k facts, about 1M quads).
var benchDocs, benchPerDoc, benchPool = envInt("KG_BENCH_DOCS", 200), envInt("KG_BENCH_FACTS", 50), envInt("KG_BENCH_ENTITIES", 1000)

func benchWrite(b *testing.B, spec func(b *testing.B) string) {
	rs := syntheticResults(benchDocs, benchPerDoc, benchPool)
	total := 0
	for _, r := range rs {
		qs, _ := ResultQuads(NewVocab(""), r)
		total += len(qs)
	}
	b.ResetTimer()
	var clock quadClock
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := Open(context.Background(), spec(b), Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		var errs []error
		clock.time(func() { _, errs = s.WriteMany(context.Background(), rs) })
		for _, err := range errs {
			if err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	clock.report(b, total)
}

// quadClock adds up the wall and CPU time of the timed parts of a write
// benchmark's rounds.
type quadClock struct{ elapsed, cpu time.Duration }

// time runs fn and adds the wall and CPU time it took.
func (c *quadClock) time(fn func()) {
	start, cpu0 := time.Now(), cputime.Now()
	fn()
	c.elapsed += time.Since(start)
	c.cpu += cputime.Now() - cpu0
}

// report reports quads/s and quads/cpu-s for b.N rounds that each wrote
// quads quads, and the number of quads a round writes.
func (c *quadClock) report(b *testing.B, quads int) {
	b.ReportMetric(float64(quads*b.N)/c.elapsed.Seconds(), "quads/s")
	b.ReportMetric(float64(quads*b.N)/c.cpu.Seconds(), "quads/cpu-s")
	b.ReportMetric(float64(quads), "quads")
}

// BenchmarkWriteBolt: WriteMany of 10k facts into a fresh Bolt store.
func BenchmarkWriteBolt(b *testing.B) {
	benchWrite(b, func(b *testing.B) string { return filepath.Join(b.TempDir(), "kg.db") })
}

// BenchmarkWriteMem: WriteMany of 10k facts into a fresh memstore.
func BenchmarkWriteMem(b *testing.B) {
	benchWrite(b, func(b *testing.B) string { return "mem:" })
}

// BenchmarkPlainWriterBolt is the baseline: the same quads written one by
// one through Cayley's plain graph.NewWriter into a fresh Bolt store.
func BenchmarkPlainWriterBolt(b *testing.B) {
	rs := syntheticResults(benchDocs, benchPerDoc, benchPool)
	var all []quad.Quad
	for _, r := range rs {
		qs, _ := ResultQuads(NewVocab(""), r)
		all = append(all, qs...)
	}
	b.ResetTimer()
	var clock quadClock
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		dir := filepath.Join(b.TempDir(), "kg.db")
		if err := cgraph.InitQuadStore("bolt", dir, nil); err != nil {
			b.Fatal(err)
		}
		qs, err := cgraph.NewQuadStore("bolt", dir, nil)
		if err != nil {
			b.Fatal(err)
		}
		qw, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		clock.time(func() {
			w := cgraph.NewWriter(qw)
			for _, q := range all {
				if err := w.WriteQuad(q); err != nil {
					b.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				b.Fatal(err)
			}
		})
		b.StopTimer()
		qs.Close()
		b.StartTimer()
	}
	clock.report(b, len(all))
}

// benchStore builds a Bolt store of the benchmark corpus once per benchmark.
func benchStore(b *testing.B) string {
	dir := filepath.Join(b.TempDir(), "kg.db")
	buildBenchStore(b, dir, false)
	return dir
}

// keptBenchStore returns a Bolt store of the benchmark corpus for benchmarks
// that only read it. With KG_BENCH_STORE=DIR it is kept in DIR (one store per
// corpus shape) and reused by later runs: a 1M-quad store takes 20–60 s to
// build. With cayleyInit the store is created by Cayley's Init, without kg's
// label index, as stores made by Cayley's tools are.
func keptBenchStore(b *testing.B, cayleyInit bool) string {
	keep := os.Getenv("KG_BENCH_STORE")
	if keep == "" {
		dir := filepath.Join(b.TempDir(), "kg.db")
		buildBenchStore(b, dir, cayleyInit)
		return dir
	}
	kind := "kg"
	if cayleyInit {
		kind = "cayley"
	}
	dir := filepath.Join(keep, fmt.Sprintf("%s-%d-%d-%d", kind, benchDocs, benchPerDoc, benchPool))
	if _, err := os.Stat(filepath.Join(dir, "complete")); err == nil {
		return dir
	}
	os.RemoveAll(dir) // an interrupted build
	buildBenchStore(b, dir, cayleyInit)
	if err := os.WriteFile(filepath.Join(dir, "complete"), nil, 0o644); err != nil {
		b.Fatal(err)
	}
	return dir
}

func buildBenchStore(b *testing.B, dir string, cayleyInit bool) {
	if cayleyInit {
		if err := cgraph.InitQuadStore("bolt", dir, nil); err != nil {
			b.Fatal(err)
		}
	}
	s, err := Open(context.Background(), dir, Options{})
	if err != nil {
		b.Fatal(err)
	}
	if _, errs := s.WriteMany(context.Background(), syntheticResults(benchDocs, benchPerDoc, benchPool)); errs[0] != nil {
		b.Fatal(errs[0])
	}
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkOpenBolt: opening a store as kg does (Cayley's no_bloom option).
func BenchmarkOpenBolt(b *testing.B) {
	dir := benchStore(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s, err := Open(context.Background(), dir, Options{})
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkOpenBoltCayley: the same store opened by Cayley's "bolt" backend,
// which rebuilds its bloom filters from the whole log.
func BenchmarkOpenBoltCayley(b *testing.B) {
	dir := benchStore(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		qs, err := cgraph.NewQuadStore("bolt", dir, nil)
		if err != nil {
			b.Fatal(err)
		}
		qs.Close()
	}
}

// BenchmarkForgetBolt: forgetting one document (about 1,100 quads) of the
// benchmark store, then writing it back (re-ingest).
func BenchmarkForgetBolt(b *testing.B) {
	dir := benchStore(b)
	s, err := Open(context.Background(), dir, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	rs := syntheticResults(benchDocs, benchPerDoc, benchPool)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := rs[i%len(rs)]
		if _, err := s.Forget(context.Background(), r.Doc.ID); err != nil {
			b.Fatal(err)
		}
		if _, err := s.Write(context.Background(), r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWritePostgres: WriteMany of the corpus into a fresh PostgreSQL
// database (needs KG_TEST_POSTGRES; see POSTGRES.md).
func BenchmarkWritePostgres(b *testing.B) {
	dsn := os.Getenv("KG_TEST_POSTGRES")
	if dsn == "" {
		b.Skip("KG_TEST_POSTGRES not set")
	}
	benchWrite(b, func(b *testing.B) string { return pgtest.Fresh(b, dsn) })
}

// BenchmarkWriteQuadsBolt: the storage path alone on the same quads as
// BenchmarkPlainWriterBolt (documents converted to quads before the timer),
// in batches of batchQuads as WriteMany does.
func BenchmarkWriteQuadsBolt(b *testing.B) {
	rs := syntheticResults(benchDocs, benchPerDoc, benchPool)
	total := 0
	var clock quadClock
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := Open(context.Background(), filepath.Join(b.TempDir(), "kg.db"), Options{})
		if err != nil {
			b.Fatal(err)
		}
		var batches [][]doc
		var batch []doc
		n := 0
		total = 0
		for _, r := range rs {
			d, err := s.prepare(r)
			if err != nil {
				b.Fatal(err)
			}
			batch = append(batch, d)
			n += len(d.quads)
			total += len(d.quads)
			if n >= batchQuads {
				batches, batch, n = append(batches, batch), nil, 0
			}
		}
		batches = append(batches, batch)
		b.StartTimer()
		clock.time(func() {
			for _, batch := range batches {
				if _, err := s.writeDocs(context.Background(), batch); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	clock.report(b, total)
}

// BenchmarkResultQuads: converting one 50-fact document to quads.
func BenchmarkResultQuads(b *testing.B) {
	rs := syntheticResults(20, benchPerDoc, benchPool)
	v := NewVocab("")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ResultQuads(v, rs[i%len(rs)]); err != nil {
			b.Fatal(err)
		}
	}
}

// benchRead runs fn on the benchmark store, opened read-only (as kg stats
// opens it), reporting CPU seconds per call.
func benchRead(b *testing.B, cayleyInit bool, fn func(s *Store) error) {
	s, err := Open(context.Background(), keptBenchStore(b, cayleyInit), Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ResetTimer()
	runReads(b, s, fn)
}

// runReads calls fn on s b.N times and reports the CPU seconds per call.
func runReads(b *testing.B, s *Store, fn func(s *Store) error) {
	cpu0 := cputime.Now()
	for i := 0; i < b.N; i++ {
		if err := fn(s); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric((cputime.Now()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
}

func benchStats(s *Store) error     { _, err := s.Stats(context.Background()); return err }
func benchDocuments(s *Store) error { _, err := s.Documents(context.Background()); return err }

// BenchmarkStatsBolt: Stats of the benchmark store.
func BenchmarkStatsBolt(b *testing.B) { benchRead(b, false, benchStats) }

// BenchmarkDocumentsBolt: Documents of the benchmark store.
func BenchmarkDocumentsBolt(b *testing.B) { benchRead(b, false, benchDocuments) }

// BenchmarkStatsBoltCayley: Stats of the benchmark corpus in a store created
// by Cayley (no label index).
func BenchmarkStatsBoltCayley(b *testing.B) { benchRead(b, true, benchStats) }

// BenchmarkOpenBoltCayleyMade: opening, read-only, a store created by Cayley
// (no label index), holding the benchmark corpus.
func BenchmarkOpenBoltCayleyMade(b *testing.B) {
	dir := keptBenchStore(b, true)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s, err := Open(context.Background(), dir, Options{ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkStatsPostgres: Stats, Documents and Resolve on the benchmark corpus in a
// fresh PostgreSQL database (needs KG_TEST_POSTGRES; the load takes about
// 20 s for the default 218k quads).
func BenchmarkStatsPostgres(b *testing.B) {
	dsn := os.Getenv("KG_TEST_POSTGRES")
	if dsn == "" {
		b.Skip("KG_TEST_POSTGRES not set")
	}
	spec := pgtest.Fresh(b, dsn)
	s, err := Open(context.Background(), spec, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, errs := s.WriteMany(context.Background(), syntheticResults(benchDocs, benchPerDoc, benchPool)); errs[0] != nil {
		b.Fatal(errs[0])
	}
	for _, c := range []struct {
		name string
		fn   func(*Store) error
	}{{"Stats", benchStats}, {"Documents", benchDocuments},
		// Resolve by an alias, label index cached: the cost of checking
		// whether another process changed the labels.
		{"Resolve", func(s *Store) error {
			iris, err := s.Resolve(context.Background(), "E7")
			if err == nil && len(iris) != 1 {
				err = fmt.Errorf("Resolve(E7) = %v", iris)
			}
			return err
		}}} {
		b.Run(c.name, func(b *testing.B) { runReads(b, s, c.fn) })
	}
}
