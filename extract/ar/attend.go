package ar

import (
	"sync"

	"github.com/newskg/kg/extract"
)

// Attendance (data/attend.tsv): people named as attending a meeting met its
// parties, and visited the place the parties met in. The meeting is the one
// the sentence reports before the attendance phrase ("بحث X مع Y في سوتشي،
// بحضور A وB"; "ترأس X اجتماعا حضره A وB": the chair is a party), or, when
// the sentence opens with the attendance ("وحضر اللقاء A"، "وشارك في
// المحادثات A وB"), the one the sentence right before it reports. A
// ceremony attended ("جرت المراسم بحضور X") reports no meeting: nothing.

// attendLists are the word lists of data/attend.tsv.
var attendSet = sync.OnceValues(func() (*wordSet, error) {
	l, err := wordLists("attend.tsv", "attend", "partake", "presence", "chair", "meeting", "part")
	if err != nil {
		return nil, err
	}
	return newWordSet(l)
})

// attendWordIs reports whether token k of st (without proclitics) is a
// word of the given list of data/attend.tsv.
func attendWordIs(st *sentState, list string, k int) bool {
	s, err := attendSet()
	return err == nil && k >= 0 && k < len(st.toks) && s.has(list, st.toks[k])
}

// maxAttendees bounds the attendees and parties one phrase joins.
const maxAttendees = 6

// attendance records the meetings of the sentence's attendance phrases.
func (d *docState) attendance(st *sentState) {
	for k := range st.toks {
		at, opens := d.attendeesAt(st, k)
		if len(at) == 0 || len(at) > maxAttendees {
			continue
		}
		parties, date, places := d.partiesBefore(st, st.s.Start, k)
		if len(parties) == 0 && opens {
			parties, date, places = d.partiesBefore(st, d.previousSentenceStart(st), -1)
		}
		if chair := d.chairBefore(st, k); chair != "" && !contains(parties, chair) {
			parties = append(parties, chair)
		}
		d.recordAttendance(st, at, parties, date, places)
	}
}

// attendeesAt returns the people an attendance phrase at token k names,
// and whether the phrase opens its sentence (its meeting is then the
// previous sentence's).
func (d *docState) attendeesAt(st *sentState, k int) ([]string, bool) {
	t := st.toks[k]
	switch {
	case attendWordIs(st, "presence", k) && t.Prefix == "ب":
		return d.personsAfter(st, k), false // "بحضور X"
	case attendWordIs(st, "attend", k) && len(st.toks[k].Bare) > len("حضر"):
		return d.personsAfter(st, k), false // "اجتماعا … حضره X"
	case attendWordIs(st, "attend", k) && attendWordIs(st, "meeting", k+1):
		return d.personsAfter(st, k+1), d.opensSentence(st, k) // "وحضر اللقاء X"
	case attendWordIs(st, "partake", k) && k+2 < len(st.toks) && st.toks[k+1].Norm == "في":
		m := k + 2
		if attendWordIs(st, "part", m) && m+2 < len(st.toks) && st.toks[m+1].Norm == "من" {
			m += 2 // "في جانب من المحادثات"
		}
		if !attendWordIs(st, "meeting", m) {
			return nil, false
		}
		return d.personsAfter(st, m), d.opensSentence(st, k)
	}
	return nil, false
}

// opensSentence reports whether token k is the sentence's first word.
func (d *docState) opensSentence(st *sentState, k int) bool {
	for q := 0; q < k; q++ {
		if st.toks[q].IsWord() {
			return false
		}
	}
	return true
}

// personsAfter returns the people named in a list right after token k.
func (d *docState) personsAfter(st *sentState, k int) []string {
	subj, _ := d.vsoSubject(st, k, k+1, true)
	var out []string
	for _, s := range subj {
		if d.typeOf(s) == extract.Person {
			out = append(out, s)
		}
	}
	return out
}

// partiesBefore returns the people of the met facts of the sentence that
// starts at byte start (found before token k of st when k >= 0), the date
// of the first, and the places its people visited by meeting there.
func (d *docState) partiesBefore(st *sentState, start, k int) ([]string, string, []string) {
	if start < 0 {
		return nil, "", nil
	}
	var parties, places []string
	date := ""
	for _, f := range d.facts {
		if f.Start != start {
			continue
		}
		if k >= 0 && k < len(st.toks) && f.Rule != "" && d.factAfter(st, f, k) {
			continue
		}
		switch {
		case f.Predicate == extract.Met:
			for _, p := range []string{f.Subject, f.Object} {
				if d.typeOf(p) == extract.Person && !contains(parties, p) {
					parties = append(parties, p)
				}
			}
			if date == "" {
				date = f.Date
			}
		case f.Predicate == extract.Visited && (f.Rule == "ar/meeting-place" || f.Rule == "ar/meeting-where") && !contains(places, f.Object):
			places = append(places, f.Object)
		}
	}
	if len(parties) > maxAttendees {
		return nil, "", nil
	}
	return parties, date, places
}

// factAfter reports whether fact f was read from after token k: its
// parties are all named after k only.
func (d *docState) factAfter(st *sentState, f extract.Fact, k int) bool {
	for _, m := range st.ments[:] {
		if m.s < k && (m.key == f.Subject || m.key == f.Object) {
			return false
		}
	}
	return true
}

// previousSentenceStart returns the byte start of the facts of the sentence
// right before st, or -1 when that sentence gave no fact.
func (d *docState) previousSentenceStart(st *sentState) int {
	best := -1
	for _, f := range d.facts {
		if f.Start < st.s.Start && f.Start > best && st.s.Start-f.End <= 2 {
			best = f.Start
		}
	}
	return best
}

// chairBefore returns the person who chairs the meeting an attendance
// pronoun at token k refers to ("ترأس X اجتماعا … حضره"), or "".
func (d *docState) chairBefore(st *sentState, k int) string {
	if !attendWordIs(st, "attend", k) || len(st.toks[k].Bare) <= len("حضر") {
		return ""
	}
	for q := k - 1; q >= 0 && q >= k-12; q-- {
		if attendWordIs(st, "chair", q) {
			if s, _ := d.vsoSubject(st, q, q+1, true); len(s) == 1 && d.typeOf(s[0]) == extract.Person {
				return s[0]
			}
			return ""
		}
	}
	return ""
}

// recordAttendance records that each attendee met each party and visited
// the places the parties met in, unless in the country he serves.
func (d *docState) recordAttendance(st *sentState, at, parties []string, date string, places []string) {
	for _, a := range at {
		for _, p := range parties {
			if a == p {
				continue
			}
			d.addFact(extract.Fact{Subject: a, Predicate: extract.Met, Object: p, Date: date,
				Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/attend-meeting"})
		}
		if len(parties) == 0 {
			continue
		}
		for _, pl := range places {
			if d.foreignTo(a, pl) {
				d.addFact(extract.Fact{Subject: a, Predicate: extract.Visited, Object: pl, Date: date,
					Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/attend-place"})
			}
		}
	}
}
