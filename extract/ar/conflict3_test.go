package ar

import "testing"

// Table tests of conflict3.go and the attack guards of conflict.go, with
// sentences written for them in the style of news on the wars of 2015;
// each construction has rows that must give nothing.

func TestConflictNounAgent(t *testing.T) {
	runCases(t, []cxCase{
		{"a shelling by the forces of X on a town", "وقتل 7 أشخاص في قصف لقوات النظام على مدينة دوما.",
			[]want{{"syrian-government", "attacked", "douma", ""}}, nil},
		{"an air raid with a nationality on a city", "وقتل 9 أشخاص في غارة روسية على مدينة إدلب.",
			[]want{{"russia", "attacked", "idlib", ""}}, nil},
		{"planes of X, a genitive actor, as the subject of a light verb", "شنت طائرات التحالف العربي غارات على مواقع الحوثيين في صعدة.",
			[]want{{"saudi-led-coalition", "attacked", "houthis", ""}}, nil},
		{"artillery of X", "قصفت مدفعية الجيش التركي مواقع لحزب العمال الكردستاني في شمال العراق.",
			[]want{{"turkish-armed-forces", "attacked", "kurdistan-workers-party", ""}}, nil},
	})
}

func TestConflictNounSubject(t *testing.T) {
	runCases(t, []cxCase{
		{"a raid with a nationality targeted X", "واستهدفت غارة أمريكية مواقع لحركة الشباب في الصومال.",
			[]want{{"united-states", "attacked", "al-shabaab", ""}}, nil},
		{"a bombing targeted a place and X claimed it", "استهدف تفجير انتحاري مسجدا في صنعاء وتبناه تنظيم الدولة.",
			[]want{{"islamic-state", "attacked", "sanaa", ""}}, nil},
		{"a bombing nobody claimed names no actor", "استهدف تفجير انتحاري مسجدا في صنعاء.",
			nil, []want{{"*", "attacked", "*", ""}}},
	})
}

func TestConflictClaim(t *testing.T) {
	runCases(t, []cxCase{
		{"X adopted an attack on a place", "تبنى تنظيم الدولة هجوما على مسجد في صنعاء.",
			[]want{{"islamic-state", "attacked", "sanaa", ""}}, nil},
		{"X declared its responsibility for a bombing in a city", "أعلنت جماعة بوكو حرام مسؤوليتها عن تفجير سوق في مايدوغوري.",
			[]want{{"boko-haram", "attacked", "maiduguri", ""}}, nil},
		{"adopting a resolution is no attack", "وتبنى مجلس الأمن قرارا بشأن اليمن.",
			nil, []want{{"*", "attacked", "*", ""}}},
	})
}

func TestConflictGuards(t *testing.T) {
	runCases(t, []cxCase{
		{"a minister attacking a country in words", "هاجم وزير الخارجية السعودي عادل الجبير إيران في مؤتمر صحفي.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"an envoy's violent attack in words", "وشن المندوب السوري بشار الجعفري هجوما عنيفا على السعودية.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"any attack on a country is a fear", "وتخشى باكستان من أن أي هجوم على إيران قد يثير القلاقل.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"a call to stop raids", "دعا الرئيس الفرنسي إلى وقف الغارات على اليمن.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"the war X leads against terror in general", "وتشارك باكستان في الحرب التي تقودها الولايات المتحدة ضد الإرهاب منذ سنوات في أفغانستان.",
			nil, []want{{"united-states", "attacked", "*", ""}}},
		{"the coalition's positions are no coalition planes: no actor", "قصف التحالف مواقع الحوثيين في صعدة.",
			nil, []want{{"houthis", "attacked", "*", ""}}},
		{"planes bombing in earnest still attack", "وشنت روسيا غارات على مدينة حلب.",
			[]want{{"russia", "attacked", "aleppo", ""}}, nil},
	})
}
