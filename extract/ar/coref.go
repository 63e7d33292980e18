package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/text"
)

// Coreference of names within a document, for catalogue entities and new
// ones alike: a family name or the first two words of a person named
// earlier, a head noun with the article (الحركة، المدينة، الجامعة) for the
// last entity named with that head or of that type, الأخيرة/الأخير for the
// entity named last.

// noteHead remembers the entity last named with a head noun, for a later
// head with the article alone.
func (d *docState) noteHead(h *headRule, key string) {
	d.headKey[h.head] = key
}

// noteNested records an entity named inside another name (the place of
// "ميناء عدن"): it becomes a node of the document too.
func (d *docState) noteNested(key string) {
	if key != "" && !d.isMention[key] {
		d.nested = append(d.nested, key)
	}
}

// notePersonNames remembers the family name and first two words of a
// person named with two words or more, so that a later mention by those
// alone refers back to them.
func (d *docState) notePersonNames(st *sentState, m *mention) {
	if m.typ != extract.Person || m.title || m.e-m.s < 2 {
		return
	}
	last := st.toks[m.e-1]
	if !last.IsArabic() {
		return
	}
	for _, f := range []string{last.Bare, text.StripArticle(last.Bare)} {
		if len([]rune(f)) < 3 {
			continue
		}
		if _, ok := d.surnames[f]; !ok && len(d.cat.Lookup(f)) == 0 {
			d.familyOf[f] = m.key
		}
	}
	if m.e-m.s >= 3 {
		d.firstTwo[st.toks[m.s].Bare+" "+st.toks[m.s+1].Norm] = m.key
		d.firstOfTwo[st.toks[m.s].Bare] = true
	}
}

// personBack finds a person named earlier by their first two words or
// family name at token i; it returns the mention or nil.
func (d *docState) personBack(st *sentState, i int) *mention {
	t := st.toks[i]
	if !t.IsArabic() {
		return nil
	}
	if i+1 < len(st.toks) && d.firstOfTwo[t.Bare] {
		if k, ok := d.firstTwo[t.Bare+" "+st.toks[i+1].Norm]; ok {
			e := i + 2
			if e < len(st.toks) && st.toks[e].IsArabic() && st.toks[e].Prefix == "" && d.familyOf[st.toks[e].Bare] == k {
				e++
			}
			return &mention{s: i, e: e, key: k, typ: extract.Person, prefix: t.Prefix}
		}
	}
	k, ok := d.familyOf[t.Bare]
	if !ok {
		k, ok = d.familyOf[text.StripArticle(t.Bare)]
	}
	if !ok || !d.surnameContext(st, i) {
		return nil
	}
	return &mention{s: i, e: i + 1, key: k, typ: extract.Person, prefix: t.Prefix}
}

// surnameContext reports whether a family name alone at token i stands
// where a person's name may (after a speech verb, a preposition, a
// complementiser, punctuation or at the start, or before a speech verb),
// rather than as a common word in a phrase (عملية سلام).
func (d *docState) surnameContext(st *sentState, i int) bool {
	if i == 0 || !st.toks[i-1].IsWord() {
		return true
	}
	p := st.toks[i-1]
	for _, l := range []string{"speech", "preposition", "complementizer", "adverb", "continuation", "honorific"} {
		if d.in(l, p.Norm) || d.in(l, p.Bare) {
			return true
		}
	}
	if st.toks[i].Prefix != "" && st.toks[i].Prefix != "و" {
		return true // لسلمان، بعباس
	}
	if i+1 < len(st.toks) {
		n := st.toks[i+1]
		if d.in("speech", n.Norm) || d.in("speech", n.Bare) {
			return true
		}
	}
	return false
}

