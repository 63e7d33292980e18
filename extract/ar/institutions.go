package ar

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// Institutions the catalogue lacks, named by a head noun, adjectives and
// complements of data/glossary.tsv (اللجنة العليا للإغاثة, مجلس القضاء
// الأعلى, هيئة النزاهة, المجلس الأفغاني الأعلى للسلام), get an English
// name translated word by word in the patterns English sources use:
// a compact name ("Higher Relief Committee", "Supreme Judicial Council",
// "Afghan High Peace Council") and the "X of/for Y" form ("Higher
// Committee for Relief", "Conference of Presidents of Major American
// Jewish Organizations"). The translation is tagged "en" (it is English)
// with a confidence below the catalogue's; the romanisation of the Arabic
// stays an ar-Latn label.

// instConfidence is the confidence of an institution named by translation.
const instConfidence = 0.7

// instMaxLabels caps an institution's English labels (name and aliases).
const instMaxLabels = 8

// instUnit is one noun of an institution's name: the head or a complement.
type instUnit struct {
	conn    string   // link to the name before it: "" (head), "of", "for", "and" or a preposition
	english []string // alternatives; the first is the label's
	attr    string   // attributive form in a compact name
	the     bool     // "of the X"
	elative string   // "Major" of كبرى المنظمات
	adjs    []instAdj
	catalog bool   // a catalogue entity's English name
	at      int    // its first token
	key     string // the catalogue entity's key
}

// instAdj is an adjective of a unit, with its place in English order.
type instAdj struct {
	english []string
	class   int
}

// instName is a parsed institution name.
type instName struct {
	typ      string
	units    []instUnit
	country  string   // the nationality adjective's country, if any
	demonym  string   // its English adjective
	words    []string // normalised glossary words and catalogue keys, for short forms
	adjs     int      // glossary adjectives
	catalog  bool     // a catalogue entity among the complements
	weakHead bool
	kindHead bool // the head names the kind of a catalogue name after it (حركة حماس)
}

// instRec is an institution named in the document, for its short forms.
type instRec struct {
	head  string
	words map[string]bool
	key   string
}

// institution reads an institution's name at token i and returns its
// mention, or nil when none is there or a catalogue name ending at
// nameEnd is as long.
func (d *docState) institution(st *sentState, i, nameEnd int) *mention {
	g := d.x.gloss
	t := st.toks[i]
	if !t.IsArabic() {
		return nil
	}
	w := g.word(t)
	if w == nil || w.head == nil {
		return nil
	}
	n, end := d.parseInstitution(st, i, w.head)
	if end <= nameEnd || len(n.units) == 0 || (nameEnd > i && !n.complementFrom(nameEnd)) {
		return nil // a catalogue name as long, or longer only by adjectives
	}
	if k := n.kindOf(); k != "" {
		return &mention{s: i, e: end, key: k, typ: d.typeOf(k), prefix: t.Prefix}
	}
	head := text.StripArticle(t.Bare)
	if k := d.shortForm(head, n.words); k != "" {
		return &mention{s: i, e: end, key: k, typ: d.typeOf(k), prefix: t.Prefix}
	}
	if !n.complete() {
		return nil
	}
	key := d.instEntity(n, st.bareSurface(i, end))
	d.insts = append(d.insts, instRec{head: head, words: setOf(n.words), key: key})
	d.headKey[head] = key
	if n.country != "" {
		d.noteNested(n.country)
	}
	for _, u := range n.units[1:] {
		if u.catalog {
			d.noteNested(u.key)
		}
	}
	m := &mention{s: i, e: end, key: key, typ: n.typ, prefix: t.Prefix}
	if n.weakHead {
		m.inner = n.partOf() // المكتب السياسي لحماس: a part of Hamas
	}
	return m
}

