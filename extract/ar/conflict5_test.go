package ar

import "testing"

// Table tests of conflict5.go, with sentences written for them in the
// everyday style of war news of 2014–2016; each construction has rows
// that must give nothing.

func TestConflictTargetOwner(t *testing.T) {
	runCases(t, []cxCase{
		{"a target noun with its owner after لـ", "وقصفت طائرات أمريكية مستشفى لمنظمة أطباء بلا حدود في مدينة قندوز.",
			[]want{{"united-states", "attacked", "msf", ""}}, nil},
		{"a target noun, an adjective and its owner after لـ", "واستهدفت المدفعية التركية مواقع عسكرية لحزب العمال الكردستاني في شمال العراق.",
			[]want{{"*", "attacked", "kurdistan-workers-party", ""}}, nil},
		{"a target noun linked to its owner by تابع", "وأغرقت فرقاطة مصرية زورقا تابعا لتنظيم ولاية سيناء قبالة سواحل العريش.",
			nil, []want{{"egypt", "attacked", "el-arish", ""}}},
		{"shelled a boat belonging to a group", "وقصفت فرقاطة مصرية زورقا تابعا لتنظيم ولاية سيناء قبالة سواحل العريش.",
			[]want{{"egypt", "attacked", "islamic-state-sinai-province", ""}}, nil},
		{"the positions of a side suffered shelling of a nationality", "وتتعرض مواقع حركة الشباب في جنوب الصومال لغارات كينية متواصلة.",
			[]want{{"kenya", "attacked", "al-shabaab", ""}}, nil},
		{"a hospital of an organisation that was visited, not struck", "وزار وزير الصحة مستشفى لمنظمة أطباء بلا حدود في مدينة قندوز.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"a threat to strike the positions of a side", "وهدد الجيش التركي بقصف مواقع لحزب العمال الكردستاني.",
			nil, []want{{"*", "attacked", "*", ""}}},
	})
}

func TestConflictAdjectiveAgent(t *testing.T) {
	runCases(t, []cxCase{
		{"the shelling of an armed body and the thing struck in a place", "وجاء ذلك بعد قصف الطيران الروسي مبنى في مدينة إدلب.",
			[]want{{"*", "attacked", "idlib", ""}}, nil},
		{"the raids of an armed body on the positions of a side", "وتواصلت غارات القوات الجوية التركية مواقع لحزب العمال الكردستاني.",
			[]want{{"*", "attacked", "kurdistan-workers-party", ""}}, nil},
		{"the shelling of a town is no agent", "وأدى قصف مدينة إدلب إلى مقتل العشرات.",
			nil, []want{{"idlib", "attacked", "*", ""}}},
		{"a definite attack noun and the adjective of a group", "وأسفر الهجوم الحوثي على مدينة مأرب عن مقتل العشرات.",
			[]want{{"houthis", "attacked", "marib", ""}}, nil},
		{"a nationality adjective and a place after لـ", "وتواصل القصف الروسي لمدينة إدلب لليوم الثالث.",
			[]want{{"russia", "attacked", "idlib", ""}}, nil},
		{"a town suffered raids of a nationality", "وتعرضت مدينة درنة لغارات مصرية عنيفة فجر اليوم.",
			[]want{{"egypt", "attacked", "derna", ""}}, nil},
		{"a call to stop the shelling of a nationality", "ودعت الأمم المتحدة إلى وقف القصف الروسي لمدينة إدلب.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"a town suffered a terrorist attack: no actor", "وتعرضت مدينة درنة لهجوم إرهابي فجر اليوم.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"a definite noun of talks and a group is no attack", "وانتهى الحوار الحوثي مع الحكومة في مسقط دون نتيجة.",
			nil, []want{{"*", "attacked", "*", ""}}},
	})
}

func TestConflictDeedVerbs(t *testing.T) {
	runCases(t, []cxCase{
		{"shells launched by a group on a town", "وسقطت قذائف هاون أطلقها الحوثيون على مدينة جازان.",
			[]want{{"houthis", "attacked", "jizan", ""}}, nil},
		{"a suicide attack claimed by a group in a town", "وقتل 9 أشخاص في هجوم انتحاري تبناه تنظيم الدولة في مدينة الحسكة.",
			[]want{{"islamic-state", "attacked", "hasakah", ""}}, nil},
		{"two bombings claimed by a group, dual pronoun", "وقتل 20 شخصا في تفجيرين تبناهما تنظيم الدولة في مدينة عدن.",
			[]want{{"islamic-state", "attacked", "aden", ""}}, nil},
		{"a resolution adopted by a council is no attack", "وصدر القرار الذي تبناه مجلس الأمن بالإجماع.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"a satellite launched by a country is no attack", "وقال الخبراء إن القمر الصناعي الذي أطلقته إيران على صاروخ محلي نجح.",
			nil, []want{{"*", "attacked", "*", ""}}},
	})
}

