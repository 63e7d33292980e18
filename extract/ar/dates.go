package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
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

// factDate returns the date of a fact whose trigger stands at token i,
// by the clause structure: a background event (محادثات سابقة، كان قد…)
// has none; else the nearest time expression of the trigger's own clause;
// else that of the clause reporting it (a speech verb's: "قال أمس إن…");
// else the sentence's only time expression unless it belongs to a
// relative clause of its own; else, for events of the article's day, the
// lead's date or, for a present-tense verb, the article's date (not for a
// description: "أول رئيس يزور كينيا").
func (d *docState) factDate(st *sentState, i int, pred string) string {
	if st.syn.ModAt(i)&syntax.Background != 0 || d.previously(st, i) {
		return "" // "محادثات سابقة"، "التقى سابقا": a past event the text does not date
	}
	var only []timex.Match
	for _, m := range st.dates {
		if m.Date.IsZero() || m.Future || (m.Kind == timex.KindSince && !sinceOK[pred]) {
			continue
		}
		if k := st.tokenAt(m.Start); k >= 0 && st.syn.ClauseAt(k).Kind == syntax.Relative && !st.within(i, st.clause[k]) {
			continue // "الاتفاق الذي وقع في يوليو": the relative clause's own date
		}
		if !sinceOK[pred] && d.sinceNoun(st, st.tokenAt(m.Start)) {
			continue // "منذ توليه الحكم في يناير": where a period starts (sincedates.go)
		}
		only = append(only, m)
	}
	for c := st.clause[i]; c >= 0; c = st.syn.Clauses[c].Parent {
		if best := d.clauseDate(st, i, c, only); best != "" {
			if c != st.clause[i] {
				// "قال اليوم إن سليماني زار روسيا… وأضاف أن الزيارة جرت في
				// يوليو": the event's own date, not the report's
				if own := d.sameEventDate(st, i, pred); own != "" {
					return own
				}
			}
			if c == st.clause[i] {
				// a present-tense event ("الذي يزور قطر") is not dated by
				// a past expression elsewhere in its clause
				return d.presentDate(st, i, pred, best)
			}
			return best
		}
		if k := st.syn.Clauses[c].Kind; k != syntax.Complement && k != syntax.Quote {
			break
		}
	}
	if back := d.anaphoricDate(st, i); back != "" {
		return back // "وخلال هذه القمة تعهد…": the summit's date
	}
	if len(only) > 1 && sameDay(only) {
		only = only[:1] // "يوم الخميس 14/10/1436هـ الموافق 30/7/2015م": one date
	}
	if len(only) == 1 && !d.otherClauseDate(st, i, only[0]) {
		// "ويزور البارزاني واشنطن في وقت يثير فيه مشروع أقر الشهر الماضي…"
		return d.presentDate(st, i, pred, only[0].Date.String())
	}
	if len(only) > 0 || !(leadOK[pred] || st.idx < 0 && headlineOK[pred]) || st.syn.Described(i) || d.pluperfect(st, i) || d.stateNoun(st, i, pred) {
		return ""
	}
	if st.idx < 0 {
		return d.headDate // headline.go: the headline tells the lead's event
	}
	if v := d.visitBeforeDate(st, pred); v != "" {
		return v // eventdates.go: a meeting during the visit just told
	}
	if d.leadDate != "" {
		return d.leadDate
	}
	if !d.doc.Date.IsZero() && st.s.Start != st.s.End {
		// a present-tense event verb reports what happens on the article's
		// day: "ويشارك كيري ولافروف في اجتماع…"
		if b := st.toks[i].Bare; (strings.HasPrefix(b, "ي") || strings.HasPrefix(b, "ت")) && d.presentVerb(st, i) {
			return d.doc.Date.Format("2006-01-02")
		}
	}
	return ""
}

// sameDay reports whether every time expression of ms names the same
// date.
func sameDay(ms []timex.Match) bool {
	for _, m := range ms[1:] {
		if m.Date != ms[0].Date {
			return false
		}
	}
	return true
}

