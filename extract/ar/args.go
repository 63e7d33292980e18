package ar

import (
	"strings"
	"sync"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
)

// Arguments the constructions' shared steps used to miss (words in
// data/args.tsv), for every predicate:
//   - a verb with an object pronoun ("واستقبله X"، "والتقاه X"، "تدعمها"):
//     the object is the pronoun's referent, by agreement;
//   - a dual or plural noun of office before the names it sums up ("التقى
//     الرئيسان X وY"): the names are the verb's subject;
//   - a verb hung on a visit or tour by a resumptive "during" ("قام X
//     بجولة التقى خلالها Y"، "في زيارة يجري خلالها محادثات مع Y"): the
//     visit's subject is the verb's;
//   - "وكان في استقباله X": X received the one the pronoun refers to;
//   - a title with a possessive pronoun before a name ("رئيسها X"): X
//     holds the office in what the pronoun refers to.

// argsLists are the word lists of data/args.tsv.
var argsLists = sync.OnceValues(func() (map[string]map[string]bool, error) {
	return wordLists("args.tsv", "dualhead", "during", "trip", "was", "ownertitle:", "ledverb")
})

// argsWordIs reports whether token t (with or without proclitics) is a
// word of the given list of data/args.tsv.
func argsWordIs(list string, t text.Token) bool {
	s, err := argsSet()
	return err == nil && s.has(list, t)
}

// argsSet is argsLists as one bit set per word (argsWordIs).
var argsSet = lazyWordSet(argsLists)

// objectStems returns the stems a word may have under an object pronoun
// suffix (a verb may start with ال: "التقاه"): the suffix forms, and for a defective verb, whose final ى is
// written ا before a suffix ("التقاه", "دعاها"), the stem with ي.
func (d *docState) objectStems(t text.Token) []string {
	if suffixAgreement(t) == agrUnknown {
		return nil // no ه، ها، هما، هم as written (a final ة is no pronoun)
	}
	var out []string
	for _, f := range d.suffixForms(t) {
		out = append(out, f)
		if s, ok := strings.CutSuffix(f, "ا"); ok {
			out = append(out, s+"ي")
		}
	}
	return out
}

// verbSuffixTrigger returns the one-word verb trigger a word carrying an
// object pronoun stands for ("يدعمها", "هاجمه", "التقاه"), nil for none. A
// stem that is also a noun trigger's ("دعمه": his support) needs the
// clause analysis to read the word as a verb.
func (d *docState) verbSuffixTrigger(st *sentState, i int) *trigger {
	t := st.toks[i]
	for _, f := range d.objectStems(t) {
		var verb *trigger
		noun := false
		for _, tr := range d.lex.triggers[f] {
			switch {
			case !tr.verb:
				noun = true
			case len(tr.toks) == 1 && !tr.gather && verb == nil:
				verb = tr
			}
		}
		if verb != nil && (!noun || st.syn.Class[i] == syntax.Verb) {
			return verb
		}
	}
	return nil
}

// verbObjectSuffix reports whether the one-word verb trigger at token i
// carries an object pronoun: the word as written is a listed verb of the
// trigger's predicate with ه، ها، هما or هم after it ("استقبله"), and
// the trigger takes an actor (what "وقعه" signed is a document, not the
// organisation named before it).
func (d *docState) verbObjectSuffix(st *sentState, i int, tr *trigger) bool {
	if !tr.verb || len(tr.toks) != 1 || tr.gather || tr.objPron || i >= len(st.toks) || !actorSlot(tr.objType) && tr.objType != "" {
		return false
	}
	for _, f := range d.objectStems(st.toks[i]) {
		for _, o := range d.lex.triggers[f] {
			if o.verb && o.pred == tr.pred {
				return true
			}
		}
	}
	return false
}

// suffixObject returns whom the object pronoun of the verb at token i
// refers to: the nearest actor before it in the sentence that is no
// subject, no place and agrees with the pronoun, else the topic of the
// sentences before when it agrees. Plural pronouns give "".
func (d *docState) suffixObject(st *sentState, i int, subj []string) string {
	agr := suffixAgreement(st.toks[i])
	if agr != agrMasc && agr != agrFem {
		return ""
	}
	for n := len(st.ments) - 1; n >= 0; n-- {
		m := st.ments[n]
		if m.e > i || m.typ == extract.Place || m.adj {
			continue
		}
		a := d.actor(st, m)
		if a == "" || contains(subj, a) {
			continue
		}
		if g := d.mentionGender(st, m); (agr == agrMasc && g == feminine) || (agr == agrFem && g != feminine) {
			continue
		}
		return a
	}
	tp := d.sentenceTopic(st)
	if len(tp.keys) != 1 || contains(subj, tp.keys[0]) || st.idx <= tp.sent || st.idx-tp.sent > topicWindow || !agr.fits(tp.agr) {
		return ""
	}
	d.how.implicit = true
	return tp.keys[0]
}

