package ar

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
)

// Round-9 constructions of meetings and visits that real newspaper copy
// writes and the trigger rows of data/constructions.tsv cannot state,
// because the parties stand outside the trigger's clause or its object
// slot (data/events9.tsv holds those that are plain trigger rows):
//
//   - a visit made by someone named after the relative verb: "الزيارة
//     الثانية التي يقوم بها الرئيس X للمغرب" → X visited Morocco;
//   - talks named, then told how or where they ran, before بين: "الحوار
//     الذي جرى بين X وY"، "عقد اجتماع في القصر بين X وY" → X met Y;
//   - a verb with a subject and a personal object, in a phone call:
//     "أبلغ X Y في اتصال هاتفي أن…" → X met Y.

// ev9Lists are the word lists of data/events9_words.tsv.
var ev9Lists = sync.OnceValues(func() (map[string]map[string]bool, error) {
	return wordLists("events9_words.tsv", "visitnoun", "madeverb", "talknoun", "ranverb", "relpron", "phone", "phoneadj", "phoneprep")
})

// ev9Set is ev9Lists as one bit set per word.
var ev9Set = lazyWordSet(ev9Lists)

// ev9Is reports whether token t (without proclitics) is a word of the
// given list of data/events9_words.tsv.
func ev9Is(list string, t text.Token) bool {
	s, err := ev9Set()
	return err == nil && s.has(list, t)
}

// events9 applies the round-9 constructions to one sentence.
func (d *docState) events9(st *sentState) {
	for k := range st.toks {
		switch {
		case st.toks[k].Norm == "بها":
			d.visitMadeBy(st, k)
		case st.toks[k].Bare == "بين":
			d.talksBetween(st, k)
		case ev9Is("phone", st.toks[k]):
			d.phoneObject(st, k)
		default:
			d.dualTalks(st, k)
		}
	}
}

// futureForm reports whether a verb is written with the future prefix
// (سيقوم، ستجري).
func futureForm(t text.Token) bool {
	n := strings.TrimPrefix(strings.TrimPrefix(t.Norm, "و"), "ف")
	if utf8.RuneCountInString(n) < 4 || !strings.HasPrefix(n, "س") {
		return false
	}
	n = strings.TrimPrefix(n, "س")
	return strings.HasPrefix(n, "ي") || strings.HasPrefix(n, "ت") || strings.HasPrefix(n, "ن")
}

// ev9Actor returns the first actor mention (no nationality adjective)
// that starts within n tokens from k in clause c, past forms of address
// and titles, or nil.
func (d *docState) ev9Actor(st *sentState, k, n, c int) *mention {
	for q := d.afterStyle(st, k); q < len(st.toks) && q < k+n && st.within(q, c); q++ {
		m := st.mentionAt(q)
		if m == nil {
			if !st.toks[q].IsWord() || st.syn.Class[q] == syntax.Verb || st.syn.Class[q] == syntax.Prep {
				return nil
			}
			continue
		}
		if m.adj || !isActorType(d.typeOf(m.key)) {
			q = m.e - 1
			continue
		}
		return m
	}
	return nil
}

