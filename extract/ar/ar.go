// Package ar extracts entities and facts from Modern Standard Arabic news
// articles: catalogue look-ups over normalised tokens, titles resolved to
// office holders at the article's date, new people named after a title,
// coreference of surnames, titles and pronoun subjects, a shallow clause
// analysis (extract/syntax), and relation rules driven by a table of
// constructions (data/constructions.tsv: verbs, light verbs, verbal and
// event nouns, participles, nouns of relation, relative clauses), with
// negated, future, planned, demanded, rumoured, denied, alleged and
// conditional clauses left out. A learned relation proposer
// (extract/relclf, learned.go) adds, after the fact scorer, the facts its
// model states between two named mentions of a sentence that no rule
// relates (rule "learned", confidence the model's probability).
//
// The data files under data/ are embedded: constructions.tsv (the
// relation constructions), titles.tsv (title phrases beyond the catalogue's roles),
// words.tsv (closed word lists), events.tsv (patterns that name events),
// demonyms.tsv (English adjectives for event names) and precision.tsv (the
// measured precision of each rule: a fact's prior confidence, which the
// learned fact scorer of extract/scorer then replaces with its probability;
// see FactScorer).
package ar

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/relclf"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
	"github.com/newskg/kg/extract/timex"
)

func init() { extract.Register("ar", New()) }

// Span is a name found by a NameFinder: tokens[Start:End] of one sentence.
type Span struct {
	Start, End int
	// Type is an extract entity type (Person, Place, Organization), or ""
	// for a name of another kind, which may link to the catalogue but never
	// becomes a new entity.
	Type       string
	Confidence float64 // 0..1
	// Name is the normalised name the span stands for (text.Normalize,
	// proclitics of the first word removed), or "" to use the tokens'
	// normal forms.
	Name string
}

// NameFinder finds names the catalogue does not know (the learned tagger of
// extract/ner plugs in here).
type NameFinder interface {
	Find(tokens []text.Token) []Span
}

// Extractor is the Arabic rule-based extractor. The zero value is not
// usable; call New.
type Extractor struct {
	// Names, when set, proposes names the catalogue lacks; they link to
	// the catalogue or become new entities with the finder's confidence.
	// New sets it to LearnedNames; set it (or pass WithoutNER) before the
	// first Extract.
	Names NameFinder
	// Scorer, when set, gives each fact its confidence once the document
	// is read. New sets it to LearnedScorer; set it (or pass
	// WithoutScorer) before the first Extract.
	Scorer FactScorer

	cat  *catalog.Catalog
	once sync.Once
	lex  *lexicon
	syn  *syntax.Analyzer
	err  error
	// roman spells names the catalogue lacks (data/names.tsv, the
	// catalogue's own names, letter rules).
	roman *romanizer
	// heads are the head nouns and national bodies that name entities
	// the catalogue lacks (data/heads.tsv, data/bodies.tsv).
	heads *headTable
	// context holds the conditions under which ambiguous catalogue
	// entries are linked (data/context.tsv).
	context map[string][]condition
	// bodyPhrase and bodyFirst are the phrases (and their first words)
	// that name a national body before a nationality adjective.
	bodyPhrase, bodyFirst map[string]bool
	// ministries name a country's government and ministries
	// (data/ministries.tsv).
	ministries []ministry
	// gloss is the institutional vocabulary that names bodies the
	// catalogue lacks in English (data/glossary.tsv).
	gloss *glossary
	// kindHeads are the kind heads of a group that news use by turns
	// (kinds.go), sorted.
	kindHeads []string

	capitalOf  map[string]string // capital city key → country key
	ministryOf map[string]string // ministry or department key → its country

	firstOnce sync.Once
	first     map[string]int  // first token of a catalogue name → longest length
	prefixes  map[string]bool // every token prefix of every indexed name
	nameLater map[string]bool // the tokens after the first of those prefixes
	titleMax  map[string]int  // first token of a title phrase → longest length

	wordCache   wordCache[*word]          // normalised word → what is derived from it alone (word.go)
	suffixCache wordCache[[]string]       // word as written, NUL, Bare → Token.SuffixForms
	entityCache wordCache[extract.Entity] // catalogue key → its extract.Entity (shared, read-only)
	homeCache   wordCache[[]string]       // person key → countries of the offices ever held (personCountries)
	altsCache   wordCache[[]string]       // unknown name, NUL, its romanisation → romanAlts (romanAltsOf)

	// proposer is the learned relation proposer's model (learned.go), nil
	// for none; proposerSet says an option chose it.
	proposer         *relclf.Model
	proposerSet      bool
	proposerEmbedded bool
}

