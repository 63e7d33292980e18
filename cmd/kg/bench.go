package main

import (
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/scorer"
	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/internal/procstat"
	"github.com/newskg/kg/pipeline"
	"github.com/newskg/kg/source"
	"github.com/newskg/kg/source/synth"
)

func benchCommand() *cli.Command {
	return &cli.Command{
		Name:  "bench",
		Usage: "time extraction and storage of synthetic Arabic articles end to end",
		Description: `Generates --docs synthetic Arabic articles (templates and names from an
embedded lexicon), extracts and stores them into a fresh Bolt store in a
temporary directory (or --db), and prints documents/s, quads/s and the peak
resident memory. With PATH arguments, ingests those articles instead.

Examples:
   kg bench --docs 10000
   kg bench --docs 2000 --extract-only --json
   kg bench --db /tmp/bench.db articles.jsonl`,
		ArgsUsage: "[PATH...]",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "docs", Aliases: []string{"n"}, Value: 10000, Usage: "number of synthetic articles"},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "seed of the synthetic articles"},
			&cli.StringFlag{Name: "db", Usage: "`STORE` to write (default: a new Bolt store in a temporary directory, removed afterwards)"},
			&cli.IntFlag{Name: "workers", Value: runtime.GOMAXPROCS(0), Usage: "extraction workers"},
			&cli.IntFlag{Name: "batch", Value: 64, Usage: "documents per store transaction"},
			&cli.BoolFlag{Name: "extract-only", Usage: "extract without storing"},
			&cli.BoolFlag{Name: "json", Usage: "print the result as JSON"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress display"},
			&cli.StringFlag{Name: "cpuprofile", Usage: "write a CPU profile of the run to `FILE` (go tool pprof)"},
		},
		Action: runBench,
	}
}

// benchResult is what kg bench measured.
type benchResult struct {
	Documents   int     `json:"documents"`
	Failed      int     `json:"failed"`
	Facts       int     `json:"facts"`
	Quads       int     `json:"quads"`
	Bytes       int64   `json:"bytes"`
	Seconds     float64 `json:"seconds"`
	DocsPerSec  float64 `json:"docs_per_sec"`
	QuadsPerSec float64 `json:"quads_per_sec"`
	PeakRSSMB   float64 `json:"peak_rss_mb"`
	Workers     int     `json:"workers"`
	Store       string  `json:"store"`
}

func runBench(c *cli.Context) error {
	n := c.Int("docs")
	if n < 1 && c.NArg() == 0 {
		return fmt.Errorf("--docs %d: want at least 1", n)
	}
	var docs func(yield func(extract.Document, error) bool)
	total := n
	var bytes int64
	if c.NArg() > 0 {
		paths := c.Args().Slice()
		total = source.Count(paths)
		docs = source.Read(c.Context, paths, source.Defaults{})
	} else {
		docs = synth.Articles(c.Uint64("seed"), n)
	}
	counted := func(yield func(extract.Document, error) bool) {
		for d, err := range docs {
			bytes += int64(len(d.Text))
			if !yield(d, err) {
				return
			}
		}
	}

	var store *graph.Store
	spec := c.String("db")
	if !c.Bool("extract-only") {
		if spec == "" {
			dir, err := os.MkdirTemp("", "kg-bench-")
			if err != nil {
				return fmt.Errorf("bench: temporary directory: %w", err)
			}
			defer os.RemoveAll(dir)
			spec = dir + "/store"
		}
		var err error
		store, err = graph.Open(c.Context, spec, graph.Options{})
		if err != nil {
			return err
		}
		defer store.Close()
	} else {
		spec = "none (extract only)"
	}
	workers := c.Int("workers")
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	var w pipeline.Writer
	if store != nil {
		w = store
	}
	if f := c.String("cpuprofile"); f != "" {
		pf, err := os.Create(f)
		if err != nil {
			return fmt.Errorf("--cpuprofile: %w", err)
		}
		defer pf.Close()
		if err := pprof.StartCPUProfile(pf); err != nil {
			return fmt.Errorf("--cpuprofile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	prog := progressFor(c)
	sum, err := pipeline.Run(c.Context, counted, w, pipeline.Options{
		Workers: workers, Batch: c.Int("batch"), Progress: prog, Total: total,
		MinConfidence: scorer.DefaultThreshold(), // as kg ingest does
	}, func(o pipeline.Outcome) {
		if o.Err != nil {
			errorf(c, "%v", o.Err)
		}
	})
	if err != nil {
		return err
	}
	if store != nil {
		if err := store.Close(); err != nil {
			return err
		}
	}
	secs := sum.Elapsed.Seconds()
	res := benchResult{
		Documents: sum.Documents, Failed: sum.Failed, Facts: sum.Facts, Quads: sum.Quads, Bytes: bytes,
		Seconds: secs, DocsPerSec: float64(sum.Documents) / secs, QuadsPerSec: float64(sum.Quads) / secs,
		PeakRSSMB: float64(procstat.PeakRSS(0)) / (1 << 20), Workers: workers, Store: spec,
	}
	out := c.App.Writer
	if c.Bool("json") {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	fmt.Fprintf(out, "documents  %d (%d failed), %.1f MB of text\n", res.Documents, res.Failed, float64(res.Bytes)/1e6)
	fmt.Fprintf(out, "facts      %d\n", res.Facts)
	fmt.Fprintf(out, "quads      %d\n", res.Quads)
	fmt.Fprintf(out, "time       %s (%d workers, store %s)\n", sum.Elapsed.Round(time.Millisecond), workers, spec)
	fmt.Fprintf(out, "docs/s     %.1f\n", res.DocsPerSec)
	fmt.Fprintf(out, "quads/s    %.0f\n", res.QuadsPerSec)
	fmt.Fprintf(out, "peak RSS   %.0f MB\n", res.PeakRSSMB)
	if sum.Failed > 0 {
		return fmt.Errorf("%d of %d documents failed", sum.Failed, sum.Documents)
	}
	return nil
}
