package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
	"github.com/newskg/kg/extract/timex"
)

// mention is an entity named in a sentence: tokens[s:e].
type mention struct {
	s, e   int
	key    string
	typ    string
	adj    bool   // a nationality adjective ("الروسي"), not a name
	title  bool   // a person named by a title only
	prefix string // proclitics of the first token (و، ب، ل…)
	event  string // event kind for created events
	inner  string // for an event named after an organisation: that organisation
	pron   bool   // resolved from a pronoun suffix or a description (discourse.go)
	prev   bool   // its referent was named in an earlier sentence
}

// sentState is one sentence being read.
type sentState struct {
	s       text.Sentence
	toks    []text.Token
	ments   []*mention
	at      []int // token → index in ments, or -1
	clause  []int // token → clause number
	speaker map[int][]string
	named   map[int]bool // clauses whose speaker is named in the sentence
	dates   []timex.Match
	idx     int
	claim   map[int]bool // clauses reporting a disputed claim (زعم أن)
	objects []bool       // token positions of mentions used as objects
	used    []bool       // tokens consumed by a gapped trigger
	words   []*word      // token → its word (word.go), resolved once
	names   []nameMatch  // token → catalogue name found there (cached)
	titles  []titleMatch // token → title found there (cached)
	learned lazySpans    // spans of the learned name finder
	bufs    *sentBufs    // where the per-token slices come from (nil: their own allocations)

	syn    *syntax.Sentence // the shallow clause analysis (relations.go)
	quoted map[int][]string // quotation clause → its speaker (relations.go)
}

// forms returns the lexicon forms of token k (Token.Forms), cached.
func (st *sentState) forms(d *docState, k int) []string { return st.word(d, k).forms }

// surface returns the text of tokens a..b (inclusive) as written, without
// the quote marks dropped from inside it (namequotes.go).
func (st *sentState) surface(a, b int) string {
	return unquoteSurface(st.s.Text[st.toks[a].Start-st.s.Start : st.toks[b].End-st.s.Start])
}

func (st *sentState) mentionAt(i int) *mention {
	if i < 0 || i >= len(st.at) || st.at[i] < 0 {
		return nil
	}
	return st.ments[st.at[i]]
}

func (st *sentState) add(m *mention) {
	st.ments = append(st.ments, m)
	for k := m.s; k < m.e; k++ {
		st.at[k] = len(st.ments) - 1
	}
}

// mentsCap is the room for mentions a sentence starts with.
const mentsCap = 8

// newSentState starts reading sentence number idx, with slices of their
// own.
func newSentState(idx int, s text.Sentence) *sentState { return newSentStateIn(nil, idx, s) }

// newSentStateIn is newSentState with the per-token slices from b (nil:
// their own allocations).
func newSentStateIn(b *sentBufs, idx int, s text.Sentence) *sentState {
	n := len(s.Tokens)
	var flags []bool
	var at []int
	if b != nil {
		b.start(n)
		size := b.cur + b.left
		flags, at = take(&b.flags, 2*n, 2*size), take(&b.ints, n, size)
	} else {
		flags, at = make([]bool, 2*n), make([]int, n) // one allocation for both flags
	}
	st := &sentState{s: s, toks: s.Tokens, idx: idx, objects: flags[:n:n], used: flags[n:], bufs: b}
	if b != nil {
		st.ments = take(&b.ments, mentsCap, mentsCap*(1+b.left/16))[:0] // a sentence with more grows its own
	}
	st.at = at
	for i := range st.at {
		st.at[i] = -1
	}
	return st
}

// sentence reads one sentence.
func (d *docState) sentence(idx int, s text.Sentence) {
	if len(s.Tokens) == 0 {
		return
	}
	st := newSentStateIn(&d.bufs, idx, s)
	st.dates = d.withSameDay(d.dates(s), s) // sameday.go: "وفي اليوم نفسه"
	if d.leadDate == "" && idx < 3 {
		d.leadDate = d.dayOfArticle(st.dates)
	}
	d.analyse(st)
	d.noteLastDay(st)
}

// dayOfArticle returns the first day-precise date among ms that falls in
// the week before the article's date (or the day after it), or "".
func (d *docState) dayOfArticle(ms []timex.Match) string {
	if d.doc.Date.IsZero() {
		return ""
	}
	for _, m := range ms {
		if (m.Kind == timex.KindDate || m.Kind == timex.KindWeekday || m.Kind == timex.KindRelative) && m.Date.Day != 0 {
			if dd := m.Date.Time().Sub(d.at).Hours() / 24; dd > -8 && dd < 2 {
				return m.Date.String()
			}
		}
	}
	return ""
}

// analyse runs the per-sentence steps on st, whose dates are set: its
// mentions, clauses, relations and patterns, then what later sentences
// read of it (places, event bodies and dates, the entities it named).
func (d *docState) analyse(st *sentState) {
	d.findMentions(st)
	d.homeCountries(st)
	d.discourseMentions(st)
	d.possessiveTitles(st) // args.go: "رئيسها X"
	d.clauses(st)
	d.venueEvents(st) // events2.go: "محادثات بين X وY في جنيف"
	d.relations(st)
	d.patterns(st)
	d.pairs(st)       // pairs.go: the learned relation proposer
	d.speechPlace(st) // meet.go
	d.attendance(st)  // attend.go
	d.notePlaces(st)
	d.noteEventBodies(st)
	d.noteEventDates(st)
	d.noteMentioned(st)
	d.noteSentenceEnd(st)
}

// noteMentioned records the entities the sentence's mentions name, so that
// every entity the text names becomes a node, whether a fact uses it or not.
func (d *docState) noteMentioned(st *sentState) {
	for _, m := range st.ments {
		if m.key == "" || d.isMention[m.key] || d.typeOf(m.key) == "" {
			continue
		}
		d.isMention[m.key] = true
		d.mentioned = append(d.mentioned, m.key)
	}
	for _, k := range d.nested {
		if !d.isMention[k] && d.typeOf(k) != "" {
			d.isMention[k] = true
			d.mentioned = append(d.mentioned, k)
		}
	}
	d.nested = d.nested[:0]
}

