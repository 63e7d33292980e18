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
// as a token trie (Match).
type index struct {
	m    map[string][]Hit
	root *node
	max  int // longest name in tokens
}

type node struct {
	next map[string]*node
	hits []Hit
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
var typeRank = map[string]int{
	extract.Country: 0, extract.Person: 1, extract.Organization: 2, extract.Group: 3,
	extract.Place: 4, extract.Facility: 5, extract.Event: 6, extract.Agreement: 7,
	extract.Weapon: 8, extract.Work: 9,
}

// build sorts each name's hits (exact first, then by typeRank, then data
// order) and makes the trie once every name is added.
func (x *index) build() {
	for _, hits := range x.m {
		if len(hits) > 1 {
			sort.SliceStable(hits, func(i, j int) bool {
				if hits[i].Derived != hits[j].Derived {
					return !hits[i].Derived
				}
				return typeRank[hits[i].Entry.Type] < typeRank[hits[j].Entry.Type]
			})
		}
	}
	x.root = &node{next: make(map[string]*node, len(x.m))}
	// Nodes are allocated in blocks to keep the load fast.
	var pool []node
	newNode := func() *node {
		if len(pool) == 0 {
			pool = make([]node, 1024)
		}
		n := &pool[0]
		pool = pool[1:]
		return n
	}
	for name, hits := range x.m {
		n := x.root
		ntok := 0
		for rest := name; ; {
			t, after, more := strings.Cut(rest, " ")
			ntok++
			if n.next == nil {
				n.next = make(map[string]*node, 2)
			}
			nx := n.next[t]
			if nx == nil {
				nx = newNode()
				n.next[t] = nx
			}
			n = nx
			if !more {
				break
			}
			rest = after
		}
		if ntok > x.max {
			x.max = ntok
		}
		n.hits = hits
	}
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
		n := x.root
		end := -1
		var hits []Hit
		for j := i; j < len(tokens); j++ {
			n = n.next[tokens[j]]
			if n == nil {
				break
			}
			if n.hits != nil {
				end, hits = j+1, n.hits
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
