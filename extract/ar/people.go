package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/text"
)

// People the catalogue lacks, found from context: after a role noun
// (الصحافي اليمني أنيس منصور, القيادي في حماس X), before a title in
// apposition (وقال مختار الرحبي السكرتير الصحفي…), after a title (title in
// mentions.go); the name is taken whole, with compounds (عبد الرقيب,
// جلال الدين, بن, ولد) counted as one part.

// otherPerson reports whether a one-word catalogue person match at token i
// is someone else: the word starts a compound given name (سراج الدين), or
// stands inside a longer name after a given name that is none of the
// entry's first names (رائد شوكت جودت is not Assef Shawkat).
func (d *docState) otherPerson(st *sentState, i, e int, en *catalog.Entry) bool {
	if en == nil || en.Type != extract.Person || e != i+1 {
		return false
	}
	if e < len(st.toks) && compoundTails[st.toks[e].Norm] {
		return true
	}
	if i == 0 || st.toks[i].Prefix != "" {
		return false
	}
	p := st.toks[i-1]
	if !p.IsArabic() || st.mentionAt(i-1) != nil || !d.x.roman.IsGiven(p.Bare) {
		return false
	}
	last := text.HasArticle(st.toks[i].Norm) && i >= 2 && st.toks[i-2].IsArabic() && st.mentionAt(i-2) == nil && d.x.roman.IsGiven(st.toks[i-2].Bare)
	if !last && (e >= len(st.toks) || !st.toks[e].IsArabic() || st.toks[e].Prefix != "" || d.commonWord(st.toks[e]) ||
		d.adjective(st, e) != "" || text.HasArticle(st.toks[e].Norm)) {
		return false // inside a longer name (given name, this word, a third name), or
		// a family name with the article after two given names (عثمان سعيد القحطاني)
	}
	return d.otherFirstName(p.Bare, en)
}

// otherFirstName reports whether a given name (normalised) cannot be the
// first name of a catalogue person: it starts none of the entry's Arabic
// names, and its first letter fits none of its English first names.
func (d *docState) otherFirstName(given string, en *catalog.Entry) bool {
	for _, a := range en.Arabic {
		first, _, _ := strings.Cut(text.Normalize(strings.TrimPrefix(a, "=")), " ")
		if first == given {
			return false
		}
	}
	for _, n := range englishNames(en) {
		if len(n) > 1 && compatibleInitial(given, n[0]) {
			return false // the entry's English first name may be this one (حسن روحاني)
		}
	}
	return true
}

// adjectiveSupported reports whether a nationality adjective may name its
// country here: adjectives of countries with conditions (مالي, also
// "financial") need the document to support the country.
func (d *docState) adjectiveSupported(country string) bool {
	cs := d.x.context[country]
	if len(cs) == 0 {
		return true
	}
	for _, c := range cs {
		switch c.kind {
		case "country":
			p := d.profile()
			for k := range c.values {
				if k != country && p[k] > 0 {
					return true
				}
			}
		case "word":
			if d.hasWord(c.values) {
				return true
			}
		}
	}
	return false
}

// fullNameLength returns how many tokens from k make a personal name the
// catalogue lacks: up to four parts, a two-word compound (عبد X, أبو X,
// X الدين, X الله, بن X, ولد X) counting as one part; a part with the
// article ends the name (the family name), and so does a word that cannot
// be part of one (a function word, a kinship word such as نجل, a head
// noun such as مدينة, a role word, a catalogue name or title). It
// returns 0 when the first word is no name.
func (d *docState) fullNameLength(st *sentState, k int) int {
	n, parts := 0, 0
	for k+n < len(st.toks) && parts < 4 {
		t := st.toks[k+n]
		if !t.IsArabic() || (n > 0 && t.Prefix != "") || d.commonWord(t) || d.adjective(st, k+n) != "" ||
			len([]rune(t.Norm)) < 2 || st.mentionAt(k+n) != nil || d.in("kinship", t.Bare) || d.notNamePart(t) ||
			(n > 0 && (d.headOf(t) != nil || d.in("rolenoun", t.Bare) || d.in("headstop", t.Norm))) {
			break
		}
		if n > 0 {
			if e, _, _ := d.matchName(st, k+n); e > k+n+1 {
				break
			}
			if _, _, te := d.matchTitle(st, k+n); te > k+n {
				break
			}
		}
		w := 1
		if k+n+1 < len(st.toks) && st.toks[k+n+1].IsArabic() && st.toks[k+n+1].Prefix == "" &&
			(compoundHeads[t.Norm] || compoundTails[st.toks[k+n+1].Norm] || t.Norm == "بن" || t.Norm == "ابن" || t.Norm == "ولد") {
			w = 2
		}
		last := st.toks[k+n+w-1]
		n += w
		parts++
		if w == 1 && text.HasArticle(last.Norm) {
			if n == 1 {
				return 0
			}
			break
		}
	}
	return n
}