// otherClauseDate reports whether a time expression stands in a
// subordinate clause that neither holds token i nor reports it ("بعد
// ثلاثة أيام من حريق…"): it dates another event.
func (d *docState) otherClauseDate(st *sentState, i int, m timex.Match) bool {
	k := st.tokenAt(m.Start)
	if k < 0 {
		return false
	}
	c := st.clause[k]
	if st.syn.Clauses[c].Kind != syntax.Sub {
		return false
	}
	if d.whenClause(st, c) && d.clauseHolds(st, st.syn.Clauses[c].Parent, i) {
		return false // "زار كينيا عندما كان عضوا… في 2006": the same time
	}
	for q := st.clause[i]; q >= 0; q = st.syn.Clauses[q].Parent {
		if q == c {
			return false
		}
	}
	return true
}

// clauseDate returns the time expression of clause c nearest to token i
// (within 15 tokens), among ms.
func (d *docState) clauseDate(st *sentState, i, c int, ms []timex.Match) string {
	best, bestDist := "", 1<<30
	pos := st.toks[i].Start
	for _, m := range ms {
		k := st.tokenAt(m.Start)
		if k < 0 || abs(k-i) > 15 {
			continue
		}
		if ck := st.clause[k]; ck != c && !(d.whenClause(st, ck) && st.syn.Clauses[ck].Parent == c) {
			continue
		}
		if dist := abs(pos - m.Start); dist < bestDist {
			best, bestDist = m.Date.String(), dist
		}
	}
	return best
}

// stateNoun reports whether every trigger of pred at token i is a noun of
// relation ("وروسيا واحدة من أربعة رعاة…"): it states a lasting role, not
// an event of the article's day.
func (d *docState) stateNoun(st *sentState, i int, pred string) bool {
	seen := false
	for _, f := range st.forms(d, i) {
		for _, tr := range d.lex.triggers[f] {
			if tr.pred != pred {
				continue
			}
			if tr.cx != cxRelNoun {
				return false
			}
			seen = true
		}
	}
	return seen
}

// pluperfect reports whether the verb at token i follows كان قد / كانت
// قد (had done): a background event the lead's date does not date.
func (d *docState) pluperfect(st *sentState, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if n := st.toks[k].Norm; n == "قد" || n == "وقد" {
			for q := k - 1; q >= 0 && q >= k-3; q-- {
				if b := st.toks[q].Bare; b == "كان" || b == "كانت" || b == "كانوا" {
					return true
				}
			}
		}
	}
	return false
}

// speechDates remembers, per sentence, the date of a statement a named
// speaker made ("وقالت حماس في بيان أصدرته أمس…"), for the stances the
// same speaker takes in the sentences after it in the paragraph.
type speechDate struct {
	keys []string
	date string
	para int
}

// noteSpeechDate records the date of the clause of a speech verb at token
// i whose speaker is named.
func (d *docState) noteSpeechDate(st *sentState, i int, speaker []string) {
	date := d.clauseDate(st, i, st.clause[i], st.dates)
	if date == "" {
		return
	}
	d.spoke = speechDate{keys: speaker, date: date, para: d.paragraph(st)}
}

// statedDate returns the date a fact of a stance predicate takes from the
// same speaker's dated statement earlier in the paragraph, or "".
func (d *docState) statedDate(st *sentState, pred, subj string) string {
	if !stancePreds[pred] && pred != extract.Accuses {
		return ""
	}
	if d.spoke.date == "" || d.spoke.para != d.paragraph(st) || !contains(d.spoke.keys, subj) {
		return ""
	}
	return d.spoke.date
}

// paragraph returns the index of the paragraph a sentence stands in.
func (d *docState) paragraph(st *sentState) int {
	if st.s.Start == st.s.End {
		return -1
	}
	return strings.Count(d.doc.Text[:st.s.Start], "\n\n") + strings.Count(d.doc.Text[:st.s.Start], "\r\n\r\n")
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
