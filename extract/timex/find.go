package timex

import (
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

func (f *finder) tok(i int) text.Token {
	if i < 0 || i >= len(f.toks) {
		return text.Token{}
	}
	return f.toks[i]
}
