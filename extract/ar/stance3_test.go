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

func TestStanceSupportForms(t *testing.T) {
	runCases(t, []cxCase{
		{"go on providing support to", "وقالت إثيوبيا إنها ستواصل تقديم الدعم للحكومة الصومالية في حربها ضد حركة الشباب.",
			[]want{{"ethiopia", "supports", "somalia", ""}}, nil},
		{"support received from", "ويتلقى الحوثيون أسلحة من إيران عبر البحر.",
			[]want{{"iran", "supports", "houthis", ""}},
			[]want{{"houthis", "supports", "iran", ""}}},
		{"support received, denied", "ونفت إريتريا أن تكون حركة الشباب تتلقى الدعم منها.",
			nil, []want{{"*", "supports", "*", ""}}},
		{"X's standing by Y", "وجدد أمير الكويت وقوف الكويت بجانب السعودية.",
			[]want{{"kuwait", "supports", "saudi-arabia", ""}}, nil},
		{"standing at a place is no support", "وأكد الوزير وقوف الوفد في المطار لاستقبال الرئيس التونسي.",
			nil, []want{{"*", "supports", "*", ""}}},
		{"X arming unnamed others", "وانتقدت الحكومة السودانية تسليح الولايات المتحدة للمتمردين في الجنوب.",
			nil, []want{{"sudan", "supports", "*", ""}}},
	})
}

func TestStanceScopes(t *testing.T) {
	runCases(t, []cxCase{
		{"a noun negation over its chain", "ورفضت واشنطن اقتراحا بعدم القيام بأي مسعى لإسقاط النظام السوري.",
			nil, []want{{"*", "opposes", "syrian-government", ""}}},
		{"a conditional in", "وهددت إيران بوقف تعاونها مع الوكالة الدولية للطاقة الذرية إن فرض مجلس الأمن عليها عقوبات.",
			nil, []want{{"*", "opposes", "iran", ""}}},
		{"a time adjunct holds no object", "وانتقد الرئيس التونسي بعد لقاء نظيره الجزائري في تونس سياسة فرنسا.",
			nil, []want{{"*", "opposes", "abdelmadjid-tebboune", ""}}},
		{"a name after a naming verb", "ورفض جناح من الحركة مع جماعة تدعى حركة العدل والمساواة توقيع الاتفاق.",
			nil, []want{{"*", "opposes", "justice-and-equality-movement", ""}}},
		{"a capital in a subject list", "واتهمت جماعات حقوق الإنسان وواشنطن الحكومة السودانية بعرقلة الإغاثة.",
			[]want{{"united-states", "accuses", "sudan", ""}},
			[]want{{"*", "accuses", "united-states", ""}}},
		{"cooperation between the two countries", "واستقبل الرئيس السوداني عمر البشير في الخرطوم الرئيس التشادي إدريس ديبي. وبحث الجانبان الأوضاع في الشرق الأوسط وخاصة لبنان وفلسطين إضافة إلى علاقات التعاون بين البلدين.",
			[]want{{"sudan", "cooperatesWith", "chad", ""}},
			[]want{{"lebanon", "cooperatesWith", "*", ""}}},
	})
}

func TestStanceMutualAndAlly(t *testing.T) {
	runCases(t, []cxCase{
		{"trading accusations", "وتبادلت إثيوبيا وإريتريا الاتهامات بشأن الهجوم على الحدود.",
			[]want{{"ethiopia", "accuses", "eritrea", ""}, {"eritrea", "accuses", "ethiopia", ""}}, nil},
		{"allied with, the verb apart", "وتحالفت حركة الشباب مع تنظيم القاعدة منذ سنوات.",
			[]want{{"al-shabaab", "allyOf", "al-qaeda", ""}}, nil},
	})
}

func TestStancePlaceReferent(t *testing.T) {
	runCases(t, []cxCase{
		{"capitals in a من…إلى range are no referent", "وخرجت الحشود من الرباط إلى القاهرة ودمشق لتؤكد وقوفها إلى جانب حزب الله.",
			nil, []want{{"*", "supports", "hezbollah", ""}}},
		{"a capital as speaker still is", "وقالت القاهرة إنها تؤكد دعمها للحكومة الليبية.",
			[]want{{"egypt", "supports", "libya", ""}}, nil},
	})
}
