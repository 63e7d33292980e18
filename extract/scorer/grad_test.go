package scorer

// gradient returns the gradient of the L2-penalised log loss at the model's
// weights, by feature name ("" for the bias), for tests of convergence.
func gradient(exs []Example, m *Model, l2 float64) map[string]float64 {
	g := map[string]float64{}
	for _, ex := range exs {
		d := m.Prob(ex.Features)
		if ex.Label {
			d--
		}
		g[""] += d
		for _, f := range ex.Features {
			if _, ok := m.Weights[f]; ok {
				g[f] += d
			}
		}
	}
	for f, w := range m.Weights {
		g[f] += l2 * w
	}
	return g
}