// visitMadeBy reads "زيارة … قام بها X إلى P" at the token بها (k): the
// visit noun up to four words before the verb, the visitor named right
// after بها (titles allowed), the place governed by إلى or ل after the
// visitor. A visitor named before the noun is the trigger row's
// (data/events9.tsv visit-made).
func (d *docState) visitMadeBy(st *sentState, k int) {
	if k < 2 || !ev9Is("madeverb", st.toks[k-1]) || futureForm(st.toks[k-1]) {
		return
	}
	noun := -1
	for q := k - 2; q >= 0 && q >= k-5; q-- {
		if st.mentionAt(q) != nil || !st.toks[q].IsWord() {
			break
		}
		if ev9Is("visitnoun", st.toks[q]) {
			noun = q
			break
		}
	}
	if noun < 0 {
		return
	}
	c := st.clause[k]
	v := d.ev9Actor(st, k+1, 6, c)
	if v == nil || d.typeOf(v.key) == extract.Country {
		return
	}
	visitors, end := d.group(st, v, "actor")
	for q := end; q < len(st.toks) && q < end+12; q++ {
		t := st.toks[q]
		if t.Norm == "." || t.Norm == "،" && q > end+6 {
			return
		}
		m := st.mentionAt(q)
		if m == nil || m.s != q || m.adj || (m.typ != extract.Place && m.typ != extract.Country) {
			continue
		}
		if m.prefix != "ل" && (q == 0 || st.toks[q-1].Bare != "الي") {
			q = m.e - 1
			continue // a genitive of the visitor's title: "رئيس وزراء بريطانيا"
		}
		date := d.factDate(st, noun, extract.Visited)
		for _, p := range visitors {
			place := d.visitPlace(m.key)
			if d.typeOf(p) == extract.Country || d.visitsHome(p, place) {
				continue
			}
			d.addFact(extract.Fact{Subject: p, Predicate: extract.Visited, Object: place, Date: date,
				Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/visit-made-by"})
		}
		return
	}
}

// talksBetween reads talks named before a relative clause or a place that
// ends in بين (token k): "المحادثات التي جرت أمس بين X وY"، "عقد اجتماع
// في السراي بين X وY". Between the noun and بين stand only a relative
// pronoun, a verb of running, a place after في and at most two other
// words; the parties named after بين met pairwise, and visited the place
// unless it is their own country.
func (d *docState) talksBetween(st *sentState, k int) {
	noun, other, linked := -1, 0, false
	for q := k - 1; q >= 0 && q >= k-7 && noun < 0; q-- {
		t := st.toks[q]
		if !t.IsWord() {
			return
		}
		if ev9Is("talknoun", t) {
			noun = q
			break
		}
		if futureForm(t) || t.Bare == "سوف" {
			return // "المفاوضات التي ستجري بين": talks to come
		}
		switch m := st.mentionAt(q); {
		case m != nil && m.typ == extract.Event && ev9Is("talknoun", st.toks[m.s]):
			noun, linked = m.s, linked || m.e-m.s > 1 // "اجتماع في جنيف" named as an event
		case m != nil:
			if m.typ != extract.Place && m.typ != extract.Country && m.typ != extract.Facility {
				return
			}
			linked = true
			q = m.s
		case ev9Is("relpron", t) || t.Norm == "في":
			linked = true
		case ev9Is("ranverb", t):
			linked = true
		default:
			if other++; other > 2 {
				return
			}
		}
	}
	if noun < 0 || !linked {
		return
	}
	c := st.clause[noun]
	a := d.ev9Actor(st, k+1, 4, st.clause[k])
	if a == nil {
		return
	}
	parties, end := d.group(st, a, "actor")
	if len(parties) == 1 && end < len(st.toks) {
		// "بين الرئيس X ووفد الأمم المتحدة": the second party after a title
		if b := d.ev9Actor(st, end, 4, st.clause[k]); b != nil && strings.HasPrefix(st.toks[end].Prefix, "و") {
			more, _ := d.group(st, b, "actor")
			parties = append(parties, more...)
		}
	}
	if len(parties) < 2 || len(parties) > 4 {
		return
	}
	d.talksAmong(st, noun, c, parties, "ar/talks-between")
}

// talksAmong records that parties met pairwise in talks named at token k
// of clause c, dated by that clause, and, unless the clause is a claim,
// that they visited the place the talks were held at (meetingPlace).
func (d *docState) talksAmong(st *sentState, k, c int, parties []string, rule string) {
	date := d.factDate(st, k, extract.Met)
	d.addPairwise(st, parties, extract.Met, date, rule)
	if !st.claim[c] {
		d.meetingPlace(st, k, c, parties, date)
	}
}

// phoneObject reads a verb with a subject and a personal object in a phone
// call ("وأبلغ X Y في اتصال هاتفي أن…"، "شكر X Y في اتصال هاتفي على…"):
// the phone noun at k after في/خلال/عبر, its adjective after it, no
// partner of its own (مع) after it; the clause verb at most 12 tokens
// before; its subject right after it; the object, a person, right after
// the subject.
func (d *docState) phoneObject(st *sentState, k int) {
	if k < 4 || k+1 >= len(st.toks) || !ev9Is("phoneadj", st.toks[k+1]) || !ev9Is("phoneprep", st.toks[k-1]) {
		return
	}
	if k+2 < len(st.toks) && (st.toks[k+2].Bare == "مع" || st.toks[k+2].Norm == "مع" || (st.toks[k+2].Prefix == "ب" && st.mentionAt(k+2) != nil)) {
		return // "في اتصال هاتفي مع X": the trigger rows' partner
	}
	c := st.clause[k]
	v := -1
	for q := k - 2; q >= 0 && q >= k-12 && st.clause[q] == c; q-- {
		if st.syn.Class[q] == syntax.Verb || d.openingVerb(st, q) {
			v = q
			break
		}
	}
	if v < 0 || futureForm(st.toks[v]) {
		return
	}
	subj, end := d.vsoSubject(st, v, v+1, true)
	if len(subj) != 1 || end >= k-1 {
		return
	}
	o := d.ev9Actor(st, end, 4, c)
	if o == nil || o.e > k-1 || o.prefix != "" || d.typeOf(o.key) != extract.Person {
		return
	}
	if o.s > 0 && st.syn.Class[o.s-1] == syntax.Prep {
		return
	}
	if d.negatedAt(st, v) || (v > 0 && negators[st.toks[v-1].Bare]) {
		return // "ولم يبلغ X Y"
	}
	d.addFact(extract.Fact{Subject: subj[0], Predicate: extract.Met, Object: o.key, Date: d.factDate(st, k, extract.Met),
		Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/phone-object"})
}

// openingVerb reports whether token q, read as a noun, opens its clause
// as a verb would: a word with و or ف, or the sentence's first word,
// with an actor named right after it ("وشكر الملك سلمان…").
func (d *docState) openingVerb(st *sentState, q int) bool {
	t := st.toks[q]
	if st.mentionAt(q) != nil || !t.IsWord() || utf8.RuneCountInString(t.Bare) < 3 || d.in("preposition", t.Bare) {
		return false
	}
	if q > 0 && t.Prefix != "و" && t.Prefix != "ف" && st.toks[q-1].IsWord() {
		return false
	}
	m := st.mentionAt(q + 1)
	return m != nil && m.s == q+1 && !m.adj
}

// negators are the particles that deny the verb after them.
var negators = map[string]bool{"لم": true, "لن": true, "لا": true, "ما": true}

// visitorNamedAfter reports whether a visit trigger ending in بها (token
// j-1) names its visitor right after it, someone other than s: "يقول X
// بعد الزيارة التي قام بها Y إلى…" — Y made the visit (visitMadeBy), not
// the clause subject X.
func (d *docState) visitorNamedAfter(st *sentState, j int, s string) bool {
	if j < 1 || j > len(st.toks) || st.toks[j-1].Norm != "بها" {
		return false
	}
	v := d.ev9Actor(st, j, 6, st.clause[j-1])
	if v == nil {
		return false
	}
	visitors, _ := d.group(st, v, "actor")
	return !contains(visitors, s)
}

// placeOfMeeting returns the place a meeting at token i of clause c took
// place in: "في + place" within 15 tokens after the trigger (not a topic:
// "الأوضاع في سوريا"); a city written with ب after the partner ("بعد لقاء
// نظيره الفرنسي بباريس"); else a place fronted at the start of the
// sentence before the trigger ("وفي باريس، التقى X Y"); or nil.
func (d *docState) placeOfMeeting(st *sentState, i, c int) *mention {
	for k := i + 1; k < len(st.toks) && k <= i+15 && st.clause[k] == c; k++ {
		t := st.toks[k]
		if t.Norm == "في" || (t.Bare == "في" && t.Prefix == "و") {
			if ev := st.mentionAt(k); ev != nil && ev.typ == extract.Event && k+1 < ev.e {
				// "محادثات في دمشق" named as an event (Damascus talks): its place
				if e, es, _ := d.matchName(st, k+1); e > k+1 && e <= ev.e {
					if en := d.choose(st, k+1, e, es); en != nil && (en.Type == extract.Place || en.Type == extract.Country) {
						return &mention{s: k + 1, e: e, key: en.Key, typ: string(en.Type)}
					}
				}
			}
			m := st.mentionAt(k + 1)
			if m == nil || m.s != k+1 || m.adj || (m.typ != extract.Place && m.typ != extract.Country) {
				continue
			}
			if m.typ == extract.Country && k > 0 && topicNouns[st.toks[k-1].Bare] {
				return nil // "الأوضاع في سوريا": a topic, not a place of meeting
			}
			return m
		}
		if m := st.mentionAt(k); m != nil && m.s == k && k > i+2 && m.prefix == "ب" && m.typ == extract.Place && !m.adj {
			return m // "بعد لقاء نظيره الفرنسي بباريس"
		}
	}
	return d.frontedPlace(st, i)
}

// frontedPlace returns the place named at the very start of the sentence,
// after في and before a comma or the verb at token i ("وفي موسكو، التقى…"),
// when no other mention stands between it and the trigger; or nil.
func (d *docState) frontedPlace(st *sentState, i int) *mention {
	if i < 2 || st.toks[0].Bare != "في" {
		return nil
	}
	m := st.mentionAt(1)
	if m == nil || m.s != 1 || m.adj || m.typ != extract.Place || m.e > i {
		return nil
	}
	for k := m.e; k < i; k++ {
		if st.mentionAt(k) != nil || (st.toks[k].IsWord() && st.syn.Class[k] == syntax.Verb) {
			return nil
		}
	}
	return m
}

// homeOrTitle returns the country a person serves: from the catalogue's
// offices at the document's date (homeCountry), else from an officialOf
// fact the document's titles gave him ("نائب وزير خارجية روسيا X"), so that
// a person the catalogue lacks is known as a visitor too.
func (d *docState) homeOrTitle(p string) string {
	if h := d.homeCountry(p); h != "" {
		return h
	}
	for _, f := range d.facts {
		if f.Subject == p && f.Predicate == extract.OfficialOf && d.typeOf(f.Object) == extract.Country {
			return f.Object
		}
	}
	return ""
}

// dualTalks reads talks with a dual or plural possessive after a
// preposition of time ("وأحرزت X وY تقدما خلال محادثاتهما في فيينا"،
// "وبحث X وY خلال اجتماعهما…"): the coordinated subject of the clause
// verb before it met pairwise, and visited the meeting's place.
func (d *docState) dualTalks(st *sentState, k int) {
	t := st.toks[k]
	stem := ""
	for _, suf := range []string{"هما", "هم"} {
		if strings.HasSuffix(t.Bare, suf) {
			stem = strings.TrimSuffix(t.Bare, suf)
			break
		}
	}
	if stem == "" || k < 3 || !ev9Is("talknoun", text.Token{Norm: stem, Bare: stem}) || !meetWordIs("during", st.toks[k-1]) && !meetWordIs("after", st.toks[k-1]) {
		return
	}
	c := st.clause[k]
	for v := k - 2; v >= 0 && v >= k-20 && st.clause[v] == c; v-- {
		if st.syn.Class[v] != syntax.Verb && !d.openingVerb(st, v) {
			continue
		}
		if futureForm(st.toks[v]) || (k+1 < len(st.toks) && comingWords[st.toks[k+1].Norm]) {
			return // "وسيبحث X وY خلال اجتماعهما المقبل": talks to come
		}
		subj, _ := d.vsoSubject(st, v, v+1, true)
		if len(subj) < 2 || len(subj) > 4 {
			return
		}
		d.talksAmong(st, k, c, subj, "ar/talks-dual")
		return
	}
}

// comingWords mark an event to come after its noun (اجتماعهما المقبل).
var comingWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("المقبل المقبلة القادم القادمة المرتقب المرتقبة") {
		comingWords[text.Normalize(w)] = true
	}
}
