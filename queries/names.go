package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract/text"
	"github.com/newskg/kg/graph"
)

// NameIndex finds entities by the beginning of any of their names (labels
// and aliases, every language), compared in matching form: Arabic
// normalised (text.Normalize), Latin lower-cased.
type NameIndex struct {
	names []indexedName // sorted by form
}

type indexedName struct {
	form string // matching form
	text string // as stored
	iri  string
}

// Match is one entity found by Search.
type Match struct {
	IRI string `json:"iri"`
	// Name is the name that matched, as stored.
	Name string `json:"name"`
	EntityInfo
}

// MatchForm is the form in which names are compared.
func MatchForm(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(text.Normalize(s))), " ")
}

// BuildNameIndex reads every label and alias of the store's entities.
func BuildNameIndex(ctx context.Context, s *graph.Store) (*NameIndex, error) {
	prefix := s.Vocab().Base + "entity/"
	idx := &NameIndex{}
	for _, p := range []quad.IRI{graph.RDFSLabel, graph.SKOSAltLabel} {
		err := s.EachQuadWith(ctx, quad.Predicate, p, func(q quad.Quad) error {
			sub, ok := q.Subject.(quad.IRI)
			if !ok || !strings.HasPrefix(string(sub), prefix) {
				return nil
			}
			name, _ := cleanValue(q.Object).(string)
			if name == "" {
				return nil
			}
			idx.names = append(idx.names, indexedName{form: MatchForm(name), text: name, iri: string(sub)})
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("name index: %w", err)
		}
	}
	sort.Slice(idx.names, func(i, j int) bool {
		a, b := idx.names[i], idx.names[j]
		if a.form != b.form {
			return a.form < b.form
		}
		return a.iri < b.iri
	})
	return idx, nil
}

// Exact returns the IRIs of the entities having a name whose matching form
// equals that of q.
func (x *NameIndex) Exact(q string) []string {
	f := MatchForm(q)
	var out []string
	seen := map[string]bool{}
	for i := sort.Search(len(x.names), func(i int) bool { return x.names[i].form >= f }); i < len(x.names) && x.names[i].form == f; i++ {
		if !seen[x.names[i].iri] {
			seen[x.names[i].iri] = true
			out = append(out, x.names[i].iri)
		}
	}
	sort.Strings(out)
	return out
}

// Len returns the number of names indexed.
func (x *NameIndex) Len() int { return len(x.names) }

// Search returns up to n entities having a name that begins with q, or a
// word of a name that begins with q: whole-name matches first, then
// whole-name prefixes, then word prefixes; ties by name.
func (x *NameIndex) Search(q string, n int) []Match {
	f := MatchForm(q)
	if f == "" || n <= 0 {
		return nil
	}
	type hit struct {
		rank int
		name indexedName
	}
	best := map[string]hit{}
	consider := func(rank int, nm indexedName) {
		if h, ok := best[nm.iri]; !ok || rank < h.rank || (rank == h.rank && len(nm.text) < len(h.name.text)) {
			best[nm.iri] = hit{rank, nm}
		}
	}
	// Whole-name prefixes: a binary search finds the run.
	i := sort.Search(len(x.names), func(i int) bool { return x.names[i].form >= f })
	for ; i < len(x.names) && strings.HasPrefix(x.names[i].form, f); i++ {
		rank := 1
		if x.names[i].form == f {
			rank = 0
		}
		consider(rank, x.names[i])
	}
	// Word prefixes inside longer names.
	sp := " " + f
	for _, nm := range x.names {
		if strings.Contains(nm.form, sp) {
			consider(2, nm)
		}
	}
	hits := make([]hit, 0, len(best))
	for _, h := range best {
		hits = append(hits, h)
	}
	sort.Slice(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if a.rank != b.rank {
			return a.rank < b.rank
		}
		if a.name.form != b.name.form {
			return a.name.form < b.name.form
		}
		return a.name.iri < b.name.iri
	})
	if len(hits) > n {
		hits = hits[:n]
	}
	out := make([]Match, len(hits))
	for i, h := range hits {
		out[i] = Match{IRI: h.name.iri, Name: h.name.text}
	}
	return out
}
