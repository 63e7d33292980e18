package ar

import (
	"strings"
	"testing"

	"github.com/newskg/kg/extract/text"
)

// TestSuffixStem reads the pronoun suffix off body nouns.
func TestSuffixStem(t *testing.T) {
	cases := []struct {
		word, stem string
		agr        agreement
	}{
		{"قواتها", "قوات", agrFem}, {"وحكومته", "حكومت", agrMasc}, {"طائراتهم", "طائرات", agrPlural},
		{"القوات", "", agrUnknown}, {"جيش", "", agrUnknown},
	}
	for _, c := range cases {
		tok := text.Tokenize(c.word, 0)[0]
		stem, agr := suffixStem(tok)
		if stem != text.Normalize(c.stem) || agr != c.agr {
			t.Errorf("%s: got %q %v, want %q %v", c.word, stem, agr, c.stem, c.agr)
		}
	}
}

// TestDiscourseArguments checks facts whose argument is a pronoun suffix,
// a side named by its nationality, or the agent of a fronted adjunct, with
// the agreement and the nearer name keeping the wrong antecedent out
// (sentences written for this test).
func TestDiscourseArguments(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []want
	}{
		{"her planes are the country's, in the speaker's words",
			"قالت تركيا إن طائراتها قصفت مواقع حزب العمال الكردستاني في شمال العراق.",
			[]want{{"turkey", "attacked", "kurdistan-workers-party", ""}}, nil},
		{"his government is the country of the person named before",
			"وصل وزير الخارجية الفرنسي لوران فابيوس إلى بيروت. وقال إن حكومته تدعم الجيش اللبناني.",
			[]want{{"france", "supports", "lebanese-armed-forces", ""}}, nil},
		{"a feminine suffix skips the man named last",
			"أعلنت روسيا على لسان وزير الخارجية سيرغي لافروف أن قواتها ستبقى، وقصفت طائراتها مواقع داعش في سوريا.",
			[]want{{"russia", "attacked", "islamic-state", ""}}, nil},
		{"a place has no forces: the speaker's country has",
			"وقالت بغداد إن مدينة الرمادي لا تزال تحت سيطرة قواتها.",
			[]want{{"iraq", "controls", "*", ""}}, []want{{"ramadi", "controls", "*", ""}}},
		{"a masculine suffix with no man named and no topic gives nothing",
			"قصفت طائراته مواقع تنظيم داعش قرب الرقة.",
			nil, []want{{"*", "attacked", "islamic-state", ""}}},
		{"the Russian side",
			"وقالت إيران إن الجانب الروسي يدعم الحكومة السورية.",
			[]want{{"russia", "supports", "syrian-government", ""}}, []want{{"iran", "supports", "*", ""}}},
		{"a side without a nationality is nobody",
			"وقال الجانب الآخر إنه يدعم الحكومة السورية.",
			nil, []want{{"*", "supports", "syrian-government", ""}}},
		{"his country's support goes to the object after ل",
			"زار الرئيس الفرنسي فرانسوا هولاند بيروت. وأكد دعم بلاده للجيش اللبناني.",
			[]want{{"france", "supports", "lebanese-armed-forces", ""}}, []want{{"francois-hollande", "supports", "france", ""}}},
		{"a named supporter in the genitive",
			"وأكد الوزير دعم روسيا للحكومة السورية.",
			[]want{{"russia", "supports", "syrian-government", ""}}, nil},
		{"continued support of the one named after the noun",
			"وأكدت السعودية أنها ستواصل دعم الحكومة اليمنية.",
			[]want{{"saudi-arabia", "supports", "yemeni-government", ""}}, nil},
		{"during his visit he met: the topic met the one named after the verb",
			"وصل وزير الخارجية الأمريكي جون كيري إلى القاهرة أمس.\nوخلال زيارته التقى الرئيس المصري عبد الفتاح السيسي.",
			[]want{{"john-kerry", "met", "abdel-fattah-el-sisi", ""}}, nil},
		{"during her visit: a feminine suffix does not continue a man",
			"وصل وزير الخارجية الأمريكي جون كيري إلى القاهرة أمس.\nوخلال زيارتها التقى الرئيس المصري عبد الفتاح السيسي.",
			nil, []want{{"john-kerry", "met", "*", ""}}},
		{"a new named subject after the fronted adjunct is the subject",
			"وصل وزير الخارجية الأمريكي جون كيري إلى القاهرة أمس.\nوخلال زيارته التقى وزير الخارجية المصري سامح شكري بالرئيس الفلسطيني محمود عباس.",
			[]want{{"sameh-shoukry", "met", "mahmoud-abbas", ""}}, []want{{"john-kerry", "met", "mahmoud-abbas", ""}}},
		{"a light verb's pronoun object after a named subject in the gap",
			"وصل وزير الخارجية الروسي سيرغي لافروف إلى الدوحة أمس. وعقد وزير الخارجية القطري خالد العطية اجتماعا معه.",
			[]want{{"khalid-al-attiyah", "met", "sergei-lavrov", ""}}, nil},
		{"a feminine pronoun object does not go to a man",
			"وصل وزير الخارجية الروسي سيرغي لافروف إلى الدوحة أمس. وعقد وزير الخارجية القطري خالد العطية اجتماعا معها.",
			nil, []want{{"khalid-al-attiyah", "met", "sergei-lavrov", ""}}},
		{"an honorific with a pronoun is the last person named with it",
			"قام صاحب السمو الملكي الأمير محمد بن سلمان بزيارة إلى مصر. واستقبل الرئيس المصري عبد الفتاح السيسي الوزير الأردني، ثم عقد اجتماعا مع سموه في القاهرة.",
			[]want{{"abdel-fattah-el-sisi", "met", "mohammed-bin-salman", ""}}, nil},
		{"an honorific no one was named with is nobody",
			"قام الأمير محمد بن سلمان بزيارة إلى مصر. وعقد الرئيس المصري عبد الفتاح السيسي اجتماعا مع فخامته في القاهرة.",
			nil, []want{{"abdel-fattah-el-sisi", "met", "*", ""}}},
		{"his visit with no one named in the sentence: the topic visited",
			"التقى وزير الخارجية الأمريكي جون كيري نظيره السعودي عادل الجبير.\nوتأتي زيارته إلى الرياض بعد توقيع الاتفاق النووي.",
			[]want{{"john-kerry", "visited", "riyadh", ""}}, nil},
		{"her visit does not go to a man named before",
			"التقى وزير الخارجية الأمريكي جون كيري نظيره السعودي عادل الجبير.\nوتأتي زيارتها إلى الرياض بعد توقيع الاتفاق النووي.",
			nil, []want{{"*", "visited", "riyadh", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkFacts(t, run(t, c.text, "2015-08-01"), c.want, c.not)
		})
	}
}

// TestWordLists checks the reader of named word lists: words normalised,
// prefixed lists admitted, an unknown list an error naming the file.
func TestWordLists(t *testing.T) {
	l, err := wordLists("discourse.tsv", "body", "side", "fronted", "honorific", "titled:")
	if err != nil {
		t.Fatal(err)
	}
	if !l["honorific"][text.Normalize("فخامة")] || !l["titled:سمو"][text.Normalize("أمير")] {
		t.Errorf("discourse.tsv: honorific or titled:سمو words missing: %v %v", l["honorific"], l["titled:سمو"])
	}
	if _, err := wordLists("discourse.tsv", "body", "side"); err == nil || !strings.Contains(err.Error(), "discourse.tsv") {
		t.Errorf("a list not admitted: error %v, want one naming the file", err)
	}
}
