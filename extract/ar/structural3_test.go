package ar

import (
	"slices"
	"testing"
)

// TestStructuralLists checks memberOf from member lists, locatedIn from a
// bracket after a place and a party named in quotation marks (sentences
// written for this test).
func TestStructuralLists(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []want
	}{
		{"the members of a committee listed by its meeting named again",
			"وعقد اجتماع للجنة متابعة مبادرة السلام العربية أمس. وحضر الوزير الاجتماع الذي يضم تونس، والأردن، والبحرين.",
			[]want{{"tunisia", "memberOf", "arab-peace-initiative-committee", ""}, {"bahrain", "memberOf", "arab-peace-initiative-committee", ""}},
			[]want{{"tunisia", "memberOf", "event-*", ""}}},
		{"a meeting that brings ministers together lists no members",
			"وعقد اجتماع للجنة متابعة مبادرة السلام العربية أمس. وحضر الوزير الاجتماع الذي يضم وزراء خارجية تونس والأردن.",
			nil, []want{{"tunisia", "memberOf", "*", ""}, {"jordan", "memberOf", "*", ""}}},
		{"a meeting of no named body lists no members",
			"وانتهى الاجتماع الذي يضم تونس والأردن مساء أمس.",
			nil, []want{{"tunisia", "memberOf", "*", ""}}},
		{"the member states and among them",
			"واجتمع ممثلو الدول الأعضاء في حلف شمال الأطلسي ومن بينها تركيا وفرنسا.",
			[]want{{"turkey", "memberOf", "nato", ""}, {"france", "memberOf", "nato", ""}}, nil},
		{"countries of a region among them are no members",
			"وزار الوفد دولا في الاتحاد الأوروبي ومن بينها فرنسا وإيطاليا.",
			nil, []want{{"france", "memberOf", "*", ""}}},
		{"a bracket after a town: the compass part of a country",
			"وقصفت الطائرات بلدة المريسة (شرق ليبيا) فجر اليوم.",
			[]want{{"place-*", "locatedIn", "libya", ""}}, nil},
		{"a bracket after a town: beside a city, not in it",
			"وقصفت الطائرات بلدة المريسة (غرب بنغازي) فجر اليوم.",
			nil, []want{{"place-*", "locatedIn", "benghazi", ""}}},
		{"a bracket with a governorate",
			"وقتل جنديان في بلدة الكرمة (شمال محافظة الأنبار) أمس.",
			[]want{{"al-karmah", "locatedIn", "anbar-governorate", ""}}, nil},
		{"a party in quotation marks after its head noun",
			"وقال عضو الكنيست عن حزب «البيت اليهودي»، نيسان سلومنسكي، إن الحكومة ستسقط.",
			[]want{{"nissan-slomiansky", "memberOf", "jewish-home", ""}, {"nissan-slomiansky", "memberOf", "knesset", ""}}, nil},
		{"a former member for a party in quotation marks",
			"وقال عضو الكنيست السابق عن حزب «البيت اليهودي»، نيسان سلومنسكي، إن الحكومة ستسقط.",
			nil, []want{{"nissan-slomiansky", "memberOf", "jewish-home", ""}}},
		{"an agreement reached with a party, in the passive",
			"ويروج الرئيس للاتفاق النووي الذي تم التوصل إليه مع القوى العالمية الست في وقت سابق.",
			[]want{{"p5-plus-1", "participatedIn", "iran-nuclear-deal", ""}}, nil},
		{"an agreement reached in a city: the city's country took no part",
			"ويروج الرئيس للاتفاق النووي الذي تم التوصل إليه في فيينا الشهر الماضي.",
			nil, []want{{"austria", "participatedIn", "*", ""}}},
		{"a city and the governorate named after it are not related across sentences",
			"وقصفت الطائرات عدن أمس. وقال محافظ محافظة عدن إن القصف عنيف.",
			nil, []want{{"aden", "locatedIn", "aden-governorate", ""}}},
		{"a village lying in a governorate",
			"وقصفت الطائرات قرية الزيتونة الواقعة في محافظة إدلب.",
			[]want{{"place-*", "locatedIn", "idlib-governorate", ""}}, nil},
		{"a village belonging to a governorate",
			"وقصفت الطائرات قرية الزيتونة التابعة لمحافظة إدلب.",
			[]want{{"place-*", "locatedIn", "idlib-governorate", ""}}, nil},
		{"a village lying north of a city is beside it",
			"وقصفت الطائرات قرية الزيتونة الواقعة شمال مدينة إدلب.",
			nil, []want{{"place-*", "locatedIn", "idlib", ""}}},
		{"a village belonging to the army is no place in it",
			"وقصفت الطائرات قرية الزيتونة التابعة للجيش.",
			nil, []want{{"place-*", "locatedIn", "*", ""}}},
		{"who took part after بمشاركة",
			"وانطلقت في جنيف محادثات السلام اليمنية بمشاركة الحكومة اليمنية والحوثيين.",
			[]want{{"houthis", "participatedIn", "event-*", ""}, {"yemeni-government", "participatedIn", "event-*", ""}},
			[]want{{"switzerland", "participatedIn", "*", ""}}},
		{"planned talks with parties have no participants yet",
			"ومن المقرر أن تنطلق محادثات السلام اليمنية بمشاركة الحكومة اليمنية والحوثيين.",
			nil, []want{{"houthis", "participatedIn", "*", ""}}},
		{"praise for a country's part in no named event",
			"وأشاد الوزير بمشاركة السعودية في حماية الحدود.",
			nil, []want{{"saudi-arabia", "participatedIn", "*", ""}}},
		{"delegates of parties at a conference",
			"وشارك في مؤتمر فيينا ممثلون عن السعودية وإيران.",
			[]want{{"saudi-arabia", "participatedIn", "vienna-talks", ""}, {"iran", "participatedIn", "vienna-talks", ""}}, nil},
		{"delegates who did not attend",
			"ولم يشارك في مؤتمر فيينا ممثلون عن إيران.",
			nil, []want{{"iran", "participatedIn", "*", ""}}},
		{"delegates met before a conference: no attendance word",
			"والتقى ممثلون عن إيران الوزير قبل مؤتمر فيينا.",
			nil, []want{{"iran", "participatedIn", "*", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkFacts(t, run(t, c.text, "2015-08-10"), c.want, c.not)
		})
	}
}

