package syntax

import (
	"reflect"
	"testing"
)

// TestAnalyzeWords checks that words looked up by the caller (all, some or
// none of them) give the analysis Analyze gives on its own.
func TestAnalyzeWords(t *testing.T) {
	sentences := []string{
		"وقال ⟨وزير الخارجية⟩ [سامي الفلاني] إن بلاده لن تدعم الخطة.",
		"واستقبل [الملك] في [عمان] وفدا {عراقيا} يزور البلاد لبحث التعاون.",
		"ولم يلتق الطرفان منذ أشهر، بحسب مصادر مطلعة.",
		"",
	}
	for _, src := range sentences {
		toks, spans := parse(src)
		want := testAnalyzer.Analyze(toks, spans)
		all := make([]Word, len(toks))
		some := make([]Word, len(toks))
		for i, tk := range toks {
			all[i] = testAnalyzer.Word(tk)
			if i%2 == 0 {
				some[i] = all[i]
			}
		}
		for name, words := range map[string][]Word{"all": all, "some": some, "none": nil} {
			if got := testAnalyzer.AnalyzeWords(toks, words, spans); !reflect.DeepEqual(got, want) {
				t.Errorf("%q, %s words given: analysis differs from Analyze:\n got %v\nwant %v", src, name, got, want)
			}
		}
	}
}
