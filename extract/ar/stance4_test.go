package ar

import "testing"

// Table tests of the broad stance forms (data/stance.tsv round 7 rows,
// stance4.go), with sentences written for them.

func TestStance4Fight(t *testing.T) {
	runCases(t, []cxCase{
		{"a state declaring war on another attacks it (stance9.go war-armed)", "أعلنت إثيوبيا الحرب على إريتريا بعد اشتباكات حدودية.",
			[]want{{"ethiopia", "attacked", "eritrea", ""}}, []want{{"ethiopia", "opposes", "eritrea", ""}}},
		{"the war of an armed actor is conflict's attack, not a second fact", "وتشارك كينيا في الحرب على حركة الشباب منذ سنوات.",
			[]want{{"kenya", "attacked", "al-shabaab", ""}}, []want{{"kenya", "opposes", "al-shabaab", ""}}},
		{"its war against, possessive", "وأكدت تركيا دعمها للحكومة الصومالية في حربها ضد حركة الشباب.",
			[]want{{"somalia", "attacked", "al-shabaab", ""}, {"turkey", "supports", "somalia", ""}}, []want{{"somalia", "opposes", "al-shabaab", ""}}},
		{"resistance against", "وتخوض حركة حماس المقاومة ضد إسرائيل منذ عقود.",
			[]want{{"hamas", "opposes", "israel", ""}}, nil},
		{"the war on an abstract noun names nobody", "وتشارك مصر في الحرب على الإرهاب.",
			nil, []want{{"egypt", "opposes", "*", ""}}},
	})
}

func TestStance4VerbalAttack(t *testing.T) {
	runCases(t, []cxCase{
		{"a person attacks a country in words", "وهاجم زعيم حزب الله حسن نصر الله المملكة العربية السعودية في خطاب متلفز.",
			[]want{{"hassan-nasrallah", "opposes", "saudi-arabia", ""}}, nil},
		{"gunmen attacking a base is no stance", "وهاجم مسلحون من حركة الشباب قاعدة عسكرية في مقديشو.",
			nil, []want{{"*", "opposes", "*", ""}}},
		{"a group attacking a town is no stance", "وهاجمت حركة الشباب بلدة في جنوب الصومال.",
			nil, []want{{"al-shabaab", "opposes", "*", ""}}},
	})
}

func TestStance4StanceHead(t *testing.T) {
	runCases(t, []cxCase{
		{"renewed rejection of X's plan", "وجدد الرئيس التونسي رفضه لخطة الاتحاد الأوروبي بشأن الهجرة.",
			[]want{{"beji-caid-essebsi", "opposes", "european-union", ""}}, nil},
		{"a minister's country is no object", "ورفض الرئيس التونسي تصريحات وزير خارجية فرنسا.",
			nil, []want{{"*", "opposes", "france", ""}}},
	})
}

func TestStance4Aid(t *testing.T) {
	runCases(t, []cxCase{
		{"gave aid to", "وقدمت الكويت مساعدات إنسانية إلى اليمن.",
			[]want{{"kuwait", "supports", "yemen", ""}}, nil},
		{"an airlift to carry aid to", "وأقامت الإمارات جسرا جويا لنقل المساعدات إلى الصومال.",
			[]want{{"united-arab-emirates", "supports", "somalia", ""}}, nil},
		{"X's aid to Y", "وقالت الصحيفة إن مساعدات السعودية للبنان بلغت ثلاثة مليارات دولار.",
			[]want{{"saudi-arabia", "supports", "lebanon", ""}}, nil},
		{"aid arriving has no giver", "ووصلت مساعدات إنسانية إلى اليمن أمس.",
			nil, []want{{"*", "supports", "yemen", ""}}},
		{"a call to give aid is no aid", "وطالبت المعارضة الحكومة بتقديم مساعدات إلى المتضررين.",
			nil, []want{{"*", "supports", "*", ""}}},
		{"a conditional aid", "وإذا أرسلت قطر مساعدات إلى اليمن فستفتح السعودية المعابر.",
			nil, []want{{"qatar", "supports", "*", ""}}},
	})
}

