package scorer

import (
	"strings"
	"testing"

	"github.com/newskg/kg/extract"
)

// TestBriefTextHasNoRepetitionFeatures checks that the facts of a text of
// one sentence get no repetition or salience features (nothing can recur
// in it), while the same fact in a whole article gets them.
func TestBriefTextHasNoRepetitionFeatures(t *testing.T) {
	fz, err := NewFeaturizer()
	if err != nil {
		t.Fatal(err)
	}
	sentence := "التقى الرئيس الموريتاني محمد ولد عبد العزيز رئيس الوزراء الإثيوبي في نواكشوط."
	filler := " وقالت مصادر رسمية إن الجانبين بحثا العلاقات الثنائية وسبل تطويرها في مجالات الزراعة والتجارة والطاقة."
	repetition := []string{"dup=", "rules=", "sents=", "ssal=", "osal=", "sfacts=", "ofacts="}
	for _, c := range []struct {
		name  string
		text  string
		brief bool
	}{
		{"one sentence", sentence, true},
		{"whole article", sentence + strings.Repeat(filler, 8), false},
	} {
		r := &extract.Result{
			Doc: extract.Document{Text: c.text},
			Entities: []extract.Entity{
				{Key: "mohamed-ould-abdel-aziz", Type: "Person", Labels: map[string]string{"ar": "محمد ولد عبد العزيز"}},
				{Key: "hailemariam-desalegn", Type: "Person", Labels: map[string]string{"ar": "هايلي ماريام ديسالين"}},
			},
			Facts: []extract.Fact{{Subject: "mohamed-ould-abdel-aziz", Predicate: extract.Met, Object: "hailemariam-desalegn",
				Evidence: sentence, Start: 0, End: len(sentence), Rule: "ar/meeting-verb", Confidence: 0.9}},
		}
		feats := strings.Join(fz.Result(r)[0], " ")
		for _, p := range repetition {
			if has := strings.Contains(" "+feats, " "+p); has == c.brief {
				t.Errorf("%s: feature %s present = %v, want %v (features: %s)", c.name, p, has, !c.brief, feats)
			}
		}
		if !strings.Contains(feats, "rule=ar/meeting-verb") {
			t.Errorf("%s: the fact's own features are missing: %s", c.name, feats)
		}
	}
}
