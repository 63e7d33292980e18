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

// sentNames holds one sentence's keyed spans and, once counted, its
// untagged runs of words that spell a name of the document.
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

// collectSpans finds a sentence's spans that can be propagated, with
// their keys.
func collectSpans(keys []string, tags []int) []keyedSpan {
	return appendSpans(nil, keys, tags)
}

// appendSpans appends to dst the spans collectSpans finds: the spans of
// tags (read as spansOfTags reads them) that can be propagated.
func appendSpans(dst []keyedSpan, keys []string, tags []int) []keyedSpan {
	walkSpans(tags, func(start, end, typ int) {
		if end-start <= consistMaxWords {
			if k, ok := nameKey(keys, start, end); ok {
				dst = append(dst, keyedSpan{k, start, end, typ})
			}
		}
	})
	return dst
}

// docNames are the keys of the names tagged somewhere in a document, and
// the first words of those keys (most words start none, and are passed
// over without building a key).
type docNames struct {
	names  map[string]bool
	firsts map[string]bool
	buf    []byte
}

func newDocNames(spans [][]keyedSpan, keys [][]string) *docNames {
	dn := &docNames{names: map[string]bool{}, firsts: map[string]bool{}}
	for s, sps := range spans {
		for _, ks := range sps {
			dn.names[ks.key] = true
			dn.firsts[keys[s][ks.start]] = true
		}
	}
	return dn
}

// lookup returns the key of keys[a:b] when it is a name of the document.
func (dn *docNames) lookup(keys []string, a, b int) (string, bool) {
	if !dn.firsts[keys[a]] {
		return "", false
	}
	dn.buf = append(dn.buf[:0], keys[a]...)
	for _, k := range keys[a+1 : b] {
		dn.buf = append(append(dn.buf, ' '), k...)
	}
	if !dn.names[string(dn.buf)] {
		return "", false
	}
	return string(dn.buf), true
}

// countPlain counts a sentence's runs of untagged words that spell a name
// of the document (a key of dn.names passes nameKey, as every span's key
// does).
func (dn *docNames) countPlain(keys []string, tags []int) map[string]int {
	var plain map[string]int
	for i := range keys {
		for j := i + 1; j <= len(keys) && j-i <= consistMaxWords && tags[j-1] == 0; j++ {
			if k, ok := dn.lookup(keys, i, j); ok {
				if plain == nil {
					plain = map[string]int{}
				}
				plain[k]++
			}
		}
	}
	return plain
}

// consistent applies label consistency to tags (changed in place), a
// sentence's document being the sentences within w of it (all when w < 0).
func consistent(sents [][]string, tags [][]int, w, mode int) {
	keys := make([][]string, len(sents))
	for s := range sents {
		keys[s] = consistKeys(sents[s])
	}
	consistentKeys(keys, tags, w, mode)
}

// consistentKeys is consistent with the sentences' words given by their
// consistKeys.
func consistentKeys(keys [][]string, tags [][]int, w, mode int) {
	n := len(keys)
	spans := make([][]keyedSpan, n)
	var all []keyedSpan // every sentence's spans, in order
	ends := make([]int, n)
	for s := range keys {
		all = appendSpans(all, keys[s], tags[s])
		ends[s] = len(all)
	}
	found := len(all) > 0
	for s := range keys {
		a := 0
		if s > 0 {
			a = ends[s-1]
		}
		spans[s] = all[a:ends[s]:ends[s]]
	}
	if !found {
		return
	}
	dn := newDocNames(spans, keys)
	names := make([]sentNames, n)
	for s := range keys {
		names[s] = sentNames{spans: spans[s], plain: dn.countPlain(keys[s], tags[s])}
	}
	var ent map[string]*[4]int
	var plain map[string]int
	for s := range keys {
		a, b := 0, n
		if w >= 0 {
			a, b = max(0, s-w), min(n, s+w+1)
		}
		if w >= 0 || ent == nil {
			// the whole document is every sentence's: counted once
			ent, plain = windowNames(names[a:b])
		}
		if len(ent) == 0 {
			continue
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
			addNames(keys[s], tags[s], ent, plain, dn)
		}
	}
}

// windowNames counts the names of a window of sentences by type, and how
// often each is left untagged there.
func windowNames(names []sentNames) (map[string]*[4]int, map[string]int) {
	total := 0
	for _, sn := range names {
		total += len(sn.spans)
	}
	slab := make([][4]int, 0, total) // the counts, one per key; never grown
	ent := make(map[string]*[4]int, total)
	for _, sn := range names {
		for _, ks := range sn.spans {
			c := ent[ks.key]
			if c == nil {
				slab = append(slab, [4]int{})
				c = &slab[len(slab)-1]
				ent[ks.key] = c
			}
			c[ks.typ]++
		}
	}
	plain := map[string]int{}
	for _, sn := range names {
		for k, c := range sn.plain {
			if ent[k] != nil {
				plain[k] += c
			}
		}
	}
	return ent, plain
}

// addNames tags the longest untagged runs of words whose key is a name of
// ent tagged more often than left untagged (dn: the document's names, of
// which ent's are some).
func addNames(keys []string, tags []int, ent map[string]*[4]int, plain map[string]int, dn *docNames) {
	for i := 0; i < len(keys); i++ {
		if tags[i] != 0 || !dn.firsts[keys[i]] {
			continue
		}
		for j := min(len(keys), i+consistMaxWords); j > i; j-- {
			if !allO(tags[i:j]) || j < len(tags) && isI(tags[j]) {
				continue
			}
			k, ok := dn.lookup(keys, i, j)
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
