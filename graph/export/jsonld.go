package export

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/graph"
)

func init() {
	register(&Format{Name: "jsonld", Ext: "jsonld", MediaType: "application/ld+json",
		Description: "JSON-LD with an @context, one named graph per document", write: writeJSONLD})
}

// jsonldWriter streams a JSON-LD document: the default graph's nodes at the
// top of "@graph", then one {"@id": G, "@graph": […]} per named graph, each
// node object on a line of its own.
type jsonldWriter struct {
	w     *bufio.Writer
	a     abbrev
	graph string // the open named graph ("" for the default graph)
	first bool   // no node written yet in the open graph
	top   bool   // no entry written yet in the top-level @graph
	node  string // the open node's subject term ("" when none)
	pred  string // the open property's predicate term
	types bool   // the open property is @type
}

func writeJSONLD(ctx context.Context, w io.Writer, s *source) error {
	jw := &jsonldWriter{w: bufio.NewWriterSize(w, 1<<16), a: abbrev{prefixes(s.v)}, top: true, first: true}
	jw.w.WriteString("{\n  \"@context\": {")
	for i, p := range jw.a.ps {
		if i > 0 {
			jw.w.WriteString(",")
		}
		jw.w.WriteString("\n    " + jsonString(p.Name) + ": " + jsonString(p.NS))
	}
	jw.w.WriteString("\n  },\n  \"@graph\": [")
	inNamed := false
	err := s.sortedTuples(ctx, true, func(t tuple) error {
		if t.G != jw.graph || (t.G != "" && !inNamed) {
			jw.endNode()
			if inNamed {
				jw.w.WriteString("\n    ]}")
			}
			g, err := parseTerm(t.G)
			if err != nil {
				return fmt.Errorf("graph %s: %w", t.G, err)
			}
			jw.sep()
			jw.w.WriteString("\n    {\"@id\": " + jsonString(jw.id(g)) + ", \"@graph\": [")
			jw.graph, jw.first, inNamed = t.G, true, true
		}
		return jw.triple(t)
	})
	if err != nil {
		return err
	}
	jw.endNode()
	if inNamed {
		jw.w.WriteString("\n    ]}")
	}
	jw.w.WriteString("\n  ]\n}\n")
	return jw.w.Flush()
}

// sep writes the comma before a new top-level entry.
func (jw *jsonldWriter) sep() {
	if !jw.top {
		jw.w.WriteString(",")
	}
	jw.top = false
}

func (jw *jsonldWriter) triple(t tuple) error {
	s, err := parseTerm(t.S)
	if err != nil {
		return fmt.Errorf("subject %s: %w", t.S, err)
	}
	o, err := parseTerm(t.O)
	if err != nil {
		return fmt.Errorf("object %s: %w", t.O, err)
	}
	if t.S != jw.node {
		jw.endNode()
		if jw.graph == "" {
			jw.sep()
			jw.w.WriteString("\n    {")
		} else {
			if !jw.first {
				jw.w.WriteString(",")
			}
			jw.w.WriteString("\n      {")
		}
		jw.first = false
		jw.w.WriteString("\"@id\": " + jsonString(jw.id(s)))
		jw.node, jw.pred = t.S, ""
	}
	_, isIRI := o.(quad.IRI)
	_, isBNode := o.(quad.BNode)
	// Types that are IRIs or blank nodes go under "@type"; literal objects of
	// rdf:type (sorted before them) under "rdf:type".
	isType := t.P == rdfTypeTerm && (isIRI || isBNode)
	if t.P != jw.pred || isType != jw.types {
		if jw.pred != "" {
			jw.w.WriteString("]")
		}
		key := "@type"
		if !isType {
			p, err := parseTerm(t.P)
			if err != nil {
				return fmt.Errorf("predicate %s: %w", t.P, err)
			}
			key = jw.id(p)
		}
		jw.w.WriteString(", " + jsonString(key) + ": [")
		jw.pred, jw.types = t.P, isType
	} else {
		jw.w.WriteString(", ")
	}
	if isType {
		jw.w.WriteString(jsonString(jw.id(o)))
		return nil
	}
	jw.w.WriteString(jw.value(o))
	return nil
}

func (jw *jsonldWriter) endNode() {
	if jw.node == "" {
		return
	}
	if jw.pred != "" {
		jw.w.WriteString("]")
	}
	jw.w.WriteString("}")
	jw.node, jw.pred = "", ""
}

// id returns the compact form of an IRI or blank node.
func (jw *jsonldWriter) id(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		t, _ := ntTerm(v)
		if c := jw.a.iri(t); !strings.HasPrefix(c, "<") {
			return c
		}
		return string(v)
	case quad.BNode:
		t, _ := ntTerm(v)
		return t
	}
	return graph.Text(v)
}

func (jw *jsonldWriter) value(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI, quad.BNode:
		return `{"@id": ` + jsonString(jw.id(v)) + `}`
	case quad.LangString:
		if !validLang(v.Lang) {
			return jsonString(string(v.Value))
		}
		return `{"@value": ` + jsonString(string(v.Value)) + `, "@language": ` + jsonString(v.Lang) + `}`
	case quad.TypedString:
		if v.Type == "" || v.Type == xsdString {
			return jsonString(string(v.Value))
		}
		return `{"@value": ` + jsonString(string(v.Value)) + `, "@type": ` + jsonString(jw.id(v.Type)) + `}`
	}
	return jsonString(graph.Text(v))
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
