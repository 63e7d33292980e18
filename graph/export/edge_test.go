package export

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newskg/kg/graph"
)

// TestEmptyStore exports a store without documents: every format must
// still be well-formed.
func TestEmptyStore(t *testing.T) {
	st := quadList{v: graph.NewVocab("")}
	for _, f := range Formats() {
		var b bytes.Buffer
		if err := Write(context.Background(), &b, st, f, Filter{}); err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		switch f {
		case "jsonld", "cyjs":
			var x any
			if err := json.Unmarshal(b.Bytes(), &x); err != nil {
				t.Errorf("%s: empty export is not JSON: %v\n%s", f, err, b.String())
			}
		case "graphml", "gexf":
			d := xml.NewDecoder(&b)
			for {
				if _, err := d.Token(); err == io.EOF {
					break
				} else if err != nil {
					t.Errorf("%s: empty export is not XML: %v", f, err)
					break
				}
			}
		case "nquads", "ntriples":
			if b.Len() != 0 {
				t.Errorf("%s: empty store gives %q", f, b.String())
			}
		}
	}
}

func TestCancelled(t *testing.T) {
	st := openFixture(t, "bolt", false)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, f := range []string{"nquads", "gexf"} {
		err := Write(ctx, io.Discard, st, f, Filter{})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("%s with a cancelled context: error %v, want context.Canceled", f, err)
		}
	}
}

// TestVocabJSONLD reads the vocabulary's JSON-LD back with the quad
// library's JSON-LD reader (json-gold) and compares it with the N-Triples;
// blank nodes are renamed by the reader, so they are compared by count.
func TestVocabJSONLD(t *testing.T) {
	var js, nt bytes.Buffer
	if err := WriteVocab(&js, "jsonld"); err != nil {
		t.Fatal(err)
	}
	if err := WriteVocab(&nt, "ntriples"); err != nil {
		t.Fatal(err)
	}
	a := readAll(t, jsonld.NewReader(&js))
	b := readAll(t, nquads.NewReader(&nt, false))
	na, nb := withoutBNodes(a), withoutBNodes(b)
	ka, kb := keys(t, na, false), keys(t, nb, false)
	if strings.Join(ka, "\n") != strings.Join(kb, "\n") || len(a) != len(b) || len(na) == len(a) {
		t.Errorf("vocabulary JSON-LD reads back %d quads (%d without blank nodes), N-Triples %d (%d)", len(a), len(na), len(b), len(nb))
	}
}

func withoutBNodes(qs []quad.Quad) []quad.Quad {
	var out []quad.Quad
	for _, q := range qs {
		_, b1 := q.Subject.(quad.BNode)
		_, b2 := q.Object.(quad.BNode)
		if !b1 && !b2 {
			out = append(out, q)
		}
	}
	return out
}

// TestJSONLDMixed writes a dataset mixing the default graph, a named graph,
// literal, IRI and blank-node types, and reads it back with json-gold.
func TestJSONLDMixed(t *testing.T) {
	rdfType := quad.IRI(graph.RDF + "type")
	s, p, c, g := quad.IRI("http://example.org/s"), quad.IRI("http://example.org/p"), quad.IRI("http://example.org/C"), quad.IRI("http://example.org/g")
	in := []quad.Quad{
		{Subject: s, Predicate: rdfType, Object: quad.String("a literal type")},
		{Subject: s, Predicate: rdfType, Object: c},
		{Subject: s, Predicate: rdfType, Object: quad.BNode("t")},
		{Subject: quad.BNode("t"), Predicate: p, Object: quad.LangString{Value: "x", Lang: "en"}},
		{Subject: s, Predicate: p, Object: quad.TypedString{Value: "2015-11", Type: graph.XSDGYearMonth}, Label: g},
		{Subject: g, Predicate: p, Object: s, Label: g},
	}
	var b bytes.Buffer
	if err := Write(context.Background(), &b, quadList{in, graph.NewVocab("")}, "jsonld", Filter{}); err != nil {
		t.Fatal(err)
	}
	back := readAll(t, jsonld.NewReader(bytes.NewReader(b.Bytes())))
	got, want := keys(t, withoutBNodes(back), true), keys(t, withoutBNodes(in), true)
	if len(back) != len(in) || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("JSON-LD read back %d quads, want %d:\n%s\nfrom\n%s", len(back), len(in), strings.Join(got, "\n"), b.String())
	}
}
