package ar

import "testing"

// Table tests of the conflict constructions (data/conflict.tsv,
// conflict.go), with sentences written for them; each family has rows
// that must give nothing (words that look like its triggers but are not).

func TestConflictDeed(t *testing.T) {
	runCases(t, []cxCase{
		{"raids that X launched on Y", "وقالت إن الغارات التي شنها التحالف بقيادة السعودية على مواقع الحوثيين قتلت 20 شخصا.",
			[]want{{"saudi-led-coalition", "attacked", "houthis", ""}}, nil},
		{"an indefinite attack carried out by X on Y", "وقتل جندي في هجوم نفذه حزب الله على الجيش الإسرائيلي.",
			[]want{{"hezbollah", "attacked", "israel-defense-forces", ""}}, nil},
		{"operations X carries out against Y", "وأشاد المتحدث بالعمليات العسكرية التي تنفذها قوات التحالف بقيادة السعودية ضد الحوثيين.",
			[]want{{"saudi-led-coalition", "attacked", "houthis", ""}}, nil},
		{"the strikes X carried out targeted Y", "لكن معظم الضربات التي نفذتها روسيا حتى الآن استهدفت جبهة النصرة.",
			[]want{{"russia", "attacked", "al-nusra-front", ""}}, nil},
		{"the war X fought against Y", "وتتذكر غزة الحرب التي خاضتها حماس ضد إسرائيل قبل عام.",
			[]want{{"hamas", "attacked", "israel", ""}}, nil},
		{"no attack noun before the verb: a plan carried out is no attack", "وقال إن الخطة التي نفذتها الحكومة المصرية نجحت.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"no agent after the verb", "وقال إن الهجمات التي تشنها على مواقع داعش مستمرة.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"operations X carries out in a governorate: the place attacked", "وأشاد المتحدث بالعمليات العسكرية التي تنفذها قوات التحالف بقيادة السعودية في محافظة إب.",
			[]want{{"saudi-led-coalition", "attacked", "ibb-governorate", ""}}, nil},
		{"a named attack on a city: its agent took part and attacked the city", "ونجح الهجوم على مدينة الرمادي الذي شنه الجيش العراقي في الشهر الماضي.",
			[]want{{"iraqi-army", "participatedIn", "event-attacks-ramadi-attack", ""}, {"iraqi-army", "attacked", "ramadi", ""}}, nil},
		{"the agent is no object of its own attack", "وقال إن الضربات التي نفذتها تركيا على مواقع داعش نجحت.",
			[]want{{"turkey", "attacked", "islamic-state", ""}}, []want{{"islamic-state", "attacked", "*", ""}}},
	})
}

func TestConflictWar(t *testing.T) {
	runCases(t, []cxCase{
		{"waged battles against", "وخاضت حركة طالبان معارك ضد القوات الأفغانية.",
			[]want{{"taliban", "attacked", "afghan-national-army", ""}}, nil},
		{"an election battle is fought against no one", "وخاضت الأحزاب التركية معركة انتخابية صعبة.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"an accusation of targeting is no attack", "واتهم الحزب أنقرة باستهداف الأكراد.",
			nil, []want{{"*", "attacked", "*", ""}}},
	})
}

func TestConflictCoordinatedForces(t *testing.T) {
	runCases(t, []cxCase{
		{"and the forces of X continue a list", "وتشن حركة طالبان هجمات ضد القوات الأفغانية وقوات حلف الناتو.",
			[]want{{"taliban", "attacked", "afghan-national-army", ""}, {"taliban", "attacked", "nato", ""}}, nil},
		{"and the forces of X as a second subject", "وقصف الجيش السوري وقوات حزب الله مواقع جبهة النصرة.",
			[]want{{"syrian-arab-army", "attacked", "al-nusra-front", ""}, {"hezbollah", "attacked", "al-nusra-front", ""}}, nil},
		{"a forces noun without a name after it ends the list", "وقصف الجيش السوري وقوات أخرى مواقع جبهة النصرة.",
			[]want{{"syrian-arab-army", "attacked", "al-nusra-front", ""}}, nil},
	})
}

