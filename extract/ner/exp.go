package ner

import (
	"os"
	"strings"
)

// exp holds experimental switches (KG_NER_EXP, comma-separated); temporary.
var exp = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range strings.Split(os.Getenv("KG_NER_EXP"), ",") {
		if k != "" {
			m[k] = true
		}
	}
	return m
}()

// tagIdxSlow tags through featurize and per-feature look-ups.
func (m *Model) tagIdxSlow(words []string) ([]int, [][nTags]float32) {
	return m.tagIdxSlowDoc(words, nil)
}

// docWindow is the number of sentences on either side that make a
// sentence's document when no document boundaries are known.
var docWindow = 20

// tagDocSlow tags sentences as one running text, in two passes when the
// model reads document context.
func (m *Model) tagDocSlow(sents [][]string) ([][]int, [][][nTags]float32) {
	idx := make([][]int, len(sents))
	em := make([][][nTags]float32, len(sents))
	for i, s := range sents {
		idx[i], em[i] = m.tagIdxSlowDoc(s, nil)
	}
	if !m.doc {
		return idx, em
	}
	keys := make([][]string, len(sents))
	for i, s := range sents {
		keys[i] = docKeys(s)
	}
	hits := docWindowHits(keys, idx, docWindow)
	for i, s := range sents {
		idx[i], em[i] = m.tagIdxSlowDoc(s, hits[i])
	}
	return idx, em
}

func (m *Model) tagIdxSlowDoc(words []string, doc []docHit) ([]int, [][nTags]float32) {
	var sf sentFeats
	sf.doc = doc
	m.z.featurize(words, m.lex, m.ext, &sf)
	em := make([][nTags]float32, len(words))
	for i := range words {
		var s [nTags]int32
		for _, h := range sf.token(i) {
			if r := m.row(h); r != nil {
				for t := 0; t < nTags; t++ {
					s[t] += int32(r[t])
				}
			}
		}
		for t := 0; t < nTags; t++ {
			em[i][t] = float32(s[t]) * m.step
		}
		em[i][0] -= m.oBias
	}
	out := make([]int, len(words))
	viterbi(em, &m.trans, out)
	return out, em
}
