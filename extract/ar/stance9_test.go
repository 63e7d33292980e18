package ar

import "testing"

// Table tests of the round 9 stance and attack forms (stance9.go), with
// sentences written for them.

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
