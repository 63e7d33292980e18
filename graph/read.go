package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract/text"
	"github.com/newskg/kg/graph/internal/pgcopy"
)

// eachQuad calls fn for every quad of the store.
func (s *Store) eachQuad(ctx context.Context, fn func(quad.Quad) error) error {
	it := s.quads().QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.quads().Quad(it.Result())
		if err != nil {
			return err
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return it.Err()
}

// lookup returns the refs of the quads having value v in direction dir and,
// when pred is not nil, predicate pred.
func (s *Store) lookup(ctx context.Context, dir quad.Direction, v quad.Value, pred quad.Value) []cgraph.Ref {
	ref, err := s.quads().ValueOf(v)
	if err != nil || ref == nil {
		return nil
	}
	var pref cgraph.Ref
	if pred != nil {
		if pref, err = s.quads().ValueOf(pred); err != nil || pref == nil {
			return nil
		}
	}
	it := s.quads().QuadIterator(dir, ref).Iterate()
	defer it.Close()
	var out []cgraph.Ref
	for it.Next(ctx) {
		r := it.Result()
		if pref != nil {
			p, err := s.quads().QuadDirection(r, quad.Predicate)
			if err != nil || p == nil || p.Key() != pref.Key() {
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// Resolve finds the entities a name designates: an entity IRI ("<…>" or
// bare), a Wikidata id ("Q7747"), an entity key ("vladimir-putin"), or a
// preferred or alternative label in any language (Arabic compared in the
// text.Normalize form, Latin case-insensitively). The result is sorted.
func (s *Store) Resolve(ctx context.Context, name string) ([]quad.IRI, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, fmt.Errorf("resolve: empty name")
	}
	found := map[quad.IRI]bool{}
	entityPrefix := s.vocab.Base + "entity/"
	isEntity := func(iri quad.IRI) bool {
		return strings.HasPrefix(string(iri), entityPrefix) && len(s.lookup(ctx, quad.Subject, iri, RDFType)) > 0
	}
	// IRI.
	if iri := quad.IRI(strings.TrimSuffix(strings.TrimPrefix(name, "<"), ">")); strings.Contains(string(iri), "://") {
		if isEntity(iri) {
			found[iri] = true
		}
		if strings.HasPrefix(string(iri), WD) {
			name = strings.TrimPrefix(string(iri), WD)
		}
	}
	// Wikidata id.
	if reWikidata.MatchString(strings.ToUpper(name)) {
		for _, ref := range s.lookup(ctx, quad.Object, quad.IRI(WD+strings.ToUpper(name)), OWLSameAs) {
			if sub, err := s.quads().QuadDirection(ref, quad.Subject); err == nil && sub != nil {
				if v, err := s.quads().NameOf(sub); err == nil {
					if iri, ok := v.(quad.IRI); ok {
						found[iri] = true
					}
				}
			}
		}
	}
	// Entity key.
	if iri := s.vocab.Entity(name); isEntity(iri) {
		found[iri] = true
	}
	// Labels and aliases, in their matching form.
	idx, err := s.labelIndex(ctx)
	if err != nil {
		return nil, fmt.Errorf("resolve %q: %w", name, err)
	}
	for _, iri := range idx[matchForm(name)] {
		found[iri] = true
	}
	out := make([]quad.IRI, 0, len(found))
	for iri := range found {
		out = append(out, iri)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, nil
}

// matchForm is the form in which names are compared: Arabic normalised,
// everything lower-cased with runs of spaces collapsed.
func matchForm(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(text.Normalize(s))), " ")
}

// Text is the lexical form of a value: an IRI without brackets, a blank
// node's label, a literal without quotes, language or datatype (a typed
// value in its canonical lexical form); "" for nil.
func Text(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.IRI:
		return string(v)
	case quad.BNode:
		return string(v)
	case quad.String:
		return string(v)
	case quad.LangString:
		return string(v.Value)
	case quad.TypedString:
		return string(v.Value)
	case quad.TypedStringer:
		return string(v.TypedString().Value)
	}
	return fmt.Sprint(v.Native())
}

// labelCache maps the matching form of every entity label and alias to the
// entities carrying it. It is rebuilt when the store changed since: a write
// through this Store, or a different labelMark (writes by other processes).
type labelCache struct {
	gen  uint64
	mark [2]int64
	m    map[string][]quad.IRI
}

// labelMark changes when labels are added or removed, also by another
// process. On PostgreSQL, where several processes write one database, it is
// the kg_changes sequence, which every kg write bumps (Cayley's quad counts
// are an estimate, or cached per process); in a database made by an older
// kg without the sequence, the highest id and the number of the label and
// alias quads. Elsewhere it is the quad count.
func (s *Store) labelMark(ctx context.Context) ([2]int64, error) {
	var mark [2]int64
	switch {
	case s.pg != nil:
		return pgcopy.Mark(ctx, s.pg, s.pgSeq, [2]quad.Value{RDFSLabel, SKOSAltLabel})
	default:
		if st, err := s.quads().Stats(ctx, false); err == nil {
			mark[0] = st.Quads.Value
		}
	}
	return mark, nil
}

func (s *Store) labelIndex(ctx context.Context) (map[string][]quad.IRI, error) {
	s.labelsMu.Lock()
	defer s.labelsMu.Unlock()
	mark, err := s.labelMark(ctx)
	if err != nil {
		return nil, err
	}
	gen := s.gen.Load()
	if c := s.labels; c != nil && c.gen == gen && c.mark == mark {
		return c.m, nil
	}
	entityPrefix := s.vocab.Base + "entity/"
	sets := map[string]map[quad.IRI]bool{}
	for _, p := range []quad.IRI{RDFSLabel, SKOSAltLabel} {
		pref, err := s.quads().ValueOf(p)
		if err != nil || pref == nil {
			continue
		}
		it := s.quads().QuadIterator(quad.Predicate, pref).Iterate()
		for it.Next(ctx) {
			q, err := s.quads().Quad(it.Result())
			if err != nil {
				it.Close()
				return nil, err
			}
			sub, ok := q.Subject.(quad.IRI)
			if !ok || q.Predicate != p || !strings.HasPrefix(string(sub), entityPrefix) {
				continue
			}
			k := matchForm(Text(q.Object))
			if sets[k] == nil {
				sets[k] = map[quad.IRI]bool{}
			}
			sets[k][sub] = true
		}
		err = it.Err()
		it.Close()
		if err != nil {
			return nil, err
		}
	}
	m := make(map[string][]quad.IRI, len(sets))
	for k, set := range sets {
		for iri := range set {
			m[k] = append(m[k], iri)
		}
	}
	s.labels = &labelCache{gen: gen, mark: mark, m: m}
	return m, nil
}

// HasDocument reports whether the store holds document id (its id, as
// ingest prints it, or its IRI).
func (s *Store) HasDocument(ctx context.Context, id string) (bool, error) {
	iri := s.docIRI(id)
	docType := s.vocab.Term(TermDocument)
	qs, err := s.quadsWith(ctx, quad.Subject, iri, func(q quad.Quad) bool {
		return q.Predicate == RDFType && q.Object == docType
	})
	if err != nil {
		return false, fmt.Errorf("look up document %s in store %s: %w", id, s.spec, err)
	}
	return len(qs) > 0, nil
}

// Version names the state of the store: it changes with every write,
// through this Store or (on PostgreSQL) by another process. Caches of
// query answers key on it.
func (s *Store) Version(ctx context.Context) (string, error) {
	mark, err := s.labelMark(ctx)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%d.%d.%d", s.gen.Load(), mark[0], mark[1]), nil
}
