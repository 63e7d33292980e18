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

func TestAttackVictims(t *testing.T) {
	runCases(t, []cxCase{
		{"soldiers of a nationality killed in an attack carried out by a group", "وقتل تسعة جنود كينيين في هجوم شنته حركة الشباب قرب الحدود.",
			[]want{{"al-shabaab", "attacked", "kenya", ""}}, nil},
		{"an accusative nationality adjective on the dead soldiers", "وقتل 12 جنديا مصريا في هجوم شنه تنظيم ولاية سيناء.",
			[]want{{"islamic-state-sinai-province", "attacked", "egypt", ""}}, nil},
		{"coordinated nationalities besides the camp struck", "وقتل 40 جنديا إماراتيا وبحرينيا في هجوم شنه الحوثيون على معسكر للتحالف.",
			[]want{{"houthis", "attacked", "united-arab-emirates", ""}, {"houthis", "attacked", "bahrain", ""}}, nil},
		{"soldiers of a named army in an attack of a group with nothing after it", "وقتل ثلاثة جنود من الجيش الأفغاني في هجوم لحركة طالبان.",
			[]want{{"taliban", "attacked", "afghan-national-army", ""}}, nil},
		{"the army tells of its soldiers killed in an attack", "وقال الجيش التركي إن ثلاثة جنود قتلوا في هجوم نفذه حزب العمال الكردستاني ليلا.",
			[]want{{"kurdistan-workers-party", "attacked", "turkish-armed-forces", ""}}, nil},
		{"civilians of a nationality are no side attacked", "وقتل 12 مدنيا مصريا في هجوم شنه تنظيم ولاية سيناء على حافلة.",
			nil, []want{{"*", "attacked", "egypt", ""}}},
		{"a minister tells of soldiers killed: no army speaks", "وقال وزير الدفاع إن ثلاثة جنود قتلوا في هجوم نفذه حزب العمال الكردستاني.",
			nil, []want{{"*", "attacked", "turkish-armed-forces", ""}}},
		{"an adverb in the accusative is no nationality", "وقتل 12 جنديا رسميا في هجوم شنه تنظيم ولاية سيناء.",
			nil, []want{{"*", "attacked", "egypt", ""}}},
	})
}
