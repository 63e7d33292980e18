package extract

import (
	"embed"
	"fmt"
	"strings"

	"github.com/newskg/kg/internal/safetext"
	"github.com/newskg/kg/internal/tsv"
)

// The graph model's words — predicates, entity types, statement and
// document properties — are the rows of one table, data/vocab.tsv. The
// constants below are checked against it by a test (every constant is a
// row, every non-abstract predicate or entity-type row a constant); the
// labels, domains, ranges, flags and CAMEO codes are read from it.

//go:embed data/vocab.tsv
var vocabFS embed.FS

// VocabFile is the name of the vocabulary table, for errors.
const VocabFile = "data/vocab.tsv"

// Predicate is a predicate of the graph model, by local name ("met").
type Predicate string

// EntityType is an entity type of the graph model, by local name
// ("Person").
type EntityType string

// Entity types of the graph model. They are untyped so that code which
// keeps them in strings still compiles; they convert to EntityType.
const (
	Person       = "Person"
	Country      = "Country"
	Organization = "Organization"
	Place        = "Place"
	Facility     = "Facility"
	Event        = "Event"
	Agreement    = "Agreement"
	Weapon       = "Weapon"
	Group        = "Group"
	Work         = "Work"
)

// EntityTypes lists every entity type of the graph model.
var EntityTypes = []EntityType{Person, Country, Organization, Place, Facility, Event, Agreement, Weapon, Group, Work}

// Predicates of the graph model, by local name. Untyped, like the entity
// types; they convert to Predicate.
const (
	Met                      = "met"
	Visited                  = "visited"
	Supports                 = "supports"
	Opposes                  = "opposes"
	AllyOf                   = "allyOf"
	CooperatesWith           = "cooperatesWith"
	Attacked                 = "attacked"
	ClaimedResponsibilityFor = "claimedResponsibilityFor"
	ParticipatedIn           = "participatedIn"
	OfficialOf               = "officialOf"
	MemberOf                 = "memberOf"
	LocatedIn                = "locatedIn"
	Controls                 = "controls"
	Accuses                  = "accuses"
	Supplies                 = "supplies"
	EasedRestrictionsOn      = "easedRestrictionsOn"
	Gave                     = "gave"
	Deaths                   = "deaths"
)

// Predicates lists every predicate of the graph model.
var Predicates = []Predicate{Met, Visited, Supports, Opposes, AllyOf, CooperatesWith, Attacked,
	ClaimedResponsibilityFor, ParticipatedIn, OfficialOf, MemberOf, LocatedIn, Controls,
	Accuses, Supplies, EasedRestrictionsOn, Gave, Deaths}

// Kinds of vocabulary terms (Term.Kind).
const (
	KindClass      = "class"      // an entity type, or a class of the model (Statement, Document)
	KindRelation   = "relation"   // a fact predicate between two entities
	KindDatatype   = "datatype"   // a fact predicate with a literal value (deaths)
	KindStatement  = "statement"  // a property of a statement node
	KindDocument   = "document"   // a property of a document node
	KindEntity     = "entity"     // a property of an entity node
	KindAnnotation = "annotation" // an annotation of the vocabulary itself
)

// Flags of vocabulary terms (Term.Flags).
const (
	FlagSymmetric  = "symmetric"
	FlagTransitive = "transitive"
	// FlagAbstract marks a super-class or super-property with no members
	// of its own (Entity, Actor, relation): not an entity type or predicate.
	FlagAbstract = "abstract"
)

// Term is one class or property of the project's vocabulary: one row of
// data/vocab.tsv.
type Term struct {
	Kind    string // one of the Kind constants
	Name    string // local name ("met")
	LabelEn string
	LabelAr string
	Domain  []string // vocabulary names or prefixed names (xsd:date); several mean a union
	Range   []string
	CAMEO   []string // CAMEO root codes ("04")
	Flags   []string // the Flag constants
	Super   []string // super-classes or super-properties
	Comment string
}

// Has reports whether the term carries flag.
func (t Term) Has(flag string) bool {
	for _, f := range t.Flags {
		if f == flag {
			return true
		}
	}
	return false
}

