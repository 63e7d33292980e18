package ar

import (
	"strings"
	"sync"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
)

// Possessive office titles (issue 11, round 10): a title whose body is a
// pronoun suffix, in the forms the one-word rule of args.go
// (possessiveTitles: "رئيسها X" of a country or armed group) leaves out:
//
//   - an adjective or rank between the suffixed title and the name, and
//     bodies that are organisations: "الجامعة … أمينها العام X"،
//     "المنظمة … رئيستها الدولية X"، "الحزب … زعيمه X";
//   - a spokesman in the body's name: "المتحدث الرسمي باسمها X";
//   - the suffix on the title's complement: "وزير خارجيتها X"، "عضو
//     مكتبها السياسي X".
//
// The suffix refers to the nearest country, organisation or group named
// before the title in the sentence whose grammatical gender fits it (a
// person or a place in between stops the search: "زعيمه" after a
// person is his), else to the discourse topic of the sentences before.
// A former office (السابق) gives nothing. Rule ar/office-possessive.

// office10Words holds the word lists of data/office10.tsv.
var office10Words = sync.OnceValues(func() (map[string]map[string]bool, error) {
	return wordLists("office10.tsv", "stem:", "speaker", "named", "head:", "complement", "after", "rank", "headtitle:", "bodyhead")
})

// office10Max is how many adjectives and ranks may stand between the
// suffixed word and the name.
const office10Max = 3

// possessiveOffices records officialOf for each person named right after a
// possessive title (see above). The title rules may have made the title
// and the name one mention: the name is then the mention's end.
func (d *docState) possessiveOffices(st *sentState) {
	w, err := office10Words()
	if err != nil {
		return
	}
	for k := range st.toks {
		role, start := possessiveTitleAt(st, w, k)
		if role == "" {
			continue
		}
		q, ok := d.skipOfficeAdjectives(st, w, k+1)
		if !ok {
			continue
		}
		m := st.mentionAt(q)
		if m == nil || m.typ != extract.Person || m.adj || m.pron || m.s != q && m.s != start {
			continue
		}
		of := d.possessiveReferent(st, start, suffixAgreement(st.toks[k]))
		if of == "" || of == m.key || d.seenOffice(m.key, of) {
			continue
		}
		d.official(st, m.key, of, role, "ar/office-possessive")
	}
}

// skipOfficeAdjectives walks on from token k over the office adjectives
// and ranks after a possessive title and returns the token after them;
// false for a former office (السابق).
func (d *docState) skipOfficeAdjectives(st *sentState, w map[string]map[string]bool, k int) (int, bool) {
	for n := 0; k < len(st.toks) && n <= office10Max; n++ {
		t := st.toks[k]
		if d.lex.in("former", t.Norm) {
			return 0, false // "أمينها العام السابق X": no office now
		}
		if t.Prefix != "" || !(w["after"][t.Norm] || w["rank"][t.Norm]) {
			return k, true
		}
		k++
	}
	return k, true
}

// possessiveTitleAt reads a possessive title ending at token k: a suffixed
// title noun (أمينها), a speaker and the suffixed باسم (المتحدث الرسمي
// باسمها), or a title noun and a suffixed complement (وزير خارجيتها). It
// returns the role and the title's first token, or "".
func possessiveTitleAt(st *sentState, w map[string]map[string]bool, k int) (string, int) {
	if m := st.mentionAt(k); m != nil && m.typ != extract.Person {
		return "", 0
	}
	t := st.toks[k]
	if a := suffixAgreement(t); a != agrMasc && a != agrFem {
		return "", 0
	}
	if w["named"][t.Norm] {
		p := k - 1
		if p >= 0 && w["after"][st.toks[p].Norm] {
			p-- // "المتحدث الرسمي باسمه"
		}
		if p >= 0 && inEither(w["speaker"], st.toks[p]) {
			return "spokesperson", p
		}
		return "", 0
	}
	stem, _ := suffixStem(t)
	if stem == "" || t.Prefix != "" && !strings.HasSuffix(t.Prefix, "ب") {
		return "", 0 // "ورئيسها": a second phrase; "برئيسها": its body's holder
	}
	if role := listRole(w, "stem:", stem); role != "" {
		return role, k
	}
	if w["complement"][stem] && k > 0 && st.toks[k-1].Prefix == "" {
		if role := listRole(w, "head:", st.toks[k-1].Norm); role != "" {
			return role, k - 1
		}
	}
	return "", 0
}

