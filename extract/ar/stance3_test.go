package ar

import "testing"

// Table tests of the stance guards written from judging unseen newswire
// (stance.go: inBodyName, decisionAgent, objectWithL, mediaAdjective,
// twoActorsAfter), with sentences written for them.

func TestStanceOfficeNames(t *testing.T) {
	runCases(t, []cxCase{
		{"a minister of cooperation is no cooperation", "وبحثت وزيرة التعاون الدولي المصرية مع السفير الياباني في القاهرة سبل دعم العلاقات بين مصر واليابان.",
			nil, []want{{"*", "cooperatesWith", "*", ""}}},
		{"foreign affairs and cooperation", "واستقبل وزير الشؤون الخارجية والتعاون المغربي نظيره الموريتاني في الرباط.",
			nil, []want{{"*", "cooperatesWith", "*", ""}}},
		{"the minister praising cooperation is", "وبحث الوزير التعاون بين مصر واليابان في مجال الطاقة.",
			[]want{{"egypt", "cooperatesWith", "japan", ""}}, nil},
	})
}

func TestStanceDecision(t *testing.T) {
	runCases(t, []cxCase{
		{"decision of X to support Y", "ورحبت الحكومة العراقية بقرار الولايات المتحدة بدعم الجيش العراقي.",
			[]want{{"united-states", "supports", "iraqi-army", ""}},
			[]want{{"iraqi-army", "supports", "united-states", ""}}},
		{"pledge of X to support Y", "وأشاد الرئيس الصومالي بتعهد تركيا بدعم الحكومة الصومالية.",
			[]want{{"turkey", "supports", "somalia", ""}},
			[]want{{"somalia", "supports", "turkey", ""}}},
		{"with the support of X is still the means", "وسيطرت القوات الحكومية على البلدة بدعم الولايات المتحدة.",
			nil, []want{{"*", "supports", "united-states", ""}}},
	})
}

func TestStanceAccusationNoun(t *testing.T) {
	runCases(t, []cxCase{
		{"renewed its accusations of Y", "وجددت الحكومة الليبية اتهاماتها لقطر بتمويل الجماعات المسلحة.",
			[]want{{"libya", "accuses", "qatar", ""}}, nil},
		{"pledged to support it: the pronoun is the object", "وأكدت الإمارات أنها ستواصل دعمها رغم الضغوط.",
			nil, []want{{"united-arab-emirates", "accuses", "*", ""}}},
	})
}

func TestStanceArguments(t *testing.T) {
	runCases(t, []cxCase{
		{"a country as the adjective of a paper", "واتهمت صحيفة الشرق الأوسط السعودية حزب الله بتهريب الأسلحة.",
			[]want{{"*", "accuses", "hezbollah", ""}},
			[]want{{"*", "accuses", "saudi-arabia", ""}}},
		{"the country after a paper's name names the accused when no other name follows", "واتهمت حركة حماس السعودية بالتآمر عليها.",
			[]want{{"hamas", "accuses", "saudi-arabia", ""}}, nil},
		{"two names after the verb: VSO even after a fronted adjunct", "وفي مقابلة مع صحيفة الحياة اتهم وليد جنبلاط سوريا بعرقلة المحكمة.",
			[]want{{"walid-jumblatt", "accuses", "syria", ""}},
			[]want{{"*", "accuses", "walid-jumblatt", ""}}},
		{"a name before the verb and one after: SVO", "وقالت المصادر إن مصر اتهمت إثيوبيا بعرقلة المفاوضات.",
			[]want{{"egypt", "accuses", "ethiopia", ""}}, nil},
	})
}
