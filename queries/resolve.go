package queries

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/graph"
)

var reWikidata = regexp.MustCompile(`^[Qq][1-9][0-9]*$`)

// ResolveEntity returns the entities name designates: an entity IRI (bare or
// in <…>), a Wikidata id or IRI, an entity key, or a label or alias in any
// language. Exact forms are looked up through the store's indexes; only when
// none matches does it fall back to the store's normalised-name scan
// (graph.Store.Resolve: Arabic folded, Latin case-insensitive).
func ResolveEntity(ctx context.Context, s *graph.Store, name string) ([]quad.IRI, error) {
	return resolveEntity(ctx, s, name, nil)
}

// ResolveEntityWith is ResolveEntity with a name index for the fallback:
// names not found exactly are looked up in idx (their matching form) rather
// than by scanning the store. idx may be nil.
func ResolveEntityWith(ctx context.Context, s *graph.Store, name string, idx NameSource) ([]quad.IRI, error) {
	return resolveEntity(ctx, s, name, idx)
}

func resolveEntity(ctx context.Context, s *graph.Store, name string, idx NameSource) ([]quad.IRI, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, fmt.Errorf("resolve: empty name")
	}
	v := s.Vocab()
	found := map[quad.IRI]bool{}
	entityPrefix := v.Base + "entity/"
	isEntity := func(iri quad.IRI) bool {
		if !strings.HasPrefix(string(iri), entityPrefix) {
			return false
		}
		return len(s.Objects(ctx, iri, graph.RDFType, 1)) > 0
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
		for _, e := range s.Subjects(ctx, graph.OWLSameAs, quad.IRI(graph.WD+strings.ToUpper(name)), 0) {
			found[e] = true
		}
	}
	if len(found) == 0 {
		if iri := v.Entity(name); isEntity(iri) {
			found[iri] = true
		}
	}
	if len(found) == 0 {
		for _, form := range spellings(name) {
			for _, val := range []quad.Value{quad.LangString{Value: quad.String(form), Lang: "ar"},
				quad.LangString{Value: quad.String(form), Lang: "en"}, quad.LangString{Value: quad.String(form), Lang: romanisedLang},
				quad.String(form)} {
				for _, p := range []quad.IRI{graph.RDFSLabel, graph.SKOSAltLabel} {
					for _, e := range s.Subjects(ctx, p, val, 0) {
						if strings.HasPrefix(string(e), entityPrefix) {
							found[e] = true
						}
					}
				}
			}
		}
	}
	if len(found) == 0 && idx != nil {
		for _, m := range idx.Exact(name) {
			found[quad.IRI(m)] = true
		}
		if len(found) == 0 {
			return nil, nil
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

// spellings are the forms of a name tried by exact look-up: as given, and
// for Latin names with each word capitalised ("vladimir putin" → "Vladimir
// Putin").
func spellings(name string) []string {
	out := []string{name}
	words := strings.Fields(name)
	for i, w := range words {
		r := []rune(w)
		if len(r) > 0 && r[0] < 0x80 {
			r[0] = unicode.ToUpper(r[0])
		}
		words[i] = string(r)
	}
	if t := strings.Join(words, " "); t != name {
		out = append(out, t)
	}
	return out
}