// listRole returns the ROLE of the first list "PREFIXROLE" that holds word.
func listRole(w map[string]map[string]bool, prefix, word string) string {
	for name, set := range w {
		if role, ok := strings.CutPrefix(name, prefix); ok && set[word] {
			return role
		}
	}
	return ""
}

// possessiveReferent returns the body a pronoun suffix of agreement agr
// at the title starting at token ts refers to: the nearest country,
// organisation or group named before it in the sentence whose gender fits,
// unless a person or a place is named nearer (only names in a subject's
// or object's place count: argumentPosition); else the discourse topic of
// the sentences before (one body, within topicWindow, agreeing).
func (d *docState) possessiveReferent(st *sentState, ts int, agr agreement) string {
	var near, adj *mention
	named := false
	for _, m := range st.ments {
		switch {
		case m.e > ts || m.typ == extract.Event:
		case !d.argumentPosition(st, m):
			if m.typ == extract.Country || m.typ == extract.Organization || m.typ == extract.Group {
				named = true // a body the sentence names: no reading of the topic
			}
		case m.adj:
			if adj == nil || m.e > adj.e {
				adj = m // "حزب العمال البريطاني … زعيمه": the party, not Britain
			}
		case near == nil || m.e > near.e:
			near = m
		}
	}
	if near == nil {
		near = adj
	}
	if near != nil {
		switch near.typ {
		case extract.Country, extract.Organization, extract.Group:
			if !genderFits(d.mentionGender(st, near), agr) {
				return ""
			}
			return d.actor(st, near)
		default:
			return "" // "زعيمه" after a person: his, not a body's
		}
	}
	if named {
		return ""
	}
	tp := d.sentenceTopic(st)
	if len(tp.keys) != 1 || st.idx <= tp.sent || st.idx-tp.sent > topicWindow || tp.agr == agrUnknown || !agr.fits(tp.agr) {
		return ""
	}
	switch d.typeOf(tp.keys[0]) {
	case extract.Country, extract.Organization, extract.Group:
		return tp.keys[0]
	}
	return ""
}

// argumentPosition reports whether a mention stands where a clause's
// subject or object stands: first in the sentence, after a verb, a
// punctuation mark, a complementizer or a conjunction. A name in the
// genitive of a noun ("إحدى فصائل الحشد"، "جنوب اليمن") or after a
// preposition ("إلى بغداد") describes another and is no referent.
func (d *docState) argumentPosition(st *sentState, m *mention) bool {
	if strings.TrimPrefix(strings.TrimPrefix(m.prefix, "و"), "ف") != "" {
		return false // "ببغداد"، "لحماس"
	}
	p := m.s - 1
	for p >= 0 && quoteMark(st.toks[p].Norm) {
		p--
	}
	if p < 0 || !st.toks[p].IsWord() {
		return true
	}
	t := st.toks[p]
	if p > 0 && t.Prefix == "" && d.in("orghead", text.StripArticle(t.Bare)) {
		return d.argumentPosition(st, &mention{s: p, e: m.e}) // "تنظيم داعش"
	}
	if st.mentionAt(p) != nil || t.Norm == "و" || d.in("complementizer", t.Norm) {
		return true // "زار الوزير بلجيكا": the object after the subject
	}
	if st.syn == nil || p >= len(st.syn.Class) {
		return false
	}
	switch st.syn.Class[p] {
	case syntax.Verb, syntax.Comp, syntax.Conj, syntax.Name, syntax.Punct:
		return true
	case syntax.Noun:
		// "زار الوزير بلجيكا": a verb's subject, then its object
		return p > 0 && text.HasArticle(t.Bare) && st.syn.Class[p-1] == syntax.Verb
	}
	return false
}

