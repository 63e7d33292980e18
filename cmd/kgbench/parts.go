package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	_ "github.com/lib/pq" // PostgreSQL driver, for creating the benchmark databases
)

// storeDir is where -part import keeps the Bolt store it loaded last, and
// where -part query looks for it.
func storeDir(c config) string {
	return filepath.Join(c.work, fmt.Sprintf("store-%s-%d", c.shape, c.quads))
}

// partImport: `kg import` of the corpus into a fresh Bolt store against
// Cayley's plain writer on the same file, alternating which goes first, then
// the time to open the loaded store in a fresh process.
func partImport(ctx context.Context, c config, out io.Writer, logf func(string, ...any)) error {
	cp, err := ensureCorpus(ctx, c.work, c.shape, c.quads, logf)
	if err != nil {
		return err
	}
	keep := storeDir(c)
	t := table{head: []string{"run", "writer", "quads added", "time s", "quads/s", "CPU s", "quads/CPU-s", "peak RSS MB", "store MB", "load avg"}}
	var kgQPS, plQPS, ratio, cpuRatio, kgRSS, plRSS []float64
	for i := 0; i < c.runs; i++ {
		kgDir := filepath.Join(c.work, fmt.Sprintf("import-kg-%d", i))
		plDir := filepath.Join(c.work, fmt.Sprintf("import-plain-%d", i))
		os.RemoveAll(kgDir)
		os.RemoveAll(plDir)
		var rk, rp run
		steps := []func() error{
			func() (err error) {
				logf("run %d: kg import %s", i+1, cp.Path)
				rk, err = spawnChild(ctx, "import", "-file", cp.Path, "-store", kgDir, "-split", fmt.Sprint(c.split))
				t.add(i+1, "kg import (graph.Store.Import)", rk.Quads, rk.Seconds, float64(cp.Quads)/rk.Seconds, rk.CPU,
					float64(cp.Quads)/rk.CPU, rk.RSSMB, float64(dirSize(kgDir))/1e6, loadAvg())
				return err
			},
			func() (err error) {
				logf("run %d: Cayley plain writer %s", i+1, cp.Path)
				rp, err = spawnChild(ctx, "plain", "-file", cp.Path, "-backend", "bolt", "-store", plDir)
				t.add(i+1, "Cayley graph.NewWriter", rp.Quads, rp.Seconds, float64(cp.Quads)/rp.Seconds, rp.CPU,
					float64(cp.Quads)/rp.CPU, rp.RSSMB, float64(dirSize(plDir))/1e6, loadAvg())
				return err
			},
		}
		if i%2 == 1 {
			steps[0], steps[1] = steps[1], steps[0]
		}
		for _, s := range steps {
			if err := s(); err != nil {
				return err
			}
		}
		kgQPS = append(kgQPS, float64(cp.Quads)/rk.Seconds)
		plQPS = append(plQPS, float64(cp.Quads)/rp.Seconds)
		ratio = append(ratio, rp.Seconds/rk.Seconds)
		cpuRatio = append(cpuRatio, rp.CPU/rk.CPU)
		kgRSS, plRSS = append(kgRSS, rk.RSSMB), append(plRSS, rp.RSSMB)
		os.RemoveAll(plDir)
		if _, err := os.Stat(keep); os.IsNotExist(err) && i == c.runs-1 {
			if err := os.Rename(kgDir, keep); err != nil {
				return err
			}
		} else if !c.keep {
			os.RemoveAll(kgDir)
		}
	}
	fmt.Fprintf(out, "## Bulk load: %s (%s shape, %s documents, %s quads), fresh Bolt store\n\n", cp.Path, c.shape, commas(int64(cp.Docs)), commas(int64(cp.Quads)))
	t.print(out)
	s := table{head: []string{"median of " + fmt.Sprint(c.runs) + " runs", "kg import", "Cayley plain writer", "ratio"}}
	s.add("quads/s (wall)", median(kgQPS), median(plQPS), fmt.Sprintf("%.1f× (median of per-run ratios)", median(ratio)))
	s.add("CPU time ratio", "", "", fmt.Sprintf("%.1f×", median(cpuRatio)))
	s.add("peak RSS MB", median(kgRSS), median(plRSS), "")
	s.print(out)

	// Opening the loaded store in a fresh process, as kg does and as Cayley's
	// bolt backend does (bloom filters rebuilt from the store).
	o := table{head: []string{"opener", "open ms (median)", "open + first quad ms", "process wall ms", "peak RSS MB"}}
	for _, mode := range []string{"open", "open-cayley"} {
		var open, first, wall, rss []float64
		for range c.runs {
			r, err := spawnChild(ctx, mode, "-store", keep)
			if err != nil {
				return err
			}
			open = append(open, r.Seconds*1000)
			first = append(first, r.Extra["first_quad_s"]*1000)
			wall = append(wall, r.Wall*1000)
			rss = append(rss, r.RSSMB)
		}
		name := map[string]string{"open": "kg graph.Open (no_bloom, read-only)", "open-cayley": "Cayley bolt backend (bloom filters)"}[mode]
		o.add(name, median(open), median(first), median(wall), median(rss))
	}
	fmt.Fprintf(out, "## Opening the %s-quad store (%s, %.0f MB) in a fresh process\n\n", commas(int64(cp.Quads)), keep, float64(dirSize(keep))/1e6)
	o.print(out)
	return nil
}

