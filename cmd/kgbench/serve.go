package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/newskg/kg/internal/procstat"
)

// partServe is the load benchmark of the HTTP server: a Bolt
// store of c.quads quads whose entities are Zipf-popular, one `kg serve`
// process, c.clients concurrent clients for c.duration mixing who-met,
// entity, search, neighbours and exports, entities drawn by popularity. It
// reports requests/s, p50/p99 per endpoint, errors (any status but 200,
// 503 included) and the server's peak RSS.
func partServe(ctx context.Context, c config, out io.Writer, logf func(string, ...any)) error {
	c.shape = shapeZipf
	cp, err := ensureCorpus(ctx, c.work, c.shape, c.quads, logf)
	if err != nil {
		return err
	}
	dir := storeDir(c)
	if _, err := os.Stat(filepath.Join(dir, "indexes.bolt")); err != nil {
		logf("loading %s into %s", cp.Path, dir)
		if _, err := spawnChild(ctx, "import", "-file", cp.Path, "-store", dir, "-split", "0"); err != nil {
			os.RemoveAll(dir)
			return err
		}
	}
	weights, err := parseMix(c.mix)
	if err != nil {
		return err
	}
	base, pid := strings.TrimSuffix(c.serverURL, "/"), 0
	if base == "" {
		kg, err := kgBinary(ctx, c, logf)
		if err != nil {
			return err
		}
		addr, err := freePort()
		if err != nil {
			return err
		}
		srv := exec.CommandContext(ctx, kg, "serve", "--db", dir, "--addr", addr)
		srv.Stdout, srv.Stderr = io.Discard, os.Stderr
		if err := srv.Start(); err != nil {
			return fmt.Errorf("start kg serve: %w", err)
		}
		defer func() { srv.Process.Kill(); srv.Wait() }()
		base, pid = "http://"+addr, srv.Process.Pid
	}
	if err := waitHealthy(ctx, base, 60*time.Second); err != nil {
		return err
	}
	logf("kg serve on %s (pid %d): %d clients for %v, mix %v", base, pid, c.clients, c.duration, weights)

	stats := runLoad(ctx, base, cp.Entities, c.clients, c.duration, weights)
	rss := 0.0
	if pid != 0 {
		rss = float64(procstat.PeakRSS(pid)) / (1 << 20)
	}

	fmt.Fprintf(out, "## The server under load: %d clients for %v on a Bolt store of %s quads (%s entities, Zipf-popular)\n\n",
		c.clients, c.duration, commas(int64(cp.Quads)), commas(int64(len(cp.Entities))))
	t := table{head: []string{"endpoint", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "errors"}}
	total, errs := 0, 0
	for _, e := range loadEndpoints {
		s := stats[e.name]
		if weights[e.name] == 0 {
			continue
		}
		sort.Float64s(s.ms)
		t.add(e.name, len(s.ms), float64(len(s.ms))/c.duration.Seconds(), percentile(s.ms, 0.50), percentile(s.ms, 0.99), percentile(s.ms, 1), s.errors)
		total += len(s.ms)
		errs += s.errors
	}
	t.print(out)
	fmt.Fprintf(out, "in all: %s requests, %s req/s, %d errors; server peak RSS %.0f MB\n", commas(int64(total)), num(float64(total)/c.duration.Seconds()), errs, rss)
	for _, e := range loadEndpoints {
		for msg, n := range stats[e.name].samples {
			fmt.Fprintf(out, "  %s error ×%d: %s\n", e.name, n, msg)
		}
	}
	return nil
}

// loadEndpoints are the requests of the load benchmark with their weights;
// path gives the URL for an entity label.
var loadEndpoints = []struct {
	name string
	path func(label string) string
}{
	{"who-met", func(l string) string { return "/api/query/who-met?limit=50&entity=" + url.QueryEscape(l) }},
	{"entity", func(l string) string { return "/api/entity/" + url.PathEscape(l) + "?limit=50" }},
	{"search", func(l string) string { return "/api/search?q=" + url.QueryEscape(l[:len(l)-1]) }},
	{"neighbours", func(l string) string { return "/api/query/neighbours?limit=50&entity=" + url.QueryEscape(l) }},
	{"export", func(l string) string { return "/api/export?format=nquads&hops=1&entity=" + url.QueryEscape(l) }},
}

