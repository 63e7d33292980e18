package syntax

import (
	"strings"
	"unicode/utf8"

	"github.com/newskg/kg/extract/text"
)

// Class is a word class in context.
type Class uint8

// Word classes.
const (
	Other Class = iota
	Punct
	Number
	Name      // inside a caller's name or title span
	Adjective // a nationality adjective span, or an adjective after a noun
	Noun
	Verb
	Prep
	Conj
	Comp // complementiser (إن، أن، بأن…)
	Rel  // relative pronoun
	Pron
	Particle
)

var classNames = [...]string{"other", "punct", "num", "name", "adj", "noun", "verb", "prep", "conj", "comp", "rel", "pron", "part"}

func (c Class) String() string {
	if int(c) < len(classNames) {
		return classNames[c]
	}
	return "?"
}

// Feat is a set of token features.
type Feat uint8

// Token features.
const (
	// FirstPerson marks a first-person verb or pronoun (ندعم، تحدثنا، نحن، إننا).
	FirstPerson Feat = 1 << iota
	// FutureVerb marks a verb with the future prefix سـ (سيلتقي).
	FutureVerb
	// Definite marks a word with the article.
	Definite
)

// classify gives every token its word class in context.
func (s *Sentence) classify(l *lexicon) {
	for i, t := range s.Toks {
		s.Class[i] = s.classOf(l, i, t)
		if text.HasArticle(t.Bare) {
			s.Feat[i] |= Definite
		}
		if s.is(i, lFirstPerson) {
			s.Feat[i] |= FirstPerson
		}
	}
}

func (s *Sentence) classOf(l *lexicon, i int, t text.Token) Class {
	switch {
	case !t.IsWord():
		return Punct
	case t.IsNumber():
		return Number
	case s.inSp[i] >= 0:
		if s.spans[s.inSp[i]].Kind == AdjectiveSpan {
			return Adjective
		}
		return Name
	case !t.IsArabic():
		return Noun
	}
	w := s.info[i]
	c := w.norm | w.conj // closed classes as written or after و/ف
	switch {
	case c.has(lRel):
		return Rel
	case c.has(lComp) || c.has(lPronComp):
		return Comp
	case c.has(lPrep) || (t.Prefix != "" && w.bare.has(lPrep) && len(t.Bare) > 2):
		return Prep
	case w.norm.has(lConj):
		return Conj
	case c.has(lNeg) || c.has(lNegNoun) || c.has(lParticle) || c.has(lAdverb) || c.has(lBoundary):
		if c.has(lVerb) {
			break
		}
		return Particle
	case c.has(lPron) || c.has(lFirstPerson):
		return Pron
	}
	if c.has(lSpeech) || w.bare.has(lSpeech) || s.hal(i, t) {
		return Verb // a speech verb or circumstantial participle (مؤكدا، مشيرا)
	}
	if s.future(l, i, t) {
		s.Feat[i] |= FutureVerb
		return Verb
	}
	if s.verbForm(l, i, t) {
		if s.verbInContext(i, t) {
			return Verb
		}
		return Noun
	}
	if s.imperfect(i, t) || s.pastFeminine(i, t) {
		return Verb
	}
	if s.adjective(i, t) {
		return Adjective
	}
	return Noun
}

// verbForm reports whether the token is a verb form of the lexicon: as
// written, without و/ف, or a first-person form of a listed verb (ندعم for
// يدعم, دعمنا for دعم).
func (s *Sentence) verbForm(l *lexicon, i int, t text.Token) bool {
	w := s.info[i]
	if w.norm.has(lNotVerb) {
		return false
	}
	if w.norm.has(lVerb) || w.conj.has(lVerb) || ((t.Prefix == "و" || t.Prefix == "ف") && w.bare.has(lVerb)) {
		if s.firstPerson(l, i, t) || s.is(i-1, lFirstPerson) {
			s.Feat[i] |= FirstPerson // "تحدثنا"، "نحن ندعم"
		}
		return true
	}
	b := verbBase(t)
	if rest, ok := strings.CutPrefix(b, "ن"); ok && utf8.RuneCountInString(rest) >= 3 && l.words["ي"+rest].has(lVerb) {
		s.Feat[i] |= FirstPerson
		return true
	}
	if stem, ok := strings.CutSuffix(b, "نا"); ok && utf8.RuneCountInString(stem) >= 3 && l.words[stem].has(lVerb) {
		s.Feat[i] |= FirstPerson
		return true
	}
	return false
}

