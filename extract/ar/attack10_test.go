package ar

import "testing"

// Table tests of attack10.go, with sentences written for them in the style
// of 2015 war news; each construction has rows that must give nothing.

func TestAttackTimeAdjunct(t *testing.T) {
	runCases(t, []cxCase{
		{"a time adjunct between the subject and a struck town", "وقصفت الطائرات الروسية مساء أمس مدينة إدلب في شمال سوريا.",
			[]want{{"*", "attacked", "idlib", ""}}, nil},
		{"a day name between the subject and a struck town", "قصفت قوات النظام السوري يوم الجمعة مدينة دوما بقذائف الهاون.",
			[]want{{"*", "attacked", "douma", ""}}, nil},
		{"a weapon and a time adjunct before the struck town", "وقصفت ميليشيات الحوثي بالمدفعية الثقيلة صباح اليوم مدينة تعز.",
			[]want{{"houthis", "attacked", "taiz", ""}}, nil},
		{"a time adjunct before the positions of a group", "وقصفت المدفعية التركية ليل الأحد مواقع لحزب العمال الكردستاني قرب الحدود.",
			[]want{{"*", "attacked", "kurdistan-workers-party", ""}}, nil},
		{"a visit after a time adjunct is no attack", "وزار الرئيس التركي مساء أمس مدينة إدلب.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"a place governed by a noun after the time adjunct is no direct object", "وقصفت الطائرات الروسية مساء أمس محافظ إدلب.",
			nil, []want{{"*", "attacked", "idlib", ""}}},
		{"a threat to shell a town after a time adjunct", "وهدد الجيش التركي مساء أمس بقصف مدينة عفرين.",
			nil, []want{{"*", "attacked", "*", ""}}},
	})
}

func TestAttackCommaRelative(t *testing.T) {
	runCases(t, []cxCase{
		{"a town, which a group controls", "وقتل عشرة مدنيين في مدينة الرقة، التي يسيطر عليها تنظيم داعش منذ عامين.",
			[]want{{"islamic-state", "controls", "raqqa", ""}}, nil},
		{"a town, which a quoted group controls", "وتتعرض دوما، التي يسيطر عليها «جيش الإسلام»، لقصف متواصل.",
			[]want{{"jaysh-al-islam", "controls", "douma", ""}}, nil},
		{"a city, which a force holds", "ووصل الوفد إلى مدينة كركوك، التي تسيطر عليها قوات البيشمركة.",
			[]want{{"peshmerga", "controls", "kirkuk", ""}}, nil},
		{"a town, which a group shelled", "وزار المبعوث مدينة تعز، التي قصفتها ميليشيات الحوثي الشهر الماضي.",
			[]want{{"houthis", "attacked", "taiz", ""}}, nil},
		{"a relative clause with no resumptive pronoun names no holder", "وعاد الوفد إلى مدينة الرقة، التي زارها تنظيم داعش.",
			nil, []want{{"*", "controls", "*", ""}}},
		{"a relative clause whose verb holds what comes after it", "وفرت العائلات من مدينة الرقة، التي يسيطر تنظيم داعش على معظم أحيائها.",
			nil, []want{{"raqqa", "controls", "*", ""}}},
	})
}
