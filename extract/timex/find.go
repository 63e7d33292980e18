package timex

import (
	"strings"
	"time"

	"github.com/newskg/kg/extract/text"
)

// Find returns every date expression of s (original text, any spelling),
// resolved against anchor, the article's date. Offsets are byte offsets in
// s. Matches do not overlap and come in text order.
func Find(s string, anchor time.Time) []Match {
	return FindTokens(s, text.Tokenize(s, 0), anchor)
}

// FindTokens is Find on tokens already made from doc (text.Tokenize or
// text.Sentences): offsets of the matches are those of the tokens, so
// Text is doc[Start:End].
func FindTokens(doc string, toks []text.Token, anchor time.Time) []Match {
	f := finder{doc: doc, toks: toks, trig: make([]bool, len(toks))}
	any := false
	for i, t := range toks {
		f.trig[i] = isTrigger(t)
		any = any || f.trig[i]
	}
	if !any {
		return nil
	}
	y, m, d := anchor.Date()
	f.anchor = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	var out []Match
	for i := 0; i < len(toks); {
		if !f.trig[i] {
			i++
			continue
		}
		m, end := f.at(i)
		if m == nil && f.skipTo > end {
			end = f.skipTo // an expression rejected as a whole
		}
		if m != nil {
			m.Start, m.End = toks[m.Start].Start, toks[m.End-1].End
			m.Text = doc[m.Start:m.End]
			out = append(out, *m)
		}
		if end > i {
			i = end
		} else {
			i++
		}
	}
	return out
}

// finder holds one search. Inside the finder, Match.Start and Match.End
// are token indexes; FindTokens turns them into byte offsets.
type finder struct {
	doc    string
	toks   []text.Token
	trig   []bool    // trig[i]: toks[i] may take part in an expression
	skipTo int       // the end of the last expression rejected as a whole
	anchor time.Time // midnight UTC of the article's day
}

// at tries every expression starting at token i. It returns the match (or
// nil) and the index after what it consumed; a nil match with end > i
// means tokens to skip (a duration, a Hijri date).
func (f *finder) at(i int) (*Match, int) {
	toks := f.toks
	role, next := roleAt(toks, i)
	switch {
	case role&roleSince != 0:
		if m, end := f.expr(next); m != nil {
			if m.Kind == KindHijri {
				return m, end
			}
			m.Start = i
			if m.Kind != KindRange {
				m.Kind = KindSince
			}
			return m, end
		}
		if end := f.duration(next); end > next {
			return nil, end // منذ 8 سنوات: a duration, not a date
		}
	case role&roleQual != 0:
		if m, end := f.partOf(next); m != nil {
			m.Start = i
			return m, end
		}
	case role&roleFrom != 0:
		if m, end := f.expr(next); m != nil {
			if m.Kind == KindRange {
				m.Start = i
			}
			return m, end
		}
	}
	if toks[i].Norm == "قبل" {
		if m, end := f.ago(i + 1); m != nil {
			m.Start = i
			return m, end
		}
	}
	return f.expr(i)
}

// expr parses one date expression at i: Hijri, calendar date (with
// weekday and ranges), year, weekday, relative phrase.
func (f *finder) expr(i int) (*Match, int) {
	if i >= len(f.toks) || !f.trig[i] {
		return nil, i
	}
	if end := f.hijri(i); end > i {
		return &Match{Start: i, End: end, Kind: KindHijri}, end
	}
	if m, end := f.dated(i); m != nil {
		return f.rangeAfter(m, end)
	}
	if m, end := f.year(i); m != nil {
		return f.rangeAfter(m, end)
	}
	if m, end := f.relative(i); m != nil {
		return m, end
	}
	if m, end := f.englishAgo(i); m != nil {
		return m, end
	}
	return nil, i
}

