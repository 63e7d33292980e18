// Package catalog is the entity catalogue and the dated office table the
// extractors resolve names against: countries, people, organisations, armed
// groups, places, facilities, events and agreements with their canonical
// English names (as English Wikipedia titles them), Arabic names and
// variants, English aliases, Arabic nationality adjectives, and who held
// which office when ("الرئيس الأمريكي" is Obama in 2015, Trump in 2019).
//
// The data lives in data/*.tsv (documented in data/README.md) and is
// embedded in the binary; Default loads it once. Every Arabic name is
// indexed in its text.Normalize form, and names beginning with the article
// ال are also indexed without it, marked Derived so callers can prefer exact
// hits.
package catalog

import (
	"embed"
	"fmt"
	"io/fs"
	"sync"

	"github.com/newskg/kg/extract"
)

//go:embed data/*.tsv
var embedded embed.FS

// Entry is one catalogue entity.
type Entry struct {
	Key  string // canonical key, an ASCII slug ("vladimir-putin")
	Type extract.EntityType
	Name string // canonical English name, as English Wikipedia titles it
	// Arabic holds the Arabic names as written in the data; the first is
	// the preferred label.
	Arabic []string
	// Aliases are English alternative names and short forms.
	Aliases []string
	// Wikidata is the Wikidata item id ("Q7747") where the identity is certain.
	Wikidata string
	// Adjectives are Arabic nationality or relational adjectives as written
	// in the data (روسي، الروس); the index also holds generated forms.
	Adjectives []string
	// Capital, LocatedIn and Government are keys of other entries, or empty.
	Capital, LocatedIn, Government string
}

// Office is one office a person held: Role (from the closed list of
// Roles) of the entity Of, from From to To. Dates are "", "YYYY",
// "YYYY-MM" or "YYYY-MM-DD"; an empty To means still in office.
type Office struct {
	Person, Role, Of string
	From, To         string
	// Note is free text from the data: the local title ("Secretary of
	// State") or an Arabic role phrase.
	Note string

	from, until dayRange // parsed dates: held on days d with from.lo <= d < until.hi
}

// Catalog is a loaded catalogue. It is safe for concurrent reads.
type Catalog struct {
	entries []*Entry
	byKey   map[string]*Entry
	names   *index // normalised names (Arabic and English) → entries
	adjs    *index // normalised adjectives → entries

	capitalOf map[string]*Entry // capital key → its country

	offices  []Office
	byPerson map[string][]int // person key → indexes into offices
	byRoleOf map[string][]int // role + "\x00" + of → indexes into offices

	roles     []string            // closed list of roles, in data order
	roleNames map[string][]string // role → Arabic phrases as written
	roleIndex map[string][]string // normalised Arabic phrase → roles
	roleOf    map[string]string   // normalised Arabic phrase → key of the entity it implies
	roleMax   int

	countryOnce  sync.Once
	countryWords map[string]string // CountryWords, built once

	skelOnce  sync.Once
	skeletons map[string][]skelName // LookupSkeleton's index, built once

	bearerOnce sync.Once
	bearers    map[string][]*Entry // Bearers' index, built once
	givens     map[string]bool     // first words of people's names (GivenName)

	partsOnce sync.Once
	parts     map[string]map[extract.EntityType]bool // MissKind's index, built once
}

var (
	defaultOnce sync.Once
	defaultCat  *Catalog
)

// Default returns the catalogue built from the embedded data, loaded once.
// It panics if the embedded data is corrupt; a test guards against that.
func Default() *Catalog {
	defaultOnce.Do(func() {
		sub, err := fs.Sub(embedded, "data")
		if err != nil {
			panic(fmt.Sprintf("catalog: embedded data: %v", err))
		}
		c, err := Load(sub)
		if err != nil {
			panic(fmt.Sprintf("catalog: embedded data: %v", err))
		}
		defaultCat = c
	})
	return defaultCat
}

// Get returns the entry with the given key.
func (c *Catalog) Get(key string) (*Entry, bool) {
	e, ok := c.byKey[key]
	return e, ok
}

// Entries returns every entry in load order (files sorted by name, then
// line order). The slice must not be modified.
func (c *Catalog) Entries() []*Entry { return c.entries }

// Len returns the number of entries.
func (c *Catalog) Len() int { return len(c.entries) }

// CountByType returns the number of entries of each type.
func (c *Catalog) CountByType() map[extract.EntityType]int {
	m := map[extract.EntityType]int{}
	for _, e := range c.entries {
		m[e.Type]++
	}
	return m
}

// Entity converts the entry to the graph model's Entity: preferred labels in
// English and Arabic, the other names as alternative labels, the Wikidata id.
func (e *Entry) Entity(confidence float64) extract.Entity {
	ent := extract.Entity{
		Key:        e.Key,
		Type:       e.Type,
		Labels:     map[string]string{"en": e.Name},
		Wikidata:   e.Wikidata,
		Confidence: confidence,
	}
	for _, a := range e.Aliases {
		ent.AltLabels = append(ent.AltLabels, extract.Label{Text: a, Lang: "en"})
	}
	for i, a := range e.Arabic {
		if i == 0 {
			ent.Labels["ar"] = a
			continue
		}
		ent.AltLabels = append(ent.AltLabels, extract.Label{Text: a, Lang: "ar"})
	}
	return ent
}

// CountryOf returns the country an entry belongs to: the entry itself for
// a country, else the first country up its located-in chain (a city, a
// facility, a ministry, an army). ok is false when there is none.
func (c *Catalog) CountryOf(key string) (country *Entry, ok bool) {
	e, ok := c.byKey[key]
	for i := 0; ok && i < 8; i++ { // the chain is short; the bound guards cycles
		if e.Type == extract.Country {
			return e, true
		}
		if e.LocatedIn == "" {
			break
		}
		e, ok = c.byKey[e.LocatedIn]
	}
	return nil, false
}

// CapitalOf returns the country whose capital the place key is ("moscow" →
// Russia), for capitals used as metonyms ("قالت موسكو").
func (c *Catalog) CapitalOf(key string) (*Entry, bool) {
	e, ok := c.capitalOf[key]
	return e, ok
}

// PreferredArabic returns the preferred Arabic label, or "" when none.
func (e *Entry) PreferredArabic() string {
	if len(e.Arabic) == 0 {
		return ""
	}
	return e.Arabic[0]
}
