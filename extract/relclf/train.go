package relclf

import (
	"math"
	"sort"

	"github.com/newskg/kg/internal/lbfgs"
)

// Example is one mention pair to train on.
type Example struct {
	// Group names what the example must be held out with in
	// cross-validation (an article, a block of corpus sentences).
	Group    string
	Features []string
	Class    string // None or predicate:direction
}

// Options set how Train fits a model.
type Options struct {
	// L2 is the weight of the squared-norm penalty on the feature weights
	// (not the biases), against the summed log loss; 1 when 0.
	L2 float64
	// MinCount is the least number of examples a feature must occur in to
	// get a weight; 2 when 0.
	MinCount int
	// MinClass is the least number of examples of a class for it to be
	// learned; rarer classes' examples are left out. 3 when 0.
	MinClass int
	// Iterations is the most L-BFGS iterations; 300 when 0.
	Iterations int
}

func (o Options) withDefaults() Options {
	if o.L2 == 0 {
		o.L2 = 1
	}
	if o.MinCount == 0 {
		o.MinCount = 2
	}
	if o.MinClass == 0 {
		o.MinClass = 3
	}
	if o.Iterations == 0 {
		o.Iterations = 300
	}
	return o
}

// Train fits the model to the examples by minimising the L2-penalised log
// loss with L-BFGS. It is deterministic: the same examples in the same
// order give the same weights.
func Train(exs []Example, opt Options) *Model {
	opt = opt.withDefaults()
	classes := classesOf(exs, opt.MinClass)
	ci := map[string]int{}
	for i, c := range classes {
		ci[c] = i
	}
	counts := map[string]int{}
	for _, ex := range exs {
		if _, ok := ci[ex.Class]; ok {
			for _, f := range uniq(ex.Features) {
				counts[f]++
			}
		}
	}
	var names []string
	for f, n := range counts {
		if n >= opt.MinCount {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	fi := make(map[string]int, len(names))
	for i, n := range names {
		fi[n] = i
	}
	var rows [][]int
	var ys []int
	for _, ex := range exs {
		y, ok := ci[ex.Class]
		if !ok {
			continue
		}
		var row []int
		for _, f := range uniq(ex.Features) {
			if j, ok := fi[f]; ok {
				row = append(row, j)
			}
		}
		rows, ys = append(rows, row), append(ys, y)
	}
	k := len(classes)
	w := lbfgs.Minimize((len(names)+1)*k, func(w, g []float64) float64 {
		return objective(w, g, rows, ys, k, opt.L2)
	}, opt.Iterations, 1e-5)
	bias := len(names) * k
	m := &Model{Classes: classes, Bias: append([]float64(nil), w[bias:bias+k]...), Weights: make(map[string][]float64, len(names))}
	for i, n := range names {
		m.Weights[n] = append([]float64(nil), w[i*k:(i+1)*k]...)
	}
	return m
}

// classesOf returns None and the classes with at least min examples,
// sorted.
func classesOf(exs []Example, min int) []string {
	n := map[string]int{}
	for _, ex := range exs {
		n[ex.Class]++
	}
	var out []string
	for c, k := range n {
		if c != None && k >= min {
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return append([]string{None}, out...)
}

// uniq returns the features without repeats, in first-seen order.
func uniq(fs []string) []string {
	seen := make(map[string]bool, len(fs))
	out := fs[:0:0]
	for _, f := range fs {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// objective returns the penalised softmax log loss of weights w (feature
// j's weight for class c at j*k+c; the k biases last) and fills grad.
func objective(w, grad []float64, rows [][]int, ys []int, k int, l2 float64) float64 {
	for j := range grad {
		grad[j] = 0
	}
	bias := len(w) - k
	z := make([]float64, k)
	var f float64
	for i, row := range rows {
		copy(z, w[bias:])
		for _, j := range row {
			for c := 0; c < k; c++ {
				z[c] += w[j*k+c]
			}
		}
		mx := math.Inf(-1)
		for _, v := range z {
			mx = max(mx, v)
		}
		var sum float64
		for c := range z {
			z[c] = math.Exp(z[c] - mx)
			sum += z[c]
		}
		f -= math.Log(z[ys[i]] / sum)
		for c := range z {
			d := z[c] / sum
			if c == ys[i] {
				d--
			}
			if d == 0 {
				continue
			}
			grad[bias+c] += d
			for _, j := range row {
				grad[j*k+c] += d
			}
		}
	}
	for j := 0; j < bias; j++ {
		f += l2 / 2 * w[j] * w[j]
		grad[j] += l2 * w[j]
	}
	return f
}

// CrossValidate returns, for each example, the probabilities of a model
// trained on the examples of the other folds; fold[i] is example i's fold
// (0..folds-1). Each row is indexed by classes (those of the whole set;
// a class a fold's model lacks gets 0).
func CrossValidate(exs []Example, fold []int, folds int, opt Options) (classes []string, probs [][]float64) {
	classes = classesOf(exs, 1)
	idx := map[string]int{}
	for i, c := range classes {
		idx[c] = i
	}
	probs = make([][]float64, len(exs))
	for k := 0; k < folds; k++ {
		var train []Example
		for i, ex := range exs {
			if fold[i] != k {
				train = append(train, ex)
			}
		}
		m := Train(train, opt)
		var buf []float64
		for i, ex := range exs {
			if fold[i] != k {
				continue
			}
			buf = m.Probs(ex.Features, buf)
			row := make([]float64, len(classes))
			for c, p := range buf {
				row[idx[m.Classes[c]]] = p
			}
			probs[i] = row
		}
	}
	return classes, probs
}