// partOf returns the catalogue organisation or group of a name's single
// catalogue complement, or "".
func (n *instName) partOf() string {
	key := ""
	for _, u := range n.units[1:] {
		if u.catalog {
			if key != "" {
				return ""
			}
			key = u.key
		}
	}
	return key
}

// complete reports whether a parsed name names a body rather than
// describing one: a complement, or an adjective with a nationality; a weak
// head (مركز, مكتب) also needs an adjective, a nationality or a catalogue
// complement besides another.
func (n *instName) complete() bool {
	comps := len(n.units) - 1
	if comps == 0 && !(n.adjs > 0 && n.country != "") {
		return false
	}
	if n.weakHead && n.adjs == 0 && n.country == "" && (!n.catalog || comps == 1) {
		return false // قيادة طالبان, مكتب حماس: a part of the body, not one
	}
	return true
}

// complementFrom reports whether a complement starts at token k or after
// it: what a catalogue name ending at k lacks.
func (n *instName) complementFrom(k int) bool {
	for _, u := range n.units[1:] {
		if u.at >= k {
			return true
		}
	}
	return false
}

// kindOf returns the catalogue entity of a name that is a kind head and
// that entity only (حركة حماس, منظمة اليونيسف), or "".
func (n *instName) kindOf() string {
	if !n.kindHead || len(n.units) != 2 || !n.units[1].catalog || n.units[1].conn != "of" || n.adjs > 0 || n.country != "" || len(n.words) != 1 {
		return ""
	}
	return n.words[0]
}

// parseInstitution reads the words after a head at token i: definite
// adjectives (of the glossary or of nationality), complements in construct
// (مجلس القضاء), after ل (للإغاثة), و (والتنمية) or a glossary preposition
// (عبر), each a glossary noun or a catalogue organisation, event or
// agreement; "في + place" is not part of the name. It stops at the first word
// that fits none of these and returns the name and the token after it;
// a name whose last complement is indefinite (an unfinished construct) is
// cut before it.
func (d *docState) parseInstitution(st *sentState, i int, h *glossHead) (instName, int) {
	g := d.x.gloss
	toks := st.toks
	n := instName{typ: h.typ, weakHead: h.weak, kindHead: h.kind}
	n.units = append(n.units, instUnit{english: h.english, attr: h.english[0]})
	lastDef := text.HasArticle(toks[i].Bare)
	good, goodUnits, goodWords := i+1, 1, 0
	if !lastDef {
		good = i // an indefinite head needs its complement
	}
	pendConn, pendElative := "", ""
	k := i + 1
	for k < len(toks) {
		t := toks[k]
		if !t.IsArabic() {
			break
		}
		w := g.word(t)
		def := text.HasArticle(t.Bare)
		cur := &n.units[len(n.units)-1]
		if t.Prefix == "" && def && pendConn == "" && pendElative == "" {
			if w != nil && w.adj != nil {
				u := cur
				if w.adj.class == 3 {
					u = &n.units[0] // High, Supreme: the body's rank
				}
				u.adjs = append(u.adjs, instAdj{english: w.adj.english, class: w.adj.class})
				n.adjs++
				n.words = append(n.words, text.StripArticle(t.Bare))
				k++
				if lastDef {
					good, goodUnits, goodWords = k, len(n.units), len(n.words)
				}
				continue
			}
			if c := d.adjective(st, k); c != "" && d.typeOf(c) == extract.Country {
				if n.country == "" {
					n.country, n.demonym = c, d.lex.demonyms[c]
				}
				if dem := d.lex.demonyms[c]; dem != "" {
					cur.adjs = append(cur.adjs, instAdj{english: []string{dem}, class: 2})
				}
				n.words = append(n.words, c)
				k++
				if lastDef {
					good, goodUnits, goodWords = k, len(n.units), len(n.words)
				}
				continue
			}
		}
		if t.Prefix == "" && !def && w != nil && w.elative != "" && pendConn == "" && k+1 < len(toks) && text.HasArticle(toks[k+1].Bare) {
			pendElative = w.elative
			k++
			continue
		}
		if t.Prefix == "" && w != nil && w.prep != "" && pendConn == "" && (lastDef || k+1 < len(toks) && text.HasArticle(toks[k+1].Bare)) {
			// "لأطباء عبر القارات": after an indefinite noun too, before a definite one
			pendConn = w.prep
			k++
			continue
		}
		conn := pendConn
		switch {
		case conn != "":
		case t.Prefix == "ل":
			conn = "for"
			if !def {
				conn = "of"
			}
		case t.Prefix == "و" && len(n.units) > 1:
			conn = "and"
		case t.Prefix == "" && !lastDef:
			conn = "of"
		}
		if conn == "" || (conn == "and" && def != lastDef) {
			break
		}
		u, e, word, ok := d.instNoun(st, k)
		if !ok {
			break
		}
		u.conn = conn
		u.at = k
		u.elative = pendElative
		pendConn, pendElative = "", ""
		n.units = append(n.units, u)
		n.words = append(n.words, word)
		if u.catalog {
			n.catalog = true
			def = true
		} else if e > k+1 {
			def = def || text.HasArticle(toks[k+1].Bare)
		}
		lastDef = def
		k = e
		if lastDef {
			good, goodUnits, goodWords = k, len(n.units), len(n.words)
		}
	}
	if good <= i {
		return instName{}, i
	}
	n.units = n.units[:goodUnits]
	n.words = n.words[:goodWords]
	n.adjs = 0
	for _, u := range n.units {
		for _, a := range u.adjs {
			if a.class != 2 {
				n.adjs++
			}
		}
	}
	if n.country != "" && !setOf(n.words)[n.country] {
		n.country, n.demonym = "", "" // its adjective was cut off
	}
	return n, good
}

