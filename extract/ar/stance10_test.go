package ar

import "testing"

// Table tests of the round 10 stance guards (stance10.go), with sentences
// written for them.

func TestStance10Guards(t *testing.T) {
	runCases(t, []cxCase{
		{"fighting alongside is no opposition", "ويقاتل حزب الله منذ سنوات في سوريا إلى جانب الجيش السوري.",
			nil, []want{{"hezbollah", "opposes", "*", ""}}},
		{"fighting against stays opposition", "ويقاتل حزب الله منذ سنوات تنظيم داعش في سوريا.",
			[]want{{"hezbollah", "opposes", "islamic-state", ""}}, nil},
		{"a participle after a noun joined by wa describes that noun", "وقصفت طائرات التحالف بقيادة السعودية مواقع الحوثيين والقوات الموالية للرئيس السابق علي عبد الله صالح.",
			nil, []want{{"*", "supports", "ali-abdullah-saleh", ""}}},
		{"the title's genitive is the subject's", "وتبنى تنظيم داعش التفجير. كما دان شيخ الأزهر أحمد الطيب الهجوم.",
			nil, []want{{"*", "opposes", "al-azhar", ""}}},
	})
}
