package scorer

import (
	"math"
	"testing"
)

func TestVocabularyMinDocs(t *testing.T) {
	exs := []Example{
		{Doc: "a", Features: []string{"common", "once", "prior=0.9"}},
		{Doc: "a", Features: []string{"common", "once"}}, // twice, but in one article
		{Doc: "b", Features: []string{"common", "two"}},
		{Doc: "c", Features: []string{"two"}},
	}
	for _, tc := range []struct {
		min  int
		want []string
	}{
		{1, []string{"common", "once", "two"}},
		{2, []string{"common", "two"}},
		{3, nil},
	} {
		got := vocabulary(exs, Options{MinDocs: tc.min, Exclude: DefaultExclude})
		if len(got) != len(tc.want) {
			t.Errorf("min %d: %v, want %v", tc.min, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("min %d: %v, want %v", tc.min, got, tc.want)
			}
		}
	}
}

func TestReliability(t *testing.T) {
	exs := []Example{{Label: true}, {Label: false}, {Label: true}, {Label: true}}
	probs := []float64{0.1, 0.15, 0.9, 1}
	bins := Reliability(exs, probs, 5)
	if len(bins) != 2 {
		t.Fatalf("%d bins, want 2 (empty ones left out): %+v", len(bins), bins)
	}
	lo, hi := bins[0], bins[1]
	if lo.N != 2 || lo.Right != 1 || math.Abs(lo.Mean-0.125) > 1e-9 || lo.Rate != 0.5 {
		t.Errorf("low bin %+v", lo)
	}
	if hi.N != 2 || hi.Right != 2 || hi.Lo != 0.8 || hi.Rate != 1 {
		t.Errorf("high bin %+v (probability 1 belongs to the last bin)", hi)
	}
}

func TestTriggerDistance(t *testing.T) {
	for _, tc := range []struct {
		trig, arg int
		want      string
	}{
		{-1, 3, "x=none"},
		{4, -1, "x=none"},
		{5, 4, "x=before<2"},
		{5, 1, "x=before<8"},
		{2, 12, "x=after>=8"},
	} {
		var s sink
		triggerDistance("x=", tc.trig, tc.arg, &s)
		if len(s.out) != 1 || s.out[0] != tc.want {
			t.Errorf("trigger %d, argument %d: %v, want %s", tc.trig, tc.arg, s.out, tc.want)
		}
	}
}
