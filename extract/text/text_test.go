package text

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/newskg/kg/internal/cputime"
)

func TestNormalize(t *testing.T) {
	cases := []struct{ in, want string }{
		{"أحمد", "احمد"},
		{"إيران", "ايران"},
		{"آية", "ايه"},
		{"مُسْتَشَارِين", "مستشارين"},
		{"عـــلى", "علي"},
		{"مسؤول", "مسوول"},
		{"رئيس", "رييس"},
		{"٢٣ نوفمبر ٢٠١٥", "23 نوفمبر 2015"},
		{"۱۲", "12"},
		{"Putin  Met\tKHAMENEI", "putin met khamenei"},
		{"ﻻ", "لا"}, // presentation form → NFKC
		{"  كلمة  ", "كلمه"},
		{"ڤلاديمير", "فلاديمير"},
		{"گاندي", "كاندي"},
		{"پاكستان", "باكستان"},
		{"\u200fبوتين\u200e", "بوتين"},
		{"Ｔｅｈｒａｎ", "tehran"}, // full-width → NFKC
		{"ﺑﻮﺗﻴﻦ", "بوتين"},   // presentation forms
		// capitals and spaces outside ASCII, below U+0800 (appendNormal's
		// table) and above it
		{"ÉLYSÉE", "élysée"},
		{"ΑΘΗΝΑ МОСКВА", "αθηνα москва"},
		{"بشار\u00a0\u00a0الأسد", "بشار الاسد"},
		{"بشار\u2003الأسد\u3000", "بشار الاسد"},
		{"Ⴀ", "ⴀ"}, // Georgian capital U+10A0
	}
	for _, c := range cases {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func texts(toks []Token) []string {
	var out []string
	for _, t := range toks {
		out = append(out, t.Text)
	}
	return out
}

func TestTokenize(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"التقى بوتين، وخامنئي.", []string{"التقى", "بوتين", "،", "وخامنئي", "."}},
		{"صواريخ إس-300 وS-300 من روسيا-24", []string{"صواريخ", "إس-300", "وS-300", "من", "روسيا-24"}},
		{"سوريا-العراق", []string{"سوريا", "-", "العراق"}},
		{"نحو 1.5 مليون و1,000 و٣٫٥", []string{"نحو", "1.5", "مليون", "و", "1,000", "و", "٣٫٥"}},
		{"عام 1436هـ", []string{"عام", "1436", "هـ"}},
		{"قال \"لا\" (نعم) «ربما»", []string{"قال", "\"", "لا", "\"", "(", "نعم", ")", "«", "ربما", "»"}},
		{"12-13 أغسطس", []string{"12", "-", "13", "أغسطس"}},
		{"تهديدا.. على", []string{"تهديدا", "..", "على"}},
		{"مُحَمَّد", []string{"مُحَمَّد"}},
		{"the U.S. and U.N. envoys, J. Smith", []string{"the", "U.S.", "and", "U.N.", "envoys", ",", "J", ".", "Smith"}},
		{"Jean-Marc Ayrault's", []string{"Jean-Marc", "Ayrault", "'", "s"}},
	}
	for _, c := range cases {
		toks := Tokenize(c.in, 0)
		if got := texts(toks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTokenOffsets(t *testing.T) {
	doc := "عنوان\n  قال وزير الخارجية سيرغي لافروف، اليوم ٢٣ نوفمبر: \"التقينا\"."
	base := 7
	toks := Tokenize(doc, base)
	for _, tk := range toks {
		if got := doc[tk.Start-base : tk.End-base]; got != tk.Text {
			t.Errorf("token %q at [%d:%d] reads %q", tk.Text, tk.Start, tk.End, got)
		}
		if tk.Norm != Normalize(tk.Text) {
			t.Errorf("token %q: Norm %q, want %q", tk.Text, tk.Norm, Normalize(tk.Text))
		}
	}
	if n := toks[len(toks)-1]; n.Norm != "." || !strings.HasSuffix(doc, n.Text) {
		t.Errorf("last token %+v, want the final dot", n)
	}
}

func TestClitics(t *testing.T) {
	cases := []struct {
		word, prefix, bare string
		forms              []string
	}{
		{"والرياض", "و", "الرياض", []string{"والرياض", "الرياض"}},
		{"بالرياض", "ب", "الرياض", []string{"بالرياض", "الرياض"}},
		{"للرياض", "ل", "الرياض", []string{"للرياض", "لرياض", "الرياض"}},
		{"وللرياض", "ول", "الرياض", []string{"وللرياض", "للرياض", "لرياض", "الرياض"}},
		{"للبنان", "ل", "لبنان", []string{"للبنان", "لبنان", "البنان"}},
		{"وللاجئين", "ول", "لاجيين", []string{"وللاجيين", "للاجيين", "لاجيين", "الاجيين"}},
		{"لروسيا", "ل", "روسيا", []string{"لروسيا", "روسيا"}},
		{"وموسكو", "و", "موسكو", []string{"وموسكو", "موسكو"}},
		{"وبوتين", "و", "بوتين", []string{"وبوتين", "بوتين", "وتين"}},
		{"بوتين", "", "بوتين", []string{"بوتين", "وتين"}},
		{"وزير", "", "وزير", []string{"وزير", "زير"}},
		{"لبنان", "", "لبنان", []string{"لبنان", "بنان"}},
		{"ولبنان", "و", "لبنان", []string{"ولبنان", "لبنان", "بنان"}},
		{"فرنسا", "", "فرنسا", []string{"فرنسا", "رنسا"}},
		{"وفرنسا", "و", "فرنسا", []string{"وفرنسا", "فرنسا"}},
		{"كيري", "", "كيري", []string{"كيري", "يري"}},
		{"واشنطن", "", "واشنطن", []string{"واشنطن", "اشنطن"}},
		{"وبالتالي", "وب", "التالي", []string{"وبالتالي", "بالتالي", "التالي"}},
		{"والله", "و", "الله", []string{"والله", "الله"}},
		{"ولو", "و", "لو", []string{"ولو", "لو"}},
		{"وهو", "و", "هو", []string{"وهو", "هو"}},
		{"فقد", "ف", "قد", []string{"فقد", "قد"}},
		{"وقت", "", "وقت", []string{"وقت", "قت"}},
		{"وفي", "و", "في", []string{"وفي", "في"}},
		{"الرياض", "", "الرياض", []string{"الرياض"}},
		{"Moscow", "", "moscow", []string{"moscow"}},
	}
	for _, c := range cases {
		tk := Tokenize(c.word, 0)[0]
		if tk.Prefix != c.prefix || tk.Bare != c.bare {
			t.Errorf("%s: prefix+bare = %q+%q, want %q+%q", c.word, tk.Prefix, tk.Bare, c.prefix, c.bare)
		}
		if got := tk.Forms(); !reflect.DeepEqual(got, c.forms) {
			t.Errorf("%s: Forms() = %q, want %q", c.word, got, c.forms)
		}
	}
}

func TestSuffixForms(t *testing.T) {
	cases := []struct {
		word string
		want []string
	}{
		{"لقائه", []string{"لقاء", "لقاي"}},
		{"نظيره", []string{"نظير"}},
		{"حليفته", []string{"حليفه", "حليفت"}},
		{"شركاءهم", []string{"شركاء"}},
		{"ولقائهما", []string{"ولقاء", "ولقاي", "لقاء", "لقاي"}},
		{"المنطقة", nil}, // final ة is not a pronoun
		{"الله", nil},
		{"له", nil},
	}
	for _, c := range cases {
		tk := Tokenize(c.word, 0)[0]
		if got := tk.SuffixForms(); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: SuffixForms() = %q, want %q", c.word, got, c.want)
		}
	}
}

func TestArticle(t *testing.T) {
	cases := []struct {
		in, want string
		has      bool
	}{
		{"الرياض", "رياض", true},
		{"الي", "الي", false},
		{"اليمن", "يمن", true},
		{"روسيا", "روسيا", false},
		{"ال", "ال", false},
		{"الري", "ري", true},
		{"ال\xff", "ال\xff", false},      // one invalid byte counts as one letter
		{"ال\xff\xff", "\xff\xff", true}, // and two as two
		{"الأمم المتحدة", "أمم المتحدة", true},
	}
	for _, c := range cases {
		if got := StripArticle(c.in); got != c.want {
			t.Errorf("StripArticle(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := HasArticle(c.in); got != c.has {
			t.Errorf("HasArticle(%q) = %v, want %v", c.in, got, c.has)
		}
	}
}

func sentenceTexts(doc string) []string {
	var out []string
	for _, s := range Sentences(doc) {
		out = append(out, s.Text)
	}
	return out
}

func TestSentences(t *testing.T) {
	cases := []struct {
		name string
		doc  string
		want []string
	}{
		{"two sentences", "وصل الوزير إلى بغداد. والتقى رئيس الحكومة.",
			[]string{"وصل الوزير إلى بغداد.", "والتقى رئيس الحكومة."}},
		{"headline", "زيارة مفاجئة\nوصل الوزير إلى بغداد أمس.",
			[]string{"زيارة مفاجئة", "وصل الوزير إلى بغداد أمس."}},
		{"decimal number", "ارتفع النمو 3.5 في المئة. وتراجع التضخم.",
			[]string{"ارتفع النمو 3.5 في المئة.", "وتراجع التضخم."}},
		{"spaced decimal point", "بلغت الكلفة 2. 5 مليار دولار. وفي عام 2015. 30 شخصا قتلوا.",
			[]string{"بلغت الكلفة 2. 5 مليار دولار.", "وفي عام 2015.", "30 شخصا قتلوا."}},
		{"closing quote", "وقال: \"لن نتراجع.\" ثم غادر القاعة.",
			[]string{"وقال: \"لن نتراجع.\"", "ثم غادر القاعة."}},
		{"mark after quote", "سأل: \"هل تصدقون هذا؟\". ثم صمت.",
			[]string{"سأل: \"هل تصدقون هذا؟\".", "ثم صمت."}},
		{"closing guillemet", "قال «انتهى الأمر.» وغادر.",
			[]string{"قال «انتهى الأمر.»", "وغادر."}},
		{"question marks", "هل يعود؟ لا أحد يعرف! ربما?",
			[]string{"هل يعود؟", "لا أحد يعرف!", "ربما?"}},
		{"arabic doctor", "قال د. أحمد زويل إن البحث مستمر.",
			[]string{"قال د. أحمد زويل إن البحث مستمر."}},
		{"latin abbreviations", "The U.S. envoy met Mr. Smith on Monday. Talks went well.",
			[]string{"The U.S. envoy met Mr. Smith on Monday.", "Talks went well."}},
		{"ellipsis inside", "هذا تهديد.. على الجميع.",
			[]string{"هذا تهديد.. على الجميع."}},
		{"semicolon kept", "رفض الاقتراح؛ لكنه وعد بالرد.",
			[]string{"رفض الاقتراح؛ لكنه وعد بالرد."}},
		{"no space after dot", "انتهى الاجتماع.وبدأ المؤتمر الصحفي.",
			[]string{"انتهى الاجتماع.", "وبدأ المؤتمر الصحفي."}},
		{"blank lines", "\n\nسطر أول\r\n\r\nسطر ثان\n", []string{"سطر أول", "سطر ثان"}},
	}
	for _, c := range cases {
		if got := sentenceTexts(c.doc); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: Sentences = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestSentenceOffsets(t *testing.T) {
	doc, err := os.ReadFile("../../examples/putin-khamenei-2015-11-23.ar.txt")
	if err != nil {
		t.Skipf("seed article: %v", err)
	}
	ss := Sentences(string(doc))
	if len(ss) < 20 {
		t.Fatalf("seed article: %d sentences, want at least 20", len(ss))
	}
	prev := 0
	for _, s := range ss {
		if string(doc[s.Start:s.End]) != s.Text || s.Start < prev {
			t.Fatalf("sentence [%d:%d] does not match the document", s.Start, s.End)
		}
		prev = s.End
		for _, tk := range s.Tokens {
			if string(doc[tk.Start:tk.End]) != tk.Text || tk.Start < s.Start || tk.End > s.End {
				t.Fatalf("token %q [%d:%d] outside its sentence or misplaced", tk.Text, tk.Start, tk.End)
			}
		}
	}
}

func BenchmarkSentences(b *testing.B) {
	doc, err := os.ReadFile("../../examples/putin-khamenei-2015-11-23.ar.txt")
	if err != nil {
		b.Skipf("seed article: %v", err)
	}
	s := strings.Repeat(string(doc)+"\n", 20)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	start := cputime.Now()
	for b.Loop() {
		Sentences(s)
	}
	cputime.ReportMBps(b, start, int64(len(s)))
}

func BenchmarkNormalize(b *testing.B) {
	doc, err := os.ReadFile("../../examples/putin-khamenei-2015-11-23.ar.txt")
	if err != nil {
		b.Skipf("seed article: %v", err)
	}
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		Normalize(string(doc))
	}
}

func TestAddKeepWords(t *testing.T) {
	const name = "بلينكن"
	if tk := Tokenize(name, 0)[0]; tk.Bare != "لينكن" {
		t.Fatalf("before AddKeepWords: Bare %q, want the wrong split لينكن (else the test proves nothing)", tk.Bare)
	}
	AddKeepWords(name)
	if tk := Tokenize("و"+name, 0)[0]; tk.Bare != name || tk.Prefix != "و" {
		t.Errorf("after AddKeepWords: و%s → %q+%q, want و+%s", name, tk.Prefix, tk.Bare, name)
	}
	if tk := Tokenize(name, 0)[0]; tk.Bare != name || !IsKeepWord(name) {
		t.Errorf("after AddKeepWords: Bare %q", tk.Bare)
	}
}
