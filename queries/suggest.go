package queries

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newskg/kg/graph"
)

// NameSearcher finds entities by the beginning of a name (NameIndex does).
type NameSearcher interface {
	Search(q string, n int) []Match
}

// maxSuggestions bounds the names offered for a name that matched nothing.
const maxSuggestions = 3

// suggest returns "; did you mean: A (a), B (b)?" for a name that designates
// no entity (see Suggest), or "" when nothing comes close. It uses
// opt.Names when that can search, else an index of the store's names.
func suggest(ctx context.Context, e *env, name string) string {
	var idx NameSearcher
	if ns, ok := e.opt.Names.(NameSearcher); ok {
		idx = ns
	}
	ms := Suggest(ctx, e.store, name, idx)
	if len(ms) == 0 {
		return ""
	}
	var out []string
	for _, m := range ms {
		s := m.Label
		if s == "" {
			s = m.IRI
		}
		if m.Name != "" && m.Name != s {
			s += " (" + m.Name + ")"
		}
		out = append(out, s)
	}
	return fmt.Sprintf("; did you mean: %s?", strings.Join(out, ", "))
}

// Suggest returns up to three entities a name that designates none may
// have meant: those having one of its words (of three letters or more) as a
// whole word of a name ("الرئيس بوتين" → Vladimir Putin), described. idx
// searches the names; nil builds an index of the store's names.
func Suggest(ctx context.Context, s *graph.Store, name string, idx NameSearcher) []Match {
	if idx == nil {
		x, err := BuildNameIndex(ctx, s)
		if err != nil {
			return nil
		}
		idx = x
	}
	seen := map[string]bool{}
	var out []Match
	for _, w := range strings.Fields(MatchForm(name)) {
		if utf8.RuneCountInString(w) < 3 {
			continue
		}
		for _, m := range idx.Search(w, 2*maxSuggestions) {
			// The word must be a whole word of the name: "president" is
			// not a hint for "Presidential Administration of Russia".
			if seen[m.IRI] || len(out) == maxSuggestions || !slices.Contains(strings.Fields(MatchForm(m.Name)), w) {
				continue
			}
			seen[m.IRI] = true
			m.EntityInfo, _ = Describe(ctx, s, m.IRI)
			out = append(out, m)
		}
	}
	return out
}
