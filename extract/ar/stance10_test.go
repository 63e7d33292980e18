package ar

import "testing"

// Table tests of the round 10 stance forms (stance10.go, data/stance10.tsv),
// with sentences written for them.

func TestStance10DemandStop(t *testing.T) {
	runCases(t, []cxCase{
		{"a demand that a state stop", "وطالب وزير الخارجية السعودي عادل الجبير روسيا بوقف غاراتها في سوريا فورا.",
			[]want{{"adel-al-jubeir", "opposes", "russia", ""}}, nil},
		{"a call on a state to stop", "ودعا الرئيس الإيراني حسن روحاني السعودية إلى وقف قصف اليمن.",
			[]want{{"hassan-rouhani", "opposes", "saudi-arabia", ""}}, nil},
		{"a demand for an apology", "وطالبت الصين إسرائيل بتقديم اعتذار رسمي عن مقتل المراقب.",
			[]want{{"china", "opposes", "israel", ""}}, nil},
		{"a call to withdraw", "ودعا مجلس التعاون الخليجي الحوثيين إلى الانسحاب من صنعاء.",
			[]want{{"gulf-cooperation-council", "opposes", "houthis", ""}}, nil},
		{"a call for a ceasefire takes no side", "ودعا وزير الخارجية الأمريكي جون كيري روسيا إلى وقف إطلاق النار في أوكرانيا.",
			nil, []want{{"john-kerry", "opposes", "russia", ""}}},
		{"a demand on two parties takes no side", "وطالب الاتحاد الأوروبي روسيا وأوكرانيا بوقف العمليات العسكرية.",
			nil, []want{{"european-union", "opposes", "*", ""}}},
		{"a demand with no party named", "ودعا الأمين العام للأمم المتحدة بان كي مون إلى وقف العنف في اليمن.",
			nil, []want{{"*", "opposes", "*", ""}}},
	})
}

func TestStance10DemandNation(t *testing.T) {
	runCases(t, []cxCase{
		{"a demand to stop a nation's act", "وطالب رئيس الائتلاف السوري خالد خوجة بوقف القصف الروسي على المدنيين.",
			[]want{{"khaled-khoja", "opposes", "russia", ""}}, nil},
		{"a call to end a nation's act", "ودعت جامعة الدول العربية إلى إنهاء الاحتلال الإسرائيلي للأراضي العربية.",
			[]want{{"arab-league", "opposes", "israel", ""}}, nil},
		{"a demand to continue is no stance", "وطالب الرئيس الفرنسي فرانسوا هولاند بمواصلة الغارات الروسية على داعش.",
			nil, []want{{"francois-hollande", "opposes", "russia", ""}}},
	})
}

func TestStance10Guards(t *testing.T) {
	runCases(t, []cxCase{
		{"fighting alongside is no opposition", "ويقاتل حزب الله منذ سنوات في سوريا إلى جانب الجيش السوري.",
			nil, []want{{"hezbollah", "opposes", "*", ""}}},
		{"fighting against stays opposition", "ويقاتل حزب الله منذ سنوات تنظيم داعش في سوريا.",
			[]want{{"hezbollah", "opposes", "islamic-state", ""}}, nil},
		{"a participle after a noun joined by wa describes that noun", "وقصفت طائرات التحالف بقيادة السعودية مواقع الحوثيين والقوات الموالية للرئيس السابق علي عبد الله صالح.",
			nil, []want{{"*", "supports", "ali-abdullah-saleh", ""}}},
		{"the title's genitive is the subject's", "وتبنى تنظيم داعش التفجير. كما دان شيخ الأزهر أحمد الطيب الهجوم.",
			nil, []want{{"*", "opposes", "al-azhar", ""}}},
	})
}