// nameIndex is the first-token index of catalogue names the extractor
// builds once: first token → longest name length in tokens.
func (x *Extractor) firstTokens() map[string]int {
	x.firstOnce.Do(func() {
		m := map[string]int{}
		pre, later := map[string]bool{}, map[string]bool{}
		addPrefixes := func(f []string) {
			for k := 1; k <= len(f); k++ {
				pre[strings.Join(f[:k], " ")] = true
				if k > 1 {
					later[f[k-1]] = true
				}
			}
		}
		add := func(s string) {
			f := strings.Fields(text.Normalize(s))
			if len(f) == 0 {
				return
			}
			for _, first := range []string{f[0], text.StripArticle(f[0])} {
				if len(f) > m[first] {
					m[first] = len(f)
				}
			}
			// the forms the catalogue indexes: as written, without the
			// article on the first token, without it on every token
			addPrefixes(f)
			g := append([]string{text.StripArticle(f[0])}, f[1:]...)
			addPrefixes(g)
			h := make([]string, len(f))
			for i, t := range f {
				h[i] = text.StripArticle(t)
			}
			addPrefixes(h)
		}
		for _, e := range x.cat.Entries() {
			for _, a := range e.Arabic {
				add(strings.TrimPrefix(a, "="))
			}
		}
		x.first = m
		x.prefixes, x.nameLater = pre, later
		t := map[string]int{}
		addTitle := func(p string) {
			f := strings.Fields(text.Normalize(p))
			if len(f) > 0 && len(f) > t[f[0]] {
				t[f[0]] = len(f)
			}
		}
		for p := range x.lex.titles {
			addTitle(p)
		}
		for _, r := range x.cat.Roles() {
			for _, p := range x.cat.RolePhrases(r) {
				addTitle(p)
			}
		}
		x.titleMax = t
	})
	return x.first
}

// matchName finds the longest catalogue name starting at token i: the
// first token in any of its forms (clitics stripped), the others as
// written. Past the last token there is no name.
func (d *docState) matchName(st *sentState, i int) (end int, entries []*catalog.Entry, prefix string) {
	if i < 0 || i >= len(st.toks) {
		return i, nil, ""
	}
	if st.names == nil {
		c, size := st.namesBuf()
		st.names = take(c, len(st.toks), size)
	}
	c := &st.names[i]
	if !c.done {
		c.end, c.entries, c.prefix = d.matchNameAt(st, i)
		c.done = true
	}
	return c.end, c.entries, c.prefix
}

// nameMatch is the catalogue name found at one token (matchName, cached).
type nameMatch struct {
	done    bool
	end     int
	entries []*catalog.Entry
	prefix  string
}

// titleMatch is the title found at one token (matchTitle, cached).
type titleMatch struct {
	done        bool
	role        string
	counterpart bool
	end         int
}

// nameForms returns the forms of token i (st.forms) that begin a catalogue
// name (are in d.x.prefixes), in order, computed once per distinct word.
func (d *docState) nameForms(st *sentState, i int) []string { return st.word(d, i).nameForms }

// matchNameAt is matchName without the cache.
func (d *docState) matchNameAt(st *sentState, i int) (end int, entries []*catalog.Entry, prefix string) {
	toks := st.toks
	if i >= len(toks) || !toks[i].IsWord() {
		return i, nil, ""
	}
	pre := d.x.prefixes
	w := st.word(d, i)
	for fi, f := range w.nameForms {
		buf := append(d.scratch[:0], f...)
		for k := 1; i+k <= len(toks); k++ {
			if k > 1 {
				t := toks[i+k-1]
				if !t.IsWord() || !st.word(d, i+k-1).nameLater {
					break // no name goes on with this word: no look-up
				}
				buf = append(buf, ' ')
				buf = append(buf, t.Norm...)
				if !pre[string(buf)] {
					break
				}
			}
			if i+k <= end {
				continue
			}
			var hits []catalog.Hit
			if k == 1 {
				hits = w.nameHits[fi] // the form alone, looked up once per word
			} else {
				hits = d.cat.LookupHits(string(buf))
			}
			if len(hits) == 0 {
				continue
			}
			if k == 1 && hits[0].Derived && text.HasArticle(f) {
				continue
			}
			es := d.hitEntries[:0] // copied into entries below
			for _, h := range hits {
				es = append(es, h.Entry)
			}
			d.hitEntries = es
			if es = d.notYet(es); len(es) == 0 {
				continue // only events of later years bear this name
			}
			end = i + k
			entries = append(entries[:0], es...)
			prefix = strings.TrimSuffix(toks[i].Norm, f)
			if prefix == toks[i].Norm {
				prefix = toks[i].Prefix
			}
		}
		d.scratch = buf
	}
	if end == i+1 && nounReading(st, i) {
		return i, nil, "" // القاعدة الجوية: a noun with its adjective
	}
	if end <= i {
		if e, es, p := d.kindSynonym(st, i); e > i {
			return e, es, p
		}
		return d.pluralCase(st, i)
	}
	return end, entries, prefix
}

// pluralCase finds a one-word catalogue name written in the other case of
// a sound masculine plural (اليساريين for اليساريون, and the reverse).
func (d *docState) pluralCase(st *sentState, i int) (end int, entries []*catalog.Entry, prefix string) {
	t := st.toks[i]
	w := st.word(d, i)
	f := w.pluralForm
	if f == "" {
		return i, nil, ""
	}
	prefix = strings.TrimSuffix(t.Norm, f)
	if prefix == t.Norm {
		prefix = t.Prefix
	}
	return i + 1, append([]*catalog.Entry(nil), w.pluralHits...), prefix
}

