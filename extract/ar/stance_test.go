package ar

import "testing"

// Table tests of the stance rows (data/stance.tsv) and guards (stance.go),
// with sentences written for them.

func TestStanceRelative(t *testing.T) {
	runCases(t, []cxCase{
		{"opposes: object relative", "وكان نتنياهو قد هاجم الاتفاق النووي الذي تعارضه إسرائيل بشدة.",
			[]want{{"israel", "opposes", "iran-nuclear-deal", ""}}, nil},
		{"accuses: object relative", "وكان حزب الله الذي تتهمه إسرائيل بتهريب الأسلحة قد نفى ذلك.",
			[]want{{"israel", "accuses", "hezbollah", ""}}, nil},
		{"a subject relative is no object relative", "وكان نتنياهو الذي يعارض بشدة الاتفاق النووي قد هاجم أوباما.",
			[]want{{"benjamin-netanyahu", "opposes", "iran-nuclear-deal", ""}},
			[]want{{"*", "opposes", "benjamin-netanyahu", ""}}},
		{"the coalition led by X fights, not X", "وسمحت الأردن للتحالف بقيادة الولايات المتحدة الذي يحارب تنظيم داعش باستخدام قواعدها.",
			nil, []want{{"united-states", "opposes", "islamic-state", ""}}},
	})
}

func TestStanceSpeaker(t *testing.T) {
	runCases(t, []cxCase{
		{"no role for X", "وقال وزير الخارجية الفرنسي لوران فابيوس إنه لا دور للأسد في مستقبل سوريا.",
			[]want{{"laurent-fabius", "opposes", "bashar-al-assad", ""}}, nil},
		{"his country rejects", "وقال الرئيس اليمني عبد ربه منصور هادي إن بلاده ترفض دعم إيران للحوثيين.",
			[]want{{"yemen", "opposes", "iran", ""}}, nil},
		{"a role for X is no opposition", "وقال وزير الخارجية الفرنسي لوران فابيوس إن للأسد دورا في المرحلة الانتقالية.",
			nil, []want{{"*", "opposes", "bashar-al-assad", ""}}},
	})
}

func TestStanceGuards(t *testing.T) {
	runCases(t, []cxCase{
		{"the deal's partner is not whom one rejects", "لافروف يحذر الكونغرس من رفض الاتفاق مع كوبا",
			[]want{{"sergei-lavrov", "accuses", "united-states-congress", ""}},
			[]want{{"sergei-lavrov", "opposes", "cuba", ""}}},
		{"rejecting recognition of X opposes X", "ورفضت حماس الاعتراف بإسرائيل.",
			[]want{{"hamas", "opposes", "israel", ""}}, nil},
		{"a noun of relation after a participle", "وقاطع الحزب المحادثات مشككا في نوايا روسيا ومنتقدا خصوم دمشق.",
			nil, []want{{"russia", "opposes", "*", ""}}},
		{"a noun of relation as predicate", "وتعد مصر حليفا وثيقا للسعودية في المنطقة.",
			[]want{{"egypt", "allyOf", "saudi-arabia", ""}}, nil},
		{"accused of: a passive", "واتهمت إيران بدعم الحوثيين.",
			nil, []want{{"iran", "accuses", "*", ""}}},
		{"accused before the charge", "واتهمت إيران السعودية بدعم الإرهاب.",
			[]want{{"iran", "accuses", "saudi-arabia", ""}}, nil},
	})
}

func TestStanceEffort(t *testing.T) {
	runCases(t, []cxCase{
		{"efforts of X to support", "وتأتي الزيارة ضمن جهود فرنسا لدعم الحكومة اللبنانية.",
			[]want{{"france", "supports", "lebanon", ""}}, nil},
		{"role of X in supporting the people", "وأشاد الوزير بدور قطر في دعم الشعب الفلسطيني.",
			[]want{{"qatar", "supports", "state-of-palestine", ""}}, nil},
		{"efforts to promote a deal", "وجاءت الزيارة كجزء من جهود الإدارة الأميركية للترويج للاتفاق النووي أمام المشرعين.",
			[]want{{"united-states", "supports", "iran-nuclear-deal", ""}}, nil},
		{"a visit to support is a purpose", "ويزور الوزير الفرنسي بيروت لدعم الحكومة اللبنانية.",
			nil, []want{{"*", "supports", "lebanon", ""}}},
		{"the Hebrew state is Israel", "وتعارض الدولة العبرية الاتفاق النووي.",
			[]want{{"israel", "opposes", "iran-nuclear-deal", ""}}, nil},
		{"the deal named by its party is the catalogue's", "ويعارض نتنياهو بشدة اتفاق إيران.",
			[]want{{"benjamin-netanyahu", "opposes", "iran-nuclear-deal", ""}},
			[]want{{"*", "*", "event-agreement-iran-agreement", ""}}},
	})
}

