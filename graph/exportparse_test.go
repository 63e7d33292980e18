package graph

import (
	"bytes"
	"strings"
	"testing"

	"github.com/cayleygraph/quad/nquads"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph/internal/nqfast"
)

// exportLines returns the N-Quads lines of the documents rs as Cayley's
// N-Quads writer (kg's nquads export) writes them.
func exportLines(t *testing.T, rs ...*extract.Result) []string {
	t.Helper()
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	for _, r := range rs {
		qs, err := ResultQuads(NewVocab(DefaultBase), r)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range qs {
			if err := w.WriteQuad(q); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(buf.String()), "\n")
}

// trickyDoc has titles and labels that need escapes in N-Quads.
func trickyDoc() *extract.Result {
	r := meetingDoc()
	r.Doc.ID = "tricky"
	r.Doc.Title = "A \"quoted\" title\twith a tab, a back\\slash and a\nline break"
	r.Entities[0].Labels = map[string]string{"en": `Vladimir "V." Putin`, "ar": "فلاديمير\\بوتين"}
	return r
}

// Nine lines in ten of kg's own exports take the import's fast path, and
// every line parses as Cayley parses it.
func TestExportLinesParseFast(t *testing.T) {
	lines := exportLines(t, append([]*extract.Result{meetingDoc(), visitDoc(), trickyDoc()}, syntheticResults(5, 10, 12)...)...)
	fast, escaped := 0, 0
	for _, l := range lines {
		if _, ok := nqfast.ParseSimple([]byte(l)); ok {
			fast++
		}
		if strings.Contains(l, `\`) {
			escaped++
		}
		want, werr := nquads.ParseRaw(l)
		if got, err := nqfast.Parse([]byte(l)); err != nil || werr != nil || got != want {
			t.Errorf("%q: %#v, %v; ParseRaw: %#v, %v", l, got, err, want, werr)
		}
	}
	if fast < len(lines)*9/10 || escaped == 0 {
		t.Errorf("export of %d lines: fast path took %d, %d lines with escapes (want ≥ 90%% fast, some escaped)", len(lines), fast, escaped)
	}
}
