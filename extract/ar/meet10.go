package ar

import (
	"sync"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
)

// Round-10 meeting constructions (data/meet10.tsv):
//
//   - a meeting verb after كما، حيث or ثم with no subject of its own
//     continues the clause before it: "أجرى X محادثات مع Y، كما التقى
//     Z" — X met Z (the name after the verb is the partner, not the
//     subject);
//   - a meeting chaired, with people named after بحضور or بمشاركة
//     ("ترأس X اجتماعا لمجلس الوزراء، بمشاركة Y وZ"): the chair met them
//     (attend.go; a delegation headed is no meeting: chairedMeeting);
//   - someone who spoke or took part in a meeting, conference or talks
//     held at a place ("قال X خلال الاجتماع الذي عقد في الدوحة"، "قال X في
//     مؤتمر صحفي في باريس") visited the place, unless it is in the
//     country he serves (eventPlaceVisits).

// m10Lists are the word lists of data/meet10.tsv.
var m10Lists = sync.OnceValues(func() (map[string]map[string]bool, error) {
	return wordLists("meet10.tsv", "continue", "chaired", "eventnoun", "eventprep")
})

// m10Set is m10Lists as one bit set per word.
var m10Set = lazyWordSet(m10Lists)

// m10Is reports whether token t (without proclitics) is a word of the
// given list of data/meet10.tsv.
func m10Is(list string, t text.Token) bool {
	s, err := m10Set()
	return err == nil && s.has(list, t)
}

// continuedVerb reports whether the verb at token i follows a word of
// list "continue" that opens its clause after an earlier one of the same
// sentence ("…، كما التقى"، "…، حيث التقى").
func (d *docState) continuedVerb(st *sentState, i int) bool {
	if i < 2 || st.syn.Class[i] != syntax.Verb || !m10Is("continue", st.toks[i-1]) {
		return false
	}
	return st.toks[i].Prefix == "" && st.toks[i-1].Prefix != "ل"
}

// continuedSubject returns the subject of a continued meeting verb at
// token i (continuedVerb): the explicit subject named earlier in the same
// sentence, when the name read as the verb's own subject (subj) is not
// among it; or nil.
func (d *docState) continuedSubject(st *sentState, i int, subj []string) []string {
	if d.lastSubjAt != st.idx || len(d.lastSubj) == 0 || len(d.lastSubj) > 3 {
		return nil
	}
	for _, s := range d.lastSubj {
		if contains(subj, s) || !isActorType(d.typeOf(s)) {
			return nil
		}
	}
	if p := st.posOf(d.lastSubj[0], i); p < 0 || p >= i {
		return nil // named after the verb, or not in this sentence
	}
	return d.lastSubj
}

// timeStartsAt reports whether a time expression starts at token k.
func timeStartsAt(st *sentState, k int) bool {
	for _, m := range st.dates {
		if st.tokenAt(m.Start) == k {
			return true
		}
	}
	return false
}

// chairedMeeting reports whether a word of list "chaired" (a meeting,
// session or summit) stands between a verb of chairing at token q and a
// noun of presence at token k: "ترأس X اجتماعا … بحضور Y", not "ترأس X
// وفد بلاده … بمشاركة Y".
func (d *docState) chairedMeeting(st *sentState, q, k int) bool {
	for p := q + 1; p < k; p++ {
		switch {
		case meetWordIs("delegation", st.toks[p]):
			return false // "ترأس X وفد بلاده إلى القمة": he led a delegation
		case m10Is("chaired", st.toks[p]):
			return true
		}
	}
	return false
}

// eventPlaceVisits reads a meeting, conference or talks in an adjunct
// (after a word of list "eventprep": خلال، في، على هامش) with the place it
// was held at after it ("خلال الاجتماع الذي عقد في الدوحة"، "في مؤتمر
// صحفي في باريس"): the clause's subject visited the place, unless it is
// in the country he serves. A meeting with someone (مع) is left to
// meetingPlace; one to come, demanded or denied states nothing.
func (d *docState) eventPlaceVisits(st *sentState) {
	for k := 1; k+2 < len(st.toks); k++ {
		if !m10Is("eventnoun", st.toks[k]) || !m10Is("eventprep", st.toks[k-1]) || st.toks[k].Prefix != "" {
			continue
		}
		if ev := st.mentionAt(k); ev != nil && ev.typ != extract.Event {
			continue
		}
		if st.syn.ModAt(k)&blocking != 0 || d.futureBefore(st, k) {
			continue
		}
		m := d.placeAfterEvent(st, k)
		if m == nil {
			continue
		}
		subj := d.firstSubject(st, k, st.clause[k])
		if len(subj) == 0 {
			subj = d.frontedAdjunctSubject(st, k-1)
		}
		if len(subj) > 0 {
			d.visitedAbroad(st, subj, m.key, d.factDate(st, k, extract.Visited), "ar/event-place")
		}
	}
}

// futureBefore reports whether a verb with the future prefix stands
// before token k in its clause ("سيقول خلال المؤتمر…").
func (d *docState) futureBefore(st *sentState, k int) bool {
	for q := k - 1; q >= 0 && st.clause[q] == st.clause[k]; q-- {
		if st.syn.Feat[q]&syntax.FutureVerb != 0 {
			return true
		}
	}
	return false
}

// placeAfterEvent returns the place named within eight tokens after the
// event noun at token k, governed by في or ب, past adjectives, up to two
// genitives, times and a relative clause of holding ("الذي عقد"); nil at
// any other word (a comma, another verb, مع, إن) or a name that is no
// place.
func (d *docState) placeAfterEvent(st *sentState, k int) *mention {
	for q := k; q < len(st.toks) && q <= k+8; q++ {
		t := st.toks[q]
		if m := st.mentionAt(q); m != nil {
			if m.typ == extract.Event {
				if pl := d.placeInEvent(st, q, m); pl != nil {
					return pl // "الاجتماع الذي عقد في الدوحة" named as an event
				}
				q = m.e - 1 // "اجتماع وزراء الخارجية العرب في القاهرة"
				continue
			}
			if m.adj {
				q = m.e - 1
				continue
			}
			if m.s == q && (m.typ == extract.Place || m.typ == extract.Country) && (m.prefix == "ب" || (q > 0 && st.toks[q-1].Norm == "في")) {
				return m
			}
			return nil
		}
		switch {
		case q == k || t.Norm == "في" || ev9Is("relpron", t) || ev9Is("ranverb", t) || timeStartsAt(st, q):
		case st.syn.Class[q] == syntax.Adjective:
		case st.syn.Class[q] == syntax.Noun && q <= k+2 && t.Prefix == "":
			// a genitive: "اجتماع مجلس الوزراء في…"
		default:
			return nil // a comma, another verb, مع, a complementizer: "خلال المؤتمر إن الوضع في سوريا"
		}
	}
	return nil
}

// placeInEvent returns the place named after في inside the event mention
// ev from token q on ("محادثات في الدوحة" named as the Doha talks), or nil.
func (d *docState) placeInEvent(st *sentState, q int, ev *mention) *mention {
	for k := q; k+1 < ev.e; k++ {
		if st.toks[k].Norm != "في" {
			continue
		}
		if e, es, _ := d.matchName(st, k+1); e > k+1 && e <= ev.e {
			if en := d.choose(st, k+1, e, es); en != nil && (en.Type == extract.Place || en.Type == extract.Country) {
				return &mention{s: k + 1, e: e, key: en.Key, typ: string(en.Type)}
			}
		}
	}
	return nil
}
