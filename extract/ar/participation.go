package ar

import (
	"github.com/newskg/kg/extract"
)

// participatedIn from a relative clause on an event or agreement: "قمة
// كامب ديفيد التي استضافها أوباما"، "المحادثات التي رعتها الأمم المتحدة"،
// "الاتفاق الذي وقعته مصر": the agent of the relative verb (list
// "eventrel": verbs of hosting, sponsoring, organising, signing, with the
// pronoun of the antecedent) took part. Parties joined by بين are read
// by agreementParties (patterns.go).

// eventRelatives applies the rule to a sentence.
func (d *docState) eventRelatives(st *sentState) {
	for _, m := range st.ments {
		if (m.typ != extract.Event && m.typ != extract.Agreement) || m.adj {
			continue
		}
		k := m.e
		for n := 0; n < 3 && k < len(st.toks) && st.mentionAt(k) == nil && !d.in("relative", st.toks[k].Norm); n++ {
			if !st.toks[k].IsArabic() || d.in("boundary", st.toks[k].Norm) {
				break
			}
			k++ // adjectives of the event: "المحادثات المباشرة التي…"
		}
		if k+2 >= len(st.toks) || !d.in("relative", st.toks[k].Norm) || !d.in("eventrel", st.toks[k+1].Norm) {
			continue
		}
		q := k + 2
		for q < len(st.toks) && q <= k+4 && st.mentionAt(q) == nil && (d.in("honorific", st.toks[q].Norm) || d.in("adverb", st.toks[q].Norm)) {
			q++
		}
		a := d.actorAt(st, q) // events2.go: "التي تجمع الحكومة المالية و…"
		if a == nil {
			continue
		}
		members, _ := d.group(st, a, "actor")
		for _, p := range members {
			if p == m.key {
				continue
			}
			d.addFact(extract.Fact{Subject: p, Predicate: extract.ParticipatedIn, Object: m.key,
				Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/event-relative",
				Features: []string{"cx=relative", "trig=" + st.toks[k+1].Norm}})
		}
	}
}
