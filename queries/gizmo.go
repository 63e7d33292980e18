package queries

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/dlclark/regexp2"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
)

// prelude is scripts/prelude.js: helpers every canned script may use.
var prelude string

// RegexpTimeout bounds one regular-expression match of a script. The JS
// engine checks for interruption between steps, not inside a match, so a
// backtracking pattern would otherwise keep a core busy long after the
// query's time limit; its engine (regexp2) gives up after this long.
const RegexpTimeout = 300 * time.Millisecond

func init() { regexp2.DefaultMatchTimeout = RegexpTimeout }

// Gizmo runs an ad-hoc Gizmo script on the store within opt's limits and
// returns its results (g.V() lists the knowledge graph's nodes, not the
// store's bookkeeping) as Cayley's JSON collation gives them (tag maps,
// emitted values). A script that outlives opt.Timeout is interrupted and
// reported with an error wrapping ErrTimeout.
func Gizmo(ctx context.Context, s *graph.Store, script string, opt Options) ([]any, error) {
	ctx, cancel := context.WithTimeout(ctx, opt.timeout())
	defer cancel()
	over := WatchMemory(ctx, cancel, opt.MemoryBudget)
	var out []any
	err := execute(ctx, s, script, graph.GizmoOptions{Limit: opt.limit(), UserView: true}, func(r any) {
		out = append(out, r)
	})
	if over() {
		out = nil
		debug.FreeOSMemory() // give the script's garbage back now
		return nil, fmt.Errorf("gizmo script stopped: it allocated more than %d MB: %w", opt.MemoryBudget>>20, ErrMemory)
	}
	if errors.Is(err, ErrTimeout) {
		return out, fmt.Errorf("gizmo script stopped after %v (the time limit): %w", opt.timeout(), ErrTimeout)
	}
	if err != nil {
		return out, err
	}
	if out == nil {
		out = []any{}
	}
	return out, nil
}

// ErrMemory is wrapped by the error of a script stopped for allocating
// more than its memory budget.
var ErrMemory = errors.New("memory budget exceeded")

// memoryPoll is how often watchMemory samples the heap.
const memoryPoll = 5 * time.Millisecond

// WatchMemory samples the process's heap while ctx lives and calls stop
// once it has grown by more than budget bytes (nothing when budget ≤ 0).
// The returned function reports whether that happened. Go cannot account
// memory to one goroutine; the heap of the whole process is a fair measure
// with few scripts at a time (the server runs a bounded number).
func WatchMemory(ctx context.Context, stop func(), budget int64) func() bool {
	if budget <= 0 {
		return func() bool { return false }
	}
	var tripped atomic.Bool
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	heap := func() int64 {
		metrics.Read(sample)
		return int64(sample[0].Value.Uint64())
	}
	start := heap()
	go func() {
		t := time.NewTicker(memoryPoll)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if heap()-start > budget {
					tripped.Store(true)
					stop()
					return
				}
			}
		}
	}()
	return tripped.Load
}

// execute runs script and hands each non-nil result to fn, stopping after
// opt.Limit results, at ctx's deadline, or at the script's end.
func execute(ctx context.Context, s *graph.Store, script string, opt graph.GizmoOptions, fn func(any)) error {
	n, err := s.Gizmo(ctx, script, opt, fn)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil {
			d := ""
			if dl, ok := ctx.Deadline(); ok {
				d = fmt.Sprintf(" at its deadline (%s)", dl.Format(time.RFC3339))
			}
			return fmt.Errorf("gizmo script stopped%s: %w", d, ErrTimeout)
		}
		return fmt.Errorf("gizmo script: %w", err)
	}
	if ctx.Err() != nil && n < opt.Limit {
		return fmt.Errorf("gizmo script stopped: %w", ErrTimeout)
	}
	return nil
}

// runScript binds args and the vocabulary ahead of the prelude and the
// script, runs it and returns the rows it emitted, cleaned.
func runScript(ctx context.Context, e *env, script string, args map[string]any) ([]map[string]any, error) {
	src, err := bindScript(e.vocab, script, args, e.links)
	if err != nil {
		return nil, err
	}
	var rows []map[string]any
	err = execute(ctx, e.store, src, graph.GizmoOptions{Limit: e.opt.limit() + 1}, func(r any) {
		if m, ok := clean(r).(map[string]any); ok {
			delete(m, "id")
			for k, v := range m {
				if v == nil {
					delete(m, k)
				}
			}
			rows = append(rows, m)
		}
	})
	return rows, err
}

// bindScript returns the program actually run: the parameters, the
// vocabulary and the links followed as JSON literals, then the prelude,
// then the script.
func bindScript(v graph.Vocab, script string, args map[string]any, links map[string][]Link) (string, error) {
	if args == nil {
		args = map[string]any{}
	}
	p, err := json.Marshal(args)
	if err != nil {
		return "", fmt.Errorf("bind parameters: %w", err)
	}
	kg := map[string]any{
		"base":       v.Base,
		"vocab":      v.Base + "vocab/",
		"entity":     v.Base + "entity/",
		"predicates": extract.Predicates,
		"symmetric":  symmetricPredicates(),
		"rdfType":    string(graph.RDFType),
		"label":      string(graph.RDFSLabel),
		"altLabel":   string(graph.SKOSAltLabel),
		"sameAs":     string(graph.OWLSameAs),
		"title":      string(graph.DCTitle),
		"docDate":    string(graph.DCDate),
		"xsd":        graph.XSD,
	}
	k, err := json.Marshal(kg)
	if err != nil {
		return "", fmt.Errorf("bind vocabulary: %w", err)
	}
	l, err := json.Marshal(linkTable(links))
	if err != nil {
		return "", fmt.Errorf("bind links: %w", err)
	}
	var b strings.Builder
	b.WriteString("var params = ")
	b.Write(p)
	b.WriteString(";\nvar KG = ")
	b.Write(k)
	b.WriteString(";\nvar LINKS = ")
	b.Write(l)
	b.WriteString(";\n")
	b.WriteString(prelude)
	b.WriteString("\n")
	b.WriteString(script)
	return b.String(), nil
}

// clean turns Gizmo's JSON values into plain ones: "<iri>" → the bare IRI,
// typed and language-tagged literals → their text.
func clean(v any) any {
	switch x := v.(type) {
	case string:
		return cleanString(x)
	case quad.Value:
		return cleanValue(x)
	case map[string]any:
		for k, val := range x {
			x[k] = clean(val)
		}
		return x
	case map[string]string:
		m := make(map[string]any, len(x))
		for k, val := range x {
			m[k] = cleanString(val)
		}
		return m
	case []any:
		for i, val := range x {
			x[i] = clean(val)
		}
		return x
	case time.Time:
		return x.Format(time.RFC3339)
	}
	return v
}

func cleanString(s string) any {
	if len(s) < 2 || (s[0] != '<' && s[0] != '"') {
		return s
	}
	return cleanValue(quad.StringToValue(s))
}

func cleanValue(v quad.Value) any {
	switch v.(type) {
	case nil:
		return nil
	case quad.IRI, quad.String, quad.LangString, quad.TypedString:
		return graph.Text(v)
	}
	if n := v.Native(); n != nil {
		if _, isVal := n.(quad.Value); !isVal {
			return n
		}
	}
	return quad.StringOf(v)
}

// symmetricPredicates lists the predicates that hold both ways, in the
// model's order.
func symmetricPredicates() []string {
	var out []string
	for _, p := range extract.Predicates {
		if p.Symmetric() {
			out = append(out, string(p))
		}
	}
	return out
}
