// Package extract defines what an extractor produces from a news article —
// documents, entities and facts in the terms of the project's graph model —
// and a registry of extractors by language code. It owns the model's words:
// the vocabulary table data/vocab.tsv, read into the typed Predicate and
// EntityType (vocab.go).
//
// Language packages (extract/ar, …) register themselves in an init function;
// the CLI and the server look them up by the document's language.
package extract

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

// Meeting modes (Fact.Mode of a met fact).
const (
	MeetingInPerson = "in person"
	MeetingPhone    = "phone"
	MeetingVideo    = "video"
)

// MeetingModes lists the values Fact.Mode may take.
var MeetingModes = []string{MeetingInPerson, MeetingPhone, MeetingVideo}

// Document is one article handed to the builder.
type Document struct {
	// ID is the document's stable identifier; when empty, the graph layer
	// derives one from the SHA-256 of Text.
	ID    string
	Title string
	// Date is the publication date; it anchors relative dates. Zero when unknown.
	Date time.Time
	// Lang is a BCP 47 language code ("ar", "en").
	Lang string
	URL  string
	Text string
	// Origin names where the document came from ("file.txt", "file.jsonl:12",
	// "-"), for error messages only; it is not stored.
	Origin string
}

// DocID returns the document's identifier: its ID when set, otherwise the
// first 16 hex digits of the SHA-256 of its text (the same text always
// gets the same id).
func DocID(d Document) string {
	if id := strings.TrimSpace(d.ID); id != "" {
		return id
	}
	sum := sha256.Sum256([]byte(d.Text))
	return hex.EncodeToString(sum[:])[:16]
}

// Label is a name in one language.
type Label struct {
	Text string
	Lang string // "ar", "en", …
}

// Entity is a person, country, organisation, place, event… that facts join.
type Entity struct {
	// Key is the canonical key from which the entity's IRI is derived: for a
	// catalogue entity its catalogue key (e.g. "vladimir-putin"), for a new
	// entity a key derived from its type and normalised surface form.
	Key  string
	Type EntityType
	// Labels holds the one preferred label per language ("en", "ar").
	Labels map[string]string
	// AltLabels are aliases seen in the text or known to the catalogue.
	AltLabels []Label
	// Wikidata is the Wikidata item id ("Q7747") where the identity is certain.
	Wikidata string
	// Confidence is 1 for catalogue entities, lower for names found by rules or NER.
	Confidence float64
}

// Fact is one asserted relation, with its provenance.
type Fact struct {
	Subject   string    // entity Key
	Predicate Predicate // one of Predicates
	Object    string    // entity Key; empty when Value is set
	// Value is the literal object of a literal-valued predicate (deaths: "250000").
	Value string
	// Date is when it happened: "2015-11-23", "2015-11" or "2015"; empty when the text gives none.
	Date string
	// Evidence is the source sentence verbatim; Start and End are its byte
	// offsets in Document.Text.
	Evidence   string
	Start, End int
	Rule       string  // the rule or model that produced it, e.g. "ar/meeting-verb"
	Confidence float64 // 0..1
	// Optional qualifiers.
	Role      string // officialOf: "president", "foreign minister", …
	Place     string // entity Key of where it happened
	Item      string // what was supplied or given
	StartDate string
	EndDate   string
	Quote     string
	// Mode is how a meeting (met) took place, when the text says:
	// MeetingInPerson, MeetingPhone or MeetingVideo; empty when unknown.
	Mode string
	// Features describe how the fact was found (construction, trigger
	// form, modality, argument distance, …) for the fact scorer, which
	// turns them into Confidence. They are not stored in the graph.
	Features []string
}

// Result is everything an extractor found in one document.
type Result struct {
	Doc      Document
	Entities []Entity
	Facts    []Fact
}

// Extractor turns one document into entities and facts.
type Extractor interface {
	Extract(ctx context.Context, doc Document) (*Result, error)
}

// ExtractorFunc adapts a function to the Extractor interface.
type ExtractorFunc func(ctx context.Context, doc Document) (*Result, error)

// Extract calls f(ctx, doc).
func (f ExtractorFunc) Extract(ctx context.Context, doc Document) (*Result, error) {
	return f(ctx, doc)
}

var (
	registryMu sync.RWMutex
	registry   = map[string]Extractor{}
)

// Register makes an extractor available for a language code. It panics if
// the code is registered twice, like database/sql.Register.
func Register(lang string, e Extractor) {
	registryMu.Lock()
	defer registryMu.Unlock()
	if e == nil {
		panic("extract: Register extractor is nil")
	}
	if _, dup := registry[lang]; dup {
		panic("extract: Register called twice for language " + lang)
	}
	registry[lang] = e
}

// Lookup returns the extractor registered for lang.
func Lookup(lang string) (Extractor, error) {
	registryMu.RLock()
	defer registryMu.RUnlock()
	e, ok := registry[lang]
	if !ok {
		return nil, fmt.Errorf("no extractor for language %q (have: %v)", lang, languagesLocked())
	}
	return e, nil
}

// Languages returns the registered language codes, sorted.
func Languages() []string {
	registryMu.RLock()
	defer registryMu.RUnlock()
	return languagesLocked()
}

func languagesLocked() []string {
	var out []string
	for l := range registry {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}
