package ar

import (
	"context"
	"testing"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// genericKeyIn reads text sentence by sentence as the extractor does and
// returns the key of the mention that covers the first token (of the last
// sentence) whose Bare form is word, or "" when none covers it.
func genericKeyIn(t *testing.T, body, word string) string {
	t.Helper()
	_, sts := mentionPass(t, body)
	w := text.Normalize(word)
	key := ""
	if len(sts) > 0 {
		st := sts[len(sts)-1]
		for k, tok := range st.toks {
			if tok.Bare == w || tok.Norm == w {
				if st.at[k] >= 0 {
					key = st.ments[st.at[k]].key
				}
				break
			}
		}
	}
	return key
}

// TestGenericBody: a description without its country names that body of
// the one country the document is about, and nothing when two countries
// are in play or an attribute may name another body.
func TestGenericBody(t *testing.T) {
	cases := []struct {
		name, text, word, want string
	}{
		{"the government of a country without a government entry",
			"أعلن رئيس الوزراء التركي أن تركيا ستواصل عملياتها في جنوب شرق تركيا. وقال إن الحكومة عازمة على مواصلة الحملة.",
			"الحكومة", "turkey"},
		{"the government a country's news set apart",
			"قصفت الطائرات السورية أحياء في ريف دمشق. وقال ناشطون سوريون إن الحكومة تواصل الحصار على الغوطة في سوريا.",
			"الحكومة", "syrian-government"},
		{"government forces: the country's army",
			"أعلن الرئيس الأفغاني أن أفغانستان ستواصل الحرب على طالبان. وتقدمت القوات الحكومية نحو قندهار الأفغانية.",
			"القوات", "afghan-national-army"},
		{"government forces of a country whose army is catalogued",
			"تتواصل المعارك في العراق منذ أشهر في محافظة الأنبار. وتقدمت القوات الحكومية نحو الرمادي وسط قصف عراقي.",
			"القوات", "iraqi-army"},
		{"the government named last among rival governments",
			"أعلنت الحكومة الليبية المؤقتة أن ليبيا ترفض أي تدخل. وأضاف متحدث أن الحكومة لن تقبل بدخول السفن إلى المياه الليبية.",
			"الحكومة", "interim-government-libya"},
		{"the opposition of a country whose opposition is catalogued",
			"تتواصل الحرب في سوريا منذ أعوام ويقول ناشطون سوريون إن القصف اشتد. واتهمت المعارضة الطيران بقصف الأسواق.",
			"المعارضة", "syrian-opposition"},
		{"no government among rival governments none of which was named",
			"تتنازع حكومتان السلطة في ليبيا منذ عام ويقول ليبيون إن الأزمة تتفاقم. وقالت الحكومة إنها لن تقبل بالتدخل.",
			"الحكومة", ""},
		{"two countries in the sentence",
			"أعلن رئيس الوزراء التركي أن تركيا ستواصل عملياتها في تركيا. وقال إن الحكومة ستبحث الأمر مع إيران.",
			"الحكومة", ""},
		{"two countries as often in the document",
			"زار وزير الخارجية التركي إيران أمس وبحث مع نظيره الإيراني العلاقات بين تركيا وإيران. وقال إن الحكومة تدعم الحوار.",
			"الحكومة", ""},
		{"an attribute that may name another government",
			"أعلن رئيس الوزراء التركي أن تركيا ستواصل عملياتها في تركيا. وقال إن الحكومة المقبلة ستواصل الحملة.",
			"الحكومة", ""},
		{"a title ending in the description",
			"أعلن مسؤول تركي أن تركيا ستواصل عملياتها في تركيا. واجتمع رئيس الحكومة بقادة الجيش.",
			"الحكومة", ""},
		{"an opposition that the catalogue does not list for the country",
			"أعلن رئيس الوزراء التركي أن تركيا ستواصل عملياتها في تركيا. وانتقدت المعارضة القرار.",
			"المعارضة", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := genericKeyIn(t, c.text, c.word); got != c.want {
				t.Errorf("%s: got %q, want %q", c.word, got, c.want)
			}
		})
	}
}

// TestHeadlineProfile: a description in the headline, read before the
// text, must not leave the document without a country for the text's own
// descriptions.
func TestHeadlineProfile(t *testing.T) {
	cases := []struct {
		name, title, text, want string
	}{
		{"the government in the headline",
			"الحكومة تعلن حملة جديدة",
			"أعلن رئيس الوزراء التركي أن تركيا ستواصل عملياتها في جنوب شرق تركيا. وقال إن الحكومة عازمة على مواصلة الحملة.",
			"turkey"},
		{"the army in the headline",
			"الجيش يتقدم في الشمال",
			"أعلن الرئيس الأفغاني أن أفغانستان ستواصل الحرب على طالبان في أفغانستان. وقال الجيش إنه قتل عشرين مسلحا.",
			"afghan-national-army"},
	}
	x := New()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := x.Extract(context.Background(), extract.Document{ID: "t", Lang: "ar", Title: c.title, Text: c.text, Date: day("2015-08-01")})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range r.Entities {
				if e.Key == c.want {
					return
				}
			}
			var keys []string
			for _, e := range r.Entities {
				keys = append(keys, e.Key)
			}
			t.Errorf("no entity %s among %v", c.want, keys)
		})
	}
}
