package ar

import (
	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
)

// Arguments of event and stance triggers that do not depend on one
// sentence shape: an object pronoun carried by the trigger's preposition
// ("عقد اجتماعا معه"), the members of a collective subject named after
// بينهم/منهم ("أيد حلفاء غربيون بينهم X وY…"), and a country named by the
// nationality adjective of a policy noun ("رفضت مصر التدخل التركي").

// pronounPreps maps a preposition with an attached pronoun to the
// preposition (normalised).
var pronounPreps = map[string]string{}

func init() {
	for prep, forms := range map[string][]string{
		"مع":  {"معه", "معها", "معهم", "معهما"},
		"ب":   {"به", "بها", "بهم", "بهما"},
		"ل":   {"له", "لها", "لهم", "لهما"},
		"على": {"عليه", "عليها", "عليهم", "عليهما"},
		"إلى": {"إليه", "إليها", "إليهم"},
		"ضد":  {"ضده", "ضدها", "ضدهم"},
		"من":  {"منه", "منها", "منهم"},
	} {
		for _, f := range forms {
			pronounPreps[text.Normalize(f)] = text.Normalize(prep)
		}
	}
}

// prepPronounObject returns whom a preposition with an attached pronoun
// right after a trigger refers to (within two tokens of after, in the
// clause), when the trigger's row lists that preposition: "عقد السيسي
// اجتماعا معه" — the last person named who is no subject, or for ها the
// nearest agreeing actor.
func (d *docState) prepPronounObject(st *sentState, i, after int, tr *trigger, subj []string) string {
	c := st.clause[i]
	for k := after; k < len(st.toks) && k <= after+1 && st.within(k, c); k++ {
		t := st.toks[k]
		prep, ok := pronounPreps[t.Norm]
		if !ok {
			prep, ok = pronounPreps[t.Bare]
		}
		if !ok {
			if st.mentionAt(k) != nil || !t.IsWord() {
				return ""
			}
			continue
		}
		if !tr.preps[prep] {
			return ""
		}
		return d.pronounObject(st, i, k+1, subj)
	}
	return ""
}

// includingWords introduce the named members of a collective noun.
var includingWords = map[string]bool{}

func init() {
	for _, w := range []string{"بينهم", "بينها", "منهم", "منها", "ومنهم", "ومنها", "وبينهم", "وبينها", "أبرزهم", "أبرزها", "خاصة", "خصوصا", "وخاصة"} {
		includingWords[text.Normalize(w)] = true
	}
}

// includedActors reads a collective subject that names its members after
// بينهم/منهم: "أيد حلفاء غربيون بينهم حلف الأطلسي والولايات المتحدة…".
// From token k (no mention), up to three words of the collective (nouns
// and adjectives, no verb or punctuation), then the including word and
// the first actor list. It returns the list and the token after it.
func (d *docState) includedActors(st *sentState, k int) ([]string, int) {
	for q := k; q < len(st.toks) && q <= k+3; q++ {
		t := st.toks[q]
		if st.mentionAt(q) != nil || !t.IsWord() {
			return nil, k
		}
		if includingWords[t.Norm] {
			m := st.mentionAt(q + 1)
			if m == nil || m.s != q+1 {
				return nil, k
			}
			return d.group(st, m, "actor")
		}
		if c := st.syn.Class[q]; c != syntax.Noun && c != syntax.Adjective {
			return nil, k
		}
	}
	return nil, k
}

// policyCountry returns the country a nationality adjective names when it
// qualifies a policy noun (list "stancenoun" of words.tsv) right before
// it: "الإجراءات التركية" → Turkey, as the object of a stance.
func (d *docState) policyCountry(st *sentState, m *mention) string {
	if !m.adj || m.s == 0 || d.typeOf(m.key) != extract.Country {
		return ""
	}
	p := st.toks[m.s-1]
	if d.in("stancenoun", p.Norm) || d.in("stancenoun", p.Bare) {
		return m.key
	}
	return ""
}
