package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
)

// participatedIn from who took part in an event named in the clause
// (word lists in data/structural.tsv):
//
//   - "EVENT بمشاركة X وY"، "EVENT بحضور X": the actors after the noun of
//     participation took part in the event named before it in the clause
//     (rule ar/participate-with);
//   - "وشارك في EVENT ممثلون عن X وY"، "وحضر ممثلو X EVENT": a party
//     whose delegates attend an event took part in it (rule
//     ar/participate-delegate).
//
// A place after في (where the event was) is no party.

// unreal are the modalities under which no one took part yet: "من
// المقرر أن يشارك…"، "لم يشارك…" — the blocking ones but an allegation
// or a purpose.
const unreal = blocking &^ (syntax.Allegation | syntax.Purpose)

// participants applies the rules to a sentence.
func (d *docState) participants(st *sentState) {
	w, err := loadStructWords()
	if err != nil {
		return
	}
	for k, t := range st.toks {
		switch {
		case w.with[t.Bare] && strings.HasSuffix(t.Prefix, "ب"):
			if ev := d.eventBefore(st, k); ev != nil && st.syn.ModAt(ev.s)&unreal == 0 && st.syn.ModAt(k)&unreal == 0 {
				d.addParticipants(st, ev, k+1, "ar/participate-with", t.Bare)
			}
		case w.delegate[t.Bare] && t.Prefix == "" || w.delegate[t.Bare] && t.Prefix == "و":
			ev := d.eventInClause(st, k)
			v := d.clauseWord(st, k, w.attend)
			if ev == nil || v < 0 || st.syn.ModAt(v)&unreal != 0 {
				continue // "لم يشارك في المؤتمر ممثلون عن X"
			}
			q := k + 1
			if q < len(st.toks) && (st.toks[q].Norm == "عن" || st.toks[q].Norm == "من") {
				q++
			}
			d.addParticipants(st, ev, q, "ar/participate-delegate", t.Bare)
		}
	}
}

// eventBefore returns the event or agreement named before token k in its
// clause, at most eight tokens back with no boundary word between.
func (d *docState) eventBefore(st *sentState, k int) *mention {
	for q := k - 1; q >= 0 && q >= k-8 && st.clause[q] == st.clause[k]; q-- {
		if m := st.mentionAt(q); m != nil && (m.typ == extract.Event || m.typ == extract.Agreement) && !m.adj {
			return m
		}
		if d.in("boundary", st.toks[q].Norm) {
			return nil
		}
	}
	return nil
}

// eventInClause returns the first event or agreement of token k's clause.
func (d *docState) eventInClause(st *sentState, k int) *mention {
	for _, m := range st.ments {
		if (m.typ == extract.Event || m.typ == extract.Agreement) && !m.adj && st.clause[m.s] == st.clause[k] {
			return m
		}
	}
	return nil
}

// clauseWord returns the first token of token k's clause that is a word
// of the set, or -1.
func (d *docState) clauseWord(st *sentState, k int, set map[string]bool) int {
	for q, t := range st.toks {
		if st.clause[q] == st.clause[k] && set[t.Bare] {
			return q
		}
	}
	return -1
}

// addParticipants records participatedIn for the actors listed from token q.
func (d *docState) addParticipants(st *sentState, ev *mention, q int, rule, trig string) {
	q = d.skipLeaders(st, q) // events2.go: "بمشاركة قادة دول مجلس التعاون"
	a := st.mentionAt(q)
	if a == nil || a.s != q || d.placePhrase(st, a) || st.syn.ModAt(q)&unreal != 0 {
		return
	}
	date := d.factDate(st, q-1, extract.ParticipatedIn)
	keys, _ := d.group(st, a, "actor")
	for _, p := range keys {
		if p == ev.key || d.typeOf(p) == extract.Place || d.typeOf(p) == extract.Facility {
			continue
		}
		d.addFact(extract.Fact{Subject: p, Predicate: extract.ParticipatedIn, Object: ev.key, Date: date,
			Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: rule,
			Features: []string{"cx=participants", "trig=" + trig}})
	}
}
