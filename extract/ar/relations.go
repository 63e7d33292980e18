package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// clauses splits a sentence into clauses at boundary words and after
// speech verbs' complementisers, and records each clause's speaker.
func (d *docState) clauses(st *sentState) {
	st.clause = make([]int, len(st.toks))
	c := 0
	lastSpeech := -10
	claim := false
	var speaker []string
	named := false  // the speaker is named in the sentence
	quoted := false // a quotation opened since the last speech verb
	for i, t := range st.toks {
		switch {
		case d.lex.in("boundary", t.Norm) || (t.Prefix != "" && d.lex.in("boundary", t.Bare)):
			c++
		case isQuote(t.Norm):
			quoted = true
		case d.lex.in("complementizer", t.Norm) && (i-lastSpeech <= 8 || (i-lastSpeech <= 14 && !quoted)):
			// a long subject ("تقول واشنطن وحليفتها … إنه") may stand
			// between; a quotation opened after the verb is its speech
			c++
			if len(speaker) > 0 {
				st.speaker[c] = speaker
				st.claim[c] = claim
				if named {
					st.named[c] = true
				}
			}
			lastSpeech = -10
		}
		st.clause[i] = c
		if d.isSpeech(st, i) {
			lastSpeech, quoted = i, false
			claim = false
			for _, f := range st.forms(d, i) {
				claim = claim || d.lex.in("claim", f)
			}
			speaker, named = nil, true
			st.clause[i] = c
			if subj, _ := d.vsoSubject(st, i, i+1, true); len(subj) > 0 {
				speaker = subj
			} else if subj := d.svoSubject(st, i, c); len(subj) > 0 && !d.joinedAfterComma(st, i) {
				speaker = subj
			} else if i <= 2 || d.clauseStartsAt(st, i) {
				// "وأضاف:" continues the last speaker's speech: the
				// speaker is as good as named
				speaker, named = d.lastSubj, false
				if d.continuesSpeech(st, i) && len(d.lastSpeaker) > 0 {
					speaker, named = d.lastSpeaker, true
				}
			}
			if named && len(speaker) > 0 {
				d.lastSpeaker = speaker
			}
			if len(speaker) > 0 {
				d.lastSubj = speaker
			}
		}
	}
}

// continuesSpeech reports whether token i is a verb that goes on with the
// last speaker's words ("وأضاف", "وتابع").
func (d *docState) continuesSpeech(st *sentState, i int) bool {
	for _, f := range st.forms(d, i) {
		if d.lex.in("continuation", f) {
			return true
		}
	}
	return false
}

func (d *docState) isSpeech(st *sentState, i int) bool {
	for _, f := range st.forms(d, i) {
		if d.lex.in("speech", f) {
			return true
		}
	}
	return false
}

// clauseStartsAt reports whether token i is the first word of its clause.
func (d *docState) clauseStartsAt(st *sentState, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if st.clause != nil && k < len(st.clause) && st.clause[k] != st.clause[i] {
			return true
		}
		if n := st.toks[k].Norm; n == "،" || n == "," {
			return true
		}
		if st.toks[k].IsWord() && !d.lex.in("adverb", st.toks[k].Bare) {
			return false
		}
	}
	return true
}

// matchTrigger finds the longest relation phrase at token i.
func (d *docState) matchTrigger(st *sentState, i int) (*trigger, int, string) {
	t := st.toks[i]
	if !t.IsArabic() {
		return nil, i, ""
	}
	var best *trigger
	bestEnd, bestPrefix := i, ""
	forms := st.forms(d, i)
	for fi, f := range forms {
		for _, tr := range d.lex.triggers[f] {
			sameEnd := i+len(tr.toks) == bestEnd && best != nil && (best.objType == "event") != (tr.objType == "event")
			if !tr.wildcard && ((i+len(tr.toks) <= bestEnd && !sameEnd) || i+len(tr.toks) > len(st.toks)) {
				continue
			}
			end, ok := d.matchSeq(st, i+1, tr.toks[1:])
			if ok && end == bestEnd && best != nil && (best.objType == "event") != (tr.objType == "event") &&
				d.eventNext(st, end) == (tr.objType == "event") {
				best = tr // "الراعية لعملية السلام": the reading whose object fits
				continue
			}
			if ok && end > bestEnd {
				best, bestEnd = tr, end
				bestPrefix = ""
				if fi > 0 {
					bestPrefix = strings.TrimSuffix(t.Norm, f)
				}
			}
		}
	}
	if best == nil {
		for _, f := range d.suffixForms(t) {
			for _, tr := range d.lex.triggers[f] {
				if len(tr.toks) == 1 && !tr.verb {
					return tr, i + 1, t.Prefix
				}
			}
		}
	}
	return best, bestEnd, bestPrefix
}

