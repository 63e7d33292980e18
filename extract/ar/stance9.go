package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
)

// Round 9 stance and attack forms written from real newspaper copy (the
// ANERcorp write block), with the word lists of data/stance9_words.tsv:
// a call on someone to withdraw, stop or apologise (the caller opposes the
// one called on), a state's war as an armed attack, and guards for attack
// and stance facts whose actor or reality the words deny.

// stance9Words holds the word lists of data/stance9_words.tsv.
var stance9Words map[string]map[string]bool

func init() {
	var err error
	if stance9Words, err = wordLists("stance9_words.tsv", "callverb", "ceasenoun", "ceasepair:", "ceasenot",
		"warnoun", "hypothetical", "warn", "invasion", "pronhead", "mouthpiece"); err != nil {
		panic(err) // embedded data: a broken file fails every test
	}
}

// inStance9 reports whether a token (by its Norm or its Bare form without
// its proclitics) is in a list of data/stance9_words.tsv.
func inStance9(list string, t text.Token) bool {
	set := stance9Words[list]
	return set[t.Norm] || set[t.Bare] || set[text.Normalize(t.Bare)]
}

// demandAddressed reads a call on an actor to stop, withdraw, lift or
// apologise: "دعا الرئيس السابق X إثيوبيا إلى سحب قواتها"، "طالبت الصين
// إسرائيل بتقديم اعتذار" — the caller opposes the actor called on. The
// actor stands right before the demand (ب/ل + noun, or إلى + noun) after
// the verb of calling, in its clause, and is not the verb's subject; a
// call for a truce ("إلى وقف إطلاق النار") is no stance.
func (d *docState) demandAddressed(st *sentState) {
	for i, t := range st.toks {
		if !t.IsWord() || !inStance9("callverb", t) || st.mentionAt(i) != nil || st.syn.Class[i] != syntax.Verb {
			continue
		}
		m := d.calledActor(st, i)
		if m == nil {
			continue
		}
		tr := &trigger{pred: extract.Opposes, rule: "ar/demand-addressee", cx: cxVerb, verb: true, phrase: t.Norm, toks: []string{t.Norm}, objType: "actor"}
		if d.blocked(st, i, tr, "") {
			continue
		}
		o := d.actor(st, m)
		if o == "" {
			continue
		}
		subj, _ := d.subject(st, i, i+1, tr)
		if !namedCaller[d.how.subj] {
			continue // "أن يتحرك ويطالب إسرائيل…": a verb joined to another's clause
		}
		date := d.factDate(st, i, extract.Opposes)
		for _, s := range subj {
			if s == o {
				continue
			}
			d.how.objAt, d.how.obj = m.s, "addressee"
			d.record(st, tr, i, i+1, s, o, date)
		}
	}
}

// namedCaller lists how a caller may be found (features.go how.subj): in
// the verb's own clause, not carried over from another verb or speaker.
var namedCaller = map[string]bool{"vso": true, "svo": true, "svo-appos": true, "antecedent": true, "first": true, "first-person": true, "noun-chain": true}

// calledActor returns the actor a verb of calling at token i calls on: the
// mention that ends right before the first demand of list ceasenoun within
// fourteen tokens of the verb in its clause, with no preposition of its
// own; nil when there is none or the demand is a truce.
func (d *docState) calledActor(st *sentState, i int) *mention {
	c := st.clause[i]
	for k := i + 2; k < len(st.toks) && k <= i+14 && st.clause[k] == c; k++ {
		at := k // the first token of the demand: إلى or the noun with its clitic
		t := st.toks[k]
		switch {
		case t.Norm == text.Normalize("إلى") && k+1 < len(st.toks) && d.ceaseAt(st, k+1):
		case (strings.Contains(t.Prefix, "ب") || strings.Contains(t.Prefix, "ل")) && d.ceaseAt(st, k):
		default:
			if st.syn.Class[k] == syntax.Verb {
				return nil // a second verb: the call has ended
			}
			continue
		}
		m := st.mentionAt(at - 1)
		if m == nil || m.e != at || m.s <= i || m.adj || m.prefix != "" || !isActorType(m.typ) {
			return nil
		}
		for q := i + 1; q < m.s; q++ {
			if inStance9("mouthpiece", st.toks[q]) {
				return nil // "طالبت الخارجية على لسان المتحدث باسمها X بالإفراج": X speaks
			}
		}
		return m
	}
	return nil
}

// ceaseAt reports whether token k is a demand of list ceasenoun, with the
// word its pair needs after it, and no truce.
func (d *docState) ceaseAt(st *sentState, k int) bool {
	t := st.toks[k]
	if st.mentionAt(k) != nil || !inStance9("ceasenoun", t) {
		return false
	}
	var next *text.Token
	for q := k + 1; q < len(st.toks) && q <= k+2; q++ {
		if st.toks[q].IsWord() {
			next = &st.toks[q] // past a quotation mark: "إلى رفع « الحصار"
			break
		}
	}
	bare := text.Normalize(t.Bare)
	if pair, ok := stance9Words["ceasepair:"+bare]; ok {
		return next != nil && (pair[next.Norm] || pair[next.Bare])
	}
	if (bare == text.Normalize("وقف") || bare == text.Normalize("إيقاف")) && next != nil && inStance9("ceasenot", *next) {
		return false
	}
	return true
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
