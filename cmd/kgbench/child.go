package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/internal/procstat"
	"github.com/newskg/kg/queries"
)

// childOut is what a child process prints (one JSON object on stdout): the
// time of the measured step alone, without process start-up or corpus
// reading where that can be separated.
type childOut struct {
	Seconds float64            `json:"seconds"`
	Quads   int                `json:"quads,omitempty"`
	Extra   map[string]float64 `json:"extra,omitempty"`
	Errors  int                `json:"errors,omitempty"`
	// PeakRSSMB is the child's VmHWM (MiB) at the end of the step. Unlike the
	// ru_maxrss that wait4 returns, it does not include the parent's
	// resident set inherited through vfork before exec.
	PeakRSSMB float64 `json:"peak_rss_mb"`
}

// runChild runs one measured step in this (child) process: kgbench -child
// MODE [flags].
func runChild(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return errors.New("-child: want a mode (import, plain, open, open-cayley, query, count)")
	}
	mode := args[0]
	fs := flag.NewFlagSet("child "+mode, flag.ContinueOnError)
	file := fs.String("file", "", "N-Quads file")
	store := fs.String("store", "", "store spec (Bolt directory, mem:, postgres://…)")
	backend := fs.String("backend", "bolt", "Cayley backend of the plain writer: bolt, memstore or postgres")
	entities := fs.String("entities", "", "entity list of the corpus (for query)")
	iters := fs.Int("iters", 200, "queries of each kind (for query)")
	sample := fs.Int("sample", 100, "entities sampled by degree rank (for query)")
	split := fs.Int("split", 0, "import the file in pieces of about this many quads, cut between documents (as kg import of several files)")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the step to this file")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if *cpuprofile != "" {
		pf, err := os.Create(*cpuprofile)
		if err != nil {
			return fmt.Errorf("-cpuprofile: %w", err)
		}
		defer pf.Close()
		if err := pprof.StartCPUProfile(pf); err != nil {
			return fmt.Errorf("-cpuprofile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	var out childOut
	var err error
	switch mode {
	case "import":
		out, err = childImport(ctx, *file, *store, *split)
	case "plain":
		out, err = childPlain(*file, *backend, *store)
	case "open":
		out, err = childOpen(ctx, *store, false)
	case "open-cayley":
		out, err = childOpen(ctx, *store, true)
	case "query":
		out, err = childQuery(ctx, *store, *entities, *iters, *sample)
	case "count":
		out, err = childCount(ctx, *store)
	default:
		err = fmt.Errorf("-child: unknown mode %q", mode)
	}
	if err != nil {
		return err
	}
	out.PeakRSSMB = float64(procstat.PeakRSS(0)) / (1 << 20)
	return json.NewEncoder(stdout).Encode(out)
}

// childImport is `kg import FILE` into store: graph.Open, (*Store).Import,
// Close. With split > 0 the file goes in as pieces of about split quads,
// cut where the label (document) changes, one Import call each, as `kg
// import` of several files would: Import holds its whole input in memory.
func childImport(ctx context.Context, file, spec string, split int) (childOut, error) {
	start := time.Now()
	s, err := graph.Open(ctx, spec, graph.Options{})
	if err != nil {
		return childOut{}, err
	}
	f, err := os.Open(file)
	if err != nil {
		s.Close()
		return childOut{}, fmt.Errorf("import: %w", err)
	}
	defer f.Close()
	out := childOut{}
	imp := func(r io.Reader) error {
		stats, err := s.Import(ctx, r)
		if err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		for _, st := range stats {
			out.Quads += st.Added
		}
		return nil
	}
	if split <= 0 {
		err = imp(bufio.NewReaderSize(f, 1<<20))
	} else {
		err = eachPiece(f, split, imp)
	}
	if err != nil {
		s.Close()
		return childOut{}, err
	}
	if err := s.Close(); err != nil {
		return childOut{}, err
	}
	out.Seconds = time.Since(start).Seconds()
	return out, nil
}

// eachPiece cuts an N-Quads stream into pieces of at least n lines, ending
// where the label (the last term of a line) changes, and calls fn on each.
func eachPiece(r io.Reader, n int, fn func(io.Reader) error) error {
	sc := bufio.NewScanner(bufio.NewReaderSize(r, 1<<20))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var buf bytes.Buffer
	lines := 0
	var last string
	for sc.Scan() {
		line := sc.Bytes()
		body := bytes.TrimSuffix(bytes.TrimSpace(line), []byte("."))
		label := string(bytes.TrimSpace(body[bytes.LastIndex(body, []byte(" <"))+1:]))
		if lines >= n && label != last {
			if err := fn(&buf); err != nil {
				return err
			}
			buf.Reset()
			lines = 0
		}
		last = label
		buf.Write(line)
		buf.WriteByte('\n')
		lines++
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if buf.Len() > 0 {
		return fn(&buf)
	}
	return nil
}

// childPlain is the baseline: the file's quads written one WriteQuad at a
// time through Cayley's graph.NewWriter (batches of quad.DefaultBatch =
// 10,000, as Cayley's loader), into a fresh store of Cayley's own backend
// with its default options (Bolt: bloom filters on).
func childPlain(file, backend, spec string) (childOut, error) {
	start := time.Now()
	var qs cgraph.QuadStore
	var err error
	switch backend {
	case "memstore":
		qs, err = cgraph.NewQuadStore("memstore", "", nil)
	case "bolt", "postgres":
		if backend == "bolt" {
			if err := os.MkdirAll(spec, 0o755); err != nil {
				return childOut{}, err
			}
		}
		if err = cgraph.InitQuadStore(backend, spec, nil); err == nil {
			qs, err = cgraph.NewQuadStore(backend, spec, nil)
		}
	default:
		err = fmt.Errorf("unknown backend %q", backend)
	}
	if err != nil {
		return childOut{}, fmt.Errorf("plain writer: open %s store: %w", backend, err)
	}
	qw, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		qs.Close()
		return childOut{}, fmt.Errorf("plain writer: %w", err)
	}
	f, err := os.Open(file)
	if err != nil {
		qs.Close()
		return childOut{}, fmt.Errorf("plain writer: %w", err)
	}
	defer f.Close()
	r := nquads.NewReader(bufio.NewReaderSize(f, 1<<20), true)
	w := cgraph.NewWriter(qw)
	n := 0
	for {
		q, err := r.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			qs.Close()
			return childOut{}, fmt.Errorf("%s: quad %d: %w", file, n+1, err)
		}
		if err := w.WriteQuad(q); err != nil {
			qs.Close()
			return childOut{}, fmt.Errorf("plain writer: quad %d: %w", n+1, err)
		}
		n++
	}
	if err := w.Close(); err != nil {
		qs.Close()
		return childOut{}, fmt.Errorf("plain writer: %w", err)
	}
	if err := qs.Close(); err != nil {
		return childOut{}, fmt.Errorf("plain writer: close: %w", err)
	}
	return childOut{Seconds: time.Since(start).Seconds(), Quads: n}, nil
}

