package graph

import (
	"context"

	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
)

// StatementQuery chooses statement nodes: those whose subject (or, when
// Subject is empty, whose object) is an entity, with a predicate and, when
// Roles is not empty, one of the roles.
type StatementQuery struct {
	Subject, Object quad.IRI
	Predicate       extract.Predicate
	Roles           []string // role qualifiers ("president")
}

// Statement is the subject, object and role of a statement node.
type Statement struct {
	Subject, Object, Role quad.Value
}

// Statements calls fn with every statement q chooses, as a Cayley path
// finds them (one call per path result: a statement may come more than
// once), until fn returns an error.
func (s *Store) Statements(ctx context.Context, q StatementQuery, fn func(Statement) error) error {
	v, qs := s.vocab, s.quads()
	var p *path.Path
	if q.Subject != "" {
		p = path.StartPath(qs, q.Subject).In(v.Term(TermSubject))
	} else {
		p = path.StartPath(qs, q.Object).In(v.Term(TermObject))
	}
	p = p.Has(v.Term(TermPredicate), v.Predicate(q.Predicate))
	if len(q.Roles) > 0 {
		roles := make([]quad.Value, len(q.Roles))
		for i, r := range q.Roles {
			roles[i] = quad.String(r)
		}
		p = p.Has(v.Term(TermRole), roles...)
	}
	p = p.Save(v.Term(TermRole), "role").Save(v.Term(TermSubject), "s").Save(v.Term(TermObject), "o")
	return p.Iterate(ctx).TagValues(qs, func(m map[string]quad.Value) error {
		return fn(Statement{Subject: m["s"], Object: m["o"], Role: m["role"]})
	})
}
