package timex

import (
	"strings"
	"time"
)

// relative parses a relative expression at i ("أمس", "يوم أمس",
// "الأسبوع الماضي"); phrases flagged qual are left to partOf.
func (f *finder) relative(i int) (*Match, int) {
	j := i
	if hasRole(f.toks, j, roleDay) {
		if p, _ := relatives.match(f.toks, j+1); p != nil && p.unit == "day" {
			j++
		}
	}
	p, end := relatives.match(f.toks, j)
	if p == nil || p.has("qual") {
		return nil, i
	}
	if end == j+1 && (p.words[0] == "اليوم" || p.words[0] == "الليله") {
		// "في اليوم التالي", "ذلك اليوم", "تلك الليلة": another day
		if n := f.norm(end); strings.HasPrefix(n, "ال") && !isWeekday(f.toks, end) {
			return nil, i
		}
		switch f.norm(j - 1) {
		case "ذلك", "تلك", "نفس", "ذات":
			return nil, i
		}
		switch f.norm(end) {
		case "نفسه", "ذاته", "نفسها", "ذاتها":
			return nil, i // "في اليوم نفسه": the day told before, not today
		}
	}
	if p.unit == "day" {
		// the weekday often follows: "أمس الجمعة", "اليوم (الاثنين)"
		k := end
		if f.norm(k) == "(" {
			k++
		}
		if _, e := weekdays.match(f.toks, k); e > k {
			if k > end && f.norm(e) == ")" {
				e++
			}
			if k == end || f.norm(e-1) == ")" {
				end = e
			}
		}
	}
	return &Match{Start: i, End: end, Date: f.shift(p.unit, int(p.val)), Kind: KindRelative, Future: p.has("future")}, end
}

// shift returns the anchor moved by n units, at the unit's precision
// (a week gives the month of the day n weeks away).
func (f *finder) shift(unit string, n int) Date {
	a := f.anchor
	switch unit {
	case "day":
		return DateOf(a.AddDate(0, 0, n))
	case "week":
		t := a.AddDate(0, 0, 7*n)
		return Date{Year: t.Year(), Month: int(t.Month())}
	case "month":
		t := time.Date(a.Year(), a.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return Date{Year: t.Year(), Month: int(t.Month())}
	case "year":
		return Date{Year: a.Year() + n}
	}
	return Date{}
}

// partOf parses what follows a part-of-period word (منتصف، مطلع، أواخر
// …): a month (→ that month), a relative period (الشهر الماضي، العام) or a
// year; the day is never kept.
func (f *finder) partOf(i int) (*Match, int) {
	if i >= len(f.toks) {
		return nil, i
	}
	if m, end := f.calendar(i); m != nil && m.Kind == KindDate {
		if m.Date.Day != 0 {
			return nil, i // "أول 23 نوفمبر" is not a part of a month
		}
		return m, end
	}
	if m, end := f.year(i); m != nil {
		return m, end
	}
	if p, end := relatives.match(f.toks, i); p != nil && p.unit != "day" {
		return &Match{Start: i, End: end, Date: f.shift(p.unit, int(p.val)), Kind: KindRelative, Future: p.has("future")}, end
	}
	return nil, i
}

// count parses a count at i for a duration: digits or number words, or
// nothing before a dual/singular unit. It returns the count (0 when the
// unit itself carries it) and the index after it.
func (f *finder) count(i int) (int64, int) {
	if i >= len(f.toks) {
		return 0, i
	}
	if v, ok := number(f.toks[i]); ok {
		return int64(v), i + 1
	}
	if nums := numbersIn(f.toks[i:min(len(f.toks), i+4)]); len(nums) > 0 && nums[0].first == 0 {
		return nums[0].Value, i + nums[0].last + 1
	}
	return 0, i
}

// unitAt returns the duration unit at i ("day", "week", "month", "year"),
// the count a dual or singular unit carries (يومين = 2), and the index
// after it.
func (f *finder) unitAt(i int) (string, int, int) {
	r, e := roleAt(f.toks, i)
	n := 1
	norm := f.norm(i)
	if len(norm) > 4 && (norm[len(norm)-4:] == "ين" || norm[len(norm)-4:] == "ان") && norm != "ايام" {
		n = 2
	}
	switch norm {
	case "ايام", "اسابيع", "اشهر", "شهور", "اعوام", "سنوات", "days", "weeks", "months", "years":
		n = 0 // a plural needs a count
	}
	switch {
	case r&roleDayUnit != 0:
		return "day", n, e
	case r&roleWeekUnit != 0:
		return "week", n, e
	case r&roleMonthUnit != 0:
		return "month", n, e
	case r&roleYearUnit != 0:
		return "year", n, e
	}
	return "", 0, i
}

// duration returns the index after a duration at i ("8 سنوات", "عامين",
// "أكثر من شهر"), or i when there is none.
func (f *finder) duration(i int) int {
	j := i
	if f.norm(j) == "اكثر" || f.norm(j) == "اقل" || f.norm(j) == "more" || f.norm(j) == "less" {
		j++
		if f.norm(j) == "من" || f.norm(j) == "than" {
			j++
		}
	}
	if hasRole(f.toks, j, roleApprox) {
		_, j = roleAt(f.toks, j)
	}
	_, j2 := f.count(j)
	if u, _, e := f.unitAt(j2); u != "" {
		return e
	}
	return i
}

// ago parses the duration after قبل ("قبل يومين", "قبل 3 أيام", "قبل
// عامين"): the date that long before the anchor, at the unit's precision.
func (f *finder) ago(i int) (*Match, int) {
	n, j := f.count(i)
	unit, un, end := f.unitAt(j)
	if unit == "" {
		return nil, i
	}
	if n == 0 {
		n = int64(un)
	}
	if n <= 0 || n > 1000 {
		return nil, i
	}
	return &Match{Start: i, End: end, Date: f.shift(unit, -int(n)), Kind: KindRelative}, end
}

// englishAgo parses "3 days ago", "two weeks ago".
func (f *finder) englishAgo(i int) (*Match, int) {
	if f.toks[i].IsArabic() {
		return nil, i
	}
	n, j := f.count(i)
	if n == 0 {
		return nil, i
	}
	unit, _, e := f.unitAt(j)
	if unit == "" || !hasRole(f.toks, e, roleAgo) {
		return nil, i
	}
	return &Match{Start: i, End: e + 1, Date: f.shift(unit, -int(n)), Kind: KindRelative}, e + 1
}