// eventNext reports whether the first mention in the clause within six
// tokens after token j is an event or agreement.
func (d *docState) eventNext(st *sentState, j int) bool {
	for k := j; k < len(st.toks) && k < j+6; k++ {
		if st.clause != nil && j > 0 && st.clause[k] != st.clause[j-1] {
			return false
		}
		if m := st.mentionAt(k); m != nil && !m.adj {
			return m.typ == extract.Event || m.typ == extract.Agreement
		}
	}
	return false
}

// matchSeq matches phrase words from token k; "*" matches up to 12 tokens
// of the same clause. It returns the token after the match.
func (d *docState) matchSeq(st *sentState, k int, words []string) (int, bool) {
	if len(words) == 0 {
		return k, true
	}
	if words[0] == "*" {
		for n := 0; n <= 12 && k+n <= len(st.toks); n++ {
			if n > 0 && st.clause[k+n-1] != st.clause[k-1] {
				break
			}
			if e, ok := d.matchSeq(st, k+n, words[1:]); ok {
				return e, true
			}
		}
		return k, false
	}
	if k >= len(st.toks) || !d.tokenIs(st.toks[k], words[0]) {
		return k, false
	}
	return d.matchSeq(st, k+1, words[1:])
}

func (d *docState) tokenIs(t text.Token, w string) bool {
	if t.Norm == w || t.Bare == w {
		return true
	}
	for _, f := range d.suffixForms(t) {
		if f == w {
			return true
		}
	}
	return false
}

// stancePreds are the predicates of lasting stances, which a pledge or a
// will to continue ("stance" words) states rather than plans.
var stancePreds = map[string]bool{extract.Supports: true, extract.Opposes: true, extract.AllyOf: true}

