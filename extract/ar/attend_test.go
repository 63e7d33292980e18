package ar

import "testing"

// Attendance of meetings (attend.go, data/attend.tsv).
func TestAttendance(t *testing.T) {
	runCases(t, []cxCase{
		{"taking part in the talks of the sentence before", "والتقى الرئيس السوري بشار الأسد الرئيس الروسي فلاديمير بوتين في موسكو أمس.\nوشارك في المحادثات وزير الخارجية السوري وليد المعلم.",
			[]want{{"walid-muallem", "met", "vladimir-putin", ""}}, nil},
		{"attending the meeting of the sentence before", "والتقى المبعوث الدولي ستيفان دي ميستورا الرئيس السوري بشار الأسد في دمشق أمس.\nوحضر اللقاء وزير الخارجية السوري وليد المعلم.",
			[]want{{"walid-muallem", "met", "staffan-de-mistura", ""}}, nil},
		{"in the presence of: the parties of the same sentence", "وبحث الرئيس التركي رجب طيب أردوغان مع الرئيس الروسي فلاديمير بوتين أمس في أنقرة الأزمة السورية، بحضور وزير الخارجية الروسي سيرغي لافروف.",
			[]want{{"sergei-lavrov", "met", "recep-tayyip-erdogan", ""}, {"sergei-lavrov", "visited", "ankara", ""}}, nil},
		{"a chaired meeting: the attendees met the chair", "وترأس رئيس الحكومة تمام سلام أمس اجتماعا أمنيا في السراي، حضره قائد الجيش العماد جان قهوجي.",
			[]want{{"jean-kahwaji", "met", "tammam-salam", ""}}, nil},
		{"a ceremony attended is no meeting", "وجرت مراسم التوقيع في الصخيرات بحضور وزير الخارجية الروسي سيرغي لافروف.",
			nil, []want{{"sergei-lavrov", "met", "*", ""}}},
		{"the talks three sentences back are not attended", "والتقى الرئيس السوري بشار الأسد الرئيس الروسي فلاديمير بوتين في موسكو أمس.\nوتتواصل المعارك في حلب.\nوقصفت الطائرات مواقع في إدلب.\nوشارك في المحادثات وزير الخارجية السوري وليد المعلم.",
			nil, []want{{"walid-muallem", "met", "*", ""}}},
		{"the talks a sentence back are attended", "والتقى الرئيس السوري بشار الأسد الرئيس الروسي فلاديمير بوتين في موسكو أمس.\nوقال المتحدث إن الرئيسين بحثا الأزمة.\nوشارك في جانب من المحادثات وزير الخارجية السوري وليد المعلم.",
			[]want{{"walid-muallem", "met", "vladimir-putin", ""}}, nil},
		{"an attendee does not meet his own side's leader", "والتقى الرئيس السوري بشار الأسد الرئيس الروسي فلاديمير بوتين في موسكو أمس.\nوشارك في المحادثات وزير الخارجية الروسي سيرغي لافروف.",
			[]want{{"sergei-lavrov", "met", "bashar-al-assad", ""}}, []want{{"sergei-lavrov", "met", "vladimir-putin", ""}}},
		{"a person taking part in a conference meets nobody", "وشارك في المؤتمر وزير الخارجية السوري وليد المعلم.",
			nil, []want{{"walid-muallem", "met", "*", ""}}},
	})
}
