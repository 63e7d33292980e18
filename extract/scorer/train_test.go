package scorer

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"testing"
)

// synthetic returns examples over ten documents in which "good" facts
// carry the feature sig=good and "bad" ones sig=bad, with a noise feature
// shared by both.
func synthetic() []Example {
	var exs []Example
	for d := 0; d < 10; d++ {
		doc := fmt.Sprintf("d%02d", d)
		for k := 0; k < 4; k++ {
			exs = append(exs, Example{Doc: doc, Edge: fmt.Sprintf("good%d", k), Label: true, Gold: []int{k},
				Features: []string{"sig=good", fmt.Sprintf("noise=%d", k%2)}})
		}
		exs = append(exs, Example{Doc: doc, Edge: "bad", Features: []string{"sig=bad", "noise=0", "prior=0.9"}})
	}
	return exs
}

func TestTrainSeparates(t *testing.T) {
	exs := synthetic()
	m := Train(exs, Options{L2: 1, Exclude: DefaultExclude})
	if _, ok := m.Weights["prior=0.9"]; ok {
		t.Error("an excluded feature got a weight")
	}
	good, bad := m.Prob([]string{"sig=good", "noise=0"}), m.Prob([]string{"sig=bad", "noise=0"})
	if good < 0.8 || bad > 0.3 {
		t.Errorf("P(good) %.3f, P(bad) %.3f: not separated", good, bad)
	}
	// the optimum: the penalised log loss has no slope left
	for f, g := range gradient(exs, m, 1) {
		if math.Abs(g) > 1e-4 {
			t.Errorf("gradient of %q is %.2g at the end of training", f, g)
		}
	}
}

func TestCrossValidateAndThreshold(t *testing.T) {
	exs := synthetic()
	probs := CrossValidate(exs, 0, Options{L2: 1})
	for i, ex := range exs {
		if ex.Label != (probs[i] > 0.5) {
			t.Errorf("%s %s: held-out probability %.3f", ex.Doc, ex.Edge, probs[i])
		}
	}
	curve := Curve(exs, probs, 45) // 40 gold facts are proposed, 5 are not
	if p := curve[0]; p.Kept != 50 || p.True != 40 || p.Found != 40 || math.Abs(p.Precision-0.8) > 1e-9 {
		t.Errorf("at 0: %s", p)
	}
	pt, ok := ChooseThreshold(curve, 0.9, 5)
	if !ok || pt.Precision < 0.9 || pt.Found != 40 || pt.Kept != 40 {
		t.Errorf("chosen %v %s, want every good fact and no bad one", ok, pt)
	}
	if _, ok := ChooseThreshold(curve, 1.01, 5); ok {
		t.Error("an unreachable target was reached")
	}
}

func TestFitDeterministic(t *testing.T) {
	var files [2]string
	for i := range files {
		m, rep := Fit(synthetic(), 45, FitOptions{Folds: 5, Part: "synthetic"})
		var b bytes.Buffer
		if _, err := m.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		files[i] = b.String()
		if !rep.Reached || m.Threshold <= 0 || m.Threshold >= 1 {
			t.Errorf("threshold %.2f (reached %v)", m.Threshold, rep.Reached)
		}
	}
	if files[0] != files[1] {
		t.Errorf("two trainings on the same data wrote different files:\n%s\n---\n%s", files[0], files[1])
	}
	if !strings.Contains(files[0], "5 folds by article") {
		t.Errorf("the notes do not say how it was validated:\n%s", files[0])
	}
}

func TestModelFileRoundTrip(t *testing.T) {
	m := Train(synthetic(), Options{L2: 1})
	m.Threshold = 0.42
	m.Notes = []string{"a note"}
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	m2, err := Parse(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if m2.Threshold != 0.42 || len(m2.Weights) != len(m.Weights) || len(m2.Notes) != 1 || m2.Notes[0] != "a note" {
		t.Errorf("read back threshold %v, %d weights, notes %q", m2.Threshold, len(m2.Weights), m2.Notes)
	}
	for _, fs := range [][]string{{"sig=good", "noise=1"}, {"sig=bad"}, {"unknown"}} {
		if a, b := m.Prob(fs), m2.Prob(fs); math.Abs(a-b) > 1e-5 {
			t.Errorf("%v: %.6f before writing, %.6f after", fs, a, b)
		}
	}
	var again bytes.Buffer
	m2.WriteTo(&again)
	if again.String() != b.String() {
		t.Error("writing a model read back changes the file")
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{
		"threshold\t1.5\n",
		"bias\tx\n",
		"w\tf\n",
		"w\tf\tNaN\n",
		"weights\tf\t1\n",
	} {
		if _, err := Parse(strings.NewReader(in)); err == nil {
			t.Errorf("%q parsed without error", in)
		}
	}
}

func TestByPredicate(t *testing.T) {
	exs := []Example{
		{Doc: "a", Edge: "met\x00x\x00y", Label: true},
		{Doc: "a", Edge: "met\x00x\x00y", Label: true}, // the same edge: its best probability counts
		{Doc: "b", Edge: "met\x00x\x00y", Label: false},
		{Doc: "a", Edge: "supports\x00x\x00z", Label: false},
	}
	got := ByPredicate(exs, []float64{0.2, 0.9, 0.7, 0.1}, 0.5)
	want := []PredicateCount{{"met", 2, 1, 2, 1}, {"supports", 1, 0, 0, 0}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
