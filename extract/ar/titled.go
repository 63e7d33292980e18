package ar

import (
	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
)

// titledPerson returns the person a title phrase at token k introduces
// when the title is no mention of its own: "اتهم المتحدث باسم الجيش
// الليبي أحمد المسماري قطر" — after the title, its complement (names,
// nationality adjectives, words of the title's body) and then the person.
// It returns nil when a verb, a punctuation mark or a preposition comes
// first, or nothing is found within eight tokens.
//
// A title the catalogue resolves to no one at the document's date (a
// mention with no key: "رئيس الحكومة الليبية المؤقتة عبد الله الثني") is
// passed over to the name after it, and so is an envoy's destination
// ("المبعوث الأممي إلى سوريا ستافان دي ميستورا"، "سفير واشنطن لدى اليمن
// ماثيو تولر"): إلى or لدى and the one name it governs.
func (d *docState) titledPerson(st *sentState, k int) *mention {
	if k >= len(st.toks) {
		return nil
	}
	te := k
	if m := st.mentionAt(k); m != nil {
		if m.key != "" || m.s != k {
			return nil
		}
		te = m.e // a title that names no one
	} else if _, _, te = d.matchTitle(st, k); te <= k {
		return nil
	}
	for q := te; q < len(st.toks) && q < te+8; q++ {
		if n := d.destinationEnd(st, q); n > q {
			q = n - 1
			continue
		}
		m := st.mentionAt(q)
		if m != nil {
			if m.s == q && m.typ == extract.Person && !m.adj && m.prefix == "" {
				return m
			}
			q = m.e - 1
			continue
		}
		t := st.toks[q]
		if !t.IsWord() || st.syn.Class[q] == syntax.Verb || st.syn.Class[q] == syntax.Prep && t.Norm != "باسم" {
			return nil
		}
	}
	return nil
}

// destinationEnd returns the token after an envoy's destination at token
// q — إلى or لدى and a country, place or organisation named right after it
// ("المبعوث الأممي إلى سوريا") — or q.
func (d *docState) destinationEnd(st *sentState, q int) int {
	if n := st.toks[q].Norm; n != "الي" && n != "لدي" || q+1 >= len(st.toks) {
		return q
	}
	m := st.mentionAt(q + 1)
	if m == nil || m.s != q+1 || m.prefix != "" || m.adj || m.typ == extract.Person {
		return q
	}
	return m.e
}