// headCoref resolves a head noun with the article (الحركة، الجامعة،
// المدينة) to the entity last named with that head, or failing that to
// the last entity of the head's type (المدينة, البلدة, القرية: a place),
// or for التنظيم, الجماعة the group groupdesc.go finds. A catalogue name longer than the head
// (ending at nameEnd) wins; a one-word catalogue alias (الجامعة for the
// Arab League) does not when the document named another entity with that
// head. It returns the mention or nil.
func (d *docState) headCoref(st *sentState, i, nameEnd int) *mention {
	t := st.toks[i]
	if !t.IsArabic() || !text.HasArticle(t.Bare) || nameEnd > i+1 {
		return nil
	}
	bare := text.StripArticle(t.Bare)
	if i+1 < len(st.toks) && d.adjective(st, i+1) != "" {
		return nil // الجامعة الأمريكية: a body of its own
	}
	group := groupHeads[bare]
	if r := d.x.heads.heads[bare]; (group || r != nil && r.typ != extract.Place && r.typ != extract.Facility) && d.groupNameAfter(st, i+1) {
		return nil // "التنظيم الوحدوي الناصري"، "الحركة الإسلامية": a name of its own (groupdesc.go)
	}
	if group {
		named := d.headKey[bare]
		if d.typeOf(named) == extract.Person {
			named = ""
		}
		if nameEnd > i && named == "" {
			return nil
		}
		if k := d.groupDescription(st, i, bare, named); k != "" {
			return &mention{s: i, e: i + 1, key: k, typ: d.typeOf(k), prefix: t.Prefix}
		}
		return nil
	}
	if k := d.headKey[bare]; k != "" {
		return &mention{s: i, e: i + 1, key: k, typ: d.typeOf(k), prefix: t.Prefix}
	}
	if nameEnd > i {
		return nil
	}
	typ := ""
	switch bare {
	case "مدينه", "بلده", "قريه":
		typ = extract.Place
	default:
		return nil
	}
	if k := d.lastOf(st, i, typ); k != "" {
		return &mention{s: i, e: i + 1, key: k, typ: typ, prefix: t.Prefix}
	}
	return nil
}

// lastOf returns the last entity of a type named before token i: in the
// sentence, else in the sentences before (countries excluded for places).
func (d *docState) lastOf(st *sentState, i int, typ string) string {
	for n := len(st.ments) - 1; n >= 0; n-- {
		m := st.ments[n]
		if m.s < i && m.key != "" && !m.adj && m.typ == typ {
			return m.key
		}
	}
	return d.lastOfType[typ]
}

// latterCoref resolves الأخيرة / الأخير ("the latter") used as a noun (after
// a preposition, a complementiser, or with a proclitic) to the entity named
// last: in the sentence, else at the end of the sentence before.
func (d *docState) latterCoref(st *sentState, i int) *mention {
	t := st.toks[i]
	if t.Bare != "الاخيره" && t.Bare != "الاخير" && t.Bare != "الاخيرين" {
		return nil
	}
	nounUse := t.Prefix != "" && t.Prefix != "و"
	if !nounUse && i > 0 {
		p := st.toks[i-1]
		nounUse = d.in("preposition", p.Norm) || d.in("complementizer", p.Norm) || !p.IsWord()
	}
	if !nounUse {
		return nil
	}
	person := t.Bare == "الاخير"
	for n := len(st.ments) - 1; n >= 0; n-- {
		m := st.ments[n]
		if m.s < i && m.key != "" && !m.adj && (m.typ == extract.Person) == person {
			return &mention{s: i, e: i + 1, key: m.key, typ: m.typ, prefix: t.Prefix}
		}
	}
	if k := d.lastNamed; k != "" && (d.typeOf(k) == extract.Person) == person {
		return &mention{s: i, e: i + 1, key: k, typ: d.typeOf(k), prefix: t.Prefix}
	}
	return nil
}

// noteHeadOf remembers a catalogue or new entity named with a head noun
// of data/heads.tsv as its first word ("حركة طالبان", "مدينة الرمادي").
func (d *docState) noteHeadOf(st *sentState, m *mention) {
	if m.key == "" || m.adj || m.e-m.s < 2 {
		return
	}
	h := d.x.heads.heads[text.StripArticle(st.toks[m.s].Bare)]
	if h != nil && (h.typ == m.typ || (h.typ == extract.Organization || h.typ == extract.Group) && (m.typ == extract.Organization || m.typ == extract.Group)) {
		d.headKey[h.head] = m.key
	}
}