// genderFits reports whether a name of mentionGender g may be the referent
// of a suffix of agreement agr (an unknown gender fits either).
func genderFits(g int, agr agreement) bool {
	switch g {
	case feminine:
		return agr == agrFem
	case masculine:
		return agr == agrMasc
	}
	return true
}

// seenOffice reports whether officialOf person → of is recorded already
// (by the title rules), so that this rule adds no second reading.
func (d *docState) seenOffice(person, of string) bool {
	_, ok := d.seen[person+"\x00"+string(extract.OfficialOf)+"\x00"+of+"\x00\x00"]
	return ok
}

// headBodyOffices records officialOf for each person named right after a
// title whose body is a head noun with the article that refers back
// ("رئيس الحزب النائب X"، "المتحدث باسم الوزارة X"، "قائد الحرس العميد
// X"): the one body of that head the document has named (its Arabic
// label starts with the head); nothing when it named none or several.
// Rule ar/office-head.
func (d *docState) headBodyOffices(st *sentState) {
	w, err := office10Words()
	if err != nil {
		return
	}
	for b := 1; b < len(st.toks); b++ {
		t := st.toks[b]
		if t.Prefix != "" || !text.HasArticle(t.Bare) || !w["bodyhead"][text.StripArticle(t.Bare)] {
			continue
		}
		if m := st.mentionAt(b); m != nil && m.typ != "title" {
			continue // a name: "رئيس الحزب الديمقراطي" is read by the title rules
		}
		role, start := headTitleBefore(st, w, b)
		if role == "" {
			continue
		}
		q, ok := d.skipOfficeAdjectives(st, w, b+1)
		if !ok {
			continue
		}
		m := st.mentionAt(q)
		if m == nil || m.typ != extract.Person || m.adj || m.pron || m.s != q && m.s != start {
			continue
		}
		of := d.headBody(st, text.StripArticle(t.Bare), start)
		if of == "" || of == m.key || d.seenOffice(m.key, of) {
			continue
		}
		d.official(st, m.key, of, role, "ar/office-head")
	}
}

// headTitleBefore reads the title before a body's head noun at token b: a
// title noun (رئيس الحزب) or a speaker and باسم (المتحدث الرسمي باسم
// الوزارة). It returns the role and the title's first token, or "".
func headTitleBefore(st *sentState, w map[string]map[string]bool, b int) (string, int) {
	p := b - 1
	if st.toks[p].Norm == "باسم" {
		p--
		if p >= 0 && w["after"][st.toks[p].Norm] {
			p--
		}
		if p >= 0 && inEither(w["speaker"], st.toks[p]) && !strings.HasPrefix(st.toks[p].Prefix, "ب") {
			return "spokesperson", p
		}
		return "", 0
	}
	if t := st.toks[p]; t.Prefix == "" || t.Prefix == "و" {
		if role := listRole(w, "headtitle:", t.Bare); role != "" {
			return role, p
		}
	}
	return "", 0
}

// headBody returns the one organisation or group the document has named
// (before token ts of this sentence, or in the sentences before) whose
// Arabic label starts with head, or "".
func (d *docState) headBody(st *sentState, head string, ts int) string {
	found := ""
	check := func(key string) bool {
		switch d.typeOf(key) {
		case extract.Organization, extract.Group:
		default:
			return true
		}
		first, _, _ := strings.Cut(d.entity(key).Labels["ar"], " ")
		if text.StripArticle(text.Normalize(first)) != head || key == found {
			return true
		}
		if found != "" {
			found = ""
			return false // two bodies of that head: which one is unclear
		}
		found = key
		return true
	}
	for _, k := range d.mentioned {
		if !check(k) {
			return ""
		}
	}
	for _, m := range st.ments {
		if m.e <= ts && !d.isMention[m.key] && !check(m.key) {
			return ""
		}
	}
	return found
}
