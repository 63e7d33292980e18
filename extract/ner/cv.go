package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand"
	"os"
	"sort"
	"time"
)

// Score is an entity-level precision/recall/F1 count, CoNLL rules (exact
// span and type).
type Score struct {
	Gold, Predicted, Correct int
}

// Precision, Recall and F1 of the count.
func (s Score) Precision() float64 { return ratio(s.Correct, s.Predicted) }
func (s Score) Recall() float64    { return ratio(s.Correct, s.Gold) }
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Evaluation is a score overall and per type.
type Evaluation struct {
	All    Score
	ByType map[string]Score
}

func (e *Evaluation) add(gold, pred []Span) {
	if e.ByType == nil {
		e.ByType = map[string]Score{}
	}
	type key struct {
		s, e int
		t    string
	}
	g := map[key]bool{}
	for _, s := range gold {
		g[key{s.Start, s.End, s.Type}] = true
		st := e.ByType[s.Type]
		st.Gold++
		e.ByType[s.Type] = st
		e.All.Gold++
	}
	for _, s := range pred {
		st := e.ByType[s.Type]
		st.Predicted++
		e.All.Predicted++
		if g[key{s.Start, s.End, s.Type}] {
			st.Correct++
			e.All.Correct++
		}
		e.ByType[s.Type] = st
	}
}

// Evaluate tags every sentence with m and scores it against its tags.
func Evaluate(m *Model, sents []Sentence) Evaluation {
	var e Evaluation
	for _, s := range sents {
		e.add(SpansOfTags(s.Tags), SpansOfTags(m.Tag(s.Words)))
	}
	return e
}

// CVResult is the outcome of CrossValidate.
type CVResult struct {
	Evaluation
	Folds []Evaluation
	// Predicted holds, for every sentence in input order, the tags
	// predicted by the model that did not see it.
	Predicted [][]string
	// Spans are the out-of-fold spans with their scores, and Correct says
	// for each whether it matches a gold span exactly.
	Spans   []Span
	Correct []bool

	tempLoss []float64 // summed log loss of the spans at each of calibTemps
	biasEval []Evaluation
	// decodeEval scores the decoding variants of decodeVariants.
	decodeEval []Evaluation
}

// decodeVariants are other ways of decoding the same held-out blocks that
// CrossValidate scores alongside: each turns the second pass's tags of a
// block (changed in place) into the variant's.
var decodeVariants = []struct {
	name string
	f    func(m *Model, words [][]string, tags [][]int)
}{
	{"first pass only (each sentence alone)", func(m *Model, words [][]string, tags [][]int) {
		for i, w := range words {
			tags[i], _ = m.tagIdx(w)
		}
	}},
	{"label consistency: add, window 20", func(m *Model, words [][]string, tags [][]int) {
		consistent(words, tags, DocWindow, consistAdd)
	}},
	{"label consistency: retype, window 20", func(m *Model, words [][]string, tags [][]int) {
		consistent(words, tags, DocWindow, consistRetype)
	}},
	{"label consistency: retype+add, window 20", func(m *Model, words [][]string, tags [][]int) {
		consistent(words, tags, DocWindow, consistRetype|consistAdd)
	}},
	{"label consistency: add, window 5", func(m *Model, words [][]string, tags [][]int) {
		consistent(words, tags, 5, consistAdd)
	}},
	{"label consistency: retype+add, window 50", func(m *Model, words [][]string, tags [][]int) {
		consistent(words, tags, 50, consistRetype|consistAdd)
	}},
}

var biasGrid = []float64{0, 0.5, 1, 2, 4, 6, 8, 12, 16, 24}

// calibTemps are the temperatures CrossValidate tries for span scores.
var calibTemps = []float64{1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48}

// BestTemperature is the temperature, among those tried, whose span scores
// had the lowest log loss on held-out folds; pass it to TrainOptions.
func (r *CVResult) BestTemperature() float64 {
	best := 0
	for i, l := range r.tempLoss {
		if l < r.tempLoss[best] {
			best = i
		}
	}
	return calibTemps[best]
}

// CrossValidate shuffles sents with opt.Seed, splits them into k folds, and
// trains on k−1 folds to tag the k-th.
func CrossValidate(sents []Sentence, k int, opt TrainOptions) (*CVResult, error) {
	opt.defaults()
	if k < 2 || k > len(sents) {
		return nil, fmt.Errorf("ner: cross-validate: %d folds for %d sentences", k, len(sents))
	}
	perm := rand.New(rand.NewSource(opt.Seed)).Perm(len(sents))
	fold := make([]int, len(sents))
	for r, i := range perm {
		fold[i] = r % k
	}
	return crossValidate(sents, fold, k, opt)
}

