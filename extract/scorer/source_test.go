package scorer

import (
	"testing"

	"github.com/newskg/kg/extract"
)

// TestCrossValidateByGroup: with a group, a signal that exists in one
// group only cannot be learnt when that group is held out, so its examples
// get the prior of the others; by document the signal is learnt.
func TestCrossValidateByGroup(t *testing.T) {
	var exs []Example
	for _, doc := range []string{"a1", "a2", "a3", "b1", "b2", "b3"} {
		sig := "sig=" + doc[:1] // the sign of right differs between groups a and b
		exs = append(exs,
			Example{Doc: doc, Edge: "r", Label: true, Gold: []int{0}, Features: []string{sig, "x=1"}},
			Example{Doc: doc, Edge: "w", Features: []string{"x=0"}})
	}
	group := func(d string) string { return d[:1] }
	byDoc := CrossValidateBy(exs, 0, nil, Options{L2: 0.1})
	byGroup := CrossValidateBy(exs, 0, group, Options{L2: 0.1})
	for i, ex := range exs {
		if !ex.Label {
			continue
		}
		if byGroup[i] >= byDoc[i] {
			t.Errorf("%s: held out by group %.3f, by document %.3f: the group's own signal was seen", ex.Doc, byGroup[i], byDoc[i])
		}
	}
	fold := map[string]int{}
	if n := groupFolds([]string{"b2", "a1", "b1"}, group, fold); n != 2 || fold["a1"] != 0 || fold["b1"] != 1 || fold["b2"] != 1 {
		t.Errorf("groupFolds: %d folds %v", n, fold)
	}
}

// TestLabelledExamples: the facts the labeler cannot judge are left out,
// the others labelled by its gold indices.
func TestLabelledExamples(t *testing.T) {
	fz, err := NewFeaturizer()
	if err != nil {
		t.Fatal(err)
	}
	r := &extract.Result{Doc: extract.Document{ID: "d", Text: "نص قصير"}, Facts: []extract.Fact{
		{Subject: "a", Predicate: extract.Met, Object: "b"},
		{Subject: "a", Predicate: extract.Visited, Object: "c"},
		{Subject: "x", Predicate: extract.Visited, Object: "c"},
	}}
	label := func(r *extract.Result, i int) ([]int, bool) {
		switch r.Facts[i].Subject {
		case "x":
			return nil, false
		}
		if r.Facts[i].Predicate == extract.Met {
			return []int{3}, true
		}
		return nil, true
	}
	exs := LabelledExamples(fz, []*extract.Result{r}, label)
	if len(exs) != 2 || !exs[0].Label || exs[1].Label || exs[0].Gold[0] != 3 || exs[0].Doc != "d" {
		t.Errorf("got %+v", exs)
	}
}