// givenNameLength returns the length of a personal name at k that starts
// with a given name of data/names.tsv and has at least two parts, or 0.
func (d *docState) givenNameLength(st *sentState, k int) int {
	if k >= len(st.toks) || st.toks[k].Prefix != "" {
		return 0
	}
	t := st.toks[k]
	first := t.Norm
	if k+1 < len(st.toks) && (compoundHeads[first] || compoundTails[st.toks[k+1].Norm]) {
		first += " " + st.toks[k+1].Norm
	}
	if !d.x.roman.IsGiven(first) && !d.x.roman.IsGiven(t.Norm) {
		return 0
	}
	n := d.fullNameLength(st, k)
	if n < 2 || (n == 2 && strings.Contains(first, " ")) {
		return 0
	}
	return n
}

// personAt reads the name of a person at token k: a catalogue person, a
// person named earlier, the tagger's person span, or a name starting with
// a known given name (a new person). It returns the key and the token
// after the name, or "" and k.
func (d *docState) personAt(st *sentState, k int) (string, int) {
	if k >= len(st.toks) {
		return "", k
	}
	if e, es, _ := d.matchName(st, k); e > k {
		if en := d.choose(st, k, e, es); en != nil && en.Type == extract.Person {
			return en.Key, e
		}
		return "", k
	}
	if m := d.personBack(st, k); m != nil {
		return m.key, m.e
	}
	if m := d.personSkipMiddle(st, k); m != nil {
		return m.key, m.e
	}
	if p, e := d.personWithin(st, k, 2); p != "" {
		return p, e
	}
	n, conf := d.unknownName(st, k)
	if n < 2 {
		return "", k
	}
	return d.createPerson(st.surface(k, k+n-1), conf), k + n
}

// roleNoun reads a role noun or honorific at token i (الصحافي, القيادي,
// الناشط: list "rolenoun"; العميد, الشيخ: list "honorific"), the
// nationality adjectives and "في/ب + organisation" after it, and the
// person named next, who becomes a mention (without an office): a name
// personAt reads, or two or three plain words followed by a boundary
// (المستوطن الإسرائيلي ملاخي روزنفيلد ،). It returns the token after the
// name, or i.
func (d *docState) roleNoun(st *sentState, i int) int {
	t := st.toks[i]
	if !t.IsArabic() || !(d.in("rolenoun", t.Bare) || d.in("namecue", t.Bare) || d.in("honorific", t.Norm)) {
		return i
	}
	var org *mention
	j := i + 1
	var adjs []int
	for steps := 0; steps < 3 && j < len(st.toks); steps++ {
		if d.adjective(st, j) != "" || len(d.cat.LookupAdjective(st.toks[j].Bare)) > 0 {
			adjs = append(adjs, j)
			j++
			continue
		}
		if org == nil && (st.toks[j].Norm == "في" || st.toks[j].Prefix == "ب") {
			k := j
			if st.toks[j].Norm == "في" {
				k++
			}
			if e, es, p := d.matchName(st, k); e > k {
				if en := d.choose(st, k, e, es); en != nil && (en.Type == extract.Organization || en.Type == extract.Group) {
					org = &mention{s: k, e: e, key: en.Key, typ: string(en.Type), prefix: p}
					j = e
					continue
				}
			}
		}
		break
	}
	key, end := d.personAt(st, j)
	if key == "" {
		if n := d.plainNameLength(st, j); n >= 2 && d.nameBoundary(st, j+n) {
			key, end = d.createPerson(st.surface(j, j+n-1), 0.6), j+n
		}
	}
	if key == "" {
		return i
	}
	for _, k := range adjs {
		if c := d.adjective(st, k); c != "" && d.adjectiveSupported(c) {
			st.add(&mention{s: k, e: k + 1, key: c, typ: extract.Country, adj: true})
		}
	}
	if org != nil {
		d.addMention(st, org)
	}
	d.addMention(st, &mention{s: j, e: end, key: key, typ: extract.Person, prefix: st.toks[j].Prefix})
	return end
}