// noteSentenceEnd keeps, after a sentence, the last entity of each type
// and the last entity named, for coreference in the sentences after.
func (d *docState) noteSentenceEnd(st *sentState) {
	for _, m := range st.ments {
		if m.key == "" || m.adj {
			continue
		}
		if m.typ == extract.Place && strings.HasSuffix(d.englishName(m.key), "Governorate") {
			continue
		}
		d.lastOfType[m.typ] = m.key
		d.lastNamed = m.key
		if m.typ == extract.Organization || m.typ == extract.Group {
			d.recentOrgs = append(d.recentOrgs, m.key)
		}
	}
	if n := len(d.recentOrgs); n > maxRecentOrgs {
		d.recentOrgs = append(d.recentOrgs[:0], d.recentOrgs[n-maxRecentOrgs:]...)
	}
}

// maxRecentOrgs bounds how many organisations back a definite description
// (الحركة) may reach.
const maxRecentOrgs = 6

// descriptionCoref resolves an organisation head with the article (الحركة،
// الجماعة، التنظيم، الحزب: list "orghead") that no entity named with that
// head explains to the last organisation or group the catalogue names with
// that head: حماس ("حركة حماس") for الحركة, the Houthis ("جماعة الحوثي")
// for الجماعة, Hezbollah ("حزب الله") for الحزب. The sentence's mentions
// come first, then those of the sentences before. It returns the mention
// or nil.
func (d *docState) descriptionCoref(st *sentState, i int) *mention {
	t := st.toks[i]
	if !t.IsArabic() || !text.HasArticle(t.Bare) {
		return nil
	}
	h := text.StripArticle(t.Bare)
	if !d.in("orghead", h) || groupHeads[h] {
		return nil // التنظيم، الجماعة: headCoref's (groupdesc.go)
	}
	if i+1 < len(st.toks) && d.adjective(st, i+1) != "" || d.groupNameAfter(st, i+1) {
		return nil // الحركة الإسلامية: a body of its own
	}
	fits := func(k string) bool {
		e, ok := d.cat.Get(k)
		return ok && (e.Type == extract.Organization || e.Type == extract.Group) && namedWithHead(e, h)
	}
	for n := len(st.ments) - 1; n >= 0; n-- {
		if m := st.ments[n]; m.s < i && m.key != "" && !m.adj && fits(m.key) {
			return &mention{s: i, e: i + 1, key: m.key, typ: m.typ, prefix: t.Prefix}
		}
	}
	for n := len(d.recentOrgs) - 1; n >= 0; n-- {
		if k := d.recentOrgs[n]; fits(k) {
			return &mention{s: i, e: i + 1, key: k, typ: d.typeOf(k), prefix: t.Prefix}
		}
	}
	return nil
}

// namedWithHead reports whether one of a catalogue entry's Arabic names
// starts with the head noun h (normalised, without the article).
func namedWithHead(e *catalog.Entry, h string) bool {
	for _, a := range e.Arabic {
		first, _, _ := strings.Cut(text.Normalize(strings.TrimPrefix(a, "=")), " ")
		if text.StripArticle(first) == h {
			return true
		}
	}
	return false
}

// innerNames records the names inside a longer catalogue name as nodes of
// the document: the port of "ميناء عدن" names Aden, "نظام الأسد" Assad,
// "الحرب في سوريا" Syria. Adjectives inside count too (القوات التركية).
func (d *docState) innerNames(st *sentState, m *mention) {
	if m.e-m.s < 2 {
		return
	}
	for k := m.s + 1; k < m.e; k++ {
		if c := d.adjective(st, k); c != "" {
			d.noteNested(c)
			continue
		}
		e, es, _ := d.matchName(st, k)
		if e <= k || e > m.e {
			continue
		}
		if en := d.choose(st, k, e, es); en != nil && en.Key != m.key {
			d.noteNested(en.Key)
			k = e - 1
		}
	}
}