// blocked reports whether the clause of a trigger is negated, future,
// planned or conditional.
func (d *docState) blocked(st *sentState, i int, tr *trigger, prefix string) bool {
	c := st.clause[i]
	if tr.passive {
		// an attributive participle describes its noun now, whatever the
		// clause plans: "يزور وفد من المعارضة المدعومة من الغرب…"
		return i > 0 && (st.toks[i-1].Norm == "غير" || d.lex.in("negation", st.toks[i-1].Norm))
	}
	// a pledge to support or a will to go on opposing states a stance now:
	// "تعهد بدعم X", "سنواصل دعم X"
	stance := func(t text.Token) bool {
		return stancePreds[tr.pred] && !tr.inv && (d.lex.in("stance", t.Norm) || d.lex.in("stance", t.Bare))
	}
	for k := i - 1; k >= 0 && st.clause[k] == c; k-- {
		t := st.toks[k]
		if i-k <= 3 && (d.lex.in("negation", t.Norm) || d.lex.in("negation", t.Bare)) &&
			!(k+1 < len(st.toks) && st.toks[k+1].Norm == "سيما") {
			return true
		}
		if i-k <= 8 && (d.lex.in("future", t.Norm) || d.lex.in("future", t.Bare) || d.lex.in("conditional", t.Bare) || d.lex.in("purpose", t.Norm)) && !stance(t) {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-4 && st.clause[k] == c; k-- {
		if d.futureVerb(st, k) && !stance(st.toks[k]) {
			return true
		}
		if !tr.verb && (st.toks[k].Norm == "بشان" || st.toks[k].Norm == "حول") {
			return true // a topic of talks, not an act: "بشأن سوريا ومحاربة الجهاديين"
		}
	}
	if !tr.verb && (tr.pred == extract.Met || tr.pred == extract.Visited || tr.pred == extract.ParticipatedIn) {
		for k := i + 1; k < len(st.toks) && k <= i+14 && st.clause[k] == c; k++ {
			if d.futureVerb(st, k) {
				return true // "اجتماع كيري مع لافروف … سيركز على": a planned meeting
			}
		}
	}
	if tr.verb && len(tr.toks) == 1 && i > 0 && st.toks[i].Prefix == "" && d.lex.in("preposition", st.toks[i-1].Norm) {
		// a verb form after a preposition is a verbal noun whose agent is
		// unsaid: "يحذر الكونجرس من رفض الاتفاق"
		return true
	}
	if tr.inv {
		// "اتهمت واشنطن موسكو بدعم…": the alleged support is no fact
		for k := i - 1; k >= 0 && st.clause[k] == c; k-- {
			for _, f := range st.forms(d, k) {
				for _, t2 := range d.lex.triggers[f] {
					if t2.pred == extract.Accuses {
						return true
					}
				}
			}
		}
	}
	if strings.Contains(prefix, "ل") {
		switch tr.pred {
		case extract.Met, extract.Visited, extract.ParticipatedIn, extract.Attacked, extract.Gave, extract.CooperatesWith, extract.EasedRestrictionsOn, extract.Supports:
			return true
		}
	}
	if tr.verb && strings.HasPrefix(st.toks[i].Norm, "س") && !strings.HasPrefix(tr.toks[0], "س") {
		return true
	}
	// subjunctive: "أن يلتقي" (to meet), not a reported meeting
	if tr.verb && i > 0 && (st.toks[i-1].Norm == "ان" || st.toks[i-1].Norm == "لان" || st.toks[i-1].Norm == "بان") {
		if n := st.toks[i].Bare; strings.HasPrefix(n, "ي") || strings.HasPrefix(n, "ت") {
			return true
		}
	}
	return false
}

// relations applies the relation lexicon to one sentence.
func (d *docState) relations(st *sentState) {
	for i := 0; i < len(st.toks); {
		d.narrativeSubject(st, i)
		tr, j, prefix := d.matchTrigger(st, i)
		if tr == nil {
			i++
			continue
		}
		if st.used[i] {
			i++
			continue
		}
		if !d.blocked(st, i, tr, prefix) && d.needOK(st, i, j, tr) {
			d.apply(st, i, j, tr)
		}
		if tr.wildcard {
			// the words after the gap belong to this trigger
			tail := 0
			for k := len(tr.toks) - 1; k >= 0 && tr.toks[k] != "*"; k-- {
				tail++
			}
			for k := j - tail; k < j; k++ {
				st.used[k] = true
			}
			j = i + 1
		}
		i = j
	}
}

func (d *docState) needOK(st *sentState, i, j int, tr *trigger) bool {
	if len(tr.need) == 0 {
		return true
	}
	c := st.clause[i]
	for k := j; k < len(st.toks) && k < j+6 && st.clause[k] == c; k++ {
		for _, w := range tr.need {
			if d.tokenIs(st.toks[k], w) {
				return true
			}
			for _, f := range st.forms(d, k) {
				if f == w {
					return true
				}
			}
		}
	}
	return false
}

// apply finds the arguments of one trigger and records its facts.
func (d *docState) apply(st *sentState, i, j int, tr *trigger) {
	c := st.clause[i]
	last := tr.toks[len(tr.toks)-1]
	endsInPrep := len(tr.toks) > 1 && d.lex.in("preposition", last)
	vsoFrom := j
	if tr.wildcard {
		vsoFrom = i + 1
	}

	// subject
	var subj []string
	explicit := true
	after := j
	if tr.gapObj {
		// "X صنفت Y منظمة إرهابية": with the subject before the verb the
		// gap holds only the object (a VSO subject moves this past itself)
		after = i + 1
	}
	if tr.passive {
		// "المعارضة السورية المدعومة من الغرب": the named actor before the
		// participle is the object, the one after it the subject
		var obj string
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if m := st.mentionAt(k); m != nil {
				obj = d.actor(st, m)
				break
			}
		}
		subj, _ := d.objectsAfter(st, j, c, "actor", nil)
		if obj == "" || len(subj) == 0 {
			return
		}
		for _, s := range subj {
			d.fact(st, tr, i, s, obj, d.factDate(st, i, tr.pred))
		}
		return
	}
	if tr.agent {
		m := st.mentionAt(j)
		if m == nil || m.s != j || d.actor(st, m) == "" {
			return
		}
		s, e := d.group(st, m, "actor")
		obj, _ := d.objectsAfter(st, e, c, "actor", s)
		for _, a := range s {
			for _, o := range obj {
				d.fact(st, tr, i, a, o, d.factDate(st, i, tr.pred))
			}
		}
		return
	}
	if tr.pred == extract.AllyOf {
		// "سوريا حليفة روسيا", "الولايات المتحدة وحليفتها السعودية"
		if m := st.mentionAt(i - 1); m != nil && d.actor(st, m) != "" {
			subj = []string{d.actor(st, m)}
			if o := st.mentionAt(j); o != nil && o.s == j && d.actor(st, o) != "" {
				d.fact(st, tr, i, subj[0], d.actor(st, o), "")
				return
			}
		}
	}
	if d.objectRelative(st, i, j, tr) || tr.objRel {
		return // a resumptive verb form outside such a clause: no reading
	}
	if tr.mutual {
		d.mutualFacts(st, i, j, c, tr)
		return
	}
	if tr.pred == extract.MemberOf && !tr.verb && len(subj) == 0 && i > 0 {
		// apposition "خالد مشعل عضو حركة حماس": the actor right before
		// the noun is the member, not the clause's subject
		if m := st.mentionAt(i - 1); m != nil && m.e == i && !m.adj && m.typ == extract.Person {
			// the organisation must follow at once: "عضو اللجنة
			// التنظيمية لدول المجلس" is a member of the committee
			k := j
			if k < len(st.toks) && (st.toks[k].Norm == "في" || st.toks[k].Norm == "ب") {
				k++
			}
			o := st.mentionAt(k)
			if o == nil || o.s != k || o.adj {
				return
			}
			subj = []string{m.key}
		}
	}
	if k := d.relativeBefore(st, i); k >= 0 {
		subj = d.groupEndingAt(st, k, "actor")
		if len(subj) == 0 && k > 0 && (st.toks[k-1].Norm == "،" || st.toks[k-1].Norm == ",") {
			subj = d.groupEndingAt(st, k-1, "actor")
		}
	}
	if len(subj) == 0 && tr.verb && !tr.needSubj && st.named[c] && d.afterPronounComplementizer(st, i) {
		if sp, ok := st.speaker[c]; ok {
			subj, explicit = sp, false // "قالت إيران إنها دعمت…"
		}
	}
	vso := func() {
		if len(subj) > 0 || (endsInPrep && !tr.wildcard) || tr.inv {
			return
		}
		if s, e := d.vsoSubject(st, i, vsoFrom, tr.verb); len(s) > 0 {
			if tr.verb || d.hasObjectAfter(st, e, tr) {
				subj = s
				if !tr.wildcard || tr.gapObj {
					after = e
				}
			}
		}
	}
	p := st.toks[i].Prefix
	conjVerb := tr.verb && (p == "و" || p == "ف") && i > 0
	if tr.verb && (d.clauseStartsAt(st, i) || conjVerb) && !d.agreesPlural(st, i) {
		vso()
	}
	if len(subj) == 0 && !tr.verb && !tr.possessive && strings.Contains(st.toks[i].Prefix, "ل") {
		subj = d.firstSubject(st, i, c) // "تحاول روسيا … لمحاربة داعش": the main subject
	}
	if len(subj) == 0 && !tr.possessive && !conjVerb {
		subj = d.svoSubject(st, i, c)
	}
	vso()
	if len(subj) == 0 && tr.possessive {
		explicit = false
		if s := d.nearestActor(st, i); s != "" {
			subj = []string{s} // the pronoun's referent: "حماس لرفضها"
		} else if sp, ok := st.speaker[c]; ok {
			subj = sp
		} else if s := d.laterSubject(st, j); len(s) > 0 {
			subj = s // "بعد لقائه مع X شارك Y": the main clause's subject
		} else {
			subj = d.lastSubj
		}
	}
	if len(subj) == 0 && tr.verb && !tr.needSubj {
		explicit = false
		if sp, ok := st.speaker[c]; ok && d.clauseStartsAt(st, i) {
			subj = sp
		} else if p == "و" || p == "ف" {
			subj = d.lastSubj
		}
	}
	if tr.adjSubj {
		// "تسليم إيران مضادات روسية": the recipient, then the item with
		// the supplier's adjective; or "وافقت X على بيع صواريخ للسعودية":
		// the clause's subject sells to the ل-marked recipient
		clauseSubj := subj
		subj, after = nil, j
		seenObj := false
		for k := j; k < len(st.toks) && k < j+8 && st.clause[k] == c; k++ {
			m := st.mentionAt(k)
			if m == nil || m.s != k {
				continue
			}
			if !seenObj && !m.adj {
				seenObj = true
				k = m.e - 1
				continue
			}
			if m.typ == extract.Country && seenObj && m.prefix == "" && st.toks[k].Prefix == "" {
				subj = []string{m.key}
				break
			}
		}
		if len(subj) == 0 && len(clauseSubj) > 0 && explicit {
			for k := j; k < len(st.toks) && k < j+8 && st.clause[k] == c; k++ {
				m := st.mentionAt(k)
				if m == nil || m.s != k || !strings.HasPrefix(strings.TrimPrefix(m.prefix, "و"), "ل") {
					continue
				}
				if r := d.actor(st, m); r != "" {
					for _, s := range clauseSubj {
						d.fact(st, tr, i, s, r, d.factDate(st, i, tr.pred))
					}
				}
				return
			}
		}
	}
	if tr.threat {
		sp, ok := st.speaker[c]
		if !ok {
			return
		}
		obj := d.svoSubject(st, i, c)
		for _, s := range sp {
			for _, o := range obj {
				d.fact(st, tr, i, s, o, d.factDate(st, i, tr.pred))
			}
		}
		return
	}

	if tr.speakerSub {
		// "تقول واشنطن إنه يتعين رحيل الأسد": the speaker is the subject
		sp, ok := st.speaker[c]
		if !ok {
			return
		}
		obj, _ := d.objectsAfterN(st, j, c, "actor", sp, 1)
		for _, s := range sp {
			for _, o := range obj {
				d.fact(st, tr, i, s, o, d.factDate(st, i, tr.pred))
			}
		}
		return
	}

	// object
	var obj []string
	pairObj := false
	switch {
	case tr.objPron:
		if p := d.previousPerson(st, i, subj); p != "" {
			obj = []string{p}
		}
	case tr.inv:
		obj = subj
		subj, _ = d.objectsAfter(st, j, c, "actor", nil)
	case tr.objType == "event":
		if len(subj) > 0 {
			subj = append(subj, d.alongside(st, c, subj)...)
		}
		for _, m := range d.eventsAfter(st, after, c) {
			date := d.dateNear(st, m)
			if date == "" {
				date = d.factDate(st, i, tr.pred)
			}
			for _, s := range subj {
				d.fact(st, tr, i, s, m.key, date)
			}
		}
		if explicit && len(subj) > 0 {
			d.lastSubj = subj
		}
		return
	default:
		maxContent := 2
		if tr.verb && (tr.pred == extract.Supports || tr.pred == extract.Opposes || tr.pred == extract.Accuses) {
			maxContent = 1 // "تدعم الحل السياسي في اليمن": the object is the solution
		}
		obj, pairObj = d.objectsAfterN(st, after, c, tr.objType, subj, maxContent)
		if !tr.verb && tr.pred == extract.Met && len(obj) > 0 && !d.withBefore(st, after, obj) {
			obj, pairObj = nil, false // "اجتماع لرابطة…" is a meeting of, not with
		}
	}
	if tr.adjSubj && len(obj) > 0 && len(subj) > 0 {
		// the recipient is named before the item: "تسليم إيران مضادات روسية"
		obj = obj[:1]
	}
	if explicit && len(subj) > 0 && !tr.adjSubj {
		d.lastSubj = subj
	}
	date := d.factDate(st, i, tr.pred)
	if len(obj) == 0 && tr.pair && !pairObj {
		if tr.pred == extract.Met && i > 0 && (st.toks[i-1].Norm == "خلال" || st.toks[i].Prefix != "") {
			return // attending a meeting ("اتفقت خلال اجتماع") is not meeting each other
		}
		if len(subj) > 4 {
			return
		}
		for a := 0; a < len(subj); a++ {
			for b := a + 1; b < len(subj); b++ {
				d.fact(st, tr, i, subj[a], subj[b], date)
			}
		}
		return
	}
	if pairObj && len(subj) == 0 {
		for a := 0; a < len(obj); a++ {
			for b := a + 1; b < len(obj); b++ {
				d.fact(st, tr, i, obj[a], obj[b], date)
			}
		}
		return
	}
	for _, s := range subj {
		for _, o := range obj {
			d.fact(st, tr, i, s, o, date)
		}
	}
	if tr.pred == extract.Met && len(obj) > 0 && !st.claim[c] && !d.phoneCall(st, i, c) {
		d.meetingPlace(st, i, c, subj, date)
	}
}

// fact records one relation found by a trigger. In a clause that reports
// a disputed claim ("زعم X أن Y قصف Z") it records only that X accuses Y.
func (d *docState) fact(st *sentState, tr *trigger, i int, s, o, date string) {
	if s == "" || o == "" || s == o || !isActorType(d.typeOf(s)) {
		return
	}
	if c := st.clause[i]; st.claim[c] {
		for _, sp := range st.speaker[c] {
			if sp != s && isActorType(d.typeOf(sp)) {
				d.addFact(extract.Fact{
					Subject: sp, Predicate: extract.Accuses, Object: s,
					Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/disputed-claim",
				})
			}
		}
		return
	}
	d.addFact(extract.Fact{
		Subject: s, Predicate: tr.pred, Object: o, Date: date,
		Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: tr.rule,
	})
}

// futureVerb reports whether token k is a verb in the future (سـ + a
// present-tense verb: سيلتقي، ستعقد، سنواصل).
func (d *docState) futureVerb(st *sentState, k int) bool {
	t := st.toks[k]
	if st.mentionAt(k) != nil || !t.IsArabic() {
		return false
	}
	n := t.Norm
	if t.Prefix == "و" || t.Prefix == "ف" {
		n = t.Bare
	}
	if !strings.HasPrefix(n, "س") || d.lex.in("notfuture", n) {
		return false
	}
	rest := strings.TrimPrefix(n, "س")
	if !(strings.HasPrefix(rest, "ي") || strings.HasPrefix(rest, "ت") || strings.HasPrefix(rest, "ن")) {
		return false
	}
	return len([]rune(rest)) >= 4
}

// narrativeSubject notes "وتوجه بوتين": a verb with و/ف and the actor
// right after it carry the narrative, so a later verb without a subject
// takes that actor. Dual and plural verbs (واتهمتا) have pronoun subjects.
func (d *docState) narrativeSubject(st *sentState, i int) {
	t := st.toks[i]
	if (t.Prefix != "و" && t.Prefix != "ف") || st.mentionAt(i) != nil || len(t.Bare) < 6 ||
		d.lex.in("preposition", t.Bare) || d.lex.in("filler", t.Bare) || d.lex.in("adverb", t.Bare) ||
		strings.HasSuffix(t.Bare, "تا") || strings.HasSuffix(t.Bare, "وا") {
		return
	}
	if m := st.mentionAt(i + 1); m != nil && m.s == i+1 && !m.adj && isActorType(m.typ) && m.prefix == "" {
		keys, _ := d.group(st, m, "actor")
		d.lastSubj = keys
	}
}

// pronounComplementizers carry the subject of their clause as a pronoun
// ("قالت إيران إنها دعمت…": she = Iran).
var pronounComplementizers = map[string]bool{}

func init() {
	for _, w := range strings.Fields(text.Normalize("إنه أنه بأنه إنها أنها بأنها إنهم أنهم بأنهم إنهما أنهما إننا أننا بأننا")) {
		pronounComplementizers[w] = true
	}
}

// afterPronounComplementizer reports whether the verb at token i follows a
// complementiser with a pronoun, with at most adverbs and stance verbs
// ("أنها ستواصل دعم…") between: its subject is then the clause's speaker.
func (d *docState) afterPronounComplementizer(st *sentState, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := st.toks[k]
		if pronounComplementizers[t.Norm] {
			return true
		}
		if !d.lex.in("adverb", t.Bare) && !d.lex.in("stance", t.Norm) && !d.lex.in("stance", t.Bare) {
			return false
		}
	}
	return false
}