// nameBefore finds a personal name the catalogue lacks right before token
// i (a title in apposition: "وقال مختار الرحبي السكرتير الصحفي"): two to
// five unmatched tokens that make one full name: starting with a given
// name of data/names.tsv, or tagged as a person and following a speech
// verb, a complementiser or a preposition. It returns the name's
// first token and length (0 when there is none).
func (d *docState) nameBefore(st *sentState, i int) (int, int) {
	p := i - 1
	comma := false
	if p >= 0 && (st.toks[p].Norm == "،" || st.toks[p].Norm == ",") {
		p--
		comma = true
	}
	if comma && p >= 1 && compoundHeads[st.toks[p-1].Norm] && st.at[p-1] < 0 && st.at[p] < 0 && st.toks[p].IsArabic() && st.toks[p].Prefix == "" {
		return p - 1, 2 // "عبد الرازق ، قائد شرطة قندهار"
	}
	for s := p - 1; s >= 0 && s >= p-4; s-- {
		if st.at[s] >= 0 || !st.toks[s].IsArabic() {
			break
		}
		if g := d.givenNameLength(st, s); g >= 2 && s+g == p+1 {
			return s, g // a known given name starts it: "دان مسعود البرزاني رئيس…"
		}
		if s == 0 || !st.toks[s-1].IsWord() {
			continue
		}
		b := st.toks[s-1]
		if !(d.in("speech", b.Bare) || d.in("speech", b.Norm) || d.in("complementizer", b.Norm) ||
			d.in("preposition", b.Bare) || d.in("continuation", b.Bare)) {
			continue
		}
		n, _ := d.unknownName(st, s)
		if s+n == p+1 && n >= 2 {
			return s, n
		}
	}
	return 0, 0
}

// personSkipMiddle links a three-word name whose first and last words make
// a catalogue person's name, with a father's name between (أختر محمد منصور
// → Akhtar Mansour). The first word must be a known given name.
func (d *docState) personSkipMiddle(st *sentState, k int) *mention {
	if k+2 >= len(st.toks) {
		return nil
	}
	for q := k; q <= k+2; q++ {
		if !st.toks[q].IsArabic() || st.at[q] >= 0 || (q > k && st.toks[q].Prefix != "") {
			return nil
		}
	}
	t := st.toks[k]
	if !d.x.roman.IsGiven(t.Bare) {
		return nil
	}
	for _, e := range d.cat.Lookup(t.Bare + " " + st.toks[k+2].Norm) {
		if e.Type == extract.Person {
			return &mention{s: k, e: k + 3, key: e.Key, typ: string(e.Type), prefix: t.Prefix}
		}
	}
	return nil
}

// freeName finds, anywhere in a sentence, a personal name the catalogue
// lacks that starts with a given name which is no common word (data/
// names.tsv, kind given) or with عبد, and has a second part (سراج الدين
// حقاني, أحمد نجار); the first word may carry و. It returns the mention
// or nil.
func (d *docState) freeName(st *sentState, k int) *mention {
	t := st.toks[k]
	if !t.IsArabic() || (t.Prefix != "" && t.Prefix != "و") || st.at[k] >= 0 {
		return nil
	}
	first := t.Bare
	if k+1 < len(st.toks) && compoundTails[st.toks[k+1].Norm] {
		first += " " + st.toks[k+1].Norm
	}
	if !d.x.roman.IsStrongGiven(first) && !d.x.roman.IsStrongGiven(t.Bare) && t.Bare != "عبد" {
		return nil
	}
	n := d.fullNameLength(st, k)
	for q := k + 1; q < k+n; q++ {
		e, es, _ := d.matchName(st, q)
		if e <= q {
			continue
		}
		if en := d.choose(st, q, e, es); en != nil && en.Type == extract.Person && !d.otherFirstName(t.Bare, en) {
			// a given name before a catalogue person's family name: that person
			return &mention{s: k, e: e, key: en.Key, typ: string(en.Type), prefix: t.Prefix}
		}
		if len(es) > 0 && es[0].Type != extract.Person {
			n = q - k
		}
		break
	}
	parts := len(nameUnits(text.Normalize(st.surface(k, k+max(n, 1)-1))))
	if n < 2 || parts < 2 || parts > 3 {
		return nil
	}
	surface := st.surface(k, k+n-1)
	if t.Prefix != "" {
		surface = dropProclitics(surface, 1, false)
	}
	key := d.createPerson(surface, 0.6)
	return &mention{s: k, e: k + n, key: key, typ: extract.Person, prefix: t.Prefix}
}

