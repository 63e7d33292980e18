package export

import (
	"bufio"
	"context"
	"io"
	"strings"

	"github.com/newskg/kg/graph"
)

func init() {
	register(&Format{Name: "nquads", Ext: "nq", MediaType: "application/n-quads",
		Description: "N-Quads, one named graph per document", write: writeNQuads})
	register(&Format{Name: "ntriples", Ext: "nt", MediaType: "application/n-triples",
		Description: "N-Triples (graphs merged, duplicates dropped)", write: writeNTriples})
	register(&Format{Name: "turtle", Ext: "ttl", MediaType: "text/turtle",
		Description: "Turtle with prefixes (graphs merged)", write: writeTurtle})
	register(&Format{Name: "trig", Ext: "trig", MediaType: "application/trig",
		Description: "TriG with prefixes, one named graph per document", write: writeTriG})
}

func writeNQuads(ctx context.Context, w io.Writer, s *source) error {
	return writeLines(ctx, w, s, true)
}

func writeNTriples(ctx context.Context, w io.Writer, s *source) error {
	return writeLines(ctx, w, s, false)
}

// writeLines writes the chosen quads one a line, sorted: as N-Quads, with
// their graphs, when withGraph is set, else as N-Triples (sortedTuples
// leaves the graph empty and drops duplicates).
func writeLines(ctx context.Context, w io.Writer, s *source, withGraph bool) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	err := s.sortedTuples(ctx, withGraph, func(t tuple) error {
		bw.WriteString(t.S)
		bw.WriteByte(' ')
		bw.WriteString(t.P)
		bw.WriteByte(' ')
		bw.WriteString(t.O)
		if t.G != "" {
			bw.WriteByte(' ')
			bw.WriteString(t.G)
		}
		_, err := bw.WriteString(" .\n")
		return err
	})
	if err != nil {
		return err
	}
	return bw.Flush()
}

// prefix is a namespace abbreviation of the Turtle, TriG and JSON-LD outputs.
type prefix struct{ Name, NS string }

// prefixes returns the namespaces of the outputs, in the order written.
func prefixes(v graph.Vocab) []prefix {
	return []prefix{
		{"vocab", v.Base + "vocab/"},
		{"entity", v.Base + "entity/"},
		{"statement", v.Base + "statement/"},
		{"doc", v.Base + "doc/"},
		{"rdf", graph.RDF},
		{"rdfs", graph.RDFS},
		{"skos", graph.SKOS},
		{"owl", graph.OWL},
		{"xsd", graph.XSD},
		{"dcterms", graph.DCTerms},
		{"prov", graph.PROV},
		{"wd", graph.WD},
	}
}

// abbrev shortens N-Triples terms to Turtle's prefixed names where the
// local part is a valid PN_LOCAL that needs no escapes.
type abbrev struct{ ps []prefix }

// iri shortens an N-Triples IRI term ("<…>").
func (a abbrev) iri(term string) string {
	if len(term) < 2 || term[0] != '<' || strings.ContainsRune(term, '\\') {
		return term
	}
	iri := term[1 : len(term)-1]
	best := -1
	for i, p := range a.ps {
		if strings.HasPrefix(iri, p.NS) && (best < 0 || len(p.NS) > len(a.ps[best].NS)) {
			best = i
		}
	}
	if best < 0 {
		return term
	}
	local := iri[len(a.ps[best].NS):]
	if !validLocal(local) {
		return term
	}
	return a.ps[best].Name + ":" + local
}

// term shortens any N-Triples term: IRIs and the datatypes of literals.
func (a abbrev) term(t string) string {
	switch {
	case strings.HasPrefix(t, "<"):
		return a.iri(t)
	case strings.HasPrefix(t, `"`) && strings.HasSuffix(t, ">"):
		if i := strings.LastIndex(t, "^^<"); i > 0 {
			return t[:i+2] + a.iri(t[i+2:])
		}
	}
	return t
}

