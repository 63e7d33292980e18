package graph

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"

	"github.com/newskg/kg/extract"
)

// The entity index: two ordered families of keys that kg keeps beside
// Cayley's own layout, written in the same transaction as every change of
// the quads (Bolt: two buckets, factindex_bolt.go; PostgreSQL: two tables,
// factindex_pg.go), so that a question about a hub reads the page it
// answers instead of every quad of the hub.
//
//	facts  E P D S side       one key per (entity, statement, side): the
//	                          facts of E ordered by date (undated last),
//	                          then statement, subject side first
//	edges  E dir P O          one key per distinct (entity, direction,
//	                          predicate, far value): E's own quads (dir
//	                          out: descriptions and direct edges) and the
//	                          direct edges pointing to it (dir in)
//
// Every component is an order-preserving escaped string (encPart), so keys
// compare as their components do, and every key holds a count: the
// documents (facts) or quads (edges) that give it. A key is derived from
// the quads of one document (facts: a statement's subject, predicate,
// object and date under the same label) or one quad (edges), so a write
// knows the keys it adds and removes from the quads it adds and removes,
// without reading the store. Stores without the index (memstore, a store
// of an older kg opened read-only) compute the same keys for one entity on
// demand from its quads (factindex_scan.go).

// Families of the index.
const (
	famFacts byte = 'f'
	famEdges byte = 'e'
)

// Side of a fact key: where the entity stands in the statement.
const (
	sideSubject byte = 1
	sideObject  byte = 2
)

// Direction of an edge key.
const (
	dirOut byte = 1 // the entity is the quad's subject
	dirIn  byte = 2 // the entity is the quad's object
)

// undatedKey is the date component of an undated fact: after every date, as
// the canned scripts order facts ("~" sorts after digits).
const undatedKey = "~"

// encPart appends s to b as one key component: 0x00 bytes escaped as
// 0x00 0xFF, then the terminator 0x00 0x01. Components of any length then
// compare byte by byte as the strings do.
func encPart(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			b = append(b, 0, 0xFF)
			continue
		}
		b = append(b, s[i])
	}
	return append(b, 0, 1)
}

// partEnd is the smallest byte string greater than every key that starts
// with the component prefix (a key prefix ending in a terminator).
func partEnd(prefix []byte) []byte {
	end := bytes.Clone(prefix)
	if n := len(end); n >= 2 && end[n-2] == 0 && end[n-1] == 1 {
		end[n-1] = 2
		return end
	}
	return append(end, 0xFF)
}

// decPart reads one component from b; it returns the string and the rest.
func decPart(b []byte) (string, []byte, error) {
	var out []byte
	for i := 0; i < len(b); i++ {
		if b[i] != 0 {
			out = append(out, b[i])
			continue
		}
		if i+1 >= len(b) {
			return "", nil, fmt.Errorf("index key: truncated component")
		}
		switch b[i+1] {
		case 0xFF:
			out = append(out, 0)
			i++
		case 1:
			return string(out), b[i+2:], nil
		default:
			return "", nil, fmt.Errorf("index key: bad escape %#x", b[i+1])
		}
	}
	return "", nil, fmt.Errorf("index key: unterminated component")
}

// encValue is the component of a value: IRIs as 'I' and the IRI (in IRI
// order, before every other value), other values as 'L' and their
// protobuf encoding.
func encValue(b []byte, v quad.Value) ([]byte, error) {
	if iri, ok := v.(quad.IRI); ok {
		return encPart(b, "I"+string(iri)), nil
	}
	enc, err := pquads.MarshalValue(v)
	if err != nil {
		return nil, fmt.Errorf("index key: encode %v: %w", v, err)
	}
	return encPart(b, "L"+string(enc)), nil
}

// decValue reads a component written by encValue.
func decValue(b []byte) (quad.Value, []byte, error) {
	s, rest, err := decPart(b)
	if err != nil {
		return nil, nil, err
	}
	switch {
	case strings.HasPrefix(s, "I"):
		return quad.IRI(s[1:]), rest, nil
	case strings.HasPrefix(s, "L"):
		v, err := pquads.UnmarshalValue([]byte(s[1:]))
		if err != nil {
			return nil, nil, fmt.Errorf("index key: decode value: %w", err)
		}
		return v, rest, nil
	}
	return nil, nil, fmt.Errorf("index key: value component %q", s)
}

// entityKeyPrefix is the key prefix of every key of entity e.
func entityKeyPrefix(e quad.IRI) []byte { return encPart(nil, string(e)) }

// factIndexKey is the key of one fact of entity e.
func factIndexKey(e quad.IRI, pred quad.Value, date string, st quad.IRI, side byte) ([]byte, error) {
	k, err := encValue(entityKeyPrefix(e), pred)
	if err != nil {
		return nil, err
	}
	if date == "" {
		date = undatedKey
	}
	k = encPart(k, date)
	k = encPart(k, string(st))
	return append(k, side), nil
}

// edgeIndexKey is the key of an edge of entity e.
func edgeIndexKey(e quad.IRI, dir byte, pred, far quad.Value) ([]byte, error) {
	k, err := encValue(append(entityKeyPrefix(e), dir), pred)
	if err != nil {
		return nil, err
	}
	return encValue(k, far)
}

// indexDelta is a change of the index: the count change of each key, by
// family. Keys are strings of the encoded bytes.
type indexDelta struct {
	facts, edges map[string]int64
}

func newIndexDelta() *indexDelta {
	return &indexDelta{facts: map[string]int64{}, edges: map[string]int64{}}
}

func (d *indexDelta) empty() bool { return d == nil || len(d.facts)+len(d.edges) == 0 }

