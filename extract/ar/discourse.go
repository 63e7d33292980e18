package ar

import (
	"strings"
	"sync"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
)

// Arguments carried across clauses and sentences. Arabic news refers back
// to an actor named before with a pronoun suffix ("قواتها" her forces,
// "حكومته" his government, "خلال زيارته" during his visit) or with a
// description ("الجانب الروسي" the Russian side). This file resolves
// them: a pronoun to the nearest actor of the sentence before it that
// agrees with it in gender and number, else to the discourse topic
// (topic.go) when that agrees; a side to the country of its adjective.
// Mentions made this way are flagged (mention.pron, mention.prev) so that
// the fact scorer learns how far to trust them.

// discourseWords holds the lists of data/discourse.tsv.
type discourseWords struct {
	body, side, fronted, honorific map[string]bool
	titled                         map[string]string // title → the honorific it implies
}

// honoree is the person last named with an honorific, and the sentence.
type honoree struct {
	key  string
	sent int
}

// honorWindow is how many sentences an honorific pronoun reaches back.
const honorWindow = 6

var discourseLists = sync.OnceValues(func() (*discourseWords, error) {
	l, err := wordLists("discourse.tsv", "body", "side", "fronted", "honorific", "titled:")
	if err != nil {
		return nil, err
	}
	w := &discourseWords{body: l["body"], side: l["side"], fronted: l["fronted"], honorific: l["honorific"], titled: map[string]string{}}
	for name, set := range l {
		if h, ok := strings.CutPrefix(name, "titled:"); ok {
			for title := range set {
				w.titled[title] = text.Normalize(h)
			}
		}
	}
	return w, nil
})

// suffixAgreement reads the pronoun suffix a word carries as written: هما
// and هم plural, ها feminine, ه masculine; agrUnknown for none.
func suffixAgreement(t text.Token) agreement {
	switch pronounGender(t) {
	case feminine:
		return agrFem
	case masculine:
		return agrMasc
	}
	w := strings.TrimRight(t.Text, "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640")
	if strings.HasSuffix(w, "هم") || strings.HasSuffix(w, "هما") {
		return agrPlural
	}
	return agrUnknown
}

// suffixStem returns the word t without its pronoun suffix (and without
// its proclitics), and the suffix's agreement; "" when it has none.
func suffixStem(t text.Token) (string, agreement) {
	a := suffixAgreement(t)
	if a == agrUnknown || text.HasArticle(t.Bare) {
		return "", agrUnknown
	}
	w := t.Bare
	for _, s := range []string{"هما", "هم", "ها", "ه"} {
		if strings.HasSuffix(w, s) && len([]rune(w)) > len([]rune(s))+2 {
			return strings.TrimSuffix(w, s), a
		}
	}
	return "", agrUnknown
}

// discourseMentions adds the mentions this file resolves to the sentence:
// a side named by a nationality adjective ("الجانب الروسي" → Russia) and a
// body noun with a pronoun suffix ("قواتها" → the actor "ها" refers to).
func (d *docState) discourseMentions(st *sentState) {
	w, err := discourseLists()
	if err != nil {
		return
	}
	for k, t := range st.toks {
		if m := st.mentionAt(k); m != nil && m.s == k && m.typ == extract.Person && !m.pron {
			d.noteHonorific(st, w, m)
		}
		if st.at[k] >= 0 {
			continue
		}
		stem, agr := suffixStem(t)
		if key, prev := d.honorificReferent(st, w, t, stem, agr); key != "" {
			st.insert(&mention{s: k, e: k + 1, key: key, typ: extract.Person, prefix: t.Prefix, pron: true, prev: prev})
			continue
		}
		if w.side[t.Bare] && k+1 < len(st.toks) {
			if m := st.mentionAt(k + 1); m != nil && m.adj && m.s == k+1 && m.typ == extract.Country {
				m.s, m.adj, m.prefix, m.pron = k, false, t.Prefix, true // "الجانب الروسي"
				st.at[k] = st.at[k+1]
			}
			continue
		}
		if stem == "" || !w.body[stem] {
			continue
		}
		key, prev := d.suffixReferent(st, k, agr)
		if key != "" {
			st.insert(&mention{s: k, e: k + 1, key: key, typ: d.typeOf(key), prefix: t.Prefix, pron: true, prev: prev})
		}
	}
}