// TestLocatedFeatures checks what a locatedIn fact tells the fact scorer
// about the catalogue's view of it.
func TestLocatedFeatures(t *testing.T) {
	cases := []struct {
		name, text, place, container, feature string
	}{
		{"the capital named with its adjective", "ووصل الوزير إلى العاصمة القطرية الدوحة أمس.", "doha", "qatar", "loc=capital"},
		{"a town in its governorate", "وتقع الفلوجة في محافظة الأنبار غرب العراق.", "fallujah", "anbar-governorate", "loc=nearest"},
		{"a port and the city in its name", "ورست السفينة في ميناء الحديدة أمس.", "hodeidah-port", "hodeidah", "loc=nearest"},
		{"a city in its country over its governorate", "ووصل الوفد إلى الرمادي أمس. وتأتي الزيارة في إطار جولة في العراق.", "ramadi", "iraq", "loc=farther"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.text, "2015-08-10")
			found := false
			for _, f := range r.Facts {
				if f.Subject == c.place && f.Predicate == "locatedIn" && f.Object == c.container {
					found = true
					if !slices.Contains(f.Features, c.feature) {
						t.Errorf("%s locatedIn %s: features %v lack %s", c.place, c.container, f.Features, c.feature)
					}
				}
			}
			if !found {
				t.Errorf("no %s locatedIn %s; got:%s", c.place, c.container, dump(r))
			}
		})
	}
}

// TestStructWords checks that data/structural.tsv loads and holds its
// lists apart.
func TestStructWords(t *testing.T) {
	w, err := loadStructWords()
	if err != nil {
		t.Fatalf("embedded data/structural.tsv: %v", err)
	}
	if !w.with["حضور"] || !w.lying["الواقعه"] || w.with["الواقعه"] {
		t.Errorf("lists read wrongly: %+v", w)
	}
}
