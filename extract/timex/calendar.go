package timex

import (
	"strings"
	"time"

	"github.com/newskg/kg/extract/text"
)

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
	if m, end := f.hyphenPart(i); m != nil {
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
		if hasDay {
			// "الأول من الشهر الجاري", "15 من الشهر الماضي"
			if p, e := relatives.match(f.toks, j); p != nil && p.unit == "month" {
				mon := f.shift("month", int(p.val))
				date := validDate(mon.Year, mon.Month, d)
				return &Match{Start: i, End: e, Date: date, Kind: KindRelative, Future: date.Time().After(f.anchor)}, e
			}
		}
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
	if r, e := roleAt(f.toks, end); r&roleHijri != 0 {
		return &Match{Start: i, End: e, Kind: KindHijri}, e // "14/10/1436هـ"
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

// hyphenPart parses the English "mid-November", "early-2015" (one token):
// the month or year only.
func (f *finder) hyphenPart(i int) (*Match, int) {
	n := f.toks[i].Norm
	k := strings.IndexByte(n, '-')
	if k < 0 {
		return nil, i
	}
	switch n[:k] {
	case "mid", "early", "late":
	default:
		return nil, i
	}
	rest := n[k+1:]
	if ps := months[rest]; len(ps) > 0 && len(ps[0].words) == 1 {
		mo := int(ps[0].val)
		y, end, _, hasYear := f.yearAfter(i + 1)
		if !hasYear {
			y, end = f.inferYear(mo, 0, 0), i+1
		}
		d := Date{Year: y, Month: mo}
		return &Match{Start: i, End: end, Date: d, Kind: KindDate, Future: d.Time().After(f.anchor) && !(y == f.anchor.Year() && mo == int(f.anchor.Month()))}, end
	}
	if len(rest) == 4 {
		if y, ok := yearNumber(text.Token{Norm: rest}); ok {
			return &Match{Start: i, End: i + 1, Date: Date{Year: y}, Kind: KindDate, Future: y > f.anchor.Year()}, i + 1
		}
	}
	return nil, i
}
