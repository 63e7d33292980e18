package scorer

import (
	"fmt"
	"sort"
)

// FitOptions set how Fit trains and validates a model.
type FitOptions struct {
	Options
	// Folds of the cross-validation by document; 0 leaves one document out.
	Folds int
	// Target is the held-out precision the default threshold must reach;
	// 0.9 when 0.
	Target float64
	// MinKept is the least number of kept edges for a threshold's precision
	// to count; 10 when 0.
	MinKept int
	// Part names the training documents in the model's notes ("tune").
	Part string
	// Articles is the number of training articles, some of which may have
	// no candidate (0: count the examples' documents).
	Articles int
	// Group, when set, names each document's source, and cross-validation
	// holds out one source per fold (CrossValidateBy) instead of Folds.
	Group func(doc string) string
	// Command is the command line that trains the model, written into its
	// notes ("go run ./cmd/kg scorer train" when empty).
	Command string
}

// L2Grid are the penalties Fit tries when Options.L2 is 0, and
// MinDocsGrid the least document counts of a feature when Options.MinDocs
// is 0: it keeps the pair with the least held-out log loss.
var (
	L2Grid      = []float64{0.3, 1, 3, 10, 30}
	MinDocsGrid = []int{1, 2, 3}
)

// GridPoint is the cross-validation of one setting of the grid: its
// held-out log loss and the held-out score where precision reaches the
// target (Reached false when it does not).
type GridPoint struct {
	L2       float64
	MinDocs  int
	LogLoss  float64
	AtTarget Point
	Reached  bool
}

// Report is what Fit measured: the cross-validated curve, the threshold
// chosen on it, and the training set's size.
type Report struct {
	Docs, Examples, Positives int
	Curve                     []Point
	Chosen                    Point
	Reached                   bool    // the target precision was reached
	LogLoss                   float64 // held-out mean log loss
	L2                        float64 // the penalty used
	MinDocs                   int     // the least document count of a feature used
	// Grid is the cross-validation of every setting tried.
	Grid []GridPoint
	// Reliability compares the held-out probabilities with how often the
	// candidates are right, by bins of probability.
	Reliability []Bin
	// ByPredicate counts the held-out edges of each predicate kept at the
	// chosen threshold.
	ByPredicate []PredicateCount
	// Probs are the held-out probabilities of the real examples (Real).
	Probs []float64
	// Synthetic is the number of corrupted candidates trained on besides
	// the Examples.
	Synthetic int
}

// Real returns the examples that are not Synthetic, in order.
func Real(exs []Example) []Example {
	var out []Example
	for _, ex := range exs {
		if !ex.Synthetic {
			out = append(out, ex)
		}
	}
	return out
}

// realProbs returns the probabilities of the examples that are not
// Synthetic, in order.
func realProbs(exs []Example, probs []float64) []float64 {
	var out []float64
	for i, ex := range exs {
		if !ex.Synthetic {
			out = append(out, probs[i])
		}
	}
	return out
}

// Fit cross-validates a model on the examples by document, chooses the
// threshold where held-out precision reaches the target, and trains the
// final model on every example. gold is the number of gold facts of the
// examples' documents.
func Fit(exs []Example, gold int, opt FitOptions) (*Model, Report) {
	if opt.Target == 0 {
		opt.Target = 0.9
	}
	if opt.MinKept == 0 {
		opt.MinKept = 10
	}
	if opt.Exclude == nil {
		opt.Exclude = DefaultExclude
	}
	all := exs
	exs = Real(all)
	rep := Report{Examples: len(exs), Synthetic: len(all) - len(exs)}
	docs := map[string]bool{}
	for _, ex := range exs {
		docs[ex.Doc] = true
		if ex.Label {
			rep.Positives++
		}
	}
	rep.Docs = len(docs)
	if opt.Articles > 0 {
		rep.Docs = opt.Articles
	}
	var probs []float64
	l2s, mins := L2Grid, MinDocsGrid
	if opt.L2 != 0 {
		l2s = []float64{opt.L2}
	}
	if opt.MinDocs != 0 {
		mins = []int{opt.MinDocs}
	}
	for _, md := range mins {
		for _, l2 := range l2s {
			o := opt.Options
			o.L2, o.MinDocs = l2, md
			p := realProbs(all, CrossValidateBy(all, opt.Folds, opt.Group, o))
			ll := LogLoss(exs, p)
			gp := GridPoint{L2: l2, MinDocs: md, LogLoss: ll}
			gp.AtTarget, gp.Reached = ChooseThreshold(Curve(exs, p, gold), opt.Target, opt.MinKept)
			rep.Grid = append(rep.Grid, gp)
			if probs == nil || ll < rep.LogLoss {
				probs, rep.LogLoss, rep.L2, rep.MinDocs = p, ll, l2, md
			}
		}
	}
	opt.L2, opt.MinDocs = rep.L2, rep.MinDocs
	rep.Reliability = Reliability(exs, probs, 5)
	rep.Curve = Curve(exs, probs, gold)
	rep.Chosen, rep.Reached = ChooseThreshold(rep.Curve, opt.Target, opt.MinKept)
	m := Train(all, opt.Options)
	if rep.Reached {
		m.Threshold = rep.Chosen.Threshold
	} else {
		m.Threshold = 0.5
	}
	rep.Probs = probs
	rep.ByPredicate = ByPredicate(exs, probs, m.Threshold)
	folds := "leave-one-article-out"
	if opt.Folds >= 2 && opt.Folds < rep.Docs {
		folds = fmt.Sprintf("%d folds by article", opt.Folds)
	}
	if opt.Group != nil {
		folds = "one fold per source"
	}
	o := opt.Options.withDefaults()
	cmd := opt.Command
	if cmd == "" {
		cmd = "go run ./cmd/kg scorer train"
	}
	m.Notes = []string{
		"Retrain after the rules, the catalogue or the features change: from the repository root,",
		"  " + cmd,
		"(writes " + ModelPath + "; then rebuild kg)",
		fmt.Sprintf("Trained on %d candidate facts (%d right) and %d corrupted ones of %d documents (%s); L2 %g, features in ≥ %d articles (held-out log loss %.3f), L-BFGS, features left out: %v.",
			rep.Examples, rep.Positives, rep.Synthetic, rep.Docs, opt.Part, o.L2, o.MinDocs, rep.LogLoss, opt.Exclude),
		fmt.Sprintf("Cross-validation (%s), edges within each article: all candidates %s;", folds, rep.Curve[0]),
		fmt.Sprintf("threshold %.2f (held-out precision ≥ %.2f): %s.", m.Threshold, opt.Target, rep.Chosen),
	}
	return m, rep
}

// String formats a point as "P 0.91 R 0.40 F1 0.56 (kept 120, true 109, found 190/488)".
func (p Point) String() string {
	return fmt.Sprintf("P %.2f R %.2f F1 %.2f (kept %d, true %d, found %d/%d)",
		p.Precision, p.Recall, p.F1, p.Kept, p.True, p.Found, p.Gold)
}

// TopWeights returns the n features with the largest weights by absolute
// value, largest first (ties by name).
func (m *Model) TopWeights(n int) []string {
	keys := make([]string, 0, len(m.Weights))
	for k := range m.Weights {
		keys = append(keys, k)
	}
	abs := func(v float64) float64 {
		if v < 0 {
			return -v
		}
		return v
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := abs(m.Weights[keys[i]]), abs(m.Weights[keys[j]])
		if a != b {
			return a > b
		}
		return keys[i] < keys[j]
	})
	if len(keys) > n {
		keys = keys[:n]
	}
	return keys
}
