package scorer

import "math"

// objective returns the L2-penalised log loss of weights w (the last one
// is the bias, not penalised) over the examples' feature rows, and fills
// grad with its gradient.
func objective(w, grad []float64, rows [][]int, labels []bool, l2 []float64) float64 {
	bias := len(w) - 1
	for j := range grad {
		grad[j] = 0
	}
	var f float64
	for i, row := range rows {
		z := w[bias]
		for _, j := range row {
			z += w[j]
		}
		// log(1+e^-z) for a positive, log(1+e^z) for a negative, stably
		m := z
		if labels[i] {
			m = -z
		}
		f += math.Max(m, 0) + math.Log1p(math.Exp(-math.Abs(m)))
		d := sigmoid(z)
		if labels[i] {
			d--
		}
		grad[bias] += d
		for _, j := range row {
			grad[j] += d
		}
	}
	for j := 0; j < bias; j++ {
		f += l2[j] / 2 * w[j] * w[j]
		grad[j] += l2[j] * w[j]
	}
	return f
}