// Label returns the term's label in lang ("en", "ar"); "" for other languages.
func (t Term) Label(lang string) string {
	switch lang {
	case "en":
		return t.LabelEn
	case "ar":
		return t.LabelAr
	}
	return ""
}

// vocabulary is data/vocab.tsv, read once.
var vocabulary = mustReadVocab()

type vocabIndex struct {
	terms  []Term
	byName map[string]*Term
	preds  map[Predicate]predInfo
	types  map[EntityType]*Term
}

// predInfo caches what the extractors ask of a predicate on hot paths.
type predInfo struct {
	term       *Term
	symmetric  bool
	transitive bool
	literal    bool
}

func mustReadVocab() vocabIndex {
	rows, err := tsv.Load(vocabFS, VocabFile)
	if err != nil {
		panic(fmt.Errorf("extract: %w", err))
	}
	v, err := readVocab(rows)
	if err != nil {
		panic(fmt.Errorf("extract: %w", err))
	}
	return v
}

// readVocab indexes the rows of the vocabulary table.
func readVocab(rows []tsv.Row) (vocabIndex, error) {
	v := vocabIndex{byName: map[string]*Term{}, preds: map[Predicate]predInfo{}, types: map[EntityType]*Term{}}
	seen := map[string]bool{}
	for _, r := range rows {
		t, err := parseTerm(r)
		if err != nil {
			return v, err
		}
		if seen[t.Name] {
			return v, r.Errorf("term %q listed twice", t.Name)
		}
		seen[t.Name] = true
		v.terms = append(v.terms, t)
	}
	for i := range v.terms {
		t := &v.terms[i]
		v.byName[t.Name] = t
	}
	for _, t := range v.byName {
		switch {
		case t.Has(FlagAbstract):
		case t.Kind == KindRelation || t.Kind == KindDatatype:
			v.preds[Predicate(t.Name)] = predInfo{term: t, symmetric: t.Has(FlagSymmetric),
				transitive: t.Has(FlagTransitive), literal: t.Kind == KindDatatype}
		case t.Kind == KindClass && v.isA(t, "Entity"):
			v.types[EntityType(t.Name)] = t
		}
	}
	return v, nil
}

// parseTerm reads one row: kind, name, labels, domain, range, cameo,
// flags, super, comment.
func parseTerm(r tsv.Row) (Term, error) {
	if err := r.Want(10, 10); err != nil {
		return Term{}, err
	}
	f := r.Fields
	list := func(s string) []string {
		if s == "-" || s == "" {
			return nil
		}
		return strings.Split(s, ",")
	}
	t := Term{Kind: f[0], Name: f[1], LabelEn: f[2], LabelAr: f[3], Domain: list(f[4]), Range: list(f[5]),
		CAMEO: list(f[6]), Flags: list(f[7]), Super: list(f[8]), Comment: f[9]}
	switch t.Kind {
	case KindClass, KindRelation, KindDatatype, KindStatement, KindDocument, KindEntity, KindAnnotation:
	default:
		return t, r.Errorf("%s: unknown kind %q", t.Name, t.Kind)
	}
	for _, fl := range t.Flags {
		switch fl {
		case FlagSymmetric, FlagTransitive, FlagAbstract:
		default:
			return t, r.Errorf("%s: unknown flag %q", t.Name, fl)
		}
	}
	if t.Name == "" || t.LabelEn == "" || t.LabelAr == "" {
		return t, r.Errorf("a term needs a name and English and Arabic labels: %q", r.Text)
	}
	return t, nil
}

// isA reports whether t is class or a sub-class of it, through the
// super-classes named in the table (at most depth levels up).
func (v vocabIndex) isA(t *Term, class string) bool { return v.isAWithin(t, class, 16) }

func (v vocabIndex) isAWithin(t *Term, class string, depth int) bool {
	if t.Name == class {
		return true
	}
	if depth == 0 {
		return false
	}
	for _, s := range t.Super {
		if u := v.byName[s]; u != nil && u.Kind == KindClass && v.isAWithin(u, class, depth-1) {
			return true
		}
	}
	return false
}

