package ar

import (
	"slices"
	"testing"
)

// TestVenueEvents checks events composed from an event noun and the venue
// later in its clause, and who took part in them (sentences written for
// this test).
func TestVenueEvents(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []want
	}{
		{"talks between two sides, the venue after them",
			"وانطلقت محادثات بين الحكومة الصومالية وحركة الشباب في نيروبي أمس.",
			[]want{{"somalia", "participatedIn", "event-talks-nairobi-*", ""}, {"al-shabaab", "participatedIn", "event-talks-nairobi-*", ""}}, nil},
		{"the venue before a round of talks",
			"وانتهت في برلين جولة محادثات بين وزير الخارجية الإيراني محمد جواد ظريف ووزير الخارجية الألماني.",
			[]want{{"mohammad-javad-zarif", "participatedIn", "event-talks-berlin-*", ""}}, nil},
		{"talks held in a city, after a relative and its verb",
			"وقالت الحكومة السودانية إن المفاوضات التي جرت في أديس أبابا مع الحركة الشعبية كانت صعبة.",
			nil, []want{{"*", "participatedIn", "event-talks-khartoum-*", ""}}},
		{"a topic word: the city is what the talks are about",
			"وشاركت الحكومة اليمنية في محادثات بشأن الوضع في عدن.",
			nil, []want{{"*", "participatedIn", "event-talks-aden-*", ""}}},
		{"a region after في is where the rebels are, not a venue",
			"وشاركت الحكومة الصومالية في محادثات مع المتمردين في جنوب الصومال.",
			nil, []want{{"somalia", "participatedIn", "*", ""}}},
		{"a meeting in a city is no named event",
			"وشارك وزير الدفاع العراقي في اجتماع مع قادة الجيش في بغداد.",
			nil, []want{{"*", "participatedIn", "event-*baghdad*", ""}}},
		{"a press conference in a city is no named event",
			"وقال وزير الخارجية الليبي خلال مؤتمر صحفي في تونس إن الحوار مستمر.",
			nil, []want{{"*", "participatedIn", "event-talks-tunis*", ""}}},
		{"a summit with leaders hosted at a resort, without a relative pronoun",
			"وتأتي الزيارة بعد قمة مع قادة دول الاتحاد الأفريقي استضافها الرئيس الأمريكي باراك أوباما في منتجع كامب ديفيد.",
			[]want{{"african-union", "participatedIn", "2015-camp-david-summit", ""}, {"barack-obama", "participatedIn", "2015-camp-david-summit", ""}}, nil},
		{"talks at a seat in a city are named by the city",
			"وانتهت في مقر الأمم المتحدة في نيويورك محادثات بين الحكومة الصومالية وحركة الشباب.",
			[]want{{"al-shabaab", "participatedIn", "event-talks-new-york*", ""}},
			[]want{{"*", "participatedIn", "event-talks-headquarters*", ""}}},
		{"the talks named again later in the document",
			"وبدأت محادثات بين الحكومة الصومالية وحركة الشباب في نواكشوط. وشارك وزير الخارجية الجزائري رمطان لعمامرة في المحادثات.",
			[]want{{"somalia", "participatedIn", "event-talks-*", ""}, {"ramtane-lamamra", "participatedIn", "event-talks-*", ""}},
			[]want{{"mauritania", "participatedIn", "*", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkFacts(t, run(t, c.text, "2015-06-10"), c.want, c.not)
		})
	}
}

