package ar

import "testing"

// Table tests of the round 8 stance forms (stance8.go), with sentences
// written for them.

func TestStance8CondemnedNation(t *testing.T) {
	runCases(t, []cxCase{
		{"condemning a nation's incursion", "ودانت الجامعة العربية أمس التوغل التركي في شمال العراق.",
			[]want{{"arab-league", "opposes", "turkey", ""}}, nil},
		{"rejecting a nation's steps, adjective after", "ورفضت الحكومة الأردنية الخطوات الإسرائيلية الأخيرة في القدس.",
			[]want{{"jordan", "opposes", "israel", ""}}, nil},
		{"an adjective between the act and the nation", "واستنكرت قطر الاعتداءات الوحشية الإسرائيلية على غزة.",
			[]want{{"qatar", "opposes", "israel", ""}}, nil},
		{"the adjective of the subject is no object", "ودانت وزارة الخارجية المصرية الهجوم على الكنيسة.",
			nil, []want{{"*", "opposes", "egypt", ""}}},
		{"an act with no nation names nobody", "وندد الأزهر بالهجوم الإرهابي في سيناء.",
			nil, []want{{"*", "opposes", "*", ""}}},
		{"ودان is the verb, not the town Waddan", "ودان الملك عبدالله الثاني التدخل الإيراني في اليمن.",
			[]want{{"abdullah-ii-of-jordan", "opposes", "iran", ""}}, []want{{"waddan", "*", "*", ""}}},
		{"a nation's act welcomed is no opposition", "ورحبت الكويت بالخطوة الإيرانية الأخيرة.",
			nil, []want{{"kuwait", "opposes", "iran", ""}}},
	})
}

func TestStance8CondemnedClaimed(t *testing.T) {
	runCases(t, []cxCase{
		{"a condemnation after the claim", "وتبنى تنظيم داعش التفجير في بيان على الإنترنت. ودانت الحكومة الأردنية التفجير بشدة.",
			[]want{{"jordan", "opposes", "islamic-state", ""}}, nil},
		{"the claimant before قد", "وكان تنظيم القاعدة قد تبنى الهجوم في بيان. واستنكرت الكويت الهجوم الإرهابي الجبان.",
			[]want{{"kuwait", "opposes", "al-qaeda", ""}}, nil},
		{"no claim, no doer", "وانفجرت سيارة مفخخة في السوق. ودانت الحكومة الأردنية التفجير بشدة.",
			nil, []want{{"jordan", "opposes", "*", ""}}},
		{"a condemned attack with its own target names no claimant", "وتبنى تنظيم داعش التفجير في بيان. ودانت الكويت الهجوم على السعودية.",
			nil, []want{{"kuwait", "opposes", "islamic-state", ""}}},
		{"welcoming is no condemnation", "وتبنى تنظيم داعش التفجير في بيان. ورحبت حركة حماس بالهجوم.",
			nil, []want{{"hamas", "opposes", "islamic-state", ""}}},
	})
}
