package ner

import (
	"math"
	"sort"
	"strings"
)

// Distributional word classes, learned without labels: words that occur
// between the same kinds of words fall in the same class, so that a name
// the tagged data never showed still shares a feature with names it did
// (the standard remedy for sparse names in a small NER corpus; Brown et
// al. 1992, Koo et al. 2008). The classes are those of a class bigram
// model fitted by the exchange algorithm (Kneser & Ney 1993; Martin et al.
// 1998), at several numbers of classes: each granularity is one feature,
// as the prefixes of a Brown-cluster path would be. Words are keyed by
// their clitic-free bare form (analyse), so وبالحكومة and الحكومة count
// as one word.

// classLevels is the number of class features a word has: the exchange
// classes at each of classSizes, then (kmeansLevel) the cluster of its
// PPMI context vector (wordvec.go), 0 when the model has none.
const classLevels = 4

var classSizes = [...]int{64, 256, 1024}

// kmeansLevel is the index of the k-means cluster among a word's classes.
const kmeansLevel = len(classSizes)

// Learning parameters: words seen fewer than classMinCount times get no
// class; classIters passes of the exchange algorithm at most.
const (
	classMinCount = 2
	classIters    = 12
)

// wordClasses maps a bare word form to its class at each granularity
// (class ids start at 1; 0 means none).
type wordClasses struct {
	m map[string][classLevels]uint16
}

// of returns the classes of a word's analysis: those of its bare form or,
// when that has none, of the form without a preposition ب ل ك (بحلب →
// حلب); zeros when neither has.
func (c *wordClasses) of(f forms) [classLevels]uint16 {
	if c == nil {
		return [classLevels]uint16{}
	}
	if v, ok := c.m[f.bare]; ok || f.prep == f.free {
		return v
	}
	return c.m[f.prep]
}

// learnWordClasses fits word classes to running text (sentences of words
// as written) at every granularity of classSizes and, when kmeans > 0,
// clusters the words' PPMI context vectors into kmeans clusters.
func learnWordClasses(sents [][]string, kmeans int) *wordClasses {
	cs := newClassCorpus(sents)
	out := &wordClasses{m: make(map[string][classLevels]uint16, len(cs.words))}
	set := func(lv int, cls []int) {
		for i, w := range cs.words {
			if cls[i] < 0 {
				continue
			}
			v := out.m[w]
			v[lv] = uint16(cls[i] + 1)
			out.m[w] = v
		}
	}
	for lv, k := range classSizes {
		set(lv, cs.exchange(k, classIters))
	}
	if kmeans > 0 {
		set(kmeansLevel, cs.ppmiKMeans(kmeans, kmeansIters))
	}
	return out
}

// wide reports whether any word has a k-means cluster (the model then
// saves classLevels classes a word, else len(classSizes)).
func (c *wordClasses) wide() bool {
	for _, v := range c.m {
		if v[kmeansLevel] != 0 {
			return true
		}
	}
	return false
}

// classCorpus is the bigram statistics of a text over its vocabulary:
// words 0…V−1 in order of frequency, then the sentence boundary (V) and
// the rare words together (V+1), which keep classes of their own.
type classCorpus struct {
	words       []string
	left, right [][]nbr   // left[w]: the words before w, with counts
	self        []int     // times w follows itself
	sents       [][]int32 // the text as word ids (V+1: a rare word)
	nl, nr      []int     // times w is the left, right word of a bigram
	total       int       // bigrams
}

type nbr struct{ id, n int32 }

func newClassCorpus(sents [][]string) *classCorpus {
	// A word is counted under its bare form or, when that is rare and the
	// form without a preposition is not, under the latter (as in of).
	fs := make([][]forms, len(sents))
	count := map[string]int{}
	for i, s := range sents {
		fs[i] = make([]forms, len(s))
		for j, nw := range normAll(s) {
			fs[i][j] = analyse(nw)
			count[fs[i][j].bare]++
		}
	}
	keyed := make([][]string, len(sents))
	for i, s := range fs {
		k := make([]string, len(s))
		for j, f := range s {
			k[j] = f.bare
			if count[f.bare] < classMinCount && f.prep != f.free && count[f.prep] >= classMinCount {
				k[j] = f.prep
			}
		}
		keyed[i] = k
	}
	count = map[string]int{}
	for _, s := range keyed {
		for _, w := range s {
			count[w]++
		}
	}
	var words []string
	for w, n := range count {
		if n >= classMinCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if count[words[i]] != count[words[j]] {
			return count[words[i]] > count[words[j]]
		}
		return words[i] < words[j]
	})
	id := make(map[string]int32, len(words))
	for i, w := range words {
		id[w] = int32(i)
	}
	V := len(words)
	bos, rare := int32(V), int32(V+1)
	big := map[[2]int32]int32{}
	ids := make([][]int32, len(keyed))
	for i, s := range keyed {
		ids[i] = make([]int32, len(s))
		prev := bos
		for j := 0; j <= len(s); j++ {
			cur := bos
			if j < len(s) {
				cur = rare
				if k, ok := id[s[j]]; ok {
					cur = k
				}
				ids[i][j] = cur
			}
			big[[2]int32{prev, cur}]++
			prev = cur
		}
	}
	cs := &classCorpus{sents: ids, words: words, left: make([][]nbr, V+2), right: make([][]nbr, V+2),
		self: make([]int, V+2), nl: make([]int, V+2), nr: make([]int, V+2)}
	keys := make([][2]int32, 0, len(big))
	for k := range big {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		a, b, n := k[0], k[1], big[k]
		cs.total += int(n)
		cs.nl[a] += int(n)
		cs.nr[b] += int(n)
		if a == b {
			cs.self[a] += int(n)
			continue
		}
		cs.right[a] = append(cs.right[a], nbr{b, n})
		cs.left[b] = append(cs.left[b], nbr{a, n})
	}
	return cs
}

