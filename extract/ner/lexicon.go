package ner

import (
	"sort"
	"strings"

	"github.com/newskg/kg/extract/text"
)

// Gazetteer tells which entity types (PERS, LOC, ORG, MISC) a normalised
// name — one word or several joined by single spaces — is known as.
type Gazetteer interface {
	Types(norm string) []string
}

// maxGazWords is the longest name, in words, the tagger looks up.
const maxGazWords = 5

// Lexicon is an in-memory Gazetteer that is saved inside the model file, so
// the names the model was trained with are the names it tags with.
type Lexicon struct {
	m     map[string]uint8 // name → bit set over Types
	first map[string]bool  // first words of multi-word names
	more  map[string]bool  // the first two words or more of names longer than that
	// parts maps a single normalised word to the types of entity it is
	// part of: bit t when in at least a third of its occurrences, bit t+4
	// when in at least two thirds.
	parts map[string]uint8
	// freq buckets how often a normalised word occurs in the training
	// text: 1 once, 2 up to 4 times, 3 more often; absent when never.
	freq map[string]uint8
	// bits marks single normalised words with word classes (wGiven,
	// wFamily, wAdj), e.g. from the catalogue's people and adjectives.
	bits map[string]uint8
}

// Word classes of Lexicon.bits.
const (
	wGiven  uint8 = 1 << iota // first word of a person's name
	wFamily                   // last word of a person's name
	wAdj                      // nationality or relational adjective
)

// NewLexicon returns an empty Lexicon.
func NewLexicon() *Lexicon {
	return &Lexicon{m: map[string]uint8{}, first: map[string]bool{}, more: map[string]bool{}, parts: map[string]uint8{}, freq: map[string]uint8{}, bits: map[string]uint8{}}
}

// Add records norm (normalised, words joined by single spaces) as a name of
// type typ (PERS, LOC, ORG or MISC); other types are ignored.
func (l *Lexicon) Add(norm, typ string) {
	t := typeBit(typ)
	if t == 0 || norm == "" {
		return
	}
	l.m[norm] |= t
	if i := strings.IndexByte(norm, ' '); i > 0 {
		l.first[norm[:i]] = true
		for j := i + 1; j < len(norm); j++ {
			if norm[j] == ' ' {
				l.more[norm[:j]] = true
			}
		}
	}
}

// Merge adds every name of o to l.
func (l *Lexicon) Merge(o *Lexicon) {
	if o == nil {
		return
	}
	for k, v := range o.parts {
		l.parts[k] |= v
	}
	for k, v := range o.freq {
		l.freq[k] = max(l.freq[k], v)
	}
	for k, v := range o.bits {
		l.bits[k] |= v
	}
	for k, v := range o.m {
		for t := 0; t < len(Types); t++ {
			if v&(1<<t) != 0 {
				l.Add(k, Types[t])
			}
		}
	}
}

// Len is the number of names.
func (l *Lexicon) Len() int { return len(l.m) }

// Types implements Gazetteer.
func (l *Lexicon) Types(norm string) []string {
	return maskTypes(l.m[norm])
}

// names returns the names in sorted order, for deterministic saving.
func (l *Lexicon) names() []string {
	out := make([]string, 0, len(l.m))
	for k := range l.m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func typeBit(typ string) uint8 {
	for i, t := range Types {
		if t == typ {
			return 1 << i
		}
	}
	return 0
}

func maskTypes(m uint8) []string {
	if m == 0 {
		return nil
	}
	var out []string
	for i, t := range Types {
		if m&(1<<i) != 0 {
			out = append(out, t)
		}
	}
	return out
}

// LexiconFromSentences builds a Lexicon of the entity names in sents: a
// name (as normalised, and with its first word's proclitics removed) is kept
// with type T when at least half of its occurrences in the text, as any
// word n-gram, are tagged as a T entity.
func LexiconFromSentences(sents []Sentence) *Lexicon {
	type key struct {
		name string
		typ  int
	}
	ent := map[key]int{}
	names := map[string]bool{}
	for _, s := range sents {
		norms := normAll(s.Words)
		for _, sp := range spansOfTags(tagIdx(s.Tags)) {
			for _, name := range nameVariants(norms[sp.Start:sp.End]) {
				ent[key{name, typeIndex(sp.Type)}]++
				names[name] = true
			}
		}
	}
	// Count every occurrence of the candidate names, entity or not.
	total := map[string]int{}
	for _, s := range sents {
		norms := normAll(s.Words)
		for i := range norms {
			for n := 1; n <= maxGazWords && i+n <= len(norms); n++ {
				for _, name := range nameVariants(norms[i : i+n]) {
					if names[name] {
						total[name]++
					}
				}
			}
		}
	}
	l := NewLexicon()
	// Word-level: how often each word sits inside an entity of each type.
	type wc struct {
		n   int
		typ [4]int
	}
	words := map[string]*wc{}
	for _, s := range sents {
		norms := normAll(s.Words)
		tags := tagIdx(s.Tags)
		for i, w := range norms {
			c := words[w]
			if c == nil {
				c = &wc{}
				words[w] = c
			}
			c.n++
			if tags[i] != 0 {
				c.typ[typeOf(tags[i])]++
			}
		}
	}
	for w, c := range words {
		switch {
		case c.n >= 5:
			l.freq[w] = 3
		case c.n >= 2:
			l.freq[w] = 2
		default:
			l.freq[w] = 1
		}
		var m uint8
		for t, k := range c.typ {
			if 3*k >= c.n && k > 0 {
				m |= 1 << t
			}
			if 3*k >= 2*c.n && k > 0 {
				m |= 1 << (t + 4)
			}
		}
		if m != 0 {
			l.parts[w] = m
		}
	}
	for k, c := range ent {
		if 2*c >= total[k.name] {
			l.Add(k.name, Types[k.typ])
		}
	}
	return l
}

// nameVariants gives the lookup keys of a run of normalised words: joined
// as is and, when different, with the first word's proclitics removed.
func nameVariants(words []string) []string {
	a := strings.Join(words, " ")
	f := analyse(words[0])
	if f.free == words[0] {
		return []string{a}
	}
	rest := a[len(words[0]):]
	return []string{a, f.free + rest}
}

func typeIndex(t string) int {
	for i, x := range Types {
		if x == t {
			return i
		}
	}
	return -1
}

func tagIdx(tags []string) []int {
	out := make([]int, len(tags))
	for i, t := range tags {
		out[i], _ = tagIndex(t)
	}
	return out
}

// normAll normalises each word (a word that normalises to nothing stays as is).
func normAll(words []string) []string {
	out := make([]string, len(words))
	var buf []byte
	for i, w := range words {
		out[i], buf = normalOf(w, buf)
	}
	return out
}

// normalOf returns text.Normalize(w), or w when that is empty, with buf as
// scratch space (returned for reuse): no allocation when w is normal
// already, one when foldSimple can fold it, as emissionsFast does.
func normalOf(w string, buf []byte) (string, []byte) {
	nb, ok, changed := foldSimple(buf[:0], w)
	switch {
	case ok && !changed:
		return w, nb
	case ok && len(nb) > 0:
		return string(nb), nb
	case ok:
		return w, nb // folds to nothing
	}
	if n := text.Normalize(w); n != "" {
		return n, nb
	}
	return w, nb
}
