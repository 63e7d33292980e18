package ar

import (
	"testing"

	"github.com/newskg/kg/extract/text"
)

// TestVerbAgreement reads gender and number off verb forms.
func TestVerbAgreement(t *testing.T) {
	cases := []struct {
		word string
		want agreement
	}{
		{"وأكد", agrMasc}, {"وأكدت", agrFem}, {"وأكدوا", agrPlural}, {"واتهمتا", agrPlural},
		{"ويزور", agrMasc}, {"يلتقيان", agrPlural}, {"وسيطرت", agrFem}, {"وانتقد", agrMasc},
		{"وتحدث", agrUnknown}, {"ودعا", agrUnknown},
	}
	for _, c := range cases {
		toks := text.Tokenize(c.word, 0)
		if got := verbAgreement(toks[0]); got != c.want {
			t.Errorf("%s: got %v, want %v", c.word, got, c.want)
		}
	}
}

// TestDiscourseTopic checks facts whose subject stands in an earlier
// sentence (Arabic drops the subject of a verb that goes on with the
// topic), and that the verb's agreement keeps the wrong antecedent out
// (sentences written for this test).
func TestDiscourseTopic(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []want
	}{
		{"a verb with no subject takes the last agent",
			"وصل وزير الخارجية الفرنسي لوران فابيوس إلى القاهرة أمس.\nوانتقد بشدة سياسة إيران في المنطقة.",
			[]want{{"laurent-fabius", "opposes", "iran", ""}}, nil},
		{"a masculine verb before a country: the country is the object",
			"وصل وزير الخارجية الفرنسي لوران فابيوس إلى القاهرة أمس.\nواتهم روسيا بدعم نظام الأسد.",
			[]want{{"laurent-fabius", "accuses", "russia", ""}}, []want{{"russia", "accuses", "*", ""}}},
		{"a feminine verb before a country: the country is the subject",
			"وصل وزير الخارجية الفرنسي لوران فابيوس إلى القاهرة أمس.\nواتهمت روسيا تركيا بدعم الإرهاب.",
			[]want{{"russia", "accuses", "turkey", ""}}, []want{{"laurent-fabius", "accuses", "*", ""}}},
		{"met with the one met right after the verb",
			"وصل وزير الخارجية الفرنسي لوران فابيوس إلى القاهرة أمس.\nوالتقى الرئيس المصري عبد الفتاح السيسي في قصر الاتحادية.",
			[]want{{"laurent-fabius", "met", "abdel-fattah-el-sisi", ""}}, nil},
		{"a feminine verb does not continue a man",
			"وصل وزير الخارجية الفرنسي لوران فابيوس إلى القاهرة أمس.\nوانتقدت بشدة سياسة إيران في المنطقة.",
			nil, []want{{"laurent-fabius", "opposes", "iran", ""}}},
		{"a feminine verb continues a country",
			"وأعلنت الجزائر إغلاق حدودها مع مالي.\nوانتقدت بشدة موقف فرنسا.",
			[]want{{"algeria", "opposes", "france", ""}}, nil},
		{"the topic is out of reach after four sentences",
			"وصل وزير الخارجية الفرنسي لوران فابيوس إلى القاهرة أمس.\nوالطقس حار.\nوالأسواق مزدحمة.\nوالمدارس مغلقة.\nوالشوارع هادئة.\nوانتقد بشدة سياسة إيران.",
			nil, []want{{"laurent-fabius", "opposes", "iran", ""}}},
		{"a speech verb with no subject keeps the topic's country for بلاده",
			"وصل وزير الخارجية الفرنسي لوران فابيوس إلى القاهرة أمس.\nوأضاف أن بلاده تدعم الجيش اللبناني.",
			[]want{{"france", "supports", "lebanese-armed-forces", ""}}, nil},
		{"the speaker in a complement is no topic",
			"وقال وزير الخارجية الفرنسي لوران فابيوس إن إيران تدعم الحوثيين.\nوانتقد بشدة سياسة روسيا.",
			[]want{{"laurent-fabius", "opposes", "russia", ""}}, []want{{"iran", "opposes", "russia", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkFacts(t, run(t, c.text, "2016-05-10"), c.want, c.not)
		})
	}
}
