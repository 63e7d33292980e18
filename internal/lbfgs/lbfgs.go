// Package lbfgs minimises a smooth function of many variables with
// limited-memory BFGS (Nocedal 1980): the logistic fact scorer
// (extract/scorer) and the CRF name tagger (extract/ner) train with it.
package lbfgs

import "math"

// Minimize runs L-BFGS (ten corrections, backtracking line search) from
// w = 0 until the largest gradient component is below tol or after
// maxIter iterations, and returns w. fg returns the objective at w and writes its gradient into g.
func Minimize(n int, fg func(w, g []float64) float64, maxIter int, tol float64) []float64 {
	const mem = 10
	w := make([]float64, n)
	g := make([]float64, n)
	f := fg(w, g)
	var ss, ys [][]float64
	var rhos []float64
	d := make([]float64, n)
	wNew := make([]float64, n)
	gNew := make([]float64, n)
	alpha := make([]float64, mem)
	for it := 0; it < maxIter && maxAbs(g) > tol; it++ {
		// two-loop recursion: d = -H g
		copy(d, g)
		for k := len(ss) - 1; k >= 0; k-- {
			alpha[k] = rhos[k] * dot(ss[k], d)
			axpy(-alpha[k], ys[k], d)
		}
		if k := len(ss) - 1; k >= 0 {
			scale(dot(ss[k], ys[k])/dot(ys[k], ys[k]), d)
		} else {
			scale(1/math.Max(1, maxAbs(g)), d)
		}
		for k := range ss {
			b := rhos[k] * dot(ys[k], d)
			axpy(alpha[k]-b, ss[k], d)
		}
		scale(-1, d)
		slope := dot(g, d)
		if slope >= 0 { // not a descent direction: restart from the gradient
			ss, ys, rhos = nil, nil, nil
			copy(d, g)
			scale(-1/math.Max(1, maxAbs(g)), d)
			slope = dot(g, d)
		}
		step, fNew := 1.0, 0.0
		for ls := 0; ; ls++ {
			for j := range w {
				wNew[j] = w[j] + step*d[j]
			}
			fNew = fg(wNew, gNew)
			if fNew <= f+1e-4*step*slope || ls == 40 {
				break
			}
			step /= 2
		}
		s := make([]float64, n)
		y := make([]float64, n)
		for j := range w {
			s[j] = wNew[j] - w[j]
			y[j] = gNew[j] - g[j]
		}
		if sy := dot(s, y); sy > 1e-12 {
			if len(ss) == mem {
				ss, ys, rhos = ss[1:], ys[1:], rhos[1:]
			}
			ss, ys, rhos = append(ss, s), append(ys, y), append(rhos, 1/sy)
		}
		if f-fNew < 1e-12*math.Max(1, math.Abs(f)) && maxAbs(gNew) > tol && len(ss) == 0 {
			copy(w, wNew)
			copy(g, gNew)
			break // no progress possible
		}
		copy(w, wNew)
		copy(g, gNew)
		f = fNew
	}
	return w
}

func dot(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func axpy(a float64, x, y []float64) {
	for i := range x {
		y[i] += a * x[i]
	}
}

func scale(a float64, x []float64) {
	for i := range x {
		x[i] *= a
	}
}

func maxAbs(x []float64) float64 {
	var m float64
	for _, v := range x {
		m = math.Max(m, math.Abs(v))
	}
	return m
}
