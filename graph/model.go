package graph

import (
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph/internal/nqfast"
)

// XSD datatypes used by the model.
var (
	XSDDate       = quad.IRI(XSD + "date")
	XSDGYearMonth = quad.IRI(XSD + "gYearMonth")
	XSDGYear      = quad.IRI(XSD + "gYear")
	XSDDecimal    = quad.IRI(XSD + "decimal")
	XSDInteger    = quad.IRI(XSD + "integer")
)

// DocID is extract.DocID, the document's identifier (kept for callers of
// graph).
func DocID(d extract.Document) string { return extract.DocID(d) }

var (
	reDate       = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	reYearMonth  = regexp.MustCompile(`^\d{4}-\d{2}$`)
	reYear       = regexp.MustCompile(`^\d{4}$`)
	reWikidata   = regexp.MustCompile(`^Q[1-9]\d*$`)
	reNonNegInt  = regexp.MustCompile(`^(0|[1-9]\d*)$`)
	reBadIRIChar = regexp.MustCompile(`[\x00-\x20<>"{}|^` + "`" + `\\]`)
)

// DateValue types a date of the form "2015-11-23", "2015-11" or "2015" as
// xsd:date, xsd:gYearMonth or xsd:gYear.
func DateValue(s string) (quad.Value, error) {
	var t quad.IRI
	switch {
	case reDate.MatchString(s):
		t = XSDDate
	case reYearMonth.MatchString(s):
		t = XSDGYearMonth
	case reYear.MatchString(s):
		t = XSDGYear
	default:
		return nil, fmt.Errorf("date %q is not YYYY-MM-DD, YYYY-MM or YYYY", s)
	}
	return quad.TypedString{Value: quad.String(s), Type: t}, nil
}

func decimal(f float64) quad.Value {
	return quad.TypedString{Value: quad.String(strconv.FormatFloat(f, 'f', -1, 64)), Type: XSDDecimal}
}

func integer(n int) quad.Value {
	return quad.TypedString{Value: quad.String(strconv.Itoa(n)), Type: XSDInteger}
}

// langText is a literal in the document's language (plain when it has none).
func langText(s, lang string) quad.Value {
	if lang == "" {
		return quad.String(s)
	}
	return quad.LangString{Value: quad.String(s), Lang: lang}
}

// DocError is a document whose extraction result is not a valid part of
// the graph model (an unknown type or predicate, a fact about an entity the
// result lacks, a bad date, …): which document, where it came from
// (Document.Origin, empty when unknown) and the problem.
type DocError struct {
	ID     string
	Origin string
	Err    error
}

// Error reads "document ID (ORIGIN): problem".
func (e *DocError) Error() string {
	if e.Origin != "" {
		return fmt.Sprintf("document %s (%s): %v", e.ID, e.Origin, e.Err)
	}
	return fmt.Sprintf("document %s: %v", e.ID, e.Err)
}

// Unwrap returns the problem.
func (e *DocError) Unwrap() error { return e.Err }

// factKey identifies a fact within one document: two facts with the same key
// are the same statement (the one with the highest confidence is kept).
// Rule, evidence, offsets, quote and confidence are not part of it.
type factKey struct {
	subject, predicate, object, value, date string
	role, place, item, startDate, endDate   string
	mode                                    string
}

