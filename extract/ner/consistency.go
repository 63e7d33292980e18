package ner

import (
	"strings"

	"github.com/newskg/kg/extract/text"
)

// Label consistency (Krishnan & Manning 2006; Mikheev et al. 1999): the
// same name is usually the same kind of name throughout a document, and a
// tagger that found it once tends to miss it elsewhere. After the second
// pass, a run of untagged words that spells, clitics and article aside, a
// name tagged elsewhere in the document is tagged as that name when the
// document tags it more often than it leaves it untagged.

// consistMaxWords is the longest name propagated.
const consistMaxWords = 5

// Consistency modes (bits).
const (
	// consistAdd tags untagged runs that spell a name found elsewhere.
	consistAdd = 1 << iota
	// consistRetype gives a name the type the document gives it most.
	consistRetype
)

// sentNames holds one sentence's keyed spans and untagged n-grams.
type sentNames struct {
	spans []keyedSpan
	plain map[string]int // key of a run of untagged words → occurrences
}

type keyedSpan struct {
	key        string
	start, end int
	typ        int
}

// consistKeys gives each word the form under which names are compared:
// clitics and article removed.
func consistKeys(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		nw := text.Normalize(w)
		if nw == "" {
			nw = w
		}
		out[i] = analyse(nw).bare
	}
	return out
}

// nameKey reports whether keys[a:b] can be a propagated name, and its key.
func nameKey(keys []string, a, b int) (string, bool) {
	if b-a == 1 && runeLen(keys[a]) < 3 {
		return "", false
	}
	letters := false
	for _, k := range keys[a:b] {
		for _, r := range k {
			if r >= 0x600 && r <= 0x6ff && !(r >= 0x660 && r <= 0x669) {
				letters = true
			}
		}
	}
	if !letters {
		return "", false
	}
	return strings.Join(keys[a:b], " "), true
}

// collectNames finds a sentence's spans and its untagged runs of words.
func collectNames(keys []string, tags []int) sentNames {
	var sn sentNames
	for _, sp := range spansOfTags(tags) {
		if sp.End-sp.Start > consistMaxWords {
			continue
		}
		if k, ok := nameKey(keys, sp.Start, sp.End); ok {
			sn.spans = append(sn.spans, keyedSpan{k, sp.Start, sp.End, typeIndex(sp.Type)})
		}
	}
	for i := range keys {
		for j := i + 1; j <= len(keys) && j-i <= consistMaxWords && tags[j-1] == 0; j++ {
			if k, ok := nameKey(keys, i, j); ok {
				if sn.plain == nil {
					sn.plain = map[string]int{}
				}
				sn.plain[k]++
			}
		}
	}
	return sn
}

// consistent applies label consistency to tags (changed in place), a
// sentence's document being the sentences within w of it (all when w < 0).
func consistent(sents [][]string, tags [][]int, w, mode int) {
	n := len(sents)
	keys := make([][]string, n)
	names := make([]sentNames, n)
	for s := range sents {
		keys[s] = consistKeys(sents[s])
		names[s] = collectNames(keys[s], tags[s])
	}
	for s := range sents {
		a, b := 0, n
		if w >= 0 {
			a, b = max(0, s-w), min(n, s+w+1)
		}
		ent := map[string]*[4]int{}
		for d := a; d < b; d++ {
			for _, ks := range names[d].spans {
				c := ent[ks.key]
				if c == nil {
					c = &[4]int{}
					ent[ks.key] = c
				}
				c[ks.typ]++
			}
		}
		if len(ent) == 0 {
			continue
		}
		plain := map[string]int{}
		for d := a; d < b; d++ {
			for k, c := range names[d].plain {
				if ent[k] != nil {
					plain[k] += c
				}
			}
		}
		if mode&consistRetype != 0 {
			for _, ks := range names[s].spans {
				best, total := majority(ent[ks.key])
				if best != ks.typ && total > 1 && ent[ks.key][best] > ent[ks.key][ks.typ] {
					setSpan(tags[s], ks.start, ks.end, best)
				}
			}
		}
		if mode&consistAdd != 0 {
			addNames(keys[s], tags[s], ent, plain)
		}
	}
}

// addNames tags the longest untagged runs of words whose key is a name of
// ent tagged more often than left untagged.
func addNames(keys []string, tags []int, ent map[string]*[4]int, plain map[string]int) {
	for i := 0; i < len(keys); i++ {
		if tags[i] != 0 {
			continue
		}
		for j := min(len(keys), i+consistMaxWords); j > i; j-- {
			if !allO(tags[i:j]) || j < len(tags) && isI(tags[j]) {
				continue
			}
			k, ok := nameKey(keys, i, j)
			if !ok || ent[k] == nil {
				continue
			}
			best, total := majority(ent[k])
			if total <= plain[k] {
				continue
			}
			setSpan(tags, i, j, best)
			i = j - 1
			break
		}
	}
}

func allO(t []int) bool {
	for _, x := range t {
		if x != 0 {
			return false
		}
	}
	return true
}

// majority returns the type with most spans and the number of spans.
func majority(c *[4]int) (best, total int) {
	for t, v := range c {
		total += v
		if v > c[best] {
			best = t
		}
	}
	return best, total
}

// setSpan tags words a..b−1 as one name of type t.
func setSpan(tags []int, a, b, t int) {
	tags[a] = 1 + 2*t
	for i := a + 1; i < b; i++ {
		tags[i] = 2 + 2*t
	}
}