// skipDualHead returns the token after a dual or plural noun of office at
// token k that a coordinated list of names follows ("الرئيسان X وY"), k
// otherwise.
func (d *docState) skipDualHead(st *sentState, k int) int {
	if k+1 >= len(st.toks) || st.mentionAt(k) != nil || !argsWordIs("dualhead", st.toks[k]) {
		return k
	}
	m := st.mentionAt(k + 1)
	if m == nil || m.s != k+1 || m.prefix != "" {
		return k
	}
	if keys, _ := d.group(st, m, "actor"); len(keys) < 2 {
		return k // "الوزراء العرب"، "الزعيمين": no list of names
	}
	return k + 1
}

// duringSubject reads a verb followed by a resumptive "during" (خلالها)
// that hangs its clause on a visit or tour named before it: the subject
// is the visit's (the first actor of the visit noun's clause that no
// preposition governs, else the nearest such actor before it), and the
// object search starts after the resumptive.
func (d *docState) duringSubject(st *sentState, i, j int, tr *trigger) ([]string, int) {
	k := i + 1
	if k >= len(st.toks) || !argsWordIs("during", st.toks[k]) {
		return nil, j
	}
	for q := i - 1; q >= 0 && q >= i-8; q-- {
		t := st.toks[q]
		if t.Norm == "." || st.syn.Class[q] == syntax.Verb && q < i-1 && !argsWordIs("trip", t) {
			break
		}
		if !argsWordIs("trip", t) || st.mentionAt(q) != nil {
			continue
		}
		s := d.firstSubject(st, q, st.clause[q])
		if len(s) == 0 {
			s = d.svoSubjectOpt(st, q, -1, false)
		}
		if len(s) == 0 || d.modality(st, q, tr) != 0 {
			// "وسيمضي X يومين يلتقي خلالهما…": a plan for the visit is one
			// for what happens during it
			return nil, j
		}
		after := j
		if !tr.wildcard {
			after = k + 1
		}
		return s, after
	}
	return nil, j
}

// cxReception reads "وكان في استقباله X" (X was there to receive him): the
// actor named after the noun is the host, the pronoun's referent the
// guest. It reports whether the construction holds (then the trigger's
// usual reading, with the pronoun as agent, is wrong).
func (d *docState) cxReception(st *sentState, i, j int, tr *trigger) bool {
	if tr.pred != extract.Met || !tr.possessive || i < 2 || st.toks[i].Prefix != "" ||
		st.toks[i-1].Norm != "في" || !argsWordIs("was", st.toks[i-2]) {
		return false
	}
	guest := d.suffixObject(st, i, nil)
	c := st.clause[i]
	for k := j; k < len(st.toks) && k < j+12 && st.clause[k] == c; k++ {
		m := st.mentionAt(k)
		if m == nil || m.s != k || m.adj || d.governed(st, m) {
			continue
		}
		host, _ := d.group(st, m, "actor")
		if len(host) == 0 {
			continue
		}
		date := d.factDate(st, i, tr.pred)
		d.how = how{subj: "reception", obj: "pronoun", subjAt: m.s, objAt: -1, implicit: true}
		for _, h := range host {
			d.record(st, tr, i, j, h, guest, date)
		}
		break
	}
	return true
}

// possessiveTitles records the offices of people named right after a
// title written with a possessive pronoun ("التقى رئيسها ألكسندر
// لوكاشينكو"): officialOf what the pronoun refers to, by agreement (a
// country, an armed group, or the country of a person named before).
func (d *docState) possessiveTitles(st *sentState) {
	l, err := argsLists()
	if err != nil {
		return
	}
	for _, m := range st.ments {
		if m.typ != extract.Person || m.s == 0 || m.title || m.pron {
			continue
		}
		k := m.s - 1
		t := st.toks[k]
		stem, agr := suffixStem(t)
		if stem == "" || agr == agrPlural || st.mentionAt(k) != nil {
			continue
		}
		role := ""
		for name, set := range l {
			if r, ok := strings.CutPrefix(name, "ownertitle:"); ok && set[stem] {
				role = r
			}
		}
		if role == "" {
			continue
		}
		of, _ := d.suffixReferent(st, k, agr)
		if of == "" || of == m.key || d.typeOf(of) == extract.Person {
			continue
		}
		d.official(st, m.key, of, role, "ar/title-possessive")
	}
}

// appositionSubject returns the actor named right before a title in
// apposition that ends, with a comma, right before the verb at token i
// ("X، وزير خارجية عمان، التقى Y"): the verb's subject stands before it
// (SVO), and the name after the verb is its object, not a VSO subject.
func (d *docState) appositionSubject(st *sentState, i int) []string {
	k := i - 1
	for k >= 0 && st.toks[k].IsWord() && (d.in("adverb", st.toks[k].Bare) || st.toks[k].Norm == "قد") {
		k--
	}
	if k < 1 || (st.toks[k].Norm != "،" && st.toks[k].Norm != ",") {
		return nil
	}
	k--
	a := st.syn.InApposition(k)
	if a < 0 {
		return nil
	}
	for k >= 0 && st.syn.InApposition(k) == a {
		k--
	}
	if k >= 0 && (st.toks[k].Norm == "،" || st.toks[k].Norm == ",") {
		k--
	}
	m := st.mentionAt(k)
	if k < 0 || m == nil || m.e != k+1 || m.adj || d.governed(st, m) || st.clause[m.s] != st.clause[i] {
		return nil
	}
	return d.groupEndingAt(st, m.e, "actor")
}
