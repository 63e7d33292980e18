package ar

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/ner"
	"github.com/newskg/kg/extract/text"
	"github.com/newskg/kg/extract/timex"
)

// Option configures an Extractor made by New or NewWithCatalog.
type Option func(*Extractor)

// WithoutNER turns the learned name tagger off: names then come from the
// catalogue, titles and the rules alone (for tests and benchmarks that
// compare).
func WithoutNER() Option { return func(x *Extractor) { x.Names = nil } }

// WithNames sets the finder of names the catalogue lacks (nil for none).
func WithNames(f NameFinder) Option { return func(x *Extractor) { x.Names = f } }

// minNewScore is the least span probability for a name the catalogue does
// not know to become a new entity.
const minNewScore = 0.8

// LearnedNames returns the NameFinder backed by the embedded ANERcorp model
// of extract/ner. The model is loaded once, on first use, and shared by
// every extractor; it is safe for concurrent use.
func LearnedNames() NameFinder { return learnedNames{} }

// learnedNames adapts ner.Default to NameFinder.
type learnedNames struct{}

// Load loads the model (once per process) and reports a load error.
func (learnedNames) Load() error {
	_, err := ner.Default()
	return err
}

// nerTypes maps the tagger's types to entity types; MISC maps to "" (a
// name that may link to the catalogue but never makes a new entity).
var nerTypes = map[string]string{"PERS": extract.Person, "LOC": extract.Place, "ORG": extract.Organization}

// Find tags the tokens' words and returns the spans with their normalised
// names (clitics of the first word removed where the model deems it safe).
func (l learnedNames) Find(toks []text.Token) []Span { return l.findWords(toks, nil, new([]string)) }

// findWords is Find with the tagger's features of the tokens' words
// (ner.Model.Word of each token's text) looked up by the caller, nil for
// none, with *buf as space for the words (grown there, not kept).
func (learnedNames) findWords(toks []text.Token, refs []ner.WordRef, buf *[]string) []Span {
	m, err := ner.Default()
	if err != nil || len(toks) == 0 {
		return nil
	}
	words := slices.Grow((*buf)[:0], len(toks))
	for _, t := range toks {
		words = append(words, t.Text)
	}
	*buf = words
	sps := m.SpansWords(words, refs)
	if len(sps) == 0 {
		return nil
	}
	out := make([]Span, 0, len(sps))
	for _, sp := range sps {
		out = append(out, Span{Start: sp.Start, End: sp.End, Type: nerTypes[sp.Type], Confidence: sp.Score, Name: m.SpanName(words, sp)})
	}
	return out
}

// loader is a NameFinder with data to load before first use.
type loader interface{ Load() error }

// lazySpans are the learned spans of one sentence, found when the first
// word that may be a new name is reached.
type lazySpans struct {
	done  bool
	spans []Span
	cover []int  // token → index of the span covering it, or -1
	tried []bool // span index → already turned into a mention or refused
}

// tag runs the name finder over the sentence, once.
func (d *docState) tag(st *sentState) *lazySpans {
	ls := &st.learned
	if !ls.done && d.x.Names != nil {
		ls.done = true
		ls.spans, ls.cover = d.learnedSpans(st)
		ls.tried = make([]bool, len(ls.spans))
	}
	return ls
}

// learnedAt returns the learned span to read at token i, which no rule
// matched: the span covering i, provided the tokens of that span before i
// are unmatched too and it was not tried before. The sentence is tagged the
// first time a word that may be a name is reached.
func (d *docState) learnedAt(st *sentState, i int) (Span, bool) {
	ls := &st.learned
	if !ls.done {
		t := st.toks[i]
		if !t.IsArabic() || d.commonWord(t) {
			return Span{}, false
		}
		d.tag(st)
	}
	if ls.cover == nil || ls.cover[i] < 0 || ls.tried[ls.cover[i]] {
		return Span{}, false
	}
	n := ls.cover[i]
	ls.tried[n] = true
	sp := ls.spans[n]
	for k := sp.Start; k < i; k++ {
		if st.at[k] >= 0 {
			return Span{}, false
		}
	}
	return sp, true
}

// commonWord reports whether a token is a word of the extractor's own
// lists (function words, relation phrases), which no name starts with.
func (d *docState) commonWord(t text.Token) bool {
	return d.in("namestop", t.Norm) || d.in("preposition", t.Norm) || d.in("adverb", t.Norm) ||
		d.in("relative", t.Norm) || d.in("speech", t.Bare) || d.lex.triggers[t.Norm] != nil || d.lex.triggers[t.Bare] != nil
}

