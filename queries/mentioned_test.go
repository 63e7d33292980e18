package queries

import (
	"context"
	"testing"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/queries/querytest"
)

// TestCoMentionedWithoutFacts: an entity a document names but no fact
// uses (vocab:mentionedIn) shares that document with the fact's entities.
func TestCoMentionedWithoutFacts(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, t.TempDir()+"/kg.db", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	text := "التقى الوزير نظيره في عمان وتحدث عن الوضع في مالي."
	r := &extract.Result{
		Doc: extract.Document{ID: "doc-a", Lang: "ar", Text: text},
		Entities: []extract.Entity{
			{Key: "alpha", Type: extract.Person, Labels: map[string]string{"en": "Alpha"}},
			{Key: "beta", Type: extract.Person, Labels: map[string]string{"en": "Beta"}},
			{Key: "mali", Type: extract.Country, Labels: map[string]string{"en": "Mali"}},
		},
		Facts: []extract.Fact{{Subject: "alpha", Predicate: extract.Met, Object: "beta", Evidence: text, End: len(text), Rule: "test", Confidence: 0.9}},
	}
	if _, err := s.Write(ctx, r); err != nil {
		t.Fatal(err)
	}
	res, err := Run(ctx, s, "co-mentioned", map[string]string{"entity": "Alpha"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ent := s.Vocab().Base + "entity/"
	if !querytest.HasRow(res.Rows, map[string]any{"other": ent + "mali"}) || !querytest.HasRow(res.Rows, map[string]any{"other": ent + "beta"}) {
		t.Errorf("rows %v, want Mali (named, no fact) and Beta", res.Rows)
	}
}

// TestRomanisedName: an entity known by its Arabic name and a romanised
// label resolves by the romanised spelling, and is described with the
// romanisation marked as such.
func TestRomanisedName(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, t.TempDir()+"/kg.db", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	text := "قال محافظ البصرة السابق عادل الحلو إن المدينة بحاجة إلى دعم."
	r := &extract.Result{
		Doc: extract.Document{ID: "doc-b", Lang: "ar", Text: text},
		Entities: []extract.Entity{
			{Key: "person-adel-al-halu-1", Type: extract.Person, Labels: map[string]string{"ar": "عادل الحلو", "ar-Latn": "Adel al-Halu"}, Confidence: 0.6},
		},
	}
	if _, err := s.Write(ctx, r); err != nil {
		t.Fatal(err)
	}
	iris, err := ResolveEntity(ctx, s, "Adel al-Halu")
	if err != nil || len(iris) != 1 {
		t.Fatalf("ResolveEntity(Adel al-Halu) = %v, %v; want one entity", iris, err)
	}
	info, ok := Describe(ctx, s, string(iris[0]))
	if !ok {
		t.Fatalf("Describe(%s): nothing known", iris[0])
	}
	if info.Label != "Adel al-Halu (romanised)" {
		t.Errorf("label %q, want the romanisation marked as such", info.Label)
	}
}