// firstPerson reports whether a listed verb form is first person plural:
// ن + the ي form of a listed verb (ندعم), or a listed verb + نا (تحدثنا).
func (s *Sentence) firstPerson(l *lexicon, i int, t text.Token) bool {
	b := verbBase(t)
	if c := conjStripped(t.Norm); c != "" && l.words[c].has(lVerb) {
		b = c
	}
	if rest, ok := strings.CutPrefix(b, "ن"); ok && utf8.RuneCountInString(rest) >= 3 && l.words["ي"+rest].has(lVerb) {
		return true
	}
	stem, ok := strings.CutSuffix(b, "نا")
	return ok && utf8.RuneCountInString(stem) >= 3 && (l.words[stem].has(lVerb) || l.words[stem+"ي"].has(lVerb))
}

// verbInContext decides between a verb and its verbal noun for a listed
// verb form: the article, a preposition (clitic or word) before it, a verb
// or a noun in construct before it, or a number make it a noun; a verb
// whose reading needs a following word (حل ضيفا) is a noun without it.
func (s *Sentence) verbInContext(i int, t text.Token) bool {
	b := verbBase(t)
	prefix := t.Prefix
	switch w := s.info[i]; {
	case w.norm.has(lVerb):
		prefix, b = "", t.Norm
	case w.conj.has(lVerb):
		prefix, b = t.Norm[:len("و")], conjStripped(t.Norm) // "وكثفت" is و + كثفت, not و + ك + ثفت
	}
	if (text.HasArticle(b) && !s.verbWithAl(i)) || strings.ContainsAny(prefix, "بلك") {
		return false
	}
	if s.is(i, lVerbNeedNext) && !s.is(i+1, lVerbNextWords) && !s.near(i, lVerbNearWords, 4) {
		return false
	}
	if prefix != "" || b != t.Norm || i == 0 {
		return true // a verb joined by و/ف, or heading the sentence
	}
	if i+1 < len(s.Toks) && s.is(i+1, lVerbBefore) {
		return true // "قام بجولة التقى خلالها": a verb hung on the visit
	}
	if s.Class[i-1] == Prep || (s.Class[i-1] == Number && !s.yearAt(i-1)) || s.is(i-1, lNegNoun) {
		return false
	}
	if strings.HasPrefix(b, "ي") || strings.HasSuffix(b, "ت") || strings.HasSuffix(b, "وا") || s.Feat[i]&FirstPerson != 0 {
		return true // an imperfect, feminine or plural verb form has no noun reading
	}
	if rest, ok := strings.CutPrefix(b, "ت"); ok && s.lex.words["ي"+rest].has(lVerb) {
		return true // تدير beside يدير: an imperfect
	}
	if s.Class[i-1] == Noun && s.is(i, lVerbAfterNoun) {
		return true // "لقاء جمع بوتين وأردوغان"
	}
	if s.verbEarlier(i) {
		return false // "دان البرزاني السبت قصف تركيا للقرية": the verb's object
	}
	switch p := s.Class[i-1]; p {
	case Verb:
		// "يتضمن رفع العقوبات": a verbal noun
		return false
	case Noun, Name:
		// construct state: "جهود دعم" — a noun without the article before
		// it; "الحكومة دعمت" keeps the verb, but after a verb and its
		// subject the form is the object ("يتضمن الاتفاق رفع العقوبات"),
		// unless that verb was a relative clause's ("حزب الله الذي تدعمه
		// إيران هاجم…")
		if p == Noun && s.is(i, lVerbAfterNoun) {
			return true // "لقاء جمع بوتين وأردوغان"
		}
		if i >= 2 && s.Class[i-2] == Verb && !(i >= 3 && s.Class[i-3] == Rel) {
			return false
		}
		if p == Name {
			return true
		}
		pt := s.Toks[i-1]
		return text.HasArticle(pt.Bare) || strings.HasSuffix(pt.Norm, "ه") && !writtenTaMarbuta(pt)
	}
	return true
}

