package syntax

import (
	"strings"

	"github.com/newskg/kg/extract/text"
	"github.com/newskg/kg/internal/wordcache"
)

// SpanKind says what a caller's span is.
type SpanKind uint8

const (
	// NameSpan is a name (a person, country, organisation, place, event).
	NameSpan SpanKind = iota
	// AdjectiveSpan is a nationality adjective standing for a country
	// ("الروسي").
	AdjectiveSpan
	// TitleSpan is a person named by a title ("وزير الخارجية الروسي").
	TitleSpan
)

// Span is a name the caller found: tokens[Start:End].
type Span struct {
	Start, End int
	Kind       SpanKind
}

// Options configure an Analyzer.
type Options struct {
	// Verbs are verb forms beyond the package's own list (the caller's
	// relation verbs): they are read as verbs where the context allows.
	Verbs []string
}

// Analyzer analyses sentences. It is safe for concurrent use.
type Analyzer struct {
	lex   *lexicon
	cache wordcache.Cache[*wordInfo] // Norm → its lists
}

// New returns an analyzer over the package's word lists and the options'
// verbs.
func New(o Options) (*Analyzer, error) {
	l, err := loadLexicon(o.Verbs)
	if err != nil {
		return nil, err
	}
	return &Analyzer{lex: l}, nil
}

// Sentence is the shallow analysis of one sentence: word classes in
// context, nominal units with their genitive complements and appositions,
// clauses with their speech verbs, and the modality markers in scope at
// each token.
type Sentence struct {
	Toks []text.Token
	// Class is each token's word class in context.
	Class []Class
	// Feat holds each token's features (first person, future verb…).
	Feat []Feat
	// Clause is each token's innermost clause (an index into Clauses).
	Clause  []int
	Clauses []Clause
	// Unit is each token's nominal unit (an index into Units), or -1.
	Unit  []int
	Units []Unit
	// Appos is, for each token inside an apposition, the first token of
	// the unit the apposition describes; -1 elsewhere.
	Appos []int
	// Mod is the set of modality markers in scope at each token.
	Mod []Mod
	// Markers are the modality markers found, in order.
	Markers []Marker

	lex   *lexicon
	short []bool // quotation marks of a quoted name or term
	descr []bool // tokens of an asyndetic relative clause
	info  []*wordInfo
	spans []Span
	inSp  []int // token → span index, -1
}

// Analyze analyses one sentence. spans are the caller's names (sorted,
// not overlapping); tokens inside them are names.
func (a *Analyzer) Analyze(toks []text.Token, spans []Span) *Sentence {
	return a.AnalyzeWords(toks, nil, spans)
}

// Word is what the analyser's lexicon says about one normalised word (see
// Analyzer.Word). The zero Word stands for "not looked up".
type Word struct{ info *wordInfo }

// Word returns what the lexicon says about token t's word. It depends on
// t.Norm alone, so a caller that keeps its own table of words (one entry per
// distinct word) can look it up once and pass it to AnalyzeWords, saving
// the analyser's own look-up per token.
func (a *Analyzer) Word(t text.Token) Word { return Word{a.word(t)} }

// AnalyzeWords is Analyze with words[i] = a.Word(toks[i]) given by the
// caller; words may be nil, and a zero Word is looked up.
func (a *Analyzer) AnalyzeWords(toks []text.Token, words []Word, spans []Span) *Sentence {
	return a.AnalyzeWordsIn(nil, toks, words, spans)
}

// AnalyzeWordsIn is AnalyzeWords with the sentence's slices taken from b
// (nil: allocations of their own).
func (a *Analyzer) AnalyzeWordsIn(b *Buffers, toks []text.Token, words []Word, spans []Span) *Sentence {
	n := len(toks)
	s := newSentence(b, n)
	s.Toks, s.lex, s.spans = toks, a.lex, spans
	for i := range toks {
		if i < len(words) && words[i].info != nil {
			s.info[i] = words[i].info
		} else {
			s.info[i] = a.word(toks[i])
		}
		s.inSp[i], s.Unit[i], s.Appos[i] = -1, -1, -1
	}
	for k, sp := range spans {
		for i := max(sp.Start, 0); i < sp.End && i < n; i++ {
			s.inSp[i] = k
		}
	}
	s.classify(a.lex)
	s.units(a.lex)
	s.clauses(a.lex)
	s.markAsyndetic()
	s.appositions()
	s.modality(a.lex)
	return s
}

// wordInfo is what the lexicon says about one normalised word: the lists
// of its written form, of its bare form (without proclitics), and of any
// of its clitic readings.
type wordInfo struct {
	norm, bare, forms bits
	// conj holds the lists of the word without a leading و or ف (ولم،
	// وحل، فقد), which Bare keeps for short words.
	conj bits
}

func (a *Analyzer) word(t text.Token) *wordInfo {
	if w, ok := a.cache.Get(t.Norm); ok {
		return w
	}
	w := &wordInfo{norm: a.lex.words[t.Norm], bare: a.lex.words[t.Bare]}
	for _, f := range t.Forms() {
		w.forms |= a.lex.words[f]
	}
	if c := conjStripped(t.Norm); c != "" {
		w.conj = a.lex.words[c]
	}
	a.cache.Put(strings.Clone(t.Norm), w)
	return w
}

// is reports whether token i, as written or without its proclitics, is in
// list l.
func (s *Sentence) is(i int, l list) bool {
	if i < 0 || i >= len(s.Toks) {
		return false
	}
	w := s.info[i]
	return w.norm.has(l) || w.bare.has(l) || w.conj.has(l)
}

// conjStripped returns a word without a leading و or ف (two letters at
// least remain), or "".
func conjStripped(norm string) string {
	if len(norm) >= 6 && (strings.HasPrefix(norm, "و") || strings.HasPrefix(norm, "ف")) {
		return norm[len("و"):]
	}
	return ""
}

// isForm reports whether token i in any clitic reading is in list l.
func (s *Sentence) isForm(i int, l list) bool {
	if i < 0 || i >= len(s.Toks) {
		return false
	}
	return s.info[i].forms.has(l) || s.is(i, l)
}
