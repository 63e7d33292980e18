package ar

import (
	"strings"
	"sync"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
)

// Arabic news drops the subject of a verb that goes on with the actor of
// the sentences before («وصل الوزير إلى الدوحة. والتقى نظيره…»,
// «وأضاف أن…»). The discourse topic is the agent of the last main clause
// that names its agent; a later verb with no subject of its own takes it
// when the verb's person agreement (gender, number) fits the topic's.

// agreement is the gender and number a verb shows or a name takes.
type agreement uint8

const (
	agrUnknown agreement = iota // fits anything
	agrMasc                     // masculine singular (وأكد، يزور)
	agrFem                      // feminine singular (وأكدت، تزور)
	agrPlural                   // plural or dual (وأكدوا، أكدتا، يلتقيان)
)

func (a agreement) String() string {
	return [...]string{"unknown", "masc", "fem", "plural"}[a]
}

// fits reports whether a verb showing v may have a dropped subject of
// agreement t.
func (v agreement) fits(t agreement) bool {
	return v == agrUnknown || t == agrUnknown || v == t
}

// topicWindow is how many sentences a topic carries over.
const topicWindow = 3

// topic is the paragraph's discourse topic.
type topic struct {
	keys []string
	agr  agreement
	sent int // the sentence it was named in
}

// nameGender holds the words of data/agreement.tsv: the first word of a
// name (without ال) → its gender.
var nameGender = sync.OnceValues(func() (map[string]agreement, error) {
	rows, err := readTSV("agreement.tsv", 2)
	if err != nil {
		return nil, err
	}
	g := map[string]agreement{}
	for _, r := range rows {
		a := map[string]agreement{"masc": agrMasc, "fem": agrFem, "plural": agrPlural}[r[0]]
		for _, w := range strings.Split(r[1], "|") {
			if w = text.Normalize(strings.TrimSpace(w)); w != "" {
				g[w] = a
			}
		}
	}
	return g, nil
})

// verbAgreement reads the person agreement of a verb (its و/ف removed):
// the plural endings وا/ون/ان/تا, the feminine past ت, the masculine
// imperfect ي; a past without ت is masculine unless it ends in ا (دعا or
// a dual أكدا); an imperfect in ت may be a past of the تفاعل forms. The
// future س is not stripped (سيطرت is a past).
func verbAgreement(t text.Token) agreement {
	n := t.Norm
	if t.Prefix == "و" || t.Prefix == "ف" {
		n = t.Bare
	}
	r := []rune(n)
	if len(r) < 3 {
		return agrUnknown
	}
	end2 := string(r[len(r)-2:])
	switch {
	case end2 == "وا" || end2 == "ون" || end2 == "تا" || (end2 == "ان" && (r[0] == 'ي' || r[0] == 'ت')):
		return agrPlural
	case r[0] == 'ي':
		return agrMasc
	case r[len(r)-1] == 'ت':
		return agrFem
	case r[0] == 'ت' || r[len(r)-1] == 'ا' || r[len(r)-1] == 'ي':
		return agrUnknown
	}
	return agrMasc
}

// nameAgreement is the agreement a verb shows with the actors keys as
// subject, named by the mention at token at (or -1): several actors are
// plural; a person is masculine unless a feminine verb said otherwise;
// other actors take the gender of the name's first word
// (data/agreement.tsv, else ة → feminine); countries are feminine; other
// names (حماس، داعش) are unknown.
func (d *docState) nameAgreement(st *sentState, keys []string, at int) agreement {
	if len(keys) != 1 {
		if len(keys) > 1 {
			return agrPlural
		}
		return agrUnknown
	}
	typ := d.typeOf(keys[0])
	if typ == extract.Person {
		if d.female[keys[0]] {
			return agrFem
		}
		return agrMasc
	}
	if st != nil && at >= 0 && at < len(st.toks) {
		w := st.toks[at].Bare
		if text.HasArticle(w) {
			w = strings.TrimPrefix(w, "ال")
		}
		if g, err := nameGender(); err == nil {
			if a, ok := g[w]; ok {
				return a
			}
		}
		if typ != extract.Country && strings.HasSuffix(w, "ه") {
			return agrFem
		}
	}
	if typ == extract.Country {
		return agrFem
	}
	return agrUnknown
}

// topLevel reports whether token i stands in a main or subordinate clause
// of the narrative, not in reported speech or a relative clause.
func (st *sentState) topLevel(i int) bool {
	if st.syn == nil || i < 0 || i >= len(st.clause) {
		return false
	}
	k := st.syn.Clauses[st.clause[i]].Kind
	return k == syntax.Main || k == syntax.Sub
}

