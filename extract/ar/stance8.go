package ar

import (
	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
)

// Round 8 stance constructions (data/stance8_words.tsv): a condemnation,
// rejection or criticism of an act that a nationality adjective gives its
// doer.

// stance8Words holds the word lists of data/stance8_words.tsv.
var stance8Words map[string]map[string]bool

func init() {
	var err error
	if stance8Words, err = wordLists("stance8_words.tsv", "disavow", "nationalact"); err != nil {
		panic(err) // embedded data: a broken file fails every test
	}
}

// inStance8 reports whether a token (by its Norm or its Bare form without
// the و/ف conjunction) is in a list of data/stance8_words.tsv.
func inStance8(list string, t text.Token) bool {
	set := stance8Words[list]
	return set[t.Norm] || set[t.Bare] || set[text.Normalize(t.Bare)]
}

// condemnedNation reads a condemnation of a national act: "دانت الجامعة
// العربية التوغل التركي"، "رفضت الحكومة الخطوات الإسرائيلية الأخيرة" — the
// one who condemns opposes the country of the adjective. The act noun
// (list nationalact) stands within ten tokens of the verb in its clause,
// outside any name, its adjective right after it or after one other
// adjective.
var debug8 = func(*sentState) {}

func (d *docState) condemnedNation(st *sentState) {
	debug8(st)
	for i, t := range st.toks {
		if !t.IsWord() || !inStance8("disavow", t) || st.mentionAt(i) != nil || st.syn.Class[i] != syntax.Verb {
			continue
		}
		n := d.nationalActAfter(st, i)
		if n == nil {
			continue
		}
		tr := &trigger{pred: extract.Opposes, rule: "ar/condemn-nation", cx: cxVerb, verb: true, phrase: t.Norm, toks: []string{t.Norm}, objType: "actor"}
		if d.blocked(st, i, tr, "") {
			continue
		}
		subj, _ := d.subject(st, i, i+1, tr)
		o := n.key
		date := d.factDate(st, i, extract.Opposes)
		for _, s := range subj {
			d.how.objAt, d.how.obj = n.s, "national-act"
			d.record(st, tr, i, i+1, s, o, date)
		}
	}
}

// nationalActAfter returns the nationality adjective of the first act noun
// after the verb at token i, or nil when the first such noun has none.
func (d *docState) nationalActAfter(st *sentState, i int) *mention {
	c := st.clause[i]
	for k := i + 1; k+1 < len(st.toks) && k <= i+10 && st.clause[k] == c; k++ {
		if st.mentionAt(k) != nil || !inStance8("nationalact", st.toks[k]) {
			continue
		}
		for q := k + 1; q <= k+2 && q < len(st.toks); q++ {
			if m := st.mentionAt(q); m != nil {
				if m.s == q && m.adj && m.prefix == "" && d.typeOf(m.key) == extract.Country {
					return m
				}
				return nil
			}
			if st.syn.Class[q] != syntax.Adjective {
				return nil
			}
		}
		return nil
	}
	return nil
}
