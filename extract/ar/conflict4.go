package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
)

// Wars, clashes, campaigns and killings as attacks (issue 11; sentences of
// the tests in conflict4_test.go):
//
//	clash heads  clashes between two armed noun phrases, each a head noun
//	             and a name: "مواجهات بين قوات الجيش الأفغاني ومسلحي حركة
//	             طالبان" → each side attacked the other
//	liberation   taking a place back from an actor's control, or driving
//	             an actor out of it: "حرر الجيش مدينة X من سيطرة Y"، "تمكن
//	             الجيش من تحرير X من Y"، "يواصل الجيش حملته لطرد مقاتلي Y من
//	             X" → the liberator attacked the actor that held the place
//	             (besides the held fact of conflict.go)
//	their attack an attack noun whose pronoun is its actor, with its object
//	             after على or ضد: "قتل جنديان من الجيش الكيني خلال هجومهما على
//	             معسكر لحركة الشباب"، "واصل الجيش هجومه على مواقع الحركة" →
//	             the pronoun's referent attacked the object
//	blow up      blowing up or destroying a named facility or place, with
//	             the actor right after the verb: "فجرت حركة طالبان مبنى
//	             وزارة الدفاع الأفغانية" → the actor attacked the thing

// armedHead reports whether token k is a noun for an actor's armed arm or
// fighters ("قوات"، "مسلحي"، "عناصر"، "مقاتلي") that stands before the
// actor's name, with or without a leading و.
func (d *docState) armedHead(st *sentState, k int) bool {
	if k >= len(st.toks) || st.mentionAt(k) != nil {
		return false
	}
	t := st.toks[k]
	return actorNouns[t.Bare] || inConflict("gunmen", t) || inConflict("agreehead", t)
}

// armedSide returns the actors of one side of a clash starting at token k:
// an optional armed head noun and its adjectives, then a name and the
// names coordinated with it ("قوات الجيش الأفغاني"، "عناصر حركة الشباب"،
// "الحوثيين"); whether a head noun stood first; and the token after.
func (d *docState) armedSide(st *sentState, k int) ([]string, bool, int) {
	head := false
	if d.armedHead(st, k) {
		head = true
		k++
		for k < len(st.toks) && st.mentionAt(k) == nil && st.syn.Class[k] == syntax.Adjective {
			k++ // "القوات الحكومية اليمنية"
		}
	}
	m := st.mentionAt(k)
	if m == nil || m.s != k || m.adj || d.actor(st, m) == "" {
		return nil, head, k
	}
	if head && m.prefix != "" && m.prefix != "و" {
		return nil, head, k
	}
	keys, e := d.group(st, m, "actor")
	return keys, head, e
}

// clashHeads reads the sides of a clash after بين at token b when either
// side starts with an armed head noun ("بين قوات الجيش الأفغاني ومسلحي
// حركة طالبان"، "بين عناصر حركة الشباب والجيش الكيني"): each side
// attacked the other. It reports whether it read two such sides.
func (d *docState) clashHeads(st *sentState, i, j, b int, tr *trigger) bool {
	side, head1, e := d.armedSide(st, b+1)
	if len(side) >= 2 && head1 {
		// "بين مقاتلي جبهة X ومقاتلي تنظيم Y": group read both sides
		side, other := side[:1], side[1:]
		d.recordClash(st, i, j, b, tr, side, other)
		return true
	}
	if len(side) == 0 || e >= len(st.toks) {
		return false
	}
	t := st.toks[e]
	if !strings.HasPrefix(t.Prefix, "و") && t.Norm != "و" {
		return false
	}
	k := e
	if t.Norm == "و" {
		k++
	}
	var other []string
	head2 := false
	if m := st.mentionAt(k); m != nil && m.s == k {
		other, _ = d.group(st, m, "actor")
	} else if d.armedHead(st, k) {
		other, head2, _ = d.armedSide(st, k)
	}
	if len(other) == 0 || (!head1 && !head2) {
		return false
	}
	d.recordClash(st, i, j, b, tr, side, other)
	return true
}

// recordClash records that each actor of one side of a clash after بين at
// token b attacked each actor of the other, and the other way round.
func (d *docState) recordClash(st *sentState, i, j, b int, tr *trigger, side, other []string) {
	date := d.factDate(st, i, tr.pred)
	d.how = how{subj: "between", subjAt: b + 1, objAt: -1}
	for _, a := range side {
		for _, o := range other {
			if a != o {
				d.record(st, tr, i, j, a, o, date)
				d.record(st, tr, i, j, o, a, date)
			}
		}
	}
}

// liberationAttack records, for a held or expel trigger at tokens [i, j)
// whose first word takes a place back or drives an actor out (list
// liberate), that its doer attacked the actors that held the place.
func (d *docState) liberationAttack(st *sentState, i, j int, tr *trigger, holders []string) {
	if len(holders) == 0 || !inConflict("liberate", st.toks[i]) {
		return
	}
	doers := d.liberator(st, i, j, tr)
	if len(doers) == 0 {
		return
	}
	at := &trigger{pred: extract.Attacked, rule: "ar/liberate-attack", cx: tr.cx, phrase: tr.phrase, toks: tr.toks,
		objType: "actor", verb: tr.verb}
	d.how = how{subj: "liberator", subjAt: st.posOf(doers[0], i), objAt: st.posOf(holders[0], i)}
	d.recordPairs(st, at, i, j, doers, holders)
}

