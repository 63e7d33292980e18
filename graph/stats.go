package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph/internal/boltkv"
	"github.com/newskg/kg/graph/internal/pgcopy"
)

// Stats summarises the knowledge graph in a store.
type Stats struct {
	Documents int
	Entities  map[extract.EntityType]int // by type
	Facts     map[extract.Predicate]int  // statement nodes by predicate
	Quads     int                        // quads of the graph, meta quads excluded
}

// Stats counts documents, entities by type, facts by predicate and quads.
// It counts distinct subjects in the object-predicate-subject index (entities
// by rdf:type, statements by kg:predicate, documents by rdf:type in their
// own graph) and never resolves a value: on Bolt it reads the index keys
// directly, on PostgreSQL it asks the server to count.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st := Stats{Entities: map[extract.EntityType]int{}, Facts: map[extract.Predicate]int{}}
	fail := func(err error) (Stats, error) { return st, fmt.Errorf("stats of store %s: %w", s.spec, err) }
	if s.quads() == nil {
		return fail(errors.New("store is closed"))
	}
	err := s.withCounter(ctx, func(c subjectCounter) error {
		var err error
		for _, t := range extract.EntityTypes {
			if st.Entities[t], err = c.countSubjects(ctx, RDFType, s.vocab.Class(t), false); err != nil {
				return err
			} else if st.Entities[t] == 0 {
				delete(st.Entities, t)
			}
		}
		predTerm := s.vocab.Term(TermPredicate)
		for _, p := range extract.Predicates {
			if st.Facts[p], err = c.countSubjects(ctx, predTerm, s.vocab.Predicate(p), false); err != nil {
				return err
			} else if st.Facts[p] == 0 {
				delete(st.Facts, p)
			}
		}
		st.Documents, err = c.countSubjects(ctx, RDFType, s.vocab.Term(TermDocument), true)
		return err
	})
	if err != nil {
		return fail(err)
	}
	var quads int64
	if s.pg != nil {
		// Cayley's SQL backend estimates the count, or caches an exact one
		// for the life of the process, blind to other processes' writes.
		if quads, err = pgcopy.CountQuads(ctx, s.pg); err != nil {
			return fail(err)
		}
	} else {
		// The KV backends would count every node for an exact count; their
		// quad count is exact anyway.
		cs, err := s.quads().Stats(ctx, s.backend == "cockroach")
		if err != nil {
			return fail(err)
		}
		quads = cs.Quads.Value
	}
	meta, err := s.metaQuads(ctx)
	if err != nil {
		return fail(err)
	}
	st.Quads = int(quads) - len(meta)
	return st, nil
}

// DocInfo describes one ingested document.
type DocInfo struct {
	ID, Title, Date, Lang, URL string
	IRI                        quad.IRI
}

// docFields are the predicates Documents reads: title, date, language, source.
var docFields = [...]quad.Value{DCTitle, DCDate, DCLanguage, DCSource}