// partIngest: the same corpus into memstore, Bolt and PostgreSQL, kg's
// Import against Cayley's plain writer, in the same run.
func partIngest(ctx context.Context, c config, out io.Writer, logf func(string, ...any)) error {
	t := table{head: []string{"backend", "quads", "kg quads/s", "plain quads/s", "ratio (wall)", "kg quads/CPU-s", "plain quads/CPU-s", "ratio (CPU)", "kg RSS MB", "plain RSS MB", "load avg"}}
	for _, b := range strings.Split(c.backends, ",") {
		b = strings.TrimSpace(b)
		n := c.quads
		if b == "postgres" {
			n = c.pgQuads
		}
		cp, err := ensureCorpus(ctx, c.work, c.shape, n, logf)
		if err != nil {
			return err
		}
		var kq, pq, kc, pc, kr, pr, rw, rc []float64
		for i := 0; i < c.runs; i++ {
			var kspec, pspec, backend string
			var cleanup []func()
			switch b {
			case "mem":
				kspec, pspec, backend = "mem:", "", "memstore"
			case "bolt":
				kspec, pspec, backend = filepath.Join(c.work, "ingest-kg"), filepath.Join(c.work, "ingest-plain"), "bolt"
				os.RemoveAll(kspec)
				os.RemoveAll(pspec)
				cleanup = append(cleanup, func() { os.RemoveAll(kspec); os.RemoveAll(pspec) })
			case "postgres":
				backend = "postgres"
				var drop func()
				if kspec, drop, err = freshPostgres(ctx, c.pg, fmt.Sprintf("kgbench_kg_%d_%d", os.Getpid(), i)); err != nil {
					return err
				}
				cleanup = append(cleanup, drop)
				if pspec, drop, err = freshPostgres(ctx, c.pg, fmt.Sprintf("kgbench_plain_%d_%d", os.Getpid(), i)); err != nil {
					return err
				}
				cleanup = append(cleanup, drop)
			default:
				return fmt.Errorf("unknown backend %q (want mem, bolt or postgres)", b)
			}
			var rk, rp run
			steps := []func() error{
				func() (err error) {
					logf("%s run %d: kg import of %d quads", b, i+1, cp.Quads)
					rk, err = spawnChild(ctx, "import", "-file", cp.Path, "-store", kspec)
					return err
				},
				func() (err error) {
					logf("%s run %d: Cayley plain writer, %d quads", b, i+1, cp.Quads)
					rp, err = spawnChild(ctx, "plain", "-file", cp.Path, "-backend", backend, "-store", pspec)
					return err
				},
			}
			if i%2 == 1 {
				steps[0], steps[1] = steps[1], steps[0]
			}
			for _, s := range steps {
				if err = s(); err != nil {
					break
				}
			}
			for _, f := range cleanup {
				f()
			}
			if err != nil {
				return err
			}
			q := float64(cp.Quads)
			kq, pq = append(kq, q/rk.Seconds), append(pq, q/rp.Seconds)
			kc, pc = append(kc, q/rk.CPU), append(pc, q/rp.CPU)
			kr, pr = append(kr, rk.RSSMB), append(pr, rp.RSSMB)
			rw, rc = append(rw, rp.Seconds/rk.Seconds), append(rc, rp.CPU/rk.CPU)
			t.add(fmt.Sprintf("%s (run %d)", b, i+1), cp.Quads, q/rk.Seconds, q/rp.Seconds, fmt.Sprintf("%.1f×", rp.Seconds/rk.Seconds),
				q/rk.CPU, q/rp.CPU, fmt.Sprintf("%.1f×", rp.CPU/rk.CPU), rk.RSSMB, rp.RSSMB, loadAvg())
		}
		t.add("**"+b+" (median)**", cp.Quads, median(kq), median(pq), fmt.Sprintf("**%.1f×**", median(rw)),
			median(kc), median(pc), fmt.Sprintf("%.1f×", median(rc)), median(kr), median(pr), "")
	}
	fmt.Fprintf(out, "## Ingest: kg (graph.Store.Import) against Cayley's plain writer, %s corpus\n\n", c.shape)
	t.print(out)
	fmt.Fprintln(out, "CPU is the benchmark process's own; PostgreSQL's server processes are not counted.")
	return nil
}

