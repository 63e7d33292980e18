package ner

import (
	"math"
	"math/rand"
	"testing"
)

// TestCRFObjectiveGradient compares the CRF objective's gradient with
// finite differences at random weights, on made-up sentences whose tags
// follow BIO.
func TestCRFObjectiveGradient(t *testing.T) {
	feats := [][][]int32{
		{{0, 1}, {2}, {1, 3}},
		{{3}, {0, 2}},
		{{1}},
	}
	gold := [][]int{{1, 2, 0}, {3, 0}, {5}}
	const nf = 4
	nw := nf * nTags
	n := nw + (nTags+1)*nTags
	rng := rand.New(rand.NewSource(3))
	w := make([]float64, n)
	for i := range w {
		w[i] = rng.NormFloat64() * 0.5
	}
	obj := crfObjective(feats, gold, nw, 0.3)
	g := make([]float64, n)
	obj(w, g)
	scratch := make([]float64, n)
	const eps = 1e-5
	for _, j := range []int{0, 1, nTags + 2, 3*nTags + 8, nw, nw + 1*nTags + 2, nw + nTags*nTags + 3} {
		w0 := w[j]
		w[j] = w0 + eps
		fp := obj(w, scratch)
		w[j] = w0 - eps
		fm := obj(w, scratch)
		w[j] = w0
		num := (fp - fm) / (2 * eps)
		if math.Abs(num-g[j]) > 1e-4*math.Max(1, math.Abs(num)) {
			t.Errorf("parameter %d: gradient %.6f, finite difference %.6f", j, g[j], num)
		}
	}
}
