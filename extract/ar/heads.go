package ar

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/text"
)

// headRule is one head noun of data/heads.tsv.
type headRule struct {
	head   string // normalised head as listed (first form)
	typ    string
	kind   string // name, place, area, dual
	tmpl   string
	suffix map[string]string // normalised adjective after the name → template
}

// bodyRule is one national body of data/bodies.tsv: head words and a
// nationality adjective.
type bodyRule struct {
	words   []string // normalised, without the article on the first word
	article bool     // the first word is written with the article (الشرطة)
	typ     string
	tmpl    string
}

// headTable holds the head nouns and national bodies.
type headTable struct {
	heads  map[string]*headRule   // normalised head form (no article) → rule
	bodies map[string][]*bodyRule // first word (no article) → rules, longest first
}

func loadHeads() (*headTable, error) {
	t := &headTable{heads: map[string]*headRule{}, bodies: map[string][]*bodyRule{}}
	rows, err := readTSV("heads.tsv", 3)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		h := &headRule{typ: r[1], kind: r[2]}
		if _, err := extract.ParseEntityType(h.typ); err != nil {
			return nil, fmt.Errorf("ar: data/heads.tsv: %s: %w", r[0], err)
		}
		switch h.kind {
		case "name", "facility", "place", "area", "dual":
		default:
			return nil, fmt.Errorf("ar: data/heads.tsv: %s: kind %q, want name, facility, place, area or dual", r[0], h.kind)
		}
		if len(r) > 3 {
			h.tmpl = strings.TrimSpace(r[3])
		}
		if len(r) > 4 {
			h.suffix = map[string]string{}
			for _, s := range splitAlts(r[4]) {
				adj, tmpl, ok := strings.Cut(s, "=")
				if !ok {
					return nil, fmt.Errorf("ar: data/heads.tsv: %s: suffix %q is not ADJECTIVE=template", r[0], s)
				}
				h.suffix[text.Normalize(strings.TrimSpace(adj))] = strings.TrimSpace(tmpl)
			}
		}
		for i, f := range splitAlts(r[0]) {
			n := text.Normalize(f)
			if i == 0 {
				h.head = n
			}
			t.heads[n] = h
		}
	}
	if rows, err = readTSV("bodies.tsv", 3); err != nil {
		return nil, err
	}
	for _, r := range rows {
		w := strings.Fields(text.Normalize(r[0]))
		b := &bodyRule{article: text.HasArticle(w[0]), typ: r[1], tmpl: r[2]}
		w[0] = text.StripArticle(w[0])
		b.words = w
		if _, err := extract.ParseEntityType(b.typ); err != nil {
			return nil, fmt.Errorf("ar: data/bodies.tsv: %s: %w", r[0], err)
		}
		rs := append(t.bodies[w[0]], b)
		for i := len(rs) - 1; i > 0 && len(rs[i].words) > len(rs[i-1].words); i-- {
			rs[i], rs[i-1] = rs[i-1], rs[i]
		}
		t.bodies[w[0]] = rs
	}
	return t, nil
}

// headOf returns the head rule of a token written without the article
// (a proclitic may precede it), or nil.
func (d *docState) headOf(t text.Token) *headRule {
	if !t.IsArabic() || text.HasArticle(t.Bare) {
		return nil
	}
	return d.x.heads.heads[t.Bare]
}

// headMentions reads a head noun at token i and the name after it (data/
// heads.tsv), or a national body and a nationality adjective (data/
// bodies.tsv). It returns the mentions made (none when nothing fits or
// the catalogue name at i, ending at nameEnd, is as long).
func (d *docState) headMentions(st *sentState, i, nameEnd int) []*mention {
	if m := d.bodyMention(st, i); m != nil && m.e > nameEnd {
		return []*mention{m}
	}
	h := d.headOf(st.toks[i])
	if h == nil || nameEnd > i {
		return nil
	}
	if h.kind == "dual" {
		return d.dualPlaces(st, i, h)
	}
	j := i + 1
	if j >= len(st.toks) {
		return nil
	}
	// a catalogue name after the head
	if e, es, _ := d.matchName(st, j); e > j {
		return d.composed(st, i, j, e, h, es)
	}
	s, e, conf := d.headedName(st, j, h)
	if e <= s {
		return nil
	}
	end := e
	if e < len(st.toks) && st.toks[e].Norm == "»" || e < len(st.toks) && st.toks[e].Norm == "\"" {
		end = e + 1
	}
	tmpl := h.tmpl
	if end < len(st.toks) {
		if t, ok := h.suffix[st.toks[end].Norm]; ok {
			tmpl = t
			end++
		}
	}
	inner := st.surface(s, e-1)
	rom := d.x.roman.Name(inner)
	ar := inner
	if h.kind == "name" || h.kind == "facility" || tmpl != "" {
		ar = dropProclitics(st.surface(i, i), len([]rune(st.toks[i].Prefix)), false) + " " + inner
	}
	alts := d.x.romanAltsOf(inner, rom)
	if tmpl != "" {
		rom = strings.ReplaceAll(tmpl, "{name}", rom)
		for n, a := range alts {
			alts[n] = strings.ReplaceAll(tmpl, "{name}", a)
		}
	}
	var key string
	if ar == inner {
		key = d.createNamed(h.typ, inner, conf) // the name alone: قرية سلواد → سلواد
	} else {
		key = d.createLabelled(h.typ, ar, rom, LangRomanised, conf, alts...)
	}
	m := &mention{s: i, e: end, key: key, typ: h.typ, prefix: st.toks[i].Prefix}
	d.noteHead(h, key)
	return []*mention{m}
}

