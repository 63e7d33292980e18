package ar

import "testing"

// TestStructuralMore checks the structural rules of located_doc.go,
// titles_more.go, participation.go and the memberOf rows (sentences
// written for this test).
func TestStructuralMore(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []want
	}{
		// officialOf: title complements
		{"a quoted body after a title without the article", `وقال أمين عام "حركة النهضة" راشد الغنوشي إن الحركة لن تنسحب.`,
			[]want{{"rached-ghannouchi", "officialOf", "ennahda", ""}}, nil},
		{"a place between the body and the name", "وأعلن المتحدث باسم الأمم المتحدة في نيويورك محمد الأمين أن القمة ستعقد غدا.",
			[]want{{"person-*", "officialOf", "united-nations", ""}}, nil},
		{"a minister's portfolio and his country", "وأكد وزير الإعلام التونسي محمد بن سالم أن الحكومة مستمرة.",
			[]want{{"person-*", "officialOf", "tunisia", ""}}, nil},
		{"a minister without his country: the country of the text", "وقال وزير الصحة سامي الجلاصي إن الوضع في تونس مستقر وإن تونس تواجه الوباء.",
			[]want{{"person-*", "officialOf", "tunisia", ""}}, nil},
		{"a former minister without his country holds no office", "وقال وزير الصحة السابق سامي الجلاصي إن الوضع في تونس مستقر وإن تونس تواجه الوباء.",
			nil, []want{{"person-*", "officialOf", "tunisia", ""}}},
		{"a title in apposition: the catalogue's office", "واستقبل الأمير محمد بن سلمان ولي ولي العهد وزير الخارجية المصري سامح شكري.",
			[]want{{"mohammed-bin-salman", "officialOf", "saudi-arabia", ""}, {"sameh-shoukry", "officialOf", "egypt", ""}},
			[]want{{"mohammed-bin-salman", "officialOf", "egypt", ""}}},
		{"a foreign minister of a country is not the country", "وقال وزير خارجية تونس خميس الجهيناوي إن الحوار مستمر.",
			[]want{{"*", "officialOf", "tunisia", ""}}, []want{{"tunisia", "officialOf", "*", ""}, {"tunisia", "memberOf", "*", ""}}},
		{"a title inside a catalogue person's name", "وقال خادم الحرمين الشريفين الملك سلمان بن عبد العزيز إن المملكة تدعم اليمن.",
			[]want{{"salman-of-saudi-arabia", "officialOf", "saudi-arabia", ""}}, nil},
		{"a leader after بقيادة", "وسيطر تنظيم داعش على المدينة. وتوسع التنظيم المتطرف بقيادة أبو بكر البغدادي في العراق.",
			[]want{{"abu-bakr-al-baghdadi", "officialOf", "islamic-state", ""}}, nil},
		// memberOf
		{"a country leading a coalition is a member", "وتواصل قوات التحالف الدولي بقيادة الولايات المتحدة غاراتها.",
			[]want{{"united-states", "memberOf", "combined-joint-task-force-*", ""}}, nil},
		{"within a coalition", "وتشارك السعودية ضمن التحالف الدولي ضد داعش.",
			[]want{{"saudi-arabia", "memberOf", "combined-joint-task-force-*", ""}}, nil},
		{"within an agreement is no membership", "وجاء انسحاب السعودية ضمن اتفاق الطائف.",
			nil, []want{{"saudi-arabia", "memberOf", "*", ""}}},
		{"an arm of a group", "وتعد حركة الشباب ذراع تنظيم القاعدة في الصومال.",
			[]want{{"al-shabaab", "memberOf", "al-qaeda", ""}}, nil},
		{"a member of parliament for a party", "وقال النائب عن حزب الدعوة علي الأديب إن البرلمان سيصوت غدا.",
			[]want{{"ali-al-adeeb", "memberOf", "dawa-party", ""}}, nil},
		{"a former member of parliament for a party", "وقال النائب السابق عن حزب الدعوة علي الأديب إن البرلمان سيصوت غدا.",
			nil, []want{{"ali-al-adeeb", "memberOf", "dawa-party", ""}}},
		{"a member of a parliament named in the title, for a party", "وقال عضو الكنيست عن حزب الليكود، يوسي كوهين، إن الحكومة ستسقط.",
			[]want{{"yossi-cohen", "memberOf", "likud", ""}, {"yossi-cohen", "memberOf", "knesset", ""}}, nil},
		{"the member states listed after a colon", "واجتمع وزراء خارجية الدول الأعضاء في مجلس التعاون الخليجي: السعودية والكويت وقطر.",
			[]want{{"kuwait", "memberOf", "gulf-cooperation-council", ""}, {"qatar", "memberOf", "gulf-cooperation-council", ""}}, nil},
		// locatedIn across sentences
		{"a city and its country as the place of a visit next", "ووصل الرئيس إلى نيروبي مساء الجمعة. وتأتي الزيارة في إطار جولة في كينيا.",
			[]want{{"nairobi", "locatedIn", "kenya", ""}}, nil},
		{"the nearest named container only", "وقصفت الطائرات الفلوجة. وقال مسؤولون في محافظة الأنبار إن القصف عنيف في العراق.",
			[]want{{"fallujah", "locatedIn", "anbar-governorate", ""}}, []want{{"fallujah", "locatedIn", "iraq", ""}}},
		{"a country that acts is no container", "ووصل الوفد إلى طهران. وقالت إيران إنها ترحب بالزيارة.",
			nil, []want{{"tehran", "locatedIn", "iran", ""}}},
		{"a container named far away gives nothing", "ووصل الوفد إلى نيروبي. وبحث الوفد الملف. وناقش الطرفان الأمن. وكان الرئيس قد زار كينيا العام الماضي.",
			nil, []want{{"nairobi", "locatedIn", "kenya", ""}}},
		// participatedIn
		{"parties after بين on an event", "وتعتقل إسرائيل عشرات من محرري صفقة شاليط التي أبرمت بين حماس وإسرائيل.",
			[]want{{"hamas", "participatedIn", "gilad-shalit-prisoner-exchange", ""}, {"israel", "participatedIn", "gilad-shalit-prisoner-exchange", ""}}, nil},
		{"the host of a summit in a relative clause", "وكانت قمة كامب ديفيد التي استضافها الرئيس الأمريكي باراك أوباما قد ناقشت الملف.",
			[]want{{"barack-obama", "participatedIn", "2015-camp-david-summit", ""}}, nil},
		{"a critic of a summit took no part", "وكانت قمة كامب ديفيد التي انتقدها الرئيس الإيراني حسن روحاني قد ناقشت الملف.",
			nil, []want{{"hassan-rouhani", "participatedIn", "2015-camp-david-summit", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkFacts(t, run(t, c.text, "2015-08-10"), c.want, c.not)
		})
	}
	// the catalogue's office at the document's date: not king in 2010
	r := run(t, "وقال الأمير سلمان إن السعودية تدعم اليمن.", "2010-05-10")
	checkFacts(t, r, nil, []want{{"salman-of-saudi-arabia", "officialOf", "saudi-arabia", ""}})
}