// adjective returns the country a nationality adjective at token k names.
func (d *docState) adjective(st *sentState, k int) string {
	if !st.toks[k].IsArabic() {
		return ""
	}
	return st.word(d, k).adjective
}

// pick chooses among the entries a name denotes.
func pick(es []*catalog.Entry) *catalog.Entry {
	if len(es) == 0 {
		return nil
	}
	return es[0]
}

// matchTitle finds a title phrase at token i: its role, whether it is a
// "counterpart" word, and the token after it.
func (d *docState) matchTitle(st *sentState, i int) (role string, counterpart bool, end int) {
	if i < 0 || i >= len(st.toks) {
		return "", false, i
	}
	if st.titles == nil {
		c, size := st.titlesBuf()
		st.titles = take(c, len(st.toks), size)
	}
	c := &st.titles[i]
	if !c.done {
		c.role, c.counterpart, c.end = d.matchTitleAt(st, i)
		c.done = true
	}
	return c.role, c.counterpart, c.end
}

// matchTitleAt is matchTitle without the cache.
func (d *docState) matchTitleAt(st *sentState, i int) (role string, counterpart bool, end int) {
	toks := st.toks
	if !toks[i].IsArabic() {
		return "", false, i
	}
	w := st.word(d, i)
	forms := w.forms
	if len(forms) > 2 {
		forms = forms[:2]
	}
	maxN := w.titleMax
	if maxN == 0 {
		return "", false, i
	}
	var buf strings.Builder
	for k := min(maxN, len(toks)-i); k >= 1; k-- {
		for _, f := range forms {
			buf.Reset()
			buf.WriteString(f)
			okw := true
			for j := i + 1; j < i+k; j++ {
				if !toks[j].IsWord() {
					okw = false
					break
				}
				buf.WriteByte(' ')
				buf.WriteString(toks[j].Norm)
			}
			if !okw {
				continue
			}
			p := buf.String()
			role, cp, ok := "", false, false
			if t, found := d.lex.titles[p]; found {
				role, cp, ok = t.role, t.counterpart, true
			} else if rs := d.cat.LookupRole(p); len(rs) > 0 {
				role, ok = rs[0], true
			}
			if !ok {
				continue
			}
			if k > 1 {
				// "قائد فيلق القدس": a shorter title before a longer name wins
				if e, es, _ := d.matchName(st, i+k-1); e > i+k && len(es) > 0 && es[0].Type != extract.Person {
					continue
				}
			}
			return role, cp, i + k
		}
	}
	return "", false, i
}

// findMentions finds the entities named in a sentence: titles with or
// without names, catalogue names, events, adjectives, and surnames of
// people named earlier.
func (d *docState) findMentions(st *sentState) {
	toks := st.toks
	for i := 0; i < len(toks); {
		if !toks[i].IsWord() {
			i++
			continue
		}
		nameEnd, entries, prefix := d.matchName(st, i)
		var chosen *catalog.Entry
		if nameEnd > i {
			chosen = d.choose(st, i, nameEnd, entries)
			if chosen == nil || (nameEnd == i+1 && st.inDate(i, nameEnd)) || d.otherPerson(st, i, nameEnd, chosen) {
				nameEnd, chosen = i, nil
			}
		}
		if m := d.nationalBody(st, i, nameEnd); m != nil {
			d.addMention(st, m)
			i = m.e
			continue
		}
		if m := d.institution(st, i, nameEnd); m != nil {
			d.addMention(st, m)
			i = m.e
			continue
		}
		if m := d.genericBody(st, i, nameEnd); m != nil {
			d.addMention(st, m)
			i = m.e
			continue
		}
		if m := d.headCoref(st, i, nameEnd); m != nil {
			d.addMention(st, m)
			i = m.e
			continue
		}
		if m := d.coalitionCoref(st, i, nameEnd); m != nil {
			d.addMention(st, m)
			i = m.e
			continue
		}
		role, counterpart, titleEnd := d.matchTitle(st, i)
		if titleEnd > i && titleEnd >= nameEnd {
			if j := d.title(st, i, titleEnd, role, counterpart); j > i {
				i = j
				continue
			}
			if d.lex.posts[role] && nameEnd <= i && titleEnd < len(toks) && d.adjective(st, titleEnd) != "" && d.innerTitle(st, i, titleEnd) {
				// "نائب وزير الخارجية السوري": a post with its country that
				// names nobody here; the title inside it (وزير الخارجية) is
				// not the country's minister
				i = titleEnd
				continue
			}
		}
		if j := d.event(st, i, nameEnd); j > i {
			i = j
			continue
		}
		if ms := d.headMentions(st, i, nameEnd); len(ms) > 0 {
			for _, m := range ms {
				d.addMention(st, m)
			}
			i = ms[len(ms)-1].e
			continue
		}
		if nameEnd > i {
			m := &mention{s: i, e: nameEnd, key: chosen.Key, typ: string(chosen.Type), prefix: prefix}
			d.addMention(st, m)
			d.innerNames(st, m)
			if chosen.Type == extract.Country && nameEnd-i > 1 {
				d.countryBody(st, nameEnd-1, chosen.Key) // الخارجية الروسية: a catalogue name of the country
			}
			i = nameEnd
			continue
		}
		if j := d.roleNoun(st, i); j > i {
			i = j
			continue
		}
		if m := d.personSkipMiddle(st, i); m != nil {
			d.addMention(st, m)
			i = m.e
			continue
		}
		if m := d.personBack(st, i); m != nil {
			d.addMention(st, m)
			i = m.e
			continue
		}
		if d.x.Names != nil {
			if sp, ok := d.learnedAt(st, i); ok {
				if m := d.learnedMention(st, sp); m != nil {
					d.addMention(st, m)
					i = m.e
					continue
				}
			}
		}
		if m := d.freeName(st, i); m != nil {
			// a node, but no argument of the sentence's relations: a name
			// found by its first word alone is too weak a cue
			d.noteNested(m.key)
			i = m.e
			continue
		}
		if c := d.adjective(st, i); c != "" && d.adjectiveSupported(c) {
			d.countryBody(st, i, c)
			st.add(&mention{s: i, e: i + 1, key: c, typ: extract.Country, adj: true})
			i++
			continue
		}
		if k, ok := d.surnames[toks[i].Bare]; ok {
			d.addMention(st, &mention{s: i, e: i + 1, key: k, typ: extract.Person, prefix: toks[i].Prefix})
			i++
			continue
		}
		if k := d.eventCoref(toks[i]); k != "" {
			st.add(&mention{s: i, e: i + 1, key: k, typ: extract.Event, prefix: toks[i].Prefix})
			i++
			continue
		}
		if k := d.orgCoref(toks[i]); k != "" && !groupHeads[text.StripArticle(toks[i].Bare)] && !d.groupNameAfter(st, i+1) {
			st.add(&mention{s: i, e: i + 1, key: k, typ: d.typeOf(k), prefix: toks[i].Prefix})
			i++
			continue
		}
		if m := d.descriptionCoref(st, i); m != nil {
			st.add(m)
			i++
			continue
		}
		if m := d.personBeforeHe(st, i); m != nil {
			d.addMention(st, m)
			i++
			continue
		}
		if m := d.latterCoref(st, i); m != nil {
			st.add(m)
			i++
			continue
		}
		i++
	}
}

