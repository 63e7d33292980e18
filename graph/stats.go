package graph

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"

	"github.com/newskg/kg/extract"
)

// Stats summarises the knowledge graph in a store.
type Stats struct {
	Documents int
	Entities  map[string]int // by type local name ("Person")
	Facts     map[string]int // statement nodes by predicate local name ("met")
	Quads     int            // quads of the graph, meta quads excluded
}

// Stats counts documents, entities by type, facts by predicate and quads.
// It counts distinct subjects in the object-predicate-subject index (entities
// by rdf:type, statements by kg:predicate, documents by rdf:type in their
// own graph) and never resolves a value: on Bolt it reads the index keys
// directly, on PostgreSQL it asks the server to count.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st := Stats{Entities: map[string]int{}, Facts: map[string]int{}}
	fail := func(err error) (Stats, error) { return st, fmt.Errorf("stats of store %s: %w", s.spec, err) }
	if s.quads() == nil {
		return fail(errors.New("store is closed"))
	}
	err := s.withCounter(ctx, func(c subjectCounter) error {
		var err error
		for _, t := range extract.EntityTypes {
			if st.Entities[t], err = c.countSubjects(ctx, RDFType, s.vocab.Term(t), false); err != nil {
				return err
			} else if st.Entities[t] == 0 {
				delete(st.Entities, t)
			}
		}
		predTerm := s.vocab.Term(TermPredicate)
		for _, p := range extract.Predicates {
			if st.Facts[p], err = c.countSubjects(ctx, predTerm, s.vocab.Term(p), false); err != nil {
				return err
			} else if st.Facts[p] == 0 {
				delete(st.Facts, p)
			}
		}
		st.Documents, err = c.countSubjects(ctx, RDFType, s.vocab.Term(TermDocument), true)
		return err
	})
	if err != nil {
		return fail(err)
	}
	var quads int64
	if s.pg != nil {
		// Cayley's SQL backend estimates the count, or caches an exact one
		// for the life of the process, blind to other processes' writes.
		if err := s.pg.QueryRowContext(ctx, `SELECT count(*) FROM quads`).Scan(&quads); err != nil {
			return fail(fmt.Errorf("count quads: %w", err))
		}
	} else {
		// The KV backends would count every node for an exact count; their
		// quad count is exact anyway.
		cs, err := s.quads().Stats(ctx, s.backend == "cockroach")
		if err != nil {
			return fail(err)
		}
		quads = cs.Quads.Value
	}
	meta, err := s.metaQuads(ctx)
	if err != nil {
		return fail(err)
	}
	st.Quads = int(quads) - len(meta)
	return st, nil
}

// DocInfo describes one ingested document.
type DocInfo struct {
	ID, Title, Date, Lang, URL string
	IRI                        quad.IRI
}

// docFields are the predicates Documents reads: title, date, language, source.
var docFields = [...]quad.IRI{DCTitle, DCDate, DCLanguage, DCSource}

