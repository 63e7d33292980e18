package queries

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
)

var reWikidata = regexp.MustCompile(`^[Qq][1-9][0-9]*$`)

// ResolveEntity returns the entities name designates: an entity IRI (bare or
// in <…>), a Wikidata id or IRI, an entity key, or a label or alias in any
// language. Exact forms are looked up through the store's indexes; only when
// none matches does it fall back to the store's normalised-name scan
// (graph.Store.Resolve: Arabic folded, Latin case-insensitive).
func ResolveEntity(ctx context.Context, s *graph.Store, name string) ([]quad.IRI, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, fmt.Errorf("resolve: empty name")
	}
	qs, v := s.QuadStore(), s.Vocab()
	found := map[quad.IRI]bool{}
	entityPrefix := v.Base + "entity/"
	isEntity := func(iri quad.IRI) bool {
		if !strings.HasPrefix(string(iri), entityPrefix) {
			return false
		}
		t, err := path.StartPath(qs, iri).Out(graph.RDFType).Iterate(ctx).FirstValue(qs)
		return err == nil && t != nil
	}
	bare := strings.TrimSuffix(strings.TrimPrefix(name, "<"), ">")
	if strings.Contains(bare, "://") {
		if strings.HasPrefix(bare, graph.WD) {
			name = strings.TrimPrefix(bare, graph.WD)
		} else if isEntity(quad.IRI(bare)) {
			found[quad.IRI(bare)] = true
		}
	}
	if reWikidata.MatchString(name) {
		for _, e := range subjectsOf(ctx, qs, nil, quad.Object, quad.IRI(graph.WD+strings.ToUpper(name)), graph.OWLSameAs, 0) {
			found[e] = true
		}
	}
	if len(found) == 0 {
		if iri := v.Entity(name); isEntity(iri) {
			found[iri] = true
		}
	}
	if len(found) == 0 {
		for _, val := range []quad.Value{quad.LangString{Value: quad.String(name), Lang: "ar"},
			quad.LangString{Value: quad.String(name), Lang: "en"}, quad.String(name)} {
			for _, p := range []quad.IRI{graph.RDFSLabel, graph.SKOSAltLabel} {
				for _, e := range subjectsOf(ctx, qs, nil, quad.Object, val, p, 0) {
					if strings.HasPrefix(string(e), entityPrefix) {
						found[e] = true
					}
				}
			}
		}
	}
	if len(found) == 0 {
		iris, err := s.Resolve(ctx, name)
		if err != nil {
			return nil, err
		}
		return iris, nil
	}
	out := make([]quad.IRI, 0, len(found))
	for iri := range found {
		out = append(out, iri)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, nil
}

// subjectsOf returns the IRIs at the far end of the quads that have val in
// direction dir and predicate pred: their subjects when dir is Object, their
// objects when dir is Subject. max > 0 stops after max results. pref, when
// not nil, is pred's ref (saves a lookup).
func subjectsOf(ctx context.Context, qs cgraph.QuadStore, pref cgraph.Ref, dir quad.Direction, val quad.Value, pred quad.IRI, max int) []quad.IRI {
	ref, err := qs.ValueOf(val)
	if err != nil || ref == nil {
		return nil
	}
	if pref == nil {
		if pref, err = qs.ValueOf(pred); err != nil || pref == nil {
			return nil
		}
	}
	far := quad.Subject
	if dir == quad.Subject {
		far = quad.Object
	}
	it := qs.QuadIterator(dir, ref).Iterate()
	defer it.Close()
	var out []quad.IRI
	for it.Next(ctx) {
		q := it.Result()
		p, err := qs.QuadDirection(q, quad.Predicate)
		if err != nil || p == nil || p.Key() != pref.Key() {
			continue
		}
		fr, err := qs.QuadDirection(q, far)
		if err != nil || fr == nil {
			continue
		}
		fv, err := qs.NameOf(fr)
		if err != nil {
			continue
		}
		if iri, ok := fv.(quad.IRI); ok {
			out = append(out, iri)
			if max > 0 && len(out) >= max {
				break
			}
		}
	}
	return out
}

func isPredicate(p string) bool { return extract.IsPredicate(p) }
