// Package graph stores the facts of news articles in Cayley, following the
// project's graph model (README.md, "The graph model"): entities, facts as a
// direct edge plus a statement node, and documents, each quad labelled with
// the IRI of the document that contributed it.
package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
	"golang.org/x/text/unicode/norm"

	"github.com/newskg/kg/extract"
)

// DefaultBase is the base IRI under which vocabulary, entities, statements
// and documents are minted unless configured otherwise.
const DefaultBase = "https://w3id.org/newskg/"

// Well-known namespaces.
const (
	RDF     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	RDFS    = "http://www.w3.org/2000/01/rdf-schema#"
	SKOS    = "http://www.w3.org/2004/02/skos/core#"
	OWL     = "http://www.w3.org/2002/07/owl#"
	XSD     = "http://www.w3.org/2001/XMLSchema#"
	DCTerms = "http://purl.org/dc/terms/"
	PROV    = "http://www.w3.org/ns/prov#"
	WD      = "http://www.wikidata.org/entity/"
)

// Common IRIs of other vocabularies.
var (
	RDFType      = quad.IRI(RDF + "type")
	RDFSLabel    = quad.IRI(RDFS + "label")
	SKOSAltLabel = quad.IRI(SKOS + "altLabel")
	OWLSameAs    = quad.IRI(OWL + "sameAs")
	DCTitle      = quad.IRI(DCTerms + "title")
	DCDate       = quad.IRI(DCTerms + "date")
	DCLanguage   = quad.IRI(DCTerms + "language")
	DCSource     = quad.IRI(DCTerms + "source") // the document's URL
)

// Vocab mints the IRIs of one base.
type Vocab struct {
	Base string // ends with "/"
}

// NewVocab returns the vocabulary for base (DefaultBase when empty).
func NewVocab(base string) Vocab {
	if base == "" {
		base = DefaultBase
	}
	if !strings.HasSuffix(base, "/") && !strings.HasSuffix(base, "#") {
		base += "/"
	}
	return Vocab{Base: base}
}

// Term is a class or property of the project's vocabulary ("met", "Statement").
func (v Vocab) Term(local string) quad.IRI { return quad.IRI(v.Base + "vocab/" + local) }

// Predicate is the IRI of a predicate of the graph model.
func (v Vocab) Predicate(p extract.Predicate) quad.IRI { return v.Term(string(p)) }

// Class is the IRI of an entity type of the graph model.
func (v Vocab) Class(t extract.EntityType) quad.IRI { return v.Term(string(t)) }

// Entity is the IRI of an entity with the given canonical key.
func (v Vocab) Entity(key string) quad.IRI { return quad.IRI(v.Base + "entity/" + Slug(key)) }

// Doc is the IRI of a document with the given id.
func (v Vocab) Doc(id string) quad.IRI { return quad.IRI(v.Base + "doc/" + Slug(id)) }

// Statement is the IRI of a statement node; parts are the fact's canonical
// key (document, subject, predicate, object, date, …) hashed together.
func (v Vocab) Statement(parts ...string) quad.IRI {
	return quad.IRI(v.Base + "statement/" + Hash(parts...)[:24])
}

// Names of the project's own terms.
const (
	TermStatement  = "Statement"
	TermDocument   = "Document"
	TermSubject    = "subject"
	TermPredicate  = "predicate"
	TermObject     = "object"
	TermDate       = "date"
	TermEvidence   = "evidence"
	TermSource     = "source"
	TermConfidence = "confidence"
	TermExtractor  = "extractor"
	TermRole       = "role"
	TermPlace      = "place"
	TermItem       = "item"
	TermStartDate  = "startDate"
	TermEndDate    = "endDate"
	TermDeaths     = extract.Deaths
	TermQuote      = "quote"
	TermMode       = "mode" // how a meeting took place: "in person", "phone", "video"
	TermSHA256     = "sha256"
	TermStart      = "start" // byte offset of the evidence in the document
	TermEnd        = "end"
	TermSchema     = "schemaVersion"
	// TermMentionedIn links an entity to a document that names it
	// (<E> vocab:mentionedIn <DOC>, labelled with that document), so that
	// an entity no fact uses is still reachable from its documents.
	TermMentionedIn = "mentionedIn"
)

// Hash returns the hex SHA-256 of parts joined by a unit separator.
func Hash(parts ...string) string {
	h := sha256.New()
	for i, p := range parts {
		if i > 0 {
			h.Write([]byte{0x1f})
		}
		h.Write([]byte(p))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Slug turns a key into an IRI path segment: NFC, letters and digits of any
// script kept, everything else folded to "-". Keys that are already slugs
// come back unchanged, so IRIs stay stable and readable.
func Slug(key string) string {
	key = norm.NFC.String(strings.TrimSpace(key))
	var b strings.Builder
	dash := false
	for _, r := range key {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '.':
			if unicode.IsUpper(r) && r < 0x80 {
				r = unicode.ToLower(r)
			}
			b.WriteRune(r)
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	s := strings.TrimRight(b.String(), "-")
	if s == "" {
		s = Hash(key)[:16]
	}
	return s
}
