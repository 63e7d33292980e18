package export

import (
	"cmp"
	"context"
	"errors"
	"slices"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/graph"
)

// Limited neighbourhoods (Filter.MaxFacts). A popular entity's
// neighbourhood can be most of the store: the server bounds the facts of
// the neighbourhoods it exports, so that an export costs the facts it
// sends. With a limit of N facts:
//
//   - an entity with more than N facts of its own (as the filters leave
//     them) gets its first N, in the order of the entity index (date,
//     undated last, then statement), with their entities and documents: the
//     star of the entity, without the facts between its neighbours. Only
//     those N facts (and one more, to know) are read.
//   - so does an entity whose neighbourhood would cost more than
//     neighbourhoodBudget × N index entries to read (the facts of the
//     entities it reaches, hop by hop): its star holds all its facts.
//   - otherwise the neighbourhood is chosen as without a limit and, when it
//     holds more than N facts, the entity's own facts are kept first, then
//     the others, each in the order (date, statement), up to N.
//
// A cut export holds the descriptions of the entity in the documents of
// the facts it keeps only (not in every document that names it).
//
// Report.Cut tells the caller that the limit took facts away, or may have
// (a star chosen over the budget is not compared with the neighbourhood).

// factLister is a store with an entity index (*graph.Store).
type factLister interface {
	EachFact(ctx context.Context, e quad.IRI, preds []quad.Value, after graph.FactPos, fn func(graph.FactRef) bool) error
}

// starPage is how many index entries ownFacts reads at a time.
const starPage = 512

// neighbourhoodBudget times MaxFacts is how many index entries (facts of
// the entities of the neighbourhood) a limited neighbourhood may cost to
// read before the export falls back to the entity's star (a variable for
// tests).
var neighbourhoodBudget = 4

// errOverBudget stops a limited neighbourhood that costs too much.
var errOverBudget = errors.New("export: the neighbourhood is over its budget")

// ownFacts returns the facts of s.f.Entity that the filters keep, in the
// order of the entity index, at most MaxFacts+1 of them; ok is false when
// the store has no entity index.
func (s *source) ownFacts(ctx context.Context, cache map[string]*stmt) (own []string, ok bool, err error) {
	fl, ok := s.st.(factLister)
	if !ok {
		return nil, false, nil
	}
	var preds []quad.Value
	for p := range s.preds {
		preds = append(preds, p)
	}
	start, limit := s.f.Entity.String(), s.f.MaxFacts
	seen := map[string]bool{}
	var after graph.FactPos
	for len(own) <= limit {
		var page []quad.IRI
		more := false
		err := fl.EachFact(ctx, s.f.Entity, preds, after, func(r graph.FactRef) bool {
			after = r.Pos
			page = append(page, r.Statement)
			more = len(page) == starPage
			return !more
		})
		if err != nil {
			return nil, true, err
		}
		for _, stv := range page {
			k := stv.String()
			if seen[k] {
				continue
			}
			seen[k] = true
			st, ok := cache[k]
			if !ok {
				if st, err = s.readStatement(ctx, stv); err != nil {
					return nil, true, err
				}
				cache[k] = st
			}
			if st != nil && (st.subj == start || st.obj == start) {
				if own = append(own, k); len(own) > limit {
					break
				}
			}
		}
		if !more {
			break
		}
	}
	return own, true, nil
}

// factCount counts the index entries of entity e, up to max.
func (s *source) factCount(ctx context.Context, e string, max int) (int, error) {
	fl, ok := s.st.(factLister)
	v, err := termValue(e)
	iri, isIRI := v.(quad.IRI)
	if !ok || err != nil || !isIRI {
		return 0, nil
	}
	n := 0
	err = fl.EachFact(ctx, iri, nil, nil, func(graph.FactRef) bool { n++; return n < max })
	return n, err
}

// star selects the facts own of the entity, cut.
func (s *source) star(own []string, cache map[string]*stmt) {
	sel := newSelection(s.f.Entity.String())
	sel.bounded = true
	for _, k := range own {
		sel.add(k, cache[k])
	}
	s.sel, s.cut = sel, true
}

// trimmed keeps MaxFacts facts of a neighbourhood: the entity's own
// (own) first, then the others, each in the order (date, statement).
func (s *source) trimmed(sel *selection, own []string, cache map[string]*stmt) *selection {
	isOwn := map[string]bool{}
	for _, k := range own {
		isOwn[k] = sel.statements[k]
	}
	keys := make([]string, 0, len(sel.statements))
	for k := range sel.statements {
		keys = append(keys, k)
	}
	date := func(k string) string {
		if d := cache[k].date; d != "" {
			return d
		}
		return "~"
	}
	slices.SortFunc(keys, func(a, b string) int {
		if isOwn[a] != isOwn[b] {
			if isOwn[a] {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(date(a), date(b)), cmp.Compare(a, b))
	})
	out := newSelection(sel.entity)
	out.bounded = true
	for _, k := range keys[:s.f.MaxFacts] {
		out.add(k, cache[k])
	}
	s.cut = true
	return out
}

// newSelection is an empty selection of the neighbourhood of entity,
// chosen through the indexes.
func newSelection(entity string) *selection {
	return &selection{statements: map[string]bool{}, edges: map[string]bool{}, entities: map[string]bool{entity: true},
		docs: map[string]bool{}, entity: entity, indexed: true}
}

// add keeps statement k (read as st) with its direct edge, entities and
// document.
func (sel *selection) add(k string, st *stmt) {
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
