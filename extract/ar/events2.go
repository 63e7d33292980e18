package ar

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
)

// Events the catalogue lacks, composed the way English news name them
// from an event noun and the venue named later in its clause (word lists
// in data/events2.tsv), and who took part in them:
//
//   - "محادثات بين X وY في جنيف"، "المفاوضات التي جرت في الدوحة"، "وقع
//     الطرفان في الرياض اتفاقا": the event named by its venue ("Geneva
//     talks", "Riyadh agreement"), with the kind and name templates of
//     the data/events.tsv row of the noun, so that "محادثات جنيف" named
//     elsewhere is the same entity; a في phrase after a topic word
//     (بشأن، حول) or naming a region (جنوب، إقليم) is no venue;
//   - "مؤتمر جنيف 2"، "قمة الرياض 2015": a number after the venue is the
//     round ("Geneva II conference", "Geneva 2"), a year the edition
//     ("2015 Riyadh summit");
//   - "إعلان القاهرة الذي…"، "إعلان الرياض في ختام…": a declaration named
//     by its city before a relative or a preposition;
//   - "رفضت X المشاركة في…"، "اعتذر عن حضور…": no part taken;
//   - "وشارك في القمة الملك سلمان": the subject after a fronted event.

// events2Words are the word lists of data/events2.tsv.
type events2Words struct {
	venueHead, venueSkip, venueStop, notVenue, notName, refuse, leaders, declEnd, placeWord, withHead, ordinal, headVerb, delegation map[string]bool
}

var (
	ev2Once sync.Once
	ev2W    events2Words
	ev2Err  error
)

// loadEvents2 reads data/events2.tsv once.
func loadEvents2() (events2Words, error) {
	ev2Once.Do(func() {
		l, err := wordLists("events2.tsv", "venuehead", "venueskip", "venuestop", "notvenue", "notname", "refuse", "leaders", "declend", "placeword", "withhead", "ordinal", "headverb", "delegation")
		if err != nil {
			ev2Err = err
			return
		}
		ev2W = events2Words{venueHead: l["venuehead"], venueSkip: l["venueskip"], venueStop: l["venuestop"],
			notVenue: l["notvenue"], notName: l["notname"], refuse: l["refuse"], leaders: l["leaders"], declEnd: l["declend"],
			placeWord: l["placeword"], withHead: l["withhead"], ordinal: l["ordinal"],
			headVerb: l["headverb"], delegation: l["delegation"]}
	})
	return ev2W, ev2Err
}

// venueEvents names the events of a sentence by their venue: an event
// noun that is no mention yet and a city after في (or ب) later in its
// clause, or just before it.
func (d *docState) venueEvents(st *sentState) {
	w, err := loadEvents2()
	if err != nil || st.clause == nil {
		return
	}
	d.noteEventHeads(st, w)
	for k, t := range st.toks {
		if st.mentionAt(k) != nil || !t.IsArabic() {
			continue
		}
		h := text.StripArticle(t.Bare)
		if !w.venueHead[h] || (k+1 < len(st.toks) && w.notName[text.StripArticle(st.toks[k+1].Bare)]) {
			continue // "مؤتمر صحفي في باريس": no named event
		}
		p := d.venuePattern(h)
		if p == nil {
			continue
		}
		m := d.venueAfter2(st, k, w)
		if m == nil {
			m = d.venueBefore(st, k)
		}
		if m == nil {
			continue
		}
		en, ok := d.cat.Get(m.key)
		if !ok {
			continue
		}
		surface := stripPrefix(st.surface(k, k), t.Prefix) + " " + stripPrefix(st.surface(m.s, m.e-1), m.prefix)
		key := d.createEvent(p.kind, d.eventNames(p.template, en), surface)
		ev := &mention{s: k, e: k + 1, key: key, typ: d.typeOf(key), prefix: t.Prefix, event: p.kind}
		st.add(ev)
		d.eventHeads[h] = key
		if w.withHead[strings.TrimSuffix(h, "ا")] {
			d.venueParticipants(st, ev, m, w)
		}
	}
}

