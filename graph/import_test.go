package graph

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newskg/kg/extract"
)

// importCorpus is a few documents, one with escapes, and their N-Quads
// export (each document's lines together, as kg exports them).
func importCorpus(t *testing.T) ([]*extract.Result, [][]string) {
	rs := append([]*extract.Result{meetingDoc(), visitDoc(), trickyDoc()}, syntheticResults(6, 8, 10)...)
	docs := make([][]string, len(rs))
	for i, r := range rs {
		docs[i] = exportLines(t, r)
	}
	return rs, docs
}

// Orders of an export's lines: kg's (grouped by document), documents
// interleaved line by line, and every line reversed.
var importOrders = []struct {
	name    string
	grouped bool
	lines   func(docs [][]string) []string
}{
	{"grouped", true, func(docs [][]string) []string {
		var out []string
		for _, d := range docs {
			out = append(out, d...)
		}
		return out
	}},
	{"interleaved", false, func(docs [][]string) []string {
		var out []string
		for i := 0; ; i++ {
			n := len(out)
			for _, d := range docs {
				if i < len(d) {
					out = append(out, d[i])
				}
			}
			if len(out) == n {
				return out
			}
		}
	}},
	{"reversed", true, func(docs [][]string) []string {
		var out []string
		for i := len(docs) - 1; i >= 0; i-- {
			for j := len(docs[i]) - 1; j >= 0; j-- {
				out = append(out, docs[i][j])
			}
		}
		return out
	}},
}

func withBatchQuads(t *testing.T, n int) {
	old, oldImport := batchQuads, importBatchQuads
	batchQuads, importBatchQuads = n, n
	t.Cleanup(func() { batchQuads, importBatchQuads = old, oldImport })
}

// TestImportStreaming imports in batches much smaller than the file, in
// kg's order and in orders where documents come back after their batch was
// written: the store must end up as the source, with one stats entry per
// document, and a re-import must leave it as it is.
func TestImportStreaming(t *testing.T) {
	withBatchQuads(t, 40)
	rs, docs := importCorpus(t)
	forEachBackend(t, func(t *testing.T, b backend) {
		src := open(t, b.fresh(t), Options{})
		for _, r := range rs {
			mustWrite(t, src, r)
		}
		want := dump(t, src, false)
		total := strings.Count(want, "\n")
		for _, o := range importOrders {
			t.Run(o.name, func(t *testing.T) {
				input := strings.Join(o.lines(docs), "\n") + "\n"
				// The destination holds an older version of the first document.
				dst := open(t, b.fresh(t), Options{})
				old := meetingDoc()
				old.Doc.Title = "An older title"
				old.Facts = old.Facts[:1]
				mustWrite(t, dst, old)

				sts, err := dst.Import(ctx, strings.NewReader(input))
				if err != nil {
					t.Fatal(err)
				}
				if got := dump(t, dst, false); got != want {
					t.Fatalf("import differs from the source:\n%s\nvs\n%s", got, want)
				}
				if len(sts) != len(rs) {
					t.Fatalf("%d stats for %d documents: %+v", len(sts), len(rs), sts)
				}
				seen := map[string]bool{}
				quads := 0
				for _, st := range sts {
					if seen[st.DocID] {
						t.Errorf("document %s reported twice", st.DocID)
					}
					seen[st.DocID] = true
					have, err := dst.labelQuads(ctx, st.DocIRI)
					if err != nil || len(have) != st.Quads {
						t.Errorf("%s: stats say %d quads, store holds %d (%v)", st.DocID, st.Quads, len(have), err)
					}
					quads += st.Quads
				}
				if quads != total {
					t.Errorf("stats count %d quads, the source holds %d", quads, total)
				}

				again, err := dst.Import(ctx, strings.NewReader(input))
				if err != nil {
					t.Fatal(err)
				}
				if got := dump(t, dst, false); got != want {
					t.Fatalf("re-import changed the store")
				}
				if o.grouped {
					for _, st := range again {
						if st.Added != 0 || st.Removed != 0 {
							t.Errorf("re-import of a grouped file changed %s: %+v", st.DocID, st)
						}
					}
				}
			})
		}
	})
}

