package scorer

import "github.com/newskg/kg/extract"

// Labeler labels the i-th fact of a result from outside a gold set (the
// ANERcorp relation labels, which name mentions, not entities): gold are the
// labelled facts of the document it matches, and ok is false when the fact
// cannot be judged (an end maps onto no labelled mention), which leaves it
// out of training.
type Labeler func(r *extract.Result, i int) (gold []int, ok bool)

// LabelledExamples turns extraction results into training examples
// labelled by label instead of a Gold set; the facts it cannot judge are
// left out. Features are computed over the whole result, as Examples does.
func LabelledExamples(fz *Featurizer, results []*extract.Result, label Labeler) []Example {
	var out []Example
	for _, r := range results {
		feats := fz.Result(r)
		for i, f := range r.Facts {
			gold, ok := label(r, i)
			if !ok {
				continue
			}
			out = append(out, Example{Doc: r.Doc.ID, Edge: edgeKey(f), Features: feats[i], Label: len(gold) > 0, Gold: gold})
		}
	}
	return out
}
