package export

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
)

// TestVocabulary checks the vocabulary file against the graph model: every
// predicate and entity type is there, with English and Arabic labels, and
// the symmetric predicates are the model's.
func TestVocabulary(t *testing.T) {
	terms, err := Vocabulary()
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]VocabTerm{}
	for _, vt := range terms {
		if _, dup := byName[vt.Name]; dup {
			t.Errorf("term %s listed twice", vt.Name)
		}
		byName[vt.Name] = vt
		if vt.LabelEn == "" || vt.LabelAr == "" {
			t.Errorf("term %s lacks an English or Arabic label", vt.Name)
		}
	}
	for _, p := range extract.Predicates {
		vt, ok := byName[p]
		if !ok || (vt.Kind != "relation" && vt.Kind != "datatype") {
			t.Errorf("predicate %s missing from the vocabulary (or not a relation)", p)
			continue
		}
		sym := false
		for _, f := range vt.Flags {
			sym = sym || f == "symmetric"
		}
		if sym != extract.IsSymmetric(p) {
			t.Errorf("predicate %s: symmetric=%v in the vocabulary, %v in the model", p, sym, extract.IsSymmetric(p))
		}
		if len(vt.Domain) == 0 || len(vt.Range) == 0 {
			t.Errorf("predicate %s lacks a domain or range", p)
		}
	}
	for _, c := range append(extract.EntityTypes, graph.TermStatement, graph.TermDocument) {
		if vt, ok := byName[c]; !ok || vt.Kind != "class" {
			t.Errorf("class %s missing from the vocabulary", c)
		}
	}
	for _, p := range []string{graph.TermSubject, graph.TermPredicate, graph.TermObject, graph.TermDate, graph.TermEvidence,
		graph.TermSource, graph.TermConfidence, graph.TermExtractor, graph.TermRole, graph.TermPlace, graph.TermItem,
		graph.TermStartDate, graph.TermEndDate, graph.TermQuote, graph.TermSHA256, graph.TermStart, graph.TermEnd} {
		if _, ok := byName[p]; !ok {
			t.Errorf("statement property %s missing from the vocabulary", p)
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