// verbEarlier reports whether a verb stands earlier in the stretch of the
// sentence before token i that no punctuation, complementiser, relative
// pronoun, conjunction, boundary word or و-joined word interrupts: a bare
// past form there is that verb's object or complement, not a second verb.
func (s *Sentence) verbEarlier(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := s.Toks[k]
		switch s.Class[k] {
		case Punct, Comp, Rel, Conj:
			return false
		case Verb:
			if k > 0 && (s.Class[k-1] == Rel || s.Class[k-1] == Comp) {
				// a relative or subordinate clause's verb: "حزب الله الذي
				// تدعمه إيران هاجم…"، "وقبل أن يتوجه إلى طهران رفع بوتين…"
				return false
			}
			return !s.is(k, lSpeech) // a speech verb's words follow it
		}
		if t.Prefix == "و" || t.Prefix == "ف" || s.is(k, lBoundary) {
			return false
		}
	}
	return false
}

// near reports whether one of the next n tokens after i is in list l.
func (s *Sentence) near(i int, l list, n int) bool {
	for k := i + 1; k <= i+n && k < len(s.Toks); k++ {
		if s.is(k, l) {
			return true
		}
	}
	return false
}

// verbBase returns the word without a و or ف proclitic.
func verbBase(t text.Token) string {
	if t.Prefix == "و" || t.Prefix == "ف" {
		return t.Bare
	}
	if c := conjStripped(t.Norm); c != "" && t.Prefix == "" && t.Bare == t.Norm {
		return c
	}
	return t.Norm
}

// verbWithAl reports whether the verb form at token i begins with ال as
// part of the verb (التقى، التقينا), not the article.
func (s *Sentence) verbWithAl(i int) bool {
	w := s.info[i]
	return w.norm.has(lVerb) || w.conj.has(lVerb) || w.bare.has(lVerb) || s.Feat[i]&FirstPerson != 0
}

// imperfect reports whether a word not in the lists looks like an
// imperfect verb: ي and three letters or more, no article, not a listed
// noun (يوم، يوليو).
func (s *Sentence) imperfect(i int, t text.Token) bool {
	b := verbBase(t)
	return strings.HasPrefix(b, "ي") && utf8.RuneCountInString(b) >= 4 && !s.is(i, lNotVerb) &&
		!strings.HasSuffix(b, "ات") && !writtenTaMarbuta(t)
}

// pastFeminine reports whether a word joined by و/ف looks like a past
// verb of three letters with the feminine ت ("وكثفت"، "وقصفت").
func (s *Sentence) pastFeminine(i int, t text.Token) bool {
	b := verbBase(t)
	return b != t.Norm && strings.HasSuffix(b, "ت") && utf8.RuneCountInString(b) == 4 &&
		!text.HasArticle(b) && !s.is(i, lNotVerb)
}

// writtenTaMarbuta reports whether a word, as written, ends in ة.
func writtenTaMarbuta(t text.Token) bool {
	w := strings.TrimRight(t.Text, "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640")
	return strings.HasSuffix(w, "ة")
}

