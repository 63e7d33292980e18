package catalog

import (
	"sort"
	"strings"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// Hit is one entry found under a name.
type Hit struct {
	Entry *Entry
	// Derived is true when the name matched only in a form derived by
	// dropping the article ال ("رياض" for الرياض); prefer exact hits.
	Derived bool
}

// Span is a catalogue name found in a token sequence: tokens[Start:End].
type Span struct {
	Start, End int
	Hits       []Hit // exact hits first
}

// index maps normalised names to entries, both as a flat map (Lookup) and
// as a token trie (Match). The trie is one map of edges (parent node, next
// token) → child node, which loads faster than a map per node.
type index struct {
	m     map[string][]Hit
	root  map[string]int32 // first tokens: the common, fast case
	edges map[edge]int32   // deeper edges
	hits  [][]Hit          // per trie node; node 0 is the root
	max   int              // longest name in tokens
}

type edge struct {
	parent int32
	tok    string
}

func newIndex(size int) *index { return &index{m: make(map[string][]Hit, size)} }

// add indexes norm → e; an exact hit replaces a derived one for the same
// entry, and exact hits sort before derived ones.
func (x *index) add(norm string, e *Entry, derived bool) {
	if norm == "" {
		return
	}
	hits := x.m[norm]
	for i, h := range hits {
		if h.Entry == e {
			if h.Derived && !derived {
				hits = append(hits[:i], hits[i+1:]...)
				break
			}
			return
		}
	}
	h := Hit{Entry: e, Derived: derived}
	if derived {
		hits = append(hits, h)
	} else {
		// insert after the last exact hit
		i := 0
		for i < len(hits) && !hits[i].Derived {
			i++
		}
		hits = append(hits, Hit{})
		copy(hits[i+1:], hits[i:])
		hits[i] = h
	}
	x.m[norm] = hits
}

// typeRank orders the entries an ambiguous name denotes: countries first
// ("عمان" is Oman before Amman), then people, organisations, groups,
// places and the rest.
var typeRank = map[extract.EntityType]int{
	extract.Country: 0, extract.Person: 1, extract.Organization: 2, extract.Group: 3,
	extract.Place: 4, extract.Facility: 5, extract.Event: 6, extract.Agreement: 7,
	extract.Weapon: 8, extract.Work: 9,
}

// build sorts each name's hits (exact first, then by typeRank, then data
// order) and makes the trie once every name is added.
func (x *index) build() {
	x.root = make(map[string]int32, len(x.m))
	x.edges = make(map[edge]int32, len(x.m)/2)
	x.hits = make([][]Hit, 1, max(1, len(x.m)*3/2)) // node 0, also for an empty index
	for name, hits := range x.m {
		if len(hits) > 1 {
			sort.SliceStable(hits, func(i, j int) bool {
				if hits[i].Derived != hits[j].Derived {
					return !hits[i].Derived
				}
				return typeRank[hits[i].Entry.Type] < typeRank[hits[j].Entry.Type]
			})
		}
		var cur int32
		ntok := 0
		for rest := name; ; {
			t, after, more := strings.Cut(rest, " ")
			ntok++
			child, ok := x.child(cur, t)
			if !ok {
				child = int32(len(x.hits))
				x.hits = append(x.hits, nil)
				if cur == 0 {
					x.root[t] = child
				} else {
					x.edges[edge{cur, t}] = child
				}
			}
			cur = child
			if !more {
				break
			}
			rest = after
		}
		if ntok > x.max {
			x.max = ntok
		}
		x.hits[cur] = hits
	}
}

// child follows the trie edge from node cur by token t.
func (x *index) child(cur int32, t string) (int32, bool) {
	if cur == 0 {
		c, ok := x.root[t]
		return c, ok
	}
	c, ok := x.edges[edge{cur, t}]
	return c, ok
}

func entriesOf(hits []Hit) []*Entry {
	if len(hits) == 0 {
		return nil
	}
	out := make([]*Entry, len(hits))
	for i, h := range hits {
		out[i] = h.Entry
	}
	return out
}

// match finds leftmost-longest names in tokens with the trie.
func (x *index) match(tokens []string) []Span {
	var out []Span
	for i := 0; i < len(tokens); {
		var cur int32
		end := -1
		var hits []Hit
		for j := i; j < len(tokens); j++ {
			child, ok := x.child(cur, tokens[j])
			if !ok {
				break
			}
			cur = child
			if x.hits[cur] != nil {
				end, hits = j+1, x.hits[cur]
			}
		}
		if end < 0 {
			i++
			continue
		}
		out = append(out, Span{Start: i, End: end, Hits: hits})
		i = end
	}
	return out
}

// matchNgrams is the alternative to match: join n-grams and probe the map,
// longest first. Kept for the benchmark that chose the trie.
func (x *index) matchNgrams(tokens []string) []Span {
	var out []Span
	for i := 0; i < len(tokens); {
		found := false
		for n := min(x.max, len(tokens)-i); n >= 1; n-- {
			if hits, ok := x.m[strings.Join(tokens[i:i+n], " ")]; ok {
				out = append(out, Span{Start: i, End: i + n, Hits: hits})
				i += n
				found = true
				break
			}
		}
		if !found {
			i++
		}
	}
	return out
}

// Lookup returns the entries a normalised name (text.Normalize form:
// Arabic folded, Latin lower-cased) denotes, exact hits before derived
// ones; several entries when the name is ambiguous.
func (c *Catalog) Lookup(norm string) []*Entry { return entriesOf(c.names.m[norm]) }

// LookupHits is Lookup with the Derived mark of each hit.
func (c *Catalog) LookupHits(norm string) []Hit { return c.names.m[norm] }

// LookupName normalises s with text.Normalize and looks it up.
func (c *Catalog) LookupName(s string) []*Entry { return c.Lookup(text.Normalize(s)) }

// LookupAdjective returns the entries a normalised Arabic adjective refers
// to: "الروسيه" → Russia. Generated forms (feminine, with and without ال,
// sound plurals) are indexed besides the written ones.
func (c *Catalog) LookupAdjective(norm string) []*Entry { return entriesOf(c.adjs.m[norm]) }

// MaxNameTokens is the length in tokens of the longest indexed name.
func (c *Catalog) MaxNameTokens() int { return c.names.max }

// MaxAdjectiveTokens is the length in tokens of the longest adjective form.
func (c *Catalog) MaxAdjectiveTokens() int { return c.adjs.max }

// Match finds catalogue names in a sequence of normalised tokens, leftmost
// longest first, without overlaps. Tokens must be text.Normalize forms,
// one word each.
func (c *Catalog) Match(tokens []string) []Span { return c.names.match(tokens) }

// MatchAdjectives finds nationality adjectives in normalised tokens, like Match.
func (c *Catalog) MatchAdjectives(tokens []string) []Span { return c.adjs.match(tokens) }

// Best picks the most likely entry among those a name denotes, for a
// document dated at (zero: undated): a person holding an office on that
// day first, then the first entry in Lookup order (exact hits, countries
// before people before organisations before places…). It returns nil for
// no entries.
func (c *Catalog) Best(entries []*Entry, at time.Time) *Entry {
	if len(entries) == 0 {
		return nil
	}
	if !at.IsZero() && len(entries) > 1 {
		for _, e := range entries {
			if e.Type == extract.Person && len(c.Offices(e.Key, at)) > 0 {
				return e
			}
		}
	}
	return entries[0]
}

// CountryWords returns the words (normalised) that name one country
// without doubt: nationality adjectives in every indexed form (روسي،
// الروسية، الروس) and one-word names whose exact hits all belong to the same
// country (a capital, a city, the country itself), each mapped to that
// country's key. It is built once; the map must not be modified.
func (c *Catalog) CountryWords() map[string]string {
	c.countryOnce.Do(func() {
		m := map[string]string{}
		one := func(hits []Hit, exactOnly bool) string {
			country := ""
			for _, h := range hits {
				if exactOnly && h.Derived {
					continue
				}
				co, ok := c.CountryOf(h.Entry.Key)
				if !ok || (country != "" && co.Key != country) {
					return ""
				}
				country = co.Key
			}
			return country
		}
		for norm, hits := range c.adjs.m {
			if co := one(hits, false); co != "" {
				m[norm] = co
			}
		}
		for norm, hits := range c.names.m {
			if strings.ContainsRune(norm, ' ') {
				continue
			}
			if _, ok := m[norm]; ok {
				continue
			}
			if co := one(hits, true); co != "" {
				m[norm] = co
			}
		}
		c.countryWords = m
	})
	return c.countryWords
}
