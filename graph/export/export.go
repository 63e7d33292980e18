// Package export writes a knowledge graph held in a Cayley quad store in the
// formats other tools open: RDF (N-Quads, N-Triples, Turtle, TriG, JSON-LD)
// for triple stores and ontology editors, and graph views (GraphML, GEXF,
// DOT, CSV, Cytoscape.js JSON) for Gephi, yEd, Graphviz, Cytoscape and
// spreadsheets.
//
// Formats register themselves by name, the way Cayley registers its quad
// stores; Write looks them up. Every format sees the same quads, chosen by a
// Filter shared by all of them, and every output is deterministic: two
// stores holding the same data export byte-identical files.
//
// RDF formats stream: quads are sorted through temporary files when they
// do not fit a bounded buffer, so a store of any size exports in bounded
// memory. Graph views fold each fact's statement node into attributes of
// its direct edge (predicate, dates, confidence, document count, first
// evidence sentence) and hold the folded graph in memory.
package export

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/internal/safetext"
)

// Filter chooses what is exported. The zero Filter exports everything but
// the store's own meta quads.
//
// Doc restricts the export to the quads of one document (its named graph).
// The other fields select facts: a fact (a statement node and its direct
// edge) is kept when its predicate is among Predicates, its date overlaps
// Since..Until, and, when Entity is set, both its ends lie within Hops
// direct edges of Entity. The entities and documents of the kept facts come
// with them.
type Filter struct {
	// Doc is a document id ("putin-khamenei-2015-11-23") or document IRI.
	Doc string
	// Entity is the IRI of the entity whose neighbourhood is exported.
	Entity quad.IRI
	// Hops is the radius of the neighbourhood around Entity: 1..MaxHops,
	// or 0 for 1.
	Hops int
	// Predicates are local names of the graph model ("met") or full IRIs.
	Predicates []string
	// Since and Until bound the statement date, inclusive: "2015",
	// "2015-11" or "2015-11-23". A fact without a date fails a date bound.
	Since, Until string
	// MinConfidence keeps the statements whose confidence is at least this
	// (a direct edge stays while one of its statements does); a statement
	// without a confidence passes. 0 keeps every statement.
	MinConfidence float64
	// MaxFacts, when above 0, bounds the facts of Entity's neighbourhood
	// (limit.go): beyond it the export holds the first MaxFacts facts of
	// the entity (its star) or of the neighbourhood, and Report.Cut is
	// set. It applies only with Entity.
	MaxFacts int
}

// MaxHops bounds Filter.Hops.
const MaxHops = 6

// Validate checks the filter: Hops 0 (for 1) or 1..MaxHops; Since and
// Until dates of the calendar written YYYY, YYYY-MM or YYYY-MM-DD (2015-02-30
// and 2015-00 are not), and Since not after Until.
func (f Filter) Validate() error {
	if f.Hops < 0 || f.Hops > MaxHops {
		return fmt.Errorf("hops %d is not 1..%d", f.Hops, MaxHops)
	}
	for _, b := range []struct{ name, v string }{{"since", f.Since}, {"until", f.Until}} {
		if b.v != "" && !ValidPartialDate(b.v) {
			return fmt.Errorf("%s %q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", b.name, safetext.Clip(b.v))
		}
	}
	if f.Since != "" && f.Until != "" && f.Since > f.Until && !strings.HasPrefix(f.Since, f.Until) {
		return fmt.Errorf("since %s is after until %s", f.Since, f.Until)
	}
	if f.MaxFacts < 0 || f.MaxFacts > 0 && f.Entity == "" {
		return fmt.Errorf("a fact limit (%d) needs an entity and a positive number", f.MaxFacts)
	}
	if f.MinConfidence < 0 || f.MinConfidence > 1 {
		return fmt.Errorf("min-confidence %v is not a number in 0..1", f.MinConfidence)
	}
	return nil
}

// ValidPartialDate tells whether s is a day, month or year of the calendar
// written YYYY-MM-DD, YYYY-MM or YYYY.
func ValidPartialDate(s string) bool {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) == len(layout) {
			if _, err := time.Parse(layout, s); err == nil {
				return true
			}
		}
	}
	return false
}

// selectsFacts reports whether the filter selects facts (not just a document).
func (f Filter) selectsFacts() bool {
	return f.Entity != "" || len(f.Predicates) > 0 || f.Since != "" || f.Until != "" || f.MinConfidence > 0
}

