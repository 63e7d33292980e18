package extract

import (
	"slices"
	"testing"
)

func TestKeepConfident(t *testing.T) {
	mk := func() *Result {
		return &Result{
			Entities: []Entity{{Key: "a"}, {Key: "b"}, {Key: "c"}, {Key: "d"}, {Key: "place"}, {Key: "lonely"}},
			Facts: []Fact{
				{Subject: "a", Predicate: Met, Object: "b", Confidence: 0.9},
				{Subject: "a", Predicate: Supports, Object: "c", Confidence: 0.3, Place: "place"},
				{Subject: "d", Predicate: Deaths, Value: "3", Confidence: 0.5},
			},
		}
	}
	keys := func(r *Result) []string {
		var k []string
		for _, e := range r.Entities {
			k = append(k, e.Key)
		}
		return k
	}
	for _, c := range []struct {
		min     float64
		removed int
		ents    []string
	}{
		{0, 0, []string{"a", "b", "c", "d", "place", "lonely"}},
		{0.3, 0, []string{"a", "b", "c", "d", "place", "lonely"}},
		{0.5, 1, []string{"a", "b", "c", "d", "place", "lonely"}}, // mentions stay
		{0.95, 3, []string{"a", "b", "c", "d", "place", "lonely"}},
	} {
		r := mk()
		if n := r.KeepConfident(c.min); n != c.removed || len(r.Facts) != 3-c.removed {
			t.Errorf("min %.2f: removed %d, %d left; want %d removed", c.min, n, len(r.Facts), c.removed)
		}
		if got := keys(r); !slices.Equal(got, c.ents) {
			t.Errorf("min %.2f: entities %v, want %v", c.min, got, c.ents)
		}
	}
	var nilResult *Result
	if nilResult.KeepConfident(0.5) != 0 {
		t.Error("a nil result lost facts")
	}
}
