package export

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
)

// source reads the quads a Filter chooses from a quad store.
type source struct {
	qs cgraph.QuadStore
	v  graph.Vocab
	f  Filter

	doc        quad.Value          // the document filter's IRI, or nil
	preds      map[quad.Value]bool // predicate filter (direct predicates), or nil
	since      string              // first day of Since ("" when unbounded)
	until      string              // last day of Until ("" when unbounded)
	modelPreds map[quad.Value]bool // every direct predicate of the model
	sel        *selection          // the chosen facts; nil when the filter chooses no facts
}

// selection is what a fact filter keeps, keyed by N-Triples terms.
type selection struct {
	statements map[string]bool // statement node IRIs
	edges      map[string]bool // direct edges: label, subject, predicate, object
	entities   map[string]bool // entities the kept facts join, and the filter's entity
	docs       map[string]bool // documents the kept facts come from
	entity     string          // the filter's entity, or ""
}

var reFilterDate = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// newSource checks the filter and, when it chooses facts, finds them.
func newSource(ctx context.Context, qs cgraph.QuadStore, v graph.Vocab, f Filter) (*source, error) {
	if qs == nil {
		return nil, fmt.Errorf("export: no quad store")
	}
	if v.Base == "" {
		v = graph.NewVocab("")
	}
	s := &source{qs: qs, v: v, f: f, modelPreds: map[quad.Value]bool{}}
	for _, p := range extract.Predicates {
		s.modelPreds[v.Term(p)] = true
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
			switch {
			case extract.IsPredicate(p):
				s.preds[v.Term(p)] = true
			case s.modelPreds[quad.IRI(p)]:
				s.preds[quad.IRI(p)] = true
			default:
				return nil, fmt.Errorf("export filter: unknown predicate %q (want one of %s)", p, strings.Join(extract.Predicates, ", "))
			}
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
	if f.selectsFacts() {
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

// each calls fn with every chosen quad, in the store's order.
func (s *source) each(ctx context.Context, fn func(q quad.Quad) error) error {
	return s.scan(ctx, func(q quad.Quad) error {
		if s.sel != nil && !s.sel.keeps(s, q) {
			return nil
		}
		return fn(q)
	})
}

// scan calls fn with every quad of the store but the meta quads, within the
// document filter.
func (s *source) scan(ctx context.Context, fn func(q quad.Quad) error) error {
	keep := func(q quad.Quad) error {
		if graph.IsMetaQuad(q) || (s.doc != nil && q.Label != s.doc) {
			return nil
		}
		return fn(q)
	}
	it := s.qs.QuadsAllIterator().Iterate()
	defer it.Close()
	if bn, ok := s.qs.(*kv.QuadStore); ok {
		if err := s.scanBatched(ctx, it, bn, keep); err != nil {
			return err
		}
	} else {
		for it.Next(ctx) {
			q, err := s.qs.Quad(it.Result())
			if err != nil {
				return fmt.Errorf("read quad: %w", err)
			}
			if err := keep(q); err != nil {
				return err
			}
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("read quads: %w", err)
	}
	return ctx.Err()
}

// Batched reads: quads are resolved scanBatch at a time, their values
// looked up in one call per batch and cached (up to valueCacheSize values,
// then the cache starts over, so memory stays bounded).
const (
	scanBatch      = 4096
	valueCacheSize = 1 << 17
)

// scanBatched reads quads through a store's batch value lookup (Cayley's
// key-value stores: Bolt, LevelDB), several times faster than one
// transaction per quad.
func (s *source) scanBatched(ctx context.Context, it iterator.Scanner, bn *kv.QuadStore, fn func(q quad.Quad) error) error {
	cache := make(map[uint64]quad.Value, 1024)
	batch := make([]cgraph.Ref, 0, scanBatch)
	dirRefs := make([][4]cgraph.Ref, 0, scanBatch)
	var need []cgraph.Ref
	flush := func() error {
		if len(cache) > valueCacheSize {
			clear(cache)
		}
		dirRefs, need = dirRefs[:0], need[:0]
		pending := map[uint64]bool{}
		for _, r := range batch {
			var d [4]cgraph.Ref
			for i, dir := range quad.Directions {
				vr, err := s.qs.QuadDirection(r, dir)
				if err != nil {
					return fmt.Errorf("read quad: %w", err)
				}
				if vr == nil {
					continue
				}
				iv, ok := vr.(kv.Int64Value)
				if !ok {
					return fmt.Errorf("read quad: unexpected value reference %T", vr)
				}
				d[i] = vr
				k := uint64(iv)
				if _, ok := cache[k]; !ok && !pending[k] {
					pending[k] = true
					need = append(need, vr)
				}
			}
			dirRefs = append(dirRefs, d)
		}
		if len(need) > 0 {
			vals, err := bn.ValuesOf(ctx, need)
			if err != nil {
				return fmt.Errorf("read values: %w", err)
			}
			for i, r := range need {
				cache[uint64(r.(kv.Int64Value))] = vals[i]
			}
		}
		for _, d := range dirRefs {
			var q quad.Quad
			for i, dir := range quad.Directions {
				if d[i] != nil {
					q.Set(dir, cache[uint64(d[i].(kv.Int64Value))])
				}
			}
			if q.Subject == nil || q.Predicate == nil || q.Object == nil {
				continue // a quad whose values are gone
			}
			if err := fn(q); err != nil {
				return err
			}
		}
		batch = batch[:0]
		return nil
	}
	for it.Next(ctx) {
		batch = append(batch, it.Result())
		if len(batch) == scanBatch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

// stmt is what the fact filter needs to know of a statement node.
type stmt struct {
	label, subj, obj, place string
	pred                    quad.Value
	objIRI                  bool
	date, start, end        string
}

func (s *source) selectFacts(ctx context.Context) error {
	var (
		tSubj, tPred, tObj = s.v.Term(graph.TermSubject), s.v.Term(graph.TermPredicate), s.v.Term(graph.TermObject)
		tDate, tStart      = s.v.Term(graph.TermDate), s.v.Term(graph.TermStartDate)
		tEnd, tPlace       = s.v.Term(graph.TermEndDate), s.v.Term(graph.TermPlace)
		tType, tStatement  = graph.RDFType, s.v.Term(graph.TermStatement)
	)
	sts := map[string]*stmt{}
	get := func(q quad.Quad) *stmt {
		k := q.Subject.String()
		st := sts[k]
		if st == nil {
			st = &stmt{}
			sts[k] = st
		}
		return st
	}
	isStmt := map[string]bool{}
	err := s.scan(ctx, func(q quad.Quad) error {
		switch q.Predicate {
		case tType:
			if q.Object == tStatement {
				isStmt[q.Subject.String()] = true
				get(q).label = labelKey(q.Label)
			}
		case tSubj:
			get(q).subj = q.Object.String()
		case tPred:
			get(q).pred = q.Object
		case tObj:
			st := get(q)
			st.obj = q.Object.String()
			_, st.objIRI = q.Object.(quad.IRI)
		case tDate:
			get(q).date = literalText(q.Object)
		case tStart:
			get(q).start = literalText(q.Object)
		case tEnd:
			get(q).end = literalText(q.Object)
		case tPlace:
			get(q).place = q.Object.String()
		}
		return nil
	})
	if err != nil {
		return err
	}
	cand := make(map[string]*stmt, len(sts))
	for k, st := range sts {
		if !isStmt[k] || st.subj == "" || st.pred == nil || st.obj == "" {
			continue
		}
		if s.preds != nil && !s.preds[st.pred] {
			continue
		}
		if (s.since != "" || s.until != "") && !s.dateOK(st) {
			continue
		}
		cand[k] = st
	}
	sel := &selection{statements: map[string]bool{}, edges: map[string]bool{}, entities: map[string]bool{}, docs: map[string]bool{}}
	var near map[string]bool
	if s.f.Entity != "" {
		sel.entity = s.f.Entity.String()
		sel.entities[sel.entity] = true
		near = s.neighbourhood(cand, sel.entity)
	}
	for k, st := range cand {
		if near != nil && (!near[st.subj] || st.objIRI && !near[st.obj]) {
			continue
		}
		sel.statements[k] = true
		sel.edges[edgeKey(st.label, st.subj, st.pred.String(), st.obj)] = true
		sel.entities[st.subj] = true
		if st.objIRI {
			sel.entities[st.obj] = true
		}
		if st.place != "" {
			sel.entities[st.place] = true
		}
		sel.docs[st.label] = true
	}
	s.sel = sel
	return nil
}

// neighbourhood returns the nodes within Hops direct edges of start, in
// either direction, over the candidate facts.
func (s *source) neighbourhood(cand map[string]*stmt, start string) map[string]bool {
	adj := map[string][]string{}
	for _, st := range cand {
		if st.objIRI {
			adj[st.subj] = append(adj[st.subj], st.obj)
			adj[st.obj] = append(adj[st.obj], st.subj)
		}
	}
	hops := s.f.Hops
	if hops < 1 {
		hops = 1
	}
	near := map[string]bool{start: true}
	frontier := []string{start}
	for h := 0; h < hops && len(frontier) > 0; h++ {
		var next []string
		for _, n := range frontier {
			for _, m := range adj[n] {
				if !near[m] {
					near[m] = true
					next = append(next, m)
				}
			}
		}
		frontier = next
	}
	return near
}

// dateOK reports whether a statement's date (or start..end span) overlaps
// the filter's since..until.
func (s *source) dateOK(st *stmt) bool {
	var lo, hi string
	switch {
	case st.date != "":
		lo, hi = dateSpan(st.date)
	case st.start != "" || st.end != "":
		if st.start != "" {
			lo, _ = dateSpan(st.start)
		}
		if st.end != "" {
			_, hi = dateSpan(st.end)
		}
	default:
		return false
	}
	if s.since != "" && (hi == "" && lo < s.since || hi != "" && hi < s.since) {
		return false
	}
	if s.until != "" && (lo == "" || lo > s.until) {
		return false
	}
	return true
}

func (sel *selection) keeps(s *source, q quad.Quad) bool {
	subj := q.Subject.String()
	if sel.statements[subj] {
		return true
	}
	label := labelKey(q.Label)
	if s.modelPreds[q.Predicate] {
		return sel.edges[edgeKey(label, subj, q.Predicate.String(), q.Object.String())]
	}
	if sel.entities[subj] && (sel.docs[label] || subj == sel.entity) {
		return true
	}
	return sel.docs[subj] && q.Label != nil && q.Label == q.Subject
}

func labelKey(l quad.Value) string {
	if l == nil {
		return ""
	}
	return l.String()
}

func edgeKey(label, s, p, o string) string {
	return label + "\x00" + s + "\x00" + p + "\x00" + o
}

// literalText returns the lexical form of a literal (or an IRI's text).
func literalText(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.LangString:
		return string(v.Value)
	case quad.TypedString:
		return string(v.Value)
	case quad.IRI:
		return string(v)
	case quad.TypedStringer:
		return string(v.TypedString().Value)
	case nil:
		return ""
	}
	return v.String()
}

// eachAsync is each with the store read on another goroutine, so reading
// and encoding overlap on two cores. At most a few batches are in flight.
func (s *source) eachAsync(ctx context.Context, fn func(q quad.Quad) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	const size = 1024
	ch := make(chan []quad.Quad, 4)
	errc := make(chan error, 1)
	go func() {
		defer close(ch)
		buf := make([]quad.Quad, 0, size)
		send := func() error {
			select {
			case ch <- buf:
				buf = make([]quad.Quad, 0, size)
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		err := s.each(ctx, func(q quad.Quad) error {
			buf = append(buf, q)
			if len(buf) == size {
				return send()
			}
			return nil
		})
		if err == nil && len(buf) > 0 {
			err = send()
		}
		errc <- err
	}()
	for batch := range ch {
		for _, q := range batch {
			if err := fn(q); err != nil {
				cancel()
				for range ch {
				}
				<-errc
				return err
			}
		}
	}
	return <-errc
}
