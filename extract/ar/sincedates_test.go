package ar

import "testing"

// Dates of a period's start and past dates next to a present-tense event
// (sincedates.go); the article is dated Wednesday 2016-02-10.
func TestSinceDates(t *testing.T) {
	runCases(t, []cxCase{
		{"the start of a period through an event noun dates no visit",
			"أجرى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز والرئيس الأمريكي باراك أوباما في البيت الأبيض أمس الثلاثاء محادثات مطولة تناولت الاتفاق النووي مع إيران والأوضاع في اليمن وسوريا والعراق، في أول زيارة يقوم بها الملك سلمان إلى الولايات المتحدة منذ توليه الحكم في يناير الماضي.",
			[]want{{"salman-of-saudi-arabia", "visited", "united-states", "2016-02-09"}}, []want{{"salman-of-saudi-arabia", "visited", "united-states", "2016-01"}}},
		{"a lasting control keeps the start of its period",
			"ويسيطر تنظيم داعش على الرقة منذ هجومه على المدينة في يناير 2014.",
			[]want{{"islamic-state", "controls", "raqqa", "2014-01"}}, nil},
		{"a present-tense visit is of the article's day",
			"ويزور مسعود البارزاني موسكو في وقت يثير فيه مشروع قانون أقرته لجنة القوات المسلحة في مجلس النواب الروسي الشهر الماضي جدلا واسعا في أنقرة، إذ يتيح بيع السلاح.",
			[]want{{"masoud-barzani", "visited", "moscow", "2016-02-10"}}, []want{{"masoud-barzani", "visited", "moscow", "2016-01"}}},
		{"a past visit keeps its month",
			"وزار أردوغان موسكو الشهر الماضي.",
			[]want{{"recep-tayyip-erdogan", "visited", "moscow", "2016-01"}}, nil},
	})
}
