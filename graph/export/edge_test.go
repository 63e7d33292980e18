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

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newskg/kg/graph"
)

// TestEmptyStore exports a store without documents: every format must
// still be well-formed.
func TestEmptyStore(t *testing.T) {
	qs := memstore.New()
	v := graph.NewVocab("")
	for _, f := range Formats() {
		var b bytes.Buffer
		if err := Write(context.Background(), &b, qs, v, f, Filter{}); err != nil {
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
		err := Write(ctx, io.Discard, st.QuadStore(), st.Vocab(), f, Filter{})
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
