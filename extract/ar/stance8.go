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
	if stance8Words, err = wordLists("stance8_words.tsv", "disavow", "nationalact", "claimverb", "claimedact"); err != nil {
		panic(err) // embedded data: a broken file fails every test
	}
}

// inStance8 reports whether a token (by its Norm or its Bare form without
// the و/ف conjunction) is in a list of data/stance8_words.tsv.
func inStance8(list string, t text.Token) bool {
	set := stance8Words[list]
	return inEither(set, t) || set[text.Normalize(t.Bare)]
}

// condemnedNation reads a condemnation of a national act: "دانت الجامعة
// العربية التوغل التركي"، "رفضت الحكومة الخطوات الإسرائيلية الأخيرة" — the
// one who condemns opposes the country of the adjective. The act noun
// (list nationalact) stands within fourteen tokens of the verb in its clause,
// outside any name, its adjective right after it or after one other
// adjective.
func (d *docState) condemnedNation(st *sentState) {
	for i, t := range st.toks {
		// the cheap tests first: most tokens are no verb
		if !t.IsWord() || st.syn.Class[i] != syntax.Verb || st.mentionAt(i) != nil || !inStance8("disavow", t) {
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
	for k := i + 1; k+1 < len(st.toks) && k <= i+14 && st.clause[k] == c; k++ {
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

// claimTrigger is the trigger of the facts condemnedClaimed records.
var claimTrigger = &trigger{pred: extract.Opposes, rule: "ar/condemn-claimed", cx: cxVerb, verb: true, phrase: "دان", toks: []string{"دان"}, objType: "actor"}

// noteClaimant keeps the actor that claims an attack in the sentence
// ("وتبنى تنظيم داعش التفجير"، "وكان تنظيم داعش قد تبنى اغتيال…") as the
// document's claimant, for the condemnations after it.
func (d *docState) noteClaimant(st *sentState) {
	for i, t := range st.toks {
		if !t.IsWord() || st.mentionAt(i) != nil || !inStance8("claimverb", t) || !d.claimedActAfter(st, i) {
			continue
		}
		if m := d.claimerOf(st, i); m != nil {
			d.claimant = d.actor(st, m)
		}
	}
}

// claimerOf returns the subject of the claim verb at token i: a name right
// before it or before قد ("وكان التنظيم قد تبنى"), else one within four
// tokens after it (VSO, past a head such as فرع).
func (d *docState) claimerOf(st *sentState, i int) *mention {
	k := i - 1
	if k >= 0 && st.toks[k].Norm == "قد" {
		k--
	}
	if k >= 0 && st.toks[k].Norm == "»" {
		k-- // "وكان تنظيم «داعش» قد تبنى"
	}
	if m := st.mentionAt(k); k >= 0 && m != nil && m.e == k+1 && !m.adj && d.actor(st, m) != "" {
		return m
	}
	c := st.clause[i]
	for k := i + 1; k < len(st.toks) && k <= i+4 && st.clause[k] == c; k++ {
		if m := st.mentionAt(k); m != nil {
			if m.s == k && m.prefix == "" && !m.adj && d.actor(st, m) != "" {
				return m
			}
			return nil
		}
		if !st.toks[k].IsWord() && st.toks[k].Norm != "«" {
			return nil
		}
	}
	return nil
}

// claimedActAfter reports whether an attack noun (list claimedact) follows
// the verb at token i in its clause within ten tokens.
func (d *docState) claimedActAfter(st *sentState, i int) bool {
	_, ok := d.bareActAfter(st, i, false)
	return ok
}

// bareActAfter returns the first attack noun after the verb at token i in
// its clause, within fourteen tokens and outside any name; with bare, it must
// name no doer or target: no name right after it or its adjectives.
func (d *docState) bareActAfter(st *sentState, i int, bare bool) (int, bool) {
	c := st.clause[i]
	for k := i + 1; k < len(st.toks) && k <= i+14 && st.clause[k] == c; k++ {
		if st.mentionAt(k) != nil || !inStance8("claimedact", st.toks[k]) {
			continue
		}
		if !bare {
			return k, true
		}
		q := k + 1
		for a := 0; a < 3 && q < len(st.toks) && st.mentionAt(q) == nil && (st.syn.Class[q] == syntax.Adjective || !st.toks[q].IsWord() && st.toks[q].Norm != "،" && st.toks[q].Norm != "."); a++ {
			q++
		}
		if q+1 < len(st.toks) && (st.toks[q].Norm == normOn || st.toks[q].Norm == "ضد") {
			q++ // its target: "الهجوم على السعودية"
		}
		if q < len(st.toks) && st.mentionAt(q) != nil {
			return 0, false
		}
		return k, true
	}
	return 0, false
}

// condemnedClaimed reads a condemnation of an attack that names no doer,
// after the document named the actor that claimed it: "وتبنى تنظيم داعش
// التفجير. ودانت الحكومة المغربية التفجير" — the one who condemns
// opposes the claimant.
func (d *docState) condemnedClaimed(st *sentState) {
	if d.claimant == "" {
		return
	}
	for i, t := range st.toks {
		if !t.IsWord() || !inStance("condemn", t) || st.mentionAt(i) != nil || st.syn.Class[i] != syntax.Verb {
			continue
		}
		k, ok := d.bareActAfter(st, i, true)
		if !ok || d.perpetratorAfter(st, i) != nil || d.blocked(st, i, claimTrigger, "") {
			continue
		}
		subj, _ := d.subject(st, i, i+1, claimTrigger)
		date := d.factDate(st, i, extract.Opposes)
		for _, s := range subj {
			d.how.objAt, d.how.obj = k, "claimant"
			d.record(st, claimTrigger, i, i+1, s, d.claimant, date)
		}
	}
}

// condemnHomograph reports whether the token at k is the verb "ودان" (and
// he condemned) at the head of a sentence or clause, which the name tagger
// reads as the Libyan town Waddan: a place name does not open a sentence
// before its subject ("ودان الأمين العام الهجوم"); the town follows a
// preposition or a head noun ("في ودان"، "مدينة ودان").
func condemnHomograph(st *sentState, k int) bool {
	if st.toks[k].Norm != "ودان" {
		return false
	}
	return k == 0 || !st.toks[k-1].IsWord()
}

// verbAfterClitic reports whether a name word is a verb of condemning
// after the conjunction و or ف ("ودان": Waddan, and "and he condemned"):
// the tokenizer must strip its clitic, news write the verb far more often.
func verbAfterClitic(n string) bool {
	r := []rune(n)
	return (r[0] == 'و' || r[0] == 'ف') && stance8Words["disavow"][string(r[1:])]
}