// New returns an Arabic extractor over the default catalogue, with the
// learned name tagger (LearnedNames) unless an option says otherwise. Its
// data is loaded on first use. It is safe for concurrent use.
func New(opts ...Option) *Extractor { return NewWithCatalog(nil, opts...) }

// NewWithCatalog returns an extractor over the given catalogue (nil for the
// default one).
func NewWithCatalog(c *catalog.Catalog, opts ...Option) *Extractor {
	x := &Extractor{cat: c, Names: LearnedNames(), Scorer: LearnedScorer()}
	x.wordCache.Max, x.suffixCache.Max = wordCacheMax, wordCacheMax
	for _, o := range opts {
		o(x)
	}
	return x
}

func (x *Extractor) load() error {
	x.once.Do(func() {
		if x.cat == nil {
			x.cat = catalog.Default()
		}
		x.lex, x.err = loadLexicon()
		if x.err != nil {
			return
		}
		if x.syn, x.err = syntax.New(syntax.Options{Verbs: x.lex.verbForms()}); x.err != nil {
			x.err = fmt.Errorf("ar: clause analysis: %w", x.err)
			return
		}
		if x.roman, x.err = loadRomanizer(x.cat); x.err != nil {
			return
		}
		if x.heads, x.err = loadHeads(); x.err != nil {
			return
		}
		if x.context, x.err = loadContext(); x.err != nil {
			return
		}
		x.bodyPhrase, x.bodyFirst = x.bodyPhrases()
		if x.ministries, x.err = loadMinistries(); x.err != nil {
			return
		}
		if x.gloss, x.err = loadGlossary(); x.err != nil {
			return
		}
		x.kindHeads = x.lex.sortedWords("kindsyn")
		if l, ok := x.Names.(loader); ok {
			if err := l.Load(); err != nil {
				x.err = fmt.Errorf("ar: name tagger: %w", err)
				return
			}
		}
		if x.err = x.loadScorer(); x.err != nil {
			return
		}
		if x.err = x.loadProposer(); x.err != nil {
			x.err = fmt.Errorf("ar: relation proposer: %w", x.err)
			return
		}
		x.capitalOf = map[string]string{}
		x.ministryOf = map[string]string{}
		for _, e := range x.cat.Entries() {
			if e.Type == extract.Country && e.Capital != "" {
				x.capitalOf[e.Capital] = e.Key
			}
		}
		for _, e := range x.cat.Entries() {
			if e.Type != extract.Organization || e.LocatedIn == "" {
				continue
			}
			if c, ok := x.cat.Get(e.LocatedIn); ok && c.Type == extract.Country &&
				(strings.Contains(e.Name, "Ministry") || strings.Contains(e.Name, "Department of")) {
				x.ministryOf[e.Key] = c.Key
			}
		}
		x.firstTokens()
	})
	return x.err
}

// Extract finds entities and facts in doc. Every fact carries its evidence
// sentence, byte offsets, rule id and confidence; every entity the text
// names (linked to the catalogue or created) and every entity a fact uses
// is in Result.Entities. The label maps of catalogue entities are shared
// between results and must not be modified.
func (x *Extractor) Extract(ctx context.Context, doc extract.Document) (*extract.Result, error) {
	return x.extract(ctx, doc, nil)
}

