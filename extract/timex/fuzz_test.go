package timex

import (
	"testing"

	"github.com/newskg/kg/internal/fuzztext"
)

// FuzzFind checks that Find and Numbers never panic and return offsets
// into the input.
func FuzzFind(f *testing.F) {
	fuzztext.Fuzz(f, []string{
		"الاثنين 23 نوفمبر/تشرين الثاني 2015 منذ 30 سبتمبر",
		"من 12 إلى 13 أغسطس بين عامي 2011 و2014 قبل يومين",
		"11 صفر 1437 هـ ١٤٣٦هـ 23/11/2015 2015-11-",
		"منتصف الشهر الماضي أول من أمس ثلاثة آلاف و",
		"November 23, 2015 last Monday 3 days ago",
		"منذ", "من 12 إلى", "31 فبراير", "قبل", "/ 11 /",
	}, func(t *testing.T, s string) {
		end := 0
		for _, m := range Find(s, mon2015) {
			if m.Start < end || m.End > len(s) || m.Start >= m.End || s[m.Start:m.End] != m.Text {
				t.Fatalf("bad match [%d:%d] %q", m.Start, m.End, m.Text)
			}
			if m.Kind != KindHijri && m.Date.IsZero() {
				t.Fatalf("match %q without a date", m.Text)
			}
			if m.Date.Month < 0 || m.Date.Month > 12 || m.Date.Day < 0 || m.Date.Day > 31 {
				t.Fatalf("match %q: impossible date %+v", m.Text, m.Date)
			}
			end = m.End
		}
		for _, n := range Numbers(s) {
			if n.Start > n.End || n.End > len(s) || s[n.Start:n.End] != n.Text {
				t.Fatalf("bad number [%d:%d] %q", n.Start, n.End, n.Text)
			}
		}
	})
}
