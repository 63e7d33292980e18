package export

import (
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// sliceReader is a quad.Reader over a slice.
type sliceReader struct{ qs []quad.Quad }

func (r *sliceReader) ReadQuad() (quad.Quad, error) {
	if len(r.qs) == 0 {
		return quad.Quad{}, io.EOF
	}
	q := r.qs[0]
	r.qs = r.qs[1:]
	return q, nil
}

// newTurtleReader parses the subset of Turtle and TriG the exporter writes
// (prefixes, IRIs, prefixed names, "a", literals with language or datatype,
// blank node labels, ; , . and graph blocks), failing the test on anything
// else. The real parsers (rapper) run in scripts/interop.sh.
func newTurtleReader(t *testing.T, b []byte) quad.Reader {
	t.Helper()
	p := &ttlParser{t: t, s: string(b), prefixes: map[string]string{}}
	p.parse()
	return &sliceReader{p.out}
}

type ttlParser struct {
	t        *testing.T
	s        string
	pos      int
	prefixes map[string]string
	graph    quad.Value
	out      []quad.Quad
}

func (p *ttlParser) fail(msg string) {
	p.t.Helper()
	end := min(p.pos+40, len(p.s))
	p.t.Fatalf("turtle at byte %d: %s near %q", p.pos, msg, p.s[p.pos:end])
}

func (p *ttlParser) skip() {
	for p.pos < len(p.s) && strings.ContainsRune(" \t\r\n", rune(p.s[p.pos])) {
		p.pos++
	}
}

func (p *ttlParser) peek() byte {
	p.skip()
	if p.pos >= len(p.s) {
		return 0
	}
	return p.s[p.pos]
}

func (p *ttlParser) expect(c byte) {
	if p.peek() != c {
		p.fail("want " + string(c))
	}
	p.pos++
}

func (p *ttlParser) parse() {
	for p.peek() != 0 {
		switch {
		case strings.HasPrefix(p.s[p.pos:], "@prefix"):
			p.pos += len("@prefix")
			p.skip()
			i := strings.IndexByte(p.s[p.pos:], ':')
			name := p.s[p.pos : p.pos+i]
			p.pos += i + 1
			iri := p.term().(quad.IRI)
			p.prefixes[name] = string(iri)
			p.expect('.')
		case p.peek() == '{':
			p.block(nil)
		default:
			subj := p.term()
			if p.peek() == '{' {
				p.block(subj)
				continue
			}
			p.triples(subj)
		}
	}
}

func (p *ttlParser) block(g quad.Value) {
	p.expect('{')
	p.graph = g
	for p.peek() != '}' {
		if p.peek() == 0 {
			p.fail("unterminated graph block")
		}
		p.triples(p.term())
	}
	p.pos++
	p.graph = nil
}

func (p *ttlParser) triples(subj quad.Value) {
	for {
		var pred quad.Value
		if p.peek() == 'a' && p.pos+1 < len(p.s) && p.s[p.pos+1] == ' ' {
			p.pos++
			pred = quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
		} else {
			pred = p.term()
		}
		for {
			p.out = append(p.out, quad.Quad{Subject: subj, Predicate: pred, Object: p.term(), Label: p.graph})
			if p.peek() != ',' {
				break
			}
			p.pos++
		}
		switch p.peek() {
		case ';':
			p.pos++
		case '.':
			p.pos++
			return
		default:
			p.fail("want ; or .")
		}
	}
}

func (p *ttlParser) term() quad.Value {
	p.skip()
	rest := p.s[p.pos:]
	switch {
	case strings.HasPrefix(rest, "<"):
		end := strings.IndexByte(rest, '>')
		if end < 0 {
			p.fail("unterminated IRI")
		}
		p.pos += end + 1
		v, err := parseTerm(rest[:end+1])
		if err != nil {
			p.fail(err.Error())
		}
		return v
	case strings.HasPrefix(rest, "_:"):
		end := strings.IndexAny(rest, " \t\n;,.")
		p.pos += end
		return quad.BNode(rest[2:end])
	case strings.HasPrefix(rest, `"`):
		end := closingQuote(rest)
		if end < 0 {
			p.fail("unterminated literal")
		}
		lit := rest[:end+1]
		p.pos += end + 1
		switch {
		case strings.HasPrefix(p.s[p.pos:], "@"):
			n := strings.IndexAny(p.s[p.pos:], " \t\n;,.")
			lit += p.s[p.pos : p.pos+n]
			p.pos += n
		case strings.HasPrefix(p.s[p.pos:], "^^"):
			p.pos += 2
			dt, _ := ntTerm(p.term())
			lit += "^^" + dt
		}
		v, err := parseTerm(lit)
		if err != nil {
			p.fail(err.Error())
		}
		return v
	}
	// A prefixed name: the local part ends before white space, ; , or a
	// final '.'.
	i := strings.IndexByte(rest, ':')
	if i < 0 {
		p.fail("want a term")
	}
	ns, ok := p.prefixes[rest[:i]]
	if !ok {
		p.fail("undeclared prefix " + rest[:i])
	}
	j := i + 1
	for j < len(rest) {
		r, n := utf8.DecodeRuneInString(rest[j:])
		if strings.ContainsRune(" \t\r\n;,{}", r) || r == '.' && (j+1 == len(rest) || strings.ContainsRune(" \t\r\n", rune(rest[j+1]))) {
			break
		}
		j += n
	}
	p.pos += j
	return quad.IRI(ns + rest[i+1:j])
}
