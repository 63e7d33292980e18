package ar

import (
	"sort"
	"time"

	"github.com/newskg/kg/extract/text"
	"github.com/newskg/kg/extract/timex"
)

// Days told through the day named before: "وفي اليوم نفسه" (the same
// day), "في ذات اليوم", "قبل ذلك بيوم" (a day before that), "بعد ذلك
// بيومين". Their date is the last day-precise date the article gave in an
// earlier sentence, moved by the count; without one they date nothing.

// dayWords are the normalised counts after قبل/بعد ذلك: بيوم = 1 day.
var dayWords = map[string]int{"بيوم": 1, "بيومين": 2}

// sameDayDates returns the time expressions of a body sentence that refer
// back to the day named before, resolved against d.lastDay.
func (d *docState) sameDayDates(toks []text.Token, src string) []timex.Match {
	if d.lastDay.IsZero() {
		return nil
	}
	var out []timex.Match
	for k := 0; k+1 < len(toks); k++ {
		n, end := sameDayAt(toks, k)
		if end == 0 {
			continue
		}
		t := d.lastDay.Time().AddDate(0, 0, n)
		day := timex.DateOf(t)
		out = append(out, timex.Match{Start: toks[k].Start, End: toks[end-1].End, Date: day,
			Text: src[toks[k].Start:toks[end-1].End], Kind: timex.KindRelative, Future: t.After(d.at.Add(24 * time.Hour))})
		k = end - 1
	}
	return out
}

// sameDayAt returns the shift in days of a reference to the day named
// before that starts at token k, and the index after it (0 when none
// starts there).
func sameDayAt(toks []text.Token, k int) (int, int) {
	a, b := toks[k], toks[k+1]
	switch {
	case a.Bare == "اليوم" && (b.Norm == "نفسه" || b.Norm == "ذاته"):
		return 0, k + 2 // "وفي اليوم نفسه"
	case (a.Bare == "نفس" || a.Bare == "ذات") && b.Bare == "اليوم":
		return 0, k + 2 // "في ذات اليوم"
	case (a.Bare == "قبل" || a.Bare == "بعد") && b.Norm == "ذلك" && k+2 < len(toks):
		if n, ok := dayWords[toks[k+2].Norm]; ok {
			if a.Bare == "قبل" {
				n = -n
			}
			return n, k + 3 // "قبل ذلك بيوم"
		}
	}
	return 0, 0
}

// noteLastDay remembers the last day-precise date a body sentence gives,
// for the sentences that refer back to it.
func (d *docState) noteLastDay(st *sentState) {
	if st.idx < 0 {
		return
	}
	for _, m := range st.dates {
		if m.Date.Day != 0 && !m.Future && (m.Kind == timex.KindDate || m.Kind == timex.KindWeekday || m.Kind == timex.KindRelative) {
			d.lastDay = m.Date
		}
	}
}

// withSameDay adds the references to the day named before to a
// sentence's time expressions, in text order.
func (d *docState) withSameDay(ms []timex.Match, s text.Sentence) []timex.Match {
	if s.Start == s.End {
		return ms // the headline refers back to nothing
	}
	more := d.sameDayDates(s.Tokens, d.doc.Text)
	if len(more) == 0 {
		return ms
	}
	ms = append(ms, more...)
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
	return ms
}
