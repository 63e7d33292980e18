package ar

import (
	"testing"

	"github.com/newskg/kg/extract"
)

// TestLocatedMore checks the forms of located_more.go by their rule ids
// (other rules may give the same fact from the catalogue), with sentences
// written for this test.
func TestLocatedMore(t *testing.T) {
	const lead = "قال مسؤولون اليوم إن الوضع متوتر في أفغانستان وإن أفغانستان تواجه هجمات. "
	cases := []struct {
		name, text, rule string
		want, not        []want
	}{
		{"a province east of the country", lead + "وهاجم مسلحون مراكز للشرطة في ولاية قندهار شرق البلاد.", "ar/located-land",
			[]want{{"kandahar-province", "locatedIn", "afghanistan", ""}}, nil},
		{"two compass words", lead + "وسيطر المسلحون على مديرية في ولاية بدخشان شمال شرقي البلاد.", "ar/located-land",
			[]want{{"badakhshan-province", "locatedIn", "afghanistan", ""}}, nil},
		{"a participle of lying before the compass word", lead + "وقصفت الطائرات ولاية هلمند الواقعة جنوبي البلاد.", "ar/located-land",
			[]want{{"helmand*", "locatedIn", "afghanistan", ""}}, nil},
		{"another country in the sentence: the country is in doubt", lead + "وفر لاجئون من ولاية قندهار شرق البلاد إلى باكستان.", "ar/located-land",
			nil, []want{{"kandahar-province", "locatedIn", "*", ""}}},
		{"no compass word: no containment", lead + "وزار الوزير ولاية قندهار ثم غادر البلاد.", "ar/located-land",
			nil, []want{{"kandahar-province", "locatedIn", "*", ""}}},
		{"the seat of a named region", lead + "ووصل الوزير إلى مدينة هرات، مركز ولاية هرات، أمس.", "ar/located-seat",
			[]want{{"herat", "locatedIn", "herat-province", ""}}, nil},
		{"the seat of the region unnamed: the catalogue's region", lead + "وقتل جنديان في مدينة غزني، مركز الولاية.", "ar/located-seat",
			[]want{{"ghazni", "locatedIn", "ghazni-province", ""}}, nil},
		{"the region named before is not the one unnamed", lead + "وسقطت مديرية في ولاية بدخشان. وقتل جنديان في مدينة غزني، مركز الولاية.", "ar/located-seat",
			nil, []want{{"ghazni", "locatedIn", "badakhshan-province", ""}}},
		{"a centre that is no seat", lead + "وانفجرت قنبلة في كابل، مركز الشرطة القديم.", "ar/located-seat",
			nil, []want{{"kabul", "locatedIn", "*", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.text, "2015-08-10")
			only := &extract.Result{}
			for _, f := range r.Facts {
				if f.Rule == c.rule {
					only.Facts = append(only.Facts, f)
				}
			}
			checkFacts(t, only, c.want, c.not)
		})
	}
}
