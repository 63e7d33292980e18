package ner

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/internal/cputime"
)

func TestDefaultModel(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m.Features() < 1000 || m.Names().Len() < 100 {
		t.Fatalf("embedded model looks empty: %d features, %d names", m.Features(), m.Names().Len())
	}
	// Hand-written sentences.
	for _, tc := range []struct {
		text, entity, typ string
	}{
		{"وصل الرئيس الفرنسي جاك شيراك إلى القاهرة أمس .", "جاك شيراك", "PERS"},
		{"وصل الرئيس الفرنسي جاك شيراك إلى القاهرة أمس .", "القاهرة", "LOC"},
		{"وقالت وزارة الخارجية الأمريكية إن الأمم المتحدة سترسل مراقبين .", "الأمم المتحدة", "ORG"},
	} {
		found := false
		for _, mt := range m.TagText(tc.text) {
			if mt.Text == tc.entity && mt.Type == tc.typ {
				found = true
				if mt.Score <= 0 || mt.Score > 1 {
					t.Errorf("%s: score %v outside (0, 1]", tc.entity, mt.Score)
				}
			}
		}
		if !found {
			t.Errorf("TagText(%s) = %+v, want %s as %s", tc.text, m.TagText(tc.text), tc.entity, tc.typ)
		}
	}
	var out bytes.Buffer
	if err := WriteMentions(&out, m.TagText("زار جاك شيراك القاهرة")); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "\tPERS\t") {
		t.Errorf("WriteMentions output %q lacks a PERS line", out.String())
	}
}

// anercorp is the training corpus, when present beside the repository.
const anercorp = "../../../shared/data/anercorp/train.txt"

func benchSentences(b *testing.B) [][]string {
	f, err := os.Open(anercorp)
	if err != nil {
		b.Skipf("benchmark corpus: %v", err)
	}
	defer f.Close()
	s, err := ReadTokens(f, anercorp)
	if err != nil {
		b.Fatal(err)
	}
	return s[:1000]
}

// BenchmarkTag reports tagging speed in tokens per second.
func BenchmarkTag(b *testing.B) {
	m := mustDefault(b)
	benchTagging(b, benchSentences(b), func(s []string) { m.Tag(s) })
}

// BenchmarkSpans is Tag plus span probabilities (forward–backward).
func BenchmarkSpans(b *testing.B) {
	m := mustDefault(b)
	benchTagging(b, benchSentences(b), func(s []string) { m.Spans(s) })
}

// mustDefault loads the embedded model or stops the benchmark.
func mustDefault(b *testing.B) *Model {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	return m
}

// benchTagging times tag over every sentence and reports tokens per
// wall-clock second and per CPU-second (the latter is what one core
// achieves when the machine is busy).
func benchTagging(b *testing.B, sents [][]string, tag func([]string)) {
	toks := 0
	for _, s := range sents {
		toks += len(s)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Now()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			tag(s)
		}
	}
	n := float64(toks) * float64(b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "tokens/s")
	if cpu := (cputime.Now() - cpu0).Seconds(); cpu > 0 {
		b.ReportMetric(n/cpu, "tokens/cpu-s")
	}
}

// BenchmarkLoadWithCatalog measures what Default does once the catalogue
// is loaded (the extractor loads it anyway): load the embedded model, turn
// the catalogue into the outside gazetteer, and precompute the word rows.
func BenchmarkLoadWithCatalog(b *testing.B) {
	c := catalog.Default()
	b.ResetTimer()
	cpu0 := cputime.Now()
	for i := 0; i < b.N; i++ {
		m, err := load(bytes.NewReader(defaultModel))
		if err != nil {
			b.Fatal(err)
		}
		m.WithNames(OutsideNames(c)).fastTabs()
	}
	b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/load")
	if cpu := (cputime.Now() - cpu0).Seconds(); cpu > 0 {
		b.ReportMetric(cpu*1000/float64(b.N), "cpu-ms/load")
	}
}

// BenchmarkLoad measures loading the embedded model.
func BenchmarkLoad(b *testing.B) {
	cpu0 := cputime.Now()
	for i := 0; i < b.N; i++ {
		if _, err := Load(bytes.NewReader(defaultModel)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/load")
	if cpu := (cputime.Now() - cpu0).Seconds(); cpu > 0 {
		b.ReportMetric(cpu*1000/float64(b.N), "cpu-ms/load")
	}
}

func TestSpanName(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		words []string
		want  string
	}{
		{[]string{"وطهران"}, "طهران"},                     // the gazetteer knows طهران
		{[]string{"لروسيا"}, "روسيا"},                     // preposition
		{[]string{"والسعودية"}, "السعوديه"},               // article after the conjunction
		{[]string{"وبالأمم", "المتحدة"}, "الامم المتحده"}, // multi-word
		{[]string{"وليد", "جنبلاط"}, "وليد جنبلاط"},       // و is part of the name
		{[]string{"بوش"}, "بوش"},                          // ب is part of the name
	} {
		got := m.SpanName(tc.words, Span{Start: 0, End: len(tc.words)})
		if got != tc.want {
			t.Errorf("SpanName(%v) = %q, want %q", tc.words, got, tc.want)
		}
	}
	if got := m.SpanName([]string{"a"}, Span{Start: 0, End: 3}); got != "" {
		t.Errorf("out-of-range span gave %q", got)
	}
}

func TestConcurrentTagging(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("وصل الرئيس الفرنسي جاك شيراك إلى القاهرة أمس .")
	want := m.Spans(words)
	done := make(chan []Span)
	for g := 0; g < 4; g++ {
		go func() {
			var got []Span
			for i := 0; i < 50; i++ {
				got = m.Spans(words)
			}
			done <- got
		}()
	}
	for g := 0; g < 4; g++ {
		if got := <-done; !reflect.DeepEqual(got, want) {
			t.Errorf("concurrent Spans = %v, want %v", got, want)
		}
	}
}

// anercorpSentences returns the first n sentences of ANERcorp as words, or
// nil (logged) when the corpus is not beside the repository.
func anercorpSentences(t *testing.T, n int) [][]string {
	t.Helper()
	f, err := os.Open(anercorp)
	if err != nil {
		t.Logf("ANERcorp not checked: %v", err)
		return nil
	}
	defer f.Close()
	s, err := ReadTokens(f, anercorp)
	if err != nil {
		t.Fatal(err)
	}
	return s[:min(n, len(s))]
}