// TestEventParticipants checks who took part in a named event: fronted
// events, collective participants, relatives that bring parties
// together, and refusals (sentences written for this test).
func TestEventParticipants(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []want
	}{
		{"the event before its subject",
			"عقدت قمة نواكشوط أمس. وشارك في القمة الرئيس السوداني عمر البشير.",
			[]want{{"omar-al-bashir", "participatedIn", "event-summit-nouakchott-*", ""}}, nil},
		{"leaders of the states of a council",
			"وعقدت قمة نواكشوط أمس بمشاركة قادة دول مجلس التعاون الخليجي.",
			[]want{{"gulf-cooperation-council", "participatedIn", "event-summit-nouakchott-*", ""}}, nil},
		{"talks that bring a government and rebels together",
			"وقال مسؤول إن محادثات نواكشوط التي تجمع الحكومة المالية والحركة الوطنية لتحرير أزواد ستستمر أسبوعا.",
			[]want{{"mali", "participatedIn", "event-talks-nouakchott-*", ""}}, nil},
		{"a refusal to take part",
			"ورفضت حركة الشباب المشاركة في مؤتمر مقديشو.",
			nil, []want{{"al-shabaab", "participatedIn", "*", ""}}},
		{"a refusal to attend",
			"ورفض الرئيس السوداني عمر البشير حضور قمة نيروبي.",
			nil, []want{{"omar-al-bashir", "participatedIn", "*", ""}}},
		{"an apology for not attending",
			"واعتذر الرئيس الصومالي حسن شيخ محمود عن حضور قمة نيروبي.",
			nil, []want{{"hassan-sheikh-mohamud", "participatedIn", "*", ""}}},
		{"a call for a conference is no part in it",
			"ودعا الرئيس التونسي الباجي قائد السبسي إلى مؤتمر تونس حول ليبيا.",
			nil, []want{{"beji-caid-essebsi", "participatedIn", "*", ""}}},
		{"a catalogue agreement named again by its noun",
			"ووقعت الحكومة اليمنية اتفاق الرياض أمس. ووقع المجلس الانتقالي الجنوبي على الاتفاق في المساء.",
			[]want{{"southern-transitional-council", "participatedIn", "riyadh-agreement-2019", ""}}, nil},
		{"the head of his country's delegation to a summit",
			"وترأس وزير الخارجية المصري سامح شكري وفد بلاده إلى قمة نواكشوط.",
			[]want{{"sameh-shoukry", "participatedIn", "event-summit-nouakchott-*", ""}}, nil},
		{"the head of a delegation taking part in a summit",
			"وترأس رئيس الوزراء الصومالي عمر عبد الرشيد شارماركي الوفد الصومالي المشارك في قمة نواكشوط.",
			[]want{{"somalia", "participatedIn", "event-summit-nouakchott-*", ""}}, nil},
		{"a delegation that will go is no part yet",
			"وسيترأس وزير الخارجية المصري سامح شكري وفد بلاده إلى قمة نواكشوط.",
			nil, []want{{"sameh-shoukry", "participatedIn", "*", ""}}},
		{"a delegation headed to talk, with no named event",
			"وترأس وزير الخارجية المصري سامح شكري وفدا لبحث الأزمة مع المسؤولين في نواكشوط.",
			nil, []want{{"sameh-shoukry", "participatedIn", "*", ""}}},
		{"took part, with the participant first",
			"وشارك الرئيس الصومالي حسن شيخ محمود في قمة نيروبي.",
			[]want{{"hassan-sheikh-mohamud", "participatedIn", "event-summit-nairobi-*", ""}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkFacts(t, run(t, c.text, "2015-06-10"), c.want, c.not)
		})
	}
}

// TestEventNames checks the English names of composed events: rounds,
// editions, declarations (sentences written for this test).
func TestEventNames(t *testing.T) {
	cases := []struct {
		name, text string
		key        string   // prefix of the event's key
		labels     []string // English labels it must carry
		none       bool     // no such event
	}{
		{"a numbered round", "وانطلق مؤتمر نيروبي 3 بمشاركة الحكومة الصومالية.",
			"event-talks-nairobi-iii", []string{"Nairobi III conference", "Nairobi 3 conference", "Nairobi III", "Nairobi 3"}, false},
		{"a year after the venue", "واختتمت قمة نواكشوط 2016 أعمالها أمس.",
			"event-summit-2016-nouakchott", []string{"2016 Nouakchott summit", "Nouakchott summit 2016"}, false},
		{"a declaration before a relative", "وأكد إعلان الخرطوم الذي صدر أمس وحدة السودان.",
			"event-declaration-khartoum", []string{"Khartoum Declaration"}, false},
		{"a declaration before في", "وصدر إعلان الخرطوم في ختام القمة.",
			"event-declaration-khartoum", []string{"Khartoum Declaration"}, false},
		{"a city's announcement is no declaration", "وأثار إعلان الخرطوم رفضها للقرار غضب المعارضة.",
			"event-declaration-khartoum", nil, true},
		{"an annual summit of a body", "وشارك الرئيس السوداني عمر البشير في القمة السنوية للاتحاد الأفريقي.",
			"event-summit-african-union", []string{"African Union summit"}, false},
		{"an ordinal without لـ names no body", "وانتهت القمة الثانية أمس في الخرطوم.",
			"event-summit-african-union", nil, true},
		{"a truce named by its town", "وصمدت هدنة تعز لساعات.",
			"event-truce-taiz", []string{"Taiz truce", "Taiz ceasefire"}, false},
		{"a dialogue named by its town", "واستؤنف حوار جنيف بين الأطراف اليمنية.",
			"event-talks-geneva", []string{"Geneva dialogue"}, false},
		{"talks after the venue and the noun", "وقع الطرفان في نواكشوط اتفاقا لوقف إطلاق النار.",
			"event-agreement-nouakchott", []string{"Nouakchott agreement"}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.text, "2015-06-10")
			var labels []string
			found := false
			for _, e := range r.Entities {
				if !keyIs(e.Key, c.key+"*") {
					continue
				}
				found = true
				labels = append(labels, e.Labels["en"])
				for _, l := range e.AltLabels {
					labels = append(labels, l.Text)
				}
			}
			if c.none {
				if found {
					t.Errorf("unexpected event %s*: %v", c.key, labels)
				}
				return
			}
			if !found {
				t.Fatalf("no event %s*; got:%s", c.key, dump(r))
			}
			for _, l := range c.labels {
				if !slices.Contains(labels, l) {
					t.Errorf("label %q missing; have %v", l, labels)
				}
			}
		})
	}
}
