package ar

import (
	"context"
	"testing"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/relclf"
)

// everyPersonPairMeets is a hand-made proposer model: any two persons of a
// sentence met, with probability ~0.88.
func everyPersonPairMeets() *relclf.Model {
	return &relclf.Model{
		Classes:   []string{relclf.None, "met:ab"},
		Bias:      []float64{0, -10},
		Weights:   map[string][]float64{"t=PERS>PERS": {0, 12}},
		Threshold: 0.5,
	}
}

func extractLearned(t *testing.T, x *Extractor, text string) *extract.Result {
	t.Helper()
	r, err := x.Extract(context.Background(), extract.Document{ID: "t", Lang: "ar", Text: text, Date: day("2015-11-23")})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// The proposer adds a fact for a pair no rule relates, with its rule name,
// its probability as confidence and the sentence as evidence; a pair a rule
// relates gets no second, learned fact.
func TestLearnedFacts(t *testing.T) {
	x := New(WithProposer(everyPersonPairMeets()))
	text := "ذكر بوتين أن أوباما سيسافر غدا إلى الصين."
	r := extractLearned(t, x, text)
	var learned []extract.Fact
	for _, f := range r.Facts {
		if f.Rule == LearnedRule {
			learned = append(learned, f)
		}
	}
	if len(learned) != 1 || learned[0].Predicate != extract.Met || learned[0].Evidence == "" ||
		learned[0].Confidence < 0.8 || learned[0].Confidence > 0.95 {
		t.Fatalf("learned facts %+v, want one met at ~0.88\n%s", learned, dump(r))
	}
	r = extractLearned(t, x, "التقى الرئيس الروسي فلاديمير بوتين الرئيس الأمريكي باراك أوباما في باريس.")
	n := 0
	for _, f := range r.Facts {
		if f.Predicate == extract.Met {
			n++
			if f.Rule == LearnedRule {
				t.Errorf("a learned fact for a pair the rules relate: %+v", f)
			}
		}
	}
	if n == 0 {
		t.Fatalf("the rules found no meeting:\n%s", dump(r))
	}
	r = extractLearned(t, New(WithoutProposer()), text)
	for _, f := range r.Facts {
		if f.Rule == LearnedRule {
			t.Errorf("WithoutProposer: learned fact %+v", f)
		}
	}
}

// The embedded model on sentences written for the test: the most probable
// class of the pair (other than none) is the relation the sentence states.
func TestEmbeddedProposer(t *testing.T) {
	m, err := relclf.Default()
	if err != nil {
		t.Fatal(err)
	}
	x := New(WithoutProposer())
	tests := []struct {
		text, a, b, class string
	}{
		{"التقى الرئيس المصري عبد الفتاح السيسي في القاهرة أمس نظيره الفرنسي فرانسوا هولاند.", "abdel-fattah-el-sisi", "francois-hollande", "met:ab"},
		{"وصل وزير الخارجية الأمريكي جون كيري إلى بغداد في زيارة لم يعلن عنها.", "john-kerry", "baghdad", "visited:ab"},
	}
	for _, tc := range tests {
		_, ps, err := x.ExtractPairs(context.Background(), extract.Document{ID: "t", Lang: "ar", Text: tc.text, Date: day("2015-11-23")})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, p := range ps {
			for _, pr := range p.Sentence.Pairs() {
				if !keyIs(p.Keys[pr.A], tc.a) || !keyIs(p.Keys[pr.B], tc.b) {
					continue
				}
				found = true
				if c, prob := m.Best(relclf.Features(&p.Sentence, pr), nil); c != tc.class || prob < 0.15 { // the model is timid: its cut-off is far higher
					t.Errorf("%s: %s %.2f, want %s", tc.text, c, prob, tc.class)
				}
			}
		}
		if !found {
			t.Errorf("%s: no pair %s, %s in %+v", tc.text, tc.a, tc.b, ps)
		}
	}
}

// The proposer is opt-in: the default extractor loads no model, and
// WithEmbeddedProposer loads the embedded one.
func TestProposerOptIn(t *testing.T) {
	if x := New(); x.load() != nil || x.proposer != nil {
		t.Fatalf("New(): proposer %v, err %v; want none", x.proposer != nil, x.err)
	}
	if x := New(WithEmbeddedProposer()); x.load() != nil || x.proposer == nil {
		t.Fatalf("New(WithEmbeddedProposer()): proposer %v, err %v; want the embedded model", x.proposer != nil, x.err)
	}
}