// instNoun reads a complement noun at token k: a catalogue organisation,
// group, event or agreement, or a glossary noun of two words or one. It
// returns the unit, the token after it and the word that identifies it.
func (d *docState) instNoun(st *sentState, k int) (instUnit, int, string, bool) {
	toks := st.toks
	if e, es, _ := d.matchName(st, k); e > k {
		en := d.choose(st, k, e, es)
		if en == nil {
			return instUnit{}, k, "", false
		}
		switch en.Type {
		case extract.Organization, extract.Group, extract.Event, extract.Agreement:
			return instUnit{english: []string{en.Name}, attr: en.Name, catalog: true, key: en.Key}, e, en.Key, true
		}
		return instUnit{}, k, "", false
	}
	g := d.x.gloss
	if k+1 < len(toks) && toks[k+1].IsArabic() {
		if w := g.phrase(toks[k], toks[k+1]); w != nil && w.noun != nil {
			return nounUnit(w.noun), k + 2, text.StripArticle(toks[k].Bare) + " " + toks[k+1].Norm, true
		}
	}
	if w := g.word(toks[k]); w != nil && w.noun != nil {
		return nounUnit(w.noun), k + 1, text.StripArticle(toks[k].Bare), true
	}
	return instUnit{}, k, "", false
}

func nounUnit(n *glossNoun) instUnit {
	return instUnit{english: n.english, attr: n.attr, the: n.the}
}

// shortForm returns the institution named earlier in the document with
// the same head and every word of this one (اللجنة العليا after اللجنة
// العليا للإغاثة; مؤتمر الرؤساء after مؤتمر رؤساء كبرى المنظمات…), or "".
func (d *docState) shortForm(head string, words []string) string {
	if len(words) == 0 {
		return ""
	}
	for n := len(d.insts) - 1; n >= 0; n-- {
		r := d.insts[n]
		if r.head != head {
			continue
		}
		all := true
		for _, w := range words {
			if !r.words[w] {
				all = false
				break
			}
		}
		if all {
			return r.key
		}
	}
	return ""
}

