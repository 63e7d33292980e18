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

// TestImportStopsAtBadLine: an error names the line; documents of batches
// written before it are whole, the rest is not written.
func TestImportStopsAtBadLine(t *testing.T) {
	withBatchQuads(t, 40)
	rs, docs := importCorpus(t)
	lines := importOrders[0].lines(docs)
	lastIRI := NewVocab(DefaultBase).Doc(DocID(rs[len(rs)-1].Doc))
	for _, c := range []struct {
		name, bad, msg string
	}{
		{"syntax", `<http://x/a> <http://x/b> "unterminated`, "failed to parse"},
		{"no label", `<http://x/a> <http://x/b> <http://x/c> .`, "not a document IRI"},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := append(append([]string{}, lines...), c.bad)
			dst := open(t, "mem:", Options{})
			sts, err := dst.Import(ctx, strings.NewReader(strings.Join(in, "\n")+"\n"))
			if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("line %d", len(in))) || !strings.Contains(err.Error(), c.msg) {
				t.Fatalf("error %v, want one naming line %d: %s", err, len(in), c.msg)
			}
			if len(sts) == 0 || len(sts) >= len(docs) {
				t.Fatalf("%d documents written of %d; want the earlier batches only", len(sts), len(docs))
			}
			for _, st := range sts {
				have, err := dst.labelQuads(ctx, st.DocIRI)
				if err != nil || len(have) != st.Quads || st.Added != st.Quads {
					t.Errorf("%s: %d quads in store, stats %+v (%v)", st.DocID, len(have), st, err)
				}
			}
			if have, _ := dst.labelQuads(ctx, lastIRI); len(have) != 0 {
				t.Errorf("the document of the bad line's batch was written (%d quads)", len(have))
			}
		})
	}
}