// addMention adds a mention to the sentence and updates the coreference
// memory.
func (d *docState) addMention(st *sentState, m *mention) {
	if m.e == m.s+1 && condemnHomograph(st, m.s) {
		return // stance8.go: "ودان الأمين العام…" is "and condemned"
	}
	st.add(m)
	d.noteMention(m)
	d.noteOrgHead(st, m)
	d.noteHeadOf(st, m)
	d.noteCoalition(m)
	d.notePersonNames(st, m)
}

// noteMention updates the coreference memory after a person mention.
func (d *docState) noteMention(m *mention) {
	if m.typ != extract.Person {
		return
	}
	d.lastPerson = m.key
	if _, ok := d.roleOf[m.key]; !ok {
		if offs := d.cat.Offices(m.key, d.at); len(offs) > 0 {
			d.roleOf[m.key] = offs[0].Role
		} else {
			d.roleOf[m.key] = ""
		}
	}
	if r := d.roleOf[m.key]; r != "" {
		d.lastRole = m.key
		d.byRole[r] = m.key
	}
}

// title reads a title phrase at tokens[i:j] and what follows it: the
// country or organisation (an adjective, ل + name, باسم + name, a name in
// construct), "former", honorifics, and the person's name. It adds the
// person mention and an officialOf fact, and returns the token after what it
// used (or i when the title names nobody).
func (d *docState) title(st *sentState, i, j int, role string, counterpart bool) int {
	toks := st.toks
	lex := d.lex
	of, ofRule := "", "ar/title"
	appRule := "ar/title-apposition" // the rule of a title after its holder's name
	bare := ""                       // the complement is a body named without its country
	former := false
	party := "" // the party an office holder sits for (partyAt)
	titleEnd := j
	of = d.titleAdjectiveBody(st, i, j) // ledby_forms.go: "المبعوث الأممي"
	definite := text.HasArticle(toks[i].Bare) || counterpart
	if counterpart {
		ante := ""
		for _, m := range st.ments {
			if m.typ == extract.Person && m.s < i {
				ante = m.key
				break
			}
		}
		if ante == "" {
			for _, k := range d.lastSubj {
				if d.typeOf(k) == extract.Person {
					ante = k
					break
				}
			}
		}
		if ante == "" {
			ante = d.lastRole
		}
		if ante == "" {
			return i
		}
		role = d.roleOf[ante]
		if role == "" {
			return i
		}
	}
	// complement of the title
	for steps := 0; steps < 4 && j < len(toks); steps++ {
		t := toks[j]
		if t.Norm == "(" || t.Norm == ")" || quoteMark(t.Norm) {
			j++
			steps--
			continue
		}
		if !t.IsWord() {
			break
		}
		if of != "" && d.holderNationality(st, j, of) {
			j++ // office9.go: "رئيس الفيفا السويسري X": the holder's nationality
			continue
		}
		if of != "" {
			if e := d.placeAfterBody(st, j); e > j {
				j = e // "المتحدث باسم الأمم المتحدة في جنيف"
				continue
			}
		}
		if role == "envoy" || role == "ambassador" {
			if e := d.destinationAfterBody(st, j); e > j {
				j = e // office.go: "مبعوث الأمم المتحدة إلى اليمن"، "المبعوث الأممي إلى اليمن"
				continue
			}
		}
		if t.Norm == "لدي" && of != "" && j+1 < len(toks) {
			// "سفيرة الولايات المتحدة لدى الأمم المتحدة": the country
			// sends an envoy to the organisation it is a member of
			if e, es, _ := d.matchName(st, j+1); e > j+1 {
				if en := pick(es); en.Type == extract.Organization && d.typeOf(of) == extract.Country && (role == "ambassador" || role == "envoy") {
					d.addFact(extract.Fact{Subject: of, Predicate: extract.MemberOf, Object: en.Key,
						Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: "ar/envoy-to"})
				}
				j = e
				continue
			}
		}
		if lex.in("former", t.Norm) {
			former = true
			j++
			continue
		}
		if p, e := d.partyAt(st, j); p != "" {
			party, j = p, e // "النائب عن حزب الدعوة"
			continue
		}
		if lex.in("titleskip", t.Norm) || lex.in("titleskip", t.Bare) || d.portfolioSkip(st, j, role) {
			j++
			continue
		}
		if of == "" && t.Prefix == "" && st.mentionAt(j) == nil && writtenPossessive(t) && !d.startsName(st, j) && !lex.in("namestop", t.Norm) &&
			!lex.in("preposition", t.Bare) && !lex.in("pronoun-object", t.Norm) && !lex.in("complementizer", t.Norm) {
			// "رئيس مكتبها السياسي خالد مشعل": an office of the body
			// named before; the catalogue's offices say which
			j++
			continue
		}
		if of == "" && !sportsRole(role) {
			if c := d.adjective(st, j); c != "" {
				of = c
				j++
				continue
			}
			if g := d.groupAdjective(st, j); g != "" {
				of = g // "القيادي الحوثي"
				j++
				continue
			}
			if j+1 < len(toks) && d.in("ministry", t.Bare) {
				// "المتحدث باسم الخارجية التونسية": a ministry is its country
				if c := d.adjective(st, j+1); c != "" {
					of = c
					j += 2
					continue
				}
			}
		}
		if t.Norm == "باسم" && j+1 < len(toks) {
			if e, es, _ := d.matchName(st, j+1); e > j+1 {
				if en := pick(es); en.Type != extract.Person {
					if en.Type == extract.Country && e-j > 2 {
						d.countryBody(st, e-1, en.Key) // باسم وزارة الدفاع العراقية: the ministry is a node
					}
					of = en.Key
					j = e
					continue
				} else if o := d.sideOffice(en.Key); o != "" {
					d.addMention(st, &mention{s: j + 1, e: e, key: en.Key, typ: extract.Person})
					of, j, ofRule, appRule = o, e, "ar/office-aide", "ar/office-aide" // "متحدث باسم خليفة حفتر"
					continue
				}
			}
			break
		}
		if of == "" {
			ne, _, _ := d.matchName(st, j)
			if m := d.nationalBody(st, j, ne); m != nil {
				// "عضو مجلس النواب": the country's parliament
				d.addMention(st, m)
				of = m.key
				j = m.e
				continue
			}
			if m := d.genericBody(st, j, ne); m != nil {
				// "الناطق باسم الحكومة": the government of the document's country
				d.addMention(st, m)
				of = m.key
				j = m.e
				continue
			}
			if m := d.institution(st, j, ne); m != nil {
				// "عضو اللجنة العليا للإغاثة": a body named by translation
				// is a node, but no office of the person (measured: such
				// offices were mostly wrong); "عضو المكتب السياسي لحماس":
				// of the body it is part of
				d.noteNested(m.key)
				if m.inner != "" {
					of = m.inner
				}
				j = m.e
				continue
			}
			if e, es, _ := d.matchName(st, j); e > j {
				if en := pick(es); en.Type == extract.Country || en.Type == extract.Organization || en.Type == extract.Group {
					if en.Type == extract.Country && e-j > 1 {
						d.countryBody(st, e-1, en.Key)
					}
					of = en.Key
					j = e
					continue
				}
			}
			if k := d.orgCoref(t); k != "" && t.Prefix == "" {
				of = k // "زعيم الحركة": the movement named before
				j++
				continue
			}
			if m := d.coalitionCoref(st, j, ne); m != nil && t.Prefix == "" {
				d.addMention(st, m) // "المتحدث باسم التحالف"
				of, j = m.key, m.e
				continue
			}
			if k, e, b := d.titleBody(st, j); k != "" {
				of, bare, j = k, b, e // "قائد الجيش الليبي"، "قائد الجيش"
				continue
			}
			if k, e, r := d.officeChain(st, j, role, j > titleEnd); k != "" {
				of, j, ofRule, appRule = k, e, r, r // office.go: "قائد شرطة قندهار"
				continue
			}
		}
		break
	}
	if of == "" && j > titleEnd {
		if k, e, r := d.officeChain(st, j, role, true); k != "" {
			of, j, ofRule, appRule = k, e, r, r // "قائد فوج المغاوير في الجيش اللبناني"
		}
	}
	if of == "" && !counterpart {
		of = d.ofInTitle(st, i, titleEnd) // "المستشارة الألمانية"، "خادم الحرمين الشريفين"
	}
	// name
	k := j
	for k < len(toks) && (toks[k].Norm == "،" || toks[k].Norm == "," || toks[k].Norm == "(" || toks[k].Norm == ")") {
		k++
	}
	for k < len(toks) {
		if k+1 < len(toks) && lex.in("honorific", toks[k].Norm+" "+toks[k+1].Norm) {
			k += 2
			continue
		}
		if lex.in("honorific", toks[k].Norm) {
			k++
			continue
		}
		break
	}
	person, personEnd, created := "", j, false
	byTitle := false
	if k < len(toks) {
		// args.go: "المسؤول الإيراني وسولانا": a name joined by و is a second person
		named := k > j || !strings.HasPrefix(toks[k].Prefix, "و")
		if e, es, _ := d.matchName(st, k); e > k && named {
			if en := d.titledName(st, k, e, es, role, of); en != nil {
				person, personEnd = en.Key, e
			}
		} else if kk, ok := d.surnames[toks[k].Bare]; ok && named {
			person, personEnd = kk, k+1
		} else if p, e := d.personWithin(st, k, 2); p != "" && named {
			person, personEnd = p, e // a first name the catalogue lacks: "أحمد داود أوغلو"
		} else if b := d.titledBearer(st, k, role, of); b != nil && named {
			person, personEnd = b.Key, k+1 // "الرئيس بوش": a family name the catalogue lists only in full
		} else if hs := d.holders(role, of, former); len(hs) == 1 && !d.lex.posts[role] && !strings.HasPrefix(ofRule, "ar/office") && (!d.apposed(st, i) || d.otherHolder(st, i, hs[0])) && !d.plainName(st, k) {
			person, personEnd, byTitle = hs[0], j, true // the holder, whatever follows
		} else if n, conf := d.unknownName(st, k); n >= 2 && !d.apposed(st, i) && named {
			surface := st.surface(k, k+n-1)
			person, personEnd, created = d.createPerson(surface, conf), k+n, true
		}
	}
	if person == "" {
		// apposition: "جون كيري وزير الخارجية الأمريكي"
		p := i - 1
		if p >= 0 && (toks[p].Norm == "،" || toks[p].Norm == ",") {
			p--
		}
		if p >= 0 && (toks[p].Norm == "وهو" || toks[p].Norm == "وهي") && toks[i].Prefix == "" {
			p-- // "محمد الحجازي وهو متحدث باسم خليفة حفتر"
			if p >= 0 && (toks[p].Norm == "،" || toks[p].Norm == ",") {
				p-- // "X، وهو أحد قادة الحركة"
			}
		}
		if m := st.mentionAt(p); m != nil && m.typ == extract.Person && !m.title && toks[i].Prefix == "" && !counterpart &&
			(appRule == "ar/office-place" || !d.otherHolder(st, i, d.soleHolder(role, of, former))) {
			if of == "" && !former {
				of = d.catalogueOffice(m.key, role) // "محمد بن سلمان ولي ولي العهد"
			}
			if of == "" && !former {
				if of = d.homeMinister(role); of != "" {
					appRule = "ar/office-home" // "محمود أبو زيد وزير الموارد المائية"
				}
			}
			of, appRule = d.placeOrCatalogue(m.key, role, of, appRule, former)
			if of != "" {
				d.official(st, m.key, of, role, formerRule(former, appRule))
			}
			d.setRole(m.key, role)
			return j
		}
		if s, n := d.nameBefore(st, i); n > 0 && toks[i].Prefix == "" && !counterpart {
			// a new person in apposition: "وقال مختار الرحبي السكرتير الصحفي"
			key := d.createPerson(st.surface(s, s+n-1), 0.6)
			if of == "" && !former {
				if of = d.homeMinister(role); of != "" {
					appRule = "ar/office-home"
				}
			}
			if of != "" {
				d.official(st, key, of, role, formerRule(former, appRule))
			}
			d.setRole(key, role)
			d.addMention(st, &mention{s: s, e: s + n, key: key, typ: extract.Person})
			return j
		}
		switch {
		case former || d.lex.posts[role] || strings.HasPrefix(ofRule, "ar/office"):
			return i // office.go: a chain's body resolves no holder
		case of != "":
			hs := d.cat.Holders(role, of, d.at)
			if len(hs) != 1 {
				if h := d.bodyHolder(st, i, j, of); h != nil {
					hs = []*catalog.Entry{h} // "رئيس البرلمان اللبناني": the speaker of Lebanon
				}
			}
			if len(hs) != 1 {
				// an office holder the catalogue does not know: the title
				// is not its organisation ("قائد فيلق القدس زار…")
				d.noteNested(of) // "رئيس منظمة أطباء بلا حدود": the body is a node
				st.add(&mention{s: i, e: j, typ: "title"})
				return j
			}
			person, byTitle, ofRule = hs[0].Key, true, "ar/title-resolved"
		case definite:
			person = d.byRole[role]
			if person == "" {
				return i
			}
			byTitle = true
			personEnd = j
		default:
			return i
		}
		personEnd = j
	}
	if o := d.officeIn(person, role, bare); o != "" {
		of, ofRule = o, "ar/title-office" // "رئيس مجلس النواب نبيه بري": his parliament, not the top country's
	}
	if of == "" && former && !created {
		if o := d.formerOffice(person, role); o != "" {
			of, ofRule = o, "ar/title-office"
		}
	}
	if of == "" && !former && j > i+1 {
		if o := d.officeIn(person, role, st.surface(i+1, j-1)); o != "" {
			of, ofRule = o, "ar/title-office" // "رئيس مجلس النواب علي عبد العال": the body the title names
		}
	}
	if of == "" && !former {
		if o := d.titleOffice(person, role); o != "" {
			of, ofRule = o, "ar/title-office"
		}
	}
	if of == "" && !former {
		if of = d.homeMinister(role); of != "" {
			ofRule = "ar/title-home" // "وزير الإعلام رمزي جريج"
		}
	}
	of, ofRule = d.placeOrCatalogue(person, role, of, ofRule, former)
	if of != "" {
		d.official(st, person, of, role, formerRule(former, ofRule))
	}
	if !former {
		d.partyMember(st, person, party)
		if role == "member of parliament" && of == "" {
			d.partyMember(st, person, d.bodyInTitle(st, i, titleEnd)) // "عضو الكنيست"
		}
	}
	m := &mention{s: i, e: personEnd, key: person, typ: extract.Person, title: byTitle, prefix: toks[i].Prefix}
	if !former {
		d.setRole(person, role) // a former holder is not "the minister" of later sentences
	}
	d.addMention(st, m)
	return personEnd
}