// CrossValidateBlocks is CrossValidate with k contiguous blocks of
// sentences as folds: articles then rarely straddle training and test, so
// the score is closer to that on unseen articles.
func CrossValidateBlocks(sents []Sentence, k int, opt TrainOptions) (*CVResult, error) {
	opt.defaults()
	if k < 2 || k > len(sents) {
		return nil, fmt.Errorf("ner: cross-validate: %d folds for %d sentences", k, len(sents))
	}
	fold := make([]int, len(sents))
	for i := range fold {
		fold[i] = i * k / len(sents)
	}
	return crossValidate(sents, fold, k, opt)
}

func crossValidate(sents []Sentence, fold []int, k int, opt TrainOptions) (*CVResult, error) {
	res := &CVResult{Predicted: make([][]string, len(sents)), tempLoss: make([]float64, len(calibTemps)), biasEval: make([]Evaluation, len(biasGrid)), decodeEval: make([]Evaluation, len(decodeVariants))}
	for f := 0; f < k; f++ {
		if opt.CVFold > 0 && f != opt.CVFold-1 {
			continue
		}
		var train, test []Sentence
		var testIdx []int
		for i, s := range sents {
			if fold[i] == f {
				test = append(test, s)
				testIdx = append(testIdx, i)
			} else {
				train = append(train, s)
			}
		}
		o := opt
		o.Log = nil
		m, err := Train(train, o)
		if err != nil {
			return nil, fmt.Errorf("fold %d: %w", f+1, err)
		}
		var ev Evaluation
		testWords := make([][]string, len(test))
		for j, s := range test {
			testWords[j] = s.Words
		}
		allIdx, allEm := m.tagDoc(testWords, DocWindow)
		for vi, v := range decodeVariants {
			tags := make([][]int, len(allIdx))
			for j := range allIdx {
				tags[j] = append([]int(nil), allIdx[j]...)
			}
			v.f(m, testWords, tags)
			for j, s := range test {
				res.decodeEval[vi].add(SpansOfTags(s.Tags), spansOfTags(tags[j]))
			}
		}
		for j, s := range test {
			idx, em := allIdx[j], allEm[j]
			gold0 := SpansOfTags(s.Tags)
			for bi, bias := range biasGrid {
				em2 := append([][nTags]float32(nil), em...)
				for i := range em2 {
					em2[i][0] -= float32(bias)
				}
				tags := make([]int, len(em2))
				viterbi(em2, &m.trans, tags)
				res.biasEval[bi].add(gold0, spansOfTags(tags))
			}
			sp := spansOfTags(idx)
			gold := SpansOfTags(s.Tags)
			gk := map[[2]int]string{}
			for _, g := range gold {
				gk[[2]int{g.Start, g.End}] = g.Type
			}
			if len(sp) > 0 {
				for ti, T := range calibTemps {
					A := potentialsAt(&m.trans, T)
					scoreAt(em, sp, &A, T)
					for _, s := range sp {
						p := math.Min(math.Max(s.Score, 1e-6), 1-1e-6)
						if gk[[2]int{s.Start, s.End}] == s.Type {
							res.tempLoss[ti] -= math.Log(p)
						} else {
							res.tempLoss[ti] -= math.Log(1 - p)
						}
					}
				}
				m.score(em, sp)
			}
			ev.add(gold, sp)
			res.Evaluation.add(gold, sp)
			res.Predicted[testIdx[j]] = spansToTags(sp, len(s.Words))
			for _, s := range sp {
				res.Spans = append(res.Spans, s)
				res.Correct = append(res.Correct, gk[[2]int{s.Start, s.End}] == s.Type)
			}
		}
		res.Folds = append(res.Folds, ev)
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "fold %d: F1 %.4f (P %.4f R %.4f), %d features\n", f+1, ev.All.F1(), ev.All.Precision(), ev.All.Recall(), m.Features())
		}
	}
	return res, nil
}

// spansToTags writes spans back as BIO tags.
func spansToTags(sp []Span, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "O"
	}
	for _, s := range sp {
		out[s.Start] = "B-" + s.Type
		for i := s.Start + 1; i < s.End; i++ {
			out[i] = "I-" + s.Type
		}
	}
	return out
}

// Calibration summarises how span scores relate to correctness.
type Calibration struct {
	// Bins are score ranges [Lo, Hi) with how many spans fell in them and
	// the fraction that were correct.
	Bins []CalibrationBin
	// LogLoss is the mean negative log-likelihood of correctness under the
	// scores.
	LogLoss float64
}

// CalibrationBin is one row of a Calibration.
type CalibrationBin struct {
	Lo, Hi    float64
	N         int
	Precision float64
}