// rangeAfter extends a date or year match to a range when a connector and
// a second expression of the same kind follow ("2011-2014", "من 30 سبتمبر
// إلى 23 نوفمبر"). The connector و joins only after بين.
func (f *finder) rangeAfter(m *Match, end int) (*Match, int) {
	if m.Kind == KindRange || end >= len(f.toks) {
		return m, end
	}
	r, next := roleAt(f.toks, end)
	if r&(roleTo|roleUntil) == 0 {
		return m, end
	}
	if f.toks[end].Norm == "و" && !hasRole(f.toks, m.Start-1, roleFrom) && !hasRole(f.toks, m.Start-2, roleFrom) {
		return m, end
	}
	var m2 *Match
	var end2 int
	if m.Date.Month == 0 {
		m2, end2 = f.year(next)
		if m2 == nil && next < len(f.toks) {
			if y, ok := yearNumber(f.toks[next]); ok {
				m2, end2 = &Match{Date: Date{Year: y}}, next+1
			}
		}
	} else {
		m2, end2 = f.dated(next)
	}
	if m2 == nil || m2.Date.IsZero() || m2.Date.Time().Before(m.Date.Time()) {
		return m, end
	}
	m.Until, m.Kind, m.End = m2.Date, KindRange, end2
	m.Future = m.Future || m2.Future
	return m, end2
}

