package queries

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// NameSearcher finds entities by the beginning of a name (NameIndex does).
type NameSearcher interface {
	Search(q string, n int) []Match
}

// maxSuggestions bounds the names offered for a name that matched nothing.
const maxSuggestions = 3

// suggest returns "; did you mean: A (a), B (b)?" for a name that designates
// no entity, built from the entities having one of its words as a word of
// a name ("الرئيس بوتين" → Vladimir Putin), or "" when none does. It uses
// opt.Names when that can search, else an index of the store's names.
func suggest(ctx context.Context, e *env, name string) string {
	var idx NameSearcher
	if ns, ok := e.opt.Names.(NameSearcher); ok {
		idx = ns
	} else {
		x, err := BuildNameIndex(ctx, e.store)
		if err != nil {
			return ""
		}
		idx = x
	}
	seen := map[string]bool{}
	var out []string
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
			info, _ := Describe(ctx, e.store, m.IRI)
			s := info.Label
			if s == "" {
				s = m.IRI
			}
			if m.Name != "" && m.Name != s {
				s += " (" + m.Name + ")"
			}
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return ""
	}
	return fmt.Sprintf("; did you mean: %s?", strings.Join(out, ", "))
}