// Calibrate bins out-of-fold span scores.
func (r *CVResult) Calibrate() Calibration {
	edges := []float64{0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001}
	var c Calibration
	type acc struct{ n, ok int }
	bins := make([]acc, len(edges)-1)
	ll := 0.0
	for i, s := range r.Spans {
		b := sort.SearchFloat64s(edges, s.Score+1e-12) - 1
		b = max(0, min(b, len(bins)-1))
		bins[b].n++
		p := math.Min(math.Max(s.Score, 1e-6), 1-1e-6)
		if r.Correct[i] {
			bins[b].ok++
			ll -= math.Log(p)
		} else {
			ll -= math.Log(1 - p)
		}
	}
	for i, b := range bins {
		c.Bins = append(c.Bins, CalibrationBin{Lo: edges[i], Hi: math.Min(edges[i+1], 1), N: b.n, Precision: ratio(b.ok, b.n)})
	}
	if len(r.Spans) > 0 {
		c.LogLoss = ll / float64(len(r.Spans))
	}
	return c
}

// RunCV cross-validates (with contiguous folds when blocks is set) and prints the scores per type and overall, the
// calibration of span scores, and (when predPath is set) writes the
// out-of-fold predictions in the scorer's "token TAG" format.
func RunCV(w io.Writer, sents []Sentence, k int, blocks bool, predPath string, opt TrainOptions) error {
	t0 := time.Now()
	cv, how := CrossValidate, "shuffled"
	if blocks {
		cv, how = CrossValidateBlocks, "contiguous"
	}
	res, err := cv(sents, k, opt)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%d-fold cross-validation (%s folds) over %d sentences in %v\n", k, how, len(sents), time.Since(t0).Round(time.Millisecond))
	types := make([]string, 0, len(res.ByType))
	for t := range res.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		s := res.ByType[t]
		fmt.Fprintf(w, "%-5s gold=%5d predicted=%5d precision=%.3f recall=%.3f f1=%.3f\n", t, s.Gold, s.Predicted, s.Precision(), s.Recall(), s.F1())
	}
	s := res.All
	fmt.Fprintf(w, "all   gold=%d predicted=%d precision=%.3f recall=%.3f f1=%.3f\n", s.Gold, s.Predicted, s.Precision(), s.Recall(), s.F1())
	for i, f := range res.Folds {
		fmt.Fprintf(w, "fold %d f1=%.4f\n", i+1, f.All.F1())
	}
	fmt.Fprintf(w, "best score temperature %g (log loss by temperature:", res.BestTemperature())
	for i, T := range calibTemps {
		fmt.Fprintf(w, " %g:%.3f", T, res.tempLoss[i]/float64(max(1, len(res.Spans))))
	}
	fmt.Fprintf(w, ")\n")
	for i, b := range biasGrid {
		e := res.biasEval[i].All
		fmt.Fprintf(w, "extra O bias %.1f: P %.4f R %.4f F1 %.4f\n", b, e.Precision(), e.Recall(), e.F1())
	}
	for i, v := range decodeVariants {
		e := res.decodeEval[i].All
		fmt.Fprintf(w, "decode %s: P %.4f R %.4f F1 %.4f\n", v.name, e.Precision(), e.Recall(), e.F1())
	}
	c := res.Calibrate()
	fmt.Fprintf(w, "span score calibration (log loss %.4f):\n", c.LogLoss)
	for _, b := range c.Bins {
		fmt.Fprintf(w, "  [%.2f, %.2f) n=%5d precision=%.3f\n", b.Lo, b.Hi, b.N, b.Precision)
	}
	fmt.Fprintf(w, "keeping only spans with score ≥ threshold:\n")
	for _, th := range []float64{0, 0.5, 0.6, 0.7, 0.8, 0.9} {
		fmt.Fprintf(w, "  ≥ %.1f:", th)
		for _, t := range append(types, "all") {
			var sc Score
			for i, sp := range res.Spans {
				if sp.Score >= th && (t == "all" || sp.Type == t) {
					sc.Predicted++
					if res.Correct[i] {
						sc.Correct++
					}
				}
			}
			if t == "all" {
				sc.Gold = res.All.Gold
			} else {
				sc.Gold = res.ByType[t].Gold
			}
			fmt.Fprintf(w, " %s P %.3f R %.3f F %.3f;", t, sc.Precision(), sc.Recall(), sc.F1())
		}
		fmt.Fprintln(w)
	}
	if predPath != "" {
		// Only the sentences tagged (all of them, or one fold's).
		var words, tags [][]string
		for i, s := range sents {
			if res.Predicted[i] != nil {
				words = append(words, s.Words)
				tags = append(tags, res.Predicted[i])
			}
		}
		f, err := os.Create(predPath)
		if err != nil {
			return fmt.Errorf("write predictions: %w", err)
		}
		if err := WriteTagged(f, words, tags); err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", predPath, err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("%s: %w", predPath, err)
		}
	}
	return nil
}