// nameBoundary reports whether token k ends a name: the end of the
// sentence, punctuation, or a word that cannot continue one (في، الذي،
// وهو، قوله, a speech verb).
func (d *docState) nameBoundary(st *sentState, k int) bool {
	if k >= len(st.toks) || !st.toks[k].IsWord() {
		return true
	}
	t := st.toks[k]
	return d.in("nameend", t.Norm) || d.in("speech", t.Bare) || d.in("preposition", t.Norm)
}

// personBeforeHe reads "X Y وهو ROLE" at token i (وهو/وهي): two or three
// plain words before it, after a boundary, make a person when a role noun,
// a title or a nationality adjective follows ("فيتالي نومكين وهو أكاديمي
// روسي"). It returns the mention or nil.
func (d *docState) personBeforeHe(st *sentState, i int) *mention {
	t := st.toks[i]
	if (t.Norm != "وهو" && t.Norm != "وهي") || i+1 >= len(st.toks) {
		return nil
	}
	n := st.toks[i+1]
	if !(d.in("rolenoun", "ال"+n.Norm) || d.in("rolenoun", n.Norm) || d.adjective(st, i+1) != "") {
		if _, _, te := d.matchTitle(st, i+1); te <= i+1 {
			return nil
		}
	}
	for s := i - 2; s >= 0 && s >= i-3; s-- {
		if s > 0 && st.toks[s-1].IsWord() && !d.nameBoundary(st, s-1) && !d.in("complementizer", st.toks[s-1].Norm) {
			continue
		}
		if d.plainNameLength(st, s) == i-s {
			return &mention{s: s, e: i, key: d.createPerson(st.surface(s, i-1), 0.6), typ: extract.Person}
		}
	}
	return nil
}

// plainNameLength returns how many tokens from k are plain name words (at most
// three, unmatched, Arabic, without proclitics or the article except on
// the last, no function words, adjectives, titles or head nouns), or 0.
func (d *docState) plainNameLength(st *sentState, k int) int {
	n := 0
	for k+n < len(st.toks) && n < 3 {
		t := st.toks[k+n]
		if !t.IsArabic() || t.Prefix != "" || st.at[k+n] >= 0 || d.commonWord(t) || d.adjective(st, k+n) != "" ||
			len([]rune(t.Norm)) < 2 || d.headOf(t) != nil || d.in("kinship", t.Bare) || d.in("rolenoun", t.Bare) || d.notNamePart(t) {
			break
		}
		if e, _, _ := d.matchName(st, k+n); e > k+n {
			break
		}
		if _, _, te := d.matchTitle(st, k+n); te > k+n {
			break
		}
		n++
		if text.HasArticle(t.Norm) {
			if n == 1 {
				return 0
			}
			break
		}
	}
	return n
}

// notNamePart reports whether a word cannot be part of a personal name:
// an adjective or participle that follows names (البالغ، المقيم: list
// "notname", list "former"), a pronoun or a word with a pronoun suffix
// (عليها), or an indefinite accusative with tanween (أميرًا).
func (d *docState) notNamePart(t text.Token) bool {
	if d.in("notname", t.Norm) || d.in("former", t.Norm) || d.in("pronoun-object", t.Norm) {
		return true
	}
	if strings.ContainsRune(t.Text, 'ً') {
		return true
	}
	n := t.Norm
	return strings.HasSuffix(n, "ها") || strings.HasSuffix(n, "هم") || strings.HasSuffix(n, "هما") || strings.HasSuffix(n, "كم")
}
