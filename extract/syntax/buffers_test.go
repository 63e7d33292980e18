package syntax

import (
	"reflect"
	"testing"
)

// TestBuffers analyses sentences one after another from one Buffers and
// checks each against an analysis with slices of its own, also after the
// later sentences were analysed (a slice handed out is not reused).
func TestBuffers(t *testing.T) {
	sents := []string{
		"التقى [فلاديمير بوتين] في [موسكو] مع ⟨وزير الخارجية⟩ {الأمريكي} الذي وصل أمس",
		"وقالت [الحكومة] إن الطائرات قصفت مواقع [التنظيم] قرب [حلب]",
		"قد يزور الرئيس [القاهرة] الأسبوع المقبل، ولم يلتق أحدا",
		"شارك",
		"",
	}
	var b Buffers
	total := 0
	for _, s := range sents {
		toks, _ := parse(s)
		total += len(toks)
	}
	b.Reserve(total - 3) // fewer than there are: the last sentences need a new chunk
	var got, want []*Sentence
	for _, s := range sents {
		toks, spans := parse(s)
		got = append(got, testAnalyzer.AnalyzeWordsIn(&b, toks, nil, spans))
		want = append(want, testAnalyzer.Analyze(toks, spans))
	}
	for i := range sents {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("sentence %d: analysis with Buffers differs:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
}
