package export

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
)

// TestRomanisedLabel: a name the catalogue lacks has a romanised label
// (ar-Latn) and no English one; the views show it marked as romanised and
// keep it in a column of its own.
func TestRomanisedLabel(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open(ctx, "mem:", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	text := "قال محافظ البصرة السابق عادل الحلو إن المدينة بحاجة إلى دعم."
	r := &extract.Result{
		Doc: extract.Document{ID: "doc-r", Lang: "ar", Text: text},
		Entities: []extract.Entity{
			{Key: "person-adel-al-halu-1", Type: extract.Person, Labels: map[string]string{"ar": "عادل الحلو", RomanisedLang: "Adel al-Halu"}, Confidence: 0.6},
			{Key: "basra", Type: extract.Place, Labels: map[string]string{"en": "Basra", "ar": "البصرة"}},
		},
		Facts: []extract.Fact{{Subject: "person-adel-al-halu-1", Predicate: extract.Visited, Object: "basra", Evidence: text, End: len(text), Rule: "test", Confidence: 0.5}},
	}
	if _, err := st.Write(ctx, r); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Elements struct {
			Nodes []struct {
				Data map[string]any `json:"data"`
			} `json:"nodes"`
		} `json:"elements"`
	}
	if err := json.Unmarshal(export(t, st, "cyjs", Filter{}), &doc); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, n := range doc.Elements.Nodes {
		if n.Data["label_ar_latn"] != "Adel al-Halu" {
			continue
		}
		found = true
		if n.Data["name"] != "Adel al-Halu (romanised)" || n.Data["label_en"] != nil || n.Data["label_ar"] != "عادل الحلو" {
			t.Errorf("node %v: want the name \"Adel al-Halu (romanised)\", no English label, the Arabic label", n.Data)
		}
	}
	if !found {
		t.Errorf("no node with the romanised label; nodes %v", doc.Elements.Nodes)
	}
}
