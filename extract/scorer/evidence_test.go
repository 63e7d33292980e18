package scorer

import (
	"testing"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// TestEvidenceTokens checks that the evidence tokens taken from the text's
// tokens read as the evidence tokenised on its own (offsets aside).
func TestEvidenceTokens(t *testing.T) {
	doc := "التقى وزير الخارجية بنظيره في العاصمة.  وقال المتحدث: «لا اتفاق بعد»؟\nثم غادر الوفد إلى بلاده يوم الأحد."
	sents, body := text.SentencesTokens(doc)
	if len(sents) < 3 {
		t.Fatalf("want 3 sentences, got %d", len(sents))
	}
	r := &extract.Result{Doc: extract.Document{Text: doc}}
	same := func(a, b []text.Token) bool {
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if a[i].Text != b[i].Text || a[i].Norm != b[i].Norm || a[i].Bare != b[i].Bare || a[i].Prefix != b[i].Prefix {
				return false
			}
		}
		return true
	}
	for _, s := range sents {
		f := extract.Fact{Evidence: s.Text, Start: s.Start, End: s.End}
		want := text.Tokenize(s.Text, 0)
		for _, b := range [][]text.Token{body, nil} {
			if got := evidenceTokens(r, f, b); !same(got, want) {
				t.Errorf("%q (body given: %v): %d tokens, want %d", s.Text, b != nil, len(got), len(want))
			}
		}
	}
	// a headline (no offsets) and offsets that cut a word: tokenised alone
	for _, f := range []extract.Fact{
		{Evidence: "وزير الخارجية"},
		{Evidence: doc[len("التقى وز"):len("التقى وزير الخارجية")], Start: len("التقى وز"), End: len("التقى وزير الخارجية")},
	} {
		if got, want := evidenceTokens(r, f, body), text.Tokenize(f.Evidence, 0); !same(got, want) {
			t.Errorf("%q: %d tokens, want %d", f.Evidence, len(got), len(want))
		}
	}
}
