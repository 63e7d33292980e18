// Package queries is the library of named questions analysts ask of the
// knowledge graph: canned Gizmo scripts (scripts/*.js, embedded) plus
// Go-side traversals (path), each with typed parameters, a time limit and a
// result limit.
//
// Parameters never become code: Run binds them as one JSON literal,
// `var params = {…};`, evaluated before the script, so a value like
// `"); g.V().All(); ("` is only an unusual name. Entity parameters (type
// "entity") accept a canonical name, an Arabic or English alias, a Wikidata
// id, an entity key or an IRI; Run resolves them in Go and binds the list of
// matching IRIs.
package queries

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/internal/safetext"
)

//go:embed scripts/*.js
var scriptFS embed.FS

// Param describes one parameter of a query.
type Param struct {
	Name string `json:"name"`
	// Type is one of "entity", "string", "predicate", "int", "date", "bool".
	Type     string `json:"type"`
	Doc      string `json:"doc"`
	Required bool   `json:"required"`
	Default  string `json:"default,omitempty"`
}

// Query describes one canned query.
type Query struct {
	Name    string  `json:"name"`
	Purpose string  `json:"purpose"`
	Example string  `json:"example"`
	Params  []Param `json:"params"`
	// Columns are the columns of the query's result rows, in order.
	Columns []string `json:"columns"`
	// Engine is "gizmo" for scripts and "go" for Go-side traversals.
	Engine string `json:"engine"`
	// Links names the entity parameters whose leads links the query
	// follows (see Link): a question about a leader is also answered
	// through facts about what they lead, and the other way round.
	Links []string `json:"links,omitempty"`

	script string
	run    func(ctx context.Context, e *env, args map[string]any) ([]map[string]any, error)
	// page and count answer a native query (native.go) a page at a time.
	page  pager
	count counter
}

// Options limit one query.
type Options struct {
	// Timeout bounds the query's run time; 0 means DefaultTimeout.
	Timeout time.Duration
	// Limit bounds the number of result rows; 0 means DefaultLimit.
	Limit int
	// Names, when set, resolves entity names not found exactly (different
	// case, unnormalised Arabic) instead of a scan of the store's labels.
	Names NameSource
	// MemoryBudget, when > 0, stops an ad-hoc Gizmo script (Gizmo) once
	// the process's heap has grown by more than this many bytes since the
	// script started.
	MemoryBudget int64
	// After is the cursor of the page to answer (Result.Next of the page
	// before); only for queries that page (Query.Paged).
	After string
	// Count asks for the number of rows of the whole answer
	// (Result.Count); only for queries that page.
	Count bool
}

// NameSource finds entities by the matching form of a name (see
// NameIndex.Exact).
type NameSource interface {
	Exact(name string) []string
}

// Defaults for Options.
const (
	DefaultTimeout = 10 * time.Second
	DefaultLimit   = 1000
)

func (o Options) timeout() time.Duration {
	if o.Timeout <= 0 {
		return DefaultTimeout
	}
	return o.Timeout
}

func (o Options) limit() int {
	if o.Limit <= 0 {
		return DefaultLimit
	}
	return o.Limit
}

// ErrTimeout is wrapped by the error of a query stopped by its time limit.
var ErrTimeout = errors.New("query time limit exceeded")

// ErrUnknownQuery is wrapped by Run's error for a name not in List.
var ErrUnknownQuery = errors.New("unknown query")

// ErrBadArgs is wrapped by Run's error when the arguments do not fit the
// query's parameters (missing, malformed, or naming no entity).
var ErrBadArgs = errors.New("bad query arguments")