// headRoles are the roles one title word (رئيس) may name: a catalogued
// holder of one of them confirms the title for any other.
var headRoles = map[string]bool{"president": true, "head": true, "leader": true}

func (d *docState) setRole(person, role string) {
	if role == "" {
		return
	}
	d.roleOf[person] = role
	d.byRole[role] = person
	d.lastRole = person
}

// nameLength returns how many tokens from k look like an unknown personal
// name (at most 3).
func (d *docState) nameLength(st *sentState, k int) int {
	n := 0
	for k+n < len(st.toks) && n < 3 {
		t := st.toks[k+n]
		if !t.IsArabic() || t.Prefix != "" || d.in("namestop", t.Norm) || d.in("preposition", t.Norm) ||
			d.lex.triggers[t.Norm] != nil || d.adjective(st, k+n) != "" || len([]rune(t.Norm)) < 2 {
			break
		}
		if e, _, _ := d.matchName(st, k+n); e > k+n {
			break
		}
		if _, _, te := d.matchTitle(st, k+n); te > k+n {
			break
		}
		if strings.HasSuffix(t.Norm, "ها") || strings.HasSuffix(t.Norm, "هم") || strings.HasSuffix(t.Norm, "هما") {
			break // a pronoun suffix: "مكتبها"
		}
		if text.HasArticle(t.Norm) {
			if n == 0 {
				break
			}
			n++ // a family name with the article ends the name: عادل الجبير
			break
		}
		n++
	}
	return n
}