// joinedAfterComma reports whether the verb at token i carries و or ف and
// follows a comma ("…بيد داعش، وأضاف"): it continues the narrative, so the
// last actor of the clause before the comma is not its subject.
func (d *docState) joinedAfterComma(st *sentState, i int) bool {
	t := st.toks[i]
	if i == 0 || (t.Prefix != "و" && t.Prefix != "ف") {
		return false
	}
	p := st.toks[i-1].Norm
	return p == "،" || p == ","
}

// isQuote reports whether a token is a quotation mark.
func isQuote(norm string) bool {
	switch norm {
	case "\"", "«", "»", "“", "”", "'":
		return true
	}
	return false
}

var normIla = text.Normalize("إلى")

// alongside returns the actors named after "إلى جانب" in clause c ("روسيا
// واحدة من رعاة العملية إلى جانب الولايات المتحدة والأمم المتحدة"): they
// share the clause subject's part in an event. Keys already in subj are
// left out.
func (d *docState) alongside(st *sentState, c int, subj []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range subj {
		seen[s] = true
	}
	for k := 1; k+1 < len(st.toks); k++ {
		if st.clause[k] != c || st.toks[k].Norm != "جانب" || !d.tokenIs(st.toks[k-1], normIla) {
			continue
		}
		m := st.mentionAt(k + 1)
		if m == nil || m.s != k+1 || d.actor(st, m) == "" {
			continue
		}
		keys, _ := d.group(st, m, "actor")
		for _, key := range keys {
			if !seen[key] {
				seen[key] = true
				out = append(out, key)
			}
		}
	}
	return out
}

