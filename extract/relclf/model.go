package relclf

import (
	"math"
	"strings"
)

// None is the class of a pair the sentence relates by no fact.
const None = "none"

// Model is a multinomial logistic regression over binary features: the
// probability of class c for a pair with features F is the softmax over
// the classes of Bias[c] + Σ_{f∈F} Weights[f][c]. Features without a
// weight count for nothing.
type Model struct {
	// Classes are None, then predicate:direction classes (see Class).
	Classes []string
	Bias    []float64
	Weights map[string][]float64
	// Threshold is the probability at or above which a class is proposed
	// by default: where cross-validated precision reached the target when
	// the model was trained.
	Threshold float64
	// Notes are comment lines kept in the model file.
	Notes []string
}

// Class names the class of predicate pred between the earlier mention a
// and the later mention b: pred+":ab" when a is the subject (or pred is
// symmetric), pred+":ba" when b is.
func Class(pred string, aIsSubject, symmetric bool) string {
	if aIsSubject || symmetric {
		return pred + ":ab"
	}
	return pred + ":ba"
}

// Relation splits a class into its predicate and whether the later mention
// is the subject; ok is false for None.
func Relation(class string) (pred string, swap, ok bool) {
	pred, dir, ok := strings.Cut(class, ":")
	return pred, dir == "ba", ok
}

// Probs returns the probability of each class (in the order of Classes)
// for a pair with the given features, in out (resized).
func (m *Model) Probs(features []string, out []float64) []float64 {
	out = append(out[:0], m.Bias...)
	for _, f := range features {
		if w, ok := m.Weights[f]; ok {
			for c, v := range w {
				out[c] += v
			}
		}
	}
	softmax(out)
	return out
}

// Best returns the most probable class other than None and its
// probability.
func (m *Model) Best(features []string, buf []float64) (string, float64) {
	return m.Top(m.Probs(features, buf))
}

// Top returns the most probable class other than None of the
// probabilities p (by class, as Probs returns them) and its probability.
func (m *Model) Top(p []float64) (string, float64) {
	best := -1
	for c := 1; c < len(p); c++ {
		if best < 0 || p[c] > p[best] {
			best = c
		}
	}
	if best < 0 {
		return None, 0
	}
	return m.Classes[best], p[best]
}

// softmax turns scores into probabilities in place.
func softmax(z []float64) {
	mx := math.Inf(-1)
	for _, v := range z {
		mx = max(mx, v)
	}
	var sum float64
	for i, v := range z {
		z[i] = math.Exp(v - mx)
		sum += z[i]
	}
	for i := range z {
		z[i] /= sum
	}
}

// PairProbs returns the probability of each class for the pair p of
// sentence s, as Probs(Features(s, p)) but without building the feature
// strings.
func (m *Model) PairProbs(s *Sentence, p Pair, out []float64) []float64 {
	out = append(out[:0], m.Bias...)
	emitFeatures(s, p, func(f []byte) {
		if w, ok := m.Weights[string(f)]; ok {
			for c, v := range w {
				out[c] += v
			}
		}
	})
	softmax(out)
	return out
}

// BestPair is Best for the pair p of sentence s (see PairProbs).
func (m *Model) BestPair(s *Sentence, p Pair, buf []float64) (string, float64) {
	return m.Top(m.PairProbs(s, p, buf))
}
