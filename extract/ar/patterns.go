package ar

import (
	"strconv"
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/timex"
)

// Structural rules that need no trigger word: locations read from
// adjectives, membership lists, parties to agreements, casualty counts.

// meetingPlace reads "في + place" after a meeting: each person who met
// there visited it, unless it is in the country they serve.
func (d *docState) meetingPlace(st *sentState, i, c int, subj []string, date string) {
	if m := d.placeOfMeeting(st, i, c); m != nil { // events9.go
		d.visitedAbroad(st, subj, m.key, date, "ar/meeting-place")
	}
}

// visitedAbroad records that each person of people visited place, unless
// it is in the country of his office (homeOrTitle: from the catalogue or
// his title) or that country is unknown.
func (d *docState) visitedAbroad(st *sentState, people []string, place, date, rule string) {
	for _, p := range people {
		if d.typeOf(p) != extract.Person {
			continue
		}
		if home := d.homeOrTitle(p); home == "" || home == d.countryOf(place) {
			continue
		}
		d.addFact(extract.Fact{Subject: p, Predicate: extract.Visited, Object: place, Date: date,
			Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: rule})
	}
}

// homeCountry is the country a person holds office in at the document's
// date, or "".
func (d *docState) homeCountry(person string) string {
	for _, o := range d.cat.Offices(person, d.at) {
		if d.typeOf(o.Of) == extract.Country {
			return o.Of
		}
		if e, ok := d.cat.Get(o.Of); ok && e.LocatedIn != "" {
			return d.countryOf(e.LocatedIn)
		}
	}
	return ""
}

// countryOf returns the country a place is in (the place itself for a
// country), following located-in up to three steps.
func (d *docState) countryOf(key string) string {
	for n := 0; n < 4 && key != ""; n++ {
		e, ok := d.cat.Get(key)
		if !ok {
			return ""
		}
		if e.Type == extract.Country {
			return e.Key
		}
		key = e.LocatedIn
	}
	return ""
}

