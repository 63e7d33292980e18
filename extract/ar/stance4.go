package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
)

// Guards of the broad stance constructions of data/stance.tsv (round 7:
// verbal attacks, aid sent and received, the genitive of a plan or
// statement as the one a stance is about).

// stance4Blocked reports whether a stance fact the rows propose must be
// dropped: a war on someone that conflict's rows read as an attack
// (annotators take "حربها ضد X" by an armed actor as attacked, by any
// other as opposes); a verbal attack ("هاجم X Y") whose subject is no person or
// whose object is no actor (an armed attack is conflict's); support that
// the clause's subject receives read as support it gives ("تلقى الجيش
// دعم الولايات المتحدة"); aid whose giver is no named genitive or
// possessive ("وصلت مساعدات إلى اليمن"); a denied charge whose accuser is
// neither the genitive right after the noun nor after من ("نفت إريتريا
// الاتهامات بدعم حركة الشباب": the Shabaab are the charge's, not the
// accuser).
func (d *docState) stance4Blocked(st *sentState, tr *trigger, i, j int, s, o string) bool {
	switch {
	case tr.rule == "ar/accuse-rebut":
		a := d.how.objAt
		return !(a == j || a > 0 && st.toks[a-1].Norm == "من")
	case tr.rule == "ar/oppose-verbal":
		return d.typeOf(s) != extract.Person || !verbalTarget(d.typeOf(o))
	case tr.rule == "ar/war-against":
		return d.attackedInSentence(st, s, o)
	case tr.rule == "ar/aid-noun":
		return d.how.subj != "gen" && d.how.subj != "noun-agent"
	case tr.pred == extract.Supports && !tr.verb && tr.cx == cxVNoun:
		return d.receivedAt(st, i) && d.how.subj != "gen"
	}
	return false
}

// verbalTarget reports whether an entity type may be the object of a
// verbal attack: a person, a country or a body, not a place or a thing.
func verbalTarget(t string) bool {
	return t == extract.Person || t == extract.Country || t == extract.Organization || t == extract.Group
}

// receivedAt reports whether the support noun at token i is the object of a
// verb of receiving (list receive), with the verb's subject and على between
// them or not: "تلقى الجيش اللبناني دعم…"، "حصلت الحكومة على دعم…"،
// "الحركة تتلقى دعما…".
func (d *docState) receivedAt(st *sentState, i int) bool {
	k := i - 1
	if k >= 0 && st.toks[k].Norm == text.Normalize("على") {
		k--
	}
	if k < 0 {
		return false
	}
	if m := st.mentionAt(k); m != nil && m.e == k+1 {
		k = m.s - 1
	}
	if k < 0 {
		return false
	}
	return inStance("receive", st.toks[k])
}

// stanceGenitive reports whether a name in the genitive of a noun of plan,
// decision, statement or act (list stancehead) right before it may be a
// stance's object: "رفض خطة الاتحاد الأوروبي" — the Union is what is
// rejected, though "خطة" makes it a complement.
func (d *docState) stanceGenitive(st *sentState, m *mention, typ string) bool {
	if typ != "stance" || m.s == 0 || m.prefix != "" || st.mentionAt(m.s-1) != nil {
		return false
	}
	return inStance("stancehead", st.toks[m.s-1])
}

// twinRules are the stance rows read beside a longer-known row of another
// predicate on the same words: "هاجم" (conflict's attack, and a verbal
// attack when a person attacks a person or country in words), "الحرب على"
// (conflict's war, and the stance of the one waging it).
var twinRules = map[string]bool{"ar/oppose-verbal": true, "ar/war-against": true}

// applyTwins applies, after the trigger best matched at [i, j), a twin row
// of another predicate that matches the same words: matchTrigger keeps
// one trigger per position, the first loaded.
func (d *docState) applyTwins(st *sentState, i, j int, best *trigger, prefix string) {
	w := st.word(d, i)
	if w.triggers == nil {
		return
	}
	for fi := range w.forms {
		for _, tr := range w.triggers[fi] {
			if tr == best || !twinRules[tr.rule] || tr.pred == best.pred || tr.wildcard {
				continue
			}
			if tr.verb && st.syn.Class[i] != syntax.Verb {
				continue
			}
			if end, ok := d.matchSeq(st, i+1, tr.toks[1:]); !ok || end != j {
				continue
			}
			if !d.blocked(st, i, tr, prefix) && d.needOK(st, i, j, tr) {
				d.apply(st, i, j, tr)
			}
			return
		}
	}
}

// headWithL reports whether a noun of plan or statement governed by ل
// follows token j at once, its genitive a name ("جدد رفضه لخطة الاتحاد
// الأوروبي"): the pronoun of the noun before it is the agent, as with
// objectWithL.
func (d *docState) headWithL(st *sentState, j int) bool {
	if j+1 >= len(st.toks) || st.mentionAt(j) != nil || !inStance("stancehead", st.toks[j]) {
		return false
	}
	if p := strings.TrimPrefix(st.toks[j].Prefix, "و"); p != "ل" {
		return false
	}
	m := st.mentionAt(j + 1)
	return m != nil && m.s == j+1 && m.prefix == ""
}

// attackedInSentence reports whether the sentence already gave the fact
// s attacked o.
func (d *docState) attackedInSentence(st *sentState, s, o string) bool {
	for k := len(d.facts) - 1; k >= 0; k-- {
		f := d.facts[k]
		if f.Start != st.s.Start {
			break
		}
		if f.Predicate == extract.Attacked && f.Subject == s && f.Object == o {
			return true
		}
	}
	return false
}

