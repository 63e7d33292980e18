package timex

import (
	"fmt"
	"time"
)

// Date is a calendar date of day, month or year precision: Month and Day
// are 0 when unknown (Day is 0 whenever Month is).
type Date struct{ Year, Month, Day int }

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Year == 0 }

// String returns "2015-11-23", "2015-11" or "2015" by precision, and ""
// for the zero Date.
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Time returns the first instant of the date (in UTC): the day, or the
// first day of its month or year.
func (d Date) Time() time.Time {
	m, day := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// DateOf returns the day-precision Date of t.
func DateOf(t time.Time) Date {
	return Date{t.Year(), int(t.Month()), t.Day()}
}

// ParseDate parses "2015-11-23", "2015-11" or "2015".
func ParseDate(s string) (Date, error) {
	var d Date
	var err error
	switch len(s) {
	case 4:
		_, err = fmt.Sscanf(s, "%4d", &d.Year)
	case 7:
		_, err = fmt.Sscanf(s, "%4d-%2d", &d.Year, &d.Month)
	case 10:
		_, err = fmt.Sscanf(s, "%4d-%2d-%2d", &d.Year, &d.Month, &d.Day)
	default:
		return Date{}, fmt.Errorf("parse date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	if err != nil {
		return Date{}, fmt.Errorf("parse date %q: %w", s, err)
	}
	if d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > daysIn(d.Year, d.Month) {
		return Date{}, fmt.Errorf("parse date %q: month or day out of range", s)
	}
	return d, nil
}

// daysIn returns the number of days of a month (31 when month is 0).
func daysIn(year, month int) int {
	if month == 0 {
		return 31
	}
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Kinds of Match.
const (
	// KindDate is a calendar date written out: day, month and/or year
	// ("23 نوفمبر/تشرين الثاني 2015", "العام 2007", "منتصف نوفمبر").
	KindDate = "date"
	// KindWeekday is a weekday name, resolved within the article's week.
	KindWeekday = "weekday"
	// KindRelative is a date relative to the article (أمس، الشهر الماضي،
	// قبل يومين).
	KindRelative = "relative"
	// KindSince is a date or year after منذ / since: the start of a state.
	KindSince = "since"
	// KindRange is a span of days, months or years; Date is its start and
	// Until its end.
	KindRange = "range"
	// KindHijri is a Hijri date, recognised so that its numbers are not
	// read as Gregorian years; its Date is zero.
	KindHijri = "hijri"
)

// Match is one date expression found in a text.
type Match struct {
	// Start and End are byte offsets of the expression in the input.
	Start, End int
	// Date is the resolved date (zero for Hijri dates).
	Date Date
	// Text is the expression as written (input[Start:End]).
	Text string
	// Kind is one of the Kind constants.
	Kind string
	// Until is the end of a range (Kind "range"), else zero.
	Until Date
	// Future reports an expression about the future relative to the
	// article (غدا، الأسبوع المقبل، a month name resolved after the anchor).
	Future bool
}
