package ar

import (
	"strings"
	"sync"

	"github.com/newskg/kg/extract"
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
	return wordLists("office10.tsv", "stem:", "speaker", "named", "head:", "complement", "after", "rank")
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
// unless a person or a place (not after a preposition) is named nearer; else the discourse topic of
// the sentences before (one body, within topicWindow, agreeing).
func (d *docState) possessiveReferent(st *sentState, ts int, agr agreement) string {
	var near, adj *mention
	for _, m := range st.ments {
		switch {
		case m.e > ts || m.typ == extract.Event || m.typ == extract.Place && placeGoverned(st, m):
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

// placeGoverned reports whether a place is named after a preposition
// ("وصل وفد الجامعة إلى بغداد، وقال أمينها"): a destination or a venue,
// not the referent of a title's suffix.
func placeGoverned(st *sentState, m *mention) bool {
	if strings.HasSuffix(m.prefix, "ب") || strings.HasSuffix(m.prefix, "ل") {
		return true
	}
	if m.s == 0 {
		return false
	}
	switch st.toks[m.s-1].Norm {
	case "الي", "في", "من", "داخل", "قرب":
		return true
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