// ExtractPairs is Extract that also returns each sentence with two or
// more named mentions as the relation proposer reads it (for training the
// proposer, see extract/relclf).
func (x *Extractor) ExtractPairs(ctx context.Context, doc extract.Document) (*extract.Result, []PairSentence, error) {
	var ps []PairSentence
	r, err := x.extract(ctx, doc, &ps)
	return r, ps, err
}

func (x *Extractor) extract(ctx context.Context, doc extract.Document, collect *[]PairSentence) (*extract.Result, error) {
	if err := x.load(); err != nil {
		return nil, err
	}
	d := newDocState(x, doc)
	d.collect = collect
	sents, toks := text.SentencesTokens(doc.Text)
	sents = dropNameQuotes(sents) // namequotes.go: "تنظيم «داعش»" reads as "تنظيم داعش"
	if t := strings.TrimSpace(doc.Title); t != "" && !strings.HasPrefix(doc.Text, t) {
		// the headline: its facts cite it with empty offsets
		head, _ := unquoteNames(text.Tokenize(t, 0))
		d.tagging.set(head, sents)
		d.headDate = d.leadDayOf(sents)
		d.sentence(-1, text.Sentence{Text: t, Tokens: head})
	} else {
		d.tagging.set(nil, sents)
	}
	d.sents = sents
	d.bufs.left = len(toks)
	d.synBufs.Reserve(len(toks))
	for i, s := range d.sents {
		if i%32 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("extract %s: %w", origin(doc), err)
			}
		}
		d.sentence(i, s)
	}
	d.locatedDoc()
	r := d.result()
	x.score(r, toks)
	if x.Scorer != nil {
		// after the scorer, which was trained on candidates citing the
		// headline (kg scorer train extracts without a scorer)
		d.citeBody(r)
	}
	d.addLearned(r) // after the scorer, which knows the rules' candidates only
	return r, nil
}

func origin(doc extract.Document) string {
	if doc.Origin != "" {
		return doc.Origin
	}
	if doc.ID != "" {
		return doc.ID
	}
	return "document"
}

// anchor is the date office look-ups use: the document's date; for an
// undated document the latest date with a written year that the text
// mentions (so the output does not depend on the day it runs), else zero.
func anchor(doc extract.Document) time.Time {
	if !doc.Date.IsZero() {
		return doc.Date
	}
	var latest time.Time
	for _, m := range absoluteDates(timex.Find(doc.Text, undatedAnchor), doc.Text) {
		if t := m.Date.Time(); t.After(latest) {
			latest = t
		}
	}
	return latest
}

// undatedAnchor is the anchor date expressions are read with in a document
// without a date: late enough that no written year counts as future; the
// relative expressions it would resolve are dropped (absoluteDates).
var undatedAnchor = time.Date(2999, 12, 31, 0, 0, 0, 0, time.UTC)

// absoluteDates keeps the matches that do not depend on the document's
// date: calendar dates, ranges and since-dates whose year is written out
// (a weekday, أمس, الشهر الماضي or a month without its year would need the
// article's date). text is what the matches' offsets point into.
func absoluteDates(ms []timex.Match, src string) []timex.Match {
	out := ms[:0:0]
	for _, m := range ms {
		switch m.Kind {
		case timex.KindDate, timex.KindRange, timex.KindSince:
		default:
			continue
		}
		if m.Date.IsZero() || !strings.Contains(text.Normalize(m.Text), strconv.Itoa(m.Date.Year)) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// result assembles the entities the text names or the facts use, in a
// stable order.
func (d *docState) result() *extract.Result {
	r := &extract.Result{Doc: d.doc, Facts: d.facts}
	used := map[string]bool{}
	for _, k := range d.mentioned {
		used[k] = true
	}
	for _, f := range d.facts {
		used[f.Subject] = true
		if f.Object != "" {
			used[f.Object] = true
		}
		if f.Place != "" {
			used[f.Place] = true
		}
	}
	keys := make([]string, 0, len(used))
	for k := range used {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		r.Entities = append(r.Entities, d.entity(k))
	}
	return r
}
