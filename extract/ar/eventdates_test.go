package ar

import "testing"

// Dates carried between mentions of one event (eventdates.go); the
// article is dated Wednesday 2016-02-10.
func TestEventDates(t *testing.T) {
	runCases(t, []cxCase{
		{"a clause of the same time dates its parent's event", "والتقى كيري لافروف حين كانا في جنيف في يناير الماضي.",
			[]want{{"john-kerry", "met", "sergei-lavrov", "2016-01"}}, nil},
		{"a when-clause dates the relative clause it hangs on", "وقال أوباما، الذي زار كينيا عندما كان عضوا في مجلس الشيوخ في 2006، إن العلاقات قوية.",
			[]want{{"barack-obama", "visited", "kenya", "2006"}}, nil},
		{"a relative clause between dashes hangs on the name before it", "وأبدى أوباما – الذي زار كينيا عندما كان عضوا في مجلس الشيوخ في 2006 – قدرا من الإحباط.",
			[]want{{"barack-obama", "visited", "kenya", "2006"}}, nil},
		{"a when-clause of a relative clause does not date the main clause", "والتقى أوباما، الذي زار كينيا عندما كان عضوا في مجلس الشيوخ في 2006، الرئيس الكيني.",
			nil, []want{{"barack-obama", "met", "*", "2006"}}},
		{"the event noun's own date beats the report's", "وقال مسؤول أمس إن ظريف زار موسكو، وأضاف أن الزيارة جرت مطلع الشهر الماضي.",
			[]want{{"mohammad-javad-zarif", "visited", "moscow", "2016-01"}}, []want{{"mohammad-javad-zarif", "visited", "moscow", "2016-02-09"}}},
		{"an event noun of another kind does not date the fact", "وقال مسؤول أمس إن ظريف زار موسكو، وأضاف أن المفاوضات بدأت في يناير.",
			nil, []want{{"mohammad-javad-zarif", "visited", "moscow", "2016-01"}}},
		{"this summit takes the summit's date", "وعقد القادة قمة في الرياض في نوفمبر الماضي.\nوخلال هذه القمة تعهد أوباما بدعم السعودية.",
			[]want{{"barack-obama", "supports", "saudi-arabia", "2015-11"}}, nil},
		{"a summit not referred back to gives no date", "وعقد القادة قمة في الرياض في نوفمبر الماضي.\nوتعهد أوباما بدعم السعودية.",
			[]want{{"barack-obama", "supports", "saudi-arabia", "-"}}, nil},
		{"two expressions of the same day are one date", "وقام وزير الخارجية الإيراني محمد جواد ظريف بزيارة رسمية إلى دولة الكويت تلبية لدعوة من نظيره الكويتي صباح الخالد يوم الخميس الموافق 4 فبراير 2016.",
			[]want{{"mohammad-javad-zarif", "visited", "kuwait", "2016-02-04"}}, nil},
		{"two different dates far from the verb date nothing", "وقام وزير الخارجية الإيراني محمد جواد ظريف بزيارة رسمية إلى دولة الكويت تلبية لدعوة من نظيره الكويتي صباح الخالد يوم الخميس بعد محادثات في قطر في 3 فبراير.",
			nil, []want{{"mohammad-javad-zarif", "visited", "kuwait", "2016-02-04"}, {"mohammad-javad-zarif", "visited", "kuwait", "2016-02-03"}}},
		{"a noun of relation is no event of the lead's day", "والتقى بوتين أردوغان اليوم في موسكو.\nوروسيا واحدة من الرعاة الدوليين لمحادثات السلام السورية.",
			[]want{{"vladimir-putin", "met", "recep-tayyip-erdogan", "2016-02-10"}}, []want{{"russia", "participatedIn", "*", "2016-02-10"}}},
	})
}

