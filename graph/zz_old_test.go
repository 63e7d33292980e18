package graph

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
)

func (s *Store) oldStats(ctx context.Context) (Stats, error) {
	st := Stats{Entities: map[string]int{}, Facts: map[string]int{}}
	for _, t := range extract.EntityTypes {
		seen := map[any]bool{}
		for _, ref := range s.lookup(ctx, quad.Object, s.vocab.Term(t), RDFType) {
			sub, err := s.qs.QuadDirection(ref, quad.Subject)
			if err != nil {
				return st, fmt.Errorf("stats of store %s: %w", s.spec, err)
			}
			if sub != nil {
				seen[sub.Key()] = true
			}
		}
		if len(seen) > 0 {
			st.Entities[t] = len(seen)
		}
	}
	predTerm := s.vocab.Term(TermPredicate)
	for _, p := range extract.Predicates {
		if n := len(s.lookup(ctx, quad.Object, s.vocab.Term(p), predTerm)); n > 0 {
			st.Facts[p] = n
		}
	}
	// Cayley's SQL backend estimates the count unless asked for an exact one;
	// the KV backends would count every node for an exact one.
	cs, err := s.qs.Stats(ctx, s.backend == "postgres" || s.backend == "cockroach")
	if err != nil {
		return st, fmt.Errorf("stats of store %s: %w", s.spec, err)
	}
	meta, err := s.labelQuads(ctx, MetaLabel)
	if err != nil {
		return st, fmt.Errorf("stats of store %s: %w", s.spec, err)
	}
	st.Quads = int(cs.Quads.Value) - len(meta)
	docs, err := s.oldDocuments(ctx)
	if err != nil {
		return st, err
	}
	st.Documents = len(docs)
	return st, nil
}

func (s *Store) oldDocuments(ctx context.Context) ([]DocInfo, error) {
	docType := s.vocab.Term(TermDocument)
	prefix := s.vocab.Base + "doc/"
	var docs []quad.IRI
	for _, ref := range s.lookup(ctx, quad.Object, docType, RDFType) {
		q, err := s.qs.Quad(ref)
		if err != nil {
			return nil, fmt.Errorf("documents of store %s: %w", s.spec, err)
		}
		if d, ok := q.Subject.(quad.IRI); ok && q.Label == q.Subject {
			docs = append(docs, d)
		}
	}
	out := make([]DocInfo, 0, len(docs))
	for _, d := range docs {
		info := DocInfo{IRI: d, ID: strings.TrimPrefix(string(d), prefix)}
		for _, ref := range s.lookup(ctx, quad.Subject, d, nil) {
			q, err := s.qs.Quad(ref)
			if err != nil {
				return nil, fmt.Errorf("documents of store %s: %w", s.spec, err)
			}
			switch q.Predicate {
			case DCTitle:
				info.Title = plainString(q.Object)
			case DCDate:
				info.Date = plainString(q.Object)
			case DCLanguage:
				info.Lang = plainString(q.Object)
			case DCSource:
				info.URL = plainString(q.Object)
			}
		}
		out = append(out, info)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date < out[j].Date
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

func BenchmarkOldStatsBolt(b *testing.B) {
	benchRead(b, false, func(s *Store) error { _, err := s.oldStats(context.Background()); return err })
}

func BenchmarkOldDocumentsBolt(b *testing.B) {
	benchRead(b, false, func(s *Store) error { _, err := s.oldDocuments(context.Background()); return err })
}

func BenchmarkOldStatsBoltCayley(b *testing.B) {
	benchRead(b, true, func(s *Store) error { _, err := s.oldStats(context.Background()); return err })
}

func BenchmarkOldStatsPostgres(b *testing.B) {
	dsn := os.Getenv("KG_TEST_POSTGRES")
	spec := freshPostgresTB(b, dsn)
	s, err := Open(context.Background(), spec, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, errs := s.WriteMany(context.Background(), syntheticResults(benchDocs, benchPerDoc, benchPool)); errs[0] != nil {
		b.Fatal(errs[0])
	}
	for _, c := range []struct {
		name string
		fn   func(*Store) error
	}{{"Stats", func(s *Store) error { _, err := s.oldStats(context.Background()); return err }}, {"Documents", func(s *Store) error { _, err := s.oldDocuments(context.Background()); return err }}} {
		b.Run(c.name, func(b *testing.B) {
			cpu0 := cpuTime()
			for i := 0; i < b.N; i++ {
				if err := c.fn(s); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
		})
	}
}
