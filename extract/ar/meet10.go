package ar

import (
	"sync"

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
//   - a present-tense arrival or meeting is a plan only when the time to
//     come is its own: in "يصل X اليوم إلى P … قبل مؤتمر يعقد الأربعاء
//     المقبل" the coming Wednesday dates the conference after قبل.

// m10Lists are the word lists of data/meet10.tsv.
var m10Lists = sync.OnceValues(func() (map[string]map[string]bool, error) {
	return wordLists("meet10.tsv", "continue", "otherevent", "today", "chaired")
})

// m10Set is m10Lists as one bit set per word.
var m10Set = sync.OnceValues(func() (*wordSet, error) {
	l, err := m10Lists()
	if err != nil {
		return nil, err
	}
	return newWordSet(l)
})

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

// otherEventTime reports whether a time expression starting at token k
// dates another event than the trigger at token i: a word of list
// "otherevent" stands between them, followed by a noun rather than by the
// time itself ("قبل مؤتمر دولي … الأربعاء القادم"), and the trigger has
// a time of its own that is not to come (اليوم, or a date that has
// come).
func (d *docState) otherEventTime(st *sentState, i, k int) bool {
	own := false
	for _, m := range st.dates {
		if q := st.tokenAt(m.Start); q >= 0 && !m.Future && st.clause[q] == st.clause[i] && q < k {
			own = true
		}
	}
	for q := max(0, i-3); q < k && !own; q++ {
		own = m10Is("today", st.toks[q]) // "يصل اليوم"، "تصل … اليوم إلى"
	}
	if !own {
		return false
	}
	for q := i + 1; q+1 < k; q++ {
		if m10Is("otherevent", st.toks[q]) && st.syn.Class[q+1] != syntax.Verb && !timeStartsAt(st, q+1) {
			return true
		}
	}
	return false
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