// headedName finds the name after a head at token j: a quoted name, the
// tagger's span starting there, or (place heads) a word that looks like
// a name. It returns the name's tokens [s, e) and a confidence.
func (d *docState) headedName(st *sentState, j int, h *headRule) (s, e int, conf float64) {
	toks := st.toks
	if q := toks[j].Norm; q == "«" || q == "\"" {
		if e, _, _ := d.matchName(st, j+1); e > j+1 {
			return j, j, 0 // a catalogue name in quotes: its own mention follows
		}
		k := j + 1
		for k < len(toks) && k < j+6 && toks[k].IsWord() {
			k++
		}
		if k > j+1 && k < len(toks) && (toks[k].Norm == "»" || toks[k].Norm == "\"") {
			return j + 1, k, 0.7
		}
		return j, j, 0
	}
	if k := droppedQuoteEnd(st, j); k > j {
		if e, _, _ := d.matchName(st, j); e > j {
			return j, j, 0 // namequotes.go: a catalogue name once in quotes
		}
		return j, k, 0.7
	}
	if !d.nameLike(st, j) {
		return j, j, 0
	}
	if h.typ != extract.Place && (d.surnames[toks[j].Bare] != "" || d.familyOf[toks[j].Bare] != "") {
		return j, j + 1, 0.7 // شبكة حقاني: named after a family named before
	}
	if ls := d.tag(st); ls.cover != nil && ls.cover[j] >= 0 {
		sp := ls.spans[ls.cover[j]]
		if (sp.Start == j || sp.Start == j-1) && sp.End > j && sp.End-j <= 4 && sp.Confidence >= 0.6 {
			e := j + 1
			for e < sp.End && d.nameLike(st, e) && toks[e].Prefix == "" {
				e++
			}
			if e == j+1 {
				e = d.secondWord(st, j)
			}
			return j, e, max(0.6, min(sp.Confidence, 0.8))
		}
	}
	if h.kind == "name" && text.HasArticle(toks[j].Norm) && j+1 < len(toks) && d.adjective(st, j+1) != "" {
		return j, j + 1, 0.7 // "جماعة الشباب الصومالية": a nationality adjective after the name
	}
	switch h.kind {
	case "place", "dual", "facility":
	case "area":
		if !d.placeCue(st, j+1) {
			return j, j, 0
		}
	default:
		return j, j, 0
	}
	if d.adjectiveOf(st, j) {
		return j, j, 0
	}
	return j, d.secondWord(st, j), 0.6
}

// nameLike reports whether token k may be (part of) a name: an Arabic
// word with no proclitic, not a function word, relation phrase, number,
// nationality adjective, title or catalogue name.
func (d *docState) nameLike(st *sentState, k int) bool {
	if k >= len(st.toks) {
		return false
	}
	t := st.toks[k]
	if !t.IsArabic() || t.Prefix != "" || len([]rune(t.Norm)) < 2 || d.commonWord(t) || d.in("headstop", t.Norm) ||
		d.in("headstop", text.StripArticle(t.Norm)) || d.adjective(st, k) != "" {
		return false
	}
	if st.mentionAt(k) != nil {
		return false
	}
	if _, _, te := d.matchTitle(st, k); te > k {
		return false
	}
	return true
}