// TestImportStopsAtBadLine: a bad line anywhere, even after many batches'
// worth of good ones, is an error naming it, and nothing is written.
func TestImportStopsAtBadLine(t *testing.T) {
	withBatchQuads(t, 40)
	_, docs := importCorpus(t)
	for _, o := range importOrders {
		lines := o.lines(docs)
		for _, c := range []struct {
			name, bad, msg string
		}{
			{"syntax", `<http://x/a> <http://x/b> "unterminated`, "not an N-Quads statement"},
			{"no label", `<http://x/a> <http://x/b> <http://x/c> .`, "not a document IRI"},
			{"empty IRI", `<> <http://x/b> <http://x/c> <https://w3id.org/newskg/doc/a> .`, "empty IRI"},
			{"bad date", `<http://x/a> <http://x/b> "2015-13-45"^^<http://www.w3.org/2001/XMLSchema#date> <https://w3id.org/newskg/doc/a> .`, "not a valid xsd:date"},
			{"no such day", `<http://x/a> <http://x/b> "2015-02-30"^^<http://www.w3.org/2001/XMLSchema#date> <https://w3id.org/newskg/doc/a> .`, "not a valid xsd:date"},
			{"bad decimal", `<http://x/a> <http://x/b> "0.9.1"^^<http://www.w3.org/2001/XMLSchema#decimal> <https://w3id.org/newskg/doc/a> .`, "not a valid xsd:decimal"},
			{"invalid UTF-8", "<http://x/a> <http://x/b> \"a\xffb\" <https://w3id.org/newskg/doc/a> .", "invalid UTF-8 at byte offset 28"},
			{"path label", `<http://x/a> <http://x/b> "x" <https://w3id.org/newskg/doc/../../etc/passwd> .`, "not a document id"},
			{"literal subject", `"s" <http://x/b> "x" <https://w3id.org/newskg/doc/a> .`, ""},
		} {
			t.Run(o.name+"/"+c.name, func(t *testing.T) {
				in := append(append([]string{}, lines...), c.bad)
				dst := open(t, "mem:", Options{})
				before := dump(t, dst, true)
				sts, err := dst.Import(ctx, strings.NewReader(strings.Join(in, "\n")+"\n"))
				if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("line %d:", len(in))) || !strings.Contains(err.Error(), c.msg) {
					t.Fatalf("error %v, want one naming line %d: %s", err, len(in), c.msg)
				}
				if len(sts) != 0 {
					t.Errorf("%d documents reported written", len(sts))
				}
				if after := dump(t, dst, true); after != before {
					t.Fatalf("the store changed although the input had a bad line")
				}
			})
		}
	}
}

// TestImportScatteredWritesWholeDocuments: documents whose quads are spread
// over the stream are spilled into partitions and each written in one
// transaction (one write per document: its stats add no second write).
func TestImportScatteredWritesWholeDocuments(t *testing.T) {
	withBatchQuads(t, 60)
	rs, docs := importCorpus(t)
	src := open(t, "mem:", Options{})
	for _, r := range rs {
		mustWrite(t, src, r)
	}
	want := dump(t, src, false)
	forEachBackend(t, func(t *testing.T, b backend) {
		dst := open(t, b.fresh(t), Options{})
		lines := importOrders[1].lines(docs) // interleaved line by line
		sts, err := dst.Import(ctx, strings.NewReader(strings.Join(lines, "\n")+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		if got := dump(t, dst, false); got != want {
			t.Fatalf("imported store differs from the source")
		}
		if len(sts) != len(docs) {
			t.Fatalf("%d stats, want one per document (%d)", len(sts), len(docs))
		}
		for i, st := range sts {
			if st.Added != st.Quads || st.Quads != len(docs[i]) || st.DocIRI != NewVocab(DefaultBase).Doc(DocID(rs[i].Doc)) {
				t.Errorf("document %d: stats %+v, want %d quads added once, in order of first appearance", i, st, len(docs[i]))
			}
		}
	})
}
