package ar

import (
	"strings"
	"testing"
)

// Table tests of the broad trigger lexicon (data/triggers.tsv), one test per
// predicate, with sentences written for them: other names, countries and
// topics than the evaluation articles, and the forms the construction table
// did not list before (persons and tenses of the paradigms, light verbs,
// event nouns, participles, passives).

func TestParadigm(t *testing.T) {
	cases := []struct {
		past, pres string
		want, not  []string
	}{
		{"دعم", "يدعم", []string{"دعمت", "دعموا", "دعمنا", "تدعم", "يدعمان", "يدعمون", "ندعم", "أدعم"}, []string{"دعما"}},
		{"استهدف", "يستهدف", []string{"استهدفا", "استهدفتا", "يستهدفون"}, nil},
		{"التقى", "يلتقي", []string{"التقى", "التقت", "التقيا", "التقوا", "التقينا", "يلتقيان", "يلتقون", "نلتقي"}, []string{"التقىت", "يلتقيون"}},
		{"رعى", "يرعى", []string{"رعت", "يرعى", "ترعى", "يرعون"}, nil},
	}
	for _, c := range cases {
		got := map[string]bool{}
		for _, f := range paradigm(c.past, c.pres) {
			got[f] = true
		}
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("paradigm(%s/%s) lacks %s: %v", c.past, c.pres, w, paradigm(c.past, c.pres))
			}
		}
		for _, w := range c.not {
			if got[w] {
				t.Errorf("paradigm(%s/%s) has %s", c.past, c.pres, w)
			}
		}
	}
	if got := expandParadigms("<شن/يشن> * {غارات,هجمات}"); !strings.HasPrefix(got, "{شن,شنت,") || !strings.HasSuffix(got, "} * {غارات,هجمات}") {
		t.Errorf("expandParadigms: %s", got)
	}
}

