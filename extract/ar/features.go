package ar

import (
	"strconv"
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
)

// how records how a construction found the arguments of the facts it is
// about to record, for their features.
type how struct {
	subj, obj     string // how the subject and object were found ("vso", "svo", "speaker", "prep:مع"…)
	subjAt, objAt int    // token of the subject and object mention, -1 when unknown
	implicit      bool   // the subject is not named in the sentence (a pronoun, the speaker, the last subject)
	topicDist     int    // for a subject taken from the discourse topic: sentences back to it
}

// record adds one fact that a trigger at tokens [i, j) states, with the
// features the fact scorer reads. In a clause that reports a disputed
// claim ("زعم X أن Y قصف Z") it records only that X accuses Y.
func (d *docState) record(st *sentState, tr *trigger, i, j int, s, o, date string) {
	if s == "" || o == "" || s == o || !isActorType(d.typeOf(s)) {
		return
	}
	if tr.pred == extract.Visited {
		if d.envoyDestination(st, d.how.objAt) {
			return // meet.go: "المبعوث الأممي إلى اليمن X": his brief, not his trip
		}
		o = d.visitPlace(o) // meet.go: "إلى مطار عدن" is a visit to Aden
		if d.visitorNamedAfter(st, j, s) {
			return // events9.go: "بعد الزيارة التي قام بها X": X made it, not the clause subject
		}
	}
	if tr.pred == extract.Visited && (d.typeOf(s) == extract.Country || d.visitsHome(s, o)) {
		return // a country does not travel, nor a leader to his own country
	}
	if tr.pred == extract.Met && !tr.verb && d.interview(st, d.how.objAt) {
		return // meet.go: "في لقاء مع قناة الجزيرة" is an interview
	}
	if tr.pred == extract.Controls && tr.rule == "ar/withdraw-from" && d.typeOf(o) == extract.Country {
		return // "انسحبت روسيا من سوريا": a country left, no town held (conflict3.go)
	}
	if tr.pred == extract.Attacked && d.attackBlocked(st, i, j, s) {
		return // words, or an attack stopped or unreal (conflict.go)
	}
	if d.opposedEvent(tr.pred, o) {
		return // "قاطع الائتلاف محادثات موسكو": no actor opposed
	}
	if d.stance9Blocked(st, tr, i, j, s, o, date) {
		return // stance9.go: an unreal or feared attack, another's act; a state's war recorded as attacked
	}
	if d.stance10Blocked(st, tr, i, j) {
		return // stance10.go: alongside, a title-opened subject, a participle of a joined noun
	}
	if d.stance4Blocked(st, tr, i, j, s, o) {
		return // stance4.go: a verbal attack by no person, support received
	}
	if c := st.clause[i]; st.claim[c] {
		for _, sp := range st.speaker[c] {
			if sp != s && isActorType(d.typeOf(sp)) {
				d.addFact(extract.Fact{
					Subject: sp, Predicate: extract.Accuses, Object: s,
					Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/disputed-claim",
					Features: append(d.features(st, tr, i, j, s, o), "claim=1"),
				})
			}
		}
		return
	}
	if date == "" {
		date = d.statedDate(st, tr.pred, s) // "وقالت حماس في بيان أمس… واتهمت إسرائيل…"
	}
	d.addFact(extract.Fact{
		Subject: s, Predicate: extract.Predicate(tr.pred), Object: o, Date: date,
		Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: tr.rule,
		Features: d.features(st, tr, i, j, s, o),
	})
}

// features describes a fact a trigger at [i, j) proposes: construction
// family, trigger phrase, how each argument was found, the argument types,
// the modality in scope, whether it stands in reported speech or a
// quotation, the distance to the farther argument, what lies between the
// trigger and its object, and where the sentence stands in the article.
func (d *docState) features(st *sentState, tr *trigger, i, j int, s, o string) []string {
	f := make([]string, 0, 14)
	f = append(f, "cx="+tr.cx, "trig="+tr.phrase, "pred="+tr.pred)
	if d.how.subj != "" {
		f = append(f, "subj="+d.how.subj)
	}
	if d.how.obj != "" {
		f = append(f, "obj="+d.how.obj)
	}
	f = append(f, "types="+d.typeOf(s)+"-"+d.typeOf(o))
	f = append(f, "mod="+strings.ReplaceAll(st.syn.ModAt(i).String(), "+", ","))
	q := "0"
	if st.syn.Reports(i) >= 0 {
		q = "1"
	}
	f = append(f, "quote="+q)
	if d.how.implicit {
		f = append(f, "implicit=1")
	}
	if d.how.subj == "topic" {
		f = append(f, "arg=topic", "tdist="+strconv.Itoa(d.how.topicDist))
	}
	f = append(f, d.discourseFeatures(st)...)
	si, oi := d.how.subjAt, d.how.objAt
	if si < 0 {
		si = st.posOf(s, i)
	}
	if oi < 0 {
		oi = st.posOf(o, j)
	}
	dist := 0
	for _, p := range []int{si, oi} {
		if p >= 0 {
			dist = max(dist, abs(p-i), abs(p-j))
		}
	}
	f = append(f, "dist="+strconv.Itoa(min(dist, 20)))
	f = append(f, "between="+st.between(j, oi))
	switch {
	case st.idx < 0:
		f = append(f, "pos=title")
	case st.idx < 3:
		f = append(f, "pos=lead")
	default:
		f = append(f, "pos=body")
	}
	return f
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// posOf returns the first token of the mention of key nearest to token
// near, or -1.
func (st *sentState) posOf(key string, near int) int {
	best := -1
	for _, m := range st.ments {
		if m.key == key && (best < 0 || abs(m.s-near) < abs(best-near)) {
			best = m.s
		}
	}
	return best
}

// between says what lies between token j and token k: "comma", "verb",
// "name" (another name), "none"; "na" when k is unknown or before j.
func (st *sentState) between(j, k int) string {
	if k < j {
		return "na"
	}
	out := "none"
	for q := j; q < k && q < len(st.toks); q++ {
		switch {
		case st.toks[q].Norm == "،" || st.toks[q].Norm == ",":
			return "comma"
		case st.syn.Class[q] == syntax.Verb:
			out = "verb"
		case out == "none" && st.mentionAt(q) != nil:
			out = "name"
		}
	}
	return out
}

// recordPairs records the trigger's fact at tokens [i, j) for every agent
// and object (record drops an agent paired with itself), dated by the
// trigger's clause.
func (d *docState) recordPairs(st *sentState, tr *trigger, i, j int, agents, obj []string) {
	date := d.factDate(st, i, tr.pred)
	for _, a := range agents {
		for _, o := range obj {
			d.record(st, tr, i, j, a, o, date)
		}
	}
}