// adjectiveOf reports whether token k reads as an adjective of the head
// before it rather than a name: an indefinite word ending in ة or ي
// (مدينة كبيرة، حي سكني); a final ه as written is a letter of the name
// (زركله).
func (d *docState) adjectiveOf(st *sentState, k int) bool {
	t := st.toks[k]
	if text.HasArticle(t.Norm) {
		return false
	}
	rs := foldLetters(t.Text)
	if len(rs) == 0 {
		return false
	}
	last := rs[len(rs)-1]
	return last == 'ة' || last == 'ي' || last == 'ى'
}

// placeCue reports whether token k says that what precedes it is a place:
// a direction, a location word or في before a place.
func (d *docState) placeCue(st *sentState, k int) bool {
	if k >= len(st.toks) {
		return false
	}
	t := st.toks[k]
	if d.in("placecue", t.Norm) || d.in("placecue", t.Bare) {
		return true
	}
	if (t.Norm == "في" || t.Bare == "بين") && k+1 < len(st.toks) {
		if e, es, _ := d.matchName(st, k+1); e > k+1 && (es[0].Type == extract.Place || es[0].Type == extract.Country) {
			return true
		}
		return d.headOf(st.toks[k+1]) != nil
	}
	return false
}

// dualPlaces reads a dual head and two coordinated names (منطقتي X وY).
func (d *docState) dualPlaces(st *sentState, i int, h *headRule) []*mention {
	j := i + 1
	if j+1 >= len(st.toks) || !(d.nameLike(st, j) || d.adjective(st, j) == "" && d.isPlaceName(st, j)) || d.adjectiveOf(st, j) {
		return nil
	}
	second := st.toks[j+1]
	if second.Prefix != "و" {
		return nil
	}
	var out []*mention
	if e, es, _ := d.matchName(st, j); e == j+1 {
		if en := d.choose(st, j, e, es); en != nil {
			out = append(out, &mention{s: i, e: j + 1, key: en.Key, typ: string(en.Type), prefix: st.toks[i].Prefix})
		}
	}
	if len(out) == 0 {
		first := d.createNamed(h.typ, st.surface(j, j), 0.6)
		out = append(out, &mention{s: i, e: j + 1, key: first, typ: h.typ, prefix: st.toks[i].Prefix})
	}
	bare := dropProclitics(st.surface(j+1, j+1), 1, false)
	if e, es, _ := d.matchName(st, j+1); e == j+2 {
		out = append(out, &mention{s: j + 1, e: e, key: es[0].Key, typ: string(es[0].Type), prefix: "و"})
	} else if len([]rune(second.Bare)) >= 2 && !d.commonWord(second) {
		k := d.createNamed(h.typ, bare, 0.6)
		out = append(out, &mention{s: j + 1, e: j + 2, key: k, typ: h.typ, prefix: "و"})
	}
	return out
}

// composed makes the mention of a head and a catalogue name after it
// (tokens j..e): the catalogue place itself after a place head without a
// template (مدينة الرمادي), a new entity named by the template and the
// place's English name (جامعة الأنبار → University of Anbar, محافظة
// الحديدة → Hodeidah Governorate), or nothing when the name is an
// organisation of its own (حركة حماس: the catalogue mention follows).
func (d *docState) composed(st *sentState, i, j, e int, h *headRule, es []*catalog.Entry) []*mention {
	en := d.choose(st, j, e, es)
	if en == nil || (en.Type != extract.Place && en.Type != extract.Country) {
		return nil
	}
	tmpl := h.tmpl
	end := e
	if end < len(st.toks) {
		if t, ok := h.suffix[st.toks[end].Norm]; ok {
			tmpl = t
			end++
		}
	}
	if tmpl == "" || h.typ == extract.Place && strings.Contains(en.Name, strings.TrimSpace(strings.ReplaceAll(tmpl, "{name}", ""))) {
		return nil // the place itself: the catalogue mention follows
	}
	name := strings.ReplaceAll(tmpl, "{name}", shortPlaceName(en.Name))
	ar := dropProclitics(st.surface(i, e-1), len([]rune(st.toks[i].Prefix)), false)
	key := d.composedEntity(h.typ, name, ar, h.head+"\x00"+en.Key)
	d.noteNested(en.Key)
	d.noteHead(h, key)
	return []*mention{{s: i, e: end, key: key, typ: h.typ, prefix: st.toks[i].Prefix}}
}

// shortPlaceName drops an administrative word and a qualifier from a
// place's English name: "Al Anbar Governorate" → "Al Anbar".
func shortPlaceName(n string) string {
	if k := strings.IndexByte(n, '('); k > 0 {
		n = strings.TrimSpace(n[:k])
	}
	if k := strings.IndexByte(n, ','); k > 0 {
		n = strings.TrimSpace(n[:k])
	}
	for _, w := range []string{" Governorate", " Province", " District", " Region", " Municipality"} {
		n = strings.TrimSuffix(n, w)
	}
	return n
}

