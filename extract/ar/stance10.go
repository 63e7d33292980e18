package ar

import (
	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
)

// Round 10 stance constructions (data/stance10.tsv, data/stance10_words.tsv):
// a demand that someone stop, withdraw or apologise.

// stance10Words holds the word lists of data/stance10_words.tsv.
var stance10Words map[string]map[string]bool

func init() {
	var err error
	if stance10Words, err = wordLists("stance10_words.tsv", "mutualstop", "demandverb", "stopnoun", "titlehead"); err != nil {
		panic(err) // embedded data: a broken file fails every test
	}
}

// stance10Blocked reports whether an opposes fact must not be recorded: its
// object stands after "إلى جانب" (alongside), or is the name of a subject
// that a title opens right after the verb (titledSubjectTaken); a
// participle describes an unnamed noun joined by و (coordinatedHead); and, for
// the demand row, a demand to stop a truce's object ("إلى وقف إطلاق النار")
// or one made of more than one party ("طالب روسيا وأوكرانيا بوقف…") takes
// no side.
func (d *docState) stance10Blocked(st *sentState, tr *trigger, i, j int, s string) bool {
	if tr.pred == extract.Opposes && d.how.obj == "prep:جانب" {
		return true // "يقاتل الحزب إلى جانب قوات النظام": alongside, not against
	}
	if tr.pred == extract.Opposes && tr.verb && d.titledSubjectTaken(st, j) {
		return true
	}
	if tr.cx == cxActive && d.how.subj != "described" && d.coordinatedHead(st, i) {
		return true
	}
	if tr.rule != "ar/demand-stop" {
		return false
	}
	if j < len(st.toks) && inEither(stance10Words["mutualstop"], st.toks[j]) {
		return true
	}
	return d.partiesInGap(st, i, j-tailLen(tr), s) > 1
}

// tailLen returns how many tokens of a wildcard phrase follow its "*".
func tailLen(tr *trigger) int {
	for k, w := range tr.toks {
		if w == "*" {
			return len(tr.toks) - k - 1
		}
	}
	return 0
}

// partiesInGap counts the named actors other than the subject s between
// the verb at token i and token end, nationality adjectives apart.
func (d *docState) partiesInGap(st *sentState, i, end int, s string) int {
	seen := map[string]bool{}
	for k := i + 1; k < end && k < len(st.toks); k++ {
		m := st.mentionAt(k)
		if m == nil || m.adj || m.s != k {
			continue
		}
		if a := d.actor(st, m); a != "" && a != s {
			seen[a] = true
		}
	}
	return len(seen)
}

// demandTrigger is the trigger of the facts demandedNation records.
var demandTrigger = &trigger{pred: extract.Opposes, rule: "ar/demand-nation", cx: cxVerb, verb: true, phrase: "طالب", toks: []string{"طالب"}, objType: "actor"}

// demandedNation reads a demand to stop an act that a nationality adjective
// gives its doer: "طالب رئيس الائتلاف بوقف القصف الروسي"، "دعت الجامعة
// إلى إنهاء الاحتلال الإسرائيلي" — the one who demands opposes the country
// of the adjective. The stop noun comes within eight tokens of the verb, the
// act noun (nationalact of stance8_words.tsv) right after it.
func (d *docState) demandedNation(st *sentState) {
	for i, t := range st.toks {
		if !t.IsWord() || st.mentionAt(i) != nil || !inEither(stance10Words["demandverb"], t) {
			continue
		}
		k := d.stopNounAfter(st, i)
		if k < 0 {
			continue
		}
		n := d.nationalActAfter(st, k)
		if n == nil || n.s > k+3 || d.blocked(st, i, demandTrigger, "") {
			continue
		}
		subj, _ := d.subject(st, i, i+1, demandTrigger)
		date := d.factDate(st, i, extract.Opposes)
		for _, s := range subj {
			d.how.objAt, d.how.obj = n.s, "national-act"
			d.record(st, demandTrigger, i, i+1, s, n.key, date)
		}
	}
}

// stopNounAfter returns the stop noun within eight tokens after the verb at
// token i in its clause (past إلى and the subject's words), or -1.
func (d *docState) stopNounAfter(st *sentState, i int) int {
	c := st.clause[i]
	for k := i + 1; k < len(st.toks) && k <= i+8 && st.clause[k] == c; k++ {
		if st.mentionAt(k) == nil && inEither(stance10Words["stopnoun"], st.toks[k]) {
			return k
		}
	}
	return -1
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