func setOf(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// instEntity makes (or finds) the entity of a translated institution name:
// the catalogue's entry when it has one of the English names, else a new
// entity keyed by the name without its nationality and the country (the
// document's main country when the name has none), so that every spelling
// of it is one entity.
func (d *docState) instEntity(n instName, arabic string) string {
	labels := n.labels()
	country := n.country
	if country == "" {
		if c := d.topCountry(); c != nil {
			country = c.Key
		}
	}
	for _, l := range labels {
		for _, e := range d.cat.Lookup(strings.ToLower(l)) {
			if !(string(e.Type) == n.typ || (n.typ != extract.Facility && (e.Type == extract.Organization || e.Type == extract.Group))) {
				continue
			}
			// "Shura Council" is Saudi Arabia's only in a document about it
			if c := d.countryOf(e.LocatedIn); c == "" || c == country {
				return e.Key
			}
		}
	}
	base := n.english(instVariant{noDemonym: true})
	h := sha256.Sum256([]byte(base + "\x00" + country))
	p := keyPrefix[n.typ]
	if p == "" {
		p = "org"
	}
	key := p + "-" + asciiSlug(base, 40) + "-" + hex.EncodeToString(h[:4])
	if _, ok := d.created[key]; ok {
		return key
	}
	e := &extract.Entity{
		Key: key, Type: extract.EntityType(n.typ),
		Labels:     map[string]string{"en": labels[0], "ar": arabic, LangRomanised: d.x.roman.Name(arabic)},
		Confidence: instConfidence,
	}
	for _, l := range labels[1:] {
		e.AltLabels = append(e.AltLabels, extract.Label{Text: l, Lang: "en"})
	}
	d.created[key] = e
	return key
}

// instVariant selects the words of one English form of a name.
type instVariant struct {
	of        bool // the "X of Y" form
	noDemonym bool
	rankAlt   int  // which English word of a rank adjective
	headAlt   int  // which English word of the head
	forAsOf   bool // "of" for every "for"
	cut       bool // stop before the first "and" complement
}

// labels returns the English names of an institution: the compact name
// (or the "of" form when no compact name fits), then the name without its
// nationality, with the other words English uses for its rank (High,
// Supreme, Higher) and its head (Commission, Authority), and the "of"
// forms; at most instMaxLabels, without repeats.
func (n *instName) labels() []string {
	var out []string
	seen := map[string]bool{}
	addName := func(m *instName, v instVariant) {
		s := m.english(v)
		if s != "" && !seen[strings.ToLower(s)] && len(out) < instMaxLabels {
			seen[strings.ToLower(s)] = true
			out = append(out, s)
		}
	}
	add := func(v instVariant) { addName(n, v) }
	compact := n.compactFits()
	first := instVariant{of: !compact}
	add(first)
	if n.country != "" {
		add(instVariant{of: !compact, noDemonym: true})
	}
	if m := n.kindOnHead(); m != nil && compact {
		// حزب الشعب الديمقراطي: "Democratic People's Party" or "People's
		// Democratic Party"; Arabic does not say which noun the adjective
		// qualifies, English names use both orders
		addName(m, instVariant{noDemonym: true})
	}
	ranks := n.rankAlternatives()
	for r := 1; r < ranks; r++ {
		add(instVariant{of: !compact, rankAlt: r, noDemonym: true})
	}
	if compact {
		add(instVariant{of: true, noDemonym: true})
	}
	add(instVariant{of: true, noDemonym: true, forAsOf: true})
	add(instVariant{of: true, noDemonym: true, cut: true})
	for h := 1; h < len(n.units[0].english); h++ {
		add(instVariant{of: !compact, headAlt: h, noDemonym: true})
		add(instVariant{of: true, headAlt: h, noDemonym: true, forAsOf: true})
	}
	return out
}

// kindOnHead returns a copy of the name with the kind adjectives of its
// complements (National, Democratic…) moved to the head, or nil when they
// have none.
func (n *instName) kindOnHead() *instName {
	m := *n
	m.units = make([]instUnit, len(n.units))
	copy(m.units, n.units)
	moved := false
	for k := 1; k < len(m.units); k++ {
		var keep []instAdj
		for _, a := range m.units[k].adjs {
			if a.class == 4 {
				m.units[0].adjs = append(append([]instAdj(nil), m.units[0].adjs...), a)
				moved = true
				continue
			}
			keep = append(keep, a)
		}
		m.units[k].adjs = keep
	}
	if !moved {
		return nil
	}
	return &m
}

// rankAlternatives returns how many English words the name's rank
// adjective has (1 when it has none).
func (n *instName) rankAlternatives() int {
	for _, a := range n.units[0].adjs {
		if a.class == 3 {
			return len(a.english)
		}
	}
	return 1
}

// compactFits reports whether the name has a compact English form: up to
// three complements, linked by construct, ل or و only, without
// prepositions or elatives.
func (n *instName) compactFits() bool {
	if len(n.units) > 4 {
		return false
	}
	for _, u := range n.units[1:] {
		if u.elative != "" || (u.conn != "of" && u.conn != "for" && u.conn != "and") {
			return false
		}
	}
	return true
}

// english writes one English form of the name.
func (n *instName) english(v instVariant) string {
	head := n.units[0]
	hw := head.english[min(v.headAlt, len(head.english)-1)]
	adjs := func(u instUnit) []string {
		as := append([]instAdj(nil), u.adjs...)
		sort.SliceStable(as, func(i, j int) bool { return as[i].class < as[j].class })
		var out []string
		for _, a := range as {
			if a.class == 2 && v.noDemonym {
				continue
			}
			w := a.english[0]
			if a.class == 3 {
				w = a.english[min(v.rankAlt, len(a.english)-1)]
			}
			out = append(out, w)
		}
		return out
	}
	if !v.of {
		// compact: [possessives and catalogue names] adjectives
		// [complements, last first] head: "Hamas Political Bureau"
		var segs [][]string
		var named []bool
		for k := 1; k < len(n.units); k++ {
			u := n.units[k]
			words := append(adjs(u), u.attr)
			if u.conn == "and" && len(segs) > 0 {
				segs[len(segs)-1] = append(append(segs[len(segs)-1], "and"), words...)
				continue
			}
			segs = append(segs, words)
			named = append(named, u.catalog)
		}
		var pre, mid []string
		for k := len(segs) - 1; k >= 0; k-- {
			last := segs[k][len(segs[k])-1]
			if named[k] || strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "s'") {
				pre = append(pre, segs[k]...)
				continue
			}
			mid = append(mid, segs[k]...)
		}
		words := append(append(append(pre, adjs(head)...), mid...), hw)
		return strings.Join(words, " ")
	}
	words := append(adjs(head), hw)
	for k := 1; k < len(n.units); k++ {
		u := n.units[k]
		if v.cut && u.conn == "and" {
			break
		}
		conn := u.conn
		if conn == "for" && v.forAsOf {
			conn = "of"
		}
		words = append(words, conn)
		if u.the && conn != "and" {
			words = append(words, "the")
		}
		if u.elative != "" {
			words = append(words, u.elative)
		}
		words = append(append(words, adjs(u)...), u.english[0])
	}
	return strings.Join(words, " ")
}

// bareSurface returns the text of tokens [i, e) as written, without the
// proclitics of the first token (للهيئة → الهيئة).
func (st *sentState) bareSurface(i, e int) string {
	t := st.toks[i]
	s := st.surface(i, e-1)
	if t.Prefix == "" {
		return s
	}
	contraction := strings.HasPrefix(t.Norm, "لل") && strings.HasPrefix(t.Bare, "ال")
	return dropProclitics(s, len([]rune(t.Prefix)), contraction)
}
