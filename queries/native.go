package queries

import (
	"context"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/graph"
)

// Native queries: who-met, entity and neighbours are answered in Go over
// the store's entity index (graph.Store.EachFact, EachEdge), a page at a
// time from a cursor, so that a page of a hub's answer costs the page, not
// the hub's degree. Each keeps the script of the same name as its
// reference: the header (parameters, columns) is the script's, and the
// rows are the script's rows (TestNativeMatchesScript): the same values in
// the same order where the script defines one (facts by date, then
// statement), the same set where it does not (the order in which the store
// hands out an entity's descriptions and edges, here by predicate and
// value).

// pager answers one page of a native query: at most limit rows after the
// cursor (its own opaque format; "" is the start), and the cursor of the
// next page ("" when there is none).
type pager func(ctx context.Context, e *env, args map[string]any, after string, limit int) (rows []map[string]any, next string, err error)

// counter counts the rows of a native query's whole answer.
type counter func(ctx context.Context, e *env, args map[string]any) (int, error)

// natives are the queries answered in Go, by script name.
var natives = map[string]struct {
	page  pager
	count counter
}{
	"who-met":    {pageWhoMet, countWhoMet},
	"entity":     {pageEntity, countEntity},
	"neighbours": {pageNeighbours, countNeighbours},
}

// Paged tells whether the query answers a page at a time from a cursor
// (Options.After): its cost is the page's, whatever the whole answer's.
func (q Query) Paged() bool { return q.page != nil }

// cursor is the position of a native query's next page: up to three
// numbers (which entity, which pass, an offset) and a position in the
// entity index.
type cursor struct {
	a, b, c int
	pos     []byte
}

// cursorTag marks the cursors of native queries (the server's offset
// cursors start otherwise).
const cursorTag = 'k'

func (c cursor) encode() string {
	b := []byte{cursorTag}
	b = binary.AppendUvarint(b, uint64(c.a))
	b = binary.AppendUvarint(b, uint64(c.b))
	b = binary.AppendUvarint(b, uint64(c.c))
	b = append(b, c.pos...)
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s string) (cursor, error) {
	var c cursor
	if s == "" {
		return c, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil || len(b) == 0 || b[0] != cursorTag {
		return c, fmt.Errorf("%w: cursor %q is not one this query gave", ErrBadArgs, s)
	}
	b = b[1:]
	for _, p := range []*int{&c.a, &c.b, &c.c} {
		v, n := binary.Uvarint(b)
		if n <= 0 || v > 1<<31 {
			return c, fmt.Errorf("%w: cursor %q is not one this query gave", ErrBadArgs, s)
		}
		*p, b = int(v), b[n:]
	}
	if len(b) > 0 {
		c.pos = b
	}
	return c, nil
}

// The values a script sees, reproduced: Gizmo hands a script each node as
// its native Go value when it has one (strings, language strings, numbers)
// and otherwise as its N-Quads form, and the prelude's bare() strips the
// brackets and the quotes and type of that form.

// gizmoNative is the value a Gizmo callback receives for v.
func gizmoNative(v quad.Value) any {
	if v == nil {
		return nil
	}
	out := v.Native()
	if nv, ok := out.(quad.Value); ok && nv == v {
		return quad.StringOf(v)
	}
	return out
}

var reLiteral = regexp.MustCompile(`(?s)^"(.*)"(\^\^<[^>]*>|@[A-Za-z0-9-]+)$`)

// jsBare is the prelude's bare().
func jsBare(x any) any {
	s, ok := x.(string)
	if !ok {
		return x
	}
	if len(s) >= 2 && s[0] == '<' && s[len(s)-1] == '>' {
		return s[1 : len(s)-1]
	}
	if m := reLiteral.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return s
}

// jsLocal is the prelude's local(): bare, then the vocabulary's local name.
func jsLocal(vocab string, x any) any {
	x = jsBare(x)
	if s, ok := x.(string); ok && strings.HasPrefix(s, vocab) {
		return s[len(vocab):]
	}
	return x
}

// jsText is how a script's string concatenation shows a value.
func jsText(x any) string {
	switch v := x.(type) {
	case string:
		return v
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	return fmt.Sprint(x)
}

// factFields are the statement properties a fact row may carry (the
// prelude's FACT_FIELDS).
var factFields = []string{"date", "evidence", "source", "confidence", "extractor", "role", "item",
	"startDate", "endDate", "place", "mode"}

// fact is a statement as the prelude's eachFact reads it: subject,
// predicate (local name), object and the fields present, as the script
// sees them.
type fact map[string]any

// readFact reads statement st's properties (every quad it is the subject
// of, whatever its document); ok is false when it lacks a subject, a
// predicate or an object, as eachFact skips such statements.
func readFact(ctx context.Context, e *env, st quad.IRI) (fact, bool, error) {
	f := fact{"statement": string(st)}
	vocab := e.vocab.Base + "vocab/"
	err := e.store.EachQuadWith(ctx, quad.Subject, st, func(q quad.Quad) error {
		p, ok := q.Predicate.(quad.IRI)
		if !ok || !strings.HasPrefix(string(p), vocab) {
			return nil
		}
		name := string(p)[len(vocab):]
		switch {
		case name == graph.TermPredicate:
			f[name] = jsLocal(vocab, gizmoNative(q.Object))
		case name == graph.TermSubject || name == graph.TermObject || isFactField(name):
			f[name] = jsBare(gizmoNative(q.Object))
		}
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("read statement %s: %w", st, err)
	}
	_, s := f[graph.TermSubject]
	_, o := f[graph.TermObject]
	p, _ := f[graph.TermPredicate].(string)
	return f, s && o && p != "", nil
}

func isFactField(name string) bool {
	for _, x := range factFields {
		if x == name {
			return true
		}
	}
	return false
}

// copyFields copies the named fields of f present into row.
func (f fact) copyFields(row map[string]any, names ...string) {
	for _, n := range names {
		if v, ok := f[n]; ok && v != nil {
			row[n] = v
		}
	}
}

// cleanRows cleans rows as runScript cleans a script's rows.
func cleanRows(rows []map[string]any) []map[string]any {
	for i, r := range rows {
		rows[i] = clean(r).(map[string]any)
	}
	return rows
}

// entityList is the IRIs an entity parameter was bound to.
func entityList(args map[string]any, name string) []quad.IRI { return iris(args[name]) }