// official records officialOf person → of.
func (d *docState) official(st *sentState, person, of, role, rule string) {
	if d.typeOf(of) == extract.Person || person == of || !sportsBody(role, rule) || !d.playerBody(role, of) {
		return
	}
	var pred extract.Predicate = extract.OfficialOf
	if role == "member" || role == "player" {
		pred, rule = extract.MemberOf, strings.Replace(rule, "ar/title", "ar/member-title", 1) // "عضو اللجنة X": a member, no office
	}
	d.addFact(extract.Fact{
		Subject: person, Predicate: pred, Object: of, Role: role,
		Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: rule,
	})
}

// event recognises an event named by a pattern of data/events.tsv at token
// i, unless a catalogue name at least as long starts there.
func (d *docState) event(st *sentState, i, nameEnd int) int {
	toks := st.toks
	if !st.word(d, i).eventHead {
		return i
	}
	for _, p := range d.lex.events {
		for _, h := range p.heads {
			if i+len(h) > len(toks) {
				continue
			}
			okh := false
			for _, f := range st.forms(d, i) {
				if f == h[0] {
					okh = true
					break
				}
			}
			for k := 1; okh && k < len(h); k++ {
				okh = toks[i+k].Norm == h[k]
			}
			if !okh {
				continue
			}
			j := i + len(h)
			key, end, inner := "", j, ""
			switch p.follows {
			case "place", "place-in", "place-end":
				k := j
				for n := 0; n < 4 && k < len(toks); n++ {
					nm := toks[k].Norm
					if (p.kind == "talks" && n == 0 && d.adjective(st, k) != "") || nm == "في" || nm == "عقد" || nm == "عقدت" || nm == "المنعقد" || nm == "المنعقده" || nm == "الذي" || nm == "التي" || nm == "يعقد" || nm == "تعقد" || nm == "الجاري" || nm == "الدائر" || nm == "جرت" || nm == "جري" || nm == "اللتين" || nm == "عقدتا" || nm == "انعقدت" {
						k++
						continue
					}
					break
				}
				if k < len(toks) {
					if e, es, _ := d.matchName(st, k); e > k {
						if en := d.choose(st, k, e, es); en != nil && (en.Type == extract.Place || en.Type == extract.Country) {
							if (p.follows == "place" || p.follows == "place-end") && k > j+1 {
								break
							}
							if p.follows == "place-end" && !d.declarationEnd(st, e) {
								break // "إعلان واشنطن نيتها": Washington's announcement
							}
							names, ne := d.eventNumber(st, e, d.eventNames(p.template, en), en) // events2.go: "مؤتمر جنيف 2"
							key, end = d.createEvent(p.kind, names, st.surface(i, ne-1)), ne
						}
					} else if c := d.adjective(st, k); c != "" && k == j && p.kind == "conflict" {
						en, _ := d.cat.Get(c)
						key, end = d.createEvent(p.kind, d.eventNames(p.template, en), st.surface(i, k)), k+1
					}
				}
			case "name":
				j = d.skipOrdinal(st, j) // events2.go: "القمة الحادية عشرة لمنظمة…"
				if j >= len(toks) {
					// the event noun ends the sentence: nothing names it
				} else if e, es, _ := d.matchName(st, j); e > j {
					if en := pick(es); en.Type == extract.Organization || en.Type == extract.Place || en.Type == extract.Country || en.Type == extract.Group || en.Type == extract.Facility {
						names, ne := d.eventNumber(st, e, d.eventNames(p.template, en), en) // events2.go: "قمة الرياض 2015"
						key, end, inner = d.createEvent(p.kind, names, st.surface(i, ne-1)), ne, en.Key
					}
				} else if en, e := d.orgWithoutHead(st, j); en != nil {
					key, end, inner = d.createEvent(p.kind, d.eventNames(p.template, en), st.surface(i, e-1)), e, en.Key
				} else if en, e := d.orgAhead(st, j); en != nil {
					key, end, inner = d.createEvent(p.kind, d.eventNames(p.template, en), st.surface(i, e-1)), e, en.Key
				}
			case "party":
				if nameEnd <= i {
					key, end = d.eventParty(st, i, j, p)
				}
			case "on":
				key, end = d.eventTarget(st, i, j, p)
			case "demonym":
				k := j
				if k < len(toks) && (toks[k].Norm == "ركاب" || toks[k].Norm == "مدنيه" || toks[k].Norm == "حربيه") {
					k++
				}
				if k < len(toks) {
					if c := d.adjective(st, k); c != "" && d.lex.demonyms[c] != "" {
						var names []string
						for _, t := range strings.Split(p.template, " | ") {
							names = append(names, strings.ReplaceAll(strings.TrimSpace(t), "{demonym}", d.lex.demonyms[c]))
						}
						key, end = d.createEvent(p.kind, names, st.surface(i, k)), k+1
					}
				}
			}
			if key == "" || nameEnd > end {
				continue
			}
			d.noteNested(inner) // the committee of "اجتماع لجنة متابعة…" is a node too
			st.add(&mention{s: i, e: end, key: key, typ: d.typeOf(key), prefix: toks[i].Prefix, event: p.kind, inner: inner})
			d.eventHeads[text.StripArticle(h[0])] = key
			return end
		}
	}
	return i
}

