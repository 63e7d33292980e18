package ar

import (
	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
)

// memberOf from structure:
//
//   - "X، إحدى الدول الأعضاء في ORG"، "X أحد أعضاء ORG"، "X إحدى دول
//     ORG": one of the members (list "oneof" after أحد/إحدى, then ORG);
//   - "X وحلفاؤها في ORG": X and its allies are in ORG.
//
// Lists after تضم/تشمل/المكونة من and "led by" are in patterns.go.

// memberRules applies the memberOf rules to a sentence.
func (d *docState) memberRules(st *sentState) {
	for _, m := range st.ments {
		if m.adj || !isActorType(m.typ) {
			continue
		}
		if org, ok := d.oneOfMembers(st, m.e); ok {
			d.addMember(st, m, org, "ar/member-oneof")
		}
		if org, ok := d.withAllies(st, m.e); ok {
			d.addMember(st, m, org, "ar/member-allies")
		}
	}
	d.joinings(st)    // office9.go: "X انضم إلى ORG"
	d.partOfRules(st) // office9.go: "X التابعة لـ Y"، "X، الجناح العسكري لـ Y"
}

// oneOfMembers reads "، إحدى الدول الأعضاء في ORG" from token k: the
// organisation, when the phrase names one.
func (d *docState) oneOfMembers(st *sentState, k int) (string, bool) {
	toks := st.toks
	if k < len(toks) && (toks[k].Norm == "،" || toks[k].Norm == ",") {
		k++
	}
	if k >= len(toks) || !d.in("oneof", toks[k].Norm) {
		return "", false
	}
	k++
	n := 0
	for ; n < 3 && k < len(toks) && st.mentionAt(k) == nil && d.in("membernoun", toks[k].Norm); n++ {
		k++
	}
	if n == 0 {
		return "", false // "أحد قادة…"، "إحدى المدن": no membership
	}
	if k < len(toks) && toks[k].Norm == "في" {
		k++
	}
	return d.orgAt(st, k)
}

// withAllies reads "وحلفاؤها في ORG" from token k.
func (d *docState) withAllies(st *sentState, k int) (string, bool) {
	toks := st.toks
	if k+2 >= len(toks) || !d.in("allieswith", toks[k].Norm) || toks[k+1].Norm != "في" {
		return "", false
	}
	return d.orgAt(st, k+2)
}

// orgAt returns the organisation or group named at token k.
func (d *docState) orgAt(st *sentState, k int) (string, bool) {
	o := st.mentionAt(k)
	if o == nil || o.s != k || o.adj || (o.typ != extract.Organization && o.typ != extract.Group) {
		return "", false
	}
	return o.key, true
}

// addMember records memberOf for the actor of mention m.
func (d *docState) addMember(st *sentState, m *mention, org, rule string) {
	a := d.actor(st, m)
	if a == "" || a == org {
		return
	}
	d.addFact(extract.Fact{Subject: a, Predicate: extract.MemberOf, Object: org,
		Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: rule,
		Features: []string{"cx=member", "types=" + d.typeOf(a) + "-" + d.typeOf(org)}})
}

// ledOrg returns the organisation or group named right before token p,
// across up to two adjectives (التنظيم المتطرف بقيادة…), or nil.
func (d *docState) ledOrg(st *sentState, p int) *mention {
	for q := p - 1; q >= 0 && q >= p-3; q-- {
		if m := st.mentionAt(q); m != nil {
			return m
		}
		t := st.toks[q]
		if !t.IsArabic() || t.Prefix != "" || !text.HasArticle(t.Norm) || st.syn.Class[q] == syntax.Verb {
			return nil
		}
	}
	return nil
}