// Result is the answer to one query: rows of named columns, JSON-able.
// Entity IRIs appear as bare IRI strings, literals as their plain text;
// beside a column c that holds an entity, a row carries its labels as c_en
// and c_ar.
type Result struct {
	Query   string           `json:"query"`
	Columns []string         `json:"columns"`
	Rows    []map[string]any `json:"rows"`
	// Truncated is set when the result limit cut the rows short.
	Truncated bool `json:"truncated,omitempty"`
	// Next is the cursor of the next page (Options.After) of a query that
	// pages, "" after the last.
	Next string `json:"next,omitempty"`
	// Count is the number of rows of the whole answer, when asked.
	Count *int `json:"count,omitempty"`
	// Resolved maps each entity parameter to the IRIs it designated.
	Resolved map[string][]string `json:"resolved,omitempty"`
	// Links lists, for each entity parameter the query followed links
	// of, the linked entities; rows found through one name it in their
	// via column.
	Links map[string][]Link `json:"links,omitempty"`
	// Entities describes every entity IRI found in the rows (labels, type).
	Entities map[string]EntityInfo `json:"entities,omitempty"`
	Elapsed  string                `json:"elapsed"`
}

var library = mustLoad()

// List returns the query library, sorted by name.
func List() []Query {
	out := make([]Query, len(library))
	copy(out, library)
	return out
}

// Lookup returns the query with the given name.
func Lookup(name string) (Query, bool) {
	for _, q := range library {
		if q.Name == name {
			return q, true
		}
	}
	return Query{}, false
}

func mustLoad() []Query {
	var out []Query
	files, err := fs.Glob(scriptFS, "scripts/*.js")
	if err != nil {
		panic(err)
	}
	for _, f := range files {
		b, err := scriptFS.ReadFile(f)
		if err != nil {
			panic(err)
		}
		if path.Base(f) == "prelude.js" {
			prelude = string(b)
			continue
		}
		q, err := parseHeader(string(b))
		if err != nil {
			panic(fmt.Sprintf("queries: %s: %v", f, err))
		}
		if want := strings.TrimSuffix(path.Base(f), ".js"); q.Name != want {
			panic(fmt.Sprintf("queries: %s: header names query %q, want %q", f, q.Name, want))
		}
		q.Engine = "gizmo"
		q.script = string(b)
		if n, ok := natives[q.Name]; ok {
			q.Engine, q.page, q.count = "go", n.page, n.count
		}
		out = append(out, q)
	}
	out = append(out, goQueries()...)
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// parseHeader reads the leading // comment block of a script:
//
//	// name: who-met
//	// purpose: one line
//	// param: entity entity required — who
//	// param: limit int default=100 — how many
//	// columns: a, b, c
//	// example: kg query who-met entity=بوتين
//	// links: entity
func parseHeader(src string) (Query, error) {
	var q Query
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "//") {
			break
		}
		line = strings.TrimSpace(strings.TrimPrefix(line, "//"))
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		val = strings.TrimSpace(val)
		switch strings.TrimSpace(key) {
		case "name":
			q.Name = val
		case "purpose":
			q.Purpose = val
		case "example":
			q.Example = val
		case "links":
			for _, c := range strings.Split(val, ",") {
				q.Links = append(q.Links, strings.TrimSpace(c))
			}
		case "columns":
			for _, c := range strings.Split(val, ",") {
				q.Columns = append(q.Columns, strings.TrimSpace(c))
			}
		case "param":
			p, err := parseParam(val)
			if err != nil {
				return q, err
			}
			q.Params = append(q.Params, p)
		}
	}
	if q.Name == "" || q.Purpose == "" || q.Example == "" || len(q.Columns) == 0 {
		return q, fmt.Errorf("header needs name, purpose, example and columns")
	}
	for _, l := range q.Links {
		if p, ok := q.param(l); !ok || p.Type != "entity" {
			return q, fmt.Errorf("links: %q is not an entity parameter", l)
		}
	}
	if len(q.Links) > 0 && !q.hasParam("links") {
		return q, fmt.Errorf("a query that follows links needs a links parameter (bool) to turn them off")
	}
	return q, nil
}

