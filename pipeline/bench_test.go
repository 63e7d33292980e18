package pipeline

import (
	"context"
	"path/filepath"
	"testing"

	_ "github.com/newskg/kg/extract/ar"
	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/source/synth"
)

// benchDocs is the number of synthetic Arabic articles of one benchmark op.
const benchDocs = 200

// BenchmarkIngest times extraction plus storage of synthetic Arabic
// articles into a fresh store, end to end, as `kg ingest` does it.
//
//	go test -run - -bench Ingest ./pipeline
func BenchmarkIngest(b *testing.B) {
	for _, backend := range []string{"bolt", "mem"} {
		b.Run(backend, func(b *testing.B) {
			quads := 0
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				spec := "mem:"
				if backend == "bolt" {
					spec = filepath.Join(b.TempDir(), "kg.db")
				}
				s, err := graph.Open(context.Background(), spec, graph.Options{})
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				sum, err := Run(context.Background(), synth.Articles(uint64(i), benchDocs), s, Options{}, nil)
				if err != nil || sum.Failed > 0 {
					b.Fatalf("err %v, %d failed", err, sum.Failed)
				}
				quads += sum.Quads
				b.StopTimer()
				s.Close()
				b.StartTimer()
			}
			secs := b.Elapsed().Seconds()
			b.ReportMetric(float64(benchDocs*b.N)/secs, "docs/s")
			b.ReportMetric(float64(quads)/secs, "quads/s")
		})
	}
}

// BenchmarkExtract times parallel extraction alone.
func BenchmarkExtract(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sum, err := Run(context.Background(), synth.Articles(uint64(i), benchDocs), nil, Options{}, nil)
		if err != nil || sum.Failed > 0 {
			b.Fatalf("err %v, %d failed", err, sum.Failed)
		}
	}
	b.ReportMetric(float64(benchDocs*b.N)/b.Elapsed().Seconds(), "docs/s")
}