// exchange clusters the vocabulary into k classes, maximising the
// likelihood of the class bigram model: Σ N(c,d) log N(c,d) − Σ Nl(c) log
// Nl(c) − Σ Nr(c) log Nr(c). It returns each word's class.
func (cs *classCorpus) exchange(k, iters int) []int {
	V := len(cs.words)
	k = max(1, min(k, V))
	C := k + 2 // the boundary and the rare words are classes k and k+1
	cls := make([]int, V+2)
	for w := 0; w < V; w++ {
		cls[w] = w % k
	}
	cls[V], cls[V+1] = k, k+1
	N := make([]int, C*C)
	Nl := make([]int, C)
	Nr := make([]int, C)
	for a := 0; a < V+2; a++ {
		Nl[cls[a]] += cs.nl[a]
		Nr[cls[a]] += cs.nr[a]
		N[cls[a]*C+cls[a]] += cs.self[a]
		for _, r := range cs.right[a] {
			N[cls[a]*C+cls[r.id]] += int(r.n)
		}
	}
	flog := make([]float64, cs.total+1)
	for i := 1; i < len(flog); i++ {
		flog[i] = float64(i) * math.Log(float64(i))
	}
	f := func(x int) float64 { return flog[x] }
	rC := make([]int, C)
	lC := make([]int, C)
	var rT, lT []int
	for it := 0; it < iters; it++ {
		moves := 0
		for w := 0; w < V; w++ {
			rT, lT = rT[:0], lT[:0]
			for _, r := range cs.right[w] {
				c := cls[r.id]
				if rC[c] == 0 {
					rT = append(rT, c)
				}
				rC[c] += int(r.n)
			}
			for _, l := range cs.left[w] {
				c := cls[l.id]
				if lC[c] == 0 {
					lT = append(lT, c)
				}
				lC[c] += int(l.n)
			}
			s, nl, nr := cs.self[w], cs.nl[w], cs.nr[w]
			move := func(b, sign int) {
				for _, c := range rT {
					N[b*C+c] += sign * rC[c]
				}
				for _, c := range lT {
					N[c*C+b] += sign * lC[c]
				}
				N[b*C+b] += sign * s
				Nl[b] += sign * nl
				Nr[b] += sign * nr
			}
			a := cls[w]
			move(a, -1)
			gain := func(b int) float64 {
				d := 0.0
				row := N[b*C : b*C+C]
				for _, c := range rT {
					if c != b {
						d += f(row[c]+rC[c]) - f(row[c])
					}
				}
				for _, c := range lT {
					if c != b {
						x := N[c*C+b]
						d += f(x+lC[c]) - f(x)
					}
				}
				bb := row[b]
				d += f(bb+rC[b]+lC[b]+s) - f(bb)
				d -= f(Nl[b]+nl) - f(Nl[b])
				d -= f(Nr[b]+nr) - f(Nr[b])
				return d
			}
			best, bestGain := a, gain(a)
			for b := 0; b < k; b++ {
				if b == a {
					continue
				}
				if g := gain(b); g > bestGain+1e-9 {
					best, bestGain = b, g
				}
			}
			move(best, 1)
			if best != a {
				cls[w] = best
				moves++
			}
			for _, c := range rT {
				rC[c] = 0
			}
			for _, c := range lT {
				lC[c] = 0
			}
		}
		if moves*1000 < V {
			break
		}
	}
	return cls[:V]
}

// namesText returns the names of a lexicon as word sequences, for learning
// word classes from the catalogue's names as well as running text.
func namesText(l *Lexicon) [][]string {
	if l == nil {
		return nil
	}
	names := l.names()
	out := make([][]string, 0, len(names))
	for _, n := range names {
		out = append(out, strings.Fields(n))
	}
	return out
}