// parseParam reads "NAME TYPE [required] [default=V] — doc".
func parseParam(s string) (Param, error) {
	spec, doc, _ := strings.Cut(s, "—")
	f := strings.Fields(spec)
	if len(f) < 2 {
		return Param{}, fmt.Errorf("param %q: want NAME TYPE [required] [default=V] — doc", s)
	}
	p := Param{Name: f[0], Type: f[1], Doc: strings.TrimSpace(doc)}
	switch p.Type {
	case "entity", "string", "predicate", "int", "date", "bool":
	default:
		return p, fmt.Errorf("param %q: unknown type %q", p.Name, p.Type)
	}
	for _, x := range f[2:] {
		switch {
		case x == "required":
			p.Required = true
		case strings.HasPrefix(x, "default="):
			p.Default = strings.TrimPrefix(x, "default=")
		default:
			return p, fmt.Errorf("param %q: unknown attribute %q", p.Name, x)
		}
	}
	return p, nil
}

// env is what one query run sees.
type env struct {
	vocab graph.Vocab
	store *graph.Store
	opt   Options
	// links are the links the query follows, by parameter (bound into
	// the script as LINKS).
	links map[string][]Link
}

// Run runs the named query with args (parameter name → value as text) on
// the store, within opt's time and result limits.
func Run(ctx context.Context, s *graph.Store, name string, args map[string]string, opt Options) (*Result, error) {
	start := time.Now()
	q, ok := Lookup(name)
	if !ok {
		return nil, fmt.Errorf("query %q: %w (see the list of queries)", name, ErrUnknownQuery)
	}
	ctx, cancel := context.WithTimeout(ctx, opt.timeout())
	defer cancel()
	e := &env{vocab: s.Vocab(), store: s, opt: opt}
	bound, resolved, err := bindArgs(ctx, e, q, args)
	if err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, fmt.Errorf("query %s: stopped after %v while resolving its parameters: %w", name, opt.timeout(), ErrTimeout)
		}
		return nil, fmt.Errorf("query %s: %w", name, err)
	}
	if (opt.After != "" || opt.Count) && q.page == nil {
		return nil, fmt.Errorf("query %s: %w: it answers whole, without cursor or count", name, ErrBadArgs)
	}
	var rows []map[string]any
	var next string
	var count *int
	switch {
	case q.page != nil:
		rows, next, err = q.page(ctx, e, bound, opt.After, opt.limit())
		if err == nil && opt.Count {
			var n int
			n, err = q.count(ctx, e, bound)
			count = &n
		}
	case q.run != nil:
		rows, err = q.run(ctx, e, bound)
	default:
		rows, err = runScript(ctx, e, q.script, bound)
	}
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, fmt.Errorf("query %s: stopped after %v: %w", name, opt.timeout(), ErrTimeout)
		}
		return nil, fmt.Errorf("query %s: %w", name, err)
	}
	res := &Result{Query: name, Columns: q.Columns, Rows: rows, Resolved: resolved, Links: e.links,
		Next: next, Truncated: next != "", Count: count}
	if res.Rows == nil {
		res.Rows = []map[string]any{}
	}
	if len(res.Rows) > opt.limit() {
		res.Rows = res.Rows[:opt.limit()]
		res.Truncated = true
	}
	res.Entities = describeRows(ctx, e, res.Rows)
	labelRows(res.Rows, res.Entities)
	res.Elapsed = time.Since(start).String()
	return res, nil
}

