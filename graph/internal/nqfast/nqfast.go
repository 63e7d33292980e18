// Package nqfast parses N-Quads lines as Cayley's parser
// (github.com/cayleygraph/quad/nquads) does, several times faster on the
// common line, and gives every quad a canonical key (its N-Quads form).
// Its tests hold it to Cayley's parser line by line.
package nqfast

import (
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// Parse parses one N-Quads statement (a line without its line break,
// trimmed, neither empty nor a comment) as nquads.NewReader(r, true) does.
// The common line — IRIs, blank nodes, and literals without escapes,
// optionally with a language tag or a datatype — takes a byte-level fast
// path (ParseSimple); anything else goes to Cayley's parser
// (nquads.ParseRaw), which turns every term into runes and back.
func Parse(line []byte) (quad.Quad, error) {
	q, _, err := ParseKey(line)
	return q, err
}

// ParseKey is Parse that also returns Key(q) of a labelled quad. A simple
// line already in canonical form (single spaces, ending " .") is its own
// key: the key shares the line's memory.
func ParseKey(line []byte) (q quad.Quad, key string, err error) {
	var s string
	if q, s = parseSimple(line); s != "" {
		if q.Label != nil && canonicalLine(s) {
			return q, s[:len(s)-2], nil
		}
		return q, Key(q), nil
	}
	if q, err = nquads.ParseRaw(string(line)); err != nil {
		return q, "", err
	}
	return q, Key(q), nil
}

// canonicalLine tells whether a simple line has its terms separated by
// single spaces and ends in " .": then it reads as Key writes the quad.
func canonicalLine(s string) bool {
	if len(s) < 2 || s[len(s)-2] != ' ' {
		return false
	}
	inLit := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"':
			inLit = !inLit // simple literals have no escaped quotes
		case inLit:
		case c == '\t':
			return false
		case c == ' ' && s[i+1] == ' ':
			return false
		}
	}
	return true
}

// ParseSimple parses line if it is a simple statement: terms separated by
// spaces or tabs, ending in " ." with nothing after it, valid UTF-8, no
// backslash anywhere (no escapes), IRIs not empty, blank node labels of
// ASCII letters, digits, '_' and '-'. It gives the quad ParseRaw gives for
// the same line, or ok=false and the caller falls back to ParseRaw.
func ParseSimple(line []byte) (q quad.Quad, ok bool) {
	q, s := parseSimple(line)
	return q, s != ""
}

// parseSimple is ParseSimple returning the line as a string (which the
// values share) on success, "" otherwise.
func parseSimple(line []byte) (quad.Quad, string) {
	q, s, ok := parseSimpleString(line)
	if !ok {
		return quad.Quad{}, ""
	}
	return q, s
}

func parseSimpleString(line []byte) (q quad.Quad, s string, ok bool) {
	if !utf8.Valid(line) {
		return q, "", false
	}
	s = string(line) // one allocation; the values share it
	i := 0
	if q.Subject, i, ok = simpleTerm(s, i, false); !ok {
		return q, "", false
	}
	i = skipBlank(s, i)
	if i >= len(s) || s[i] != '<' {
		return q, "", false
	}
	if q.Predicate, i, ok = simpleTerm(s, i, false); !ok {
		return q, "", false
	}
	i = skipBlank(s, i)
	if q.Object, i, ok = simpleTerm(s, i, true); !ok {
		return q, "", false
	}
	i = skipBlank(s, i)
	if i < len(s) && s[i] != '.' {
		if q.Label, i, ok = simpleTerm(s, i, false); !ok {
			return q, "", false
		}
		i = skipBlank(s, i)
	}
	if i != len(s)-1 || s[i] != '.' {
		return q, "", false
	}
	return q, s, true
}