// coalitionTrigger is the trigger of the facts coalitionAgainst records.
var coalitionTrigger = &trigger{pred: extract.Opposes, rule: "ar/coalition-against", cx: cxVNoun, phrase: "التحالف ضد", objType: "actor"}

// coalitionAgainst reads a coalition named by the catalogue followed by
// ضد and a named actor ("التحالف الدولي ضد داعش"، "التحالف العربي ضد
// الحوثيين"): the coalition opposes the actor, and so does the subject of
// a verb of leading or joining whose object the coalition is ("تقود
// الولايات المتحدة التحالف الدولي ضد داعش"، "انضمت الأردن إلى التحالف…").
// A trigger cannot start inside a name, so no row reads it.
func (d *docState) coalitionAgainst(st *sentState) {
	for _, m := range st.ments {
		if m.e+1 >= len(st.toks) || st.toks[m.e].Norm != text.Normalize("ضد") || !inStance("coalition", st.toks[m.s]) {
			continue
		}
		n := st.mentionAt(m.e + 1)
		if n == nil || n.s != m.e+1 || d.actor(st, n) == "" || d.actor(st, m) == "" {
			continue
		}
		if d.blocked(st, m.e, coalitionTrigger, "") {
			continue
		}
		o := d.actor(st, n)
		date := d.factDate(st, m.e, extract.Opposes)
		d.how = how{subj: "coalition", subjAt: m.s, objAt: n.s}
		d.record(st, coalitionTrigger, m.e, m.e+1, d.actor(st, m), o, date)
		for _, s := range d.coalitionMember(st, m) {
			d.how = how{subj: "coalition-member", subjAt: m.s, objAt: n.s}
			d.record(st, coalitionTrigger, m.e, m.e+1, s, o, date)
		}
	}
}

// coalitionMember returns the subject of a verb of leading or joining
// (list coalitionjoin) right before the coalition m, past إلى or في: "تقود
// الولايات المتحدة التحالف"، "انضمت الأردن إلى التحالف" (VSO, or SVO when
// no name follows the verb).
func (d *docState) coalitionMember(st *sentState, m *mention) []string {
	k := m.s - 1
	if k >= 0 && (st.toks[k].Norm == text.Normalize("إلى") || st.toks[k].Norm == "في") {
		k--
	}
	if p := strings.TrimPrefix(st.toks[m.s].Prefix, "و"); (p == "ل" || p == "في") && k == m.s-1 {
		return nil
	}
	if sub := st.mentionAt(k); sub != nil && sub.e == k+1 && sub.s > 0 && inStance("coalitionjoin", st.toks[sub.s-1]) {
		s, _ := d.group(st, sub, "actor")
		return s // VSO: "تقود الولايات المتحدة التحالف"
	}
	if k < 0 || !inStance("coalitionjoin", st.toks[k]) {
		return nil
	}
	return d.svoSubject(st, k, st.clause[k])
}

// condemnedPerpetrator reads a condemnation of an attack that a relative
// clause gives its perpetrator: "أدانت مصر الهجوم الإرهابي الذي تبناه
// تنظيم داعش" — the one who condemns opposes the perpetrator. No row can
// read it: the verb's object is the attack, its doer two words later.
func (d *docState) condemnedPerpetrator(st *sentState) {
	for i, t := range st.toks {
		if !t.IsWord() || !inStance("condemn", t) || st.mentionAt(i) != nil || st.syn.Class[i] != syntax.Verb {
			continue
		}
		n := d.perpetratorAfter(st, i)
		if n == nil {
			continue
		}
		tr := &trigger{pred: extract.Opposes, rule: "ar/condemn-perpetrator", cx: cxVerb, verb: true, phrase: t.Norm, toks: []string{t.Norm}, objType: "actor"}
		if d.blocked(st, i, tr, "") {
			continue
		}
		subj, _ := d.subject(st, i, i+1, tr)
		o := d.actor(st, n)
		date := d.factDate(st, i, extract.Opposes)
		for _, s := range subj {
			d.how.objAt, d.how.obj = n.s, "perpetrator"
			d.record(st, tr, i, i+1, s, o, date)
		}
	}
}

// perpetratorAfter returns the named doer of the attack a condemnation verb
// at token i takes as object: the attack noun (list attacknoun) within
// eight tokens of the clause (past the verb's subject), up to two
// adjectives, الذي/التي, a verb of perpetrating with its object pronoun
// (list perpetrate) and a name right after it.
func (d *docState) perpetratorAfter(st *sentState, i int) *mention {
	c := st.clause[i]
	for k := i + 1; k < len(st.toks) && k <= i+8 && st.clause[k] == c; k++ {
		if st.mentionAt(k) != nil || !inStance("attacknoun", st.toks[k]) {
			continue
		}
		q := k + 1
		for a := 0; a < 2 && q < len(st.toks) && st.mentionAt(q) == nil && st.syn.Class[q] == syntax.Adjective; a++ {
			q++
		}
		if q+2 >= len(st.toks) || (st.toks[q].Norm != "الذي" && st.toks[q].Norm != "التي") || !inStance("perpetrate", st.toks[q+1]) {
			return nil
		}
		n := st.mentionAt(q + 2)
		if n == nil || n.s != q+2 || n.prefix != "" || d.actor(st, n) == "" {
			return nil
		}
		return n
	}
	return nil
}
