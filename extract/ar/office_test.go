package ar

import (
	"strings"
	"testing"

	"github.com/newskg/kg/extract"
)

// officials returns the officialOf facts of a result as "SUBJECT>OBJECT"
// pairs, each argument by its Arabic label (created entities) or key,
// with the role.
func officials(r *extract.Result) map[string]string {
	ar := map[string]string{}
	for _, e := range r.Entities {
		ar[e.Key] = e.Labels["ar"]
	}
	out := map[string]string{}
	for _, f := range r.Facts {
		if f.Predicate == extract.OfficialOf {
			out[ar[f.Subject]+">"+f.Object] = f.Role
		}
	}
	return out
}

// hasOfficial reports whether a person whose Arabic label contains name is
// officialOf an entity whose key is of, or (created) whose key starts
// with of when of ends in "*"; and the role.
func hasOfficial(r *extract.Result, name, of string) (string, bool) {
	for k, role := range officials(r) {
		s, o, _ := strings.Cut(k, ">")
		if strings.Contains(s, name) && keyIs(o, of) {
			return role, true
		}
	}
	return "", false
}

// TestOfficeChain: the genitive chain of an office, after a name or
// before it — units, a place, a parliament, an office holder's side.
func TestOfficeChain(t *testing.T) {
	cases := []officeCase{
		{"police chief of a place, title after the name",
			"وقال عبد الرازق أحمد قائد شرطة قندهار إن المسلحين هاجموا مركزا أمنيا.", "عبد الرازق", "afghanistan", ""},
		{"committee head in a parliament",
			"وقال حاكم الزاملي رئيس لجنة الأمن والدفاع في البرلمان العراقي إن التحقيق مستمر.", "الزاملي", "council-of-representatives-of-iraq", "head"},
		{"adviser of another office holder",
			"وقال محمد الطاهر سيالة مستشار رئيس الوزراء الليبي للشؤون الخارجية إن الحكومة ترفض التدخل.", "سيالة", "libya", "adviser"},
		{"a unit in a national army after a rank",
			"وأعلن العميد جورج خوري قائد فوج المغاوير في الجيش اللبناني انتهاء العملية.", "جورج خوري", "lebanese-armed-forces", "commander"},
		{"adviser of a president named before the name",
			"وقال مستشار الرئيس الأفغاني عبد الكريم خرم إن المحادثات ستستأنف.", "خرم", "afghanistan", "adviser"},
		{"governor of a province in apposition",
			"وقال أحمد خليل محافظ الأنبار إن النازحين عادوا إلى منازلهم.", "أحمد خليل", "iraq", ""},
		{"spokesman of a catalogue commander, after وهو",
			"وقال محمد الحجازي وهو المتحدث باسم خليفة حفتر إن الهجوم استهدف سفينة.", "الحجازي", "libyan-national-army", ""},
		{"senior adviser of a president",
			"وقالت فاليري جاريت كبيرة مستشاري أوباما إن الرئيس سيزور كينيا.", "جاريت", "united-states", "adviser"},
		{"an envoy's destination between his body and his name",
			"جدد مبعوث الأمم المتحدة إلى اليمن إسماعيل ولد الشيخ أحمد دعوته لوقف إطلاق النار.", "ولد الشيخ", "united-nations", "envoy"},
		{"a consul",
			"وقال القنصل الأمريكي العام في القدس دونالد بلوم إن واشنطن تدعم الحل.", "بلوم", "united-states", ""},
		{"minister of a portfolio in a named country",
			"وألقت الدكتورة نجاح العطار وزيرة الثقافة في الجمهورية العربية السورية كلمة في الافتتاح.", "العطار", "syria", ""},
	}
	checkOffices(t, cases)
}