// Documents lists the documents in the store, sorted by date then id. A
// document is a subject typed kg:Document in its own graph; only its title,
// date, language and source values are resolved.
func (s *Store) Documents(ctx context.Context) ([]DocInfo, error) {
	if s.quads() == nil {
		return nil, fmt.Errorf("documents of store %s: store is closed", s.spec)
	}
	prefix := s.vocab.Base + "doc/"
	var out []DocInfo
	add := func(d quad.IRI, vals [4]quad.Value) {
		out = append(out, DocInfo{IRI: d, ID: strings.TrimPrefix(string(d), prefix),
			Title: Text(vals[0]), Date: Text(vals[1]), Lang: Text(vals[2]), URL: Text(vals[3])})
	}
	var err error
	done := false
	if s.bolt != nil {
		err = s.bolt.View(func(r *boltkv.IndexReader) error {
			if r == nil {
				return nil
			}
			done = true
			return r.Subjects(RDFType, s.vocab.Term(TermDocument), true, docFields[:], func(sub quad.Value, vals []quad.Value) error {
				if d, ok := sub.(quad.IRI); ok {
					add(d, [4]quad.Value(vals))
				}
				return nil
			})
		})
	}
	if err == nil && !done && s.pg != nil {
		err = pgcopy.Subjects(ctx, s.pg, RDFType, s.vocab.Term(TermDocument), docFields, add)
		done = true
	}
	if err == nil && !done {
		err = s.documentsGeneric(ctx, add)
	}
	if err != nil {
		return nil, fmt.Errorf("documents of store %s: %w", s.spec, err)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date < out[j].Date
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// subjectCounter counts the distinct subjects of the live quads
// (?, pred, obj); with sameLabel, only of quads whose label is the subject.
type subjectCounter interface {
	countSubjects(ctx context.Context, pred, obj quad.Value, sameLabel bool) (int, error)
}

// withCounter calls fn with the fastest counter the backend allows: Bolt's
// index read in one transaction, SQL on PostgreSQL, Cayley's iterators
// otherwise (and on Bolt stores without an object-predicate-subject index).
func (s *Store) withCounter(ctx context.Context, fn func(subjectCounter) error) error {
	switch {
	case s.bolt != nil:
		return s.bolt.View(func(r *boltkv.IndexReader) error {
			if r == nil {
				return fn(refCounter{s.quads()})
			}
			return fn(boltCounter{r})
		})
	case s.pg != nil:
		return fn(pgCounter{s.pg})
	}
	return fn(refCounter{s.quads()})
}

// boltCounter counts with the Bolt index reader.
type boltCounter struct{ r *boltkv.IndexReader }

func (c boltCounter) countSubjects(_ context.Context, pred, obj quad.Value, sameLabel bool) (int, error) {
	return c.r.CountSubjects(pred, obj, sameLabel)
}

// pgCounter counts in PostgreSQL.
type pgCounter struct{ db *sql.DB }

func (c pgCounter) countSubjects(ctx context.Context, pred, obj quad.Value, sameLabel bool) (int, error) {
	return pgcopy.CountSubjects(ctx, c.db, pred, obj, sameLabel)
}

// refCounter counts through Cayley's iterators, comparing refs, never values.
type refCounter struct{ qs cgraph.QuadStore }

func (c refCounter) countSubjects(ctx context.Context, pred, obj quad.Value, sameLabel bool) (int, error) {
	n := 0
	err := c.eachSubject(ctx, pred, obj, sameLabel, func(cgraph.Ref) error { n++; return nil })
	return n, err
}

// eachSubject calls fn once for every distinct subject of the live quads
// (?, pred, obj) (with sameLabel: whose label is the subject).
func (c refCounter) eachSubject(ctx context.Context, pred, obj quad.Value, sameLabel bool, fn func(cgraph.Ref) error) error {
	oref, err := c.qs.ValueOf(obj)
	if err != nil || oref == nil {
		return err
	}
	pref, err := c.qs.ValueOf(pred)
	if err != nil || pref == nil {
		return err
	}
	it := c.qs.QuadIterator(quad.Object, oref).Iterate()
	defer it.Close()
	seen := map[any]bool{}
	for it.Next(ctx) {
		r := it.Result()
		p, err := c.qs.QuadDirection(r, quad.Predicate)
		if err != nil {
			return err
		}
		if p == nil || p.Key() != pref.Key() {
			continue
		}
		sub, err := c.qs.QuadDirection(r, quad.Subject)
		if err != nil {
			return err
		}
		if sub == nil || seen[sub.Key()] {
			continue
		}
		if sameLabel {
			l, err := c.qs.QuadDirection(r, quad.Label)
			if err != nil {
				return err
			}
			if l == nil || l.Key() != sub.Key() {
				continue
			}
		}
		seen[sub.Key()] = true
		if err := fn(sub); err != nil {
			return err
		}
	}
	return it.Err()
}

// documentsGeneric finds the documents through Cayley's iterators, resolving
// only the values it reports.
func (s *Store) documentsGeneric(ctx context.Context, add func(quad.IRI, [4]quad.Value)) error {
	var fields [len(docFields)]cgraph.Ref
	for i, p := range docFields {
		ref, err := s.quads().ValueOf(p)
		if err != nil {
			return err
		}
		fields[i] = ref
	}
	c := refCounter{s.quads()}
	return c.eachSubject(ctx, RDFType, s.vocab.Term(TermDocument), true, func(doc cgraph.Ref) error {
		v, err := s.quads().NameOf(doc)
		if err != nil {
			return err
		}
		d, ok := v.(quad.IRI)
		if !ok {
			return nil
		}
		var vals [4]quad.Value
		it := s.quads().QuadIterator(quad.Subject, doc).Iterate()
		defer it.Close()
		for it.Next(ctx) {
			p, err := s.quads().QuadDirection(it.Result(), quad.Predicate)
			if err != nil {
				return err
			}
			for i, f := range fields {
				if f == nil || p == nil || p.Key() != f.Key() {
					continue
				}
				o, err := s.quads().QuadDirection(it.Result(), quad.Object)
				if err != nil {
					return err
				}
				if vals[i], err = s.quads().NameOf(o); err != nil {
					return err
				}
			}
		}
		if err := it.Err(); err != nil {
			return err
		}
		add(d, vals)
		return nil
	})
}