// freshPostgres creates database name through dsn's connection and returns
// a DSN for it and a function dropping it.
func freshPostgres(ctx context.Context, dsn, name string) (string, func(), error) {
	u, err := url.Parse(dsn)
	if err != nil {
		return "", nil, fmt.Errorf("-pg %q: %w", dsn, err)
	}
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return "", nil, fmt.Errorf("postgres: %w", err)
	}
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		db.Close()
		return "", nil, fmt.Errorf("postgres: create database %s: %w", name, err)
	}
	u.Path = "/" + name
	drop := func() {
		if _, err := db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			fmt.Fprintf(os.Stderr, "postgres: drop database %s: %v\n", name, err)
		}
		db.Close()
	}
	return u.String(), drop, nil
}

// partQuery: canned query latencies with queries.Run on the Bolt store of
// the corpus (loaded by kg import first when -part import has not left it).
func partQuery(ctx context.Context, c config, out io.Writer, logf func(string, ...any)) error {
	cp, err := ensureCorpus(ctx, c.work, c.shape, c.quads, logf)
	if err != nil {
		return err
	}
	dir := storeDir(c)
	if _, err := os.Stat(filepath.Join(dir, "indexes.bolt")); err != nil {
		logf("loading %s into %s", cp.Path, dir)
		r, err := spawnChild(ctx, "import", "-file", cp.Path, "-store", dir, "-split", fmt.Sprint(c.split))
		if err != nil {
			os.RemoveAll(dir)
			return err
		}
		fmt.Fprintf(out, "kg import (-split %d) loaded %s quads into %s: %.1f s, %s quads/s, %.1f CPU s, peak RSS %.0f MB, %.0f MB on disk\n\n",
			c.split, commas(int64(cp.Quads)), dir, r.Seconds, num(float64(cp.Quads)/r.Seconds), r.CPU, r.RSSMB, float64(dirSize(dir))/1e6)
	}
	res := map[string][]float64{}
	var rss []float64
	errs := 0
	for i := range c.runs {
		logf("query run %d on %s", i+1, dir)
		r, err := spawnChild(ctx, "query", "-store", dir, "-entities", strings.TrimSuffix(cp.Path, ".nq")+".entities",
			"-iters", fmt.Sprint(c.iters), "-sample", fmt.Sprint(c.sample))
		if err != nil {
			return err
		}
		for k, v := range r.Extra {
			res[k] = append(res[k], v)
		}
		rss = append(rss, r.RSSMB)
		errs += r.Errors
	}
	fmt.Fprintf(out, "## Canned queries (queries.Run) on the Bolt store of %s quads (%s shape, %s entities; %d entities sampled by degree rank, %d queries of each kind per run, medians of %d runs)\n\n",
		commas(int64(cp.Quads)), c.shape, commas(int64(len(cp.Entities))), c.sample, c.iters, c.runs)
	t := table{head: []string{"query", "p50 ms", "p90 ms", "p99 ms", "rows/query"}}
	for _, q := range benchQueries {
		t.add(q.name, median(res[q.name+"_p50_ms"]), median(res[q.name+"_p90_ms"]), median(res[q.name+"_p99_ms"]), median(res[q.name+"_rows"]))
	}
	t.print(out)
	fmt.Fprintf(out, "peak RSS of the query process: %.0f MB (median); queries that failed (timeout 10 s): %d\n", median(rss), errs)
	return nil
}

