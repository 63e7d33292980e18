package ar

import "testing"

// Table tests of the round 9 stance and attack forms (stance9.go), with
// sentences written for them.

func TestStance9DemandAddressed(t *testing.T) {
	runCases(t, []cxCase{
		{"a call to withdraw forces", "ودعا وزير الخارجية المصري تركيا إلى سحب قواتها من شمال العراق.",
			[]want{{"*", "opposes", "turkey", ""}}, nil},
		{"a demand to apologise, subject first", "والأردن طالب إسرائيل بالاعتذار عن مقتل القاضي.",
			[]want{{"jordan", "opposes", "israel", ""}}, nil},
		{"apologising as a pair", "وطالبت الحكومة الجزائرية فرنسا بتقديم اعتذار رسمي.",
			[]want{{"algeria", "opposes", "france", ""}}, nil},
		{"lifting a siege", "وحثت قطر السعودية على رفع الحصار عن اليمن. ودعت قطر السعودية إلى رفع الحصار عن اليمن.",
			[]want{{"qatar", "opposes", "saudi-arabia", ""}}, nil},
		{"a call with ل", "ودعا الرئيس الفرنسي روسيا لوقف غاراتها على المعارضة.",
			[]want{{"*", "opposes", "russia", ""}}, nil},
		{"a truce asked of both sides is no stance", "ودعا الأمين العام إسرائيل وحماس إلى وقف إطلاق النار.",
			nil, []want{{"*", "opposes", "israel", ""}, {"*", "opposes", "hamas", ""}}},
		{"a call to visit is no stance", "ودعا الرئيس الروسي الرئيس الإيراني إلى زيارة موسكو.",
			nil, []want{{"*", "opposes", "*", ""}}},
		{"a call with no one called on", "ودعت مصر إلى سحب القوات الأجنبية من ليبيا.",
			nil, []want{{"egypt", "opposes", "*", ""}}},
		{"rais without a siege is no demand", "ودعت الكويت إيران إلى رفع مستوى التمثيل.",
			nil, []want{{"kuwait", "opposes", "iran", ""}}},
		{"a negated call", "ولم تطالب الإمارات قطر بسحب سفيرها.",
			nil, []want{{"*", "opposes", "qatar", ""}}},
		{"the caller's spokesman is no one called on", "وطالبت الخارجية الروسية على لسان المتحدثة باسمها ماريا زاخاروفا بالإفراج عن الصحفيين.",
			nil, []want{{"*", "opposes", "maria-zakharova", ""}}},
		{"a verb joined to another's subjunctive", "وقال الوزير إن على مجلس الأمن أن يجتمع ويطالب تركيا بسحب قواتها.",
			nil, []want{{"*", "opposes", "turkey", ""}}},
	})
}

func TestStance9WarArmed(t *testing.T) {
	runCases(t, []cxCase{
		{"a state declares war", "وأعلنت ألمانيا الحرب على الولايات المتحدة في ديسمبر 1941.",
			[]want{{"germany", "attacked", "united-states", ""}}, []want{{"germany", "opposes", "united-states", ""}}},
		{"a state's war in a time adjunct", "وخلال الحرب على سوريا حاولت تركيا إغلاق حدودها.",
			nil, []want{{"turkey", "opposes", "syria", ""}}},
		{"a person's war stays a stance", "وأعلن الرئيس الأمريكي باراك أوباما الحرب على تنظيم القاعدة.",
			[]want{{"barack-obama", "opposes", "al-qaeda", ""}}, []want{{"barack-obama", "attacked", "al-qaeda", ""}}},
		{"a war with an adjective before its target", "وصعدت إسرائيل أمس حربها المفتوحة على قطاع غزة.",
			[]want{{"israel", "attacked", "*", ""}}, nil},
		{"a war with an adjective and no target", "وتحدث المحلل عن الحرب الجديدة في اليمن.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"a movement's resistance stays a stance", "وتخوض حركة حماس المقاومة ضد إسرائيل منذ عقود.",
			nil, []want{{"hamas", "attacked", "israel", ""}}},
	})
}

func TestStance9Guards(t *testing.T) {
	runCases(t, []cxCase{
		{"an attack with another nation's adjective", "ويأمل مجلس الأمن أن ينهي الأزمة الناجمة عن العدوان الإسرائيلي على لبنان.",
			nil, []want{{"united-nations-security-council", "attacked", "*", ""}}},
		{"a possible war is no attack", "وخرج الآلاف في لاهور ضد أي حرب محتملة تقودها الولايات المتحدة على إيران.",
			nil, []want{{"united-states", "attacked", "iran", ""}}},
		{"an imminent strike is no attack", "وتحدثت الصحف عن ضربة وشيكة تنفذها إسرائيل ضد إيران.",
			nil, []want{{"israel", "attacked", "iran", ""}}},
		{"a warning against an invasion past a title", "وحذر وزير الخارجية الألماني فرانك فالتر شتاينماير من اجتياح أوكرانيا.",
			nil, []want{{"*", "attacked", "ukraine", ""}, {"*", "accuses", "ukraine", ""}}},
		{"the one warned is accused", "وحذر وزير الخارجية الأمريكي جون كيري إيران من التدخل في اليمن.",
			[]want{{"john-kerry", "accuses", "iran", ""}}, nil},
		{"a participle after an unnamed noun", "والتقى الرئيس الفرنسي ممثلي الفصائل المعارضة للحكومة السورية.",
			nil, []want{{"*", "opposes", "*", ""}}},
		{"a participle after its name", "وتشارك تركيا المعارضة لنظام الأسد في المؤتمر.",
			[]want{{"turkey", "opposes", "bashar-al-assad", ""}}, nil},
	})
}

func TestFrontedTimeAdjunct(t *testing.T) {
	runCases(t, []cxCase{
		{"a day before the verb", "وفي يوم الأربعاء التقى الملك عبد الله الثاني الرئيس المصري عبد الفتاح السيسي.",
			[]want{{"abdullah-ii-of-jordan", "met", "abdel-fattah-el-sisi", ""}}, nil},
		{"a year before the verb", "وفي عام 2014 استقبل الملك سلمان الرئيس المصري عبد الفتاح السيسي في الرياض.",
			[]want{{"salman-of-saudi-arabia", "met", "abdel-fattah-el-sisi", ""}}, nil},
		{"a count before a noun stays a count", "وقتل في الهجوم 1200 مدني وجرح آخرون.",
			nil, []want{{"*", "met", "*", ""}}},
		{"an unnamed noun before the verb still names no subject", "وفي المدينة التقى مسؤولون الرئيس المصري عبد الفتاح السيسي.",
			nil, []want{{"*", "met", "abdel-fattah-el-sisi", ""}}},
	})
}