// venueParticipants records who took part in a summit or conference
// named by its venue: the actors after مع right after the noun ("قمة مع
// قادة دول الخليج") and the agent of a hosting verb with the event's
// pronoun before the venue ("استضافها الرئيس أوباما في كامب ديفيد").
func (d *docState) venueParticipants(st *sentState, ev, venue *mention, w events2Words) {
	if st.syn.ModAt(ev.s)&unreal != 0 {
		return
	}
	date := d.factDate(st, ev.s, extract.ParticipatedIn)
	add := func(a *mention, rule string) {
		keys, _ := d.group(st, a, "actor")
		for _, p := range keys {
			if p != ev.key && d.typeOf(p) != extract.Place && d.typeOf(p) != extract.Facility {
				d.addFact(extract.Fact{Subject: p, Predicate: extract.ParticipatedIn, Object: ev.key, Date: date,
					Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: rule,
					Features: []string{"cx=venue-event"}})
			}
		}
	}
	if q := ev.e; q < len(st.toks) && st.toks[q].Norm == "مع" {
		if a := d.actorAt(st, d.skipLeaders(st, q+1)); a != nil {
			add(a, "ar/event-venue-with")
		}
	}
	for q := ev.e; q < venue.s; q++ {
		if st.mentionAt(q) == nil && d.in("eventrel", st.toks[q].Norm) {
			r := q + 1
			for r < venue.s && st.mentionAt(r) == nil && d.in("honorific", st.toks[r].Norm) {
				r++
			}
			if a := d.actorAt(st, r); a != nil {
				add(a, "ar/event-venue-host")
			}
		}
	}
}

// stripPrefix removes the proclitics of a token (as normalised) from its
// surface form: "وبجنيف" → "جنيف".
func stripPrefix(s, prefix string) string {
	n := utf8.RuneCountInString(prefix)
	for ; n > 0 && s != ""; n-- {
		_, size := utf8.DecodeRuneInString(s)
		s = s[size:]
	}
	return s
}

// venuePattern returns the data/events.tsv row that names an event of
// head h after a place (its first such row), or nil.
func (d *docState) venuePattern(h string) *eventPattern {
	for i := range d.lex.events {
		p := &d.lex.events[i]
		if p.follows != "place" && p.follows != "place-in" && p.follows != "name" {
			continue
		}
		for _, hp := range p.heads {
			if len(hp) == 1 && (text.StripArticle(hp[0]) == h || text.StripArticle(hp[0]) == strings.TrimSuffix(h, "ا")) {
				return p
			}
		}
	}
	return nil
}

// venueAfter2 returns the city named after في (or with ب) within 14
// tokens after the event noun at k, before any other verb than one of
// holding (venueskip, which may open a relative clause: "قمة … استضافها
// أوباما في كامب ديفيد"), any punctuation, boundary or topic word or
// event.
func (d *docState) venueAfter2(st *sentState, k int, w events2Words) *mention {
	toks := st.toks
	for q := k + 1; q < len(toks) && q <= k+14; q++ {
		t := toks[q]
		if m := st.mentionAt(q); m != nil {
			if m.typ == extract.Event || m.typ == extract.Agreement {
				return nil
			}
			if m.s == q && (m.typ == extract.Place || m.typ == extract.Facility) && !m.adj && d.venuePlace(st, m, w) {
				if in := st.mentionAt(m.e + 1); m.typ == extract.Facility && in != nil && in.s == m.e+1 && in.typ == extract.Place && toks[m.e].Norm == "في" {
					return in // "في مقر الأمم المتحدة في نيويورك": the city names the talks
				}
				return m
			}
			q = m.e - 1
			continue
		}
		switch {
		case !t.IsWord() && t.Norm != "«" && t.Norm != "»" && t.Norm != "\"":
			return nil
		case w.venueStop[t.Bare] || w.venueStop[t.Norm] || d.in("boundary", t.Norm):
			return nil
		case st.syn.Class[q] == syntax.Verb && !w.venueSkip[t.Bare] && !w.venueSkip[t.Norm]:
			return nil
		}
	}
	return nil
}

// venuePlace reports whether the place or facility mention m is governed by في (or
// ب), possibly through words for a town or resort and nationality
// adjectives ("في منتجع كامب ديفيد"), and names a town, not a region.
func (d *docState) venuePlace(st *sentState, m *mention, w events2Words) bool {
	if w.notVenue[text.StripArticle(st.toks[m.s].Bare)] {
		return false
	}
	s, prefix := m.s, m.prefix
	for n := 0; n < 3 && s > 0 && prefix == ""; n++ {
		p := st.toks[s-1]
		a := st.mentionAt(s - 1)
		if !w.placeWord[text.StripArticle(p.Bare)] && (a == nil || !a.adj) {
			break
		}
		s, prefix = s-1, p.Prefix // "في منتجع كامب ديفيد"، "بالعاصمة القطرية الدوحة"
		if a != nil {
			s, prefix = a.s, a.prefix
		}
	}
	if strings.HasSuffix(prefix, "ب") {
		return true
	}
	return prefix == "" && s > 0 && st.toks[s-1].Norm == "في"
}

