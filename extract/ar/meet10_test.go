package ar

import "testing"

// Round-10 meeting constructions (meet10.go, data/meet10.tsv). Sentences
// written for these tests.
func TestMeet10Continued(t *testing.T) {
	runCases(t, []cxCase{
		{"كما before a meeting verb: the earlier subject met the name after it", "وكان وزير الخارجية الروسي سيرغي لافروف قد أجرى أمس محادثات مع الرئيس المصري حسني مبارك، كما التقى الأمين العام للجامعة العربية عمرو موسى.",
			[]want{{"sergei-lavrov", "met", "hosni-mubarak", ""}, {"sergei-lavrov", "met", "amr-moussa", ""}}, []want{{"amr-moussa", "met", "hosni-mubarak", ""}}},
		{"حيث after a visit, then كما: both names were met by the visitor", "وكان وزير الخارجية الروسي سيرغي لافروف قد زار بيروت، حيث التقى رئيس الوزراء فؤاد السنيورة، كما التقى الأمين العام لحزب الله حسن نصر الله.",
			[]want{{"sergei-lavrov", "met", "fouad-siniora", ""}, {"sergei-lavrov", "met", "hassan-nasrallah", ""}}, nil},
		{"a continued verb with its own subject and partner keeps them", "وأجرى الرئيس المصري حسني مبارك محادثات مع الملك عبد الله الثاني، كما التقى وزير الخارجية الروسي سيرغي لافروف بالأمين العام للجامعة العربية عمرو موسى.",
			[]want{{"sergei-lavrov", "met", "amr-moussa", ""}}, []want{{"hosni-mubarak", "met", "amr-moussa", ""}, {"hosni-mubarak", "met", "sergei-lavrov", ""}}},
		{"كما with a meeting to come is no meeting", "وأجرى وزير الخارجية الروسي سيرغي لافروف محادثات مع الرئيس المصري حسني مبارك، كما سيلتقي الأمين العام للجامعة العربية عمرو موسى غدا.",
			[]want{{"sergei-lavrov", "met", "hosni-mubarak", ""}}, []want{{"sergei-lavrov", "met", "amr-moussa", ""}}},
		{"كما with no earlier subject in the sentence names no one", "كما التقى الأمين العام للجامعة العربية عمرو موسى.",
			nil, []want{{"*", "met", "amr-moussa", ""}}},
	})
}

func TestMeet10ChairedPresence(t *testing.T) {
	runCases(t, []cxCase{
		{"a meeting chaired, with ministers named after بمشاركة: the chair met them", "وترأس الرئيس الفلسطيني محمود عباس اجتماعا طارئا لمجلس الوزراء الفلسطيني، بمشاركة رئيس الوزراء إسماعيل هنية ووزير الخارجية محمود الزهار في غزة.",
			[]want{{"ismail-haniyeh", "met", "mahmoud-abbas", ""}, {"mahmoud-al-zahar", "met", "mahmoud-abbas", ""}}, nil},
		{"a session chaired, with a guest named after بحضور", "وترأس الرئيس المصري حسني مبارك جلسة لمجلس الوزراء بحضور الأمين العام للجامعة العربية عمرو موسى.",
			[]want{{"amr-moussa", "met", "hosni-mubarak", ""}}, nil},
		{"a delegation headed, with a minister named after بمشاركة, is no meeting between them", "وترأس الرئيس الفلسطيني محمود عباس وفد بلاده إلى القمة العربية بمشاركة وزير الخارجية محمود الزهار.",
			nil, []want{{"mahmoud-al-zahar", "met", "mahmoud-abbas", ""}}},
		{"a ceremony attended reports no meeting", "وجرت مراسم الافتتاح بحضور رئيس الوزراء الفلسطيني إسماعيل هنية.",
			nil, []want{{"ismail-haniyeh", "met", "*", ""}}},
	})
}

func TestMeet10EventPlace(t *testing.T) {
	runCases(t, []cxCase{
		{"speaking during a meeting held at a foreign city", "وقال وزير الخارجية السعودي عادل الجبير خلال الاجتماع الذي عقد في الدوحة إن الاتفاق جيد.",
			[]want{{"adel-al-jubeir", "visited", "doha", ""}}, nil},
		{"a press conference in a foreign capital", "وقال وزير الخارجية السعودي عادل الجبير في مؤتمر صحفي في باريس إن الاتفاق جيد.",
			[]want{{"adel-al-jubeir", "visited", "paris", ""}}, nil},
		{"a press conference at home is no visit", "وقال وزير الخارجية العراقي هوشيار زيباري في مؤتمر صحفي في بغداد إن الاتفاق جيد.",
			nil, []want{{"hoshyar-zebari", "visited", "*", ""}}},
		{"a meeting to come is no visit", "وسيقول وزير الخارجية السعودي عادل الجبير خلال الاجتماع في الدوحة إن الاتفاق جيد.",
			nil, []want{{"adel-al-jubeir", "visited", "*", ""}}},
		{"a conference called for is no visit", "ودعا وزير الخارجية السعودي عادل الجبير إلى عقد مؤتمر دولي في باريس.",
			nil, []want{{"adel-al-jubeir", "visited", "*", ""}}},
		{"a country named in what was said is no place of the conference", "وقال وزير الخارجية السعودي عادل الجبير خلال المؤتمر إن الوضع في سوريا خطير.",
			nil, []want{{"adel-al-jubeir", "visited", "*", ""}}},
	})
}