// benchJSON is the part of `kg bench --json` that kgbench reads.
type benchJSON struct {
	Documents   int     `json:"documents"`
	Failed      int     `json:"failed"`
	Quads       int     `json:"quads"`
	Bytes       int64   `json:"bytes"`
	Seconds     float64 `json:"seconds"`
	DocsPerSec  float64 `json:"docs_per_sec"`
	QuadsPerSec float64 `json:"quads_per_sec"`
	PeakRSSMB   float64 `json:"peak_rss_mb"`
	Workers     int     `json:"workers"`
}

// partE2E: `kg bench --docs N` (extract + store into a fresh Bolt store),
// and extraction alone on one worker and on all.
func partE2E(ctx context.Context, c config, out io.Writer, logf func(string, ...any)) error {
	kg := c.kg
	if kg == "" {
		kg = filepath.Join(c.work, "kg")
		if err := os.MkdirAll(c.work, 0o755); err != nil {
			return err
		}
		logf("go build -o %s ./cmd/kg", kg)
		cmd := exec.CommandContext(ctx, "go", "build", "-o", kg, "./cmd/kg")
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("go build ./cmd/kg (run kgbench from the repository root, or give -kg): %w", err)
		}
	}
	type variant struct {
		name string
		args []string
	}
	docs := fmt.Sprint(c.docs)
	variants := []variant{
		{"extract + store (Bolt), default workers", []string{"bench", "--docs", docs, "--json", "--quiet"}},
		{"extract only, 1 worker", []string{"bench", "--docs", docs, "--json", "--quiet", "--extract-only", "--workers", "1"}},
		{"extract only, default workers", []string{"bench", "--docs", docs, "--json", "--quiet", "--extract-only"}},
	}
	t := table{head: []string{"run", "what", "docs", "quads", "time s", "docs/s", "quads/s", "MB/s", "CPU s", "MB/CPU-s", "peak RSS MB", "load avg"}}
	type agg struct{ secs, dps, qps, mbs, cpu, mbcpu, rss []float64 }
	aggs := make([]agg, len(variants))
	for i := range c.runs {
		for vi, v := range variants {
			logf("run %d: kg %s", i+1, strings.Join(v.args, " "))
			r, err := spawn(ctx, nil, kg, v.args...)
			if err != nil {
				return err
			}
			var b benchJSON
			if err := json.Unmarshal(r.Stdout, &b); err != nil {
				return fmt.Errorf("kg bench --json: %q: %w", r.Stdout, err)
			}
			if b.Failed > 0 {
				return fmt.Errorf("kg bench: %d of %d documents failed", b.Failed, b.Documents)
			}
			mb := float64(b.Bytes) / 1e6
			a := &aggs[vi]
			a.secs = append(a.secs, b.Seconds)
			a.dps = append(a.dps, b.DocsPerSec)
			a.qps = append(a.qps, b.QuadsPerSec)
			a.mbs = append(a.mbs, mb/b.Seconds)
			a.cpu = append(a.cpu, r.CPU)
			a.mbcpu = append(a.mbcpu, mb/r.CPU)
			// kg bench's own VmHWM: ru_maxrss of a vforked child starts at the parent's RSS.
			a.rss = append(a.rss, b.PeakRSSMB)
			quads, qps := any("–"), any("–")
			if b.Quads > 0 {
				quads, qps = b.Quads, b.QuadsPerSec
			}
			t.add(i+1, v.name, b.Documents, quads, b.Seconds, b.DocsPerSec, qps, mb/b.Seconds, r.CPU, mb/r.CPU, b.PeakRSSMB, loadAvg())
		}
	}
	for vi, v := range variants {
		a := aggs[vi]
		qps := any("–")
		if median(a.qps) > 0 {
			qps = median(a.qps)
		}
		t.add("**median**", v.name, c.docs, "", median(a.secs), median(a.dps), qps, median(a.mbs), median(a.cpu), median(a.mbcpu), median(a.rss), "")
	}
	fmt.Fprintf(out, "## End to end: kg bench --docs %d (%s, finished %s)\n\n", c.docs, kg, time.Now().UTC().Format(time.RFC3339))
	t.print(out)
	fmt.Fprintln(out, "time s and docs/s are kg bench's own figures (pipeline time, without process start); CPU s and peak RSS are the whole process's (getrusage).")
	return nil
}
