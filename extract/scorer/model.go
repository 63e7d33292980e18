package scorer

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// Model is a logistic regression over binary features: the probability
// that a candidate fact is right is σ(Bias + Σ Weights[f]) over its
// features f. Features without a weight count for nothing.
type Model struct {
	Bias    float64
	Weights map[string]float64
	// Threshold is the confidence below which facts are left out by
	// default: where held-out precision reached the target when the model
	// was trained (0 when unset).
	Threshold float64
	// Notes are comment lines kept in the model file (how it was trained,
	// its cross-validation figures).
	Notes []string

	fz *Featurizer
}

// Prob returns the probability of a fact with the given features.
func (m *Model) Prob(features []string) float64 {
	z := m.Bias
	for _, f := range features {
		z += m.Weights[f]
	}
	return sigmoid(z)
}

func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}

// Score sets the Confidence of every fact of r to the model's probability
// (rounded to three decimals, so that the stored figure is stable); the
// confidence a fact carries before (its rule's prior) is one of its
// features. It is safe for concurrent use.
func (m *Model) Score(r *extract.Result) { m.ScoreTokens(r, nil) }

// ScoreTokens is Score for a caller that has tokenised the document's text
// already: body is text.Tokenize(r.Doc.Text, 0), read only (nil: Score
// tokenises the text itself when a feature needs it).
func (m *Model) ScoreTokens(r *extract.Result, body []text.Token) {
	if len(r.Facts) == 0 {
		return
	}
	fz := m.fz
	if fz == nil {
		var err error
		if fz, err = NewFeaturizer(); err != nil {
			return
		}
	}
	for i, z := range fz.scores(r, body, m.Bias, m.Weights) {
		r.Facts[i].Confidence = round3(sigmoid(z))
	}
}

func round3(p float64) float64 { return math.Round(p*1000) / 1000 }

// The model file is text: comment lines (#), then "threshold", "bias" and
// one "w" line per feature, tab-separated, features sorted, numbers with
// six significant digits, so that the same training gives the same bytes.

// WriteTo writes the model file.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	b.WriteString("# kg fact scorer: logistic regression over binary features (package extract/scorer).\n")
	for _, n := range m.Notes {
		b.WriteString("# " + n + "\n")
	}
	fmt.Fprintf(&b, "threshold\t%s\n", num(m.Threshold))
	fmt.Fprintf(&b, "bias\t%s\n", num(m.Bias))
	keys := make([]string, 0, len(m.Weights))
	for k, v := range m.Weights {
		if num(v) != "0" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "w\t%s\t%s\n", k, num(m.Weights[k]))
	}
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

func num(v float64) string {
	s := strconv.FormatFloat(v, 'g', 6, 64)
	if s == "-0" {
		return "0"
	}
	return s
}

// Parse reads a model file written by WriteTo.
func Parse(r io.Reader) (*Model, error) {
	m := &Model{Weights: map[string]float64{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			continue
		}
		if c, ok := strings.CutPrefix(line, "# "); ok {
			if n > 1 {
				m.Notes = append(m.Notes, c)
			}
			continue
		}
		f := strings.Split(line, "\t")
		bad := func() (*Model, error) { return nil, fmt.Errorf("scorer: model line %d: %q", n, line) }
		switch {
		case f[0] == "threshold" && len(f) == 2:
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil || v < 0 || v > 1 {
				return bad()
			}
			m.Threshold = v
		case f[0] == "bias" && len(f) == 2:
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil {
				return bad()
			}
			m.Bias = v
		case f[0] == "w" && len(f) == 3:
			v, err := strconv.ParseFloat(f[2], 64)
			if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
				return bad()
			}
			m.Weights[f[1]] = v
		case strings.HasPrefix(line, "#"):
		default:
			return bad()
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("scorer: read model: %w", err)
	}
	fz, err := NewFeaturizer()
	if err != nil {
		return nil, err
	}
	m.fz = fz
	return m, nil
}

// Contribution is one feature's part in a fact's score.
type Contribution struct {
	Feature string
	Weight  float64
}

// Explain returns the features of each fact of r with their weights,
// largest in absolute value first, and each fact's probability, without
// changing r.
func (m *Model) Explain(r *extract.Result) ([][]Contribution, []float64) {
	fz := m.fz
	if fz == nil {
		var err error
		if fz, err = NewFeaturizer(); err != nil {
			return nil, nil
		}
	}
	feats := fz.Result(r)
	out := make([][]Contribution, len(feats))
	probs := make([]float64, len(feats))
	for i, fs := range feats {
		for _, f := range fs {
			if w, ok := m.Weights[f]; ok {
				out[i] = append(out[i], Contribution{f, w})
			}
		}
		sort.SliceStable(out[i], func(a, b int) bool { return math.Abs(out[i][a].Weight) > math.Abs(out[i][b].Weight) })
		probs[i] = m.Prob(fs)
	}
	return out, probs
}
