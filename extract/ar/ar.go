// Package ar extracts entities and facts from Modern Standard Arabic news
// articles: catalogue look-ups over normalised tokens, titles resolved to
// office holders at the article's date, new people named after a title,
// coreference of surnames, titles and pronoun subjects, and relation rules
// driven by a lexicon of verbs, verbal nouns and phrases (data/relations.tsv),
// with negation, future and conditional clauses left out.
//
// The data files under data/ are embedded: relations.tsv (the relation
// lexicon), titles.tsv (title phrases beyond the catalogue's roles),
// words.tsv (closed word lists), events.tsv (patterns that name events),
// demonyms.tsv (English adjectives for event names) and precision.tsv (the
// measured precision of each rule, used as the facts' confidence).
package ar

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/text"
)

func init() { extract.Register("ar", New()) }

// Span is a name found by a NameFinder: tokens[Start:End] of one sentence.
type Span struct {
	Start, End int
	Type       string  // an extract entity type (Person, Organization, …)
	Confidence float64 // 0..1
}

// NameFinder finds names the catalogue does not know (the learned tagger of
// extract/ner plugs in here).
type NameFinder interface {
	Find(tokens []text.Token) []Span
}

// Extractor is the Arabic rule-based extractor. The zero value is not
// usable; call New.
type Extractor struct {
	// Names, when set, proposes names the catalogue lacks; they become new
	// entities with the finder's confidence.
	Names NameFinder

	cat  *catalog.Catalog
	once sync.Once
	lex  *lexicon
	err  error

	capitalOf  map[string]string // capital city key → country key
	ministryOf map[string]string // ministry or department key → its country

	firstOnce sync.Once
	first     map[string]int  // first token of a catalogue name → longest length
	prefixes  map[string]bool // every token prefix of every indexed name
	titleMax  map[string]int  // first token of a title phrase → longest length

	formCache, suffixCache sync.Map // word → Token.Forms / SuffixForms
}

// New returns an Arabic extractor over the default catalogue. Its data is
// loaded on first use.
func New() *Extractor { return &Extractor{} }

// NewWithCatalog returns an extractor over the given catalogue.
func NewWithCatalog(c *catalog.Catalog) *Extractor { return &Extractor{cat: c} }

func (x *Extractor) load() error {
	x.once.Do(func() {
		if x.cat == nil {
			x.cat = catalog.Default()
		}
		x.lex, x.err = loadLexicon()
		if x.err != nil {
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
// sentence, byte offsets, rule id and confidence; every entity a fact uses
// is in Result.Entities.
func (x *Extractor) Extract(ctx context.Context, doc extract.Document) (*extract.Result, error) {
	if err := x.load(); err != nil {
		return nil, err
	}
	d := newDocState(x, doc)
	if t := strings.TrimSpace(doc.Title); t != "" && !strings.HasPrefix(doc.Text, t) {
		// the headline: its facts cite it with empty offsets
		d.sentence(-1, text.Sentence{Text: t, Tokens: text.Tokenize(t, 0)})
	}
	for i, s := range text.Sentences(doc.Text) {
		if i%32 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("extract %s: %w", origin(doc), err)
			}
		}
		d.sentence(i, s)
	}
	return d.result(), nil
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

// anchor is the date relative expressions and office look-ups use.
func anchor(doc extract.Document) time.Time {
	if doc.Date.IsZero() {
		return time.Now().UTC()
	}
	return doc.Date
}

// result assembles the entities used by the facts, in a stable order.
func (d *docState) result() *extract.Result {
	r := &extract.Result{Doc: d.doc, Facts: d.facts}
	used := map[string]bool{}
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
