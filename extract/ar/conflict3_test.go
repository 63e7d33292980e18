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
		{"attacks of X's fighters in a region", "وتصاعدت هجمات مقاتلي حركة طالبان في جنوب أفغانستان منذ الربيع.",
			[]want{{"taliban", "attacked", "afghanistan", ""}}, nil},
		{"a call to stop the attacks of X's fighters", "وطالب المتظاهرون بوقف هجمات مقاتلي حركة طالبان في جنوب أفغانستان.",
			nil, []want{{"*", "attacked", "*", ""}}},
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

func TestConflictGunmen(t *testing.T) {
	runCases(t, []cxCase{
		{"gunmen affiliated to X", "هاجم مسلحون تابعون لحركة الشباب قاعدة للجيش الكيني في لامو.",
			[]want{{"al-shabaab", "attacked", "kenya-defence-forces", ""}}, nil},
		{"gunmen from X stormed a hotel in a city", "اقتحم مسلحون من حركة الشباب فندقا في مقديشو.",
			[]want{{"al-shabaab", "attacked", "mogadishu", ""}}, nil},
		{"members of X attacked checkpoints of Y", "وهاجم عناصر من تنظيم الدولة نقاط تفتيش للجيش العراقي قرب الفلوجة.",
			[]want{{"islamic-state", "attacked", "iraqi-army", ""}}, nil},
		{"gunmen of a nationality are no country", "واحتل مسلحون صوماليون بلدة في وسط البلاد.",
			nil, []want{{"somalia", "*", "*", ""}}},
	})
}

func TestConflictWeaponsAndTargets(t *testing.T) {
	runCases(t, []cxCase{
		{"a weapon between the verb and the place", "واستهدفت ميليشيات الحوثي بقذائف الهاون أحياء مدينة تعز.",
			[]want{{"houthis", "attacked", "taiz", ""}}, nil},
		{"a missile launched at a base", "وأطلقت جماعة أنصار الله صاروخ سكود على قاعدة خميس مشيط.",
			[]want{{"houthis", "attacked", "*", ""}}, nil},
		{"a raid with a nationality targeted a house in a town", "وقتل 4 فلسطينيين في غارة إسرائيلية استهدفت منزلا بخان يونس.",
			[]want{{"israel", "attacked", "khan-yunis", ""}}, nil},
		{"two raids carried out by X", "وقتل 5 أشخاص في غارتين نفذهما الطيران الروسي واستهدفتا سوقا في مدينة إدلب.",
			[]want{{"russian-aerospace-forces", "attacked", "idlib", ""}}, nil},
		{"a siege as a possessive noun", "وتواصل قوات النظام السوري حصارها لبلدة مضايا.",
			[]want{{"syrian-government", "attacked", "madaya", ""}}, nil},
		{"claiming the launch of rockets at a city", "وأعلنت كتائب القسام مسؤوليتها عن إطلاق صواريخ على مدينة عسقلان.",
			[]want{{"izz-ad-din-al-qassam-brigades", "attacked", "ashkelon", ""}}, nil},
	})
}

func TestConflictHolding(t *testing.T) {
	runCases(t, []cxCase{
		{"a city subject to X's control", "وتخضع مدينة الرقة لسيطرة تنظيم الدولة منذ عام 2014.",
			[]want{{"islamic-state", "controls", "raqqa", ""}}, nil},
		{"fighters withdrew from a town they held", "وانسحب مقاتلو تنظيم الدولة من مدينة تل أبيض.",
			[]want{{"islamic-state", "controls", "tal-abyad", ""}}, nil},
		{"a country withdrawing from a country holds no town", "وانسحبت روسيا من سوريا بعد ستة أشهر.",
			nil, []want{{"*", "controls", "*", ""}}},
		{"the occupation of a place by an adjective's country", "وخرج المتظاهرون احتجاجا على الاحتلال الإسرائيلي للضفة الغربية.",
			[]want{{"israel", "controls", "west-bank", ""}}, nil},
		{"an occupied rank in a league is no place", "وتمكن المنتخب السعودي من احتلال المركز الثاني.",
			nil, []want{{"*", "controls", "*", ""}}},
	})
}