func skipBlank(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// simpleTerm reads the term at s[i:]: an IRI, a blank node or (if literal)
// a literal. It returns the value and the index after it; the term must be
// followed by a space, a tab, or the end of s (then the statement is
// incomplete, which the caller rejects).
func simpleTerm(s string, i int, literal bool) (quad.Value, int, bool) {
	if i >= len(s) {
		return nil, i, false
	}
	var (
		v  quad.Value
		ok bool
	)
	switch s[i] {
	case '<':
		var iri string
		iri, i, ok = simpleIRI(s, i)
		v = quad.IRI(iri)
	case '_':
		v, i, ok = simpleBNode(s, i)
	case '"':
		if !literal {
			return nil, i, false
		}
		v, i, ok = simpleLiteral(s, i)
	}
	if !ok || (i < len(s) && s[i] != ' ' && s[i] != '\t') {
		return nil, i, false
	}
	return v, i, true
}

// simpleIRI reads <iri> at s[i:] (IRIREF without escapes).
func simpleIRI(s string, i int) (string, int, bool) {
	start := i + 1
	for j := start; j < len(s); j++ {
		switch c := s[j]; {
		case c == '>':
			if j == start {
				return "", j, false // ParseRaw makes <> a string "<>"
			}
			return s[start:j], j + 1, true
		case c <= 0x20, c == '<', c == '"', c == '{', c == '}', c == '|', c == '^', c == '`', c == '\\':
			return "", j, false
		}
	}
	return "", len(s), false
}

func simpleBNode(s string, i int) (quad.Value, int, bool) {
	if i+2 >= len(s) || s[i+1] != ':' {
		return nil, i, false
	}
	start := i + 2
	j := start
	for ; j < len(s); j++ {
		c := s[j]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' && j > start) {
			break
		}
	}
	if j == start {
		return nil, i, false
	}
	return quad.BNode(s[start:j]), j, true
}

// simpleLiteral reads "…", "…"@lang or "…"^^<iri> at s[i:], without escapes.
func simpleLiteral(s string, i int) (quad.Value, int, bool) {
	start := i + 1
	j := start
	for ; j < len(s) && s[j] != '"'; j++ {
		if c := s[j]; c == '\\' || c == '\n' || c == '\r' {
			return nil, j, false
		}
	}
	if j >= len(s) {
		return nil, j, false
	}
	val := quad.String(s[start:j])
	j++
	switch {
	case j < len(s) && s[j] == '@':
		// LANGTAG: [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
		k, part, first := j+1, 0, true
		for ; k < len(s); k++ {
			c := s[k]
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || !first && c >= '0' && c <= '9' {
				part++
				continue
			}
			if c == '-' && part > 0 {
				part, first = 0, false
				continue
			}
			break
		}
		if part == 0 {
			return nil, k, false
		}
		return quad.LangString{Value: val, Lang: s[j+1 : k]}, k, true
	case j+2 < len(s) && s[j] == '^' && s[j+1] == '^' && s[j+2] == '<':
		t, k, ok := simpleIRI(s, j+2)
		if !ok {
			return nil, k, false
		}
		return quad.TypedString{Value: val, Type: quad.IRI(t)}, k, true
	}
	return val, j, true
}

// Key identifies a quad: its N-Quads form without the final " ." (strings
// without quotes or backslashes are written unescaped), cheaper to build
// than q.NQuad(). Two quads have the same key exactly when they are equal.
func Key(q quad.Quad) string {
	vals := [4]quad.Value{q.Subject, q.Predicate, q.Object, q.Label}
	n := 3
	for _, v := range vals {
		switch v := v.(type) {
		case quad.IRI:
			n += len(v) + 2
		case quad.String:
			n += len(v) + 2
		case quad.LangString:
			n += len(v.Value) + 3 + len(v.Lang)
		case quad.TypedString:
			n += len(v.Value) + 6 + len(v.Type)
		}
	}
	var b strings.Builder
	b.Grow(n)
	for i, v := range vals {
		if i > 0 {
			b.WriteByte(' ')
		}
		switch v := v.(type) {
		case nil:
		case quad.String, quad.LangString, quad.TypedString:
			if strings.ContainsAny(literal(v), `"\\`) {
				b.WriteString(v.String()) // escaped: unambiguous
				continue
			}
		}
		switch v := v.(type) {
		case nil:
		case quad.IRI:
			b.WriteByte('<')
			b.WriteString(string(v))
			b.WriteByte('>')
		case quad.String:
			b.WriteByte('"')
			b.WriteString(string(v))
			b.WriteByte('"')
		case quad.LangString:
			b.WriteByte('"')
			b.WriteString(string(v.Value))
			b.WriteString(`"@`)
			b.WriteString(v.Lang)
		case quad.TypedString:
			b.WriteByte('"')
			b.WriteString(string(v.Value))
			b.WriteString(`"^^<`)
			b.WriteString(string(v.Type))
			b.WriteByte('>')
		default:
			b.WriteString(v.String())
		}
	}
	return b.String()
}

// literal is the lexical form of a literal value.
func literal(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.LangString:
		return string(v.Value)
	case quad.TypedString:
		return string(v.Value)
	}
	return ""
}
