package ner

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// A tiny hand-written corpus (not from any licensed source).
const tinyCorpus = `قال O
الرئيس O
سمير B-PERS
حداد I-PERS
إن O
مدينة O
زحلة B-LOC
آمنة O

زار O
الوزير O
نبيل B-PERS
كرم I-PERS
شركة B-ORG
النور I-ORG
للصناعات I-ORG
في O
طرابلس B-LOC

اجتمع O
سمير B-PERS
حداد I-PERS
مع O
نبيل B-PERS
كرم I-PERS
في O
زحلة B-LOC

أعلنت O
شركة B-ORG
النور I-ORG
للصناعات I-ORG
عن O
معرض B-MISC
الربيع I-MISC
في O
طرابلس B-LOC
`

func readTiny(t *testing.T) []Sentence {
	t.Helper()
	s, err := ReadCoNLL(strings.NewReader(tinyCorpus), "tiny")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestReadCoNLL(t *testing.T) {
	s := readTiny(t)
	if len(s) != 4 {
		t.Fatalf("got %d sentences, want 4", len(s))
	}
	if got := s[1].Words[2] + " " + s[1].Tags[2]; got != "نبيل B-PERS" {
		t.Errorf("sentence 2 word 3 = %q", got)
	}
}

func TestReadCoNLLErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"a O\nb\n", "bad.txt:2:"},
		{"a O\n\nb X-PERS\n", "bad.txt:3: unknown tag"},
		{"a B-PER\n", "bad.txt:1: unknown tag"},
		{"a O\nb O\n\n\nc I-LOCATION\n", "bad.txt:5:"},
		{" O\n", "bad.txt:1:"},
	} {
		_, err := ReadCoNLL(strings.NewReader(tc.in), "bad.txt")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ReadCoNLL(%q) error = %v, want it to contain %q", tc.in, err, tc.want)
		}
	}
}

