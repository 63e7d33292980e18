package ar

import "testing"

// Table tests of conflict4.go: wars, clashes, campaigns and killings as
// attacks, with sentences written for them in the style of news on the
// wars of 2015; each construction has rows that must give nothing.

func TestConflictClashHeads(t *testing.T) {
	runCases(t, []cxCase{
		{"clashes between the forces of an army and the gunmen of a group", "واندلعت مواجهات بين قوات الجيش الأفغاني ومسلحي حركة طالبان في ولاية قندوز.",
			[]want{{"afghan-national-army", "attacked", "taliban", ""}, {"taliban", "attacked", "afghan-national-army", ""}}, nil},
		{"battles between the members of a group and an army", "ودارت معارك ضارية بين الجيش الكيني وعناصر حركة الشباب قرب الحدود.",
			[]want{{"al-shabaab", "attacked", "kenya-defence-forces", ""}, {"kenya-defence-forces", "attacked", "al-shabaab", ""}}, nil},
		{"fighters of a group and fighters of another", "وتجددت الاشتباكات بين مقاتلي جبهة النصرة ومقاتلي تنظيم الدولة في ريف حلب.",
			[]want{{"al-nusra-front", "attacked", "islamic-state", ""}, {"islamic-state", "attacked", "al-nusra-front", ""}}, nil},
		{"a call to stop the battles between the forces of X and the gunmen of Y", "وطالبت الأمم المتحدة بوقف المعارك بين قوات الجيش الأفغاني ومسلحي حركة طالبان.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"a denial of clashes between the forces of X and the members of Y", "ونفى المتحدث العسكري وقوع اشتباكات بين قوات الجيش الأفغاني وعناصر حركة طالبان.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"talks between the forces of X and the fighters of Y are no clash", "وجرت مفاوضات بين قوات الجيش الأفغاني ومقاتلي حركة طالبان في الدوحة.",
			nil, []want{{"*", "attacked", "*", ""}}},
	})
}

func TestConflictLiberation(t *testing.T) {
	runCases(t, []cxCase{
		{"forces liberated a city from a group's control", "واستطاع الجيش النيجيري تحرير مدينة مايدوغوري من سيطرة جماعة بوكو حرام.",
			[]want{{"nigerian-army", "attacked", "boko-haram", ""}, {"boko-haram", "controls", "maiduguri", ""}}, nil},
		{"the army managed to liberate, with من", "وتمكنت القوات العراقية من تحرير مدينة تكريت من قبضة تنظيم الدولة.",
			[]want{{"iraqi-army", "attacked", "islamic-state", ""}, {"islamic-state", "controls", "tikrit", ""}}, nil},
		{"a verb of taking back with its subject", "واستعاد الجيش الأفغاني مدينة قندوز من حركة طالبان.",
			[]want{{"afghan-national-army", "attacked", "taliban", ""}}, nil},
		{"an army announced the liberation of a city from a group", "وأعلن الجيش النيجيري تحرير مدينة مايدوغوري من سيطرة جماعة بوكو حرام.",
			[]want{{"nigerian-army", "attacked", "boko-haram", ""}}, nil},
		{"a president announcing a liberation did not fight", "وأعلن الرئيس الأفغاني أشرف غني استعادة مدينة قندوز من حركة طالبان.",
			nil, []want{{"ashraf-ghani", "attacked", "*", ""}}},
		{"a call to liberate is no attack", "وطالب البرلمان العراقي بتحرير مدينة تكريت من سيطرة تنظيم الدولة.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"a call with إلى is no attack", "ودعا الرئيس النيجيري إلى تحرير مدينة مايدوغوري من سيطرة بوكو حرام.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"failing to liberate: a negation", "ولم يتمكن الجيش الأفغاني من استعادة مدينة قندوز من حركة طالبان.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"a city falling into a group's hands names no attacker", "وأدى سقوط مدينة قندوز بيد حركة طالبان إلى نزوح الآلاف.",
			nil, []want{{"*", "attacked", "*", ""}}},
	})
}

func TestConflictCampaign(t *testing.T) {
	runCases(t, []cxCase{
		{"a campaign to drive a group's fighters out", "ويواصل الجيش النيجيري حملته لطرد مقاتلي جماعة بوكو حرام من غابة سامبيسا.",
			[]want{{"nigerian-army", "attacked", "boko-haram", ""}}, nil},
		{"a military operation to drive out a group", "وبدأ الجيش العراقي عملية عسكرية واسعة لطرد تنظيم الدولة من مدينة الرمادي.",
			[]want{{"iraqi-army", "attacked", "islamic-state", ""}}, nil},
		{"a demand to expel an ambassador is no attack", "وطالب النواب بطرد السفير الإسرائيلي من القاهرة.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"a threat to drive out a group", "وهدد الجيش النيجيري بطرد جماعة بوكو حرام من غابة سامبيسا.",
			nil, []want{{"*", "attacked", "*", ""}}},
	})
}

func TestConflictBlowUp(t *testing.T) {
	runCases(t, []cxCase{
		{"a group blew up a named shrine", "وفجر تنظيم الدولة ضريح سليمان شاه قبل انسحابه من المنطقة.",
			[]want{{"islamic-state", "attacked", "tomb-of-suleyman-shah", ""}}, nil},
		{"a group destroyed a named air base", "ودمرت جبهة النصرة مطار أبو الظهور العسكري بعد حصار طويل.",
			[]want{{"al-nusra-front", "attacked", "abu-al-duhur-airbase", ""}}, nil},
		{"dawn is no blowing up", "وقتل خمسة جنود فجر اليوم في مدينة قندوز.",
			nil, []want{{"*", "attacked", "kunduz", ""}}},
		{"a denial of destroying a base", "ونفت جبهة النصرة أنها دمرت مطار أبو الظهور العسكري.",
			nil, []want{{"al-nusra-front", "attacked", "*", ""}}},
		{"a threat to blow up a shrine", "وهدد تنظيم الدولة بتفجير ضريح سليمان شاه.",
			nil, []want{{"*", "attacked", "*", ""}}},
	})
}

func TestConflictPossessiveAttack(t *testing.T) {
	runCases(t, []cxCase{
		{"killed during their attack on a position of X", "وقتل ثلاثة من جنود الجيش الكيني خلال هجومهم على معسكر لحركة الشباب.",
			[]want{{"kenya-defence-forces", "attacked", "al-shabaab", ""}}, nil},
		{"wounded while attacking positions of X", "وأصيب جنود من الجيش الأفغاني أثناء هجومهم على مواقع حركة طالبان.",
			[]want{{"afghan-national-army", "attacked", "taliban", ""}}, nil},
		{"a verb of continuing with its attack on X", "وواصل الجيش الكيني هجومه على مواقع حركة الشباب.",
			[]want{{"kenya-defence-forces", "attacked", "al-shabaab", ""}}, nil},
		{"a condemnation of their attack is someone else's", "وأدانت الحكومة الأفغانية هجومهم على مواقع الجيش الأفغاني.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"a threat to go on with their attacks", "وهدد قادة حركة طالبان بمواصلة هجماتهم على مواقع الجيش الأفغاني.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"a vow to strike them: the pronoun is the one struck", "وقال الرئيس الأفغاني إن طالبان تهدد البلاد، متعهدا بضربها بقوة.",
			nil, []want{{"taliban", "attacked", "*", ""}}},
	})
}