// family returns the changes of one family.
func (d *indexDelta) family(f byte) map[string]int64 {
	if f == famFacts {
		return d.facts
	}
	return d.edges
}

// sortedKeys returns the keys of a family's changes in key order, without
// those whose changes cancel out.
func (d *indexDelta) sortedKeys(f byte) []string {
	m := d.family(f)
	keys := make([]string, 0, len(m))
	for k, n := range m {
		if n != 0 {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}

// indexer derives index keys from quads for one vocabulary.
type indexer struct {
	v                       Vocab
	entity                  string // prefix of entity IRIs
	subj, pred, obj, date   quad.IRI
	model                   map[quad.IRI]bool // direct-edge predicates
	factProps               map[quad.IRI]bool // the statement properties a fact key needs
	subjectSide, objectSide quad.IRI
}

func newIndexer(v Vocab) *indexer {
	x := &indexer{v: v, entity: v.Base + "entity/", subj: v.Term(TermSubject), pred: v.Term(TermPredicate),
		obj: v.Term(TermObject), date: v.Term(TermDate), model: map[quad.IRI]bool{}}
	for _, p := range extract.Predicates {
		x.model[v.Predicate(p)] = true
	}
	x.factProps = map[quad.IRI]bool{x.subj: true, x.pred: true, x.obj: true, x.date: true}
	return x
}

// isEntity tells whether v is an entity IRI of the store.
func (x *indexer) isEntity(v quad.Value) bool {
	iri, ok := v.(quad.IRI)
	return ok && strings.HasPrefix(string(iri), x.entity)
}

// edges adds sign to the keys quad q gives: an out edge of its subject
// when that is an entity, and an in edge of its object when that is an
// entity and q a direct edge (a predicate of the graph model).
func (x *indexer) edges(d *indexDelta, q quad.Quad, sign int64) error {
	if IsMetaQuad(q) {
		return nil
	}
	if x.isEntity(q.Subject) {
		k, err := edgeIndexKey(q.Subject.(quad.IRI), dirOut, q.Predicate, q.Object)
		if err != nil {
			return err
		}
		d.edges[string(k)] += sign
	}
	if p, ok := q.Predicate.(quad.IRI); ok && x.model[p] && x.isEntity(q.Object) {
		k, err := edgeIndexKey(q.Object.(quad.IRI), dirIn, q.Predicate, q.Subject)
		if err != nil {
			return err
		}
		d.edges[string(k)] += sign
	}
	return nil
}

// stmtParts are the properties of one statement under one label that its
// fact keys depend on.
type stmtParts struct {
	subjects, objects, preds []quad.Value
	dates                    []string
}

// facts adds sign to the fact keys of the quads of one document (all with
// one label): for each statement with a subject, a predicate and an object
// there, a key for its subject and one for its object when they are IRIs,
// under its predicate and date (the smallest, should there be several).
func (x *indexer) facts(d *indexDelta, quads []quad.Quad, sign int64) error {
	sts := map[quad.IRI]*stmtParts{}
	var order []quad.IRI
	for _, q := range quads {
		p, ok := q.Predicate.(quad.IRI)
		if !ok || !x.factProps[p] {
			continue
		}
		st, ok := q.Subject.(quad.IRI)
		if !ok {
			continue
		}
		sp := sts[st]
		if sp == nil {
			sp = &stmtParts{}
			sts[st] = sp
			order = append(order, st)
		}
		switch p {
		case x.subj:
			sp.subjects = append(sp.subjects, q.Object)
		case x.obj:
			sp.objects = append(sp.objects, q.Object)
		case x.pred:
			sp.preds = append(sp.preds, q.Object)
		case x.date:
			sp.dates = append(sp.dates, Text(q.Object))
		}
	}
	for _, st := range order {
		if err := x.stmtFacts(d, st, sts[st], sign); err != nil {
			return err
		}
	}
	return nil
}

func (x *indexer) stmtFacts(d *indexDelta, st quad.IRI, sp *stmtParts, sign int64) error {
	if len(sp.subjects) == 0 || len(sp.objects) == 0 || len(sp.preds) == 0 {
		return nil
	}
	pred := slices.MinFunc(sp.preds, func(a, b quad.Value) int { return strings.Compare(quadKeyOf(a), quadKeyOf(b)) })
	date := ""
	if len(sp.dates) > 0 {
		date = slices.Min(sp.dates)
	}
	add := func(vals []quad.Value, side byte) error {
		seen := map[quad.IRI]bool{}
		for _, v := range vals {
			e, ok := v.(quad.IRI)
			if !ok || seen[e] {
				continue
			}
			seen[e] = true
			k, err := factIndexKey(e, pred, date, st, side)
			if err != nil {
				return err
			}
			d.facts[string(k)] += sign
		}
		return nil
	}
	if err := add(sp.subjects, sideSubject); err != nil {
		return err
	}
	return add(sp.objects, sideObject)
}

// quadKeyOf is the N-Quads form of a value (an order for choosing one of
// several).
func quadKeyOf(v quad.Value) string {
	if v == nil {
		return ""
	}
	return v.String()
}

// docDelta returns the index change of replacing a document's quads old by
// new (facts; edges come from the quads actually added and removed).
func (x *indexer) docDelta(d *indexDelta, old, new []quad.Quad) error {
	if err := x.facts(d, old, -1); err != nil {
		return err
	}
	return x.facts(d, new, +1)
}

// quadsDelta adds the edge changes of adding add and removing del.
func (x *indexer) quadsDelta(d *indexDelta, add, del []quad.Quad) error {
	for _, q := range add {
		if err := x.edges(d, q, +1); err != nil {
			return err
		}
	}
	for _, q := range del {
		if err := x.edges(d, q, -1); err != nil {
			return err
		}
	}
	return nil
}