// future reports whether the token is a future verb: سـ and an imperfect
// prefix (سيلتقي، ستعقد، سنواصل), at least four letters after سـ.
func (s *Sentence) future(l *lexicon, i int, t text.Token) bool {
	n := t.Norm
	if t.Prefix == "و" || t.Prefix == "ف" {
		n = t.Bare
	}
	rest, ok := strings.CutPrefix(n, "س")
	if !ok || l.words[n].has(lNotFuture) {
		return false
	}
	if !(strings.HasPrefix(rest, "ي") || strings.HasPrefix(rest, "ت") || strings.HasPrefix(rest, "ن")) {
		return false
	}
	if strings.HasSuffix(rest, "وا") || strings.HasSuffix(rest, "ت") || strings.HasSuffix(rest, "نا") {
		return false // a past form: "سيطروا"، "سيطرت"
	}
	if l.words[rest].has(lVerb) {
		if strings.HasPrefix(rest, "ن") {
			s.Feat[i] |= FirstPerson // "سنواصل"
		}
		return true // "سيلتقي": a listed imperfect
	}
	for _, p := range []string{"ياس", "يار", "يطر", "ينا", "يد", "نو", "نه", "نغافور", "يناتور"} {
		if strings.HasPrefix(rest, p) {
			return false // "سياستها"، "سيارات"، "سيطرته"، "سيناريو"
		}
	}
	if writtenTaMarbuta(t) {
		return false
	}
	if strings.HasPrefix(rest, "ن") {
		s.Feat[i] |= FirstPerson
	}
	return utf8.RuneCountInString(rest) >= 4
}

// adjective reports whether the token is an adjective after a noun: a
// relational adjective (nisba: -ي، -ية، -يين، -يون) agreeing in the article
// with the noun before it, or a listed modal adjective (المرتقب، السابق).
func (s *Sentence) adjective(i int, t text.Token) bool {
	if i == 0 || t.Prefix != "" {
		return false
	}
	p := s.Class[i-1]
	if p != Noun && p != Name && p != Adjective {
		return false
	}
	if p == Noun && s.is(i-1, lPersonHead) && !text.HasArticle(s.Toks[i-1].Bare) {
		return false // "وزير خارجية": a genitive, not an adjective
	}
	def := text.HasArticle(t.Bare)
	prevDef := text.HasArticle(s.Toks[i-1].Bare) || s.possessive(i-1)
	if def != prevDef && p != Name {
		return false // "زيارته الأولى": a noun with a pronoun is definite
	}
	if s.is(i, lNPFuture) || s.is(i, lNPBackground) || s.is(i, lAdjective) {
		return true
	}
	b := t.Bare
	if def {
		b = text.StripArticle(b)
	}
	if strings.HasSuffix(b, "تي") {
		return false // a dual in construct: "حكومتي ليبيا والصومال"
	}
	if !def && strings.HasSuffix(b, "ا") {
		b = strings.TrimSuffix(b, "ا") // the accusative: "دعما ماليا"
	}
	if utf8.RuneCountInString(b) < 3 {
		return false
	}
	if strings.HasSuffix(strings.TrimRight(t.Text, "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640ا"), "ئ") {
		return false // "موطئ": a hamza, not the nisba ي
	}
	for _, suf := range []string{"يه", "يين", "يون", "يتين", "يان", "ي"} {
		if strings.HasSuffix(b, suf) {
			return true
		}
	}
	return false
}

// hal reports whether the token is a circumstantial participle after a
// comma ("، متهما"، "، مطالبا"): م…ا without the article, five letters or
// more; it heads a predicate like a verb.
func (s *Sentence) hal(i int, t text.Token) bool {
	if i == 0 {
		return false
	}
	n := t.Norm
	if c := conjStripped(n); c != "" && strings.HasPrefix(c, "م") {
		n = c // "مشككا في نواياها ومنتقدا خصومها"
	} else if t.Prefix != "" || (s.Toks[i-1].Norm != "،" && s.Toks[i-1].Norm != ",") {
		return false
	}
	return strings.HasPrefix(n, "م") && strings.HasSuffix(n, "ا") && !strings.HasSuffix(n, "يا") && !text.HasArticle(n) &&
		utf8.RuneCountInString(n) >= 5 // not "مليشيا"
}

// yearAt reports whether the number at token k is a year after عام, سنة or
// في ("وفي عام 1990 التقى…"): what follows is no counted noun.
func (s *Sentence) yearAt(k int) bool {
	n := s.Toks[k].Norm
	if len(n) != 4 || n < "1000" || n > "2100" || k == 0 {
		return false
	}
	switch s.Toks[k-1].Bare {
	case "عام", "العام", "سنه", "السنه", "في", "منذ":
		return true
	}
	return false
}
