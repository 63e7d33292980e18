package ar

import (
	"fmt"
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
	"github.com/newskg/kg/extract/timex"
)

// Dates carried between mentions of one event (data/eventdates.tsv): the
// date a definite event noun is given ("الزيارة … جرت في يوليو") dates the
// facts of that event in its sentence; "هذه القمة" takes the date the
// summit was last given; a clause opened by عندما dates its parent's event.

// eventWords is data/eventdates.tsv.
type eventWords struct {
	nouns         map[string]map[string]bool // event noun (without ال) → predicates its date dates
	class         map[string]string          // event noun → the first noun of its row: one event, several words
	demonstrative map[string]bool
	same          map[string]bool
	when          map[string]bool
	temporal      map[string]bool // before a bare definite event noun, it refers back (بعد اللقاء)
	previously    map[string]bool // after an event verb, a past the text does not date (سابقا)
}

// loadEventWords reads data/eventdates.tsv.
func loadEventWords() (*eventWords, error) {
	rows, err := readTSV("eventdates.tsv", 2)
	if err != nil {
		return nil, err
	}
	w := &eventWords{nouns: map[string]map[string]bool{}, class: map[string]string{}, demonstrative: map[string]bool{},
		same: map[string]bool{}, when: map[string]bool{}, temporal: map[string]bool{}, previously: map[string]bool{}}
	for _, r := range rows {
		words := splitAlts(r[1])
		var set map[string]bool
		switch r[0] {
		case "noun":
			if len(r) < 3 || strings.TrimSpace(r[2]) == "" {
				return nil, fmt.Errorf("ar: data/eventdates.tsv: noun row %q names no predicate", r[1])
			}
			preds := map[string]bool{}
			for _, p := range strings.Fields(r[2]) {
				preds[p] = true
			}
			for _, n := range words {
				w.nouns[text.Normalize(n)] = preds
				w.class[text.Normalize(n)] = text.Normalize(words[0])
			}
			continue
		case "demonstrative":
			set = w.demonstrative
		case "same":
			set = w.same
		case "when":
			set = w.when
		case "temporal":
			set = w.temporal
		case "previously":
			set = w.previously
		default:
			return nil, fmt.Errorf("ar: data/eventdates.tsv: unknown kind %q", r[0])
		}
		for _, x := range words {
			set[text.Normalize(x)] = true
		}
	}
	return w, nil
}

// eventNoun returns the event noun token k is (without proclitics and the
// article; an indefinite accusative "اجتماعا" as its noun) and whether it
// has the article, or "".
func (d *docState) eventNoun(st *sentState, k int) (noun string, definite bool) {
	b := st.toks[k].Bare
	if rest, ok := strings.CutPrefix(b, "ال"); ok && d.lex.evDates.nouns[rest] != nil {
		return rest, true
	}
	if d.lex.evDates.nouns[b] != nil {
		return b, false
	}
	if rest, ok := strings.CutSuffix(b, "ا"); ok && d.lex.evDates.nouns[rest] != nil {
		return rest, false
	}
	return "", false
}

// eventClass returns the key under which an event noun's date is kept:
// the first noun of its row, so that "اجتماعا عقد يوم الاثنين" dates a
// later "بعد اللقاء".
func (d *docState) eventClass(noun string) string {
	if c := d.lex.evDates.class[noun]; c != "" {
		return c
	}
	return noun
}

// nounDate returns the time expression that dates the event noun at token
// k: the first one after it within 16 tokens, in its clause or a relative
// clause hung on it, with no other event noun between; or "".
func (d *docState) nounDate(st *sentState, k int) string {
	c := st.clause[k]
	for _, m := range st.dates {
		if m.Date.IsZero() || m.Future || m.Kind == timex.KindSince {
			continue
		}
		j := st.tokenAt(m.Start)
		if j <= k || j > k+16 {
			continue
		}
		if cj := st.clause[j]; cj != c && !(st.syn.Clauses[cj].Kind == syntax.Relative && st.syn.Clauses[cj].Parent == c) {
			continue
		}
		between := false
		for q := k + 1; q < j; q++ {
			if n, _ := d.eventNoun(st, q); n != "" {
				between = true
				break
			}
		}
		if !between {
			return m.Date.String()
		}
	}
	return ""
}

// noteEventDates remembers the date each event noun of the sentence is
// given, for the mentions that refer back to it ("هذه القمة").
func (d *docState) noteEventDates(st *sentState) {
	for k := range st.toks {
		n, _ := d.eventNoun(st, k)
		if n == "" || d.backReference(st, k) {
			continue
		}
		if date := d.nounDate(st, k); date != "" {
			if d.evDate == nil {
				d.evDate = map[string]string{}
			}
			d.evDate[d.eventClass(n)] = date
		}
	}
}