func TestTrainLearnsTinyCorpus(t *testing.T) {
	sents := readTiny(t)
	m, err := Train(sents, TrainOptions{Epochs: 10, GazetteerFolds: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sents {
		if got := m.Tag(s.Words); !reflect.DeepEqual(got, s.Tags) {
			t.Errorf("Tag(%v)\n got %v\nwant %v", s.Words, got, s.Tags)
		}
	}
	// The trained gazetteer knows the corpus' names.
	if got := m.Names().Types("طرابلس"); !reflect.DeepEqual(got, []string{"LOC"}) {
		t.Errorf("Names().Types(طرابلس) = %v", got)
	}
}

func TestTrainRejectsBadInput(t *testing.T) {
	if _, err := Train(nil, TrainOptions{}); err == nil {
		t.Error("Train(nil) succeeded")
	}
	bad := []Sentence{{Words: []string{"a", "b"}, Tags: []string{"O"}}}
	if _, err := Train(bad, TrainOptions{}); err == nil || !strings.Contains(err.Error(), "sentence 1") {
		t.Errorf("Train(mismatched) error = %v", err)
	}
}

func TestTrainDeterministic(t *testing.T) {
	sents := readTiny(t)
	var a, b bytes.Buffer
	for _, buf := range []*bytes.Buffer{&a, &b} {
		m, err := Train(sents, TrainOptions{Seed: 7})
		if err != nil {
			t.Fatal(err)
		}
		if err := m.Save(buf); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings with the same seed saved different models")
	}
}

func TestSaveLoadTagsIdentically(t *testing.T) {
	sents := readTiny(t)
	m, err := Train(sents, TrainOptions{Temperature: 3, WordClasses: true})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "m.gz")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Save(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	f, err = os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m2, err := Load(f)
	if err != nil {
		t.Fatal(err)
	}
	probe := append([][]string{}, strings.Fields("قال الوزير سمير كرم في مدينة طرابلس إن شركة النور جيدة"))
	for _, s := range sents {
		probe = append(probe, s.Words)
	}
	for _, words := range probe {
		if a, b := m.Spans(words), m2.Spans(words); !reflect.DeepEqual(a, b) {
			t.Errorf("Spans(%v): trained %v, reloaded %v", words, a, b)
		}
	}
	if m.Features() != m2.Features() || m.Names().Len() != m2.Names().Len() {
		t.Errorf("features %d/%d, names %d/%d", m.Features(), m2.Features(), m.Names().Len(), m2.Names().Len())
	}
}

func TestLoadRejectsGarbage(t *testing.T) {
	for _, in := range [][]byte{[]byte("not gzip"), gz(t, "wrong header\n"), gz(t, magic)} {
		if _, err := Load(bytes.NewReader(in)); err == nil {
			t.Errorf("Load(%q) succeeded", in)
		}
	}
}

func gz(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

func TestTokenFileRoundTrip(t *testing.T) {
	m, err := Train(readTiny(t), TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	in := "زار\nالوزير\nنبيل\nكرم\n\nمدينة\nزحلة\n"
	var out bytes.Buffer
	if err := m.TagTokens(strings.NewReader(in), "in.txt", &out); err != nil {
		t.Fatal(err)
	}
	back, err := ReadCoNLL(bytes.NewReader(out.Bytes()), "out.txt")
	if err != nil {
		t.Fatalf("output does not read back: %v\n%s", err, out.String())
	}
	var words [][]string
	for _, s := range back {
		words = append(words, s.Words)
	}
	want := [][]string{{"زار", "الوزير", "نبيل", "كرم"}, {"مدينة", "زحلة"}}
	if !reflect.DeepEqual(words, want) {
		t.Errorf("tokens after round trip %v, want %v", words, want)
	}
	if got := back[0].Tags[2]; got != "B-PERS" {
		t.Errorf("نبيل tagged %s, want B-PERS", got)
	}
	// A gold file (token TAG) is read as tokens too; tagging it again is stable.
	var out2 bytes.Buffer
	if err := m.TagTokens(bytes.NewReader(out.Bytes()), "out.txt", &out2); err != nil {
		t.Fatal(err)
	}
	if out.String() != out2.String() {
		t.Errorf("retagging a tagged file changed it:\n%s\nvs\n%s", out.String(), out2.String())
	}
}

func TestSpansOfTags(t *testing.T) {
	for _, tc := range []struct {
		tags string
		want []Span
	}{
		{"O O", nil},
		{"B-PERS I-PERS O B-LOC", []Span{{0, 2, "PERS", 0}, {3, 4, "LOC", 0}}},
		{"I-ORG I-ORG", []Span{{0, 2, "ORG", 0}}},                       // I- without B- starts an entity
		{"B-PERS I-LOC", []Span{{0, 1, "PERS", 0}, {1, 2, "LOC", 0}}},   // type change
		{"B-PERS B-PERS", []Span{{0, 1, "PERS", 0}, {1, 2, "PERS", 0}}}, // B- splits
		{"O I-MISC", []Span{{1, 2, "MISC", 0}}},
	} {
		if got := SpansOfTags(strings.Fields(tc.tags)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("SpansOfTags(%s) = %v, want %v", tc.tags, got, tc.want)
		}
	}
}

func TestAnalyse(t *testing.T) {
	for _, tc := range []struct{ in, free, prep, bare string }{
		{"والقاهره", "القاهره", "القاهره", "قاهره"},
		{"بالقاهره", "القاهره", "القاهره", "قاهره"},
		{"للامم", "الامم", "الامم", "امم"},
		{"واشنطن", "اشنطن", "اشنطن", "اشنطن"}, // ambiguous: offered as a feature, not a decision
		{"بواشنطن", "بواشنطن", "واشنطن", "بواشنطن"},
		{"لبنان", "لبنان", "بنان", "لبنان"},
		{"ولد", "ولد", "ولد", "ولد"}, // too short to strip
	} {
		f := analyse(tc.in)
		if f.free != tc.free || f.prep != tc.prep || f.bare != tc.bare {
			t.Errorf("analyse(%s) = free %s prep %s bare %s, want %s %s %s", tc.in, f.free, f.prep, f.bare, tc.free, tc.prep, tc.bare)
		}
	}
}

func TestLexiconFromSentences(t *testing.T) {
	sents := readTiny(t)
	l := LexiconFromSentences(sents)
	for _, tc := range []struct{ name, want string }{
		{"سمير حداد", "PERS"},
		{"شركه النور للصناعات", "ORG"}, // normalised (ة → ه)
		{"زحله", "LOC"},
		{"في", ""},
	} {
		got := strings.Join(l.Types(tc.name), ",")
		if got != tc.want {
			t.Errorf("Types(%s) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestCrossValidateTiny(t *testing.T) {
	sents := readTiny(t)
	sents = append(sents, sents...) // every sentence appears in another fold too
	res, err := CrossValidate(sents, 2, TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.All.Gold != 2*11 {
		t.Errorf("gold entities %d, want 22", res.All.Gold)
	}
	sum := 0
	for _, f := range res.Folds {
		sum += f.All.Correct
	}
	if sum != res.All.Correct || len(res.Predicted) != len(sents) {
		t.Errorf("folds' correct %d vs total %d; %d predictions for %d sentences", sum, res.All.Correct, len(res.Predicted), len(sents))
	}
	if f := res.All.F1(); f < 0.6 {
		t.Errorf("F1 on mostly seen sentences %.3f, want ≥ 0.6", f)
	}
	if _, err := CrossValidate(sents, 1, TrainOptions{}); err == nil {
		t.Error("1 fold accepted")
	}
}

func TestCrossValidateOneFold(t *testing.T) {
	sents := readTiny(t)
	sents = append(sents, sents...)
	res, err := CrossValidateBlocks(sents, 2, TrainOptions{CVFold: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Folds) != 1 {
		t.Fatalf("%d folds scored, want 1", len(res.Folds))
	}
	half := len(sents) / 2
	for i, p := range res.Predicted {
		if (p != nil) != (i >= half) {
			t.Errorf("sentence %d: predicted %v; only the second block should be tagged", i, p != nil)
		}
	}
	if res.All.Gold != 11 {
		t.Errorf("gold entities %d, want the second block's 11", res.All.Gold)
	}

	// The predictions file holds the tagged block alone.
	pred := filepath.Join(t.TempDir(), "pred.txt")
	if err := RunCV(io.Discard, sents, 2, true, pred, TrainOptions{CVFold: 2}); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(pred)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := ReadTokens(f, pred)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(sents)-half {
		t.Errorf("predictions file has %d sentences, want the second block's %d", len(got), len(sents)-half)
	}
}

func TestTagEdgeCases(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	long := make([]string, 3000)
	for i := range long {
		long[i] = []string{"قال", "الرئيس", "سمير", "في", "بيروت", "،", "123", "abc"}[i%8]
	}
	for _, words := range [][]string{nil, {}, {""}, {"", "ـ", "\u064e"}, {"."}, long} {
		tags := m.Tag(words)
		if len(tags) != len(words) {
			t.Errorf("Tag(%d words) gave %d tags", len(words), len(tags))
		}
		prev := "O"
		for i, tg := range tags {
			if strings.HasPrefix(tg, "I-") && (prev == "O" || prev[2:] != tg[2:]) {
				t.Errorf("word %d: %s after %s breaks BIO", i, tg, prev)
			}
			prev = tg
		}
		for _, sp := range m.Spans(words) {
			if sp.Start < 0 || sp.End > len(words) || sp.Start >= sp.End || sp.Score < 0 || sp.Score > 1 {
				t.Errorf("bad span %+v for %d words", sp, len(words))
			}
		}
	}
}

func TestTrainCRFLearnsTinyCorpus(t *testing.T) {
	sents := readTiny(t)
	m, err := Train(sents, TrainOptions{Epochs: 30, GazetteerFolds: 1, CRF: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sents {
		if got := m.Tag(s.Words); !reflect.DeepEqual(got, s.Tags) {
			t.Errorf("Tag(%v)\n got %v\nwant %v", s.Words, got, s.Tags)
		}
	}
}

func TestTrainCRFLBFGSLearnsTinyCorpus(t *testing.T) {
	sents := readTiny(t)
	for _, drop := range []float64{0, 0.25} {
		m, err := Train(sents, TrainOptions{GazetteerFolds: 1, LBFGS: true, L2: 0.1, Iters: 200, WordDrop: drop})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range sents {
			if got := m.Tag(s.Words); !reflect.DeepEqual(got, s.Tags) {
				t.Errorf("word drop %g: Tag(%v)\n got %v\nwant %v", drop, s.Words, got, s.Tags)
			}
		}
	}
}

func TestTrainWithDocumentContext(t *testing.T) {
	// Enough sentences for the document-context folds.
	var sents []Sentence
	for k := 0; k < 3; k++ {
		sents = append(sents, readTiny(t)...)
	}
	m, err := Train(sents, TrainOptions{Epochs: 10, Trigrams: true, PrepGazetteer: true, DocNear: true, Consistency: true, Ensemble: 2})
	if err != nil {
		t.Fatal(err)
	}
	if !m.doc {
		t.Fatal("a model trained on 12 sentences does not read document context")
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !m2.doc {
		t.Error("Save/Load lost the document-context flag")
	}
	if !m2.z.trigrams || !m2.z.prepGaz {
		t.Error("Save/Load lost the character-trigram or proclitic-gazetteer flag")
	}
	if !m2.z.docCtx || !m2.z.docNear || !m2.consist {
		t.Error("Save/Load lost the context-aggregation or label-consistency flag")
	}
	words := make([][]string, len(sents))
	for i, s := range sents {
		words[i] = s.Words
	}
	got := m2.TagDoc(words)
	for i, s := range sents {
		if !reflect.DeepEqual(got[i], s.Tags) {
			t.Errorf("TagDoc sentence %d\n got %v\nwant %v", i+1, got[i], s.Tags)
		}
	}
	checkSameDoc(t, m2, "tiny", words, 1)
}

func TestWordDropHidesIdentityFeatures(t *testing.T) {
	sents := readTiny(t)
	for _, tc := range []struct {
		drop float64
		want bool // the word features of طرابلس carry weights
	}{{0, true}, {1, false}} {
		m, err := Train(sents, TrainOptions{Epochs: 5, GazetteerFolds: 1, WordDrop: tc.drop})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range []uint64{h1(fNorm, "طرابلس"), h1(fBare, "طرابلس")} {
			if got := m.row(h) != nil; got != tc.want {
				t.Errorf("WordDrop %g: weights of the word's own feature: %v, want %v", tc.drop, got, tc.want)
			}
		}
		// Its context and affixes are learned either way.
		if m.row(h1(fSuf2, "لس")) == nil {
			t.Errorf("WordDrop %g: no weights for the suffix of طرابلس", tc.drop)
		}
	}
}