// ResultQuads converts one extractor result into the quads of the graph
// model, sorted and free of duplicates. Every quad carries the document's IRI
// as its label. The output depends only on v and r.
//
// Statement IRIs are v.Statement(docID, subject IRI, predicate, object IRI or
// literal value, date, role, place IRI, item, startDate, endDate[, mode]) —
// mode only when set, so facts without one keep their IRIs: the same
// fact in the same document always gets the same node; duplicate facts of one
// result collapse to one (highest confidence wins, then earliest evidence).
// Symmetric predicates are written with the smaller IRI as subject.
func ResultQuads(v Vocab, r *extract.Result) ([]quad.Quad, error) {
	if r == nil {
		return nil, fmt.Errorf("nil extraction result")
	}
	if v.Base == "" {
		v = NewVocab("")
	}
	d := r.Doc
	docID := DocID(d)
	fail := func(format string, args ...any) error {
		return &DocError{ID: docID, Origin: d.Origin, Err: fmt.Errorf(format, args...)}
	}
	doc := v.Doc(docID)
	b := &quadSet{}
	add := func(s quad.IRI, p quad.IRI, o quad.Value) {
		b.add(quad.Quad{Subject: s, Predicate: p, Object: o, Label: doc})
	}

	// The document.
	add(doc, RDFType, v.Term(TermDocument))
	if t := strings.TrimSpace(d.Title); t != "" {
		add(doc, DCTitle, langText(t, d.Lang))
	}
	if !d.Date.IsZero() {
		add(doc, DCDate, quad.TypedString{Value: quad.String(d.Date.Format("2006-01-02")), Type: XSDDate})
	}
	if d.Lang != "" {
		add(doc, DCLanguage, quad.String(d.Lang))
	}
	add(doc, v.Term(TermSHA256), quad.String(Hash(d.Text)))
	if u := strings.TrimSpace(d.URL); u != "" {
		pu, err := url.Parse(u)
		if err != nil || !pu.IsAbs() || reBadIRIChar.MatchString(u) {
			return nil, fail("URL %q is not an absolute IRI", u)
		}
		add(doc, DCSource, quad.IRI(u))
	}

	// Entities.
	ents := map[string]quad.IRI{}
	types := map[string]extract.EntityType{}
	for i, e := range r.Entities {
		key := strings.TrimSpace(e.Key)
		if key == "" {
			return nil, fail("entity %d has an empty key", i)
		}
		if !e.Type.Valid() {
			return nil, fail("entity %q has unknown type %q (want one of %v)", key, e.Type, extract.EntityTypes)
		}
		if t, ok := types[key]; ok && t != e.Type {
			return nil, fail("entity %q is given two types, %s and %s", key, t, e.Type)
		}
		types[key] = e.Type
		iri := v.Entity(key)
		ents[key] = iri
		add(iri, RDFType, v.Class(e.Type))
		for lang, l := range e.Labels {
			if l = strings.TrimSpace(l); l != "" {
				add(iri, RDFSLabel, langText(l, lang))
			}
		}
		for _, a := range e.AltLabels {
			if t := strings.TrimSpace(a.Text); t != "" && t != strings.TrimSpace(e.Labels[a.Lang]) {
				add(iri, SKOSAltLabel, langText(t, a.Lang))
			}
		}
		if e.Wikidata != "" {
			if !reWikidata.MatchString(e.Wikidata) {
				return nil, fail("entity %q has Wikidata id %q, want Q followed by digits", key, e.Wikidata)
			}
			add(iri, OWLSameAs, quad.IRI(WD+e.Wikidata))
		}
		if e.Confidence < 0 || e.Confidence > 1 {
			return nil, fail("entity %q has confidence %v outside 0..1", key, e.Confidence)
		}
		if e.Confidence > 0 && e.Confidence < 1 {
			add(iri, v.Term(TermConfidence), decimal(e.Confidence))
		}
		add(iri, v.Term(TermMentionedIn), doc)
	}
	entity := func(what, key string, fi int, f extract.Fact) (quad.IRI, error) {
		iri, ok := ents[strings.TrimSpace(key)]
		if !ok {
			return "", fail("fact %d (%s %s %s): %s %q is not among the document's entities", fi, f.Subject, f.Predicate, f.Object+f.Value, what, key)
		}
		return iri, nil
	}

	// Facts: validate, canonicalise, collapse duplicates.
	type fact struct {
		extract.Fact
		s, o, place quad.IRI
	}
	best := map[factKey]*fact{}
	for i, f := range r.Facts {
		if !f.Predicate.Valid() {
			return nil, fail("fact %d has unknown predicate %q", i, f.Predicate)
		}
		if f.Confidence < 0 || f.Confidence > 1 {
			return nil, fail("fact %d (%s %s %s) has confidence %v outside 0..1", i, f.Subject, f.Predicate, f.Object, f.Confidence)
		}
		s, err := entity("subject", f.Subject, i, f)
		if err != nil {
			return nil, err
		}
		x := &fact{Fact: f, s: s}
		if f.Predicate == extract.Deaths {
			if !reNonNegInt.MatchString(f.Value) || f.Object != "" {
				return nil, fail("fact %d (%s deaths): value %q must be a non-negative integer and object empty", i, f.Subject, f.Value)
			}
		} else {
			if f.Value != "" {
				return nil, fail("fact %d (%s %s): a literal value %q is only allowed for deaths", i, f.Subject, f.Predicate, f.Value)
			}
			if x.o, err = entity("object", f.Object, i, f); err != nil {
				return nil, err
			}
		}
		if f.Place != "" {
			if x.place, err = entity("place", f.Place, i, f); err != nil {
				return nil, err
			}
		}
		for _, dt := range []string{f.Date, f.StartDate, f.EndDate} {
			if dt != "" {
				if _, err := DateValue(dt); err != nil {
					return nil, fail("fact %d (%s %s %s): %v", i, f.Subject, f.Predicate, f.Object+f.Value, err)
				}
			}
		}
		if f.Start < 0 || f.End < f.Start || f.End > len(d.Text) {
			return nil, fail("fact %d (%s %s %s): evidence offsets %d..%d outside the text (%d bytes)", i, f.Subject, f.Predicate, f.Object+f.Value, f.Start, f.End, len(d.Text))
		}
		if f.Mode != "" && !isMeetingMode(f.Mode) {
			return nil, fail("fact %d (%s %s %s) has mode %q (want one of %q)", i, f.Subject, f.Predicate, f.Object, f.Mode, extract.MeetingModes)
		}
		if f.Predicate.Symmetric() && x.o < x.s {
			x.s, x.o = x.o, x.s
		}
		k := factKey{string(x.s), string(f.Predicate), string(x.o), f.Value, f.Date, f.Role, string(x.place), f.Item, f.StartDate, f.EndDate, f.Mode}
		if old, ok := best[k]; !ok || f.Confidence > old.Confidence || (f.Confidence == old.Confidence && f.Start < old.Start) {
			best[k] = x
		}
	}
	term := map[string]quad.IRI{}
	for _, t := range []string{TermStatement, TermSubject, TermPredicate, TermObject, TermSource, TermConfidence,
		TermExtractor, TermEvidence, TermStart, TermEnd, TermDate, TermStartDate, TermEndDate, TermRole, TermPlace,
		TermItem, TermQuote, TermMode} {
		term[t] = v.Term(t)
	}
	for _, p := range extract.Predicates {
		term[string(p)] = v.Predicate(p)
	}
	for k, f := range best {
		pred := term[string(f.Predicate)]
		var obj quad.Value = f.o
		objKey := string(f.o)
		if f.Predicate == extract.Deaths {
			n, _ := strconv.Atoi(f.Value)
			obj = integer(n)
			objKey = f.Value
		}
		add(f.s, pred, obj)
		parts := []string{docID, string(f.s), string(f.Predicate), objKey, k.date, k.role, k.place, k.item, k.startDate, k.endDate}
		if k.mode != "" {
			parts = append(parts, k.mode)
		}
		st := v.Statement(parts...)
		add(st, RDFType, term[TermStatement])
		add(st, term[TermSubject], f.s)
		add(st, term[TermPredicate], pred)
		add(st, term[TermObject], obj)
		add(st, term[TermSource], doc)
		add(st, term[TermConfidence], decimal(f.Confidence))
		if f.Rule != "" {
			add(st, term[TermExtractor], quad.String(f.Rule))
		}
		if f.Evidence != "" {
			add(st, term[TermEvidence], langText(f.Evidence, d.Lang))
			add(st, term[TermStart], integer(f.Start))
			add(st, term[TermEnd], integer(f.End))
		}
		for _, dt := range []struct {
			term, val string
		}{{TermDate, f.Date}, {TermStartDate, f.StartDate}, {TermEndDate, f.EndDate}} {
			if dt.val != "" {
				dv, _ := DateValue(dt.val)
				add(st, term[dt.term], dv)
			}
		}
		if f.Role != "" {
			add(st, term[TermRole], quad.String(f.Role))
		}
		if f.place != "" {
			add(st, term[TermPlace], f.place)
		}
		if f.Item != "" {
			add(st, term[TermItem], langText(f.Item, d.Lang))
		}
		if f.Quote != "" {
			add(st, term[TermQuote], langText(f.Quote, d.Lang))
		}
		if f.Mode != "" {
			add(st, term[TermMode], quad.String(f.Mode))
		}
	}
	return b.sorted(), nil
}