// noteOrgHead remembers an organisation or group named with a head noun
// of the "orghead" list ("حركة حماس", "الائتلاف الوطني السوري"), so that
// the head alone with the article ("الحركة") later refers to it.
func (d *docState) noteOrgHead(st *sentState, m *mention) {
	if m.typ != extract.Organization && m.typ != extract.Group {
		return
	}
	h := text.StripArticle(st.toks[m.s].Bare)
	if d.in("orghead", h) {
		d.orgHeadKey[h] = m.key
	}
}

// orgCoref resolves a bare organisation head with the article ("الحركة",
// "الائتلاف") to the last organisation of that head named earlier.
func (d *docState) orgCoref(t text.Token) string {
	if !text.HasArticle(t.Bare) {
		return ""
	}
	h := text.StripArticle(t.Bare)
	if k := d.orgHeadKey[h]; k != "" {
		return k
	}
	if r := d.x.heads.heads[h]; r != nil && r.typ != extract.Place {
		return d.headKey[r.head]
	}
	return ""
}

// eventCoref resolves a bare event head with the article ("النزاع") to the
// event of that head named earlier in the document.
func (d *docState) eventCoref(t text.Token) string {
	if !text.HasArticle(t.Bare) {
		return ""
	}
	return d.eventHeads[text.StripArticle(t.Bare)]
}

