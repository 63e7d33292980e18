package export

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
)

// VocabFormats lists the formats WriteVocab writes.
var VocabFormats = []string{"turtle", "ntriples", "nquads", "trig", "jsonld"}

// VocabQuads returns the vocabulary of v as RDFS/OWL triples (quads
// without a label).
func VocabQuads(v graph.Vocab) ([]quad.Quad, error) {
	terms := extract.Vocabulary()
	if v.Base == "" {
		v = graph.NewVocab("")
	}
	ns := map[string]string{}
	for _, p := range prefixes(v) {
		ns[p.Name] = p.NS
	}
	known := map[string]bool{}
	for _, t := range terms {
		known[t.Name] = true
	}
	iri := func(name string) (quad.IRI, error) {
		if i := strings.IndexByte(name, ':'); i > 0 {
			if n, ok := ns[name[:i]]; ok {
				return quad.IRI(n + name[i+1:]), nil
			}
			return "", fmt.Errorf("extract/"+extract.VocabFile+": unknown prefix in %q", name)
		}
		if !known[name] {
			return "", fmt.Errorf("extract/"+extract.VocabFile+": %q is not a term of the vocabulary", name)
		}
		return v.Term(name), nil
	}
	var (
		out  []quad.Quad
		rdf  = func(l string) quad.IRI { return quad.IRI(graph.RDF + l) }
		rdfs = func(l string) quad.IRI { return quad.IRI(graph.RDFS + l) }
		owl  = func(l string) quad.IRI { return quad.IRI(graph.OWL + l) }
	)
	add := func(s quad.Value, p quad.IRI, o quad.Value) {
		out = append(out, quad.Quad{Subject: s, Predicate: p, Object: o})
	}
	onto := quad.IRI(v.Base + "vocab/")
	add(onto, graph.RDFType, owl("Ontology"))
	add(onto, rdfs("label"), quad.LangString{Value: "News knowledge graph vocabulary", Lang: "en"})
	add(onto, rdfs("label"), quad.LangString{Value: "مفردات الرسم المعرفي للأخبار", Lang: "ar"})
	add(onto, rdfs("comment"), quad.LangString{Value: "Classes and properties of the graph model: entities, facts as a direct edge plus a statement node, and documents.", Lang: "en"})
	// classes returns a class, or the union of several as a blank node.
	classes := func(owner, role string, names []string) (quad.Value, error) {
		if len(names) == 1 {
			return iri(names[0])
		}
		u := quad.BNode(owner + "-" + role)
		add(u, graph.RDFType, owl("Class"))
		var list quad.Value = rdf("nil")
		for i := len(names) - 1; i >= 0; i-- {
			c, err := iri(names[i])
			if err != nil {
				return nil, err
			}
			cell := quad.BNode(fmt.Sprintf("%s-%s-%d", owner, role, i+1))
			add(cell, rdf("first"), c)
			add(cell, rdf("rest"), list)
			list = cell
		}
		add(u, owl("unionOf"), list)
		return u, nil
	}
	for _, t := range terms {
		s := v.Term(t.Name)
		switch t.Kind {
		case extract.KindClass:
			add(s, graph.RDFType, owl("Class"))
		case extract.KindRelation:
			add(s, graph.RDFType, owl("ObjectProperty"))
		case extract.KindDatatype, extract.KindDocument:
			add(s, graph.RDFType, owl("DatatypeProperty"))
		case extract.KindAnnotation:
			add(s, graph.RDFType, owl("AnnotationProperty"))
		case extract.KindStatement, extract.KindEntity:
			switch {
			case len(t.Range) == 0:
				add(s, graph.RDFType, rdf("Property"))
			case strings.HasPrefix(t.Range[0], "xsd:") || t.Range[0] == "rdf:langString":
				add(s, graph.RDFType, owl("DatatypeProperty"))
			default:
				add(s, graph.RDFType, owl("ObjectProperty"))
			}
		}
		for _, f := range t.Flags {
			switch f {
			case extract.FlagSymmetric:
				add(s, graph.RDFType, owl("SymmetricProperty"))
			case extract.FlagTransitive:
				add(s, graph.RDFType, owl("TransitiveProperty"))
			case extract.FlagAbstract: // no OWL counterpart
			default:
				return nil, fmt.Errorf("extract/"+extract.VocabFile+": %s: unknown flag %q", t.Name, f)
			}
		}
		add(s, rdfs("label"), quad.LangString{Value: quad.String(t.LabelEn), Lang: "en"})
		add(s, rdfs("label"), quad.LangString{Value: quad.String(t.LabelAr), Lang: "ar"})
		if t.Comment != "" {
			add(s, rdfs("comment"), quad.LangString{Value: quad.String(t.Comment), Lang: "en"})
		}
		add(s, rdfs("isDefinedBy"), onto)
		for _, role := range []struct {
			name  string
			p     quad.IRI
			names []string
		}{{"domain", rdfs("domain"), t.Domain}, {"range", rdfs("range"), t.Range}} {
			if len(role.names) == 0 {
				continue
			}
			c, err := classes(t.Name, role.name, role.names)
			if err != nil {
				return nil, err
			}
			add(s, role.p, c)
		}
		for _, sup := range t.Super {
			o, err := iri(sup)
			if err != nil {
				return nil, err
			}
			if t.Kind == extract.KindClass {
				add(s, rdfs("subClassOf"), o)
			} else {
				add(s, rdfs("subPropertyOf"), o)
			}
		}
		for _, c := range t.CAMEO {
			add(s, v.Term("cameo"), quad.String(c))
		}
	}
	return out, nil
}

// WriteVocab writes the vocabulary under the default base IRI as RDFS/OWL
// in one of VocabFormats.
func WriteVocab(w io.Writer, format string) error {
	return WriteVocabFor(w, graph.NewVocab(""), format)
}

// WriteVocabFor writes the vocabulary of v as RDFS/OWL in one of VocabFormats.
func WriteVocabFor(w io.Writer, v graph.Vocab, format string) error {
	ok := false
	for _, f := range VocabFormats {
		ok = ok || f == format
	}
	if !ok {
		return fmt.Errorf("vocabulary format %q: want one of %s", format, strings.Join(VocabFormats, ", "))
	}
	qs, err := VocabQuads(v)
	if err != nil {
		return err
	}
	return Write(context.Background(), w, quadList{qs, v}, format, Filter{})
}

// quadList is a Store of a few quads held in memory, in order.
type quadList struct {
	qs []quad.Quad
	v  graph.Vocab
}

func (l quadList) EachQuad(ctx context.Context, fn func(q quad.Quad) error) error {
	for _, q := range l.qs {
		if err := fn(q); err != nil {
			return err
		}
	}
	return ctx.Err()
}

func (l quadList) EachQuadWith(ctx context.Context, d quad.Direction, v quad.Value, fn func(q quad.Quad) error) error {
	for _, q := range l.qs {
		if q.Get(d) == v {
			if err := fn(q); err != nil {
				return err
			}
		}
	}
	return ctx.Err()
}

func (l quadList) Vocab() graph.Vocab { return l.v }