// objectRelative reads a relative clause whose verb carries a resumptive
// object pronoun ("قطاع غزة الذي تديره حماس", "المدينة التي يسيطر عليها
// داعش"): the actor named after the verb is the subject and the antecedent
// before the relative pronoun is the object. It reports whether it applied.
func (d *docState) objectRelative(st *sentState, i, j int, tr *trigger) bool {
	if !tr.verb || tr.inv || tr.passive || tr.objType == "event" || j <= i ||
		(tr.wildcard && j-i != len(tr.toks)-1) { // a gap must be empty
		return false
	}
	k := d.relativeBefore(st, i)
	if k < 0 {
		return false
	}
	last, lastWord := st.toks[j-1], tr.toks[len(tr.toks)-1]
	resumptive := tr.objRel || d.lex.in("pronoun-object", lastWord) ||
		(last.Norm != lastWord && last.Bare != lastWord && writtenPossessive(last))
	s := j
	if !resumptive && s < len(st.toks) && d.lex.in("pronoun-object", st.toks[s].Norm) {
		resumptive, s = true, s+1
	}
	if !resumptive || s >= len(st.toks) {
		return false
	}
	m := st.mentionAt(s)
	if m == nil || m.s != s || m.adj || d.actor(st, m) == "" {
		return false
	}
	typ := tr.objType
	if typ == "" {
		typ = "actor"
	}
	obj := d.groupEndingAt(st, k, typ)
	if len(obj) == 0 {
		return false
	}
	subj, _ := d.group(st, m, "actor")
	date := d.factDate(st, i, tr.pred)
	for _, a := range subj {
		for _, o := range obj {
			d.fact(st, tr, i, a, o, date)
		}
	}
	return len(subj) > 0
}

