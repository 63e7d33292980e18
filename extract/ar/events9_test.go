package ar

import "testing"

// Round-9 constructions of meetings, visits and taking part (events9.go,
// data/events9.tsv). Sentences written for these tests.
func TestEvents9Visits(t *testing.T) {
	runCases(t, []cxCase{
		{"a visit with an adjective, made by someone named after بها", "وتأتي هذه الزيارة الثالثة التي يقوم بها الرئيس التركي رجب طيب أردوغان إلى قطر خلال عام.",
			[]want{{"recep-tayyip-erdogan", "visited", "qatar", ""}}, nil},
		{"the visitor after بها, not the speaker of the clause", "ويقول المحلل الأمريكي جون سميث بعد الزيارة الأخيرة التي قام بها رئيس الوزراء البريطاني ديفيد كاميرون إلى الهند إن العلاقات تحسنت.",
			[]want{{"david-cameron", "visited", "india", ""}}, []want{{"*", "visited", "united-kingdom", ""}, {"person-jwn-smyth-*", "visited", "*", ""}}},
		{"an unknown visitor with a title and a place with لـ", "وهذه الزيارة الثانية التي يقوم بها الوزير سالم بن فهد للبرازيل.",
			[]want{{"*", "visited", "brazil", ""}}, nil},
		{"a visit with an adjective whose visitor is the clause subject", "وحذر وزير الخارجية الفرنسي لوران فابيوس أثناء زيارة قصيرة قام بها إلى لبنان من تدهور الوضع.",
			[]want{{"laurent-fabius", "visited", "lebanon", ""}}, nil},
		{"a visit to come is no visit", "وتأتي الزيارة الأولى التي سيقوم بها أردوغان إلى قطر الشهر المقبل.",
			nil, []want{{"recep-tayyip-erdogan", "visited", "*", ""}}},
		{"a visit noun without the relative verb names no visitor after it", "ونددت تركيا بالزيارة الأخيرة إلى القدس التي قام بها مستوطنون.",
			nil, []want{{"*", "visited", "jerusalem", ""}}},
		{"fleeing to a city", "وفر الرئيس اليمني عبد ربه منصور هادي إلى عدن بعد حصار منزله.",
			[]want{{"abdrabbuh-mansur-hadi", "visited", "aden", ""}}, nil},
		{"fleeing from a city is no visit to it", "وفر الرئيس اليمني عبد ربه منصور هادي من صنعاء.",
			nil, []want{{"*", "visited", "*", ""}}},
	})
}

func TestEvents9Meetings(t *testing.T) {
	runCases(t, []cxCase{
		{"talks that ran between two leaders", "وكان الحوار الذي جرى بين عباس ونتنياهو مثمرا.",
			[]want{{"mahmoud-abbas", "met", "benjamin-netanyahu", ""}}, nil},
		{"a meeting held at a place between two parties, the second after a title", "وعقد مساء أمس اجتماع في جنيف بين الرئيس الفرنسي فرانسوا هولاند والمستشارة الألمانية أنجيلا ميركل.",
			[]want{{"francois-hollande", "met", "angela-merkel", ""}}, nil},
		{"talks to come between two parties are no meeting", "وقال مسؤول إن المفاوضات التي ستجري بين إيران والاتحاد الأوروبي صعبة.",
			nil, []want{{"iran", "met", "european-union", ""}}},
		{"a war between two countries is no meeting", "واعتبر أن الحرب التي دارت بين العراق وإيران كانت مدمرة.",
			nil, []want{{"iraq", "met", "iran", ""}}},
		{"talks with a dual possessive: the coordinated subject met", "وأحرزت إيران والاتحاد الأوروبي تقدما خلال محادثاتهما في فيينا.",
			[]want{{"iran", "met", "european-union", ""}}, nil},
		{"a dual possessive after titled subjects, and the place visited", "وبحث الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان خلال اجتماعهما في موسكو الأزمة السورية.",
			[]want{{"vladimir-putin", "met", "recep-tayyip-erdogan", ""}, {"recep-tayyip-erdogan", "visited", "moscow", ""}}, []want{{"vladimir-putin", "visited", "*", ""}}},
		{"their meeting to come is no meeting", "وسيبحث بوتين وأردوغان خلال اجتماعهما المقبل الأزمة السورية.",
			nil, []want{{"vladimir-putin", "met", "recep-tayyip-erdogan", ""}}},
		{"one subject with a plural possessive names no pair", "وقال كيري خلال محادثاتهم إن الحل سياسي.",
			nil, []want{{"john-kerry", "met", "*", ""}}},
		{"a verb with a direct object in a phone call", "وشكر الملك سلمان الرئيس الفرنسي فرانسوا هولاند في اتصال هاتفي على موقفه.",
			[]want{{"salman-of-saudi-arabia", "met", "francois-hollande", ""}}, nil},
		{"congratulating in a phone call", "وهنأ الرئيس المصري عبد الفتاح السيسي أمير قطر تميم بن حمد في اتصال هاتفي بحلول العيد.",
			[]want{{"abdel-fattah-el-sisi", "met", "tamim-bin-hamad-al-thani", ""}}, nil},
		{"a denied call is no meeting", "ولم يبلغ أوباما نتنياهو في اتصال هاتفي بالقرار.",
			nil, []want{{"barack-obama", "met", "benjamin-netanyahu", ""}}},
		{"a call about a person is no call with him", "وبحث أوباما في اتصال هاتفي مصير الأسد.",
			nil, []want{{"barack-obama", "met", "bashar-al-assad", ""}}},
	})
}

func TestEvents9MeetingPlace(t *testing.T) {
	runCases(t, []cxCase{
		{"talks in a city named as an event: the foreign party visited it", "وأجرى نائب وزير خارجية روسيا سالم بوريسوف محادثات في دمشق مع وزير الخارجية السوري وليد المعلم.",
			[]want{{"person-salem-burisuf-*", "visited", "damascus", ""}}, []want{{"walid-muallem", "visited", "*", ""}}},
		{"a place fronted before the meeting verb", "وفي باريس، التقى وزير الخارجية السعودي عادل الجبير نظيره الفرنسي لوران فابيوس.",
			[]want{{"adel-al-jubeir", "visited", "paris", ""}}, []want{{"laurent-fabius", "visited", "*", ""}}},
		{"a city written with ب after the partner", "وانتقد وزير الخارجية السعودي عادل الجبير بعد لقاء الرئيس الفرنسي فرانسوا هولاند بباريس سياسة إيران.",
			[]want{{"adel-al-jubeir", "visited", "paris", ""}}, nil},
		{"a fronted place with another name before the verb is not the meeting's", "وفي باريس، قال الرئيس الفرنسي إن وزير الخارجية السعودي عادل الجبير التقى نظيره الإيراني.",
			nil, []want{{"adel-al-jubeir", "visited", "paris", ""}}},
	})
}

func TestEvents9Sport(t *testing.T) {
	runCases(t, []cxCase{
		{"a player who stood out in a tournament took part in it", "وتألق فابيو كانافارو في مونديال 2006.",
			[]want{{"fabio-cannavaro", "participatedIn", "2006-fifa-world-cup", ""}}, nil},
		{"standing out in a city is no event", "وتألق فابيو كانافارو في برلين.",
			nil, []want{{"*", "participatedIn", "*", ""}}},
	})
}