// validLocal reports whether s is a PN_LOCAL of Turtle without ':' or
// escapes: letters of any script, digits, '_' anywhere; '-', '.', U+00B7
// and combining marks after the first character; no final '.'.
func validLocal(s string) bool {
	if s == "" || strings.HasSuffix(s, ".") {
		return false
	}
	for i, r := range s {
		switch {
		case pnCharsBase(r) || r == '_' || r >= '0' && r <= '9':
		case i > 0 && (r == '-' || r == '.' || r == 0xB7 || r >= 0x300 && r <= 0x36F || r == 0x203F || r == 0x2040):
		default:
			return false
		}
	}
	return true
}

func pnCharsBase(r rune) bool {
	return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' ||
		r >= 0xC0 && r <= 0xD6 || r >= 0xD8 && r <= 0xF6 || r >= 0xF8 && r <= 0x2FF ||
		r >= 0x370 && r <= 0x37D || r >= 0x37F && r <= 0x1FFF || r >= 0x200C && r <= 0x200D ||
		r >= 0x2070 && r <= 0x218F || r >= 0x2C00 && r <= 0x2FEF || r >= 0x3001 && r <= 0xD7FF ||
		r >= 0xF900 && r <= 0xFDCF || r >= 0xFDF0 && r <= 0xFFFD || r >= 0x10000 && r <= 0xEFFFF
}

// turtleWriter writes triples grouped by subject and predicate.
type turtleWriter struct {
	w          *bufio.Writer
	a          abbrev
	indent     string
	subj, pred string
	open       bool
}

func (t *turtleWriter) header(v graph.Vocab) {
	for _, p := range t.a.ps {
		t.w.WriteString("@prefix " + p.Name + ": <" + p.NS + "> .\n")
	}
}

func (t *turtleWriter) triple(s, p, o string) {
	switch {
	case t.open && s == t.subj && p == t.pred:
		t.w.WriteString(" ,\n" + t.indent + "\t\t")
	case t.open && s == t.subj:
		t.w.WriteString(" ;\n" + t.indent + "\t")
		t.writePred(p)
	default:
		t.end()
		t.w.WriteString("\n" + t.indent)
		t.w.WriteString(t.a.iri(s))
		t.w.WriteByte(' ')
		t.writePred(p)
	}
	t.w.WriteString(t.a.term(o))
	t.subj, t.pred, t.open = s, p, true
}

func (t *turtleWriter) writePred(p string) {
	if p == "<"+graph.RDF+"type>" {
		t.w.WriteString("a ")
	} else {
		t.w.WriteString(t.a.iri(p) + " ")
	}
}

// end closes the open subject's statement.
func (t *turtleWriter) end() {
	if t.open {
		t.w.WriteString(" .\n")
	}
	t.open = false
}

func writeTurtle(ctx context.Context, w io.Writer, s *source) error {
	tw := &turtleWriter{w: bufio.NewWriterSize(w, 1<<16), a: abbrev{prefixes(s.v)}}
	tw.header(s.v)
	err := s.sortedTuples(ctx, false, func(t tuple) error {
		tw.triple(t.S, t.P, t.O)
		return nil
	})
	if err != nil {
		return err
	}
	tw.end()
	return tw.w.Flush()
}

func writeTriG(ctx context.Context, w io.Writer, s *source) error {
	tw := &turtleWriter{w: bufio.NewWriterSize(w, 1<<16), a: abbrev{prefixes(s.v)}}
	tw.header(s.v)
	g, inGraph := "", false
	err := s.sortedTuples(ctx, true, func(t tuple) error {
		if !inGraph || t.G != g {
			tw.end()
			if inGraph {
				tw.w.WriteString("}\n")
			}
			tw.w.WriteString("\n")
			if t.G != "" {
				tw.w.WriteString(tw.a.iri(t.G) + " ")
			}
			tw.w.WriteString("{")
			g, inGraph = t.G, true
			tw.indent = "\t"
		}
		tw.triple(t.S, t.P, t.O)
		return nil
	})
	if err != nil {
		return err
	}
	tw.end()
	if inGraph {
		tw.w.WriteString("}\n")
	}
	return tw.w.Flush()
}
