package scorer

import (
	"math"
	"slices"
	"sort"
	"strings"
)

// CrossValidate gives every example its probability under a model trained
// without its document: the documents are dealt, in sorted order, into
// folds (leave one document out when folds < 2 or ≥ the number of
// documents). Folds are by article, never by sentence.
func CrossValidate(exs []Example, folds int, opt Options) []float64 {
	return CrossValidateBy(exs, folds, nil, opt)
}

// CrossValidateBy is CrossValidate with the folds given by group when it is
// not nil: each distinct group of the documents (a source: tune, own, one
// writer of own2, ANERcorp) is a fold of its own, so every probability
// comes from a model that saw no document of its source, an estimate of
// how the scorer carries over to text unlike its training set.
func CrossValidateBy(exs []Example, folds int, group func(doc string) string, opt Options) []float64 {
	var docs []string
	seen := map[string]bool{}
	for _, ex := range exs {
		if !seen[ex.Doc] {
			seen[ex.Doc] = true
			docs = append(docs, ex.Doc)
		}
	}
	sort.Strings(docs)
	if folds < 2 || folds > len(docs) {
		folds = len(docs)
	}
	fold := map[string]int{}
	for i, d := range docs {
		fold[d] = i % folds
	}
	if group != nil {
		folds = groupFolds(docs, group, fold)
	}
	probs := make([]float64, len(exs))
	for k := 0; k < folds; k++ {
		var train []Example
		for _, ex := range exs {
			if fold[ex.Doc] != k {
				train = append(train, ex)
			}
		}
		m := Train(train, opt)
		for i, ex := range exs {
			if fold[ex.Doc] == k {
				probs[i] = m.Prob(ex.Features)
			}
		}
	}
	return probs
}

// groupFolds sets fold[d] to the index of d's group, groups numbered in
// sorted order, and returns the number of groups.
func groupFolds(docs []string, group func(string) string, fold map[string]int) int {
	var names []string
	for _, d := range docs {
		if g := group(d); !slices.Contains(names, g) {
			names = append(names, g)
		}
	}
	sort.Strings(names)
	for _, d := range docs {
		fold[d] = slices.Index(names, group(d))
	}
	return len(names)
}

// Point is the extraction score at one confidence threshold, counted as
// score.py counts it within each document: distinct direct edges kept
// (an edge keeps the highest confidence of its facts), those that match a
// gold fact, and the gold facts found.
type Point struct {
	Threshold         float64
	Kept, True, Found int
	Gold              int
	Precision, Recall float64
	F1                float64
}

// Curve returns the score at thresholds 0, 0.01, …, 0.99 of the examples
// with the given probabilities. gold is the number of gold facts of the
// documents (the recall's denominator).
func Curve(exs []Example, probs []float64, gold int) []Point {
	type edge struct {
		p     float64
		label bool
		gold  []int
		doc   string
	}
	edges := map[string]*edge{}
	var keys []string
	for i, ex := range exs {
		k := ex.Doc + "\x01" + ex.Edge
		e := edges[k]
		if e == nil {
			e = &edge{p: -1, doc: ex.Doc}
			edges[k] = e
			keys = append(keys, k)
		}
		e.p = math.Max(e.p, probs[i])
		e.label = e.label || ex.Label
		e.gold = append(e.gold, ex.Gold...)
	}
	var out []Point
	for t := 0; t < 100; t++ {
		pt := Point{Threshold: float64(t) / 100, Gold: gold}
		found := map[[2]any]bool{}
		for _, k := range keys {
			e := edges[k]
			if e.p < pt.Threshold {
				continue
			}
			pt.Kept++
			if e.label {
				pt.True++
			}
			for _, g := range e.gold {
				found[[2]any{e.doc, g}] = true
			}
		}
		pt.Found = len(found)
		pt.score()
		out = append(out, pt)
	}
	return out
}

func (p *Point) score() {
	if p.Kept > 0 {
		p.Precision = float64(p.True) / float64(p.Kept)
	}
	if p.Gold > 0 {
		p.Recall = float64(p.Found) / float64(p.Gold)
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
}

// ChooseThreshold returns the lowest threshold of the curve from which on
// the precision stays at least target wherever at least minKept edges are
// kept, and its point; ok is false when no threshold reaches the target.
func ChooseThreshold(curve []Point, target float64, minKept int) (Point, bool) {
	best := -1
	for i := len(curve) - 1; i >= 0; i-- {
		p := curve[i]
		if p.Kept < minKept {
			continue
		}
		if p.Precision < target {
			break
		}
		best = i
	}
	if best < 0 {
		return Point{}, false
	}
	return curve[best], true
}

// LogLoss is the mean log loss of the probabilities.
func LogLoss(exs []Example, probs []float64) float64 {
	if len(exs) == 0 {
		return 0
	}
	var s float64
	for i, ex := range exs {
		p := math.Min(math.Max(probs[i], 1e-9), 1-1e-9)
		if ex.Label {
			s -= math.Log(p)
		} else {
			s -= math.Log(1 - p)
		}
	}
	return s / float64(len(exs))
}

// PredicateCount is how one predicate's candidate edges fare at a
// threshold: edges proposed, how many of them are right, edges kept, how
// many of those are right.
type PredicateCount struct {
	Predicate                     string
	Edges, Right, Kept, KeptRight int
}

// ByPredicate counts the candidate edges of each predicate (within each
// article) proposed and kept at threshold t, sorted by predicate.
func ByPredicate(exs []Example, probs []float64, t float64) []PredicateCount {
	type edge struct {
		p     float64
		label bool
	}
	edges := map[[2]string]*edge{}
	for i, ex := range exs {
		k := [2]string{ex.Doc, ex.Edge}
		e := edges[k]
		if e == nil {
			e = &edge{p: -1}
			edges[k] = e
		}
		e.p = math.Max(e.p, probs[i])
		e.label = e.label || ex.Label
	}
	by := map[string]*PredicateCount{}
	for k, e := range edges {
		pred, _, _ := strings.Cut(k[1], "\x00")
		c := by[pred]
		if c == nil {
			c = &PredicateCount{Predicate: pred}
			by[pred] = c
		}
		c.Edges++
		if e.label {
			c.Right++
		}
		if e.p >= t {
			c.Kept++
			if e.label {
				c.KeptRight++
			}
		}
	}
	out := make([]PredicateCount, 0, len(by))
	for _, c := range by {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Predicate < out[j].Predicate })
	return out
}