// orgHeads are the head nouns of organisation names that news drop after
// "قمة" ("قمة الدول المصدرة للغاز" for منتدى الدول المصدرة للغاز).
var orgHeads = []string{"منتدي", "منظمه", "مجلس", "رابطه", "اتحاد", "مجموعه", "جامعه", "تجمع"}

// orgWithoutHead finds an organisation named at token j without its head
// noun, trying the longest span first.
func (d *docState) orgWithoutHead(st *sentState, j int) (*catalog.Entry, int) {
	var b strings.Builder
	for n := min(6, len(st.toks)-j); n >= 1; n-- {
		b.Reset()
		ok := true
		for k := j; k < j+n; k++ {
			if !st.toks[k].IsWord() {
				ok = false
				break
			}
			b.WriteByte(' ')
			b.WriteString(st.toks[k].Norm)
		}
		if !ok {
			continue
		}
		for _, h := range orgHeads {
			for _, e := range d.cat.Lookup(h + b.String()) {
				if e.Type == extract.Organization {
					return e, j + n
				}
			}
		}
	}
	return nil, j
}

// personWithin finds a catalogue person starting within n name-like tokens
// after k (a first name or patronymic the catalogue does not list).
func (d *docState) personWithin(st *sentState, k, n int) (string, int) {
	for q := k + 1; q <= k+n && q < len(st.toks); q++ {
		t := st.toks[q-1]
		if !t.IsArabic() || t.Prefix != "" || d.in("namestop", t.Norm) || d.in("preposition", t.Norm) || text.HasArticle(t.Norm) {
			return "", k
		}
		if e, es, _ := d.matchName(st, q); e > q {
			if en := pick(es); en.Type == extract.Person {
				if e == q+1 && !inArabicNames(en, st.toks[k].Bare) {
					return "", k // عثمان سعيد القحطاني: another Qahtani than the catalogue's
				}
				return en.Key, e
			}
			return "", k
		}
	}
	return "", k
}

// holders returns the keys of the catalogue's holders of role of at the
// document's date.
func (d *docState) holders(role, of string, former bool) []string {
	if of == "" || role == "" || former {
		return nil
	}
	var out []string
	for _, e := range d.cat.Holders(role, of, d.at) {
		out = append(out, e.Key)
	}
	return out
}

// apposed reports whether a title at token i follows a person's name
// ("خامنئي القائد الأعلى…"), so it describes that person.
func (d *docState) apposed(st *sentState, i int) bool {
	if st.toks[i].Prefix != "" {
		return false // "أوباما بالرئيس الإيراني": governed, not in apposition
	}
	p := i - 1
	if p >= 0 && (st.toks[p].Norm == "،" || st.toks[p].Norm == ",") {
		p--
	}
	m := st.mentionAt(p)
	return m != nil && m.typ == extract.Person && !m.title
}

// plainName reports whether the tokens at k look like a personal name the
// catalogue lacks: two or three words without the article or function
// words ("سامي فارس"), as opposed to a verb phrase ("وجه الدعوة").
func (d *docState) plainName(st *sentState, k int) bool {
	if d.x.Names != nil {
		n, _ := d.unknownName(st, k)
		return n >= 2
	}
	n := d.nameLength(st, k)
	if n < 2 {
		return false
	}
	for q := k; q < k+n; q++ {
		if text.HasArticle(st.toks[q].Norm) {
			return false
		}
	}
	return true
}

// orgAhead finds the organisation a meeting or summit belongs to when its
// name comes a few words later ("اجتماع لرابطة دول جنوب شرقي آسيا
// (آسيان)"): the first organisation within 7 tokens, with no other name,
// no punctuation but brackets, and no مع/بين/حول between.
func (d *docState) orgAhead(st *sentState, j int) (*catalog.Entry, int) {
	for k := j; k < len(st.toks) && k < j+7; k++ {
		t := st.toks[k]
		if t.Norm == "(" || t.Norm == ")" {
			continue
		}
		if !t.IsWord() || t.Norm == "مع" || t.Bare == "بين" || t.Norm == "حول" || t.Norm == "بشان" {
			return nil, j
		}
		if e, es, _ := d.matchName(st, k); e > k {
			en := pick(es)
			if en.Type == extract.Place {
				k = e - 1 // part of the organisation's long name: "…جنوب شرقي آسيا"
				continue
			}
			if en.Type != extract.Organization {
				return nil, j
			}
			if e < len(st.toks) && st.toks[e].Norm == ")" {
				e++
			}
			return en, e
		}
	}
	return nil, j
}

// inArabicNames reports whether a normalised word is a word of one of a
// catalogue entry's Arabic names, or has the same consonant skeleton as
// one (سمانثا for سامانثا).
func inArabicNames(en *catalog.Entry, word string) bool {
	sk := catalog.Skeleton(word)
	for _, a := range en.Arabic {
		for _, w := range strings.Fields(text.Normalize(strings.TrimPrefix(a, "="))) {
			if w == word || text.StripArticle(w) == word || catalog.Skeleton(w) == sk {
				return true
			}
		}
	}
	return false
}
