// Command kgbench runs the whole-run benchmarks and prints them
// as Markdown tables (BENCHMARKS.md): bulk load of an N-Quads file into Bolt
// against Cayley's plain writer, peak RSS and store open time, ingest into
// memstore, Bolt and PostgreSQL, canned query latencies, and `kg bench`
// end to end. Every measured step runs in a child process of its own, so
// its wall time, CPU time (user + system) and peak RSS are its alone.
//
//	go run ./cmd/kgbench -part import -quads 1000000
//	go run ./cmd/kgbench -part ingest -backends mem,postgres -quads 200000
//	go run ./cmd/kgbench -part query -quads 1000000 -shape zipf
//	go run ./cmd/kgbench -part e2e -docs 10000
//	go run ./cmd/kgbench -part serve -quads 1000000 -clients 50 -duration 60s
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"
)

// config holds the command-line flags.
type config struct {
	part      string
	quads     int
	pgQuads   int
	shape     string
	runs      int
	work      string
	backends  string
	pg        string
	iters     int
	sample    int
	docs      int
	kg        string
	keep      bool
	split     int
	clients   int
	duration  time.Duration
	mix       string
	serverURL string
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if len(os.Args) > 1 && os.Args[1] == "-child" {
		if err := runChild(ctx, os.Args[2:], os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "kgbench child:", err)
			os.Exit(1)
		}
		return
	}
	var c config
	fs := flag.NewFlagSet("kgbench", flag.ExitOnError)
	fs.StringVar(&c.part, "part", "", "what to run: gen, import, ingest, query, e2e, serve (comma-separated, or all)")
	fs.IntVar(&c.quads, "quads", 1_000_000, "quads of the generated corpus (gen, import, ingest on mem and Bolt, query)")
	fs.IntVar(&c.pgQuads, "pg-quads", 100_000, "quads of the corpus for PostgreSQL (ingest); Cayley's plain SQL writer does ~2k quads/s")
	fs.StringVar(&c.shape, "shape", shapeArticles, "corpus: articles (synthetic Arabic articles through the extractor) or zipf (model-shaped, 20k Zipf entities)")
	fs.IntVar(&c.runs, "runs", 3, "runs of each measurement (medians are reported)")
	fs.StringVar(&c.work, "work", filepath.Join(os.TempDir(), "kgbench-runs"), "working directory: corpora, stores (kept between runs)")
	fs.StringVar(&c.backends, "backends", "mem,bolt,postgres", "backends of -part ingest")
	fs.StringVar(&c.pg, "pg", os.Getenv("KG_TEST_POSTGRES"), "PostgreSQL DSN whose role may CREATE DATABASE (default $KG_TEST_POSTGRES, else the kgtest role of graph/POSTGRES.md)")
	fs.IntVar(&c.iters, "iters", 200, "queries of each kind per run (query)")
	fs.IntVar(&c.sample, "sample", 100, "entities sampled by degree rank (query)")
	fs.IntVar(&c.docs, "docs", 10_000, "synthetic articles of kg bench (e2e)")
	fs.StringVar(&c.kg, "kg", "", "kg binary for e2e (default: go build ./cmd/kg into -work)")
	fs.BoolVar(&c.keep, "keep", false, "keep the stores of import runs")
	fs.IntVar(&c.split, "split", 0, "kg import the corpus in pieces of about this many quads (cut between documents), as `kg import` of several files; 0: one piece")
	fs.IntVar(&c.clients, "clients", 50, "concurrent clients (serve)")
	fs.DurationVar(&c.duration, "duration", 60*time.Second, "how long the clients run (serve)")
	fs.StringVar(&c.mix, "mix", defaultMix, "share of each endpoint in the requests (serve)")
	fs.StringVar(&c.serverURL, "server", "", "URL of a running kg serve to load instead of starting one on the generated store (serve; no RSS then)")
	fs.Parse(os.Args[1:])
	if c.pg == "" {
		c.pg = "postgres://kgtest:kgtest@127.0.0.1:5432/postgres?sslmode=disable"
	}
	if c.part == "" {
		fmt.Fprintln(os.Stderr, "kgbench: give -part (gen, import, ingest, query, e2e or all); -h for the flags")
		os.Exit(2)
	}
	if c.runs < 1 {
		fmt.Fprintln(os.Stderr, "kgbench: -runs must be at least 1")
		os.Exit(2)
	}
	if err := run1(ctx, c, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "kgbench:", err)
		os.Exit(1)
	}
}

func run1(ctx context.Context, c config, out io.Writer) error {
	parts := strings.Split(c.part, ",")
	if c.part == "all" {
		parts = []string{"import", "ingest", "query", "e2e"}
	}
	logf := func(format string, args ...any) {
		fmt.Fprintf(os.Stderr, "%s  %s\n", time.Now().UTC().Format("15:04:05"), fmt.Sprintf(format, args...))
	}
	for _, p := range parts {
		l0, t0 := loadAvg(), time.Now()
		var err error
		switch strings.TrimSpace(p) {
		case "gen":
			var cp corpus
			cp, err = ensureCorpus(ctx, c.work, c.shape, c.quads, logf)
			if err == nil {
				fmt.Fprintf(out, "corpus %s: %d documents, %d quads, %d entities\n", cp.Path, cp.Docs, cp.Quads, len(cp.Entities))
			}
		case "import":
			err = partImport(ctx, c, out, logf)
		case "ingest":
			err = partIngest(ctx, c, out, logf)
		case "query":
			err = partQuery(ctx, c, out, logf)
		case "e2e":
			err = partE2E(ctx, c, out, logf)
		case "serve":
			err = partServe(ctx, c, out, logf)
		default:
			err = fmt.Errorf("unknown part %q (want gen, import, ingest, query, e2e, serve or all)", p)
		}
		if err != nil {
			return fmt.Errorf("part %s: %w", p, err)
		}
		fmt.Fprintf(out, "\n(part %s: %v; load average (1 min) %.2f at the start, %.2f at the end)\n\n",
			p, time.Since(t0).Round(time.Second), l0, loadAvg())
	}
	return nil
}

// table prints a Markdown table.
type table struct {
	head []string
	rows [][]string
}

func (t *table) add(cells ...any) {
	row := make([]string, len(cells))
	for i, c := range cells {
		switch v := c.(type) {
		case string:
			row[i] = v
		case int:
			row[i] = commas(int64(v))
		case float64:
			row[i] = num(v)
		default:
			row[i] = fmt.Sprint(v)
		}
	}
	t.rows = append(t.rows, row)
}

func (t *table) print(w io.Writer) {
	fmt.Fprintf(w, "| %s |\n", strings.Join(t.head, " | "))
	fmt.Fprintf(w, "|%s\n", strings.Repeat(" --- |", len(t.head)))
	for _, r := range t.rows {
		fmt.Fprintf(w, "| %s |\n", strings.Join(r, " | "))
	}
	fmt.Fprintln(w)
}

// num formats a figure with about three significant digits.
func num(v float64) string {
	switch {
	case v >= 999.5:
		return commas(int64(v + 0.5))
	case v >= 100:
		return fmt.Sprintf("%.0f", v)
	case v >= 10:
		return fmt.Sprintf("%.1f", v)
	case v >= 1:
		return fmt.Sprintf("%.2f", v)
	default:
		return fmt.Sprintf("%.3f", v)
	}
}

// commas writes n with thousands separators.
func commas(n int64) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, ch := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(ch)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