// nationalBody resolves a national body named without its country
// (الجيش, البرلمان, الحرس الجمهوري, القوات الجوية: phrases of up to three
// words starting with a word of list "barebody", not followed by a
// nationality adjective) to that body of the country the document is
// about: the catalogue's entry named with the phrase and the country's
// adjective (الحرس الجمهوري اليمني), else for a one-word phrase the body
// of data/bodies.tsv. A catalogue name ending at nameEnd that is longer
// wins. It returns the mention or nil.
func (d *docState) nationalBody(st *sentState, i, nameEnd int) *mention {
	t := st.toks[i]
	if !t.IsArabic() || !d.in("barebody", t.Bare) || !d.x.bodyFirst[t.Bare] {
		return nil
	}
	c := d.topCountry()
	if c == nil {
		return nil
	}
	var b strings.Builder
	for k := min(3, len(st.toks)-i); k >= 1; k-- {
		end := i + k
		if end < nameEnd || (end < len(st.toks) && d.adjective(st, end) != "") {
			continue
		}
		b.Reset()
		b.WriteString(t.Bare)
		ok := true
		for q := i + 1; q < end; q++ {
			if !st.toks[q].IsArabic() || st.toks[q].Prefix != "" {
				ok = false
				break
			}
			b.WriteByte(' ')
			b.WriteString(st.toks[q].Norm)
		}
		if !ok {
			continue
		}
		phrase := b.String()
		if !d.x.bodyPhrase[phrase] {
			continue
		}
		if k == 1 && !d.in("barebody1", t.Bare) {
			continue // القوات alone: any forces
		}
		for _, a := range c.Adjectives {
			a = text.StripArticle(text.Normalize(a))
			for _, form := range []string{a, a + "ه"} {
				for _, e := range d.cat.Lookup(phrase + " ال" + form) {
					if e.Type == extract.Organization || e.Type == extract.Group {
						return &mention{s: i, e: end, key: e.Key, typ: string(e.Type), prefix: t.Prefix}
					}
				}
			}
		}
		if nameEnd > i || (k == 1 && !d.in("barebody1", t.Bare)) {
			continue
		}
		if dem := d.lex.demonyms[c.Key]; dem != "" && text.HasArticle(t.Bare) {
			words := strings.Fields(phrase)
			words[0] = text.StripArticle(words[0])
			for _, br := range d.x.heads.bodies[words[0]] {
				if strings.Join(br.words, " ") == strings.Join(words, " ") {
					name := strings.ReplaceAll(br.tmpl, "{demonym}", dem)
					key := d.composedEntity(br.typ, name, dropProclitics(st.surface(i, end-1), len([]rune(t.Prefix)), false), strings.Join(br.words, " ")+"\x00"+c.Key)
					return &mention{s: i, e: end, key: key, typ: br.typ, prefix: t.Prefix}
				}
			}
		}
	}
	return nil
}

// topCountry returns the country the document names most, when it names
// it at least twice and more often than any other, else nil.
func (d *docState) topCountry() *catalog.Entry {
	best := soleMost(d.profile())
	if best == "" {
		return nil
	}
	e, _ := d.cat.Get(best)
	return e
}

// soleMost returns the key with the highest count when that count is at
// least 2 and no other key has it, else "".
func soleMost(counts map[string]int) string {
	best, n, tie := "", 0, false
	for k, c := range counts {
		switch {
		case c > n:
			best, n, tie = k, c, false
		case c == n:
			tie = true
		}
	}
	if n < 2 || tie {
		return ""
	}
	return best
}

// bodyPhrases returns the phrases that name a national body with a
// nationality adjective after them: every catalogue organisation or group
// named "P + adjective" with P starting with a word of list "barebody"
// (الحرس الجمهوري in الحرس الجمهوري اليمني), and the head words of
// data/bodies.tsv with the article; and the first words of those phrases.
func (x *Extractor) bodyPhrases() (phrases, first map[string]bool) {
	phrases, first = map[string]bool{}, map[string]bool{}
	for _, e := range x.cat.Entries() {
		if e.Type != extract.Organization && e.Type != extract.Group {
			continue
		}
		for _, a := range e.Arabic {
			f := strings.Fields(text.Normalize(strings.TrimPrefix(a, "=")))
			if len(f) < 2 || len(f) > 4 || !x.lex.in("barebody", f[0]) {
				continue
			}
			if len(x.cat.LookupAdjective(f[len(f)-1])) == 0 {
				continue
			}
			phrases[strings.Join(f[:len(f)-1], " ")] = true
			first[f[0]] = true
		}
	}
	for _, rs := range x.heads.bodies {
		for _, b := range rs {
			if !b.article {
				continue
			}
			w := append([]string{"ال" + b.words[0]}, b.words[1:]...)
			phrases[strings.Join(w, " ")] = true
			first[w[0]] = true
		}
	}
	return phrases, first
}