// noteTopic makes keys, the overt agent of the verb at token i named by
// the mention at token at, the discourse topic when the verb stands in the
// narrative and every key is an actor.
func (d *docState) noteTopic(st *sentState, i int, keys []string, at int) {
	if len(keys) == 0 || !st.topLevel(i) || st.syn.Reports(i) >= 0 {
		return
	}
	for _, k := range keys {
		if !isActorType(d.typeOf(k)) {
			return
		}
	}
	if d.topic.sent != st.idx {
		d.prevTopic = d.topic
	}
	d.topic = topic{keys: keys, agr: d.nameAgreement(st, keys, at), sent: st.idx}
}

// sentenceTopic returns the topic the current sentence began with: the
// one before it when the sentence has named a topic of its own.
func (d *docState) sentenceTopic(st *sentState) topic {
	if d.topic.sent == st.idx {
		return d.prevTopic
	}
	return d.topic
}

// topicFor returns the discourse topic as the dropped subject of the verb
// at token i, and its distance in sentences, when it was named within
// topicWindow sentences before and the verb's agreement fits it.
func (d *docState) topicFor(st *sentState, i int) ([]string, int) {
	tp := d.sentenceTopic(st)
	if len(tp.keys) == 0 {
		return nil, 0
	}
	dist := st.idx - tp.sent
	if dist < 0 || dist > topicWindow {
		return nil, 0
	}
	if !verbAgreement(st.toks[i]).fits(tp.agr) {
		return nil, 0
	}
	return tp.keys, dist
}

// setLast records keys as the last explicit subject, read by a verb
// joined by و in the same sentence.
func (d *docState) setLast(st *sentState, keys []string) {
	d.lastSubj = keys
	d.lastSubjAt = st.idx
}

// droppedSpeaker returns the speaker of a speech verb at token i that has
// no subject of its own: for "وأضاف:" / "وتابع" the last named speaker,
// and otherwise, in the same sentence, the last subject; in a later
// sentence the discourse topic. Either must agree with the verb
// ("وأضافت" is no man's continuation). named says whether the speaker
// counts as named (its pronouns then refer to it).
func (d *docState) droppedSpeaker(st *sentState, i int) (speaker []string, named bool) {
	v := verbAgreement(st.toks[i])
	if d.continuesSpeech(st, i) && len(d.lastSpeaker) > 0 && v.fits(d.nameAgreement(nil, d.lastSpeaker, -1)) {
		return d.lastSpeaker, true
	}
	if d.lastSubjAt == st.idx {
		return d.lastSubj, false
	}
	if keys, _ := d.topicFor(st, i); len(keys) > 0 {
		if d.topic.sent != st.idx {
			d.prevTopic = d.topic
			d.topic.sent = st.idx // the topic goes on speaking
		}
		return keys, true
	}
	return nil, false
}

// vsoAgrees reports whether the actors s, read as the subject right after
// the verb at token i, agree with it in gender. A verb before its subject
// is singular whatever the subject's number, so only gender counts, and
// only for names that are not people (a person's gender is known only
// from the verbs that name him or her): "واتهمت روسيا" but "واتهم روسيا"
// (he accused Russia).
func (d *docState) vsoAgrees(st *sentState, i int, s []string) bool {
	v := verbAgreement(st.toks[i])
	if v != agrMasc && v != agrFem {
		return true
	}
	var m *mention
	for k := i + 1; k < len(st.toks) && k <= i+3; k++ {
		if m = st.mentionAt(k); m != nil {
			break
		}
	}
	if m == nil || m.adj || m.title || m.key != s[0] || d.typeOf(s[0]) == extract.Person {
		return true
	}
	for k := i + 1; k < m.s; k++ {
		if t := st.toks[k]; (inConflict("agreehead", t) || inConflict("armedhead", t) || inConflict("gunmen", t)) && st.mentionAt(k) == nil {
			return true // "شنت طائرات التحالف"، "اقتحم مسلحون من حركة…": the verb agrees with the noun
		}
	}
	a := d.nameAgreement(st, s[:1], m.s)
	if a == agrMasc && d.typeOf(s[0]) == extract.Country {
		return true // "وجمدت المغرب": a country may be feminine as a state
	}
	return a == agrUnknown || a == agrPlural || a == v
}

// topicPerson returns the discourse topic when it is one person named
// within topicWindow sentences before this one ("بلاده" in a sentence that
// names no one is the topic's country), or "".
func (d *docState) topicPerson(st *sentState) string {
	tp := d.topic
	if len(tp.keys) != 1 || st.idx-tp.sent > topicWindow || d.typeOf(tp.keys[0]) != extract.Person {
		return ""
	}
	return tp.keys[0]
}