func TestConflictVictims(t *testing.T) {
	runCases(t, []cxCase{
		{"the dead of a side are no attackers", "وأعلن الجيش الأفغاني مقتل 15 من عناصر حركة طالبان في غارة على معسكر لهم في ولاية قندوز.",
			nil, []want{{"taliban", "attacked", "*", ""}}},
		{"a leader killed in a raid is no attacker", "وأكدت المصادر مقتل قائد حركة الشباب في غارة أمريكية جنوب الصومال.",
			nil, []want{{"al-shabaab", "attacked", "*", ""}}},
		{"soldiers of a side killed in an attack of another", "وقتل 12 جنديا من الجيش الكيني في هجوم لحركة الشباب على معسكر في لامو.",
			nil, []want{{"kenya-defence-forces", "attacked", "*", ""}}},
		{"soldiers of a side killed in an attack of a group: the side was attacked", "وقتل 14 جنديا من الجيش الكيني في هجوم لحركة الشباب على معسكر قرب الحدود.",
			[]want{{"al-shabaab", "attacked", "kenya-defence-forces", ""}}, nil},
		{"people killed in an attack of a group: no side named", "وقتل 14 شخصا في هجوم لحركة الشباب على فندق في العاصمة.",
			nil, []want{{"al-shabaab", "attacked", "*", ""}}},
		{"those killed during their own attack attacked", "وقتل خمسة من عناصر الشرطة العراقية خلال هجومهم على مواقع تنظيم الدولة.",
			[]want{{"*", "attacked", "islamic-state", ""}}, nil},
	})
}

func TestConflictKillVerb(t *testing.T) {
	runCases(t, []cxCase{
		{"forces killed a named leader", "وقتلت القوات الأمريكية زعيم حركة الشباب أحمد عبدي غودني في غارة جنوب الصومال.",
			[]want{{"*", "attacked", "ahmed-abdi-godane", ""}}, nil},
		{"a count of the dead stays kill-count", "وقتل الجيش الكيني 40 من مسلحي حركة الشباب في جنوب الصومال.",
			[]want{{"kenya-defence-forces", "attacked", "al-shabaab", ""}}, nil},
		{"a passive with no victim named gives nothing", "وقتل جنديان كينيان في هجوم على معسكر في مدينة لامو.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"a negated killing gives nothing", "ونفى الجيش الكيني أن تكون قواته قتلت زعيم حركة الشباب أحمد عبدي غودني.",
			nil, []want{{"*", "attacked", "*", ""}}},
	})
}

func TestConflictClaimObject(t *testing.T) {
	runCases(t, []cxCase{
		{"a claimed attack described by a relative clause", "وتبنى تنظيم الدولة الهجوم الذي استهدف مسجدا للشيعة في مدينة القطيف.",
			[]want{{"islamic-state", "attacked", "qatif", ""}}, nil},
		{"a claim after the blast it claims", "وانفجرت سيارة مفخخة قرب مسجد في مدينة عدن، وتبنى تنظيم الدولة التفجير.",
			[]want{{"islamic-state", "attacked", "aden", ""}}, nil},
		{"a claimed attack after a visit names no place struck", "وزار الوزير مدينة عدن أمس، وتبنى تنظيم الدولة الهجوم.",
			nil, []want{{"islamic-state", "attacked", "*", ""}}},
		{"a resolution adopted after an attack is no claim", "وقتل 10 أشخاص في انفجار في مدينة عدن، وتبنى مجلس الأمن القرار.",
			nil, []want{{"*", "attacked", "*", ""}}},
	})
}

func TestConflictClashWith(t *testing.T) {
	runCases(t, []cxCase{
		{"the forces of an army clashed with the gunmen of a group", "واشتبكت قوات الجيش الأفغاني مع مسلحي حركة طالبان في ولاية قندوز.",
			[]want{{"afghan-national-army", "attacked", "taliban", ""}, {"taliban", "attacked", "afghan-national-army", ""}}, nil},
		{"fought fierce battles with a group", "وخاض الجيش النيجيري معارك عنيفة مع جماعة بوكو حرام في ولاية بورنو.",
			[]want{{"nigerian-army", "attacked", "boko-haram", ""}, {"boko-haram", "attacked", "nigerian-army", ""}}, nil},
		{"a denial of clashing with a group", "ونفى الجيش النيجيري أن تكون قواته اشتبكت مع جماعة بوكو حرام.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"talks with a group are no clash", "وأجرى الجيش النيجيري محادثات مع جماعة بوكو حرام في أبوجا.",
			nil, []want{{"*", "attacked", "*", ""}}},
	})
}

func TestConflictLaunchToward(t *testing.T) {
	runCases(t, []cxCase{
		{"a missile launched toward a town", "واعترضت الدفاعات السعودية صاروخا أطلقه الحوثيون باتجاه مدينة نجران.",
			[]want{{"houthis", "attacked", "najran", ""}}, nil},
		{"a threat to launch missiles toward a town", "وهدد الحوثيون بإطلاق صواريخ باتجاه مدينة نجران.",
			nil, []want{{"*", "attacked", "*", ""}}},
	})
}