func TestConflictAttackPlace(t *testing.T) {
	runCases(t, []cxCase{
		{"an attack near a city with no actor struck: the city", "قصف الجيش الليبي سفينة وأغرقها قرب مدينة بنغازي.",
			[]want{{"libyan-national-army", "attacked", "benghazi", ""}}, nil},
		{"raids on a city", "وشنت روسيا غارات على مدينة حلب.",
			[]want{{"russia", "attacked", "aleppo", ""}}, nil},
		{"an actor struck: the place is only where", "وقصفت الطائرات التركية مواقع داعش في سوريا.",
			[]want{{"turkey", "attacked", "islamic-state", ""}}, []want{{"turkey", "attacked", "syria", ""}}},
		{"a place reached, not struck", "وقصفت الطائرات الروسية قافلة متجهة إلى مدينة حلب.",
			nil, []want{{"*", "attacked", "aleppo", ""}}},
		{"a meeting in a city is no attack", "والتقى كيري لافروف في جنيف.",
			nil, []want{{"*", "attacked", "*", ""}}},
	})
}

func TestConflictSiegeAndSubjectTo(t *testing.T) {
	runCases(t, []cxCase{
		{"besieging fighters", "وتحاصر قوات النظام السوري مقاتلي جبهة النصرة منذ أشهر.",
			[]want{{"syrian-government", "attacked", "al-nusra-front", ""}}, nil},
		{"a city subject to a group", "وزار الوفد مدينة تعز الخاضعة للحوثيين.",
			[]want{{"houthis", "controls", "taiz", ""}}, nil},
		{"subject to sanctions names no actor", "وتعاني مدينة عدن الخاضعة للعقوبات من أزمة.",
			nil, []want{{"*", "controls", "*", ""}}},
	})
}

func TestConflictHeld(t *testing.T) {
	runCases(t, []cxCase{
		{"taking a city back from a group", "واستعاد الجيش العراقي مدينة تكريت من تنظيم داعش.",
			[]want{{"islamic-state", "controls", "tikrit", ""}, {"iraqi-army", "controls", "tikrit", ""}}, nil},
		{"a plan to take it back: the group holds it now", "وتخطط القوات لاستعادة الرمادي من تنظيم داعش.",
			[]want{{"islamic-state", "controls", "ramadi", ""}}, nil},
		{"a city falling into a group's hands", "وتحقق اللجنة في سقوط مدينة الموصل في يد تنظيم داعش.",
			[]want{{"islamic-state", "controls", "mosul", ""}}, nil},
		{"liberation from a group's control", "واحتفل السكان بتحرير مدينة عدن من سيطرة الحوثيين.",
			[]want{{"houthis", "controls", "aden", ""}}, nil},
		{"taking it back: the pronoun is the place named before", "ويحاول الجيش دخول مدينة الرمادي وتخطط القوات لاستعادتها من تنظيم داعش.",
			[]want{{"islamic-state", "controls", "ramadi", ""}}, nil},
		{"a pronoun after a country names no place held", "وتحدث الوزير عن السعودية وعن استعادتها من الأزمة.",
			nil, []want{{"*", "controls", "*", ""}}},
		{"taking back a person is no place", "واستعاد الرئيس اليمني عبد ربه منصور هادي ثقة حلفائه من السعودية.",
			nil, []want{{"*", "controls", "*", ""}}},
	})
}

func TestConflictExpel(t *testing.T) {
	runCases(t, []cxCase{
		{"driving a group out of a city", "وتمكنت القوات من طرد حركة الشباب من مدينة كيسمايو.",
			[]want{{"al-shabaab", "controls", "kismayo", ""}}, nil},
		{"expelling an ambassador is no control", "وطردت مصر السفير التركي من القاهرة.",
			nil, []want{{"*", "controls", "*", ""}}},
	})
}

func TestConflictStronghold(t *testing.T) {
	runCases(t, []cxCase{
		{"a city in apposition, stronghold of a group", "وقصفت الطائرات مدينة الرقة، معقل تنظيم داعش، أمس.",
			[]want{{"islamic-state", "controls", "raqqa", ""}}, nil},
		{"a country is no stronghold", "وقال إن إيران، معقل التشيع، تدعم الحوثيين.",
			nil, []want{{"*", "controls", "*", ""}}},
	})
}