func TestStance4Received(t *testing.T) {
	runCases(t, []cxCase{
		{"received X's support", "وتلقى الجيش اللبناني دعم الولايات المتحدة في معركته ضد المتشددين.",
			[]want{{"united-states", "supports", "lebanese-armed-forces", ""}},
			[]want{{"lebanese-armed-forces", "supports", "united-states", ""}}},
		{"the government received the support of", "وقال المتحدث إن الحكومة اليمنية تلقت دعم السعودية منذ بداية الأزمة.",
			[]want{{"saudi-arabia", "supports", "*", ""}},
			[]want{{"*", "supports", "saudi-arabia", ""}}},
	})
}

func TestStance4Coalition(t *testing.T) {
	runCases(t, []cxCase{
		{"leads the coalition against", "وتقود الولايات المتحدة التحالف الدولي ضد تنظيم داعش منذ عام 2014.",
			[]want{{"united-states", "opposes", "islamic-state", ""}}, nil},
		{"joined the coalition against", "وانضمت الأردن إلى التحالف الدولي ضد تنظيم داعش.",
			[]want{{"jordan", "opposes", "islamic-state", ""}}, nil},
		{"a coalition with no ضد is no stance", "وشاركت الأردن في اجتماع التحالف الدولي في باريس.",
			nil, []want{{"jordan", "opposes", "*", ""}}},
	})
}

func TestStance4Rebuttal(t *testing.T) {
	runCases(t, []cxCase{
		{"denied Y's accusations", "ونفت إريتريا اتهامات الحكومة الصومالية لها بدعم حركة الشباب.",
			[]want{{"somalia", "accuses", "eritrea", ""}},
			[]want{{"eritrea", "accuses", "*", ""}, {"al-shabaab", "accuses", "*", ""}}},
		{"answered Y's accusations", "وردت قطر على اتهامات مصر بتمويل جماعة الإخوان المسلمين.",
			[]want{{"egypt", "accuses", "qatar", ""}},
			[]want{{"qatar", "accuses", "egypt", ""}}},
		{"accusations directed at it by Y", "ونفت الحكومة السودانية الاتهامات الموجهة إليها من منظمة العفو الدولية.",
			[]want{{"amnesty-international", "accuses", "sudan", ""}}, nil},
		{"the charge's object is no accuser", "ونفت إريتريا الاتهامات بدعم حركة الشباب.",
			nil, []want{{"*", "accuses", "*", ""}}},
	})
}

func TestStance4CondemnedAct(t *testing.T) {
	runCases(t, []cxCase{
		{"condemned X's shelling", "وأدان الرئيس العراقي قصف تركيا لقرية في إقليم كردستان.",
			[]want{{"*", "opposes", "turkey", ""}}, nil},
	})
}

func TestStance4Perpetrator(t *testing.T) {
	runCases(t, []cxCase{
		{"condemned the attack that X carried out", "وأدانت الجامعة العربية الهجوم الذي شنه تنظيم داعش على مسجد في الكويت.",
			[]want{{"arab-league", "opposes", "islamic-state", ""}}, nil},
		{"an adjective before the relative", "واستنكرت مصر التفجير الإرهابي الذي تبناه تنظيم داعش في تونس.",
			[]want{{"egypt", "opposes", "islamic-state", ""}}, nil},
		{"negated", "ولم تدن الحكومة الهجوم الذي نفذته حركة الشباب.",
			nil, []want{{"*", "opposes", "al-shabaab", ""}}},
		{"an attack with no named doer", "وأدانت السعودية الهجوم على مقر البرلمان الصومالي.",
			nil, []want{{"saudi-arabia", "opposes", "*", ""}}},
	})
}
