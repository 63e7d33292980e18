package ar

import "github.com/newskg/kg/extract/syntax"

// Meetings and visits: who met whom when the host receives a guest.

// partnerAfter reports whether the verb of a meeting whose subject ends
// at token e has a partner of its own after it: a mention the trigger's
// prepositions govern, or that follows directly when the trigger takes a
// direct object ("واستقبل الملك سلمان في الرياض الرئيس الفرنسي"، "والتقى
// ظريف على هامش الاجتماع نظيره الروسي"). A name governed by a locative
// preposition (في الرياض) is where, not whom, and is passed over.
func (d *docState) partnerAfter(st *sentState, e int, tr *trigger) bool {
	if e >= len(st.toks) {
		return false
	}
	c := st.clause[e]
	for k := e; k < len(st.toks) && k < e+12 && st.within(k, c); k++ {
		if st.embedded(k, c) {
			continue
		}
		if d.honorificAt(st, k, tr) {
			return true // meet.go: "مع سموه"
		}
		m := st.mentionAt(k)
		if m == nil || m.s != k || d.slotKey(st, m, tr.objType) == "" {
			continue
		}
		gov, _ := d.governor(st, m)
		switch {
		case gov == "":
			if tr.preps["-"] {
				return true
			}
		case tr.preps[gov]:
			return true
		case d.in("locative", gov):
			continue
		}
		return false
	}
	return false
}

// plannedEvent reports whether a meeting, visit or taking part at token i
// is a present-tense verb whose clause holds a time to come ("ويزور
// أردوغان الرياض الأسبوع المقبل"، "يصل أوباما إلى كينيا غدا"): a plan,
// not an event that took place.
func (d *docState) plannedEvent(st *sentState, i int, tr *trigger) bool {
	if !tr.verb || !leadOK[tr.pred] || !d.presentVerb(st, i) {
		return false
	}
	for _, m := range st.dates {
		if !m.Future {
			continue
		}
		if k := st.tokenAt(m.Start); k >= 0 && st.clause[k] == st.clause[i] {
			return true
		}
	}
	return false
}

// afterStyle returns the token after a form of address that stands
// before a name ("صاحب السمو الملكي الأمير…"، "فخامة الرئيس…"): up to
// three words of list "style" from token k, none of them a mention.
func (d *docState) afterStyle(st *sentState, k int) int {
	for n := 0; n < 3 && k < len(st.toks) && st.mentionAt(k) == nil && d.in("style", st.toks[k].Norm); n++ {
		k++
	}
	return k
}

// frontedAdjunctSubject returns, for an event noun in a phrase that opens
// its clause ("وخلال زيارة إلى إندونيسيا، قال أردوغان…"), the subject of
// the first verb after it in the clause (within 10 tokens), named right
// after that verb: the one who made the visit.
func (d *docState) frontedAdjunctSubject(st *sentState, i int) []string {
	if i == 0 || st.syn.Class[i-1] != syntax.Prep || st.toks[i].Prefix != "" {
		return nil
	}
	c := st.clause[i]
	if st.syn.Clauses[c].Start < i-2 || writtenPossessive(st.toks[i]) {
		return nil // not at the clause's start
	}
	for k := i + 1; k < len(st.toks) && k <= i+10 && st.clause[k] == c; k++ {
		if st.syn.Class[k] != syntax.Verb {
			continue
		}
		s, _ := d.vsoSubject(st, k, k+1, true)
		return s
	}
	return nil
}
