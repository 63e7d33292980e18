package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
	"github.com/newskg/kg/extract/timex"
)

// Dates of facts: the date expression of the fact's own clause, the
// lead's date for events of the article's day, present tense as "now".

// dateNear returns the date written right after a mention (within 8
// tokens, same clause, before the next mention of its kind).
func (d *docState) dateNear(st *sentState, m *mention) string {
	for _, dm := range st.dates {
		k := st.tokenAt(dm.Start)
		if k < m.e || k > m.e+8 || st.clause[k] != st.clause[m.s] || dm.Date.IsZero() {
			continue
		}
		if nx := st.mentionAt(k - 1); nx != nil && nx != m && nx.typ == m.typ && nx.s >= m.e {
			continue
		}
		return dm.Date.String()
	}
	return ""
}

// topicNouns introduce what talks were about ("بحثا الأوضاع في سوريا").
var topicNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(text.Normalize("الأوضاع الوضع الأزمة التطورات الحرب النزاع الصراع القضية الملف الأحداث المستجدات العلاقات التعاون السلام")) {
		topicNouns[w] = true
	}
}

// since-dates start a state; they date ongoing relations, not events.
var sinceOK = map[string]bool{extract.Attacked: true, extract.Controls: true}

// leadOK are the event predicates that take the lead's date when their
// sentence has none.
var leadOK = map[string]bool{extract.Met: true, extract.Visited: true, extract.ParticipatedIn: true, extract.Gave: true}

// factDate returns the date of the trigger's clause: the nearest date
// expression in the same clause; else the sentence's only date; else, for
// events of the article's day, the lead's date.
func (d *docState) factDate(st *sentState, i int, pred string) string {
	pos := st.toks[i].Start
	best, bestDist := "", 1<<30
	var only []timex.Match
	for _, m := range st.dates {
		if m.Date.IsZero() || m.Future || (m.Kind == timex.KindSince && !sinceOK[pred]) {
			continue
		}
		only = append(only, m)
		k := st.tokenAt(m.Start)
		if k < 0 || st.clause[k] != st.clause[i] || k-i > 15 || i-k > 15 {
			continue
		}
		dist := pos - m.Start
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = m.Date.String(), dist
		}
	}
	if best != "" {
		if leadOK[pred] && !d.doc.Date.IsZero() && st.s.Start != st.s.End && d.presentVerb(st, i) {
			// a present-tense event ("الذي يزور قطر") is not dated by a
			// past expression elsewhere in its clause
			if t, err := timex.ParseDate(best); err == nil && t.Time().Before(d.doc.Date.AddDate(0, 0, -7)) {
				return d.doc.Date.Format("2006-01-02")
			}
		}
		return best
	}
	if len(only) == 1 {
		return only[0].Date.String()
	}
	if len(st.dates) == 0 && leadOK[pred] && d.leadDate != "" {
		return d.leadDate
	}
	if len(st.dates) == 0 && leadOK[pred] && !d.doc.Date.IsZero() && st.s.Start != st.s.End {
		// a present-tense event verb reports what happens on the article's
		// day: "ويشارك كيري ولافروف في اجتماع…"
		if b := st.toks[i].Bare; (strings.HasPrefix(b, "ي") || strings.HasPrefix(b, "ت")) && d.presentVerb(st, i) {
			return d.doc.Date.Format("2006-01-02")
		}
	}
	return ""
}

// presentVerb reports whether the trigger at token i is a verb in the
// present tense (its lexicon form starts with ي or ت and the past form is
// listed too).
func (d *docState) presentVerb(st *sentState, i int) bool {
	for _, f := range st.forms(d, i) {
		for _, tr := range d.lex.triggers[f] {
			if !tr.verb {
				continue
			}
			if strings.HasPrefix(f, "ي") {
				return true
			}
			// تزور is present when يزور is listed too; توصل (past) has no يوصل
			if rest, ok := strings.CutPrefix(f, "ت"); ok && d.lex.triggers["ي"+rest] != nil {
				return true
			}
		}
	}
	return false
}

// tokenAt returns the index of the token starting at byte offset off.
func (st *sentState) tokenAt(off int) int {
	for k, t := range st.toks {
		if t.Start <= off && off < t.End {
			return k
		}
	}
	return -1
}