// Documents lists the documents in the store, sorted by date then id. A
// document is a subject typed kg:Document in its own graph; only its title,
// date, language and source values are resolved.
func (s *Store) Documents(ctx context.Context) ([]DocInfo, error) {
	if s.quads() == nil {
		return nil, fmt.Errorf("documents of store %s: store is closed", s.spec)
	}
	prefix := s.vocab.Base + "doc/"
	var out []DocInfo
	add := func(d quad.IRI, vals [4]quad.Value) {
		out = append(out, DocInfo{IRI: d, ID: strings.TrimPrefix(string(d), prefix),
			Title: plainString(vals[0]), Date: plainString(vals[1]), Lang: plainString(vals[2]), URL: plainString(vals[3])})
	}
	var err error
	done := false
	if s.bolt != nil {
		err = s.bolt.View(func(tx *bolt.Tx) error {
			r, err := newBoltIndexReader(tx)
			if err != nil || r == nil {
				return err
			}
			done = true
			return r.documents(s.vocab.Term(TermDocument), add)
		})
	}
	if err == nil && !done && s.pg != nil {
		err = pgDocuments(ctx, s.pg, s.vocab.Term(TermDocument), add)
		done = true
	}
	if err == nil && !done {
		err = s.documentsGeneric(ctx, add)
	}
	if err != nil {
		return nil, fmt.Errorf("documents of store %s: %w", s.spec, err)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date < out[j].Date
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// subjectCounter counts the distinct subjects of the live quads
// (?, pred, obj); with sameLabel, only of quads whose label is the subject.
type subjectCounter interface {
	countSubjects(ctx context.Context, pred, obj quad.Value, sameLabel bool) (int, error)
}

// withCounter calls fn with the fastest counter the backend allows: Bolt's
// index read in one transaction, SQL on PostgreSQL, Cayley's iterators
// otherwise (and on Bolt stores without an object-predicate-subject index).
func (s *Store) withCounter(ctx context.Context, fn func(subjectCounter) error) error {
	switch {
	case s.bolt != nil:
		return s.bolt.View(func(tx *bolt.Tx) error {
			r, err := newBoltIndexReader(tx)
			if err != nil {
				return err
			}
			if r == nil {
				return fn(refCounter{s.quads()})
			}
			return fn(r)
		})
	case s.pg != nil:
		return fn(pgCounter{s.pg})
	}
	return fn(refCounter{s.quads()})
}

// refCounter counts through Cayley's iterators, comparing refs, never values.
type refCounter struct{ qs cgraph.QuadStore }

func (c refCounter) countSubjects(ctx context.Context, pred, obj quad.Value, sameLabel bool) (int, error) {
	n := 0
	err := c.eachSubject(ctx, pred, obj, sameLabel, func(cgraph.Ref) error { n++; return nil })
	return n, err
}

// eachSubject calls fn once for every distinct subject of the live quads
// (?, pred, obj) (with sameLabel: whose label is the subject).
func (c refCounter) eachSubject(ctx context.Context, pred, obj quad.Value, sameLabel bool, fn func(cgraph.Ref) error) error {
	oref, err := c.qs.ValueOf(obj)
	if err != nil || oref == nil {
		return err
	}
	pref, err := c.qs.ValueOf(pred)
	if err != nil || pref == nil {
		return err
	}
	it := c.qs.QuadIterator(quad.Object, oref).Iterate()
	defer it.Close()
	seen := map[any]bool{}
	for it.Next(ctx) {
		r := it.Result()
		p, err := c.qs.QuadDirection(r, quad.Predicate)
		if err != nil {
			return err
		}
		if p == nil || p.Key() != pref.Key() {
			continue
		}
		sub, err := c.qs.QuadDirection(r, quad.Subject)
		if err != nil {
			return err
		}
		if sub == nil || seen[sub.Key()] {
			continue
		}
		if sameLabel {
			l, err := c.qs.QuadDirection(r, quad.Label)
			if err != nil {
				return err
			}
			if l == nil || l.Key() != sub.Key() {
				continue
			}
		}
		seen[sub.Key()] = true
		if err := fn(sub); err != nil {
			return err
		}
	}
	return it.Err()
}

// documentsGeneric finds the documents through Cayley's iterators, resolving
// only the values it reports.
func (s *Store) documentsGeneric(ctx context.Context, add func(quad.IRI, [4]quad.Value)) error {
	var fields [len(docFields)]cgraph.Ref
	for i, p := range docFields {
		ref, err := s.quads().ValueOf(p)
		if err != nil {
			return err
		}
		fields[i] = ref
	}
	c := refCounter{s.quads()}
	return c.eachSubject(ctx, RDFType, s.vocab.Term(TermDocument), true, func(doc cgraph.Ref) error {
		v, err := s.quads().NameOf(doc)
		if err != nil {
			return err
		}
		d, ok := v.(quad.IRI)
		if !ok {
			return nil
		}
		var vals [4]quad.Value
		it := s.quads().QuadIterator(quad.Subject, doc).Iterate()
		defer it.Close()
		for it.Next(ctx) {
			p, err := s.quads().QuadDirection(it.Result(), quad.Predicate)
			if err != nil {
				return err
			}
			for i, f := range fields {
				if f == nil || p == nil || p.Key() != f.Key() {
					continue
				}
				o, err := s.quads().QuadDirection(it.Result(), quad.Object)
				if err != nil {
					return err
				}
				if vals[i], err = s.quads().NameOf(o); err != nil {
					return err
				}
			}
		}
		if err := it.Err(); err != nil {
			return err
		}
		add(d, vals)
		return nil
	})
}

// pgCounter counts in PostgreSQL, with the (object, predicate, subject)
// index Cayley creates. Cayley's SQL backend deletes the rows of deleted
// quads, so every row is live.
type pgCounter struct{ db *sql.DB }

func (c pgCounter) countSubjects(ctx context.Context, pred, obj quad.Value, sameLabel bool) (int, error) {
	q := `SELECT count(DISTINCT subject_hash) FROM quads WHERE object_hash = $1 AND predicate_hash = $2`
	if sameLabel {
		q += ` AND label_hash = subject_hash`
	}
	var n int
	if err := c.db.QueryRowContext(ctx, q, csql.HashOf(obj).SQLValue(), csql.HashOf(pred).SQLValue()).Scan(&n); err != nil {
		return 0, fmt.Errorf("count %v %v: %w", pred, obj, err)
	}
	return n, nil
}

// pgDocuments finds the documents and their docFields values in one query.
// Every docFields value is an IRI or a string literal, whose lexical form
// Cayley keeps in nodes.value_string.
func pgDocuments(ctx context.Context, db *sql.DB, docType quad.Value, add func(quad.IRI, [4]quad.Value)) error {
	args := []any{csql.HashOf(docType).SQLValue(), csql.HashOf(RDFType).SQLValue()}
	field := map[string]int{}
	for i, f := range docFields {
		h := csql.HashOf(f)
		field[string(h.ValueHash[:])] = i
		args = append(args, h.SQLValue())
	}
	rows, err := db.QueryContext(ctx, `SELECT d.value_string, f.predicate_hash, o.value_string
		FROM quads t
		JOIN nodes d ON d.hash = t.subject_hash
		LEFT JOIN quads f ON f.subject_hash = t.subject_hash AND f.predicate_hash IN ($3, $4, $5, $6)
		LEFT JOIN nodes o ON o.hash = f.object_hash
		WHERE t.object_hash = $1 AND t.predicate_hash = $2 AND t.label_hash = t.subject_hash AND d.iri
		ORDER BY d.value_string`, args...)
	if err != nil {
		return fmt.Errorf("query documents: %w", err)
	}
	defer rows.Close()
	var (
		doc  string
		vals [4]quad.Value
		have bool
	)
	for rows.Next() {
		var (
			d    string
			pred []byte
			obj  sql.NullString
		)
		if err := rows.Scan(&d, &pred, &obj); err != nil {
			return fmt.Errorf("query documents: %w", err)
		}
		if have && d != doc {
			add(quad.IRI(doc), vals)
			vals = [4]quad.Value{}
		}
		doc, have = d, true
		if i, ok := field[string(pred)]; ok && obj.Valid {
			vals[i] = quad.String(obj.String)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("query documents: %w", err)
	}
	if have {
		add(quad.IRI(doc), vals)
	}
	return nil
}

// boltIndexReader reads a Bolt store in the layout of Cayley's KV quad store
// (see bulk.go) within one read transaction: node ids from the value
// buckets, quad ids from the index buckets, quads and values from the log.
// Deleted quads stay in Cayley's index lists (their log entry is marked
// deleted), so every quad id is checked against the log.
type boltIndexReader struct {
	tx       *bolt.Tx
	log      *bolt.Bucket
	ops, sp  *bolt.Bucket // (object, predicate, subject…) and (subject, predicate…)
	opsWidth int          // directions in an ops key
	nodes    map[string]uint64
}

// newBoltIndexReader returns nil (and no error) when the store lacks an
// index starting with (object, predicate, subject) or (subject, predicate).
func newBoltIndexReader(tx *bolt.Tx) (*boltIndexReader, error) {
	indexes, err := readIndexes(tx)
	if err != nil {
		return nil, err
	}
	r := &boltIndexReader{tx: tx, log: tx.Bucket(bucketLog), nodes: map[string]uint64{}}
	for _, ind := range indexes {
		switch {
		case r.ops == nil && len(ind.Dirs) >= 3 && slices.Equal(ind.Dirs[:3], []quad.Direction{quad.Object, quad.Predicate, quad.Subject}):
			r.ops, r.opsWidth = tx.Bucket(indexBucket(ind)), len(ind.Dirs)
		case r.sp == nil && len(ind.Dirs) >= 2 && slices.Equal(ind.Dirs[:2], []quad.Direction{quad.Subject, quad.Predicate}):
			r.sp = tx.Bucket(indexBucket(ind))
		}
	}
	if r.log == nil || r.ops == nil || r.sp == nil {
		return nil, nil
	}
	return r, nil
}

// nodeID is the id of value v, 0 when the store does not hold it.
func (r *boltIndexReader) nodeID(v quad.Value) uint64 {
	var h [quad.HashSize]byte
	quad.HashTo(v, h[:])
	if id, ok := r.nodes[string(h[:])]; ok {
		return id
	}
	var id uint64
	if b := r.tx.Bucket([]byte{'v', h[0], h[1]}); b != nil {
		id, _ = binary.Uvarint(b.Get(h[:]))
	}
	r.nodes[string(h[:])] = id
	return id
}

// primitive reads log entry id.
func (r *boltIndexReader) primitive(id uint64) (primitive, error) {
	var key [8]byte
	binary.BigEndian.PutUint64(key[:], id)
	data := r.log.Get(key[:])
	if data == nil {
		return primitive{}, fmt.Errorf("log entry %d missing", id)
	}
	p, err := decodePrimitive(data)
	if err != nil {
		return p, fmt.Errorf("log entry %d: %w", id, err)
	}
	return p, nil
}

// value resolves node id.
func (r *boltIndexReader) value(id uint64) (quad.Value, error) {
	p, err := r.primitive(id)
	if err != nil {
		return nil, err
	}
	v, err := pquads.UnmarshalValue(p.value)
	if err != nil {
		return nil, fmt.Errorf("value of node %d: %w", id, err)
	}
	return v, nil
}

// liveQuad returns the first quad of an index list that is not deleted and
// satisfies accept (nil: any).
func (r *boltIndexReader) liveQuad(list []byte, accept func(*primitive) bool) (primitive, bool, error) {
	for len(list) > 0 {
		id, n := binary.Uvarint(list)
		if n <= 0 {
			return primitive{}, false, fmt.Errorf("corrupt index list")
		}
		list = list[n:]
		var key [8]byte
		binary.BigEndian.PutUint64(key[:], id)
		data := r.log.Get(key[:])
		if data == nil {
			continue // gone from the log: not a live quad (Cayley's iterators skip it too)
		}
		p, err := decodePrimitive(data)
		if err != nil {
			return p, false, fmt.Errorf("log entry %d: %w", id, err)
		}
		if !p.deleted && (accept == nil || accept(&p)) {
			return p, true, nil
		}
	}
	return primitive{}, false, nil
}

func (r *boltIndexReader) countSubjects(_ context.Context, pred, obj quad.Value, sameLabel bool) (int, error) {
	n := 0
	err := r.eachSubject(pred, obj, sameLabel, func(uint64) error { n++; return nil })
	return n, err
}

// eachSubject calls fn once for every distinct subject id of the live quads
// (?, pred, obj) (with sameLabel: whose label is the subject), in id order.
func (r *boltIndexReader) eachSubject(pred, obj quad.Value, sameLabel bool, fn func(uint64) error) error {
	o, p := r.nodeID(obj), r.nodeID(pred)
	if o == 0 || p == 0 {
		return nil
	}
	var prefix [16]byte
	binary.BigEndian.PutUint64(prefix[:], o)
	binary.BigEndian.PutUint64(prefix[8:], p)
	var accept func(*primitive) bool
	if sameLabel {
		accept = func(q *primitive) bool { return q.label == q.subject }
	}
	var last uint64
	c := r.ops.Cursor()
	for k, v := c.Seek(prefix[:]); k != nil && bytes.HasPrefix(k, prefix[:]); k, v = c.Next() {
		if len(k) != 8*r.opsWidth {
			return fmt.Errorf("index key of %d bytes, want %d", len(k), 8*r.opsWidth)
		}
		s := binary.BigEndian.Uint64(k[16:])
		if s == last { // a wider index: several keys per subject
			continue
		}
		_, ok, err := r.liveQuad(v, accept)
		if err != nil {
			return err
		}
		if ok {
			last = s
			if err := fn(s); err != nil {
				return err
			}
		}
	}
	return nil
}

// documents reports every document with its docFields values.
func (r *boltIndexReader) documents(docType quad.Value, add func(quad.IRI, [4]quad.Value)) error {
	var fields [len(docFields)]uint64
	for i, f := range docFields {
		fields[i] = r.nodeID(f)
	}
	return r.eachSubject(RDFType, docType, true, func(doc uint64) error {
		v, err := r.value(doc)
		if err != nil {
			return err
		}
		d, ok := v.(quad.IRI)
		if !ok {
			return nil
		}
		var vals [4]quad.Value
		var prefix [16]byte
		binary.BigEndian.PutUint64(prefix[:], doc)
		for i, f := range fields {
			if f == 0 {
				continue
			}
			binary.BigEndian.PutUint64(prefix[8:], f)
			c := r.sp.Cursor()
			for k, list := c.Seek(prefix[:]); k != nil && bytes.HasPrefix(k, prefix[:]); k, list = c.Next() {
				q, ok, err := r.liveQuad(list, nil)
				if err != nil {
					return err
				}
				if ok {
					if vals[i], err = r.value(q.object); err != nil {
						return err
					}
					break
				}
			}
		}
		add(d, vals)
		return nil
	})
}

// primitive is a decoded log entry of Cayley's KV store (proto.Primitive):
// a node (value set) or a quad (direction ids set).
type primitive struct {
	id, subject, predicate, object, label uint64
	value                                 []byte
	deleted                               bool
}

// decodePrimitive decodes the protobuf encoding of a proto.Primitive (the
// inverse of encodePrimitive; fields it does not use are skipped).
func decodePrimitive(b []byte) (primitive, error) {
	var p primitive
	for len(b) > 0 {
		tag, n := binary.Uvarint(b)
		if n <= 0 {
			return p, errors.New("bad field tag")
		}
		b = b[n:]
		switch tag & 7 {
		case 0: // varint
			v, n := binary.Uvarint(b)
			if n <= 0 {
				return p, errors.New("bad varint")
			}
			b = b[n:]
			switch tag >> 3 {
			case 1:
				p.id = v
			case 2:
				p.subject = v
			case 3:
				p.predicate = v
			case 4:
				p.object = v
			case 5:
				p.label = v
			case 9:
				p.deleted = v != 0
			}
		case 2: // length-delimited
			l, n := binary.Uvarint(b)
			if n <= 0 || uint64(len(b)-n) < l {
				return p, errors.New("bad length")
			}
			if tag>>3 == 8 {
				p.value = b[n : n+int(l)]
			}
			b = b[n+int(l):]
		case 1: // fixed64
			if len(b) < 8 {
				return p, errors.New("truncated fixed64")
			}
			b = b[8:]
		case 5: // fixed32
			if len(b) < 4 {
				return p, errors.New("truncated fixed32")
			}
			b = b[4:]
		default:
			return p, fmt.Errorf("unsupported wire type %d", tag&7)
		}
	}
	return p, nil
}
