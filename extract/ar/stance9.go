package ar

import (
	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
)

// Round 9 stance and attack forms written from real newspaper copy (the
// ANERcorp write block), with the word lists of data/stance9_words.tsv and
// the rows of data/stance9.tsv: a state's war as an armed attack, a war
// with an adjective before its target, and guards for attack and stance
// facts whose actor or reality the words deny.

// stance9Words holds the word lists of data/stance9_words.tsv.
var stance9Words map[string]map[string]bool

func init() {
	var err error
	if stance9Words, err = wordLists("stance9_words.tsv", "warnoun", "hypothetical", "warn", "invasion", "pronhead"); err != nil {
		panic(err) // embedded data: a broken file fails every test
	}
}

// inStance9 reports whether a token (by its Norm or its Bare form without
// its proclitics) is in a list of data/stance9_words.tsv.
func inStance9(list string, t text.Token) bool {
	set := stance9Words[list]
	return set[t.Norm] || set[t.Bare] || set[text.Normalize(t.Bare)]
}

// stance9Blocked reports whether a fact a construction is about to record
// must not be recorded as it stands; it records the attack instead when a
// state's war is read as one (warArmed).
func (d *docState) stance9Blocked(st *sentState, tr *trigger, i, j int, s, o, date string) bool {
	switch {
	case d.warArmed(st, tr, i, j, s, o, date):
		return true
	case tr.pred == extract.Attacked && !tr.verb && d.otherNation(st, j, s):
		return true
	case (tr.pred == extract.Attacked || tr.pred == extract.Opposes) && d.hypotheticalAct(st, i, j):
		return true
	case tr.pred == extract.Attacked && d.warnedOf(st, i):
		return true
	case tr.pred == extract.Accuses && inStance9("warn", st.toks[i]) && d.victimObject(st):
		return true
	case tr.cx == cxActive && d.how.subj != "described" && d.unnamedHead(st, i):
		return true
	}
	return false
}

// warArmed records a state's declared or waged war ("أعلنت ألمانيا الحرب
// على روسيا"، "خلال الأيام الأولى للحرب على لبنان", rows war-declare and
// war-against of data/stance.tsv) as an armed attack: annotators read a
// state's war as attacked, a person's or a movement's as opposes. It
// reports whether it did.
func (d *docState) warArmed(st *sentState, tr *trigger, i, j int, s, o, date string) bool {
	if tr.pred != extract.Opposes || (tr.rule != "ar/war-declare" && tr.rule != "ar/war-against") || d.typeOf(s) != extract.Country {
		return false
	}
	war := false
	for k := i; k < j && k < len(st.toks); k++ {
		war = war || inStance9("warnoun", st.toks[k])
	}
	if !war {
		return false
	}
	at := *tr
	at.pred, at.rule = extract.Attacked, "ar/war-armed"
	d.record(st, &at, i, j, s, o, date)
	return true
}

// otherNation reports whether an attack noun ending at token j carries a
// nationality adjective of a country other than the subject s ("الاعتداء
// الإسرائيلي على لبنان" is Israel's, never the clause subject's).
func (d *docState) otherNation(st *sentState, j int, s string) bool {
	if j >= len(st.toks) {
		return false
	}
	m := st.mentionAt(j)
	return m != nil && m.s == j && m.adj && m.prefix == "" && d.typeOf(m.key) == extract.Country && m.key != s
}

// hypotheticalAct reports whether an attack or war noun of the trigger, or
// the one a relative verb describes just before it, carries an adjective
// that leaves it unreal ("أي حرب محتملة تقودها X ضد Y"، "هجوم وشيك على").
func (d *docState) hypotheticalAct(st *sentState, i, j int) bool {
	from := i - 6
	if from < 0 {
		from = 0
	}
	c := st.clause[i]
	for h := from + 1; h < len(st.toks) && h <= j+1; h++ {
		if !inStance9("hypothetical", st.toks[h]) || st.mentionAt(h) != nil {
			continue
		}
		for k := h - 1; k >= 0 && k >= h-2; k-- {
			t := st.toks[k]
			if (inStance9("warnoun", t) || d.in("attacknoun", t.Bare) || d.in("attacknoun", t.Norm)) && st.within(k, c) {
				return true
			}
		}
	}
	return false
}

// warnedOf reports whether an attack noun at token i is the feared object
// of a warning: governed by من, with a verb or noun of warning before it in
// its clause, past the warner's title and name ("حذرت وزيرة الخارجية
// البريطانية مارغريت بيكيت من غزو لبنان").
func (d *docState) warnedOf(st *sentState, i int) bool {
	k := i - 2
	if k < 0 || st.toks[i-1].Norm != "من" {
		return false
	}
	c := st.clause[i]
	for ; k >= 0 && k >= i-10 && st.clause[k] == c; k-- {
		if inStance9("warn", st.toks[k]) && st.mentionAt(k) == nil {
			return true
		}
		if st.mentionAt(k) == nil && st.syn.Class[k] == syntax.Verb {
			return false
		}
	}
	return false
}

// victimObject reports whether the object of a warning is the genitive of
// an attack noun: "حذرت من غزو لبنان" accuses no Lebanon.
func (d *docState) victimObject(st *sentState) bool {
	a := d.how.objAt
	return a > 0 && st.mentionAt(a-1) == nil && inStance9("invasion", st.toks[a-1])
}

// unnamedHead reports whether an active participle at token i follows an
// unnamed noun ("التقت رايس قادة القوى المعارضة لحزب الله"): it describes
// that noun, not the clause subject; a pronoun or copula before it makes
// it a predicate ("هي الداعمة لـ"), and so does a noun right after a name
// ("إيران الدولة الراعية لـ").
func (d *docState) unnamedHead(st *sentState, i int) bool {
	if i == 0 || st.mentionAt(i-1) != nil {
		return false
	}
	if i >= 2 && st.mentionAt(i-2) != nil {
		return false // "تعد إيران الدولة الراعية لحزب الله": the noun is the name's
	}
	t := st.toks[i-1]
	return t.IsWord() && !inStance9("pronhead", t)
}