// TestTriggerTableGeneric checks that every row of data/triggers.tsv is
// read by the generic loader into at least one trigger of its predicate.
func TestTriggerTableGeneric(t *testing.T) {
	rows, err := readTSV("triggers.tsv", 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 150 {
		t.Fatalf("%d rows, want a broad lexicon", len(rows))
	}
	phrases := 0
	for _, r := range rows {
		ts, err := parseConstruction(r)
		if err != nil {
			t.Fatal(err)
		}
		if len(ts) == 0 {
			t.Errorf("row %v gives no trigger", r[:4])
		}
		phrases += len(ts)
		for _, tr := range ts {
			if tr.pred != r[0] || strings.Contains(tr.phrase, "<") || strings.Contains(tr.phrase, "{") {
				t.Errorf("row %s: phrase %q not expanded", r[1], tr.phrase)
			}
		}
	}
	t.Logf("%d rows, %d phrases", len(rows), phrases)
}

func TestTriggersMet(t *testing.T) {
	runCases(t, []cxCase{
		{"dual past verb with ب", "والتقى وزير الخارجية المصري سامح شكري بنظيره الجزائري رمطان لعمامرة في القاهرة.",
			[]want{{"sameh-shoukry", "met", "ramtane-lamamra", ""}}, nil},
		{"plural present, coordinated subjects", "ويجتمع قادة مصر والأردن في عمان الأسبوع الماضي.",
			nil, nil},
		{"received by phone", "وتلقى الرئيس الجزائري عبد العزيز بوتفليقة اتصالا هاتفيا من العاهل الأردني الملك عبد الله الثاني.",
			[]want{{"abdelaziz-bouteflika", "met", "abdullah-ii-of-jordan", ""}}, nil},
		{"held talks with, conducted round", "وأجرت المستشارة الألمانية أنغيلا ميركل جولة محادثات مع الرئيس الفرنسي فرانسوا هولاند.",
			[]want{{"angela-merkel", "met", "francois-hollande", ""}}, nil},
		{"discussed with", "وبحث شكري مع لعمامرة الأوضاع في ليبيا.",
			[]want{{"sameh-shoukry", "met", "ramtane-lamamra", ""}}, nil},
		{"event noun between", "وجاءت القمة الثنائية بين ميركل وهولاند بعد أسابيع من التوتر.",
			[]want{{"angela-merkel", "met", "francois-hollande", ""}}, nil},
		{"shook hands", "وصافح الرئيس الصيني شي جين بينغ المستشارة الألمانية أنغيلا ميركل.",
			[]want{{"xi-jinping", "met", "angela-merkel", ""}}, nil},
		{"at the head of those receiving", "وكان الملك عبد الله الثاني في مقدمة مستقبلي الرئيس المصري حسني مبارك في المطار.",
			[]want{{"abdullah-ii-of-jordan", "met", "hosni-mubarak", ""}}, nil},
	})
}

func TestTriggersVisited(t *testing.T) {
	runCases(t, []cxCase{
		{"arrived in, present", "ويصل الرئيس الصيني شي جين بينغ إلى القاهرة اليوم.",
			[]want{{"xi-jinping", "visited", "cairo", ""}}, nil},
		{"began a tour", "وبدأت ميركل جولة إلى الجزائر وتونس.",
			[]want{{"angela-merkel", "visited", "algeria", ""}}, nil},
		{"concluded a visit", "واختتم شكري زيارته إلى الخرطوم.",
			[]want{{"sameh-shoukry", "visited", "khartoum", ""}}, nil},
		{"a visit he made to", "وحذر وزير الخارجية الفرنسي فيليب دوست بلازي أثناء زيارة قام بها إلى لبنان من التصعيد.",
			[]want{{"philippe-douste-blazy", "visited", "lebanon", ""}}, nil},
		{"a country does not travel", "ووصلت فرنسا إلى اتفاق مع ألمانيا.",
			nil, []want{{"france", "visited", "*", ""}}},
	})
}

func TestTriggersAttacked(t *testing.T) {
	runCases(t, []cxCase{
		{"shelled, plural", "وقصفت القوات النيجيرية مواقع جماعة بوكو حرام.",
			[]want{{"nigerian-army", "attacked", "boko-haram", ""}}, nil},
		{"raided", "واقتحمت حركة الشباب مقرا حكوميا في مقديشو.",
			nil, []want{{"al-shabaab", "attacked", "somalia", ""}}},
		{"fired rockets at", "وأطلقت جماعة الحوثي صواريخ على السعودية.",
			[]want{{"houthis", "attacked", "saudi-arabia", ""}}, nil},
		{"carried out strikes against", "ونفذت الطائرات المصرية غارات جوية ضد مواقع تنظيم داعش في ليبيا.",
			[]want{{"egypt", "attacked", "islamic-state", ""}}, nil},
		{"suffered an attack by", "وتعرضت القوات النيجيرية لهجوم من جماعة بوكو حرام.",
			[]want{{"boko-haram", "attacked", "nigerian-army", ""}}, nil},
		{"a negated attack states nothing", "ولم تستهدف القوات المصرية مواقع حركة حماس.",
			nil, []want{{"*", "attacked", "hamas", ""}}},
		{"stormed a town, its head noun between", "واقتحمت قوات الاحتلال الإسرائيلي مدينة جنين فجر اليوم.",
			[]want{{"israel-defense-forces", "attacked", "jenin", ""}}, nil},
		{"shelled a city named directly", "وقصفت إسرائيل جنين.",
			[]want{{"israel", "attacked", "jenin", ""}}, nil},
		{"a place after another noun is not the object", "وهاجم الرئيس السوري بشار الأسد مواقف باريس.",
			nil, []want{{"*", "attacked", "paris", ""}}},
		{"visiting a city is no attack", "وزار الرئيس الفرنسي فرانسوا هولاند مدينة حلب.",
			nil, []want{{"*", "attacked", "aleppo", ""}}},
	})
}

func TestTriggersOpposes(t *testing.T) {
	runCases(t, []cxCase{
		{"condemned, present", "وتدين الجزائر التدخل العسكري وتستنكر غارات فرنسا على مالي.",
			nil, nil},
		{"expressed rejection of", "وأعربت مصر عن رفضها لسياسات تركيا في المنطقة.",
			[]want{{"egypt", "opposes", "turkey", ""}}, nil},
		{"criticised, plural", "وانتقد نواب حزب العمال البريطاني الحكومة.",
			nil, nil},
		{"directed sharp criticism at", "ووجهت الجزائر انتقادات حادة للمغرب.",
			[]want{{"algeria", "opposes", "morocco", ""}}, nil},
		{"froze relations with", "وجمدت المغرب علاقاتها مع الاتحاد الأفريقي.",
			[]want{{"morocco", "opposes", "african-union", ""}}, nil},
		{"opposes an agreement", "وتعارض إسرائيل الاتفاق النووي بشدة.",
			[]want{{"israel", "opposes", "iran-nuclear-deal", ""}}, nil},
	})
}

func TestTriggersSupports(t *testing.T) {
	runCases(t, []cxCase{
		{"backed, plural", "وأيدت الجزائر وتونس المبادرة المصرية ودعمتا حكومة الوفاق.",
			nil, nil},
		{"funded", "وتمول إيران جماعة الحوثي منذ سنوات.",
			[]want{{"iran", "supports", "houthis", ""}}, nil},
		{"provided military support to", "وقدمت فرنسا دعما عسكريا للجيش المالي.",
			[]want{{"france", "supports", "*", ""}}, nil},
		{"enjoys the support of", "ويحظى الرئيس الأسد بدعم من روسيا.",
			[]want{{"russia", "supports", "bashar-al-assad", ""}}, nil},
		{"supports an agreement", "ويدعم الرئيس الصيني شي جين بينغ الاتفاق النووي.",
			[]want{{"xi-jinping", "supports", "iran-nuclear-deal", ""}}, nil},
		{"stood by", "ووقفت السعودية إلى جانب البحرين.",
			[]want{{"saudi-arabia", "supports", "bahrain", ""}}, nil},
	})
}

func TestTriggersAccuses(t *testing.T) {
	runCases(t, []cxCase{
		{"accused, present", "وتتهم إثيوبيا مصر بدعم المعارضة.",
			[]want{{"ethiopia", "accuses", "egypt", ""}}, nil},
		{"threatened", "وتوعدت حركة الشباب كينيا بمزيد من الهجمات.",
			[]want{{"al-shabaab", "accuses", "kenya", ""}}, nil},
		{"held responsible", "وحملت الحكومة الصومالية حركة الشباب مسؤولية التفجير.",
			[]want{{"somalia", "accuses", "al-shabaab", ""}}, nil},
	})
}

func TestTriggersParticipated(t *testing.T) {
	runCases(t, []cxCase{
		{"took part in", "وشاركت مصر في قمة الجامعة العربية.",
			[]want{{"egypt", "participatedIn", "arab-league-summit", ""}}, nil},
	})
}

func TestTriggersCooperates(t *testing.T) {
	runCases(t, []cxCase{
		{"coordinates with", "وتنسق الجزائر مع تونس في مكافحة الإرهاب.",
			[]want{{"algeria", "cooperatesWith", "tunisia", ""}}, nil},
		{"signed a memorandum with", "ووقعت مصر مذكرة تفاهم مع الصين.",
			[]want{{"egypt", "cooperatesWith", "china", ""}}, nil},
		{"joint exercises between", "وانطلقت مناورات مشتركة بين مصر والسعودية.",
			[]want{{"egypt", "cooperatesWith", "saudi-arabia", ""}}, nil},
	})
}

func TestTriggersControls(t *testing.T) {
	runCases(t, []cxCase{
		{"took control of", "وبسطت حركة الشباب سيطرتها على مدينة مركا.",
			nil, nil},
		{"recaptured", "واستعادت القوات الحكومية الليبية مدينة سرت.",
			nil, nil},
		{"in the grip of", "وبقيت سرت في قبضة تنظيم داعش.",
			[]want{{"islamic-state", "controls", "sirte", ""}}, nil},
	})
}

func TestTriggersSupplies(t *testing.T) {
	runCases(t, []cxCase{
		{"supplied", "وزودت فرنسا مصر بطائرات رافال.",
			[]want{{"france", "supplies", "egypt", ""}}, nil},
	})
}

func TestEventArguments(t *testing.T) {
	runCases(t, []cxCase{
		{"a titled person after the verb is its subject", "واتهم المتحدث باسم الجيش الليبي أحمد المسماري قطر بدعم الجماعات المتطرفة.",
			[]want{{"ahmed-al-mismari", "accuses", "qatar", ""}}, nil},
		{"his country is the speaker's", "وقال وزير الخارجية الأردني ناصر جودة إن بلاده تدعم الحكومة العراقية.",
			[]want{{"jordan", "supports", "*", ""}}, []want{{"iraq", "supports", "*", ""}}},
		{"members of a collective subject after بينهم", "وأيد حلفاء غربيون بينهم حلف شمال الأطلسي والولايات المتحدة الإجراءات التركية.",
			[]want{{"nato", "supports", "turkey", ""}, {"united-states", "supports", "turkey", ""}}, nil},
		{"a policy noun's nationality adjective is the object of a stance", "وانتقد الرئيس الجزائري عبد العزيز بوتفليقة السياسة المغربية.",
			[]want{{"abdelaziz-bouteflika", "opposes", "morocco", ""}}, nil},
		{"an object pronoun on the trigger's preposition", "وزار ولي العهد السعودي مصر، وعقد الرئيس المصري عبد الفتاح السيسي لقاء معه.",
			[]want{{"abdel-fattah-el-sisi", "met", "muhammad-bin-nayef", ""}}, nil},
		{"an object pronoun with no referent gives nothing", "وعقد الرئيس المصري عبد الفتاح السيسي اجتماعا معه في القاهرة.",
			nil, []want{{"abdel-fattah-el-sisi", "met", "*", ""}}},
	})
}
