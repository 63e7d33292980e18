package export

import (
	"context"
	"errors"
	"fmt"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/graph"
)

// The neighbourhood of one entity, read through the store's indexes: the
// statements of the entity, then of the entities they reach, hop by hop,
// and at the end the quads of what was chosen. It costs the degrees of the
// entities in the neighbourhood, not the size of the store, and chooses
// exactly what selectFacts and each choose by scanning every quad
// (TestAroundMatchesScan).

// quadsOf calls fn with every quad whose direction d holds v.
func (s *source) quadsOf(ctx context.Context, d quad.Direction, v quad.Value, fn func(q quad.Quad) error) error {
	var fnErr error
	err := s.st.EachQuadWith(ctx, d, v, func(q quad.Quad) error {
		fnErr = fn(q)
		return fnErr
	})
	if fnErr != nil {
		return fnErr
	}
	if err != nil {
		return fmt.Errorf("read quads: %w", err)
	}
	return ctx.Err()
}

// statementsOf returns the statements (as selectFacts reads them) whose
// subject or object is entity e and that pass the predicate and date
// filters, reading each statement once (cache).
func (s *source) statementsOf(ctx context.Context, e string, ev quad.Value, cache map[string]*stmt) ([]string, error) {
	tSubj, tObj := s.v.Term(graph.TermSubject), s.v.Term(graph.TermObject)
	var ids []string
	var sts []quad.Value
	err := s.quadsOf(ctx, quad.Object, ev, func(q quad.Quad) error {
		if (q.Predicate == tSubj || q.Predicate == tObj) && !graph.IsMetaQuad(q) {
			sts = append(sts, q.Subject)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, stv := range sts {
		k := stv.String()
		st, ok := cache[k]
		if !ok {
			if st, err = s.readStatement(ctx, stv); err != nil {
				return nil, err
			}
			cache[k] = st
		}
		if st != nil && (st.subj == e || st.obj == e) {
			ids = append(ids, k)
		}
	}
	return ids, nil
}

// readStatement reads a statement node's fields; nil when it is not a
// complete statement or the filters leave it out.
func (s *source) readStatement(ctx context.Context, stv quad.Value) (*stmt, error) {
	var (
		tSubj, tPred, tObj = s.v.Term(graph.TermSubject), s.v.Term(graph.TermPredicate), s.v.Term(graph.TermObject)
		tDate, tStart      = s.v.Term(graph.TermDate), s.v.Term(graph.TermStartDate)
		tEnd, tPlace       = s.v.Term(graph.TermEndDate), s.v.Term(graph.TermPlace)
		tStatement, tConf  = s.v.Term(graph.TermStatement), s.v.Term(graph.TermConfidence)
	)
	st := &stmt{}
	isStmt := false
	err := s.quadsOf(ctx, quad.Subject, stv, func(q quad.Quad) error {
		if graph.IsMetaQuad(q) || (s.doc != nil && q.Label != s.doc) {
			return nil
		}
		switch q.Predicate {
		case graph.RDFType:
			if q.Object == tStatement {
				isStmt = true
				st.label = labelKey(q.Label)
			}
		case tSubj:
			st.subj = q.Object.String()
		case tPred:
			st.pred = q.Object
		case tObj:
			st.obj = q.Object.String()
			_, st.objIRI = q.Object.(quad.IRI)
		case tDate:
			st.date = graph.Text(q.Object)
		case tStart:
			st.start = graph.Text(q.Object)
		case tEnd:
			st.end = graph.Text(q.Object)
		case tPlace:
			st.place = q.Object.String()
		case tConf:
			st.conf = graph.Text(q.Object)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if !isStmt || st.subj == "" || st.pred == nil || st.obj == "" {
		return nil, nil
	}
	if s.preds != nil && !s.preds[st.pred] {
		return nil, nil
	}
	if (s.since != "" || s.until != "") && !s.dateOK(st) {
		return nil, nil
	}
	if !s.confidenceOK(st) {
		return nil, nil
	}
	return st, nil
}

// selectAround chooses the facts of the neighbourhood of s.f.Entity as
// selectFacts does, through the indexes.
func (s *source) selectAround(ctx context.Context) error {
	start := s.f.Entity.String()
	cache := map[string]*stmt{}
	budget := -1 // index entries a limited neighbourhood may still read
	var own []string
	if s.f.MaxFacts > 0 {
		var indexed bool
		var err error
		if own, indexed, err = s.ownFacts(ctx, cache); err != nil {
			return err
		}
		if len(own) > s.f.MaxFacts {
			s.star(own[:s.f.MaxFacts], cache)
			return nil
		}
		if indexed {
			budget = neighbourhoodBudget * s.f.MaxFacts
		}
	}
	charged := map[string]bool{}
	charge := func(e string) error {
		if budget < 0 || charged[e] {
			return nil
		}
		charged[e] = true
		n, err := s.factCount(ctx, e, budget+1)
		if err != nil {
			return err
		}
		if budget -= n; budget < 0 {
			return errOverBudget
		}
		return nil
	}
	// The entities the facts of the entity reach are known: what reading
	// them costs is counted before any is read.
	reach := []string{start}
	for _, k := range own {
		if st := cache[k]; st.objIRI {
			reach = append(reach, st.subj, st.obj)
		}
	}
	for _, e := range reach {
		if err := charge(e); err != nil {
			return s.overBudget(err, own, cache)
		}
	}
	// The statements of each entity of the neighbourhood, as it grows.
	of := map[string][]string{}
	load := func(e string) error {
		if _, ok := of[e]; ok {
			return nil
		}
		if err := charge(e); err != nil {
			return err
		}
		v, err := termValue(e)
		if err != nil {
			return err
		}
		ids, err := s.statementsOf(ctx, e, v, cache)
		of[e] = ids
		return err
	}
	hops := max(1, s.f.Hops)
	near := map[string]bool{start: true}
	frontier := []string{start}
	for h := 0; h < hops && len(frontier) > 0; h++ {
		var next []string
		for _, n := range frontier {
			if err := load(n); err != nil {
				return s.overBudget(err, own, cache)
			}
			for _, k := range of[n] {
				st := cache[k]
				if !st.objIRI {
					continue
				}
				for _, m := range []string{st.subj, st.obj} {
					if !near[m] {
						near[m] = true
						next = append(next, m)
					}
				}
			}
		}
		frontier = next
	}
	sel := newSelection(start)
	for n := range near {
		if err := load(n); err != nil {
			return s.overBudget(err, own, cache)
		}
		for _, k := range of[n] {
			st := cache[k]
			if !near[st.subj] || st.objIRI && !near[st.obj] || sel.statements[k] {
				continue
			}
			sel.add(k, st)
		}
	}
	if s.f.MaxFacts > 0 && len(sel.statements) > s.f.MaxFacts {
		sel = s.trimmed(sel, of[start], cache)
	}
	s.sel = sel
	return nil
}

// overBudget makes the star of own the selection when err says the
// limited neighbourhood is over its budget, and returns other errors.
func (s *source) overBudget(err error, own []string, cache map[string]*stmt) error {
	if errors.Is(err, errOverBudget) {
		s.star(own, cache)
		return nil
	}
	return err
}

// eachAround calls fn with every quad the selection keeps, read through the
// indexes: the statements' quads, the chosen entities' quads (their
// descriptions and the chosen direct edges) and the documents' own quads.
func (s *source) eachAround(ctx context.Context, fn func(q quad.Quad) error) error {
	// The N-Triples terms of the labels seen (a few documents' each).
	labels := map[quad.Value]string{}
	var subj string // the term of the subject being read
	keep := func(q quad.Quad) error {
		if graph.IsMetaQuad(q) || (s.doc != nil && q.Label != s.doc) {
			return nil
		}
		label, ok := labels[q.Label]
		if !ok && q.Label != nil {
			label = q.Label.String()
			labels[q.Label] = label
		}
		if !s.sel.keepsOf(s, q, subj, label) {
			return nil
		}
		return fn(q)
	}
	for _, set := range []map[string]bool{s.sel.statements, s.sel.entities, s.sel.docs} {
		for _, k := range sortedKeys(set) {
			if k == "" {
				continue
			}
			v, err := termValue(k)
			if err != nil {
				return err
			}
			subj = k
			if err := s.quadsOf(ctx, quad.Subject, v, keep); err != nil {
				return err
			}
		}
	}
	return nil
}

// termValue turns the N-Triples form of a node (an IRI or a blank node, as
// quad.Value.String writes it) back into the value.
func termValue(t string) (quad.Value, error) {
	switch {
	case len(t) > 2 && t[0] == '<' && t[len(t)-1] == '>':
		return quad.IRI(t[1 : len(t)-1]), nil
	case len(t) > 2 && t[:2] == "_:":
		return quad.BNode(t[2:]), nil
	}
	return nil, fmt.Errorf("export: %q is not a node", t)
}
