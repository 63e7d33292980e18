package export

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
)

// source reads the quads a Filter chooses from a store.
type source struct {
	st Store
	v  graph.Vocab
	f  Filter

	doc        quad.Value          // the document filter's IRI, or nil
	preds      map[quad.Value]bool // predicate filter (direct predicates), or nil
	since      string              // first day of Since ("" when unbounded)
	until      string              // last day of Until ("" when unbounded)
	modelPreds map[quad.Value]bool // every direct predicate of the model
	sel        *selection          // the chosen facts; nil when the filter chooses no facts
	cut        bool                // Filter.MaxFacts left facts of the neighbourhood out
}

// selection is what a fact filter keeps, keyed by N-Triples terms.
type selection struct {
	statements map[string]bool // statement node IRIs
	edges      map[string]bool // direct edges: label, subject, predicate, object
	entities   map[string]bool // entities the kept facts join, and the filter's entity
	docs       map[string]bool // documents the kept facts come from
	entity     string          // the filter's entity, or ""
	indexed    bool            // chosen through the indexes (selectAround): each reads them too
	bounded    bool            // cut (Filter.MaxFacts): the entity described in the kept documents only
}

var reFilterDate = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// newSource checks the filter and, when it chooses facts, finds them.
func newSource(ctx context.Context, st Store, f Filter) (*source, error) {
	if st == nil {
		return nil, fmt.Errorf("export: no store")
	}
	if err := f.Validate(); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	v := st.Vocab()
	if v.Base == "" {
		v = graph.NewVocab("")
	}
	s := &source{st: st, v: v, f: f, modelPreds: map[quad.Value]bool{}}
	for _, p := range extract.Predicates {
		s.modelPreds[v.Predicate(p)] = true
	}
	if d := strings.TrimSpace(f.Doc); d != "" {
		if strings.Contains(d, "://") || strings.HasPrefix(d, "urn:") {
			s.doc = quad.IRI(d)
		} else {
			s.doc = v.Doc(d)
		}
	}
	if len(f.Predicates) > 0 {
		s.preds = map[quad.Value]bool{}
		for _, p := range f.Predicates {
			p = strings.TrimSpace(p)
			if s.modelPreds[quad.IRI(p)] {
				s.preds[quad.IRI(p)] = true
				continue
			}
			mp, err := extract.ParsePredicate(p)
			if err != nil {
				return nil, fmt.Errorf("export filter: %w", err)
			}
			s.preds[v.Predicate(mp)] = true
		}
	}
	for _, d := range []struct {
		name, val string
		out       *string
		last      bool
	}{{"since", f.Since, &s.since, false}, {"until", f.Until, &s.until, true}} {
		if d.val == "" {
			continue
		}
		if !reFilterDate.MatchString(d.val) {
			return nil, fmt.Errorf("export filter: %s date %q is not YYYY, YYYY-MM or YYYY-MM-DD", d.name, d.val)
		}
		lo, hi := dateSpan(d.val)
		*d.out = lo
		if d.last {
			*d.out = hi
		}
	}
	if s.since != "" && s.until != "" && s.since > s.until {
		return nil, fmt.Errorf("export filter: since %s is after until %s", f.Since, f.Until)
	}
	switch {
	case f.Entity != "" && !scanAround:
		if err := s.selectAround(ctx); err != nil {
			return nil, err
		}
	case f.selectsFacts():
		if err := s.selectFacts(ctx); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// dateSpan returns the first and last day ("2015-11-01", "2015-11-31") of a
// date, year-month or year; the last day may not exist (it only bounds
// string comparisons).
func dateSpan(d string) (lo, hi string) {
	switch len(d) {
	case 4:
		return d + "-01-01", d + "-12-31"
	case 7:
		return d + "-01", d + "-31"
	}
	return d, d
}

// scanAround makes an entity's neighbourhood be chosen by scanning every
// quad, as before selectAround (tests compare the two).
var scanAround = false

// each calls fn with every chosen quad: in the store's order, or, for a
// neighbourhood read through the indexes, statement by statement and entity
// by entity.
func (s *source) each(ctx context.Context, fn func(q quad.Quad) error) error {
	if s.sel != nil && s.sel.indexed {
		return s.eachAround(ctx, fn)
	}
	return s.scan(ctx, func(q quad.Quad) error {
		if s.sel != nil && !s.sel.keeps(s, q) {
			return nil
		}
		return fn(q)
	})
}