// venueBefore returns the city named by في right before the event noun at
// k, or before جولة and the noun ("وقع الطرفان في الرياض اتفاقا"، "انتهت
// في برلين جولة محادثات"), or nil.
func (d *docState) venueBefore(st *sentState, k int) *mention {
	if k > 0 && text.StripArticle(st.toks[k-1].Bare) == "جوله" {
		k-- // "انتهت في برلين جولة محادثات"
	}
	m := st.mentionAt(k - 1)
	if m == nil || m.e != k || (m.typ != extract.Place && m.typ != extract.Facility) || m.adj || st.clause[m.s] != st.clause[k] {
		return nil
	}
	if strings.HasSuffix(m.prefix, "ب") || (m.prefix == "" && m.s > 0 && st.toks[m.s-1].Norm == "في") {
		return m
	}
	return nil
}

// romanNumerals are the rounds of a conference as English news number
// them ("Geneva II").
var romanNumerals = []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}

// eventNumber reads a round number or a year right after an event named
// by a place ("مؤتمر جنيف 2"، "قمة الرياض 2015") at token e and returns
// the event's names with it, and the token after it; names and e
// unchanged when no number is there.
func (d *docState) eventNumber(st *sentState, e int, names []string, en *catalog.Entry) ([]string, int) {
	if e >= len(st.toks) || !st.toks[e].IsNumber() {
		return names, e
	}
	n, err := strconv.Atoi(asciiDigits(st.toks[e].Norm))
	if err != nil {
		return names, e
	}
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	place := en.Name
	switch {
	case n >= 2 && n < len(romanNumerals):
		r, a := romanNumerals[n], strconv.Itoa(n)
		for _, nm := range names {
			if strings.Contains(nm, place) {
				add(strings.Replace(nm, place, place+" "+r, 1))
			}
		}
		for _, nm := range names {
			if strings.Contains(nm, place) {
				add(strings.Replace(nm, place, place+" "+a, 1))
			}
		}
		add(place + " " + r)
		add(place + " " + a)
	case n >= 1900 && n <= 2100:
		y := strconv.Itoa(n)
		for _, nm := range names {
			add(y + " " + nm)
		}
		for _, nm := range names {
			add(nm + " " + y)
		}
		for _, nm := range names {
			add(nm) // "اتفاق الطائف 1989": the catalogue's Taif Agreement
		}
	default:
		return names, e
	}
	return out, e + 1
}

// asciiDigits writes Arabic-Indic digits as ASCII ones.
func asciiDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '٠' && r <= '٩':
			b.WriteRune('0' + r - '٠')
		case r >= '۰' && r <= '۹':
			b.WriteRune('0' + r - '۰')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// declarationEnd reports whether the token at e closes a declaration
// named by its city ("إعلان القاهرة" then punctuation, the end, or a word
// of the declend list such as الذي or في).
func (d *docState) declarationEnd(st *sentState, e int) bool {
	if e >= len(st.toks) || !st.toks[e].IsWord() {
		return true
	}
	w, err := loadEvents2()
	return err == nil && w.declEnd[st.toks[e].Bare]
}

// refusedPart reports whether a verb or noun of refusing governs the
// participation trigger at token i (within four words before it in its
// clause, a name counting as one): "رفضت الحكومة المشاركة في"، "اعتذر عن حضور".
func (d *docState) refusedPart(st *sentState, i int) bool {
	w, err := loadEvents2()
	if err != nil {
		return false
	}
	for k, n := i-1, 0; k >= 0 && n < 4 && st.clause[k] == st.clause[i]; k, n = k-1, n+1 {
		if m := st.mentionAt(k); m != nil {
			k = m.s // a name counts as one word: "رفض الرئيس عمر البشير حضور"
			continue
		}
		if w.refuse[st.toks[k].Bare] {
			return true
		}
	}
	return false
}

// skipLeaders returns the first token from q that is no noun for the
// representatives of parties ("قادة دول مجلس التعاون": the council),
// at most three of them.
func (d *docState) skipLeaders(st *sentState, q int) int {
	w, err := loadEvents2()
	if err != nil {
		return q
	}
	for n := 0; n < 3 && q < len(st.toks) && st.mentionAt(q) == nil && w.leaders[text.StripArticle(st.toks[q].Bare)]; n++ {
		q++
	}
	return q
}

