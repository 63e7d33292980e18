package ner

import (
	"math"
	"math/rand"
	"sort"
)

// Word clusters from context vectors, a second kind of word class beside
// the exchange classes (wordclass.go): each word is described by the
// positive pointwise mutual information (PPMI, with the context counts
// raised to 0.75; Levy et al. 2015) between it and the frequent words two
// and one before and after it, and the vectors are grouped by spherical
// k-means (cosine similarity). The exchange algorithm sees only the word
// before and after; the window of two words on either side lets a name
// share a cluster with names that occur two words from the same titles
// («الرئيس السوري بشار»).

// Parameters: the kmeansCtx most frequent words (and the sentence
// boundary) are the contexts; kmeansIters passes of k-means at most.
const (
	kmeansCtx   = 1000
	kmeansIters = 15
	kmeansAlpha = 0.75
)

// sparseRow is one word's context vector: dimensions and values.
type sparseRow struct {
	dim []int32
	val []float32
}

// ppmiKMeans returns each word's cluster (0…k−1), or −1 for a word with
// no context among the frequent words.
func (cs *classCorpus) ppmiKMeans(k, iters int) []int {
	V := len(cs.words)
	rows := cs.ppmiRows()
	cls := make([]int, V)
	for i := range cls {
		cls[i] = -1
	}
	var live []int
	for w, r := range rows {
		if len(r.dim) > 0 {
			live = append(live, w)
		}
	}
	k = min(k, len(live))
	if k == 0 {
		return cls
	}
	dims := 4 * (kmeansCtx + 1)
	// Centroids, stored by dimension (cent[d*k+c]) so that a word's score
	// against every centroid is a sum of contiguous rows.
	cent := make([]float32, dims*k)
	rng := rand.New(rand.NewSource(7))
	seedCentroid := func(c int, w int) {
		r := rows[w]
		for i, d := range r.dim {
			cent[int(d)*k+c] = r.val[i]
		}
	}
	for c, j := range rng.Perm(len(live))[:k] {
		seedCentroid(c, live[j])
	}
	score := make([]float32, k)
	size := make([]int, k)
	for it := 0; it < iters; it++ {
		moves := 0
		for _, w := range live {
			clear(score)
			r := rows[w]
			for i, d := range r.dim {
				v := r.val[i]
				row := cent[int(d)*k : int(d)*k+k]
				for c := range row {
					score[c] += v * row[c]
				}
			}
			best := 0
			for c := 1; c < k; c++ {
				if score[c] > score[best] {
					best = c
				}
			}
			if cls[w] != best {
				cls[w] = best
				moves++
			}
		}
		if moves*1000 < len(live) {
			break
		}
		// New centroids: the normalised sums of their words' vectors; an
		// empty cluster takes a random word.
		clear(cent)
		clear(size)
		for _, w := range live {
			c := cls[w]
			size[c]++
			r := rows[w]
			for i, d := range r.dim {
				cent[int(d)*k+c] += r.val[i]
			}
		}
		for c := 0; c < k; c++ {
			if size[c] == 0 {
				seedCentroid(c, live[rng.Intn(len(live))])
			}
		}
		norm := make([]float64, k)
		for d := 0; d < dims; d++ {
			for c, x := range cent[d*k : d*k+k] {
				norm[c] += float64(x) * float64(x)
			}
		}
		for d := 0; d < dims; d++ {
			row := cent[d*k : d*k+k]
			for c := range row {
				if norm[c] > 0 {
					row[c] /= float32(math.Sqrt(norm[c]))
				}
			}
		}
	}
	return cls
}

// ppmiRows builds every word's L2-normalised PPMI vector over the
// contexts: dimension o*(kmeansCtx+1)+c for context word c (kmeansCtx: the
// sentence boundary) at offset o (0…3: two before, one before, one after,
// two after).
func (cs *classCorpus) ppmiRows() []sparseRow {
	V := len(cs.words)
	nctx := min(kmeansCtx, V)
	counts := make([]map[int32]float32, V)
	for _, s := range cs.sents {
		for j, w := range s {
			if int(w) >= V {
				continue
			}
			for o, off := range [4]int{-2, -1, 1, 2} {
				p := j + off
				c := int32(kmeansCtx)
				if p >= 0 && p < len(s) {
					if int(s[p]) >= nctx {
						continue
					}
					c = s[p]
				}
				if counts[w] == nil {
					counts[w] = map[int32]float32{}
				}
				counts[w][int32(o*(kmeansCtx+1))+c]++
			}
		}
	}
	dims := 4 * (kmeansCtx + 1)
	colN := make([]float64, dims)
	total := 0.0
	rowN := make([]float64, V)
	for w, m := range counts {
		for d, n := range m {
			colN[d] += float64(n)
			rowN[w] += float64(n)
			total += float64(n)
		}
	}
	colA := make([]float64, dims)
	sumA := 0.0
	for d, n := range colN {
		colA[d] = math.Pow(n, kmeansAlpha)
		sumA += colA[d]
	}
	rows := make([]sparseRow, V)
	for w, m := range counts {
		var r sparseRow
		ss := 0.0
		for d, n := range m {
			pmi := math.Log(float64(n) * sumA / (rowN[w] * colA[d]))
			if pmi <= 0 {
				continue
			}
			r.dim = append(r.dim, d)
			r.val = append(r.val, float32(pmi))
			ss += pmi * pmi
		}
		for i := range r.val {
			r.val[i] /= float32(math.Sqrt(ss))
		}
		sort.Sort(byDim(r))
		rows[w] = r
	}
	return rows
}

// byDim sorts a row by dimension, so that sums over it do not depend on
// the order of a map.
type byDim sparseRow

func (r byDim) Len() int           { return len(r.dim) }
func (r byDim) Less(i, j int) bool { return r.dim[i] < r.dim[j] }
func (r byDim) Swap(i, j int) {
	r.dim[i], r.dim[j] = r.dim[j], r.dim[i]
	r.val[i], r.val[j] = r.val[j], r.val[i]
}