func TestStancePairWords(t *testing.T) {
	runCases(t, []cxCase{
		{"the two countries after a meeting of their leaders",
			"والتقى الرئيس المصري عبد الفتاح السيسي العاهل السعودي الملك سلمان بن عبد العزيز في الرياض. واتفق الجانبان على تطوير التعاون العسكري بين البلدين.",
			[]want{{"egypt", "cooperatesWith", "saudi-arabia", ""}}, nil},
		{"the two countries as subject",
			"وبحث وزير الخارجية الأردني ناصر جودة مع نظيره الإماراتي عبد الله بن زايد العلاقات الثنائية. واتفق البلدان على تعزيز التعاون في مجال مكافحة الإرهاب.",
			[]want{{"jordan", "cooperatesWith", "united-arab-emirates", ""}}, nil},
		{"the two countries too long after", "والتقى الرئيس المصري عبد الفتاح السيسي العاهل السعودي الملك سلمان بن عبد العزيز في الرياض. وقال مسؤول إن الأجواء كانت إيجابية. وأضاف أن الزيارة تاريخية. وذكر أن الوفد عاد. واتفق البلدان على تعزيز التعاون.",
			nil, []want{{"egypt", "cooperatesWith", "saudi-arabia", ""}}},
	})
}

func TestStanceClaims(t *testing.T) {
	runCases(t, []cxCase{
		{"a speaker says X committed crimes", "وقال وزير الإعلام اليمني معمر الإرياني إن الحوثيين ارتكبوا جرائم بحق الصحفيين.",
			[]want{{"muammar-al-eryani", "accuses", "houthis", ""}}, nil},
		{"used as human shields", "وقال وزير الإعلام اليمني معمر الإرياني إن الحوثيين استخدموا السكان كدروع بشرية.",
			[]want{{"muammar-al-eryani", "accuses", "houthis", ""}}, nil},
		{"stands behind the attack", "وقالت الحكومة العراقية إن تنظيم داعش يقف وراء الهجوم.",
			[]want{{"iraq", "accuses", "islamic-state", ""}}, nil},
		{"bears the responsibility", "وقال وزير الخارجية الإيراني محمد جواد ظريف إن الولايات المتحدة تتحمل مسؤولية الأزمة.",
			[]want{{"mohammad-javad-zarif", "accuses", "united-states", ""}}, nil},
		{"no self-accusation, negated", "وقال الرئيس الأمريكي باراك أوباما إن الولايات المتحدة لن ترتكب أخطاء الماضي.",
			nil, []want{{"barack-obama", "accuses", "*", ""}}},
		{"an unnamed speaker accuses nobody", "وقال مسؤول إن الحوثيين ارتكبوا جرائم.",
			nil, []want{{"*", "accuses", "houthis", ""}}},
	})
}

func TestStanceGenitiveAgent(t *testing.T) {
	runCases(t, []cxCase{
		{"condemning X's support for Y: X supports Y", "واستنكرت مصر دعم إيران للحوثيين.",
			[]want{{"iran", "supports", "houthis", ""}, {"egypt", "opposes", "iran", ""}},
			[]want{{"egypt", "supports", "*", ""}}},
		{"a genitive with no object after it is the object", "وأكدت فرنسا أنها ستواصل دعم لبنان.",
			[]want{{"france", "supports", "lebanon", ""}}, nil},
		{"a genitive before على", "وانتقد أردوغان حرب روسيا على المعارضة السورية.",
			[]want{{"recep-tayyip-erdogan", "opposes", "russia", ""}},
			[]want{{"recep-tayyip-erdogan", "attacked", "*", ""}}},
	})
}

func TestStanceQuestion(t *testing.T) {
	runCases(t, []cxCase{
		{"boycotting talks opposes no actor", "وقاطع الائتلاف الوطني السوري محادثات جنيف.",
			nil, []want{{"*", "opposes", "*", ""}}},
		{"a question states nothing", "وهل تدعم روسيا الأسد؟",
			nil, []want{{"russia", "supports", "*", ""}}},
		{"a statement before a question stands", "وقال كيري إن الولايات المتحدة تدعم المعارضة السورية، فهل تدعم روسيا الأسد؟",
			[]want{{"united-states", "supports", "syrian-opposition", ""}},
			[]want{{"russia", "supports", "*", ""}}},
	})
}

