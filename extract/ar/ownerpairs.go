package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
)

// Two references back that round 10 adds to discourse.go's. A title
// written with a possessive pronoun before a name ("زعيمه X", "رئيسها Y")
// may belong to an organisation (a party, a parliament, a congress), which
// has a leader or a president though no forces: the organisation named
// nearest before it that agrees with the pronoun, unless a country, an
// armed group or a person that agrees stands nearer. And "البلدان"،
// "الطرفان" may stand for two states or groups named together by و in the
// sentence ("اتهم مصر وإيران … ورفض البلدان …"), not only for two parties
// that met.

// possessiveTitleAt returns the token of the title written with a
// possessive pronoun that a person's mention m follows ("رئيسها X"), or
// that the mention starts with: "رئيسه X" reads as the feminine title
// "رئيسة" once ة is folded into ه, so the title and the name make one
// mention. The word before the mention comes first ("رئيسها عبدالله
// X"); -1 when neither may be one.
func possessiveTitleAt(st *sentState, m *mention) int {
	before := m.s > 0 && st.mentionAt(m.s-1) == nil
	if before && writtenPossessive(st.toks[m.s-1]) {
		return m.s - 1
	}
	if m.e > m.s+1 && writtenPossessive(st.toks[m.s]) {
		return m.s
	}
	if !before {
		return -1
	}
	return m.s - 1
}

// titleOwner returns what the pronoun of a title at token k refers to:
// the nearest actor before k in the sentence that agrees with agr, when
// it is an organisation; else suffixReferent's answer.
func (d *docState) titleOwner(st *sentState, k int, agr agreement) string {
	for n := len(st.ments) - 1; n >= 0; n-- {
		m := st.ments[n]
		if m.e > k || m.adj {
			continue
		}
		a := d.actor(st, m)
		typ := d.typeOf(a)
		if a == "" || !hasForces(typ) && typ != extract.Organization {
			continue
		}
		if !agr.fits(d.nameAgreement(st, []string{a}, m.s)) {
			continue
		}
		if typ == extract.Organization {
			return a
		}
		break
	}
	key, _ := d.suffixReferent(st, k, agr)
	return key
}

// noteCoordinatedPair remembers as the last pair two states, or two armed
// groups or organisations, named one right after the other with و between
// them ("مصر وإيران"): a later "البلدان" or "الطرفان" stands for both. A
// third name joined to them ("مصر وإيران وتركيا") makes no pair, and a
// pair that met or worked together within the last two sentences stays.
func (d *docState) noteCoordinatedPair(st *sentState) {
	if len(d.lastPair) == 2 && d.sentIdx-d.lastPairAt <= 2 {
		return
	}
	var ms []*mention
	for _, m := range st.ments {
		if m.key != "" && !m.adj && !m.pron {
			ms = append(ms, m)
		}
	}
	for n := 0; n+1 < len(ms); n++ {
		a, b := ms[n], ms[n+1]
		if b.s != a.e || !strings.HasPrefix(st.toks[b.s].Prefix, "و") {
			continue
		}
		if a.key == b.key || pairClass(a.typ) == "" || pairClass(a.typ) != pairClass(b.typ) {
			continue
		}
		if n > 0 && ms[n-1].e == a.s || n+2 < len(ms) && ms[n+2].s == b.e {
			continue // a list of three or more
		}
		d.notePair([]string{a.key, b.key}) // the last pair of the sentence wins
	}
}

// pairClass groups the types that may make a pair: states, and armed
// groups with organisations; "" for the others.
func pairClass(typ string) string {
	switch typ {
	case extract.Country:
		return "state"
	case extract.Group, extract.Organization:
		return "body"
	}
	return ""
}