// number returns the value of a token written in digits only.
func number(t text.Token) (int, bool) {
	n := t.Norm
	if n == "" || len(n) > 9 {
		return 0, false
	}
	v := 0
	for i := 0; i < len(n); i++ {
		c := n[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// yearNumber returns a 4-digit number between 1000 and 2999.
func yearNumber(t text.Token) (int, bool) {
	v, ok := number(t)
	if !ok || len(t.Norm) != 4 || v < 1000 || v > 2999 {
		return 0, false
	}
	return v, true
}

// dayNumber parses a day of month: 1–31 in one or two digits, or an
// English ordinal ("23rd").
func dayNumber(t text.Token) (int, bool) {
	n := t.Norm
	if len(n) > 2 && len(n) <= 4 {
		switch n[len(n)-2:] {
		case "st", "nd", "rd", "th":
			n = n[:len(n)-2]
		}
	}
	if len(n) == 0 || len(n) > 2 {
		return 0, false
	}
	v := 0
	for i := 0; i < len(n); i++ {
		if n[i] < '0' || n[i] > '9' {
			return 0, false
		}
		v = v*10 + int(n[i]-'0')
	}
	return v, v >= 1 && v <= 31
}

func (f *finder) norm(i int) string {
	if i < 0 || i >= len(f.toks) {
		return ""
	}
	return f.toks[i].Norm
}

// day parses a day at i: a number (optionally followed by من), or an
// ordinal word followed by من ("الأول من", "الثالث والعشرين من").
func (f *finder) day(i int) (int, int, bool) {
	if i >= len(f.toks) {
		return 0, i, false
	}
	if d, ok := dayNumber(f.toks[i]); ok {
		if f.norm(i+1) == "من" || f.norm(i+1) == "of" {
			return d, i + 2, true
		}
		return d, i + 1, true
	}
	if p, end := ordinals.match(f.toks, i); p != nil && (f.norm(end) == "من" || f.norm(end) == "of") {
		return int(p.val), end + 1, true
	}
	return 0, i, false
}

// month parses a month name at i, optionally after شهر and followed by a
// second name joined with a slash or in brackets ("نوفمبر/تشرين الثاني",
// "نوفمبر (تشرين الثاني)"). strong is false for a weak name alone.
func (f *finder) month(i int) (m, end int, strong, ok bool) {
	j := i
	if hasRole(f.toks, j, roleMonth) {
		j++
	}
	p, e := months.match(f.toks, j)
	if p == nil {
		return 0, i, false, false
	}
	m, end, strong = int(p.val), e, !p.has("weak") || j > i
	if p.has("abbr") && f.norm(end) == "." {
		end++ // "Nov."
	}
	switch f.norm(end) {
	case "/", "(", "-", "\\":
		if p2, e2 := months.match(f.toks, end+1); p2 != nil {
			end, strong = e2, true
			if f.norm(end) == ")" {
				end++
			}
		}
	default:
		// the two names side by side: "يوليو تموز"
		if p2, e2 := months.match(f.toks, end); p2 != nil && p2.val == p.val {
			end, strong = e2, true
		}
	}
	return m, end, strong, true
}

// yearAfter parses a year after a month at i: an optional comma, four
// digits, an optional era mark. hijri reports a Hijri era mark.
func (f *finder) yearAfter(i int) (y, end int, hijri, ok bool) {
	j := i
	if f.norm(j) == "," || f.norm(j) == "،" {
		j++
	}
	if j >= len(f.toks) {
		return 0, i, false, false
	}
	y, ok = yearNumber(f.toks[j])
	if !ok {
		return 0, i, false, false
	}
	j++
	if r, e := roleAt(f.toks, j); r&roleAD != 0 {
		j = e
	} else if r&roleHijri != 0 {
		return 0, e, true, true
	}
	return y, j, false, true
}

// temporalBefore reports whether the token before i introduces a time
// expression (في، منذ، شهر، مطلع …), which makes a weak month name count.
func (f *finder) temporalBefore(i int) bool {
	r, _ := roleAt(f.toks, i-1)
	return r&(rolePrep|roleSince|roleUntil|roleQual|roleMonth|roleFrom|roleTo) != 0
}

// dated parses [يوم] [weekday] [day [to day]] month [year] [المقبل|الماضي],
// the English month-first order, numeric dates, or a weekday alone.
func (f *finder) dated(i int) (*Match, int) {
	j := i
	wd := -1
	mode := 0
	if f.norm(j) == "last" || f.norm(j) == "next" {
		// English puts the direction first: "last Monday"
		if p, _ := weekdays.match(f.toks, j+1); p != nil {
			if mode = 1; f.norm(j) == "last" {
				mode = -1
			}
			j++
		}
	}
	if hasRole(f.toks, j, roleDay) {
		if p, _ := weekdays.match(f.toks, j+1); p != nil {
			j++
		}
	}
	afterWD := j
	if p, e := weekdays.match(f.toks, j); p != nil {
		if p.val == 1 && (f.norm(j-1) == "بين" || f.norm(j-1) == "كلا") {
			return nil, i // الاثنين "the two"
		}
		wd, j, afterWD = int(p.val), e, e
		if f.norm(j) == "," || f.norm(j) == "،" {
			j++
		}
	}
	if m, end := f.calendar(j); m != nil {
		m.Start = i
		return m, end
	}
	if wd < 0 {
		return nil, i
	}
	// a weekday alone
	end := afterWD
	if r, e := roleAt(f.toks, end); r&roleFuture != 0 {
		mode, end = 1, e
	} else if r&rolePast != 0 {
		mode, end = -1, e
	}
	d := f.weekday(time.Weekday(wd), mode)
	return &Match{Start: i, End: end, Date: DateOf(d), Kind: KindWeekday, Future: d.After(f.anchor)}, end
}

// isWeekday reports whether a weekday name starts at i.
func isWeekday(toks []text.Token, i int) bool {
	p, _ := weekdays.match(toks, i)
	return p != nil
}

// weekday resolves a weekday: the most recent such day at or before the
// anchor (mode 0; the anchor itself on the same weekday), the next one
// after it (mode 1: المقبل), or the last one before it (mode -1: الماضي).
func (f *finder) weekday(wd time.Weekday, mode int) time.Time {
	aw := f.anchor.Weekday()
	switch mode {
	case 1:
		diff := (int(wd) - int(aw) + 7) % 7
		if diff == 0 {
			diff = 7
		}
		return f.anchor.AddDate(0, 0, diff)
	case -1:
		diff := (int(aw) - int(wd) + 7) % 7
		if diff == 0 {
			diff = 7
		}
		return f.anchor.AddDate(0, 0, -diff)
	}
	diff := (int(aw) - int(wd) + 7) % 7
	return f.anchor.AddDate(0, 0, -diff)
}

// calendar parses a written calendar date at i (no weekday).
func (f *finder) calendar(i int) (*Match, int) {
	if i >= len(f.toks) {
		return nil, i
	}
	if m, end := f.numeric(i); m != nil {
		return m, end
	}
	d, j, hasDay := f.day(i)
	d2 := 0
	if hasDay {
		if r, e := roleAt(f.toks, j); r&(roleTo|roleUntil) != 0 && e < len(f.toks) {
			if v, ok := dayNumber(f.toks[e]); ok && v > d {
				if _, _, _, ok := f.month(e + 1); ok {
					d2, j = v, e+1
				} else if f.norm(e+1) == "من" {
					if _, _, _, ok := f.month(e + 2); ok {
						d2, j = v, e+2
					}
				}
			}
		}
	}
	mo, end, strong, ok := f.month(j)
	if !ok {
		return nil, i
	}
	if !hasDay && end < len(f.toks) && !f.toks[i].IsArabic() {
		// English "November 23, 2015"
		if v, ok := dayNumber(f.toks[end]); ok {
			d, hasDay, end = v, true, end+1
		}
	}
	y, e, hijri, hasYear := f.yearAfter(end)
	if hijri {
		return nil, i // a Gregorian month with a Hijri year: leave it
	}
	if hasYear {
		end = e
	}
	if !strong && !hasDay && !hasYear && !f.temporalBefore(i) {
		if r, _ := roleAt(f.toks, end); r&(roleFuture|rolePast) == 0 {
			return nil, i
		}
	}
	m := &Match{Start: i, Kind: KindDate}
	if !hasYear {
		mode := 0
		if r, e := roleAt(f.toks, end); r&roleFuture != 0 {
			mode, end = 1, e
		} else if r&rolePast != 0 {
			mode, end = -1, e
		} else if r&roleCurrent != 0 {
			mode, end = 2, e
		} else if hasRole(f.toks, i-1, roleSince) {
			mode = -2 // at or before the anchor
		}
		y = f.inferYear(mo, d, mode)
	}
	m.Date = validDate(y, mo, d)
	if !hasYear && hasRole(f.toks, i-1, roleEvent) {
		// "ثورة 25 يناير", "هجمات 11 سبتمبر": the name of an older event,
		// unless the date is within the month before the article
		if days := f.anchor.Sub(m.Date.Time()).Hours() / 24; days < 0 || days > 31 {
			f.skipTo = max(f.skipTo, end)
			return nil, i
		}
	}
	if d2 > 0 {
		m.Kind, m.Until = KindRange, validDate(y, mo, d2)
	}
	last := m.Date
	if !m.Until.IsZero() {
		last = m.Until
	}
	m.Future = last.Time().After(f.anchor) && !(last.Day == 0 && last.Year == f.anchor.Year() && last.Month == int(f.anchor.Month()))
	m.End = end
	return m, end
}

// numeric parses "23/11/2015", "23-11-2015", "2015-11-23" and the single
// token "23.11.2015".
func (f *finder) numeric(i int) (*Match, int) {
	t := f.toks[i]
	if !t.IsNumber() {
		return nil, i
	}
	var parts [3]int
	var lens [3]int
	end := i
	n := t.Norm
	if c := countDots(n); c == 2 {
		k := 0
		v, l := 0, 0
		for p := 0; p < len(n); p++ {
			if n[p] == '.' {
				parts[k], lens[k] = v, l
				k, v, l = k+1, 0, 0
				continue
			}
			v, l = v*10+int(n[p]-'0'), l+1
		}
		parts[2], lens[2] = v, l
		end = i + 1
	} else {
		sep := f.norm(i + 1)
		if sep != "/" && sep != "-" {
			return nil, i
		}
		for k := 0; k < 3; k++ {
			idx := i + 2*k
			if idx >= len(f.toks) || (k > 0 && f.norm(idx-1) != sep) {
				return nil, i
			}
			v, ok := number(f.toks[idx])
			if !ok {
				return nil, i
			}
			parts[k], lens[k] = v, len(f.toks[idx].Norm)
		}
		end = i + 5
	}
	var y, m, d int
	switch {
	case lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2:
		y, m, d = parts[0], parts[1], parts[2]
	case lens[2] == 4 && lens[0] <= 2 && lens[1] <= 2:
		d, m, y = parts[0], parts[1], parts[2]
	default:
		return nil, i
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) || y < 1000 || y > 2999 {
		return nil, i
	}
	date := Date{y, m, d}
	return &Match{Start: i, End: end, Date: date, Kind: KindDate, Future: date.Time().After(f.anchor)}, end
}

func countDots(s string) int {
	c := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			c++
		} else if s[i] < '0' || s[i] > '9' {
			return -1
		}
	}
	return c
}

// validDate builds a Date, dropping a day the month does not have.
func validDate(y, m, d int) Date {
	if d > daysIn(y, m) {
		d = 0
	}
	return Date{y, m, d}
}

// inferYear picks the year of a month (and day) written without one: of
// the previous, current and next year, the date nearest the anchor, where
// a date after the anchor counts twice as far as one before it (news
// reports mostly the past). mode 2 (الجاري) takes the anchor's year, mode 1 (المقبل) takes the first such date after
// the anchor's month, mode -1 (الماضي) the last before it, mode -2 (after
// منذ) the last at or before the anchor.
func (f *finder) inferYear(m, d, mode int) int {
	ay, am := f.anchor.Year(), int(f.anchor.Month())
	if mode == 2 {
		return ay
	}
	best, bestScore := ay, 1<<30
	for y := ay - 1; y <= ay+1; y++ {
		var diff int // in days, or in months when there is no day
		if d == 0 {
			diff = (y*12 + m) - (ay*12 + am)
		} else {
			diff = int(time.Date(y, time.Month(m), min(d, daysIn(y, m)), 0, 0, 0, 0, time.UTC).Sub(f.anchor).Hours() / 24)
		}
		switch mode {
		case 1:
			if diff <= 0 {
				continue
			}
		case -1:
			if diff >= 0 {
				continue
			}
		case -2:
			if diff > 0 {
				continue
			}
		}
		score := -diff
		if diff > 0 {
			score = 2 * diff
		}
		if score < bestScore {
			best, bestScore = y, score
		}
	}
	return best
}

// year parses a year expression at i: عام/العام/سنة + four digits, or a
// year between 1950 and 2035 after في، منذ، حتى، خلال … ("في 2007").
func (f *finder) year(i int) (*Match, int) {
	if i >= len(f.toks) {
		return nil, i
	}
	start := i
	j := i
	if hasRole(f.toks, j, roleYear) {
		j++
	} else if !(f.temporalBefore(i) || hasRole(f.toks, i-1, roleFrom)) {
		return nil, i
	}
	if j >= len(f.toks) {
		return nil, i
	}
	y, ok := yearNumber(f.toks[j])
	if !ok || (j == i && (y < 1950 || y > 2035)) {
		return nil, i
	}
	j++
	if r, e := roleAt(f.toks, j); r&roleAD != 0 {
		j = e
	} else if r&roleHijri != 0 {
		return &Match{Start: start, End: e, Kind: KindHijri}, e
	}
	if j == i+1 && j < len(f.toks) {
		// a bare number followed by a counted noun is not a year ("في 2000 غارة")
		if _, ok := numberWords[f.toks[j].Norm]; ok {
			return nil, i
		}
	}
	return &Match{Start: start, End: j, Date: Date{Year: y}, Kind: KindDate, Future: y > f.anchor.Year()}, j
}

// hijri recognises a Hijri date at i and returns the index after it (i
// when there is none): a number with the era mark هـ, or a Hijri month name
// with a day or year number.
func (f *finder) hijri(i int) int {
	t := f.toks[i]
	if _, ok := number(t); ok {
		if r, e := roleAt(f.toks, i+1); r&roleHijri != 0 {
			return e
		}
		if p, e := hijriMonths.match(f.toks, i+1); p != nil {
			if _, ok := number(f.tok(e)); ok {
				e++
			}
			if r, e2 := roleAt(f.toks, e); r&roleHijri != 0 {
				e = e2
			}
			return e
		}
		return i
	}
	if p, e := hijriMonths.match(f.toks, i); p != nil {
		if _, ok := number(f.tok(e)); ok {
			e++
			if r, e2 := roleAt(f.toks, e); r&roleHijri != 0 {
				e = e2
			}
			return e
		}
	}
	return i
}

func (f *finder) tok(i int) text.Token {
	if i < 0 || i >= len(f.toks) {
		return text.Token{}
	}
	return f.toks[i]
}

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
		unit := p.unit
		if unit == "week" {
			unit = "week"
		}
		return &Match{Start: i, End: end, Date: f.shift(unit, int(p.val)), Kind: KindRelative, Future: p.has("future")}, end
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
