package export

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
)

// TestVocabulary checks that the graph layer's own terms (statement,
// document and entity properties, the Statement and Document classes) are
// rows of the vocabulary table, so that the export describes every term
// the store writes. Predicates and entity types are checked in package
// extract, which owns the table.
func TestVocabulary(t *testing.T) {
	for _, c := range []struct {
		name  string
		kinds []string
	}{
		{graph.TermStatement, []string{extract.KindClass}}, {graph.TermDocument, []string{extract.KindClass}},
		{graph.TermMentionedIn, []string{extract.KindEntity}}, {graph.TermSHA256, []string{extract.KindDocument}},
		{"cameo", []string{extract.KindAnnotation}}, {graph.TermDeaths, []string{extract.KindDatatype}},
	} {
		if vt, ok := extract.LookupTerm(c.name); !ok || !slices.Contains(c.kinds, vt.Kind) {
			t.Errorf("term %s missing from the vocabulary (or not a %v)", c.name, c.kinds)
		}
	}
	for _, p := range []string{graph.TermSubject, graph.TermPredicate, graph.TermObject, graph.TermDate, graph.TermEvidence,
		graph.TermSource, graph.TermConfidence, graph.TermExtractor, graph.TermRole, graph.TermPlace, graph.TermItem,
		graph.TermStartDate, graph.TermEndDate, graph.TermQuote, graph.TermStart, graph.TermEnd, graph.TermMode} {
		if vt, ok := extract.LookupTerm(p); !ok || vt.Kind != extract.KindStatement {
			t.Errorf("statement property %s missing from the vocabulary", p)
		}
	}
	for _, p := range extract.Predicates {
		if len(p.Domain()) == 0 || len(p.Range()) == 0 {
			t.Errorf("predicate %s lacks a domain or range", p)
		}
	}
}

func TestWriteVocab(t *testing.T) {
	var nt bytes.Buffer
	if err := WriteVocab(&nt, "ntriples"); err != nil {
		t.Fatal(err)
	}
	r := nquads.NewReader(bytes.NewReader(nt.Bytes()), false)
	got := map[string]bool{}
	for {
		q, err := r.ReadQuad()
		if err != nil {
			break
		}
		got[q.Subject.String()+" "+q.Predicate.String()+" "+q.Object.String()] = true
	}
	v := graph.NewVocab("")
	term := func(n string) string { return quad.IRI(v.Term(n)).String() }
	for _, want := range []string{
		term("met") + " <" + graph.RDF + "type> <" + graph.OWL + "SymmetricProperty>",
		term("met") + " <" + graph.RDFS + "label> " + quad.LangString{Value: "التقى", Lang: "ar"}.String(),
		term("met") + " " + term("cameo") + ` "04"`,
		term("met") + " <" + graph.RDFS + "domain> " + term("Actor"),
		term("supports") + " <" + graph.RDFS + "subPropertyOf> " + term("relation"),
		term("locatedIn") + " <" + graph.RDF + "type> <" + graph.OWL + "TransitiveProperty>",
		term("Statement") + " <" + graph.RDFS + "subClassOf> <" + graph.RDF + "Statement>",
		term("deaths") + " <" + graph.RDFS + "range> <" + graph.XSD + "integer>",
	} {
		if !got[want] {
			t.Errorf("vocabulary lacks %s", want)
		}
	}
	for _, not := range []string{
		term("supplies") + " <" + graph.RDFS + "subPropertyOf> " + term("supports"),
		term("gave") + " <" + graph.RDFS + "subPropertyOf> " + term("supports"),
		term("supports") + " <" + graph.RDF + "type> <" + graph.OWL + "SymmetricProperty>",
	} {
		if got[not] {
			t.Errorf("vocabulary states %s", not)
		}
	}
	for _, f := range VocabFormats {
		var b bytes.Buffer
		if err := WriteVocab(&b, f); err != nil || b.Len() < 1000 {
			t.Errorf("WriteVocab(%s): %d bytes, %v", f, b.Len(), err)
		}
		if dir := os.Getenv("KG_EXPORT_DIR"); dir != "" {
			os.WriteFile(dir+"/vocab."+map[string]string{"turtle": "ttl", "ntriples": "nt", "nquads": "nq", "trig": "trig", "jsonld": "jsonld"}[f], b.Bytes(), 0o644)
		}
	}
	if err := WriteVocab(&nt, "gexf"); err == nil || !strings.Contains(err.Error(), "turtle") {
		t.Errorf("WriteVocab(gexf) error = %v, want one naming the vocabulary formats", err)
	}
}
