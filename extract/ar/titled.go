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
func (d *docState) titledPerson(st *sentState, k int) *mention {
	if k >= len(st.toks) || st.mentionAt(k) != nil {
		return nil
	}
	_, _, te := d.matchTitle(st, k)
	if te <= k {
		return nil
	}
	for q := te; q < len(st.toks) && q < te+8; q++ {
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