func isMeetingMode(m string) bool {
	for _, x := range extract.MeetingModes {
		if x == m {
			return true
		}
	}
	return false
}

// quadSet collects quads; sorted drops duplicates.
type quadSet struct {
	keys  []string
	quads []quad.Quad
}

func (s *quadSet) add(q quad.Quad) {
	s.keys = append(s.keys, nqfast.Key(q))
	s.quads = append(s.quads, q)
}

// addKey is add with key = nqfast.Key(q) already known.
func (s *quadSet) addKey(q quad.Quad, key string) {
	s.keys = append(s.keys, key)
	s.quads = append(s.quads, q)
}

// sorted returns the quads ordered by their N-Quads form.
func (s *quadSet) sorted() []quad.Quad {
	idx := make([]int, len(s.keys))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(i, j int) bool { return s.keys[idx[i]] < s.keys[idx[j]] })
	out := make([]quad.Quad, 0, len(idx))
	for n, i := range idx {
		if n > 0 && s.keys[i] == s.keys[idx[n-1]] {
			continue
		}
		out = append(out, s.quads[i])
	}
	return out
}

// countModel returns the number of distinct facts and entities in quads
// produced by ResultQuads.
func countModel(v Vocab, qs []quad.Quad) (facts, entities int) {
	st, ent := v.Term(TermStatement), v.Base+"entity/"
	seen := map[quad.Value]bool{}
	for _, q := range qs {
		if q.Predicate == RDFType {
			if q.Object == st {
				facts++
			} else if s, ok := q.Subject.(quad.IRI); ok && strings.HasPrefix(string(s), ent) && !seen[s] {
				seen[s] = true
				entities++
			}
		}
	}
	return
}
