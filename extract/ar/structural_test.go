package ar

import "testing"

// TestStructuralRelations checks officialOf, locatedIn and memberOf read
// from role phrases, place phrases and membership phrases (sentences
// written for this test).
func TestStructuralRelations(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []want
	}{
		// officialOf
		{"a post in a movement, unknown person", "وقال القيادي في حركة النهضة سامي بن عمار إن الحركة ستشارك في الانتخابات البلدية.",
			[]want{{"person-*", "officialOf", "ennahda", ""}}, nil},
		{"a post with no name after it names nobody", "وقال القيادي في حركة النهضة إن الحركة ستشارك في الانتخابات.",
			nil, []want{{"*", "officialOf", "ennahda", ""}}},
		{"a national body with its adjective", "وقال قائد الجيش الجزائري أحمد بن سليمان إن الحدود آمنة.",
			[]want{{"person-*", "officialOf", "algerian-*", ""}}, nil},
		{"a parliament named without its country: the speaker's own",
			"وقال رئيس مجلس النواب علي عبد العال إن المجلس سيناقش قانون الاستثمار. وتناقش اللجنة ملف ليبيا. وزار وفد ليبي القاهرة لبحث الأزمة في ليبيا.",
			[]want{{"ali-abdel-aal", "officialOf", "egyptian-house-of-representatives", ""}},
			[]want{{"ali-abdel-aal", "officialOf", "house-of-representatives-libya", ""}}},
		{"a past office", "وانتقد الرئيس التونسي السابق منصف المرزوقي قرار الحكومة.",
			[]want{{"moncef-marzouki", "officialOf", "tunisia", ""}}, nil},
		{"a member of a leadership organ holds an office", "وقال عضو المكتب السياسي لحركة النهضة كريم الهاروني إن الحوار مستمر.",
			[]want{{"person-*", "officialOf", "ennahda", ""}}, nil},
		// locatedIn
		{"a city in a compass part of a country", "وتظاهر المئات في مدينة كسلا في شرق السودان احتجاجا على الأسعار.",
			[]want{{"kassala", "locatedIn", "sudan", ""}}, nil},
		{"a governorate and a compass word before a country", "وضرب زلزال محافظة أسوان جنوب مصر.",
			[]want{{"aswan-governorate", "locatedIn", "egypt", ""}}, nil},
		{"a compass word before a city is no containment", "وانفجرت قنبلة في مدينة المنيا جنوب القاهرة.",
			nil, []want{{"minya", "locatedIn", "cairo", ""}}},
		{"a facility named after its place", "ورست السفينة في ميناء بورتسودان صباح أمس.",
			[]want{{"port-sudan-port", "locatedIn", "port-sudan", ""}}, nil},
		{"the capital of a country the text names", "ووصل الوفد إلى العاصمة نواكشوط لإجراء محادثات مع حكومة موريتانيا.",
			[]want{{"nouakchott", "locatedIn", "mauritania", ""}}, nil},
		{"a known container close after the place", "وتظاهر الآلاف في الخرطوم ومدن أخرى في السودان.",
			[]want{{"khartoum", "locatedIn", "sudan", ""}}, nil},
		{"a known container after a verb is too far", "وغادر الوفد الخرطوم، ثم أعلنت حكومة السودان موقفها.",
			nil, []want{{"khartoum", "locatedIn", "sudan", ""}}},
		// memberOf
		{"one of the members", "وقالت الجزائر، إحدى الدول الأعضاء في الاتحاد الأفريقي، إنها ترفض التدخل.",
			[]want{{"algeria", "memberOf", "african-union", ""}}, nil},
		{"one of a body's leaders is no membership rule", "وقالت الجزائر، إحدى أهم القوى في المنطقة، إنها ترفض التدخل.",
			nil, []want{{"algeria", "memberOf", "*", ""}}},
		{"a country and its allies in a body", "وتعارض الجزائر وحلفاؤها في الاتحاد الأفريقي أي تدخل عسكري.",
			[]want{{"algeria", "memberOf", "african-union", ""}}, nil},
		{"a membership list with the verb first", "وتضم الجامعة العربية الجزائر والسودان وموريتانيا.",
			[]want{{"algeria", "memberOf", "arab-league", ""}, {"mauritania", "memberOf", "arab-league", ""}}, nil},
		{"a member of a council", "وقال عضو البرلمان العربي سليم الورفلي إن الجلسة ستعقد غدا.",
			[]want{{"person-*", "memberOf", "arab-parliament", ""}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkFacts(t, run(t, c.text, "2016-05-10"), c.want, c.not)
		})
	}
}

// TestDatelineBody checks that a body named without its country is the
// body of the dateline's country when the text names another country as
// often (sentences written for this test).
func TestDatelineBody(t *testing.T) {
	cases := []struct{ name, text, want, not string }{
		{"dateline Beirut", "بيروت - (وكالات)\nوصوت مجلس النواب على قانون الانتخاب بعد نقاش حول أزمة ليبيا. وقال نواب إن الوضع في ليبيا يؤثر على المنطقة.",
			"lebanese-parliament", "house-of-representatives-libya"},
		{"no dateline: the country named most", "وصوت مجلس النواب على قانون الانتخاب بعد نقاش حول أزمة ليبيا. وقال نواب إن الوضع في ليبيا يؤثر على المنطقة.",
			"house-of-representatives-libya", "lebanese-parliament"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.text, "2016-05-10")
			got := map[string]bool{}
			for _, e := range r.Entities {
				got[e.Key] = true
			}
			if !got[c.want] || got[c.not] {
				t.Errorf("want %s and not %s; entities:%s", c.want, c.not, entityList(r))
			}
		})
	}
}
