package ner

import (
	"fmt"
	"math/rand"

	"github.com/newskg/kg/internal/lbfgs"
)

// trainCRFLBFGS learns linear-chain CRF weights by L-BFGS on the
// log-likelihood of the whole training data with an L2 penalty (opt.L2/2
// times the squared weights), for opt.Iters iterations at most. Word
// dropout is a fixed draw: a share opt.WordDrop of the tokens are read
// without the features that name the word, throughout training. Arguments
// and results as trainPerceptron's.
func trainCRFLBFGS(feats [][][]int32, nid [][]uint8, gold [][]int, nf int, opt TrainOptions) ([]float32, [nTags + 1][nTags]float32) {
	nw := nf * nTags
	view := feats
	if opt.WordDrop > 0 {
		drop := rand.New(rand.NewSource(opt.Seed + 31))
		view = make([][][]int32, len(feats))
		for si, s := range feats {
			v := make([][]int32, len(s))
			for j, fs := range s {
				v[j] = fs
				if drop.Float64() < opt.WordDrop {
					v[j] = fs[nid[si][j]:]
				}
			}
			view[si] = v
		}
	}
	view, keep := pruneRare(view, nf, crfMinCount)
	nk := len(keep) * nTags
	obj := crfObjective(view, gold, nk, opt.L2)
	calls := 0
	fg := func(w, g []float64) float64 {
		f := obj(w, g)
		calls++
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "evaluation %d: objective %.1f\n", calls, f)
		}
		return f
	}
	w := lbfgs.Minimize(nk+(nTags+1)*nTags, fg, opt.Iters, 1e-3)
	ws := make([]float32, nw)
	for k, id := range keep {
		for t := 0; t < nTags; t++ {
			ws[int(id)*nTags+t] = float32(w[k*nTags+t])
		}
	}
	var tr [nTags + 1][nTags]float32
	for a := range tr {
		for b := range tr[a] {
			tr[a][b] = float32(w[nk+a*nTags+b])
		}
	}
	return ws, tr
}

// crfMinCount is the fewest tokens a feature must occur with for the CRF
// to weigh it: rarer ones would only be fitted to their few tokens, and
// make each L-BFGS iteration slower.
const crfMinCount = 2

// pruneRare renumbers the features of feats (ids < nf) that occur at
// least min times as 0, 1, … and drops the others; keep[k] is the old id
// of new id k.
func pruneRare(feats [][][]int32, nf, min int) ([][][]int32, []int32) {
	count := make([]int32, nf)
	for _, s := range feats {
		for _, ids := range s {
			for _, id := range ids {
				count[id]++
			}
		}
	}
	newID := make([]int32, nf)
	var keep []int32
	for id, c := range count {
		newID[id] = -1
		if int(c) >= min {
			newID[id] = int32(len(keep))
			keep = append(keep, int32(id))
		}
	}
	out := make([][][]int32, len(feats))
	for si, s := range feats {
		v := make([][]int32, len(s))
		for j, ids := range s {
			r := make([]int32, 0, len(ids))
			for _, id := range ids {
				if n := newID[id]; n >= 0 {
					r = append(r, n)
				}
			}
			v[j] = r
		}
		out[si] = v
	}
	return out, keep
}

// crfObjective returns the function L-BFGS minimises: the negative
// log-likelihood of the gold tags of the sentences feats (feature ids per
// token) plus l2/2 times the squared feature weights, at parameters w (nw
// feature weights, nf×nTags, then the (nTags+1)×nTags transitions), with
// its gradient written into g.
func crfObjective(feats [][][]int32, gold [][]int, nw int, l2 float64) func(w, g []float64) float64 {
	var cb crfBuf
	return func(w, g []float64) float64 {
		clear(g)
		var tr [nTags + 1][nTags]float64
		for a := range tr {
			copy(tr[a][:], w[nw+a*nTags:nw+a*nTags+nTags])
		}
		f := 0.0
		for si, s := range feats {
			f -= cb.gradient(s, gold[si], w, 1, &tr)
			gs := gold[si]
			for i, ids := range s {
				p := &cb.marg[i]
				for _, id := range ids {
					r := g[int(id)*nTags : int(id)*nTags+nTags]
					for t := 0; t < nTags; t++ {
						r[t] += p[t]
					}
					r[gs[i]]--
				}
			}
			for a := range cb.dtr {
				for b, d := range cb.dtr[a] {
					g[nw+a*nTags+b] -= d
				}
			}
		}
		for j := 0; j < nw; j++ {
			f += l2 / 2 * w[j] * w[j]
			g[j] += l2 * w[j]
		}
		return f
	}
}
