package ner

import (
	"fmt"
	"math"
	"math/rand"
)

// trainCRF learns linear-chain CRF weights by stochastic gradient ascent
// on the log-likelihood with an L2 penalty (opt.L2 per sentence, summed
// over the data; weight decay by a running scale), arguments and results
// as trainPerceptron's.
func trainCRF(feats [][][]int32, gold [][]int, nf int, opt TrainOptions) ([]float32, [nTags + 1][nTags]float32) {
	N := float64(len(gold))
	lambda := opt.L2 / N
	eta0 := opt.Rate
	w := make([]float64, nf*nTags)
	scale := 1.0
	var tr [nTags + 1][nTags]float64
	order := make([]int, len(gold))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	var cb crfBuf
	step := 0
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		ll := 0.0
		for _, si := range order {
			eta := eta0 / (1 + eta0*lambda*float64(step))
			step++
			scale *= 1 - eta*lambda
			if scale < 1e-9 {
				for i := range w {
					w[i] *= scale
				}
				scale = 1
			}
			ll += cb.gradient(feats[si], gold[si], w, scale, &tr)
			// w += eta · (observed − expected), in units of scale.
			g := gold[si]
			up := eta / scale
			for i, fs := range feats[si] {
				p := &cb.marg[i]
				var d [nTags]float64
				for t := 0; t < nTags; t++ {
					d[t] = -p[t]
				}
				d[g[i]]++
				for _, id := range fs {
					r := w[int(id)*nTags : int(id)*nTags+nTags]
					for t := 0; t < nTags; t++ {
						r[t] += up * d[t]
					}
				}
			}
			for a := 0; a <= nTags; a++ {
				for b := 0; b < nTags; b++ {
					tr[a][b] += eta * cb.dtr[a][b]
				}
			}
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "epoch %d: log-likelihood %.1f\n", ep+1, ll)
		}
	}
	ws := make([]float32, nf*nTags)
	for i, v := range w {
		ws[i] = float32(v * scale)
	}
	var out [nTags + 1][nTags]float32
	for a := range tr {
		for b := range tr[a] {
			out[a][b] = float32(tr[a][b])
		}
	}
	return ws, out
}

// crfBuf is the scratch space of one sentence's gradient.
type crfBuf struct {
	em, alpha, beta, marg [][nTags]float64
	dtr                   [nTags + 1][nTags]float64
}

// gradient computes, for one sentence, the tag marginals (cb.marg), the
// transition gradient (cb.dtr: observed − expected counts) and returns the
// sentence's log-likelihood. Weights are w × scale.
func (cb *crfBuf) gradient(fs [][]int32, g []int, w []float64, scale float64, tr *[nTags + 1][nTags]float64) float64 {
	n := len(fs)
	cb.em = grow(cb.em, n)
	cb.alpha = grow(cb.alpha, n)
	cb.beta = grow(cb.beta, n)
	cb.marg = grow(cb.marg, n)
	neg := math.Inf(-1)
	for i, f := range fs {
		var s [nTags]float64
		for _, id := range f {
			r := w[int(id)*nTags : int(id)*nTags+nTags]
			for t := 0; t < nTags; t++ {
				s[t] += r[t]
			}
		}
		for t := range s {
			s[t] *= scale
		}
		cb.em[i] = s
	}
	var buf [nTags + 1]float64
	for t := 0; t < nTags; t++ {
		cb.alpha[0][t] = neg
		if allowed(-1, t) {
			cb.alpha[0][t] = tr[nTags][t] + cb.em[0][t]
		}
	}
	for i := 1; i < n; i++ {
		for t := 0; t < nTags; t++ {
			k := 0
			for _, p := range prevTags[t] {
				buf[k] = cb.alpha[i-1][p] + tr[p][t]
				k++
			}
			cb.alpha[i][t] = logSumExp(buf[:k]) + cb.em[i][t]
		}
	}
	for t := 0; t < nTags; t++ {
		cb.beta[n-1][t] = 0
	}
	for i := n - 2; i >= 0; i-- {
		for t := 0; t < nTags; t++ {
			k := 0
			for _, u := range nextTags[t] {
				buf[k] = tr[t][u] + cb.em[i+1][u] + cb.beta[i+1][u]
				k++
			}
			cb.beta[i][t] = logSumExp(buf[:k])
		}
	}
	logZ := logSumExp(cb.alpha[n-1][:])
	for i := 0; i < n; i++ {
		for t := 0; t < nTags; t++ {
			cb.marg[i][t] = math.Exp(cb.alpha[i][t] + cb.beta[i][t] - logZ)
		}
	}
	cb.dtr = [nTags + 1][nTags]float64{}
	gold := tr[nTags][g[0]] + cb.em[0][g[0]]
	cb.dtr[nTags][g[0]]++
	for t := 0; t < nTags; t++ {
		cb.dtr[nTags][t] -= cb.marg[0][t]
	}
	for i := 1; i < n; i++ {
		gold += tr[g[i-1]][g[i]] + cb.em[i][g[i]]
		cb.dtr[g[i-1]][g[i]]++
		for b := 0; b < nTags; b++ {
			for _, a := range prevTags[b] {
				p := math.Exp(cb.alpha[i-1][a] + tr[a][b] + cb.em[i][b] + cb.beta[i][b] - logZ)
				cb.dtr[a][b] -= p
			}
		}
	}
	return gold - logZ
}
