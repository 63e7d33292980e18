package scorer

import (
	"slices"
	"sort"
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/internal/lbfgs"
)

// Example is one candidate fact of a training document.
type Example struct {
	Doc      string   // document id
	Edge     string   // the direct edge it gives (see edgeKey)
	Features []string // from Featurizer.Result
	Label    bool     // it matches a gold fact of its document
	Gold     []int    // indices in Gold.Facts[Doc] of the gold facts it matches
	// Synthetic marks a corrupted candidate (see Corruptions): it trains
	// the model but is never scored in cross-validation.
	Synthetic bool
}

// Examples turns extraction results of gold documents into training
// examples. Each result must come from an extractor that proposes every
// candidate (no confidence threshold), with Confidence still the rule's
// prior; its Doc.ID names the gold document.
func Examples(fz *Featurizer, g *Gold, results []*extract.Result) []Example {
	var out []Example
	for _, r := range results {
		ents := make(map[string]extract.Entity, len(r.Entities))
		for _, e := range r.Entities {
			ents[e.Key] = e
		}
		feats := fz.Result(r)
		for i, f := range r.Facts {
			ex := Example{Doc: r.Doc.ID, Edge: edgeKey(f), Features: feats[i]}
			ex.Gold = g.Matches(r.Doc.ID, f, ents)
			ex.Label = len(ex.Gold) > 0
			out = append(out, ex)
		}
	}
	return out
}

// Options set how Train fits a model.
type Options struct {
	// L2 is the weight of the squared-norm penalty on the feature weights
	// (not the bias), against the summed log loss; 1 when 0.
	L2 float64
	// Iterations is the most L-BFGS iterations (it stops earlier once the
	// gradient vanishes); 500 when 0.
	Iterations int
	// Exclude lists feature prefixes left out of the model ("prior=").
	Exclude []string
	// MinDocs is the least number of training documents a feature must
	// occur in to get a weight: a feature of one article's sentences
	// (a trigger word seen once) carries that article, not Arabic. 1 when 0.
	MinDocs int
}

func (o Options) withDefaults() Options {
	if o.L2 == 0 {
		o.L2 = 1
	}
	if o.Iterations == 0 {
		o.Iterations = 500
	}
	if o.MinDocs == 0 {
		o.MinDocs = 1
	}
	return o
}

// DefaultExclude are the features left out by default: the rule's prior
// (data/precision.tsv of extract/ar), measured on every dev article,
// check ones included, so it would carry their labels into the model.
var DefaultExclude = []string{"prior="}

// Train fits a logistic regression to the examples by minimising the
// L2-penalised log loss with L-BFGS. It is deterministic: the same examples in
// the same order give the same weights.
func Train(exs []Example, opt Options) *Model {
	opt = opt.withDefaults()
	index := map[string]int{}
	names := vocabulary(exs, opt)
	rows := make([][]int, len(exs))
	for i, n := range names {
		index[n] = i
	}
	for i, ex := range exs {
		for _, f := range ex.Features {
			if j, ok := index[f]; ok {
				rows[i] = append(rows[i], j)
			}
		}
	}
	labels := make([]bool, len(exs))
	for i, ex := range exs {
		labels[i] = ex.Label
	}
	pen := make([]float64, len(names))
	for i := range pen {
		pen[i] = opt.L2
	}
	w := lbfgs.Minimize(len(names)+1, func(w, g []float64) float64 {
		return objective(w, g, rows, labels, pen)
	}, opt.Iterations, 1e-6)
	bias := len(names) // the last weight is the bias
	m := &Model{Bias: w[bias], Weights: make(map[string]float64, len(names))}
	for i, n := range names {
		m.Weights[n] = w[i]
	}
	m.fz, _ = NewFeaturizer()
	return m
}

// vocabulary returns the features that get a weight, sorted: those not
// excluded that occur in at least opt.MinDocs documents of the examples.
func vocabulary(exs []Example, opt Options) []string {
	docs := map[string][]string{} // feature → the documents it occurs in
	for _, ex := range exs {
		for _, f := range ex.Features {
			if ds := docs[f]; !excluded(f, opt.Exclude) && !slices.Contains(ds, ex.Doc) {
				docs[f] = append(ds, ex.Doc)
			}
		}
	}
	var names []string
	for f, ds := range docs {
		if len(ds) >= opt.MinDocs {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	return names
}

func excluded(f string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}