// childOpen times opening an existing Bolt store (kg's graph.Open, or
// Cayley's own bolt backend) and reading one quad from it.
func childOpen(ctx context.Context, dir string, cayley bool) (childOut, error) {
	if _, err := os.Stat(filepath.Join(dir, "indexes.bolt")); err != nil {
		return childOut{}, fmt.Errorf("open: no Bolt store in %s: %w", dir, err)
	}
	start := time.Now()
	var (
		opened, first time.Duration
		ok            bool
		closeFn       func() error
	)
	if cayley {
		qs, err := cgraph.NewQuadStore("bolt", dir, nil)
		if err != nil {
			return childOut{}, fmt.Errorf("open %s with Cayley: %w", dir, err)
		}
		opened = time.Since(start)
		it := qs.QuadsAllIterator().Iterate()
		ok = it.Next(ctx)
		it.Close()
		first, closeFn = time.Since(start), qs.Close
	} else {
		s, err := graph.Open(ctx, dir, graph.Options{ReadOnly: true})
		if err != nil {
			return childOut{}, err
		}
		opened = time.Since(start)
		stop := errors.New("first quad")
		if err := s.EachQuad(ctx, func(quad.Quad) error { ok = true; return stop }); err != nil && !errors.Is(err, stop) {
			s.Close()
			return childOut{}, err
		}
		first, closeFn = time.Since(start), s.Close
	}
	if err := closeFn(); err != nil {
		return childOut{}, err
	}
	if !ok {
		return childOut{}, fmt.Errorf("open %s: the store is empty", dir)
	}
	return childOut{Seconds: opened.Seconds(), Extra: map[string]float64{"first_quad_s": first.Seconds()}}, nil
}