type endpointStats struct {
	ms      []float64
	errors  int
	samples map[string]int // error messages, a few
}

// defaultMix is the share of each endpoint in the load benchmark's
// requests.
const defaultMix = "who-met=35,entity=25,search=20,neighbours=15,export=5"

// parseMix reads -mix: endpoint=weight pairs, endpoints not named weigh 0.
func parseMix(mix string) (map[string]int, error) {
	out := map[string]int{}
	for _, kv := range strings.Split(mix, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
		n, err := strconv.Atoi(v)
		known := false
		for _, e := range loadEndpoints {
			known = known || e.name == k
		}
		if !ok || err != nil || n < 0 || !known {
			return nil, fmt.Errorf("-mix %q: want endpoint=weight pairs (endpoints: who-met, entity, search, neighbours, export)", mix)
		}
		out[k] = n
	}
	return out, nil
}

// runLoad runs the clients and returns each endpoint's latencies.
func runLoad(ctx context.Context, base string, entities []string, clients int, d time.Duration, weights map[string]int) map[string]*endpointStats {
	var mu sync.Mutex
	stats := map[string]*endpointStats{}
	for _, e := range loadEndpoints {
		stats[e.name] = &endpointStats{samples: map[string]int{}}
	}
	totalWeight := 0
	for _, e := range loadEndpoints {
		totalWeight += weights[e.name]
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}, Timeout: 30 * time.Second}
	deadline := time.Now().Add(d)
	var wg sync.WaitGroup
	for i := range clients {
		wg.Add(1)
		go func(seed int64) {
			defer wg.Done()
			rng := rand.New(rand.NewSource(seed))
			zipf := rand.NewZipf(rng, 1.1, 8, uint64(len(entities)-1))
			for time.Now().Before(deadline) && ctx.Err() == nil {
				w := rng.Intn(totalWeight)
				ep := loadEndpoints[0]
				for _, e := range loadEndpoints {
					if w < weights[e.name] {
						ep = e
						break
					}
					w -= weights[e.name]
				}
				label := entityLabel(entities[zipf.Uint64()])
				start := time.Now()
				status, msg := get(ctx, client, base+ep.path(label))
				ms := float64(time.Since(start).Microseconds()) / 1000
				mu.Lock()
				s := stats[ep.name]
				s.ms = append(s.ms, ms)
				if status != http.StatusOK {
					s.errors++
					if len(s.samples) < 3 {
						s.samples[fmt.Sprintf("%d %s", status, msg)]++
					}
				}
				mu.Unlock()
			}
		}(int64(i + 1))
	}
	wg.Wait()
	return stats
}

// entityLabel is the English label the zipf corpus gives entity key
// gen/eNNNNNN ("Entity N").
func entityLabel(key string) string {
	n, _ := strconv.Atoi(strings.TrimLeft(strings.TrimPrefix(key, "gen/e"), "0"))
	return fmt.Sprintf("Entity %d", n)
}

func get(ctx context.Context, client *http.Client, u string) (int, string) {
	req, err := http.NewRequestWithContext(ctx, "GET", u, nil)
	if err != nil {
		return 0, err.Error()
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	msg := ""
	if resp.StatusCode != http.StatusOK {
		msg = string(body)
		if len(msg) > 160 {
			msg = msg[:160]
		}
	}
	return resp.StatusCode, strings.TrimSpace(msg)
}

// kgBinary builds ./cmd/kg into the work directory (or returns -kg).
func kgBinary(ctx context.Context, c config, logf func(string, ...any)) (string, error) {
	if c.kg != "" {
		return c.kg, nil
	}
	kg := filepath.Join(c.work, "kg")
	if err := os.MkdirAll(c.work, 0o755); err != nil {
		return "", err
	}
	logf("go build -o %s ./cmd/kg", kg)
	cmd := exec.CommandContext(ctx, "go", "build", "-o", kg, "./cmd/kg")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go build ./cmd/kg (run kgbench from the repository root, or give -kg): %w", err)
	}
	return kg, nil
}

func freePort() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

func waitHealthy(ctx context.Context, base string, within time.Duration) error {
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		if resp, err := http.Get(base + "/healthz"); err == nil {
			var h struct{ Ready bool }
			json.NewDecoder(resp.Body).Decode(&h)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK && h.Ready {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	return fmt.Errorf("kg serve was not ready (/healthz) within %v", within)
}