func TestStanceCampaign(t *testing.T) {
	runCases(t, []cxCase{
		{"its measures against X", "وأعلنت الحكومة التركية أن إجراءاتها ضد حزب العمال الكردستاني ستستمر.",
			[]want{{"turkey", "opposes", "kurdistan-workers-party", ""}}, nil},
		{"support as motive", "وأرسلت السعودية مساعدات إلى اليمن دعما للحكومة اليمنية.",
			[]want{{"saudi-arabia", "supports", "yemeni-government", ""}}, nil},
		{"solidarity as motive, unnamed subject", "وخرج آلاف المتظاهرين في القاهرة تضامنا مع الشعب الفلسطيني.",
			nil, []want{{"*", "supports", "*", ""}}},
		{"in coordination with", "ونفذ الجيش اللبناني العملية بالتنسيق مع الجيش الأمريكي.",
			[]want{{"lebanese-armed-forces", "cooperatesWith", "united-states-armed-forces", ""}}, nil},
		{"in coordination, unnamed subject", "وتعمل المنظمة في اليمن بالتنسيق الكامل مع الأمم المتحدة.",
			nil, []want{{"*", "cooperatesWith", "*", ""}}},
		{"a campaign against no actor", "وقال مسؤول إن الحملة ضد الفساد ستتوسع.",
			nil, []want{{"*", "opposes", "*", ""}}},
		{"bilateral agreements with", "وقال الوزير إن مصر لديها العديد من الاتفاقيات الثنائية مع الاتحاد الأوروبي وإيطاليا.",
			[]want{{"egypt", "cooperatesWith", "european-union", ""}, {"egypt", "cooperatesWith", "italy", ""}}, nil},
		{"talks to sign an agreement are no cooperation yet", "وتجري تونس مفاوضات لتوقيع اتفاقية ثنائية مع فرنسا.",
			nil, []want{{"tunisia", "cooperatesWith", "france", ""}}},
		{"the old enemy of X", "وقال قائد الشرطة عبد الرازق، العدو القديم لحركة طالبان، إن الهجوم فشل.",
			[]want{{"*", "opposes", "taliban", ""}}, nil},
	})
}

func TestStanceCriticismReceived(t *testing.T) {
	runCases(t, []cxCase{
		{"exposed to criticism from Y: Y opposes the subject", "وتعرض الرئيس التركي رجب طيب أردوغان لانتقادات حادة من الاتحاد الأوروبي.",
			[]want{{"european-union", "opposes", "recep-tayyip-erdogan", ""}},
			[]want{{"recep-tayyip-erdogan", "opposes", "european-union", ""}}},
		{"faces criticism from Y", "وواجه نتنياهو انتقادات من الولايات المتحدة بسبب الاستيطان.",
			[]want{{"united-states", "opposes", "benjamin-netanyahu", ""}}, nil},
		{"criticism directed at Y stays the criticiser's", "ووجه أردوغان انتقادات حادة لروسيا.",
			[]want{{"recep-tayyip-erdogan", "opposes", "russia", ""}}, []want{{"russia", "opposes", "*", ""}}},
		{"criticism from Y with no one criticised", "وقال مسؤول إن الخطة تعرضت لانتقادات من الاتحاد الأوروبي.",
			nil, []want{{"european-union", "opposes", "*", ""}}},
	})
}

func TestStanceCoup(t *testing.T) {
	runCases(t, []cxCase{
		{"a coup against the government", "وانقلب الحوثيون على الحكومة اليمنية في سبتمبر.",
			[]want{{"houthis", "opposes", "yemeni-government", ""}}, nil},
		{"an unnamed genitive agent: the clause's subject does not act", "وندد الرئيس الأمريكي باراك أوباما بانقلاب الجيش على الرئيس المصري محمد مرسي.",
			nil, []want{{"barack-obama", "opposes", "mohamed-morsi", ""}}},
		{"an unnamed genitive agent of support", "ورحبت فرنسا بدعم الجيش للحكومة اللبنانية.",
			nil, []want{{"france", "supports", "*", ""}}},
		{"things turning over is no coup", "وانقلبت الأوضاع في اليمن.",
			nil, []want{{"*", "opposes", "*", ""}}},
	})
}
