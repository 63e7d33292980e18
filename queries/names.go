package queries

import (
	"context"
	"fmt"
	"slices"
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
	names []indexedName // sorted by form, each (form, text, IRI) once
	words []wordStart   // every word of a name after its first, sorted by the rest of the name from it
}

// wordStart is where a word begins in a name of names: the name's form from
// that word on.
type wordStart struct {
	rest string
	name int32
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
		if a.iri != b.iri {
			return a.iri < b.iri
		}
		return a.text < b.text
	})
	// Every document repeats its entities' names: keep each once.
	idx.names = slices.Compact(idx.names)
	for i, nm := range idx.names {
		for j := 0; j < len(nm.form); j++ {
			if nm.form[j] == ' ' && j+1 < len(nm.form) {
				idx.words = append(idx.words, wordStart{nm.form[j+1:], int32(i)})
			}
		}
	}
	sort.Slice(idx.words, func(i, j int) bool { return idx.words[i].rest < idx.words[j].rest })
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
// whole-name prefixes, then word prefixes; ties by name (each entity
// under its first name in that order). It reads the names it returns, not
// every name with the prefix.
func (x *NameIndex) Search(q string, n int) []Match {
	f := MatchForm(q)
	if f == "" || n <= 0 {
		return nil
	}
	var out []Match
	seen := map[string]bool{}
	add := func(nm indexedName) {
		if !seen[nm.iri] && len(out) < n {
			seen[nm.iri] = true
			out = append(out, Match{IRI: nm.iri, Name: nm.text})
		}
	}
	// Whole names equal to q, then beginning with it: one run of the
	// sorted names. Among equal names, an entity's shortest spelling.
	i := sort.Search(len(x.names), func(i int) bool { return x.names[i].form >= f })
	j := i
	for j < len(x.names) && x.names[j].form == f {
		j++
	}
	exact := slices.Clone(x.names[i:j])
	slices.SortStableFunc(exact, func(a, b indexedName) int {
		if a.iri != b.iri {
			return strings.Compare(a.iri, b.iri)
		}
		return len(a.text) - len(b.text)
	})
	for _, nm := range exact {
		add(nm)
	}
	for ; j < len(x.names) && len(out) < n && strings.HasPrefix(x.names[j].form, f); j++ {
		add(x.names[j])
	}
	if len(out) >= n {
		return out
	}
	// Words inside longer names: a run of the sorted words, ordered by
	// the whole name (at most maxWordHits of them looked at).
	var words []indexedName
	for k := sort.Search(len(x.words), func(k int) bool { return x.words[k].rest >= f }); k < len(x.words) && strings.HasPrefix(x.words[k].rest, f) && len(words) < maxWordHits; k++ {
		words = append(words, x.names[x.words[k].name])
	}
	slices.SortFunc(words, func(a, b indexedName) int {
		if a.form != b.form {
			return strings.Compare(a.form, b.form)
		}
		return strings.Compare(a.iri, b.iri)
	})
	for _, nm := range words {
		add(nm)
	}
	return out
}

// maxWordHits bounds the word matches one search sorts.
const maxWordHits = 10000
