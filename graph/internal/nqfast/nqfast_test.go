package nqfast

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// writtenLines returns the N-Quads lines Cayley's writer (kg's nquads
// export) makes of quads with every kind of value kg stores: IRIs in
// several scripts, plain, language-tagged and typed literals, and literals
// that need escapes (quotes, backslashes, tabs, line breaks).
func writtenLines(t testing.TB, n int) []string {
	t.Helper()
	vals := []quad.Value{
		quad.IRI("https://w3id.org/newskg/entity/vladimir-putin"),
		quad.IRI("https://w3id.org/newskg/entity/طهران"),
		quad.String("ar/meeting-verb"),
		quad.LangString{Value: "التقى الرئيس الروسي نظيره الإيراني في طهران.", Lang: "ar"},
		quad.LangString{Value: "Vladimir Putin", Lang: "en"},
		quad.TypedString{Value: "2015-11-23", Type: "http://www.w3.org/2001/XMLSchema#date"},
		quad.TypedString{Value: "0.85", Type: "http://www.w3.org/2001/XMLSchema#decimal"},
		quad.String(""),
		quad.LangString{Value: "A \"quoted\" title\twith a tab, a back\\slash and a\nline break", Lang: "en"},
		quad.String(`Vladimir "V." Putin`),
		quad.LangString{Value: "فلاديمير\\بوتين", Lang: "ar"},
	}
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	for i := range n {
		q := quad.Quad{
			Subject:   quad.IRI(fmt.Sprintf("https://w3id.org/newskg/statement/%024x", i)),
			Predicate: quad.IRI(fmt.Sprintf("https://w3id.org/newskg/vocab/p%d", i%7)),
			Object:    vals[i%len(vals)],
			Label:     quad.IRI(fmt.Sprintf("https://w3id.org/newskg/doc/doc-%d", i%5)),
		}
		if err := w.WriteQuad(q); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(buf.String()), "\n")
}

// TestParseMatchesCayley checks the fast path against Cayley's parser on
// written lines and on hand-made ones: where the fast path takes a line it
// must give ParseRaw's quad, and Parse must agree with ParseRaw on every
// line, errors included; ParseKey's key is Key of the quad.
func TestParseMatchesCayley(t *testing.T) {
	lines := writtenLines(t, 200)
	fast, escaped := 0, 0
	for _, l := range lines {
		if _, ok := ParseSimple([]byte(l)); ok {
			fast++
		}
		if strings.Contains(l, `\`) {
			escaped++
		}
	}
	if fast < len(lines)*2/3 || escaped == 0 {
		t.Errorf("%d written lines: fast path took %d, %d lines with escapes (want ≥ 2/3 fast, some escaped)", len(lines), fast, escaped)
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
		q, ok := ParseSimple([]byte(h.line))
		if ok != h.fast {
			t.Errorf("fast path on %q: took it %v, want %v (%v)", h.line, ok, h.fast, q)
		}
		lines = append(lines, h.line)
	}
	for _, l := range lines {
		want, werr := nquads.ParseRaw(l)
		got, gerr := Parse([]byte(l))
		if (werr != nil) != (gerr != nil) {
			t.Errorf("%q: error %v, ParseRaw's %v", l, gerr, werr)
			continue
		}
		if got != want {
			t.Errorf("%q:\n got %#v\nwant %#v", l, got, want)
		}
		if fq, ok := ParseSimple([]byte(l)); ok && (werr != nil || fq != want) {
			t.Errorf("fast path on %q: %#v, ParseRaw: %#v, %v", l, fq, want, werr)
		}
		if werr == nil && want.Label != nil {
			if _, key, err := ParseKey([]byte(l)); err != nil || key != Key(want) {
				t.Errorf("key of %q: %q, want Key's %q (%v)", l, key, Key(want), err)
			}
		}
	}
}

// Distinct quads have distinct keys, whatever their literals hold.
func TestKeyUnambiguous(t *testing.T) {
	l := quad.IRI("http://x/doc")
	vals := []quad.Value{quad.String(`a"@en`), quad.LangString{Value: "a", Lang: "en"}, quad.String(`a\`),
		quad.String(`a"^^<http://x/t>`), quad.TypedString{Value: "a", Type: "http://x/t"}, quad.IRI("a"), quad.String("a")}
	seen := map[string]quad.Value{}
	for _, v := range vals {
		k := Key(quad.Quad{Subject: l, Predicate: l, Object: v, Label: l})
		if o, dup := seen[k]; dup {
			t.Errorf("%#v and %#v share key %s", o, v, k)
		}
		seen[k] = v
	}
}

func BenchmarkParse(b *testing.B) {
	lines := writtenLines(b, 10000)
	bs := make([][]byte, len(lines))
	for i, l := range lines {
		bs[i] = []byte(l)
	}
	for _, c := range []struct {
		name  string
		parse func([]byte) (quad.Quad, error)
	}{
		{"fast", Parse},
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