// backReference reports whether the definite event noun at token k refers
// back to an event named before: "هذه القمة"، "القمة نفسها", or a bare
// definite noun after a preposition of time that ends its phrase ("أعلن
// انتقاده بعد اللقاء،"): nothing after it says which event it is.
func (d *docState) backReference(st *sentState, k int) bool {
	if _, def := d.eventNoun(st, k); !def {
		return false
	}
	ew := d.lex.evDates
	if (k > 0 && ew.demonstrative[st.toks[k-1].Bare]) || (k+1 < len(st.toks) && ew.same[st.toks[k+1].Bare]) {
		return true
	}
	return k > 0 && ew.temporal[st.toks[k-1].Bare] && d.phraseEnds(st, k+1)
}

// phraseEnds reports whether no complement follows token k-1: the
// sentence ends at k, or a punctuation mark, a verb or a boundary word
// stands there.
func (d *docState) phraseEnds(st *sentState, k int) bool {
	if k >= len(st.toks) {
		return true
	}
	t := st.toks[k]
	return !t.IsWord() || st.syn.Class[k] == syntax.Verb || d.in("boundary", t.Norm)
}

// anaphoricDate returns the date of the event a clause holding token i
// refers back to ("وخلال هذه القمة تعهد أوباما…"): the date that event
// noun was last given in the article, or "".
func (d *docState) anaphoricDate(st *sentState, i int) string {
	if d.evDate == nil {
		return ""
	}
	for k := range st.toks {
		if !d.backReference(st, k) {
			continue
		}
		n, _ := d.eventNoun(st, k)
		if date := d.evDate[d.eventClass(n)]; date != "" && d.clauseHolds(st, st.clause[k], i) {
			return date
		}
	}
	return ""
}

// clauseHolds reports whether clause c is the clause of token i or one it
// is embedded in.
func (d *docState) clauseHolds(st *sentState, c, i int) bool {
	for q := st.clause[i]; q >= 0; q = st.syn.Clauses[q].Parent {
		if q == c {
			return true
		}
	}
	return false
}

// sameEventDate returns the date a definite event noun of the sentence,
// outside the clauses that hold token i, is given, when the noun's event
// is one of pred's ("قال اليوم إن سليماني زار روسيا… وأضاف أن الزيارة جرت
// في يوليو"), or "".
func (d *docState) sameEventDate(st *sentState, i int, pred string) string {
	for k := range st.toks {
		n, def := d.eventNoun(st, k)
		if n == "" || !def || k == i || !d.lex.evDates.nouns[n][pred] || d.clauseHolds(st, st.clause[k], i) {
			continue
		}
		if date := d.nounDate(st, k); date != "" {
			return date
		}
	}
	return ""
}

// whenClause reports whether clause c is opened by a conjunction of the
// same time (عندما، حين): its date dates its parent's event.
func (d *docState) whenClause(st *sentState, c int) bool {
	cl := st.syn.Clauses[c]
	return cl.Kind == syntax.Sub && cl.Intro >= 0 && d.lex.evDates.when[st.toks[cl.Intro].Bare]
}

// visitBeforeDate returns, for a meeting whose sentence gives no time, the
// date of a visit the sentence right before reports ("قام الأمير بزيارة
// إلى مصر يوم الخميس… . وعقد السيسي اجتماعا مع سموه"): a meeting told
// next to a dated visit took place during it. Otherwise "".
func (d *docState) visitBeforeDate(st *sentState, pred string) string {
	if pred != extract.Met || st.idx < 1 || st.idx > len(d.sents) {
		return ""
	}
	prev := d.sents[st.idx-1]
	for n := len(d.facts) - 1; n >= 0; n-- {
		f := d.facts[n]
		if f.Start < prev.Start {
			break
		}
		if f.Predicate == extract.Visited && f.Date != "" && f.Start == prev.Start {
			return f.Date
		}
	}
	return ""
}

// previously reports whether the event verb at token i is told as a past
// the text does not date: an adverb of "before" within three tokens after
// it in its clause ("حيث التقى سابقا بممثلين…"), or "من قبل" before a
// preposition or the end of the clause ("حيث التقى من قبل بممثلين…"),
// not before its agent ("بدعوة من قبل الرئيس").
func (d *docState) previously(st *sentState, i int) bool {
	c := st.clause[i]
	for k := i + 1; k < len(st.toks) && k <= i+3 && st.clause[k] == c; k++ {
		t := st.toks[k]
		if d.lex.evDates.previously[t.Norm] {
			return true
		}
		if t.Norm != "من" || k+1 >= len(st.toks) || st.toks[k+1].Norm != "قبل" {
			continue
		}
		if k+2 >= len(st.toks) {
			return true
		}
		n := st.toks[k+2]
		return !n.IsWord() || strings.HasSuffix(n.Prefix, "ب") || st.syn.Class[k+2] == syntax.Prep
	}
	return false
}