// patterns applies the structural rules: locatedIn from adjectives and
// appositions, membership lists, deaths.
func (d *docState) patterns(st *sentState) {
	toks := st.toks
	for n := 0; n < len(st.ments); n++ {
		m := st.ments[n]
		// العاصمة الروسية (a catalogue alias) or العاصمة القطرية الدوحة
		if !m.adj && m.typ == extract.Place && m.e-m.s >= 2 && toks[m.s].Bare == "العاصمه" {
			if c := d.adjective(st, m.s+1); c != "" {
				d.located(st, m.key, c)
			}
		}
		if m.adj && m.s > 0 && toks[m.s-1].Bare == "العاصمه" {
			if p := st.mentionAt(m.e); p != nil && p.typ == extract.Place {
				d.located(st, p.key, m.key)
			}
		}
		// مواقع فوردو واراك النوويين الإيرانيين
		if !m.adj && (m.typ == extract.Facility || m.typ == extract.Place) {
			keys, end := d.group(st, m, "place")
			for k := end; k < len(toks) && k <= end+2; k++ {
				a := st.mentionAt(k)
				if a == nil {
					if !toks[k].IsArabic() {
						break
					}
					continue
				}
				if a.adj {
					for _, p := range keys {
						if d.typeOf(p) != extract.Country {
							d.located(st, p, a.key)
						}
					}
				}
				break
			}
		}
	}
	// membership: "ORG التي تضم A وB وC"
	for k, t := range toks {
		b := t.Bare
		if !d.in("memberlist", b) {
			continue
		}
		p := k
		if p > 0 && (d.in("relative", toks[p-1].Norm) || d.in("relative", toks[p-1].Bare)) {
			p-- // "التي تضم"، "، والتي تضم"
		}
		if p > 0 && (toks[p-1].Norm == "،" || toks[p-1].Norm == ",") {
			p--
		}
		org := d.meetingBody(st.mentionAt(p - 1))
		q := k + 1
		if org == nil && (k == 0 || !toks[k-1].IsWord() || strings.HasPrefix(t.Prefix, "و")) {
			// "وتضم المنظمة X وY": the verb first, the body its subject
			if o := st.mentionAt(k + 1); o != nil && o.s == k+1 {
				org, q = o, o.e
			}
		}
		if org == nil || (org.typ != extract.Organization && org.typ != extract.Group) || org.adj {
			continue
		}
		if q+1 < len(toks) && eachOf(toks[q].Norm) && toks[q+1].Norm == "من" {
			q++ // office9.go: "تضم كلا من X وY"
		}
		if q < len(toks) && toks[q].Norm == "من" {
			q++
		}
		if m := st.mentionAt(q); m != nil && m.s == q {
			members, _ := d.group(st, m, "actor")
			for _, mem := range members {
				d.addFact(extract.Fact{Subject: mem, Predicate: extract.MemberOf, Object: org.key,
					Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/member-list"})
			}
		}
	}
	d.locatedRules(st)
	d.memberRules(st)
	d.ledBy(st)
	d.membersAmong(st)
	d.ellipticalTitles(st)
	d.agreementParties(st)
	d.eventRelatives(st)
	d.participants(st)
	d.delegationHeads(st) // events2.go: "ترأس X وفد بلاده إلى القمة"
	d.namedTitles(st)
	d.appointments(st) // office_appoint.go
	d.deaths(st)
	// remember people for object pronouns of later sentences
	for _, m := range st.ments {
		if m.typ == extract.Person {
			d.recent = append(d.recent, m.key)
		}
	}
	if len(d.recent) > 8 {
		d.recent = d.recent[len(d.recent)-8:]
	}
}

func (d *docState) located(st *sentState, place, country string) {
	d.addFact(extract.Fact{Subject: place, Predicate: extract.LocatedIn, Object: country,
		Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/located-adjective",
		Features: append([]string{"cx=located"}, d.locFeatures(place, country)...)})
}

// deaths finds casualty counts and gives them to the event they belong
// to: a number and a casualty noun ("(130 قتيلا)"، "مقتل 7 أشخاص"،
// "أسفر عن سقوط 250 ألف قتيل"، "أودى بحياة 20 شخصا")، a dual or singular
// casualty noun after مقتل ("مقتل جنديين"، "مقتل رضيع")، or a toll ("حصيلة
// القتلى … 33"). The event is the nearest one named before the count, or
// else the first one named after it in its clause ("قتلت 148 شخصا في
// هجوم X").
func (d *docState) deaths(st *sentState) {
	var nums []timex.Number
	numbers := func() []timex.Number {
		if nums == nil {
			nums = timex.NumbersTokens(d.doc.Text, st.toks)
		}
		return nums
	}
	for k, t := range st.toks {
		if !d.in("casualty", t.Bare) && !d.in("casualty-one", t.Bare) && !d.in("casualty-two", t.Bare) {
			continue
		}
		n, at := d.casualtyCount(st, k, numbers())
		if n <= 0 || !d.casualtyContext(st, at) {
			continue
		}
		if ev := d.tollEvent(st, at, k); ev != "" {
			d.addFact(extract.Fact{Subject: ev, Predicate: extract.Deaths, Value: strconv.FormatInt(n, 10),
				Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/deaths",
				Features: []string{"cx=toll", "trig=" + t.Bare}})
		}
	}
}

// casualtyCount returns the number of dead a casualty noun at token k
// counts, and the token the count starts at: the number right before it
// ("250 ألف قتيل"), the number after a toll ("حصيلة القتلى إلى 33"), two
// for a dual (جنديين), one for a singular after مقتل (مقتل رضيع).
func (d *docState) casualtyCount(st *sentState, k int, nums []timex.Number) (int64, int) {
	t := st.toks[k]
	for n := range nums {
		if nums[n].End <= t.Start && t.Start-nums[n].End <= 2 {
			return nums[n].Value, st.tokenAt(nums[n].Start)
		}
	}
	if k > 0 && d.in("toll", st.toks[k-1].Bare) {
		// "حصيلة القتلى إلى 33": the number after the toll
		for n := range nums {
			if nums[n].Start > t.End && st.tokenAt(nums[n].Start) <= k+7 {
				return nums[n].Value, k - 1
			}
		}
	}
	if k > 0 && (st.toks[k-1].Bare == "مقتل" || st.toks[k-1].Bare == "بمقتل") {
		switch {
		case d.in("casualty-two", t.Bare):
			return 2, k - 1
		case d.in("casualty-one", t.Bare):
			return 1, k - 1
		}
	}
	return 0, -1
}

// casualtyContext reports whether a count starting at token at stands in
// a casualty context: a bracket or a verb or noun of killing within five
// tokens before it (its own first token included).
func (d *docState) casualtyContext(st *sentState, at int) bool {
	if at < 0 {
		return false
	}
	for q := at; q >= 0 && q >= at-5; q-- {
		if st.toks[q].Norm == "(" || d.in("casualty-context", st.toks[q].Bare) || d.in("casualty-context", st.toks[q].Norm) {
			return true
		}
	}
	return false
}

// tollEvent returns the event a count at tokens [at, k] belongs to.
func (d *docState) tollEvent(st *sentState, at, k int) string {
	for n := len(st.ments) - 1; n >= 0; n-- {
		m := st.ments[n]
		if m.s >= at || at-m.e > 30 {
			continue
		}
		if m.typ == extract.Event {
			return m.key
		}
	}
	c := st.clause[k]
	for _, m := range st.ments {
		if m.s > k && m.s <= k+8 && st.clause[m.s] == c && m.typ == extract.Event {
			return m.key
		}
	}
	return ""
}

// agreementParties reads "الاتفاق … الموقع … بين A وB وبينها C": each
// actor after بين took part in the agreement.
func (d *docState) agreementParties(st *sentState) {
	for _, m := range st.ments {
		if (m.typ != extract.Agreement && m.typ != extract.Event) || m.adj {
			continue
		}
		rule := "ar/agreement-between"
		if m.typ == extract.Event {
			rule = "ar/event-between" // "صفقة شاليط التي أبرمت بين حماس وإسرائيل"، "جرت المحادثات بين…"
		}
		k := m.e
		for ; k < len(st.toks) && k <= m.e+8; k++ {
			if st.toks[k].Bare == "بين" || st.toks[k].Norm == "بين" {
				break
			}
			if st.mentionAt(k) != nil || d.in("boundary", st.toks[k].Norm) {
				k = len(st.toks)
			}
		}
		if k >= len(st.toks) || k > m.e+8 {
			if m.typ == extract.Agreement {
				d.agreementReached(st, m)
			}
			continue
		}
		date := ""
		for _, dm := range st.dates {
			if dm.Start >= st.toks[m.e-1].End && dm.End <= st.toks[k].Start && !dm.Date.IsZero() {
				date = dm.Date.String()
			}
		}
		var parties []string
		for q := k + 1; q < len(st.toks) && q <= k+14; q++ {
			t := st.toks[q]
			if d.in("boundary", t.Norm) || t.Norm == "." {
				break
			}
			a := st.mentionAt(q)
			if a == nil || a.s != q {
				continue
			}
			if d.isVenue(st, a) {
				q = a.e - 1
				continue // events2.go: "بين X وY في نواكشوط": the venue is no party
			}
			if key := d.actor(st, a); key != "" {
				parties = append(parties, key)
				if date == "" {
					date = d.datePastParties(st, a.e) // "المبرم بين إيران والقوى الكبرى الأسبوع الماضي"
				}
			}
			q = a.e - 1
		}
		for _, key := range parties {
			d.addFact(extract.Fact{Subject: key, Predicate: extract.ParticipatedIn, Object: m.key, Date: date,
				Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: rule})
		}
	}
}

// ledBy reads "ORG الذي تقوده X" (the coalition led by X): X is a member.
func (d *docState) ledBy(st *sentState) {
	for k, t := range st.toks {
		b := t.Bare
		if b != "تقوده" && b != "يقوده" && b != "تتزعمه" && b != "يتزعمه" && b != "بقياده" && t.Norm != "بقياده" && t.Norm != "بزعامه" && !argsWordIs("ledverb", t) {
			continue
		}
		if in := st.mentionAt(k); in != nil && in.s < k && !in.adj && (in.typ == extract.Organization || in.typ == extract.Group) {
			// the leader inside the catalogue's name: "التحالف الذي تقوده
			// الولايات المتحدة" is one name
			if e, es, _ := d.matchName(st, k+1); e > k+1 && e <= in.e {
				if en := pick(es); en.Key != in.key && (en.Type == extract.Country || en.Type == extract.Organization || en.Type == extract.Group) {
					d.addFact(extract.Fact{Subject: en.Key, Predicate: extract.MemberOf, Object: in.key,
						Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/led-by"})
				}
			}
			continue
		}
		p := d.ledAntecedent(st, k) // ledby_forms.go: "حزب الله، الذي يتزعمه"
		org := d.ledOrg(st, p)
		if org == nil || org.adj || (org.typ != extract.Organization && org.typ != extract.Group) {
			continue
		}
		if org.e != p && argsWordIs("ledverb", t) {
			continue // args.go: "مجلس الأمن الحكومة التي يرأسها X": the body right before
		}
		if m := d.ledLeader(st, k); m != nil { // ledby_forms.go: "بقيادة العميد X"
			if m.typ == extract.Person && !m.adj {
				d.official(st, m.key, org.key, "leader", "ar/led-by-person") // "التنظيم بقيادة أبو بكر البغدادي"
			} else if a := d.actor(st, m); a != "" && a != org.key {
				d.addFact(extract.Fact{Subject: a, Predicate: extract.MemberOf, Object: org.key,
					Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/led-by"})
			}
		}
	}
}

// membersAmong reads "أعضاء في ORG من بينهم X وY": each listed actor is a
// member.
func (d *docState) membersAmong(st *sentState) {
	for k, t := range st.toks {
		if t.Bare != "اعضاء" && t.Bare != "الاعضاء" && t.Bare != "اعضاءها" {
			continue
		}
		q := k + 1
		if q < len(st.toks) && st.toks[q].Norm == "في" {
			q++
		}
		org := st.mentionAt(q)
		if org == nil || org.s != q || org.adj || (org.typ != extract.Organization && org.typ != extract.Group) {
			continue
		}
		r := org.e
		for n := 0; n < 3 && r < len(st.toks); n++ {
			if b := st.toks[r].Norm; b == "من" || b == "ومن" || b == "بينهم" || b == "بينها" || b == "ومنهم" || b == "منهم" || b == "،" || b == ":" || b == "وهي" || b == "(" {
				r++
				continue
			}
			break
		}
		if r == org.e {
			continue
		}
		if m := st.mentionAt(r); m != nil && m.s == r {
			members, _ := d.group(st, m, "actor")
			for _, mem := range members {
				d.addFact(extract.Fact{Subject: mem, Predicate: extract.MemberOf, Object: org.key,
					Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/member-list"})
			}
		}
	}
}

// ellipticalTitles reads "الرئيس الأمريكي أوباما والتركي أردوغان": the
// second person holds the same office in the adjective's country.
func (d *docState) ellipticalTitles(st *sentState) {
	for n, m := range st.ments {
		if !m.adj || !strings.HasPrefix(st.toks[m.s].Prefix, "و") || n == 0 || n+1 >= len(st.ments) {
			continue
		}
		prev, next := st.ments[n-1], st.ments[n+1]
		if prev.e != m.s || next.s != m.e || prev.typ != extract.Person || next.typ != extract.Person {
			continue
		}
		if role := d.roleOf[prev.key]; role != "" {
			d.official(st, next.key, m.key, role, "ar/title-ellipsis")
		}
	}
}

// agreementReached reads "الاتفاق الذي توصلت إليه القوى الغربية مع إيران":
// the parties that reached or signed the agreement took part in it, and so
// did those that mediated or sponsored it ("الاتفاق الذي توسطت فيه موسكو").
func (d *docState) agreementReached(st *sentState, m *mention) {
	k := m.e
	for n := 0; n < 2 && k < len(st.toks); n++ {
		if d.in("relative", st.toks[k].Norm) || st.toks[k].Norm == "،" {
			k++
		}
	}
	if k >= len(st.toks) || k == m.e {
		return
	}
	k, b := d.passiveLight(st, k) // "الذي تم التوصل إليه مع…"
	reached := false
	// reached, concluded, signed; mediated or sponsored (توسطت فيه, رعته)
	for _, v := range []string{"توصل", "ابرم", "وقع", "وقعت", "ابرمت", "ابرمه", "ابرمته", "وقعته", "وقعه",
		"توسط", "رعاه", "رعته", "رعاها", "رعتها"} {
		reached = reached || strings.HasPrefix(b, v)
	}
	if !reached {
		return
	}
	c := st.clause[k]
	date := ""
	for q := k + 1; q < len(st.toks) && q <= k+12 && st.clause[q] == c; q++ {
		if n := st.toks[q].Norm; n == "،" || n == "," || n == "." {
			break
		}
		a := st.mentionAt(q)
		if a == nil || a.s != q {
			continue
		}
		if key := d.actor(st, a); key != "" && !d.placePhrase(st, a) {
			if date == "" {
				date = d.factDate(st, k, extract.ParticipatedIn)
			}
			d.addFact(extract.Fact{Subject: key, Predicate: extract.ParticipatedIn, Object: m.key, Date: date,
				Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/agreement-reached"})
		}
		q = a.e - 1
	}
	if !strings.HasPrefix(b, "توسط") && !strings.HasPrefix(b, "رع") {
		return
	}
	// "الذي توسطت فيه موسكو وواشنطن": those who mediated it together
	// worked with each other
	q := k + 1
	if q < len(st.toks) && (d.in("pronoun-object", st.toks[q].Norm) || st.toks[q].Norm == "فيه" || st.toks[q].Norm == "فيها") {
		q++
	}
	a := st.mentionAt(q)
	if a == nil || a.s != q || d.actor(st, a) == "" {
		return
	}
	if keys, _ := d.group(st, a, "actor"); len(keys) >= 2 && len(keys) <= 4 {
		d.addPairwise(st, keys, extract.CooperatesWith, date, "ar/co-mediators")
	}
}

// phoneCall reports whether the clause of token i speaks of a telephone
// call (no one travelled).
func (d *docState) phoneCall(st *sentState, i, c int) bool {
	for k := max(0, i-3); k < len(st.toks) && k <= i+12; k++ {
		if st.clause[k] == c && strings.Contains(st.toks[k].Norm, "هاتف") {
			return true
		}
	}
	return false
}