// liberator returns who takes back or drives out at token i: the subject
// of the verb itself ("حرر الجيش مدينة X"), or, for a verbal noun, the
// subject right after the verb that governs it, past campaign words only
// ("تمكن الجيش من تحرير"، "يواصل الجيش حملته لطرد"); a noun with a
// preposition right after the subject is a call ("طالب X بطرد"), and a
// person there announces rather than fights ("أعلن الرئيس تحرير…"). A
// negation before that verb gives nobody.
func (d *docState) liberator(st *sentState, i, j int, tr *trigger) []string {
	c := st.clause[i]
	if st.syn.Class[i] == syntax.Verb || i == 0 || st.clause[i-1] != c {
		if d.negatedAt(st, i-1) {
			return nil
		}
		subj, _ := d.vsoSubject(st, i, i+1, true)
		if len(subj) == 0 && st.syn.Class[i] == syntax.Verb {
			subj, _ = d.subject(st, i, j, tr) // "الجيش حرر المدينة"
		}
		return subj
	}
	for v := i - 1; v >= 0 && v >= i-8 && st.clause[v] == c; v-- {
		if st.syn.Class[v] != syntax.Verb && !(v == 0 || st.clause[v-1] != c) {
			continue // the tagger misses some verbs at the clause's head ("واستطاع")
		}
		if st.mentionAt(v) != nil {
			return nil
		}
		if d.negatedAt(st, v-1) {
			return nil
		}
		subj, e := d.vsoSubject(st, v, v+1, true)
		if len(subj) == 0 || e > i || (e == i && st.toks[i].Prefix != "") {
			return nil // "طالب الرئيس بطرد…"، "دعا X لطرد…": a call
		}
		for ; e < i; e++ {
			if !inConflict("campaign", st.toks[e]) {
				return nil
			}
		}
		for _, a := range subj {
			if d.typeOf(a) == extract.Person {
				return nil // "أعلن العبادي تحرير…": who announces it did not fight
			}
		}
		return subj
	}
	return nil
}

// negatedAt reports whether token k is a negation ("لم"، "ولم"، "لا").
func (d *docState) negatedAt(st *sentState, k int) bool {
	if k < 0 {
		return false
	}
	t := st.toks[k]
	return d.in("negation", t.Norm) || d.in("negation", t.Bare) || d.in("negation", strings.TrimPrefix(t.Norm, "و"))
}

// ruleBlowUp is the rule of the verbs of blowing up and destroying
// (data/conflict.tsv), read by cxBlowUp alone.
const ruleBlowUp = "ar/blow-up"

// cxBlowUp reads a verb of blowing up or destroying with its actor right
// after it (VSO) and a named facility or place right after the actor,
// past place-head nouns ("فجر التنظيم مطار المدينة"، "دمرت الجماعة مبنى
// البرلمان"): the actor attacked it. A subject before the verb is not
// read: the bare فجر is also "dawn" ("قتل خمسة فجر اليوم").
func (d *docState) cxBlowUp(st *sentState, i, j int, tr *trigger) {
	if d.negatedAt(st, i-1) || d.blocked(st, i, tr, "") {
		return
	}
	m := st.mentionAt(j)
	if m == nil || m.s != j || m.adj || m.prefix != "" {
		return
	}
	subj, e := d.vsoSubject(st, i, j, true)
	if len(subj) == 0 || e >= len(st.toks) {
		return
	}
	k := e
	for k < len(st.toks) && st.mentionAt(k) == nil && inConflict("placehead", st.toks[k]) {
		k++
	}
	o := st.mentionAt(k)
	if o == nil || o.s != k || o.adj || o.prefix != "" || (o.typ != extract.Facility && o.typ != extract.Place) {
		return
	}
	key := d.slotKey(st, o, "place")
	if key == "" || contains(subj, key) {
		return
	}
	d.how = how{subj: "vso", subjAt: m.s, obj: "blown-up", objAt: o.s}
	d.recordPairs(st, tr, i, j, subj, []string{key})
}

// attackOnObject reports whether a possessive attack noun ending at token j
// has its object after على or ضد ("هجومه على مواقع الحركة"): then its
// pronoun is the attacker, not the attacked ("متعهدا بضربها").
func (d *docState) attackOnObject(st *sentState, j int, tr *trigger) bool {
	if tr.pred != extract.Attacked || j >= len(st.toks) {
		return false
	}
	n := st.toks[j].Norm
	return n == "علي" || n == "ضد"
}

// threatPastSubject reports whether the attack at token i, or the word of
// going on right before it, carries the ب of a threat verb whose subject
// stands between ("هدد قادة حركة طالبان بمواصلة هجماتهم"): the verb within
// eight tokens before, in the clause, with no other verb between.
func (d *docState) threatPastSubject(st *sentState, i int) bool {
	b := -1
	for k := i; k >= 0 && k >= i-1; k-- {
		if strings.HasPrefix(strings.TrimPrefix(st.toks[k].Prefix, "و"), "ب") {
			b = k
			break
		}
	}
	if b < 0 {
		return false
	}
	c := st.clause[i]
	for k := b - 1; k >= 0 && k >= i-8 && st.clause[k] == c; k-- {
		if inConflict("threat", st.toks[k]) {
			return true
		}
		if st.syn.Class[k] == syntax.Verb {
			return false
		}
	}
	return false
}
