package ar

import (
	"github.com/newskg/kg/extract"
)

// Attendance (data/attend.tsv): people named as attending a meeting met its
// parties, and visited the place the parties met in. The meeting is the one
// the sentence reports before the attendance phrase ("بحث X مع Y في سوتشي،
// بحضور A وB"; "ترأس X اجتماعا حضره A وB": the chair is a party), or, when
// the sentence opens with the attendance ("وحضر اللقاء A"، "وشارك في
// المحادثات A وB"), the one the sentence right before it reports. A
// ceremony attended ("جرت المراسم بحضور X") reports no meeting: nothing.

// attendSet is the word lists of data/attend.tsv as one bit set per word.
var attendSet = lazyWordSet(func() (map[string]map[string]bool, error) {
	return wordLists("attend.tsv", "attend", "partake", "presence", "chair", "meeting", "part")
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
		chair := d.chairBefore(st, k)
		if chair != "" && !contains(parties, chair) {
			parties = append(parties, chair)
		}
		if date == "" {
			date = d.factDate(st, k, extract.Met)
		}
		d.recordAttendance(st, at, parties, chair, date, places)
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
	for q := k + 2; len(subj) == 0 && q <= k+3 && q < len(st.toks); q++ {
		if st.mentionAt(q-1) != nil || !st.toks[q-1].IsWord() {
			break
		}
		if m := st.mentionAt(q); m != nil && m.s == q && m.prefix == "" && !m.adj {
			subj, _ = d.group(st, m, "actor") // "بحضور وزيري الخارجية X وY"
		}
	}
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

// maxMeetingGap is how many sentences before an attendance phrase that
// opens its sentence the meeting it attends may be reported.
const maxMeetingGap = 2

// previousSentenceStart returns the byte start of the latest sentence
// before st that reported a meeting, when at most maxMeetingGap sentences
// back, or -1.
func (d *docState) previousSentenceStart(st *sentState) int {
	best, end := -1, -1
	for _, f := range d.facts {
		if f.Predicate == extract.Met && f.Start < st.s.Start && f.Start > best {
			best, end = f.Start, f.End
		}
	}
	if best < 0 || end > st.s.Start || sentenceEnds(d.doc.Text[end:st.s.Start]) >= maxMeetingGap {
		return -1
	}
	return best
}

// sentenceEnds counts the sentence-final marks in s.
func sentenceEnds(s string) int {
	n := 0
	for _, r := range s {
		if r == '.' || r == '!' || r == '؟' || r == '?' {
			n++
		}
	}
	return n
}

// chairBefore returns the person who chairs the meeting an attendance
// pronoun or noun of presence at token k refers to ("ترأس X اجتماعا …
// حضره"، "ترأس X اجتماعا … بمشاركة Y"), or "".
func (d *docState) chairBefore(st *sentState, k int) string {
	pronoun := attendWordIs(st, "attend", k) && len(st.toks[k].Bare) > len("حضر")
	if !pronoun && !(attendWordIs(st, "presence", k) && st.toks[k].Prefix == "ب") {
		return "" // meet10: "ترأس X اجتماعا … بحضور/بمشاركة Y" has a chair too
	}
	for q := k - 1; q >= 0 && q >= k-12; q-- {
		if attendWordIs(st, "chair", q) && (pronoun || d.chairedMeeting(st, q, k)) {
			if s, _ := d.vsoSubject(st, q, q+1, true); len(s) == 1 && d.typeOf(s[0]) == extract.Person {
				return s[0]
			}
			return d.personBefore(st, q) // "وكان X قد ترأس اجتماعا"
		}
	}
	return ""
}

// sameHome reports whether people a and b serve the same country.
func (d *docState) sameHome(a, b string) bool {
	h := d.homeCountry(a)
	return h != "" && h == d.homeCountry(b)
}

// recordAttendance records that each attendee met each party (not one of
// his own country's side, unless the party chairs the meeting) and visited
// the places the parties met in, unless in the country he serves.
func (d *docState) recordAttendance(st *sentState, at, parties []string, chair, date string, places []string) {
	for _, a := range at {
		for _, p := range parties {
			if a == p || (p != chair && d.sameHome(a, p)) {
				continue // "وشارك في المحادثات X": X came with his own leader
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

// personBefore returns the person named last before token q in its
// clause, or "".
func (d *docState) personBefore(st *sentState, q int) string {
	out := ""
	for _, m := range st.ments {
		if m.e <= q && st.clause[m.s] == st.clause[q] && d.typeOf(m.key) == extract.Person {
			out = m.key
		}
	}
	return out
}