// suffixReferent returns the actor a body noun's pronoun suffix at token
// k refers to (a person stands for the country he holds office in), and
// whether it was named in an earlier sentence: the nearest actor before
// k in the sentence whose agreement fits agr, else the discourse topic
// when it fits. A person with no known country gives "".
func (d *docState) suffixReferent(st *sentState, k int, agr agreement) (string, bool) {
	for n := len(st.ments) - 1; n >= 0; n-- {
		m := st.ments[n]
		if m.e > k {
			continue
		}
		a := d.actor(st, m)
		if !hasForces(d.typeOf(a)) {
			continue // "الجامعة … تحت سيطرة قواتها": a university has none
		}
		if !agr.fits(d.nameAgreement(st, []string{a}, m.s)) {
			continue // "أكد الوزير أن قواتها": his, not her
		}
		return d.forcesOf(a), false
	}
	tp := d.sentenceTopic(st)
	if len(tp.keys) != 1 || !hasForces(d.typeOf(tp.keys[0])) || st.idx-tp.sent > topicWindow || st.idx <= tp.sent || !agr.fits(tp.agr) || tp.agr == agrUnknown {
		return "", false
	}
	return d.forcesOf(tp.keys[0]), true
}

// hasForces reports whether an actor of type typ may have forces or a
// government of its own: a country, an armed group, or a person (his
// country's).
func hasForces(typ string) bool {
	return typ == extract.Country || typ == extract.Group || typ == extract.Person
}

// forcesOf returns whose forces or government an actor's body is: a
// person's country, else the actor.
func (d *docState) forcesOf(a string) string {
	if d.typeOf(a) == extract.Person {
		return d.homeOf(a)
	}
	return a
}

// possTopic returns, for a noun whose pronoun suffix names its agent
// ("خلال زيارته") with no referent in its sentence, the discourse topic
// when it was named in an earlier sentence within topicWindow and agrees
// with the suffix; else the last explicit subject when it agrees.
func (d *docState) possTopic(st *sentState, i int) ([]string, string) {
	agr := suffixAgreement(st.toks[i])
	if agr == agrUnknown {
		return nil, ""
	}
	tp := d.sentenceTopic(st)
	if len(tp.keys) > 0 && tp.sent < st.idx && st.idx-tp.sent <= topicWindow && tp.agr != agrUnknown && agr.fits(tp.agr) {
		d.how.topicDist = st.idx - tp.sent
		return tp.keys, "poss-topic"
	}
	if len(d.lastSubj) > 0 && agr.fits(d.nameAgreement(nil, d.lastSubj, -1)) {
		return d.lastSubj, "poss-last"
	}
	return nil, ""
}

// frontedPossessive reports whether the verb at token i follows an
// adjunct fronted at the head of its sentence or clause whose noun
// carries a pronoun suffix that agrees with the discourse topic
// ("وخلال زيارته التقى…", "وفي ختام لقائه، أكد…"): the verb's subject is
// then the one the pronoun refers to, the topic.
func (d *docState) frontedPossessive(st *sentState, i int) bool {
	w, err := discourseLists()
	if err != nil {
		return false
	}
	for q := i - 1; q >= 1 && q >= i-4; q-- {
		t := st.toks[q]
		if t.Norm == "،" || t.Norm == "," {
			continue
		}
		if st.mentionAt(q) != nil || st.syn.Class[q] == syntax.Verb {
			return false
		}
		agr := suffixAgreement(t)
		if agr == agrUnknown || !writtenPossessive(t) {
			continue
		}
		p := q - 1
		if p >= 1 && !w.fronted[st.toks[p].Bare] && w.fronted[st.toks[p-1].Bare] {
			p-- // "في ختام زيارته"
		}
		if !w.fronted[st.toks[p].Bare] || (p > 0 && st.toks[p-1].IsWord()) {
			return false
		}
		keys, _ := d.topicFor(st, i)
		return len(keys) > 0 && agr.fits(d.sentenceTopic(st).agr)
	}
	return false
}

