package ar

import (
	"strings"
	"sync"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// Titles whose body is a head noun with the article that refers back to a
// body named before (issue 11, round 10): "رئيس الحزب النائب X"،
// "المتحدث باسم الوزارة X"، "قائد الحرس العميد X" — the one organisation
// or group of that head the document has named. The title rules
// (mentions.go, title) resolve such heads only for the orghead list and
// only before a plain name; here ranks and adjectives may stand between,
// and the head may be a ministry, service, guard, mission, corporation.
// Rule ar/office-head.
//
// Possessive titles ("أمينها العام X"، "المتحدث باسمها X") were tried in
// this round too and dropped: they raised the readable sets only and added
// a wrong fact on a blind one.

// office10Words holds the word lists of data/office10.tsv.
var office10Words = sync.OnceValues(func() (map[string]map[string]bool, error) {
	return wordLists("office10.tsv", "speaker", "after", "rank", "headtitle:", "bodyhead")
})

// office10Max is how many adjectives and ranks may stand between the
// title and the name.
const office10Max = 3

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

// skipOfficeAdjectives walks on from token k over the office adjectives
// and ranks after a title and returns the token after them;
// false for a former office (السابق).
func (d *docState) skipOfficeAdjectives(st *sentState, w map[string]map[string]bool, k int) (int, bool) {
	for n := 0; k < len(st.toks) && n <= office10Max; n++ {
		t := st.toks[k]
		if d.lex.in("former", t.Norm) {
			return 0, false // "رئيس الحزب السابق X": no office now
		}
		if t.Prefix != "" || !(w["after"][t.Norm] || w["rank"][t.Norm]) {
			return k, true
		}
		k++
	}
	return k, true
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

// seenOffice reports whether officialOf person → of is recorded already
// (by the title rules), so that this rule adds no second reading.
func (d *docState) seenOffice(person, of string) bool {
	_, ok := d.seen[person+"\x00"+string(extract.OfficialOf)+"\x00"+of+"\x00\x00"]
	return ok
}
