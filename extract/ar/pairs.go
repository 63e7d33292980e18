package ar

import (
	"sort"
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/relclf"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
)

// PairSentence is one sentence as the relation proposer (extract/relclf)
// reads it: its tokens and named mentions, with the entity each mention
// names and the mentions' byte offsets in the document.
type PairSentence struct {
	Index    int // the sentence's index in the text, -1 for the headline
	Sentence relclf.Sentence
	Keys     []string // the entity key of each mention
	Offsets  [][2]int // the byte offsets of each mention (in the headline for Index -1)
}

// coarseType maps an entity type to the proposer's coarse types (those of
// ANERcorp).
func coarseType(t string) string {
	switch t {
	case extract.Person:
		return "PERS"
	case extract.Organization, extract.Group:
		return "ORG"
	case extract.Country, extract.Place, extract.Facility:
		return "LOC"
	}
	return "MISC"
}

// pairMentions returns the sentence's mentions the proposer pairs: named
// entities (no nationality adjective, pronoun or bare title), sorted, the
// first of overlapping ones kept.
func (d *docState) pairMentions(st *sentState) []*mention {
	var out []*mention
	for _, m := range st.ments {
		if m.key == "" || m.adj || m.pron || m.title || m.typ == "title" || d.typeOf(m.key) == "" {
			continue
		}
		if k := d.nameStart(st, m); k > m.s {
			cp := *m
			cp.s = k
			m = &cp
		}
		out = append(out, m)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].s < out[j].s })
	kept := out[:0]
	for _, m := range out {
		if n := len(kept); n > 0 && m.s < kept[n-1].e {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// relSentence describes the sentence st to the proposer, with its
// mentions ms.
func (d *docState) relSentence(st *sentState, ms []*mention) relclf.Sentence {
	rs := relclf.Sentence{Tokens: d.relTokens(st), Mentions: make([]relclf.Mention, len(ms))}
	for i, m := range ms {
		rs.Mentions[i] = relclf.Mention{Start: m.s, End: m.e, Type: coarseType(d.typeOf(m.key))}
		rs.Tokens[m.s].Mods = modNames(st.syn.ModAt(m.s))
	}
	return rs
}

// relTokens returns the proposer's tokens of st: normal form, bare form
// and the predicates whose triggers start there (modality is filled in at
// the mentions only, where the features read it).
func (d *docState) relTokens(st *sentState) []relclf.Token {
	var out []relclf.Token
	if d.collect == nil { // nobody keeps the sentence: one buffer for the document
		if cap(d.relToks) < len(st.toks) {
			d.relToks = make([]relclf.Token, len(st.toks), len(st.toks)+64)
		}
		out = d.relToks[:len(st.toks)]
	} else {
		out = make([]relclf.Token, len(st.toks))
	}
	for k, t := range st.toks {
		out[k] = relclf.Token{Word: t.Norm, Stem: t.Bare, Triggers: st.word(d, k).preds}
	}
	return out
}

// triggerPreds returns the predicates of the triggers starting with one of
// the word's forms, each once.
func (w *word) triggerPreds() []string {
	var out []string
	for _, ts := range w.triggers {
		for _, tr := range ts {
			if !containsString(out, tr.pred) {
				out = append(out, tr.pred)
			}
		}
	}
	return out
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// modNames returns the names of the markers of m, nil for none.
func modNames(m syntax.Mod) []string {
	if m == 0 {
		return nil
	}
	return m.Names()
}

// pairs describes the sentence to the proposer: it keeps the description
// when the caller collects them (ExtractPairs), and records the pairs the
// proposer relates as learned candidates (added when the document is read,
// if no rule relates the pair).
func (d *docState) pairs(st *sentState) {
	if d.collect == nil && d.x.proposer == nil {
		return
	}
	ms := d.pairMentions(st)
	if len(ms) < 2 {
		return
	}
	rs := d.relSentence(st, ms)
	if d.collect != nil {
		ps := PairSentence{Index: st.idx, Sentence: rs, Keys: make([]string, len(ms)), Offsets: make([][2]int, len(ms))}
		for i, m := range ms {
			ps.Keys[i] = m.key
			ps.Offsets[i] = [2]int{st.toks[m.s].Start, st.toks[m.e-1].End}
		}
		*d.collect = append(*d.collect, ps)
	}
	if d.x.proposer != nil {
		d.propose(st, &rs, ms)
	}
}

// AnnotateSentence describes a sentence given as words (as a corpus
// tokenises it) with mentions over those words, to the proposer: the words
// are joined by spaces and tokenised as the extractor does, and each
// mention is mapped onto the tokens its words became (the mentions keep
// their order and number). For training on a
// tagged corpus (ANERcorp).
func (x *Extractor) AnnotateSentence(words []string, ms []relclf.Mention) (relclf.Sentence, error) {
	if err := x.load(); err != nil {
		return relclf.Sentence{}, err
	}
	starts := make([]int, len(words)+1)
	var b []byte
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		starts[i] = len(b)
		b = append(b, w...)
	}
	starts[len(words)] = len(b) + 1
	src := string(b)
	toks := text.Tokenize(src, 0)
	first := func(off int) int { // the first token at or after byte off
		return sort.Search(len(toks), func(k int) bool { return toks[k].Start >= off })
	}
	d := newDocState(x, extract.Document{Text: src})
	st := newSentState(0, text.Sentence{Text: src, Start: 0, End: len(src), Tokens: toks})
	spans := make([]syntax.Span, 0, len(ms))
	out := make([]relclf.Mention, 0, len(ms))
	for _, m := range ms {
		s, e := first(starts[m.Start]), first(starts[m.End])
		s = min(s, len(toks)-1)
		e = min(max(e, s+1), len(toks)) // every word is one token or more
		out = append(out, relclf.Mention{Start: s, End: e, Type: m.Type})
		spans = append(spans, syntax.Span{Start: s, End: e, Kind: syntax.NameSpan})
	}
	syn := x.syn.Analyze(toks, spans)
	rs := relclf.Sentence{Tokens: d.relTokens(st), Mentions: out}
	for _, m := range out {
		rs.Tokens[m.Start].Mods = modNames(syn.ModAt(m.Start))
	}
	return rs, nil
}

// nameStart returns where the name of a mention begins: a person's mention
// may start with the title that named him ("الرئيس المصري عبد الفتاح
// السيسي", "نظيره الفرنسي فرانسوا هولاند"), which the tagged corpus the
// proposer learns from leaves out of its mentions. It is the first token
// of the mention that begins one of the entity's Arabic labels, else the
// mention's start.
func (d *docState) nameStart(st *sentState, m *mention) int {
	if m.e-m.s < 2 {
		return m.s
	}
	if d.nameFirst == nil {
		d.nameFirst = map[string][]string{}
	}
	firsts, ok := d.nameFirst[m.key]
	if !ok {
		e := d.entity(m.key)
		add := func(l string) {
			if f := strings.Fields(text.Normalize(l)); len(f) > 0 && !containsString(firsts, f[0]) {
				firsts = append(firsts, f[0])
			}
		}
		add(e.Labels["ar"])
		for _, a := range e.AltLabels {
			if a.Lang == "ar" {
				add(a.Text)
			}
		}
		d.nameFirst[m.key] = firsts
	}
	for k := m.s; k < m.e; k++ {
		if containsString(firsts, st.toks[k].Norm) || containsString(firsts, st.toks[k].Bare) {
			return k
		}
	}
	return m.s
}
