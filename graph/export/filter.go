package export

import (
	"context"
	"strconv"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/graph"
)

// stmt is what the fact filter needs to know of a statement node.
type stmt struct {
	label, subj, obj, place string
	pred                    quad.Value
	objIRI                  bool
	date, start, end        string
	conf                    string
}

func (s *source) selectFacts(ctx context.Context) error {
	var (
		tSubj, tPred, tObj = s.v.Term(graph.TermSubject), s.v.Term(graph.TermPredicate), s.v.Term(graph.TermObject)
		tDate, tStart      = s.v.Term(graph.TermDate), s.v.Term(graph.TermStartDate)
		tEnd, tPlace       = s.v.Term(graph.TermEndDate), s.v.Term(graph.TermPlace)
		tType, tStatement  = graph.RDFType, s.v.Term(graph.TermStatement)
		tConf              = s.v.Term(graph.TermConfidence)
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
			get(q).date = graph.Text(q.Object)
		case tStart:
			get(q).start = graph.Text(q.Object)
		case tEnd:
			get(q).end = graph.Text(q.Object)
		case tPlace:
			get(q).place = q.Object.String()
		case tConf:
			get(q).conf = graph.Text(q.Object)
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
		if !s.confidenceOK(st) {
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
		sel.add(k, st)
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

// confidenceOK reports whether a statement's confidence reaches the
// filter's MinConfidence (a statement without one, or with one that is not
// a number, passes).
func (s *source) confidenceOK(st *stmt) bool {
	if s.f.MinConfidence <= 0 || st.conf == "" {
		return true
	}
	c, err := strconv.ParseFloat(st.conf, 64)
	return err != nil || c >= s.f.MinConfidence
}

// keeps reports whether a fact filter keeps q: a chosen statement's quads,
// the chosen direct edges, the descriptions of their entities in their
// documents (and of the filter's entity anywhere), and their documents'
// descriptions.
func (sel *selection) keeps(s *source, q quad.Quad) bool {
	return sel.keepsOf(s, q, q.Subject.String(), labelKey(q.Label))
}

// keepsOf is keeps for a quad whose subject and label, as N-Triples terms,
// are subj and label.
func (sel *selection) keepsOf(s *source, q quad.Quad, subj, label string) bool {
	if sel.statements[subj] {
		return true
	}
	if s.modelPreds[q.Predicate] {
		// A kept edge's document is kept (selection.add): most edges of a
		// hub are left out by that look-up, before building the key.
		return sel.docs[label] && sel.edges[edgeKey(label, subj, q.Predicate.String(), q.Object.String())]
	}
	if sel.entities[subj] && (sel.docs[label] || subj == sel.entity && !sel.bounded) {
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
