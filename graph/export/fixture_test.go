package export

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
)

// hostile is a label that breaks careless encoders: quotes, a line break,
// markup, an ampersand, right-to-left marks, an emoji, a backslash, a
// spreadsheet formula and a control character.
const hostile = "=HYPERLINK(\"x\") <b>&amp;</b> \\ \"q\"\nline\u200fعربي\u200e 🚀\u0001 'end'"

// sentence builds a document text out of sentences and returns the byte
// span of each.
func sentences(ss ...string) (text string, spans [][2]int) {
	var b strings.Builder
	for _, s := range ss {
		start := b.Len()
		b.WriteString(s)
		spans = append(spans, [2]int{start, b.Len()})
		b.WriteString(" ")
	}
	return b.String(), spans
}

// fixture returns two hand-made extraction results: a meeting in Tehran and
// a later report, sharing entities and one fact.
func fixture() []*extract.Result {
	text1, sp1 := sentences(
		"التقى الرئيس الروسي فلاديمير بوتين المرشد الإيراني علي خامنئي في طهران يوم الاثنين.",
		"وقال بوتين إن روسيا تدعم الحكومة السورية.",
		"ونددت جماعة غريبة بالموقف الروسي.",
		"وأهدى بوتين خامنئي نسخة قديمة من كتاب.",
	)
	putin := extract.Entity{Key: "vladimir-putin", Type: extract.Person, Wikidata: "Q7747", Confidence: 1,
		Labels:    map[string]string{"en": "Vladimir Putin", "ar": "فلاديمير بوتين"},
		AltLabels: []extract.Label{{Text: "بوتين", Lang: "ar"}}}
	khamenei := extract.Entity{Key: "ali-khamenei", Type: extract.Person, Wikidata: "Q57336", Confidence: 1,
		Labels: map[string]string{"en": "Ali Khamenei", "ar": "علي خامنئي"}}
	russia := extract.Entity{Key: "russia", Type: extract.Country, Wikidata: "Q159", Confidence: 1,
		Labels: map[string]string{"en": "Russia", "ar": "روسيا"}}
	syria := extract.Entity{Key: "syria", Type: extract.Country, Wikidata: "Q858", Confidence: 1,
		Labels: map[string]string{"en": "Syria", "ar": "سوريا"}}
	tehran := extract.Entity{Key: "tehran", Type: extract.Place, Wikidata: "Q3616", Confidence: 1,
		Labels: map[string]string{"en": "Tehran", "ar": "طهران"}}
	odd := extract.Entity{Key: "جماعة غريبة", Type: extract.Group, Confidence: 0.5,
		Labels: map[string]string{"en": hostile, "ar": "جماعة \"غريبة\" <و> & 🚀"}}
	war := extract.Entity{Key: "syrian-civil-war", Type: extract.Event, Confidence: 1,
		Labels: map[string]string{"en": "Syrian civil war", "ar": "الحرب الأهلية السورية"}}
	r1 := &extract.Result{
		Doc: extract.Document{ID: "meeting-2015-11-23", Title: "لقاء في طهران", Lang: "ar",
			Date: time.Date(2015, 11, 23, 0, 0, 0, 0, time.UTC), URL: "https://example.org/news/1", Text: text1},
		Entities: []extract.Entity{putin, khamenei, russia, syria, tehran, odd, war},
		Facts: []extract.Fact{
			{Subject: "vladimir-putin", Predicate: extract.Met, Object: "ali-khamenei", Date: "2015-11-23", Place: "tehran",
				Evidence: text1[sp1[0][0]:sp1[0][1]], Start: sp1[0][0], End: sp1[0][1], Rule: "ar/meeting-verb", Confidence: 0.9},
			{Subject: "vladimir-putin", Predicate: extract.Visited, Object: "tehran", Date: "2015-11-23",
				Evidence: text1[sp1[0][0]:sp1[0][1]], Start: sp1[0][0], End: sp1[0][1], Rule: "ar/visit", Confidence: 0.8},
			{Subject: "russia", Predicate: extract.Supports, Object: "syria", Date: "2015-09",
				Evidence: text1[sp1[1][0]:sp1[1][1]], Start: sp1[1][0], End: sp1[1][1], Rule: "ar/support", Confidence: 0.7},
			{Subject: "جماعة غريبة", Predicate: extract.Opposes, Object: "russia", Date: "2015",
				Evidence: text1[sp1[2][0]:sp1[2][1]], Start: sp1[2][0], End: sp1[2][1], Rule: "ar/oppose", Confidence: 0.5,
				Quote: hostile},
			{Subject: "vladimir-putin", Predicate: extract.Gave, Object: "ali-khamenei", Item: "نسخة قديمة من كتاب",
				Evidence: text1[sp1[3][0]:sp1[3][1]], Start: sp1[3][0], End: sp1[3][1], Rule: "ar/gave", Confidence: 0.85},
			{Subject: "syrian-civil-war", Predicate: extract.Deaths, Value: "250000", Rule: "ar/deaths", Confidence: 0.6},
		},
	}
	text2, sp2 := sentences(
		"Khamenei received Putin again in Tehran.",
		"Russia keeps backing the Syrian government.",
	)
	r2 := &extract.Result{
		Doc: extract.Document{ID: "second-report", Title: "Second report", Lang: "en",
			Date: time.Date(2017, 11, 2, 0, 0, 0, 0, time.UTC), Text: text2},
		Entities: []extract.Entity{putin, khamenei, russia, syria, tehran},
		Facts: []extract.Fact{
			{Subject: "ali-khamenei", Predicate: extract.Met, Object: "vladimir-putin", Date: "2017-11-01", Place: "tehran",
				Evidence: text2[sp2[0][0]:sp2[0][1]], Start: sp2[0][0], End: sp2[0][1], Rule: "en/meeting", Confidence: 0.95},
			{Subject: "russia", Predicate: extract.Supports, Object: "syria", Date: "2017",
				Evidence: text2[sp2[1][0]:sp2[1][1]], Start: sp2[1][0], End: sp2[1][1], Rule: "en/support", Confidence: 0.75},
		},
	}
	return []*extract.Result{r1, r2}
}

// fixtureQuads returns the quads of the fixture, as the graph layer writes them.
func fixtureQuads(t testing.TB, v graph.Vocab) []quad.Quad {
	t.Helper()
	var all []quad.Quad
	for _, r := range fixture() {
		qs, err := graph.ResultQuads(v, r)
		if err != nil {
			t.Fatalf("ResultQuads: %v", err)
		}
		all = append(all, qs...)
	}
	return all
}

// openFixture writes the fixture into a fresh store ("bolt" or "mem"),
// documents in the given order, and returns it.
func openFixture(t testing.TB, kind string, reverse bool) *graph.Store {
	t.Helper()
	ctx := context.Background()
	spec := "mem:"
	if kind == "bolt" {
		spec = filepath.Join(t.TempDir(), "kg.db")
	}
	st, err := graph.Open(ctx, spec, graph.Options{})
	if err != nil {
		t.Fatalf("open %s: %v", spec, err)
	}
	t.Cleanup(func() { st.Close() })
	rs := fixture()
	if reverse {
		rs[0], rs[1] = rs[1], rs[0]
	}
	for _, r := range rs {
		if _, err := st.Write(ctx, r); err != nil {
			t.Fatalf("write %s: %v", r.Doc.ID, err)
		}
	}
	return st
}
