package ar

import "testing"

// Days told through the day named before (sameday.go); the article is
// dated Wednesday 2016-02-10.
func TestSameDayDates(t *testing.T) {
	runCases(t, []cxCase{
		{"the same day as the day named before",
			"والتقى كيري لافروف في جنيف يوم الاثنين.\nوفي اليوم نفسه، هاجم تنظيم داعش مدينة الحسكة.",
			[]want{{"islamic-state", "attacked", "hasakah", "2016-02-08"}}, []want{{"islamic-state", "attacked", "hasakah", "2016-02-10"}}},
		{"a day before that",
			"وقال المتحدث إن القمة عقدت الخميس الماضي.\nوكان نتنياهو قد التقى قبل ذلك بيوم المستشارة أنغيلا ميركل في برلين.",
			[]want{{"benjamin-netanyahu", "met", "angela-merkel", "2016-02-03"}}, nil},
		{"two days after that",
			"ووصل كيري إلى جنيف يوم الأحد.\nوالتقى كيري لافروف بعد ذلك بيومين في المدينة.",
			[]want{{"john-kerry", "met", "sergei-lavrov", "2016-02-09"}}, nil},
		{"no day named before: no date",
			"وفي اليوم نفسه، هاجم تنظيم داعش مدينة الحسكة.",
			[]want{{"islamic-state", "attacked", "hasakah", "-"}}, nil},
	})
}
