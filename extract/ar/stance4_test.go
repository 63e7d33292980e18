package ar

import "testing"

// Table tests of the broad stance forms (data/stance.tsv round 7 rows,
// stance4.go), with sentences written for them.

func TestStance4Fight(t *testing.T) {
	runCases(t, []cxCase{
		{"declaring war on", "أعلنت إثيوبيا الحرب على إريتريا بعد اشتباكات حدودية.",
			[]want{{"ethiopia", "opposes", "eritrea", ""}}, nil},
		{"taking part in the war on a named group", "وتشارك كينيا في الحرب على حركة الشباب منذ سنوات.",
			[]want{{"kenya", "opposes", "al-shabaab", ""}}, nil},
		{"its war against, possessive", "وأكدت تركيا دعمها للحكومة الصومالية في حربها ضد حركة الشباب.",
			[]want{{"somalia", "opposes", "al-shabaab", ""}, {"turkey", "supports", "somalia", ""}}, nil},
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
