package ar

import (
	"context"
	"testing"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/internal/cputime"
)

// BenchmarkExtract runs the whole pipeline (catalogue, lexicon and name
// tagger loaded once, before the timer) over the seed and dev articles,
// with the learned name tagger (ner) and without it (rules), and without
// the learned fact scorer (ner-unscored); MB/s is
// Arabic text per second on one core, allocs/article the allocations per
// article.
func BenchmarkExtract(b *testing.B) {
	docs := append(loadSeed(b), loadDev(b)...)
	b.Run("ner", func(b *testing.B) { benchExtract(b, New(), docs) })
	b.Run("ner-unscored", func(b *testing.B) { benchExtract(b, New(WithoutScorer()), docs) }) // the fact scorer's cost
	b.Run("rules", func(b *testing.B) { benchExtract(b, New(WithoutNER()), docs) })
	b.Run("rules-unproposed", func(b *testing.B) { benchExtract(b, New(WithoutNER(), WithoutProposer()), docs) }) // the relation proposer's cost
}

func benchExtract(b *testing.B, x *Extractor, docs []extract.Document) {
	if err := x.load(); err != nil {
		b.Fatal(err)
	}
	x.firstTokens()
	size := 0
	for _, d := range docs {
		size += len(d.Text) + len(d.Title)
	}
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0 := cputime.Now()
	b.ResetTimer()
	var r *extract.Result
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			var err error
			if r, err = x.Extract(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	_ = r
	b.StopTimer()
	// CPU time of the process, less sensitive than wall time to other
	// work on a shared machine.
	cputime.ReportMBps(b, cpu0, int64(size))
	b.ReportMetric(float64(testing.AllocsPerRun(1, func() {
		for _, d := range docs {
			x.Extract(ctx, d)
		}
	}))/float64(len(docs)), "allocs/article")
}