// A bare definite event noun after a preposition of time refers back to
// the last dated event of its row (eventdates.go); the stance is in a
// paragraph of its own, so that the speaker's dated statement of the
// paragraph before (dates.go statedDate) does not date it.
func TestEventDatesBack(t *testing.T) {
	runCases(t, []cxCase{
		{"after the meeting: the meeting's date", "وعقد كيري ولافروف اجتماعا يوم الاثنين في الدوحة.\n\nوانتقد لافروف قرار واشنطن بعد اللقاء، وقال إنه خاطئ.",
			[]want{{"sergei-lavrov", "opposes", "united-states", "2016-02-08"}}, nil},
		{"a meeting with a complement is another meeting", "وعقد كيري ولافروف اجتماعا يوم الاثنين في الدوحة.\n\nوانتقد لافروف قرار واشنطن بعد اللقاء مع هولاند.",
			nil, []want{{"sergei-lavrov", "opposes", "united-states", "2016-02-08"}}},
		{"after a meeting never dated: no date", "وعقد كيري ولافروف اجتماعا في الدوحة.\n\nوانتقد لافروف قرار واشنطن بعد اللقاء، وقال إنه خاطئ.",
			[]want{{"sergei-lavrov", "opposes", "united-states", "-"}}, nil},
		{"talks are not a visit's date", "وبدأت المحادثات يوم الاثنين في جنيف.\n\nوانتقد لافروف قرار واشنطن بعد الزيارة، وقال إنه خاطئ.",
			[]want{{"sergei-lavrov", "opposes", "united-states", "-"}}, nil},
	})
}

// A meeting with no time of its own, told right after a dated visit, took
// place during it (eventdates.go visitBeforeDate).
func TestEventDatesVisit(t *testing.T) {
	runCases(t, []cxCase{
		{"a meeting after a dated visit takes its date", "وصدر اليوم بيان مشترك.\nوقام الأمير محمد بن سلمان بزيارة إلى مصر يوم الخميس.\nوعقد السيسي اجتماعا مع سموه.",
			[]want{{"abdel-fattah-el-sisi", "met", "mohammed-bin-salman", "2016-02-04"}}, nil},
		{"a meeting after an undated visit takes the lead's date", "وصدر اليوم بيان مشترك.\nوقام الأمير محمد بن سلمان بزيارة إلى مصر.\nوعقد السيسي اجتماعا مع سموه.",
			[]want{{"abdel-fattah-el-sisi", "met", "mohammed-bin-salman", "2016-02-10"}}, nil},
		{"a meeting two sentences after the visit does not take its date", "وصدر اليوم بيان مشترك.\nوقام الأمير محمد بن سلمان بزيارة إلى مصر يوم الخميس.\nوتتواصل المعارك في اليمن.\nوعقد السيسي اجتماعا مع سموه.",
			nil, []want{{"abdel-fattah-el-sisi", "met", "mohammed-bin-salman", "2016-02-04"}}},
	})
}

// An event told as "before" is a past the text does not date
// (eventdates.go previously).
func TestEventDatesPreviously(t *testing.T) {
	runCases(t, []cxCase{
		{"met before: no date from the report", "وقال المتحدث أمس إن كيري التقى من قبل بلافروف في جنيف.",
			[]want{{"john-kerry", "met", "sergei-lavrov", "-"}}, nil},
		{"met previously: no date", "وقال المتحدث أمس إن كيري التقى سابقا بلافروف.",
			[]want{{"john-kerry", "met", "sergei-lavrov", "-"}}, nil},
		{"a meeting of the day keeps its date", "وقال المتحدث أمس إن كيري التقى بلافروف في جنيف.",
			[]want{{"john-kerry", "met", "sergei-lavrov", "2016-02-09"}}, nil},
		{"من قبل with an agent after it is no past", "وقال المتحدث أمس إن كيري التقى لافروف بعد دعوة من قبل الرئيس الروسي.",
			[]want{{"john-kerry", "met", "sergei-lavrov", "2016-02-09"}}, nil},
	})
}
