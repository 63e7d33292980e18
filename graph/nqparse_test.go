package graph

import (
	"bytes"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newskg/kg/extract"
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

// TestParseNQuadMatchesCayley checks the fast path against Cayley's parser
// on every line of real exports and on hand-made lines: where the fast path
// takes a line it must give ParseRaw's quad, and parseNQuad must agree with
// ParseRaw on every line, errors included.
func TestParseNQuadMatchesCayley(t *testing.T) {
	lines := exportLines(t, append([]*extract.Result{meetingDoc(), visitDoc(), trickyDoc()}, syntheticResults(5, 10, 12)...)...)
	fastExport, escaped := 0, 0
	for _, l := range lines {
		if _, ok := parseSimpleNQuad([]byte(l)); ok {
			fastExport++
		}
		if strings.Contains(l, `\`) {
			escaped++
		}
	}
	if fastExport < len(lines)*9/10 || escaped == 0 {
		t.Errorf("export of %d lines: fast path took %d, %d lines with escapes (want ≥ 90%% fast, some escaped)", len(lines), fastExport, escaped)
	}
	hand := []struct {
		line string
		fast bool // the fast path takes it
	}{
		{`<http://x/a> <http://x/b> <http://x/c> <http://x/g> .`, true},
		{`<http://x/a> <http://x/b> <http://x/c> .`, true},
		{"<http://x/a>\t<http://x/b>\t\"tab separated\"\t<http://x/g>\t.", true},
		{`<http://x/a> <http://x/b> "plain" <http://x/g> .`, true},
		{`<http://x/a> <http://x/b> "" <http://x/g> .`, true},
		{`<http://x/a> <http://x/b> "نص عربي"@ar <http://x/g> .`, true},
		{`<http://x/a> <http://x/b> "text"@en-GB <http://x/g> .`, true},
		{`<http://x/a> <http://x/b> "text"@zh-Hant-TW <http://x/g> .`, true},
		{`<http://x/a> <http://x/b> "2015-11-23"^^<http://www.w3.org/2001/XMLSchema#date> <http://x/g> .`, true},
		{`_:b0 <http://x/b> _:b1 _:g .`, true},
		{`_:node_1-a <http://x/b> "x" <http://x/g> .`, true},
		{`<http://x/عربي> <http://x/b> <http://x/c> <http://x/g> .`, true},
		{`<http://x/a><http://x/b><http://x/c><http://x/g>.`, false}, // no blanks: left to ParseRaw
		{`<http://x/a> <http://x/b> "a \"quoted\" word" <http://x/g> .`, false},
		{`<http://x/a> <http://x/b> "back\\slash" <http://x/g> .`, false},
		{`<http://x/a> <http://x/b> "line\nbreak\ttab" <http://x/g> .`, false},
		{`<http://x/a> <http://x/b> "\u0628\U0001F600" <http://x/g> .`, false},
		{`<http://x/\u0628> <http://x/b> <http://x/c> .`, false},
		{`<http://x/a> <http://x/b> "escaped"@en <http://x/g> .`, true},
		{`<http://x/a> <http://x/b> "x\"y"^^<http://x/t> <http://x/g> .`, false},
		{`<http://x/a> <http://x/b> <http://x/c> <http://x/g> . # a comment`, false},
		{`_:b.1 <http://x/b> <http://x/c> .`, false},
		{`<> <http://x/b> <http://x/c> .`, false},
		{`"literal subject" <http://x/b> <http://x/c> .`, false},
		{`<http://x/a> "literal predicate" <http://x/c> .`, false},
		{`<http://x/a> <http://x/b> <http://x/c> "literal label" .`, false},
		{`<http://x/a> <http://x/b> <http://x/c> <http://x/g>`, false},
		{`<http://x/a> <http://x/b> <http://x/c> <http://x/g> . .`, false},
		{`<http://x/a b> <http://x/b> <http://x/c> .`, false},
		{`<http://x/a> <http://x/b> "unterminated <http://x/g> .`, false},
		{`<http://x/a> <http://x/b> "x"@ <http://x/g> .`, false},
		{`<http://x/a> <http://x/b> "x"@en- <http://x/g> .`, false},
		{`<http://x/a> <http://x/b> "x"@1en <http://x/g> .`, false},
		{`<http://x/a> <http://x/b> "x"^^<> <http://x/g> .`, false},
		{"<http://x/a> <http://x/b> \"bad \xff utf8\" <http://x/g> .", false},
		{`<http://x/a> <http://x/b>`, false},
	}
	for _, h := range hand {
		// The same line with other blanks must give the same quad and key.
		if strings.HasSuffix(h.line, " .") {
			lines = append(lines, strings.Replace(h.line, " ", "  ", 1), strings.Replace(h.line, " ", "\t", 2))
		}
		q, ok := parseSimpleNQuad([]byte(h.line))
		if ok != h.fast {
			t.Errorf("fast path on %q: took it %v, want %v (%v)", h.line, ok, h.fast, q)
		}
		lines = append(lines, h.line)
	}
	for _, l := range lines {
		want, werr := nquads.ParseRaw(l)
		got, gerr := parseNQuad([]byte(l))
		if (werr != nil) != (gerr != nil) {
			t.Errorf("%q: error %v, ParseRaw's %v", l, gerr, werr)
			continue
		}
		if got != want {
			t.Errorf("%q:\n got %#v\nwant %#v", l, got, want)
		}
		if fq, ok := parseSimpleNQuad([]byte(l)); ok && (werr != nil || fq != want) {
			t.Errorf("fast path on %q: %#v, ParseRaw: %#v, %v", l, fq, want, werr)
		}
		if werr == nil && want.Label != nil {
			if _, key, err := parseNQuadKey([]byte(l)); err != nil || key != quadKey(want) {
				t.Errorf("key of %q: %q, want quadKey's %q (%v)", l, key, quadKey(want), err)
			}
		}
	}
}

func BenchmarkParseNQuad(b *testing.B) {
	t := &testing.T{}
	lines := exportLines(t, syntheticResults(20, 50, 100)...)
	bs := make([][]byte, len(lines))
	for i, l := range lines {
		bs[i] = []byte(l)
	}
	for _, c := range []struct {
		name  string
		parse func([]byte) (quad.Quad, error)
	}{
		{"fast", parseNQuad},
		{"cayley", func(l []byte) (quad.Quad, error) { return nquads.ParseRaw(string(l)) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				for _, l := range bs {
					if _, err := c.parse(l); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.N*len(bs))/b.Elapsed().Seconds(), "lines/s")
		})
	}
}
