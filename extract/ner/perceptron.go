package ner

import (
	"fmt"
	"math/rand"
)

// trainPerceptrons averages the weights of opt.Ensemble perceptrons
// trained with seeds opt.Seed, opt.Seed+1000, …: the scores of the average
// are the average of their scores, so the ensemble costs nothing more to
// run than one model.
func trainPerceptrons(feats [][][]int32, nid [][]uint8, gold [][]int, nf int, opt TrainOptions) ([]float32, [nTags + 1][nTags]float32) {
	ws, tr := trainPerceptron(feats, nid, gold, nf, opt)
	k := max(1, opt.Ensemble)
	for j := 1; j < k; j++ {
		o := opt
		o.Seed = opt.Seed + int64(1000*j)
		w2, tr2 := trainPerceptron(feats, nid, gold, nf, o)
		for i := range ws {
			ws[i] += w2[i]
		}
		for p := range tr {
			for t := range tr[p] {
				tr[p][t] += tr2[p][t]
			}
		}
	}
	// The mean keeps the scale that OBias and Temperature are set in.
	if k > 1 {
		for i := range ws {
			ws[i] /= float32(k)
		}
		for p := range tr {
			for t := range tr[p] {
				tr[p][t] /= float32(k)
			}
		}
	}
	return ws, tr
}

// trainPerceptron learns averaged structured-perceptron weights (Collins
// 2002): feats[s][i] are the feature ids of token i of sentence s, the
// first nid[s][i] of which name the word itself (hidden with chance
// opt.WordDrop), gold its tag indices, nf the number of features. It returns nTags weights per
// feature and the transition weights.
func trainPerceptron(feats [][][]int32, nid [][]uint8, gold [][]int, nf int, opt TrainOptions) ([]float32, [nTags + 1][nTags]float32) {
	w := make([]int32, nf*nTags)
	u := make([]int64, nf*nTags)
	var tw [nTags + 1][nTags]int32
	var tu [nTags + 1][nTags]int64
	c := int64(1)
	order := make([]int, len(gold))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	var em [][nTags]float32
	var trans [nTags + 1][nTags]float32
	pred := []int{}
	var from []int // token j's features are feats[si][j][from[j]:]
	drop := rand.New(rand.NewSource(opt.Seed + 31))
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, toks := 0, 0
		for _, si := range order {
			g := gold[si]
			n := len(g)
			em = em[:0]
			from = from[:0]
			for j := 0; j < n; j++ {
				k := 0
				if opt.WordDrop > 0 && drop.Float64() < opt.WordDrop {
					k = int(nid[si][j])
				}
				from = append(from, k)
			}
			for j := 0; j < n; j++ {
				var s [nTags]float32
				for _, id := range feats[si][j][from[j]:] {
					r := w[int(id)*nTags : int(id)*nTags+nTags]
					for t := 0; t < nTags; t++ {
						s[t] += float32(r[t])
					}
				}
				em = append(em, s)
			}
			for p := range tw {
				for t := range tw[p] {
					trans[p][t] = float32(tw[p][t])
				}
			}
			if cap(pred) < n {
				pred = make([]int, n)
			}
			pred = pred[:n]
			viterbi(em, &trans, pred)
			toks += n
			for j := 0; j < n; j++ {
				pg, pp := nTags, nTags
				if j > 0 {
					pg, pp = g[j-1], pred[j-1]
				}
				if g[j] != pred[j] {
					errs++
					for _, id := range feats[si][j][from[j]:] {
						b := int(id) * nTags
						w[b+g[j]]++
						u[b+g[j]] += c
						w[b+pred[j]]--
						u[b+pred[j]] -= c
					}
				}
				if g[j] != pred[j] || pg != pp {
					tw[pg][g[j]]++
					tu[pg][g[j]] += c
					tw[pp][pred[j]]--
					tu[pp][pred[j]] -= c
				}
			}
			c++
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "epoch %d: %d/%d tokens wrong (%.2f%%)\n", ep+1, errs, toks, 100*float64(errs)/float64(max(toks, 1)))
		}
	}

	cf := float64(c)
	ws := make([]float32, nf*nTags)
	for i := range ws {
		ws[i] = float32(float64(w[i]) - float64(u[i])/cf)
	}
	var tr [nTags + 1][nTags]float32
	for p := range tw {
		for t := range tw[p] {
			tr[p][t] = float32(float64(tw[p][t]) - float64(tu[p][t])/cf)
		}
	}
	return ws, tr
}
