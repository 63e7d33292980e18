package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// Office forms of real newspaper copy (issue 11, ANERcorp write block):
//
//   - the holder's nationality between an organisation's name and the
//     holder's: "رئيس الفيفا السويسري جوزيف بلاتر"، "مدرب نادي مانشستر
//     يونايتد الإنجليزي أليكس فيرغسون" (holderNationality);
//   - "X، وهو أحد قادة الحركة": the comma before وهو (mentions.go, title);
//   - sports offices and memberships as titles (data/titles.tsv, roles
//     coach and player: مدرب منتخب فرنسا X → officialOf; لاعب نادي X Y →
//     memberOf, official in mentions.go);
//   - one of the leaders or members of a body (أحد قادة حماس، أحد أعضاء
//     الحزب) and activists (الناشط في حركة الجهاد) as posts (titles.tsv).

// holderNationality reports whether token j, right after the
// organisation of a title's complement, is a country adjective without a
// prefix: the nationality of the holder named next, to be read past.
func (d *docState) holderNationality(st *sentState, j int, of string) bool {
	if j >= len(st.toks) || st.toks[j].Prefix != "" || st.mentionAt(j) != nil {
		return false
	}
	switch d.typeOf(of) {
	case extract.Organization, extract.Group:
	default:
		return false
	}
	c := d.adjective(st, j)
	return c != "" && d.typeOf(c) == extract.Country
}

// sportsRole reports whether a role is a sports office or membership
// (titles.tsv: coach, player), whose holder's nationality adjective
// (اللاعب البرتغالي) names no body.
func sportsRole(role string) bool { return role == "coach" || role == "player" }

// sportsBody reports whether an office of role read by rule may stand: a
// sports office needs its club or team, not a place's country (حارس مرمى
// مانشستر: the club, not Britain).
func sportsBody(role, rule string) bool {
	return !sportsRole(role) || !strings.Contains(rule, "office-place")
}

// playerBody reports whether a player's body may be of: a club or team
// (an organisation or group), not the country of his nationality.
func (d *docState) playerBody(role, of string) bool {
	if role != "player" {
		return true
	}
	t := d.typeOf(of)
	return t == extract.Organization || t == extract.Group
}

// passiveAppointee reads an appointment whose appointee is named before
// the verb: a passive (X انتخب رئيسا للصومال، X الذي عين وزيرا للدفاع،
// X اختير أمينا عاما للحزب) or a verb of becoming (X أصبح زعيما للحزب).
// It returns the person and the token of the office's accusative noun
// right after the verb, or "" and -1. The body must be named after the
// noun (the caller gives no appointer).
func (d *docState) passiveAppointee(st *sentState, k int) (string, int) {
	toks := st.toks
	if k+1 >= len(toks) || toks[k+1].Prefix != "" || !inOffice("officeacc", toks[k+1]) {
		return "", -1
	}
	p := k - 1
	for n := 0; n < 2 && p >= 0 && st.mentionAt(p) == nil && passiveGap(toks[p].Norm); n++ {
		p-- // "X قد انتخب"، "X الذي عين"
	}
	m := st.mentionAt(p)
	if m == nil || m.e != p+1 || m.typ != extract.Person || m.adj {
		return "", -1
	}
	return m.key, k + 1
}

// passiveGap reports whether a word may stand between an appointee and
// the passive verb: قد and a relative pronoun.
func passiveGap(norm string) bool {
	switch norm {
	case "قد", "الذي", "التي", "وقد":
		return true
	}
	return false
}

// eachOf reports whether a word is كلا/كل ("each"), which may stand
// before من at the head of a membership list (تضم كلا من X وY).
func eachOf(norm string) bool {
	switch norm {
	case "كلا", "كل", "كلاً":
		return true
	}
	return false
}

// joinUnreal are the modalities under which joining is no membership.
const joinUnreal = appointUnreal

// joinings reads "X انضم إلى ORG" and "انضم X إلى ORG" (list join of
// data/office_words.tsv; صفوف and a club noun may come before the body):
// the person or country named right before the verb (across قد or a
// relative pronoun) or right after it is a member of the organisation or
// group (rule ar/member-join). A verbal noun (الانضمام) is an intention as
// often as a fact and gives nothing.
func (d *docState) joinings(st *sentState) {
	toks := st.toks
	for k, t := range toks {
		if !inOffice("join", t) || st.syn.ModAt(k)&joinUnreal != 0 {
			continue
		}
		q := k + 1
		var who *mention
		if m := st.mentionAt(q); m != nil && m.s == q && isActorType(m.typ) && m.typ != extract.Organization && !m.adj {
			who, q = m, m.e // "انضم X إلى"
		}
		if q >= len(toks) || toks[q].Norm != "الي" && toks[q].Norm != "إلى" && toks[q].Prefix != "ل" {
			continue
		}
		if toks[q].Prefix != "ل" {
			q++
		}
		for n := 0; n < 2 && q < len(toks) && st.mentionAt(q) == nil && inOffice("joinunit", text.Token{Norm: toks[q].Bare}); n++ {
			q++ // "إلى صفوف"، "لنادي"
		}
		org := st.mentionAt(q)
		if org == nil || org.adj || org.typ != extract.Organization && org.typ != extract.Group {
			continue
		}
		if who == nil {
			p := k - 1
			for n := 0; n < 2 && p >= 0 && st.mentionAt(p) == nil && passiveGap(toks[p].Norm); n++ {
				p--
			}
			if m := st.mentionAt(p); m != nil && m.e == p+1 && !m.adj && (m.typ == extract.Person || m.typ == extract.Country) {
				who = m
			}
		}
		if who != nil {
			d.addMember(st, who, org.key, "ar/member-join")
		}
	}
}

// partOfRules reads a body named as part of another: "X التابعة لـ Y"
// (affiliated to), "X، الجناح العسكري لـ Y" (its wing; list wing of
// data/office_words.tsv, an adjective allowed after it): X memberOf Y, both
// organisations or groups (a place التابعة لـ a region is locatedIn,
// located.go). Rule ar/member-partof.
func (d *docState) partOfRules(st *sentState) {
	toks := st.toks
	for _, m := range st.ments {
		if m.adj || m.typ != extract.Organization && m.typ != extract.Group {
			continue
		}
		k := m.e
		if k < len(toks) && (toks[k].Norm == "،" || toks[k].Norm == ",") {
			k++
		}
		if k >= len(toks) {
			continue
		}
		switch {
		case inOffice("affiliated", toks[k]) && toks[k].Prefix == "":
			k++
		case inOffice("wing", toks[k]) && toks[k].Prefix == "":
			k++
			if k < len(toks) && toks[k].Prefix == "" && text.HasArticle(toks[k].Norm) && st.mentionAt(k) == nil && !inOffice("wing", toks[k]) {
				k++ // "الجناح العسكري"
			}
		default:
			continue
		}
		if k >= len(toks) {
			continue
		}
		o := st.mentionAt(k)
		if o == nil || o.s != k || o.adj || o.key == m.key || o.typ != extract.Organization && o.typ != extract.Group {
			continue
		}
		if pre := toks[k].Prefix; pre != "ل" && !strings.HasSuffix(pre, "ل") && toks[k-1].Norm != "ل" {
			continue // "التابعة لـ": the body after ل
		}
		d.addMember(st, m, o.key, "ar/member-partof")
	}
}