// discourseFeatures says, for the fact being recorded, which argument came
// from a pronoun suffix or a description ("pron=subj", "pron=obj") and
// whether one was carried from an earlier sentence ("prev=1"), so that the
// fact scorer learns their reliability.
func (d *docState) discourseFeatures(st *sentState) []string {
	var f []string
	prev := false
	for _, a := range []struct {
		at   int
		role string
	}{{d.how.subjAt, "subj"}, {d.how.objAt, "obj"}} {
		if a.at < 0 {
			continue
		}
		if m := st.mentionAt(a.at); m != nil && m.pron {
			f = append(f, "pron="+a.role)
			prev = prev || m.prev
		}
	}
	switch d.how.subj {
	case "topic", "poss-topic", "poss-last", "fronted-topic", "last":
		prev = prev || d.how.topicDist > 0 || d.lastSubjAt != st.idx
	}
	if prev {
		f = append(f, "prev=1")
	}
	return f
}

// noteHonorific records a person named after an honorific ("صاحب السمو
// الملكي الأمير X", "فخامة الرئيس Y") or a title that implies one
// ("الأمير X": سمو): up to four words before the name, with no other name
// or punctuation between; the nearest word decides.
func (d *docState) noteHonorific(st *sentState, w *discourseWords, m *mention) {
	for q := m.s; q >= 0 && q >= m.s-4; q-- {
		t := st.toks[q]
		if q < m.s && (!t.IsWord() || st.mentionAt(q) != nil) {
			return
		}
		h := text.StripArticle(t.Bare)
		if !w.honorific[h] {
			h = w.titled[h] // "الأمير X" is addressed "سموه"
		}
		if h != "" {
			if d.honored == nil {
				d.honored = map[string]honoree{}
			}
			d.honored[h] = honoree{key: m.key, sent: st.idx}
			return
		}
	}
}

// honorificReferent returns the person an honorific with a pronoun suffix
// (token t; stem and agr are its suffixStem) stands for ("مع سموه" → the
// last prince named with "السمو"), and whether he was named in an earlier
// sentence; "" for another word or when no one was named with it within
// honorWindow sentences.
func (d *docState) honorificReferent(st *sentState, w *discourseWords, t text.Token, stem string, agr agreement) (string, bool) {
	if len(d.honored) == 0 {
		return "", false // no one named with an honorific yet
	}
	if whole := t; t.Norm != t.Bare {
		whole.Bare = t.Norm // "فخامته": ف is no clitic here
		if ws, wa := suffixStem(whole); ws != "" {
			if ws = strings.TrimSuffix(ws, "ت") + "ه"; w.honorific[ws] {
				stem, agr = ws, wa
			}
		}
	}
	if stem == "" || agr == agrPlural {
		return "", false
	}
	if strings.HasSuffix(stem, "ت") {
		stem = strings.TrimSuffix(stem, "ت") + "ه" // "فخامته" → "فخامه"
	}
	h, ok := d.honored[stem]
	if !w.honorific[stem] || !ok || st.idx-h.sent > honorWindow {
		return "", false
	}
	if agr.fits(d.nameAgreement(nil, []string{h.key}, -1)) {
		return h.key, h.sent != st.idx
	}
	return "", false
}

// pronounPartner reports whether a preposition of the trigger's row with
// a pronoun ("معه", "بها") follows the phrase [i, j) (after the noun of a
// light verb): the one met is that pronoun's referent, not the name after
// the verb ("وعقد X اجتماعا معه": X met him).
func (d *docState) pronounPartner(st *sentState, i, j int, tr *trigger) bool {
	for k := max(i+1, j); k < len(st.toks) && k <= j+1; k++ {
		t := st.toks[k]
		prep, ok := pronounPreps[t.Norm]
		if !ok {
			prep, ok = pronounPreps[t.Bare]
		}
		if ok {
			return tr.preps[prep]
		}
	}
	return false
}