// bindArgs checks args against q's parameters and converts them to the
// values bound into the script.
func bindArgs(ctx context.Context, e *env, q Query, args map[string]string) (map[string]any, map[string][]string, error) {
	known := map[string]bool{}
	out := map[string]any{}
	resolved := map[string][]string{}
	for _, p := range q.Params {
		known[p.Name] = true
		v, ok := args[p.Name]
		v = strings.TrimSpace(v)
		if !ok || v == "" {
			if p.Required {
				return nil, nil, fmt.Errorf("%w: parameter %q (%s) is required", ErrBadArgs, p.Name, p.Type)
			}
			v = p.Default
		}
		if v == "" {
			out[p.Name] = nil
			continue
		}
		switch p.Type {
		case "entity":
			iris, err := resolveEntity(ctx, e.store, v, e.opt.Names)
			if err != nil {
				return nil, nil, fmt.Errorf("parameter %s=%q: %w", p.Name, v, err)
			}
			if len(iris) == 0 {
				return nil, nil, fmt.Errorf("%w: parameter %s=%q names no entity in the store%s", ErrBadArgs, p.Name, safetext.Clip(v), suggest(ctx, e, v))
			}
			var list []string
			for _, iri := range iris {
				list = append(list, string(iri))
			}
			resolved[p.Name] = list
			out[p.Name] = list
		case "int":
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 {
				return nil, nil, fmt.Errorf("%w: parameter %s=%q is not a non-negative integer", ErrBadArgs, p.Name, v)
			}
			out[p.Name] = n
		case "date":
			if err := checkDate(v); err != nil {
				return nil, nil, fmt.Errorf("%w: parameter %s: %v", ErrBadArgs, p.Name, err)
			}
			out[p.Name] = v
		case "bool":
			b, err := strconv.ParseBool(v)
			if err != nil {
				return nil, nil, fmt.Errorf("%w: parameter %s=%q is not true or false", ErrBadArgs, p.Name, safetext.Clip(v))
			}
			out[p.Name] = b
		case "predicate":
			if _, err := extract.ParsePredicate(v); err != nil {
				return nil, nil, fmt.Errorf("%w: parameter %s=%q is not a predicate of the graph model", ErrBadArgs, p.Name, safetext.Clip(v))
			}
			out[p.Name] = v
		default:
			out[p.Name] = v
		}
	}
	for k := range args {
		if !known[k] {
			var names []string
			for _, p := range q.Params {
				names = append(names, p.Name)
			}
			return nil, nil, fmt.Errorf("%w: unknown parameter %q (have %s)", ErrBadArgs, k, strings.Join(names, ", "))
		}
	}
	if follow, _ := out["links"].(bool); follow && len(q.Links) > 0 {
		l := newLinker(e)
		e.links = map[string][]Link{}
		for _, name := range q.Links {
			if ks := l.linksOf(ctx, resolved[name]); len(ks) > 0 {
				e.links[name] = ks
			}
		}
		if len(e.links) == 0 {
			e.links = nil
		}
	}
	return out, resolved, nil
}

// PositionalArgs maps positional values and name=value pairs to parameter
// names in the query's parameter order.
func PositionalArgs(q Query, values []string) (map[string]string, error) {
	args := map[string]string{}
	pos := 0
	for _, v := range values {
		if k, val, ok := strings.Cut(v, "="); ok && q.hasParam(k) {
			args[k] = val
			continue
		}
		for pos < len(q.Params) && args[q.Params[pos].Name] != "" {
			pos++
		}
		if pos >= len(q.Params) {
			return nil, fmt.Errorf("query %s: %w: extra value %q (it takes %s)", q.Name, ErrBadArgs, v, q.paramList())
		}
		args[q.Params[pos].Name] = v
		pos++
	}
	return args, nil
}

// paramList names the query's parameters, optional ones in brackets.
func (q Query) paramList() string {
	if len(q.Params) == 0 {
		return "no parameters"
	}
	var ps []string
	for _, p := range q.Params {
		if p.Required {
			ps = append(ps, p.Name)
		} else {
			ps = append(ps, "["+p.Name+"]")
		}
	}
	return strings.Join(ps, " ")
}

// checkDate accepts a calendar date, YYYY-MM-DD, YYYY-MM or YYYY, that exists.
func checkDate(v string) error {
	if _, err := graph.DateValue(v); err != nil {
		return err
	}
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(v)]
	if _, err := time.Parse(layout, v); err != nil {
		return fmt.Errorf("date %q is not a calendar date", v)
	}
	return nil
}

func (q Query) hasParam(name string) bool {
	_, ok := q.param(name)
	return ok
}

func (q Query) param(name string) (Param, bool) {
	for _, p := range q.Params {
		if p.Name == name {
			return p, true
		}
	}
	return Param{}, false
}
