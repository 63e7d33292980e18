package lbfgs

import (
	"math"
	"testing"
)

// TestMinimize finds the minima of functions whose minimum is known.
func TestMinimize(t *testing.T) {
	cases := []struct {
		name string
		n    int
		fg   func(w, g []float64) float64
		want []float64
	}{
		{"shifted quadratic", 3, func(w, g []float64) float64 {
			c := []float64{1, -2, 0.5}
			f := 0.0
			for i := range w {
				d := w[i] - c[i]
				f += float64(i+1) * d * d
				g[i] = 2 * float64(i+1) * d
			}
			return f
		}, []float64{1, -2, 0.5}},
		{"Rosenbrock", 2, func(w, g []float64) float64 {
			a, b := 1-w[0], w[1]-w[0]*w[0]
			g[0] = -2*a - 400*w[0]*b
			g[1] = 200 * b
			return a*a + 100*b*b
		}, []float64{1, 1}},
	}
	for _, c := range cases {
		w := Minimize(c.n, c.fg, 500, 1e-8)
		for i := range w {
			if math.Abs(w[i]-c.want[i]) > 1e-4 {
				t.Errorf("%s: w = %v, want %v", c.name, w, c.want)
				break
			}
		}
	}
}