// learnedSpans runs the name finder over a sentence and returns the spans
// and, per token, the span covering it (index into the spans, or -1),
// after dropping a leading nationality adjective, title or honorific the
// catalogue or lexicon knows ("الوزير الليبي فلان" → "فلان").
func (d *docState) learnedSpans(st *sentState) ([]Span, []int) {
	sps := d.findNames(st)
	if len(sps) == 0 {
		return nil, nil
	}
	at := make([]int, len(st.toks))
	for i := range at {
		at[i] = -1
	}
	n := 0
	for _, sp := range sps {
		if sp.Start < 0 || sp.End > len(st.toks) || sp.Start >= sp.End {
			continue
		}
		trimmed := false
		for sp.Start < sp.End {
			k := sp.Start
			if d.adjective(st, k) != "" || d.in("honorific", st.toks[k].Norm) {
				sp.Start++
				trimmed = true
				continue
			}
			if _, _, te := d.matchTitle(st, k); te > k && te <= sp.End {
				sp.Start = te
				trimmed = true
				continue
			}
			if sp.Type == extract.Person && sp.End-k >= 3 && d.leadingNonName(st, k) {
				sp.Start++ // "دان مسعود البرزاني": a verb before the given name
				trimmed = true
				continue
			}
			break
		}
		if sp.Start >= sp.End {
			continue
		}
		if trimmed {
			sp.Name = ""
		}
		sps[n] = sp
		for k := sp.Start; k < sp.End; k++ {
			at[k] = n
		}
		n++
	}
	return sps[:n], at
}

// findNames runs the name finder over a sentence: the learned tagger
// reads it with its document (docSpans) when the document was given, else
// alone.
func (d *docState) findNames(st *sentState) []Span {
	ln, ok := d.x.Names.(learnedNames)
	if !ok {
		return d.x.Names.Find(st.toks)
	}
	if sps, ok := d.docSpans(st, ln); ok {
		return sps
	}
	// the tagger's features of each word, kept with the word
	refs := slices.Grow(d.tagRefs[:0], len(st.toks))
	for k := range st.toks {
		refs = append(refs, st.word(d, k).tagger)
	}
	sps := ln.findWords(st.toks, refs, &d.tagWords)
	d.tagRefs = refs
	return sps
}

// learnedMention turns the learned span starting at token i into a
// mention, following the catalogue first: a span that overlaps a catalogue
// name or title is dropped; one whose name the catalogue knows links to that
// entry; a single word that is the surname of a person named earlier links
// to that person; else a PERS (two words or more), LOC or ORG span scored
// at least minNewScore becomes a new entity. It returns nil when the span
// gives nothing.
func (d *docState) learnedMention(st *sentState, sp Span) *mention {
	toks := st.toks
	for k := sp.Start; k < sp.End; k++ {
		if !toks[k].IsWord() {
			return nil // a span across punctuation
		}
		if k == sp.Start {
			continue
		}
		if e, es, _ := d.matchName(st, k); e > k && !d.otherBearer(st, sp, k, e, es) {
			return nil
		}
		if _, _, te := d.matchTitle(st, k); te > k {
			return nil
		}
	}
	name := sp.Name
	if name == "" {
		norms := make([]string, 0, sp.End-sp.Start)
		for k := sp.Start; k < sp.End; k++ {
			norms = append(norms, toks[k].Norm)
		}
		name = strings.Join(norms, " ")
	}
	first, rest, _ := strings.Cut(name, " ")
	prefix, contraction := "", false
	if p, ok := strings.CutSuffix(toks[sp.Start].Norm, first); ok {
		prefix = p
	} else if strings.HasPrefix(toks[sp.Start].Norm, "لل") && strings.HasPrefix(first, "ال") {
		prefix, contraction = "ل", true
	}
	single := sp.End-sp.Start == 1
	if en := d.lookupSpanName(name, first, rest, single); en != nil {
		return &mention{s: sp.Start, e: sp.End, key: en.Key, typ: string(en.Type), prefix: prefix}
	}
	if sp.Type == extract.Organization && sp.Confidence >= minNewScore {
		if en := d.cat.LookupHeaded(name); en != nil {
			// "الوفاق", "المستقبل": a catalogue movement or paper without its head noun
			return &mention{s: sp.Start, e: sp.End, key: en.Key, typ: string(en.Type), prefix: prefix}
		}
	}
	if single && (sp.Type == extract.Person || sp.Type == "") {
		if k, ok := d.surnames[first]; ok {
			return &mention{s: sp.Start, e: sp.End, key: k, typ: extract.Person, prefix: prefix}
		}
		if k, ok := d.surnames[text.StripArticle(first)]; ok {
			return &mention{s: sp.Start, e: sp.End, key: k, typ: extract.Person, prefix: prefix}
		}
		if sp.Type == extract.Person {
			if b := d.learnedBearer(first); b != nil {
				// "قال بوش": the family name of a catalogue person active then
				return &mention{s: sp.Start, e: sp.End, key: b.Key, typ: extract.Person, prefix: prefix}
			}
		}
	}
	if sp.Type == "" || sp.Confidence < minNewScore || (single && sp.Type == extract.Person) {
		return nil
	}
	if utf8.RuneCountInString(strings.ReplaceAll(name, " ", "")) < 3 || d.isDate(st, sp) || d.headAndAdjectives(st, sp) || d.commonNoun(st, sp) {
		return nil
	}
	surface := st.surface(sp.Start, sp.End-1)
	surface = dropProclitics(surface, utf8.RuneCountInString(prefix), contraction)
	var key string
	if sp.Type == extract.Person {
		key = d.createPerson(surface, sp.Confidence)
	} else {
		key = d.createNamed(sp.Type, surface, sp.Confidence)
	}
	return &mention{s: sp.Start, e: sp.End, key: key, typ: sp.Type, prefix: prefix}
}

