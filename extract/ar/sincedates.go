package ar

import (
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/timex"
)

// Dates that belong to no fact of their sentence's events: the start of a
// period told through an event noun ("في أول زيارة له منذ توليه الحكم في
// يناير الماضي": the visit is not of January), and a past date next to a
// present-tense event ("ويزور البارزاني واشنطن في وقت يثير فيه مشروع قانون
// أقر الشهر الماضي جدلا": the visit is of now).

// sinceWindow is how many tokens may stand between منذ and the time
// expression of the event noun it governs.
const sinceWindow = 4

// sinceNoun reports whether the time expression at token k dates the
// event noun after a منذ ("منذ توليه الحكم في يناير"، "منذ توقيع الاتفاق
// الشهر الماضي"): a منذ at most sinceWindow tokens before it, in its
// clause, with only words that are no verbs between.
func (d *docState) sinceNoun(st *sentState, k int) bool {
	if k < 1 {
		return false
	}
	for q := k - 1; q >= 0 && q >= k-sinceWindow; q-- {
		t := st.toks[q]
		if !t.IsWord() || st.clause[q] != st.clause[k] || st.syn.Class[q] == syntax.Verb {
			return false
		}
		if t.Norm == "منذ" || t.Norm == "ومنذ" {
			return q < k-1 // right before the date it is a plain "since" (timex)
		}
	}
	return false
}

// presentDate returns the date of an event fact at token i of predicate
// pred given the time expression best: a present-tense meeting or visit
// ("الذي يزور قطر") happens on the article's day, not at a date more than
// a week before it.
func (d *docState) presentDate(st *sentState, i int, pred, best string) string {
	if !leadOK[pred] || d.doc.Date.IsZero() || st.s.Start == st.s.End || !d.presentVerb(st, i) {
		return best
	}
	if t, err := timex.ParseDate(best); err == nil && t.Time().Before(d.doc.Date.AddDate(0, 0, -7)) {
		return d.doc.Date.Format("2006-01-02")
	}
	return best
}
