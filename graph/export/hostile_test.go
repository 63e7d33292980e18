package export

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/graph"
)

// xmlHostile is what XML can carry of the hostile label: U+0001 is not an
// XML character and becomes U+FFFD.
var xmlHostile = strings.ReplaceAll(hostile, "\u0001", "\uFFFD")

// xmlValues decodes an XML document and returns the text of elements and
// the attribute values, in order.
func xmlValues(t *testing.T, b []byte) []string {
	t.Helper()
	var out []string
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("XML does not parse: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			for _, a := range tok.Attr {
				out = append(out, a.Value)
			}
		case xml.CharData:
			out = append(out, string(tok))
		}
	}
}

func TestHostileLabels(t *testing.T) {
	st := openFixture(t, "mem", false)
	arabic := "جماعة \"غريبة\" <و> & 🚀"
	t.Run("graphml+gexf", func(t *testing.T) {
		for _, f := range []string{"graphml", "gexf"} {
			vals := xmlValues(t, export(t, st, f, Filter{}))
			for _, want := range []string{xmlHostile, arabic} {
				found := false
				for _, v := range vals {
					found = found || v == want
				}
				if !found {
					t.Errorf("%s: label %q not read back", f, want)
				}
			}
		}
	})
	t.Run("cyjs", func(t *testing.T) {
		var doc struct {
			Elements struct {
				Nodes []struct{ Data map[string]any }
				Edges []struct{ Data map[string]any }
			}
		}
		if err := json.Unmarshal(export(t, st, "cyjs", Filter{}), &doc); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, n := range doc.Elements.Nodes {
			found = found || n.Data["label_en"] == hostile && n.Data["label_ar"] == arabic
		}
		if !found || len(doc.Elements.Nodes) != 7 || len(doc.Elements.Edges) != 5 {
			t.Errorf("cyjs: hostile label found %v, %d nodes, %d edges; want true, 7, 5", found, len(doc.Elements.Nodes), len(doc.Elements.Edges))
		}
	})
	t.Run("csv", func(t *testing.T) {
		b := export(t, st, "csv", Filter{})
		zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatal(err)
		}
		rows := map[string][][]string{}
		for _, f := range zr.File {
			r, _ := f.Open()
			recs, err := csv.NewReader(r).ReadAll()
			if err != nil {
				t.Fatalf("%s: %v", f.Name, err)
			}
			rows[f.Name] = recs
		}
		if len(rows["nodes.csv"]) != 8 || len(rows["edges.csv"]) != 6 {
			t.Fatalf("csv: %d node rows and %d edge rows, want 8 and 6 (with headers)", len(rows["nodes.csv"]), len(rows["edges.csv"]))
		}
		found := false
		for _, r := range rows["nodes.csv"] {
			found = found || r[3] == "'"+hostile && r[4] == arabic
		}
		if !found {
			t.Errorf("csv: the hostile label is not read back with its formula guard")
		}
	})
	t.Run("dot", func(t *testing.T) {
		out := string(export(t, st, "dot", Filter{}))
		for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			if !strings.HasSuffix(line, "{") && !strings.HasSuffix(line, "];") && line != "}" {
				t.Errorf("dot line %d is broken: %q", i+1, line)
			}
		}
		if !strings.Contains(out, `label_en="=HYPERLINK(\"x\") <b>&amp;</b> \\ \"q\"\nline`) {
			t.Errorf("dot: hostile label not escaped as expected")
		}
	})
}

func TestDotString(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`a"b`, `"a\"b"`},
		{`back\slash`, `"back\\slash"`},
		{"two\nlines", `"two\nlines"`},
		{"tab\there\x00", `"tab here "`},
		{"عربي 🚀", `"عربي 🚀"`},
	} {
		if got := dotString(tc.in); got != tc.want {
			t.Errorf("dotString(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestCell(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"=1+1", "'=1+1"}, {"+7", "'+7"}, {"-x", "'-x"}, {"@SUM", "'@SUM"}, {"Putin", "Putin"}, {"", ""},
	} {
		if got := cell(tc.in); got != tc.want {
			t.Errorf("cell(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTerms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{
		{"plain", `"plain"`},
		{"q\"\\\n\r\t\x01\x7f", `"q\"\\\n\r\t\u0001\u007F"`},
		{"عربي\u200f🚀", "\"عربي\u200f🚀\""},
	} {
		got, err := ntTerm(quadString(tc.in))
		if err != nil || got != tc.want {
			t.Errorf("ntTerm(%q) = %s, %v; want %s", tc.in, got, err, tc.want)
		}
		back, err := parseTerm(got)
		if err != nil || graph.Text(back) != tc.in {
			t.Errorf("parseTerm(%s) = %v, %v; want %q", got, back, err, tc.in)
		}
	}
}

func quadString(s string) quad.String { return quad.String(s) }

func TestPlain(t *testing.T) {
	for _, tc := range []struct {
		in        string
		lit, iris bool
	}{
		{"abc", true, true},
		{"عربي", true, true},
		{"عربي \"x\"", false, false},
		{"عربي\n", false, false},
		{"a b", true, false},
		{"x\uFFFEy", false, false},
		{"bad\xffutf8", false, false},
		{"<a>", true, false},
	} {
		if got := plain(tc.in, false); got != tc.lit {
			t.Errorf("plain(%q, literal) = %v, want %v", tc.in, got, tc.lit)
		}
		if got := plain(tc.in, true); got != tc.iris {
			t.Errorf("plain(%q, IRI) = %v, want %v", tc.in, got, tc.iris)
		}
	}
}

func TestBadLanguageTag(t *testing.T) {
	for _, tc := range []struct{ lang, want string }{
		{"ar", `"x"@ar`}, {"en-GB", `"x"@en-GB`}, {"zh-Hant-TW", `"x"@zh-Hant-TW`},
		{"a r", `"x"`}, {"ar\n", `"x"`}, {"-ar", `"x"`}, {"1ar", `"x"`},
	} {
		got, err := ntTerm(quad.LangString{Value: "x", Lang: tc.lang})
		if err != nil || got != tc.want {
			t.Errorf("ntTerm(\"x\"@%q) = %s, %v; want %s", tc.lang, got, err, tc.want)
		}
	}
}