// isDate reports whether a span is (part of) a date expression: a month
// name such as نيسان is not an organisation.
func (d *docState) isDate(st *sentState, sp Span) bool {
	a, b := st.toks[sp.Start].Start, st.toks[sp.End-1].End
	for _, m := range st.dates {
		if m.Start < b && a < m.End {
			return true
		}
	}
	src := d.doc.Text
	if st.s.Start == st.s.End { // the title: offsets are relative to its text
		src = st.s.Text
	}
	return len(timex.FindTokens(src, st.toks[sp.Start:sp.End], time.Time{})) > 0
}

// lookupSpanName finds a catalogue entry named name: as it is, without the
// article on the first word, and with the first word in any clitic reading.
// A single word found only through a derived (article-less) form does
// not count, as in matchName.
func (d *docState) lookupSpanName(name, first, rest string, single bool) *catalog.Entry {
	try := func(n string) *catalog.Entry {
		hits := d.cat.LookupHits(n)
		if len(hits) == 0 {
			return nil
		}
		if single && hits[0].Derived && text.HasArticle(first) {
			return nil
		}
		return hits[0].Entry
	}
	join := func(w string) string {
		if rest == "" {
			return w
		}
		return w + " " + rest
	}
	if e := try(name); e != nil {
		return e
	}
	if s := text.StripArticle(first); s != first {
		if e := try(join(s)); e != nil {
			return e
		}
	}
	for _, f := range text.Forms(first) {
		if f == first {
			continue
		}
		if e := try(join(f)); e != nil {
			return e
		}
	}
	return nil
}

// dropProclitics removes the first n letters (the proclitics) from
// surface: "وطهران", 1 → "طهران". With contraction, the ل of the article
// fused with the preposition ل comes back as ال: "للمنظمة", 1 →
// "المنظمة". Diacritics after a removed letter go with it.
func dropProclitics(surface string, n int, contraction bool) string {
	if n == 0 {
		return surface
	}
	lam := contraction
	i := 0
	for n > 0 && i < len(surface) {
		_, sz := utf8.DecodeRuneInString(surface[i:])
		i += sz
		for i < len(surface) {
			r, sz := utf8.DecodeRuneInString(surface[i:])
			if !unicode.Is(unicode.Mn, r) && r != 'ـ' {
				break
			}
			i += sz
		}
		n--
	}
	if lam {
		return "ا" + surface[i:]
	}
	return surface[i:]
}

// hasTrigger reports whether a sentence has a relation phrase.
func (d *docState) hasTrigger(st *sentState) bool {
	for i, t := range st.toks {
		if !t.IsArabic() {
			continue
		}
		for _, f := range st.forms(d, i) {
			if d.lex.triggers[f] != nil {
				return true
			}
		}
		for _, f := range d.suffixForms(t) {
			if d.lex.triggers[f] != nil {
				return true
			}
		}
	}
	return false
}

