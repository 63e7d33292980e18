package ar

import (
	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
)

// Round 10 stance guards (data/stance10_words.tsv): readings of the stance
// rows that put the wrong party in a slot.

// stance10Words holds the word lists of data/stance10_words.tsv.
var stance10Words map[string]map[string]bool

func init() {
	var err error
	if stance10Words, err = wordLists("stance10_words.tsv", "titlehead"); err != nil {
		panic(err) // embedded data: a broken file fails every test
	}
}

// stance10Blocked reports whether a stance fact must not be recorded: an
// opposes object stands after "إلى جانب" (alongside), or is the name of a
// subject that a title opens right after the verb (titledSubjectTaken); a
// participle describes an unnamed noun joined by و (coordinatedHead).
func (d *docState) stance10Blocked(st *sentState, tr *trigger, i, j int) bool {
	if tr.pred == extract.Opposes && d.how.obj == "prep:جانب" {
		return true // "يقاتل الحزب إلى جانب قوات النظام": alongside, not against
	}
	if tr.pred == extract.Opposes && tr.verb && d.titledSubjectTaken(st, j) {
		return true
	}
	return tr.cx == cxActive && d.how.subj != "described" && d.coordinatedHead(st, i)
}

// titledSubjectTaken reports whether a verb's object was read inside the
// subject that a title opens right after the verb, while the subject itself
// was taken from elsewhere: "ودان رئيس القائمة في البرلمان فلان القرار"،
// "كما دان شيخ الأزهر الهجوم" — the name after the title (or the title's
// genitive) is who condemns, not who is condemned.
func (d *docState) titledSubjectTaken(st *sentState, j int) bool {
	switch d.how.subj {
	case "last", "topic", "parent", "first":
	default:
		return false
	}
	if d.how.objAt <= j || j >= len(st.toks) || st.mentionAt(j) != nil {
		return false
	}
	if role, _, _ := d.matchTitle(st, j); role == "" && !inEither(stance10Words["titlehead"], st.toks[j]) {
		return false
	}
	// no verb between the title and the object
	for k := j + 1; k < d.how.objAt; k++ {
		if st.mentionAt(k) == nil && st.syn.Class[k] == syntax.Verb {
			return false
		}
	}
	return true
}

// coordinatedHead reports whether an active participle at token i follows
// an unnamed noun joined by و to a name before it: "ضد الحوثيين والقوات
// الموالية للرئيس السابق" — the participle describes those forces, not the
// clause's subject (unnamedHead of stance9.go takes a name two tokens back
// for an apposition: "إيران الدولة الراعية لـ").
func (d *docState) coordinatedHead(st *sentState, i int) bool {
	if i < 2 || st.mentionAt(i-1) != nil || st.mentionAt(i-2) == nil {
		return false
	}
	t := st.toks[i-1]
	return t.IsWord() && t.Prefix == "و" && !inStance9("pronhead", t)
}
