package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/newskg/kg/extract/scorer"
)

// sourcePoints scores the held-out probabilities of each source's
// examples apart at threshold t: goldOf gives a document's number of gold
// facts (the recall's denominator).
func sourcePoints(exs []scorer.Example, probs []float64, goldOf map[string]int, t float64) map[string]scorer.Point {
	subs := map[string][]int{}
	for i, ex := range exs {
		s := sourceOf(ex.Doc)
		subs[s] = append(subs[s], i)
	}
	docsOf := map[string]int{}
	for d, n := range goldOf {
		docsOf[sourceOf(d)] += n
	}
	out := map[string]scorer.Point{}
	for s, idx := range subs {
		sub, p := make([]scorer.Example, len(idx)), make([]float64, len(idx))
		for k, i := range idx {
			sub[k], p[k] = exs[i], probs[i]
		}
		out[s] = scorer.Curve(sub, p, docsOf[s])[int(t*100+0.5)]
	}
	return out
}

// printSources prints sourcePoints, one line per source in sorted order.
func printSources(w io.Writer, title string, pts map[string]scorer.Point) {
	names := make([]string, 0, len(pts))
	for s := range pts {
		names = append(names, s)
	}
	sort.Strings(names)
	fmt.Fprintln(w, title)
	for _, s := range names {
		fmt.Fprintf(w, "  %-10s %s\n", s, pts[s])
	}
}

// ablation is a named group of feature prefixes left out together.
type ablation struct {
	name     string
	prefixes []string
}

// parseAblation reads NAME:PREFIX+PREFIX….
func parseAblation(spec string) (ablation, error) {
	name, list, ok := strings.Cut(spec, ":")
	if !ok || name == "" || list == "" {
		return ablation{}, fmt.Errorf("--ablate %q: want NAME:PREFIX+PREFIX…", spec)
	}
	return ablation{name: name, prefixes: strings.Split(list, "+")}, nil
}

// runAblations cross-validates the examples once per feature group left
// out (and once with none left out) and prints each run's held-out log loss,
// the threshold where held-out precision reaches target, and each source's
// held-out score at threshold t.
func runAblations(w io.Writer, exs []scorer.Example, gold int, goldOf map[string]int, opt scorer.FitOptions, groups []ablation, t float64) {
	real := scorer.Real(exs)
	for _, a := range append([]ablation{{name: "none"}}, groups...) {
		o := opt.Options
		o.Exclude = append(append([]string(nil), opt.Exclude...), a.prefixes...)
		all := scorer.CrossValidateBy(exs, opt.Folds, opt.Group, o)
		var probs []float64
		for i, ex := range exs {
			if !ex.Synthetic {
				probs = append(probs, all[i])
			}
		}
		pick, ok := scorer.ChooseThreshold(scorer.Curve(real, probs, gold), opt.Target, 10)
		at := "not reached"
		if ok {
			at = fmt.Sprintf("%.2f", pick.Threshold)
		}
		fmt.Fprintf(w, "ablation %-12s held-out log loss %.3f, precision %.2f from %s; at %.2f: %s\n",
			a.name, scorer.LogLoss(real, probs), opt.Target, at, t, scorer.Curve(real, probs, gold)[int(t*100+0.5)])
		pts := sourcePoints(real, probs, goldOf, t)
		printSources(w, "", pts)
	}
}