// Format is one export format.
type Format struct {
	// Name is what --format and ?format= take ("turtle").
	Name string
	// Ext is the usual file extension, without the dot ("ttl").
	Ext string
	// MediaType is the HTTP Content-Type of the output.
	MediaType string
	// Graph is true for graph views (entities as nodes, facts as edges),
	// false for RDF.
	Graph bool
	// Description is a one-line summary for help texts.
	Description string

	write func(ctx context.Context, w io.Writer, s *source) error
	// dir, when set, writes the format into a directory (csv).
	dir func(ctx context.Context, dir string, s *source) error
}

var (
	registryMu sync.RWMutex
	registry   = map[string]*Format{}
)

// register makes a format available by name; it panics on a duplicate name.
func register(f *Format) {
	registryMu.Lock()
	defer registryMu.Unlock()
	if _, dup := registry[f.Name]; dup {
		panic("export: format registered twice: " + f.Name)
	}
	registry[f.Name] = f
}

// Lookup returns the format registered under name.
func Lookup(name string) (*Format, error) {
	registryMu.RLock()
	defer registryMu.RUnlock()
	if f, ok := registry[strings.ToLower(strings.TrimSpace(name))]; ok {
		return f, nil
	}
	return nil, fmt.Errorf("unknown export format %q (have: %s)", name, strings.Join(formatsLocked(), ", "))
}

// Formats returns the names of the registered formats, sorted.
func Formats() []string {
	registryMu.RLock()
	defer registryMu.RUnlock()
	return formatsLocked()
}

func formatsLocked() []string {
	out := make([]string, 0, len(registry))
	for n := range registry {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Store is what an export reads: *graph.Store, or any other set of quads
// with a vocabulary.
type Store interface {
	// EachQuad calls fn with every quad of the graph (no meta quads).
	EachQuad(ctx context.Context, fn func(q quad.Quad) error) error
	// EachQuadWith calls fn with every quad whose direction d holds v
	// (meta quads included).
	EachQuadWith(ctx context.Context, d quad.Direction, v quad.Value, fn func(q quad.Quad) error) error
	// Vocab is the vocabulary (base IRI) of the graph.
	Vocab() graph.Vocab
}

// Write exports the quads of st chosen by f to w in the named format. The
// store's meta quads (graph.IsMetaQuad) are never exported.
func Write(ctx context.Context, w io.Writer, st Store, format string, f Filter) error {
	_, err := WriteReport(ctx, w, st, format, f)
	return err
}

// Report says what an export held.
type Report struct {
	// Cut is true when Filter.MaxFacts left facts of the neighbourhood out,
	// or may have: the star of an entity whose neighbourhood would have
	// cost too much to read (limit.go).
	Cut bool
}

// WriteReport is Write, and reports what the export held.
func WriteReport(ctx context.Context, w io.Writer, st Store, format string, f Filter) (Report, error) {
	ft, err := Lookup(format)
	if err != nil {
		return Report{}, err
	}
	s, err := newSource(ctx, st, f)
	if err != nil {
		return Report{}, err
	}
	if err := ft.write(ctx, w, s); err != nil {
		return Report{}, fmt.Errorf("export %s: %w", ft.Name, err)
	}
	return Report{Cut: s.cut}, nil
}

// WriteDir exports into directory dir, creating it when needed. The csv
// format writes nodes.csv and edges.csv there; every other format writes
// one file, graph.<ext>. It returns the paths written.
func WriteDir(ctx context.Context, dir string, st Store, format string, f Filter) ([]string, error) {
	ft, err := Lookup(format)
	if err != nil {
		return nil, err
	}
	s, err := newSource(ctx, st, f)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("export %s: %w", ft.Name, err)
	}
	if ft.dir != nil {
		if err := ft.dir(ctx, dir, s); err != nil {
			return nil, fmt.Errorf("export %s into %s: %w", ft.Name, dir, err)
		}
		return csvFiles(dir), nil
	}
	path := filepath.Join(dir, "graph."+ft.Ext)
	if err := writeFile(path, func(w io.Writer) error { return ft.write(ctx, w, s) }); err != nil {
		return nil, fmt.Errorf("export %s: %w", ft.Name, err)
	}
	return []string{path}, nil
}

// writeFile creates path and fills it with fn, reporting the first error of
// fn, of the buffered writes or of closing the file.
func writeFile(path string, fn func(w io.Writer) error) (err error) {
	fh, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := fh.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("%s: %w", path, cerr)
		}
	}()
	if err := fn(fh); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
