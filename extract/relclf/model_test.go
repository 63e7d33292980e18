package relclf

import (
	"bytes"
	"math"
	"testing"
)

// toy returns examples where feature "met-word" means met (earlier mention
// the subject... symmetric), "visit-word" means the later mention was
// visited, and anything else none.
func toy() []Example {
	var exs []Example
	for i := 0; i < 20; i++ {
		exs = append(exs,
			Example{Group: "a", Features: []string{"met-word", "t=PERS>PERS"}, Class: "met:ab"},
			Example{Group: "b", Features: []string{"visit-word", "t=PERS>LOC"}, Class: "visited:ab"},
			Example{Group: "c", Features: []string{"other", "t=PERS>LOC"}, Class: None},
			Example{Group: "c", Features: []string{"other", "t=PERS>PERS"}, Class: None},
		)
	}
	exs = append(exs, Example{Group: "d", Features: []string{"rare"}, Class: "supports:ab"}) // too rare to learn
	return exs
}

func TestTrainLearnsClasses(t *testing.T) {
	m := Train(toy(), Options{L2: 0.1})
	if len(m.Classes) != 3 || m.Classes[0] != None {
		t.Fatalf("classes %v, want none and the two frequent ones", m.Classes)
	}
	tests := []struct {
		features []string
		want     string
		min      float64
	}{
		{[]string{"met-word", "t=PERS>PERS"}, "met:ab", 0.9},
		{[]string{"visit-word", "t=PERS>LOC"}, "visited:ab", 0.9},
	}
	for _, tc := range tests {
		if c, p := m.Best(tc.features, nil); c != tc.want || p < tc.min {
			t.Errorf("%v: %s %.2f, want %s ≥ %.2f", tc.features, c, p, tc.want, tc.min)
		}
	}
	if _, p := m.Best([]string{"other", "t=PERS>LOC"}, nil); p > 0.1 {
		t.Errorf("a none pair gets a relation at %.2f", p)
	}
	p := m.Probs([]string{"unknown feature"}, nil)
	var sum float64
	for _, v := range p {
		sum += v
	}
	if math.Abs(sum-1) > 1e-9 {
		t.Errorf("probabilities sum to %v", sum)
	}
}

func TestModelFileRoundTrip(t *testing.T) {
	m := Train(toy(), Options{L2: 0.1})
	m.Threshold, m.Notes = 0.7, []string{"a note"}
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	back, err := Parse(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if back.Threshold != 0.7 || len(back.Notes) != 1 || len(back.Classes) != len(m.Classes) {
		t.Fatalf("read back threshold %v notes %v classes %v", back.Threshold, back.Notes, back.Classes)
	}
	f := []string{"visit-word", "t=PERS>LOC"}
	c1, p1 := m.Best(f, nil)
	c2, p2 := back.Best(f, nil)
	if c1 != c2 || math.Abs(p1-p2) > 0.01 {
		t.Errorf("read back gives %s %.3f, the model %s %.3f", c2, p2, c1, p1)
	}
	for _, bad := range []string{"threshold\t2\n", "classes\tnone\nbias\t0\tx\n", "w\tf\t0:1\n", "bogus\n"} {
		if _, err := Parse(bytes.NewReader([]byte(bad))); err == nil {
			t.Errorf("Parse(%q): no error", bad)
		}
	}
}

func TestRelation(t *testing.T) {
	tests := []struct {
		class, pred string
		swap, ok    bool
	}{
		{"met:ab", "met", false, true}, {"visited:ba", "visited", true, true}, {None, "", false, false},
	}
	for _, tc := range tests {
		p, s, ok := Relation(tc.class)
		if ok != tc.ok || (ok && (p != tc.pred || s != tc.swap)) {
			t.Errorf("Relation(%q) = %q %v %v", tc.class, p, s, ok)
		}
	}
	if Class("met", false, true) != "met:ab" || Class("visited", false, false) != "visited:ba" {
		t.Error("Class gets the direction wrong")
	}
}

func TestCrossValidateHoldsOut(t *testing.T) {
	exs := toy()
	fold := make([]int, len(exs))
	for i, ex := range exs {
		if ex.Group == "b" {
			fold[i] = 1 // visited only in fold 1: its held-out model never saw it
		}
	}
	classes, probs := CrossValidate(exs, fold, 2, Options{L2: 0.1})
	vi := -1
	for i, c := range classes {
		if c == "visited:ab" {
			vi = i
		}
	}
	for i, ex := range exs {
		if ex.Group == "b" && probs[i][vi] != 0 {
			t.Fatalf("held-out visited probability %v: the fold's model saw the class", probs[i][vi])
		}
	}
}

func TestDefaultModel(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m.Classes[0] != None || m.Threshold <= 0 || m.Threshold > 1 {
		t.Errorf("embedded model: classes %v threshold %v", m.Classes[:1], m.Threshold)
	}
}

func TestPairProbsAgreesWithFeatures(t *testing.T) {
	s := sent(t, "[PERS زيد] التقى+met [PERS عمرو] في [LOC دمشق]")
	m := &Model{Classes: []string{None, "met:ab"}, Bias: []float64{0, -1},
		Weights: map[string][]float64{"bt=met|PERS>PERS": {0, 3}, "m=1": {0, -2}, "b=في": {0.5, 0}}}
	for _, p := range s.Pairs() {
		c1, p1 := m.Best(Features(s, p), nil)
		c2, p2 := m.BestPair(s, p, nil)
		if c1 != c2 || math.Abs(p1-p2) > 1e-12 {
			t.Errorf("%v: BestPair %s %.4f, Best %s %.4f", p, c2, p2, c1, p1)
		}
	}
	if c, p := m.BestPair(s, Pair{0, 1}, nil); c != "met:ab" || p < 0.8 {
		t.Errorf("met pair: %s %.2f", c, p)
	}
}