// childCount counts the quads of a Bolt store by iterating all of them with
// Cayley's own bolt backend (a check that both writers stored every quad).
func childCount(ctx context.Context, dir string) (childOut, error) {
	start := time.Now()
	qs, err := cgraph.NewQuadStore("bolt", dir, cgraph.Options{"no_bloom": true})
	if err != nil {
		return childOut{}, fmt.Errorf("count %s: %w", dir, err)
	}
	defer qs.Close()
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		n++
	}
	if err := it.Err(); err != nil {
		return childOut{}, fmt.Errorf("count %s: %w", dir, err)
	}
	return childOut{Seconds: time.Since(start).Seconds(), Quads: n}, nil
}

// benchQueries are the canned queries timed by -part query, with their
// arguments for the i-th iteration over the sampled entity IRIs.
var benchQueries = []struct {
	name string
	args func(i int, e []string) map[string]string
}{
	{"neighbours", func(i int, e []string) map[string]string { return map[string]string{"entity": e[i%len(e)]} }},
	{"who-met", func(i int, e []string) map[string]string { return map[string]string{"entity": e[i%len(e)]} }},
	{"entity", func(i int, e []string) map[string]string { return map[string]string{"entity": e[i%len(e)]} }},
	{"path", func(i int, e []string) map[string]string {
		return map[string]string{"from": e[i%len(e)], "to": e[(i*7+len(e)/2)%len(e)], "hops": "4"}
	}},
}

// childQuery runs each canned query iters times with queries.Run over a
// sample of the corpus's entities spread by degree rank (hubs and tail), and
// reports p50/p90/p99 latencies in milliseconds. Ten warm-up queries of each
// kind are not counted.
func childQuery(ctx context.Context, dir, entFile string, iters, n int) (childOut, error) {
	lines, err := readLines(entFile)
	if err != nil || len(lines) < 3 {
		return childOut{}, fmt.Errorf("query: entity list %s: unreadable or empty (%v)", entFile, err)
	}
	keys := lines[1:]
	start := time.Now()
	s, err := graph.Open(ctx, dir, graph.Options{ReadOnly: true})
	if err != nil {
		return childOut{}, err
	}
	defer s.Close()
	step := max(1, len(keys)/n)
	var sample []string
	for i := 0; i < len(keys) && len(sample) < n; i += step {
		sample = append(sample, string(s.Vocab().Entity(keys[i])))
	}
	out := childOut{Extra: map[string]float64{}}
	for _, q := range benchQueries {
		for i := range 10 {
			queries.Run(ctx, s, q.name, q.args(i*13+5, sample), queries.Options{})
		}
		lat := make([]float64, 0, iters)
		rows := 0
		for i := range iters {
			t0 := time.Now()
			r, err := queries.Run(ctx, s, q.name, q.args(i, sample), queries.Options{})
			lat = append(lat, float64(time.Since(t0).Microseconds())/1000)
			if err != nil {
				out.Errors++
				fmt.Fprintf(os.Stderr, "%s %v: %v\n", q.name, q.args(i, sample), err)
				continue
			}
			rows += len(r.Rows)
		}
		sort.Float64s(lat)
		out.Extra[q.name+"_p50_ms"] = percentile(lat, 0.50)
		out.Extra[q.name+"_p90_ms"] = percentile(lat, 0.90)
		out.Extra[q.name+"_p99_ms"] = percentile(lat, 0.99)
		out.Extra[q.name+"_rows"] = float64(rows) / float64(iters)
	}
	out.Seconds = time.Since(start).Seconds()
	return out, nil
}

// percentile of sorted values (nearest rank).
func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[int(p*float64(len(sorted)-1)+0.5)]
}