// Vocabulary returns the terms of data/vocab.tsv, in file order.
func Vocabulary() []Term {
	return append([]Term(nil), vocabulary.terms...)
}

// LookupTerm returns the vocabulary term named name ("met", "Statement").
func LookupTerm(name string) (Term, bool) {
	t := vocabulary.byName[name]
	if t == nil {
		return Term{}, false
	}
	return *t, true
}

// VocabError is a word that is not in the vocabulary.
type VocabError struct {
	Kind string // "predicate" or "entity type"
	Word string
}

// Error reads `unknown predicate "x" (want one of met, visited, …)`.
func (e *VocabError) Error() string {
	var want []string
	if e.Kind == "predicate" {
		for _, p := range Predicates {
			want = append(want, string(p))
		}
	} else {
		for _, t := range EntityTypes {
			want = append(want, string(t))
		}
	}
	return fmt.Sprintf("unknown %s %q (want one of %s)", e.Kind, safetext.Clip(e.Word), strings.Join(want, ", "))
}

// ParsePredicate returns the predicate named s, or a *VocabError naming it.
func ParsePredicate(s string) (Predicate, error) {
	p := Predicate(s)
	if !p.Valid() {
		return "", &VocabError{Kind: "predicate", Word: s}
	}
	return p, nil
}

// ParseEntityType returns the entity type named s, or a *VocabError naming it.
func ParseEntityType(s string) (EntityType, error) {
	t := EntityType(s)
	if !t.Valid() {
		return "", &VocabError{Kind: "entity type", Word: s}
	}
	return t, nil
}

// String returns the predicate's local name.
func (p Predicate) String() string { return string(p) }

// Valid reports whether p is a predicate of the graph model.
func (p Predicate) Valid() bool {
	_, ok := vocabulary.preds[p]
	return ok
}

// Symmetric reports whether p holds both ways (met, allyOf,
// cooperatesWith); its direct edge is written once.
func (p Predicate) Symmetric() bool { return vocabulary.preds[p].symmetric }

// Transitive reports whether p is transitive (locatedIn).
func (p Predicate) Transitive() bool { return vocabulary.preds[p].transitive }

// Literal reports whether p's object is a literal value (deaths) rather
// than an entity.
func (p Predicate) Literal() bool { return vocabulary.preds[p].literal }

// Term returns p's row of the vocabulary (the zero Term when p is not valid).
func (p Predicate) Term() Term {
	if i := vocabulary.preds[p]; i.term != nil {
		return *i.term
	}
	return Term{}
}

// Label returns p's label in lang ("en": "met", "ar": "التقى").
func (p Predicate) Label(lang string) string { return p.Term().Label(lang) }

// Domain returns the classes p's subject belongs to (several: their union).
func (p Predicate) Domain() []string { return p.Term().Domain }

// Range returns the classes (or datatype) of p's object (several: their union).
func (p Predicate) Range() []string { return p.Term().Range }

// CAMEO returns the CAMEO root codes p corresponds to ("04").
func (p Predicate) CAMEO() []string { return p.Term().CAMEO }

// IsSymmetric reports whether predicate holds both ways.
//
// Deprecated: use predicate.Symmetric(); kept for the callers in extract/ar.
func IsSymmetric(predicate Predicate) bool { return predicate.Symmetric() }

// String returns the entity type's local name.
func (t EntityType) String() string { return string(t) }

// Valid reports whether t is an entity type of the graph model.
func (t EntityType) Valid() bool { return vocabulary.types[t] != nil }

// Term returns t's row of the vocabulary (the zero Term when t is not valid).
func (t EntityType) Term() Term {
	if r := vocabulary.types[t]; r != nil {
		return *r
	}
	return Term{}
}

// Label returns t's label in lang ("en": "person", "ar": "شخص").
func (t EntityType) Label(lang string) string { return t.Term().Label(lang) }

// IsA reports whether t is class or one of its sub-classes
// (Country.IsA("Actor") and Country.IsA("Location") both hold).
func (t EntityType) IsA(class string) bool {
	r := vocabulary.types[t]
	return r != nil && vocabulary.isA(r, class)
}
