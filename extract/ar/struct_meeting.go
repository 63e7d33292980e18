package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// The members of a body named by its meeting: "اجتماع لجنة متابعة مبادرة
// السلام العربية" names the committee inside the event, and "الاجتماع
// الذي يضم تونس والأردن" (the meeting, named again later) lists the
// committee's members. noteEventBodies remembers each event's body, so
// that a later mention of the event by its head noun can give it back.

// noteEventBodies records the body inside each event mention of the
// sentence.
func (d *docState) noteEventBodies(st *sentState) {
	for _, m := range st.ments {
		if m.inner == "" || m.typ != extract.Event {
			continue
		}
		if d.eventBody == nil {
			d.eventBody = map[string]string{}
		}
		d.eventBody[m.key] = m.inner
	}
}

// meetingBody returns the mention of the body whose meeting m names (the
// committee of "اجتماع اللجنة"), as a mention over m's tokens, or m itself
// (nil stays nil).
func (d *docState) meetingBody(m *mention) *mention {
	if m == nil || m.typ != extract.Event {
		return m
	}
	body := m.inner
	if body == "" {
		body = d.eventBody[m.key]
	}
	if body == "" {
		return m
	}
	return &mention{s: m.s, e: m.e, key: body, typ: d.typeOf(body)}
}

// passiveLight reads a passive light verb and its verbal noun at k ("تم
// التوصل إليه"، "جرى توقيعه"): the noun's token and the verb it stands for
// (توصل، ابرم، وقع); else k and the bare form of token k.
func (d *docState) passiveLight(st *sentState, k int) (int, string) {
	b := st.toks[k].Bare
	if k+1 >= len(st.toks) || (b != "تم" && b != "جري" && b != "جرى") {
		return k, b
	}
	n := text.StripArticle(st.toks[k+1].Bare)
	for noun, verb := range passiveNouns {
		if strings.HasPrefix(n, noun) {
			return k + 1, verb
		}
	}
	return k, b
}

// passiveNouns maps the verbal nouns of reaching and signing to their verbs.
var passiveNouns = map[string]string{"توصل": "توصل", "ابرام": "ابرم", "توقيع": "وقع"}

// placePhrase reports whether a mention is where something happened ("في
// فيينا"), not who did it: a place after في.
func (d *docState) placePhrase(st *sentState, m *mention) bool {
	return (m.typ == extract.Place || m.typ == extract.Facility) && m.s > 0 && st.toks[m.s-1].Norm == "في"
}