// subjectAfterEvent returns the subject that follows an event fronted
// right after a verb of taking part ("وشارك في القمة الملك سلمان"): the
// actors named right after the event's mention when the event starts at
// most one token after the verb's end j.
func (d *docState) subjectAfterEvent(st *sentState, j int, m *mention) []string {
	if m.s > j+1 || m.e >= len(st.toks) || st.clause[m.e] != st.clause[m.s] {
		return nil
	}
	subj, _ := d.vsoSubject(st, m.e-1, m.e, true)
	var out []string
	for _, s := range subj {
		if s != m.key && d.typeOf(s) != extract.Place && d.typeOf(s) != extract.Event && d.typeOf(s) != extract.Agreement {
			out = append(out, s)
		}
	}
	return out
}

// actorAt returns the mention that starts at token q, or the nationality
// adjective after a word for a government or people there ("الحكومة
// المالية": Mali), or nil.
func (d *docState) actorAt(st *sentState, q int) *mention {
	if m := st.mentionAt(q); m != nil {
		if m.s != q {
			return nil
		}
		return m
	}
	if q+1 < len(st.toks) && d.in("people", st.toks[q].Norm) {
		if m := st.mentionAt(q + 1); m != nil && m.s == q+1 && m.adj {
			return m
		}
	}
	return nil
}

// isVenue reports whether the mention a is a place or country governed by
// في or ب: where an event is held, no party to it.
func (d *docState) isVenue(st *sentState, a *mention) bool {
	if a.adj || (a.typ != extract.Place && a.typ != extract.Country) {
		return false
	}
	return strings.HasSuffix(a.prefix, "ب") || (a.prefix == "" && a.s > 0 && st.toks[a.s-1].Norm == "في")
}

// noteEventHeads remembers the catalogue events of a sentence named with
// an event noun first ("اتفاق الصخيرات"، "محادثات جنيف"), so that the
// noun with the article in a later sentence ("على الاتفاق") refers back
// to them, as it does to the events the patterns compose.
func (d *docState) noteEventHeads(st *sentState, w events2Words) {
	for _, m := range st.ments {
		if (m.typ != extract.Event && m.typ != extract.Agreement) || m.adj || m.pron || m.e-m.s < 2 {
			continue
		}
		h := text.StripArticle(st.toks[m.s].Bare)
		if w.venueHead[h] {
			d.eventHeads[h] = m.key
		}
	}
}

// skipOrdinal returns the token after the ordinal or kind words that stand
// between a summit or meeting and the body after لـ that holds it ("القمة
// الحادية عشرة لمنظمة الفرانكفونية"، "الاجتماع الطارئ لمجلس الأمن"), or
// j when none is there or no لـ follows them.
func (d *docState) skipOrdinal(st *sentState, j int) int {
	w, err := loadEvents2()
	if err != nil {
		return j
	}
	k := j
	for n := 0; n < 3 && k < len(st.toks) && (w.ordinal[st.toks[k].Bare] || w.ordinal[st.toks[k].Norm] || st.toks[k].IsNumber()); n++ {
		k++
	}
	if k == j || k >= len(st.toks) || !strings.HasSuffix(st.toks[k].Prefix, "ل") {
		return j
	}
	return k
}

// delegationHeads reads "ترأس X وفد بلاده إلى القمة"، "ترأس X الوفد
// المصري المشارك في المؤتمر": the head of a delegation to a named event
// took part in it. The verb of heading, its subject right after it, a
// delegation noun, then an event within four words after the noun
// (after its country or nationality and إلى، في or المشارك في).
func (d *docState) delegationHeads(st *sentState) {
	w, err := loadEvents2()
	if err != nil {
		return
	}
	for k, t := range st.toks {
		if !w.headVerb[t.Bare] || st.syn.ModAt(k)&unreal != 0 {
			continue
		}
		subj, e := d.vsoSubject(st, k, k+1, true)
		if len(subj) == 0 || e >= len(st.toks) || !w.delegation[st.toks[e].Bare] {
			continue
		}
		var ev *mention
		for q := e + 1; q < len(st.toks) && q <= e+5 && st.clause[q] == st.clause[k]; q++ {
			if m := st.mentionAt(q); m != nil && (m.typ == extract.Event || m.typ == extract.Agreement) && !m.adj {
				ev = m
				break
			}
			if st.syn.Class[q] == syntax.Verb {
				break
			}
		}
		if ev == nil {
			continue
		}
		date := d.factDate(st, k, extract.ParticipatedIn)
		for _, p := range subj {
			if p != ev.key && d.typeOf(p) != extract.Place {
				d.addFact(extract.Fact{Subject: p, Predicate: extract.ParticipatedIn, Object: ev.key, Date: date,
					Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/delegation-head",
					Features: []string{"cx=delegation-head", "trig=" + t.Bare}})
			}
		}
	}
}