// unknownName returns the length of the personal name the catalogue lacks
// that starts at token k, after a title, and the new person's confidence.
// With a name finder, that is its person span starting at k, of two words
// or more (a title is cue enough to take it whatever its score): the
// finder tells a name from a place or a phrase ("رئيس الوزراء الكندي بلدة
// …"); else a full name starting with a given name of data/names.tsv.
// Without a finder, nameLength guesses.
func (d *docState) unknownName(st *sentState, k int) (int, float64) {
	if d.x.Names == nil {
		return max(d.nameLength(st, k), d.givenNameLength(st, k)), 0.6
	}
	if ls := d.tag(st); ls.cover != nil && ls.cover[k] >= 0 {
		sp := ls.spans[ls.cover[k]]
		if sp.Start == k && sp.Type == extract.Person && sp.End-sp.Start >= 2 {
			n := sp.End - sp.Start
			for q := k + 1; q < sp.End; q++ {
				// a catalogue name, a title, a word with a proclitic or a
				// function word ends the name
				if e, es, _ := d.matchName(st, q); e > q && !d.otherBearer(st, sp, q, e, es) {
					n = q - k // (not a common family name that ends the span: عبد الرحيم الشمري)
					break
				}
				if _, _, te := d.matchTitle(st, q); te > q {
					n = q - k
					break
				}
				if t := st.toks[q]; !t.IsArabic() || t.Prefix != "" || d.commonWord(t) || d.notNamePart(t) {
					n = q - k
					break
				}
			}
			if f := d.fullNameLength(st, k); f == n+1 && n >= 2 && text.HasArticle(st.toks[k+n].Norm) &&
				!text.HasArticle(st.toks[k+n-1].Norm) {
				n = f // the family name after the tagged span: إبراهيم محمد المنتصر
			}
			if n < 2 {
				return 0, 0
			}
			return n, max(0.6, sp.Confidence)
		}
	}
	// a name starting with a known given name (data/names.tsv)
	return d.givenNameLength(st, k), 0.6
}

// otherBearer reports whether a catalogue person named by one word at the
// end of a learned person span (tokens k..e) is someone else of the same
// family name: the span's first word is a given name and not the first
// word of any of the entry's Arabic names ("وليد الشمري" is not "عبد الأمير
// الشمري"; "مستشارو أوباما" is Obama's advisers).
func (d *docState) otherBearer(st *sentState, sp Span, k, e int, es []*catalog.Entry) bool {
	if sp.Type != extract.Person || e != sp.End || e-k != 1 || k == sp.Start || len(es) == 0 {
		return false
	}
	if first := st.toks[sp.Start].Bare; !d.x.roman.IsGiven(first) && first != "عبد" && first != "ابو" {
		return false // "مستشارو أوباما": no first name before the family name
	}
	forms := st.forms(d, sp.Start)
	if compoundHeads[st.toks[sp.Start].Bare] && sp.Start+1 < k {
		forms = []string{st.toks[sp.Start].Bare + " " + st.toks[sp.Start+1].Norm} // عبد الرحيم, not عبد
	}
	for _, en := range es {
		if en.Type != extract.Person {
			return false
		}
		for _, a := range en.Arabic {
			units := nameUnits(text.Normalize(strings.TrimPrefix(a, "=")))
			if len(units) == 0 {
				continue
			}
			for _, f := range forms {
				if f == units[0] {
					return false
				}
			}
		}
	}
	return true
}

// headAndAdjectives reports whether a span is a head noun followed only by
// adjectives ("جامعة كينية": a Kenyan university, no name).
func (d *docState) headAndAdjectives(st *sentState, sp Span) bool {
	if sp.End-sp.Start < 2 || d.headOf(st.toks[sp.Start]) == nil {
		return false
	}
	for k := sp.Start + 1; k < sp.End; k++ {
		if d.adjective(st, k) == "" && !d.adjectiveOf(st, k) {
			return false
		}
	}
	return true
}

// commonNoun reports whether a one-word span is a head noun or an event
// noun of the extractor's lists (الاتفاق, الحركة), no name.
func (d *docState) commonNoun(st *sentState, sp Span) bool {
	if sp.End-sp.Start != 1 {
		return false
	}
	t := st.toks[sp.Start]
	b := text.StripArticle(t.Bare)
	if d.x.heads.heads[b] != nil || d.in("orghead", b) || d.in("headstop", t.Bare) {
		return true
	}
	return st.word(d, sp.Start).eventHead
}

// leadingNonName reports whether token k, the first of a person span, is
// no part of the name: it is no given name or name particle while the
// next token is a given name (a verb or noun the tagger took in).
func (d *docState) leadingNonName(st *sentState, k int) bool {
	t, n := st.toks[k], st.toks[k+1]
	if d.x.roman.IsGiven(t.Bare) || compoundHeads[t.Norm] || t.Norm == "بن" || t.Norm == "ابن" {
		return false
	}
	return d.x.roman.IsGiven(n.Bare) || compoundHeads[n.Norm]
}
