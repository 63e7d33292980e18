package ar

import "testing"

// The date written right after an agreement's parties dates their part in
// it (partydates.go); the article is dated Wednesday 2016-02-10.
func TestDatePastParties(t *testing.T) {
	runCases(t, []cxCase{
		{"a relative month right after the parties", "وصادق البرلمان أمس على الاتفاق النووي المبرم بين إيران والقوى الكبرى الشهر الماضي في فيينا.",
			[]want{{"iran", "participatedIn", "iran-nuclear-deal", "2016-01"}}, []want{{"iran", "participatedIn", "iran-nuclear-deal", "2016-02-09"}}},
		{"a day after the venue", "ويلتزم الطرفان بالاتفاق النووي الموقع بين إيران والقوى الكبرى في فيينا في الرابع عشر من يوليو الماضي.",
			[]want{{"iran", "participatedIn", "iran-nuclear-deal", "2015-07-14"}}, nil},
		{"a party named after the comma is no end of the list", "ويلتزم الطرفان بالاتفاق النووي الموقع بين إيران والقوى الكبرى في 2015، وتقول إيران إنها ملتزمة به.",
			[]want{{"iran", "participatedIn", "iran-nuclear-deal", "2015"}}, nil},
		{"a year after في", "ويلتزم الطرفان بالاتفاق النووي الموقع بين إيران والقوى الكبرى في 2015.",
			[]want{{"iran", "participatedIn", "iran-nuclear-deal", "2015"}}, nil},
		{"a date behind a comma belongs to another clause", "وصادق البرلمان أمس على الاتفاق النووي المبرم بين إيران والقوى الكبرى، وعلى موازنة الشهر الماضي.",
			[]want{{"iran", "participatedIn", "iran-nuclear-deal", ""}}, []want{{"iran", "participatedIn", "iran-nuclear-deal", "2016-01"}}},
		{"a starting point dates no agreement", "وتحدث الوزير عن الاتفاق النووي بين إيران والقوى الكبرى منذ يوليو الماضي.",
			nil, []want{{"iran", "participatedIn", "iran-nuclear-deal", "2015-07"}}},
	})
}