// writtenPossessive reports whether a word, as written, ends in an attached
// pronoun (ه ها هم هما; not the feminine ة, which Normalize folds into ه)
// and so cannot carry the article.
func writtenPossessive(t text.Token) bool {
	if text.HasArticle(t.Bare) {
		return false
	}
	w := strings.TrimRight(t.Text, "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640")
	for _, p := range []string{"هما", "هم", "ها", "ه"} {
		if strings.HasSuffix(w, p) && len([]rune(w)) > len([]rune(p))+2 {
			return true
		}
	}
	return false
}

// mutualFacts reads "التهديدات المتبادلة بين إيران وأمريكا": the actors
// coordinated after بين (at most four) each act on every other.
func (d *docState) mutualFacts(st *sentState, i, j, c int, tr *trigger) {
	k := j
	for ; k < len(st.toks) && k <= j+1 && st.clause[k] == c; k++ {
		if st.toks[k].Norm == "بين" {
			break
		}
	}
	if k >= len(st.toks) || k > j+1 || st.toks[k].Norm != "بين" {
		return
	}
	m := st.mentionAt(k + 1)
	if m == nil || m.s != k+1 || d.actor(st, m) == "" {
		return
	}
	parties, _ := d.group(st, m, "actor")
	if len(parties) < 2 || len(parties) > 4 {
		return
	}
	date := d.factDate(st, i, tr.pred)
	for _, a := range parties {
		for _, b := range parties {
			if a != b {
				d.fact(st, tr, i, a, b, date)
			}
		}
	}
}
