package syntax

import (
	"testing"

	"github.com/newskg/kg/extract/text"
)

// BenchmarkAnalyze analyses sentences written for the tests (names marked
// as spans), reporting tokens per second.
func BenchmarkAnalyze(b *testing.B) {
	sents := []string{
		"وقالت إن [جبهة الشام] - ذراع [التنظيم] في المنطقة - هاجمت [حلب] أمس، فيما قال [الأسد] إن الوضع مستقر.",
		"ومن المقرر أن يزور وفد من [المعارضة] التي تدعمها [تركيا] [موسكو] الأسبوع المقبل لبحث الحل السياسي.",
		"ونفى [أردوغان] الاتهامات بأن [تركيا] تساعد [داعش]، مؤكدا أن بلاده ستواصل دعم [المعارضة السورية].",
		"وعقد وزير خارجية [مصر] اجتماعا مع نظيره [الروسي] في [القاهرة] بحثا خلاله الأزمة في [ليبيا] والعلاقات الثنائية.",
	}
	type in struct {
		toks  []text.Token
		spans []Span
	}
	var ins []in
	n := 0
	for _, s := range sents {
		t, sp := parse(s)
		ins = append(ins, in{t, sp})
		n += len(t)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, x := range ins {
			testAnalyzer.Analyze(x.toks, x.spans)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