// TestOfficeChainGuards: look-alikes of an office chain that must not give
// an officialOf of the body read, or a holder resolved through it.
func TestOfficeChainGuards(t *testing.T) {
	cases := []struct {
		name, text, notOf string
	}{
		{"a mission of a country names no holder of its presidency",
			"وقال رئيس بعثة مصر إلى البطولة إن الفريق يسعى إلى اللقب.", "egypt"},
		{"an adjective of the Arab world is no body",
			"وقال السفير ابراهيم السهلاوي مدير إدارة الشؤون العربية إن الاجتماع ناجح.", "arab-world"},
		{"a candidate for a presidency holds no office",
			"وقال المرشح لرئاسة الجمهورية أحمد شفيق إنه سيفوز في الانتخابات.", "egypt"},
		{"an offered post that was refused",
			"وعرضت الحكومة على محمد البرادعي منصب نائب الرئيس لكنه رفض.", "egypt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.text, "2015-08-01")
			for k := range officials(r) {
				if _, o, _ := strings.Cut(k, ">"); o == c.notOf {
					t.Errorf("got %s", k)
				}
			}
		})
	}
}

// TestOfficeChainCatalogueFirst: a catalogue person's office of the role
// wins over the country of a place read in the chain, and over a
// description the catalogue gives another country.
func TestOfficeChainCatalogueFirst(t *testing.T) {
	r := run(t, "دان مسعود البرزاني رئيس اقليم كردستان العراق السبت قصف تركيا لقرية في الاقليم.", "2015-08-01")
	if _, ok := hasOfficial(r, "رزاني", "kurdistan-regional-government"); !ok {
		t.Errorf("no Barzani officialOf the KRG: %v", officials(r))
	}
	if _, ok := hasOfficial(r, "رزاني", "iraq"); ok {
		t.Errorf("Barzani officialOf Iraq: %v", officials(r))
	}
}

// TestAppointments: appointment and election name an office (rule
// ar/office-appoint), and their negated or refused forms do not.
func TestAppointments(t *testing.T) {
	cases := []officeCase{
		{"appointer before, لها",
			"وأكدت حركة طالبان تعيين الملا أختر منصور أميرا لها.", "منصور", "taliban", "emir"},
		{"elected by a parliament, للبلاد",
			"وانتخب البرلمان الصومالي محمد عبد الله فرماجو رئيسا للبلاد.", "فرماجو", "somalia", "president"},
		{"a body named after the office",
			"وانتخب المؤتمر العام علي العريض أمينا عاما لحركة النهضة.", "العريض", "ennahda", ""},
		{"the appointer after its verb, a unit after the office",
			"وعينت الحكومة التونسية محمد الغرياني رئيسا لهيئة الأركان.", "الغرياني", "*", ""},
	}
	checkOffices(t, cases)
	negative := []struct{ name, text string }{
		{"a refused appointment", "ورفض البرلمان الليبي تعيين فايز السراج رئيسا للحكومة."},
		{"a demanded election", "ودعت المعارضة إلى انتخاب أحمد معيتيق رئيسا للحكومة الليبية."},
		{"a pronoun appointee", "وقال إن تعيينه رئيسا للحكومة جاء في وقت صعب."},
		{"an objection", "واعترض النواب على تعيين خالد بحاح رئيسا للحكومة اليمنية."},
	}
	for _, c := range negative {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.text, "2015-08-01")
			for _, f := range r.Facts {
				if f.Rule == "ar/office-appoint" {
					t.Errorf("got %s officialOf %s", f.Subject, f.Object)
				}
			}
		})
	}
}

// TestTitleBodyIsNode: a title whose body the catalogue names but whose
// holder nobody names still makes the body a node of the graph.
func TestTitleBodyIsNode(t *testing.T) {
	r := run(t, "وقال رئيس منظمة أطباء بلا حدود إن الوضع في المستشفى خطير.", "2015-08-01")
	for _, e := range r.Entities {
		if e.Key == "msf" {
			return
		}
	}
	t.Errorf("no MSF entity; got %v", r.Entities)
}

// officeCase is a sentence in which person (a word of his name) must be
// officialOf the entity of (a key, or a prefix ending in "*": "*" is any),
// with role when given.
type officeCase struct {
	name, text, person, of, role string
}

// checkOffices extracts each case's sentence (dated 2015-08-01) and checks
// its officialOf fact and role.
func checkOffices(t *testing.T, cases []officeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.text, "2015-08-01")
			role, ok := hasOfficial(r, c.person, c.of)
			if !ok {
				t.Fatalf("no %s officialOf %s; got %v", c.person, c.of, officials(r))
			}
			if c.role != "" && role != c.role {
				t.Errorf("role %q, want %q", role, c.role)
			}
		})
	}
}