// bodyMention reads a national body and the nationality adjective after
// it (القوات الجوية التركية → Turkish Air Force).
func (d *docState) bodyMention(st *sentState, i int) *mention {
	t := st.toks[i]
	if !t.IsArabic() {
		return nil
	}
	first := text.StripArticle(t.Bare)
	for _, b := range d.x.heads.bodies[first] {
		if b.article && !text.HasArticle(t.Bare) {
			continue // جامعة كينية: a Kenyan university, no body
		}
		j := i + 1
		ok := true
		for _, w := range b.words[1:] {
			if j >= len(st.toks) || st.toks[j].Norm != w {
				ok = false
				break
			}
			j++
		}
		if !ok || j >= len(st.toks) {
			continue
		}
		c := d.adjective(st, j)
		dem := d.lex.demonyms[c]
		if c == "" || dem == "" {
			continue
		}
		name := strings.ReplaceAll(b.tmpl, "{demonym}", dem)
		ar := dropProclitics(st.surface(i, j), len([]rune(t.Prefix)), false)
		key := d.composedEntity(b.typ, name, ar, strings.Join(b.words, " ")+"\x00"+c)
		d.noteNested(c)
		return &mention{s: i, e: j + 1, key: key, typ: b.typ, prefix: t.Prefix}
	}
	return nil
}

// composedEntity makes (or finds) an entity named in English by a head
// and a catalogue entity: the catalogue's own entry when it has that
// English name, else a new entity keyed by the head and the inner
// entity (id), so that every spelling of it is one entity.
func (d *docState) composedEntity(typ, english, arabic, id string) string {
	for _, e := range d.cat.Lookup(strings.ToLower(english)) {
		if string(e.Type) == typ || (typ == extract.Organization && e.Type == extract.Group) {
			return e.Key
		}
	}
	h := sha256.Sum256([]byte(id))
	key := keyPrefix[typ] + "-" + asciiSlug(english, 40) + "-" + hex.EncodeToString(h[:4])
	if _, ok := d.created[key]; !ok {
		d.created[key] = &extract.Entity{
			Key: key, Type: extract.EntityType(typ),
			Labels:     map[string]string{"en": english, "ar": arabic},
			Confidence: 0.8,
		}
	}
	return key
}

// createLabelled makes (or finds) an entity the catalogue lacks with a
// given Arabic label and Latin label (in language lang), and alternative
// Latin labels.
func (d *docState) createLabelled(typ, arabic, latin, lang string, conf float64, alts ...string) string {
	arabic = strings.Join(strings.Fields(arabic), " ")
	key := newKey(typ, text.Normalize(arabic))
	if e, ok := d.created[key]; ok {
		if conf > e.Confidence {
			e.Confidence = conf
		}
		return key
	}
	e := &extract.Entity{
		Key: key, Type: extract.EntityType(typ),
		Labels:     map[string]string{"ar": arabic, lang: latin},
		Confidence: conf,
	}
	seen := map[string]bool{latin: true}
	for _, a := range alts {
		if !seen[a] {
			seen[a] = true
			e.AltLabels = append(e.AltLabels, extract.Label{Text: a, Lang: lang})
		}
	}
	d.created[key] = e
	return key
}

// secondWord returns the end of a place name whose first word is at j:
// j+2 for a second word without the article that is followed by a
// boundary (punctuation, في, a direction: "منطقة دوجو بايزيد في…"), else
// j+1.
func (d *docState) secondWord(st *sentState, j int) int {
	e := j + 1
	toks := st.toks
	if e >= len(toks) || text.HasArticle(toks[j].Norm) || text.HasArticle(toks[e].Norm) || toks[e].Prefix != "" ||
		!d.nameLike(st, e) || d.adjectiveOf(st, e) || d.placeCue(st, e) {
		return e
	}
	if e+1 < len(toks) {
		n := toks[e+1]
		if n.IsWord() && n.Norm != "في" && !d.placeCue(st, e+1) {
			return e
		}
	}
	return e + 1
}

// isPlaceName reports whether a one-word catalogue place or country starts
// at token k.
func (d *docState) isPlaceName(st *sentState, k int) bool {
	e, es, _ := d.matchName(st, k)
	return e == k+1 && len(es) > 0 && (es[0].Type == extract.Place || es[0].Type == extract.Country)
}
