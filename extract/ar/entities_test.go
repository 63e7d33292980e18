package ar

import (
	"strings"
	"testing"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// The sentences of these tests were written for them; the people, towns
// and groups the catalogue does not know are invented.

// entityKey returns the key of the entity of r with the given Arabic label
// ("" when none).
func entityKey(r *extract.Result, ar string) string {
	if e := entityByArabic(r, ar); e != nil {
		return e.Key
	}
	return ""
}

// hasEntity reports whether r has an entity whose key matches pattern
// (keyIs: a trailing * matches any suffix).
func hasEntity(r *extract.Result, pattern string) bool {
	for _, e := range r.Entities {
		if keyIs(e.Key, pattern) {
			return true
		}
	}
	return false
}

func entityList(r *extract.Result) string {
	var b strings.Builder
	for _, e := range r.Entities {
		b.WriteString("\n  " + e.Key + " " + string(e.Type) + " " + e.Labels["en"] + " " + e.Labels[LangRomanised] + " " + e.Labels["ar"])
	}
	return b.String()
}

// TestEveryNamedEntityIsANode: entities the text names become entities of
// the result whether or not a fact uses them.
func TestEveryNamedEntityIsANode(t *testing.T) {
	r := run(t, "وتحدث وزير الخارجية الروسي عن الوضع في ليبيا والعراق وعن دور الأمم المتحدة.", "2016-03-01")
	for _, k := range []string{"libya", "iraq", "united-nations", "russia", "sergei-lavrov"} {
		if !hasEntity(r, k) {
			t.Errorf("no entity %s; entities:%s", k, entityList(r))
		}
	}
}

// TestHeadNouns: a head noun types the name after it; a catalogue place
// after an institution's head composes an English name; an adjective
// after a head is no name.
func TestHeadNouns(t *testing.T) {
	cases := []struct {
		name, text string
		ar, typ    string // the entity expected (Arabic label, type), or "" for none of that type
		latin      string // its English or romanised label, if checked
		not        string // an Arabic label that must not be an entity
	}{
		{"village, two words before a direction", "قصفت الطائرات قرية كفر سلوان الواقعة شمال حلب.", "كفر سلوان", extract.Place, "", ""},
		{"hospital keeps its head", "ونقل الجرحى إلى مستشفى النور في المدينة.", "مستشفى النور", extract.Facility, "al-Nour Hospital", ""},
		{"quoted party name", "وانتقد حزب « الوفاق الجديد » قرار الحكومة.", "حزب الوفاق الجديد", extract.Organization, "", ""},
		{"university of a catalogue city", "وافتتحت جامعة الموصل كلية جديدة.", "جامعة الموصل", extract.Organization, "University of Mosul", ""},
		{"air base with its adjective", "وهبطت الطائرات في قاعدة الرمانة الجوية أمس.", "قاعدة الرمانة", extract.Facility, "al-Ramana Air Base", ""},
		{"dual head, two places", "وتدور معارك في منطقتي الزهراء والكرامة منذ أيام.", "الزهراء", extract.Place, "", ""},
		{"national body and adjective", "وأعلنت الشرطة التونسية توقيف خمسة أشخاص.", "الشرطة التونسية", extract.Organization, "Tunisian Police", ""},
		{"an adjective is no name", "وتقع مدينة كبيرة على النهر.", "", "", "", "كبيرة"},
		{"an indefinite head and a nationality adjective", "وهاجم مسلحون جامعة كينية قرب الحدود.", "", "", "", "جامعة كينية"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.text, "2016-05-01")
			if c.ar != "" {
				e := entityByArabic(r, c.ar)
				if e == nil || string(e.Type) != c.typ {
					t.Fatalf("want a %s labelled %q; entities:%s", c.typ, c.ar, entityList(r))
				}
				if c.latin != "" && e.Labels["en"] != c.latin && e.Labels[LangRomanised] != c.latin {
					t.Errorf("%q: labels %v, want %q", c.ar, e.Labels, c.latin)
				}
			}
			if c.not != "" && entityByArabic(r, c.not) != nil {
				t.Errorf("%q should be no entity; entities:%s", c.not, entityList(r))
			}
		})
	}
	r := run(t, "وتدور معارك في منطقتي الزهراء والكرامة منذ أيام.", "2016-05-01")
	if entityByArabic(r, "الكرامة") == nil {
		t.Errorf("dual head: want the second place too; entities:%s", entityList(r))
	}
}

// TestDisambiguation: names that are also words or other names, settled
// by the document.
func TestDisambiguation(t *testing.T) {
	cases := []entityCase{
		{"Amman near Jordan", "ووصل الوفد إلى عمان حيث التقى مسؤولين في الحكومة الأردنية.", "2016-02-01", "amman", "oman"},
		{"Oman without Jordan", "ووصل الوفد إلى عمان حيث التقى وزير الخارجية العماني.", "2016-02-01", "oman", "amman"},
		{"the month آب is no city", "وانتهت المهلة في 12 آب الماضي دون اتفاق.", "2016-09-01", "", "ibb"},
		{"Ibb in a Yemeni document", "وسيطر الحوثيون على أطراف مدينة إب وسط اليمن.", "2016-09-01", "ibb", ""},
		{"مالي as financial", "وأعلنت الحكومة عن دعم مالي للمزارعين وتحسين الوضع المالي للبلاد.", "2016-09-01", "", "mali"},
		{"Mali the country", "ووصل الرئيس الفرنسي إلى مالي لتفقد قوات بلاده في تمبكتو.", "2016-09-01", "mali", ""},
		{"a shared family name in an Iraqi document", "وقال الجعفري إن العراق سيواصل الحرب على الإرهاب في الأنبار ونينوى.", "2016-09-01", "ibrahim-al-jaafari", "bashar-jaafari"},
		{"a shared family name in a Syrian document", "وقال الجعفري أمام مجلس الأمن إن الحكومة السورية تحارب الإرهاب في حلب.", "2016-09-01", "bashar-jaafari", "ibrahim-al-jaafari"},
		{"Tripoli of Lebanon", "واندلعت اشتباكات في طرابلس شمال لبنان بين مسلحين من باب التبانة وجبل محسن.", "2016-09-01", "tripoli-lebanon", "tripoli"},
		{"Tripoli of Libya", "واندلعت اشتباكات في طرابلس بين فصائل ليبية متناحرة.", "2016-09-01", "tripoli", "tripoli-lebanon"},
		{"King Abdullah II with عبدالله written as one word", "واستقبل العاهل الأردني الملك عبدالله الثاني في عمان وزير الخارجية الأمريكي.", "2015-10-24", "abdullah-ii-of-jordan", "abdullah-al-thani"},
		{"Abdullah al-Thani with عبدالله written as one word", "وقال رئيس الحكومة الليبية المؤقتة عبدالله الثني إن حكومته ترفض الاتفاق.", "2015-10-24", "abdullah-al-thani", "abdullah-ii-of-jordan"},
		{"a generic peace process away from Israel and Palestine", "ودعت الحكومة الأفغانية حركة طالبان إلى عملية السلام.", "2016-09-01", "", "israeli-palestinian-peace-process"},
	}
	checkEntityCases(t, cases)
}

// TestCoreference: later mentions by family name, first two words, head
// noun with the article or الأخيرة refer back, for new and catalogue
// entities alike.
func TestCoreference(t *testing.T) {
	cases := []struct {
		name, text string
		first      string // key pattern (or Arabic label) of the entity named first
		later      string // the word of the later mention
	}{
		{"family name of a new person", "وقال الصحافي اليمني سامر الحداد إن المعارك مستمرة. وأضاف الحداد أن المدنيين يدفعون الثمن.", "سامر الحداد", "الحداد"},
		{"first two words of a new person", "وقال الناشط عبد الكريم ناصر الشامي إن الوضع صعب. وطالب عبد الكريم ناصر بفتح المعابر.", "عبد الكريم ناصر الشامي", "عبد"},
		{"family name of a catalogue person", "ترأس رئيس الوزراء اللبناني تمام سلام جلسة الحكومة. وقال سلام إن الأزمة ستحل.", "tammam-salam", "سلام"},
		{"the group by its head noun", "وسيطرت جبهة « أحرار الجبل » على التلال. وقالت الجبهة إن مقاتليها تقدموا.", "جبهة أحرار الجبل", "الجبهة"},
		{"the city by its head noun", "وقصفت الطائرات مدينة الرمادي أمس. وقال سكان إن المدينة تعرضت لقصف عنيف.", "ramadi", "المدينة"},
		{"the latter", "وتحدث الوزير عن العلاقات مع السعودية وقطر، مشيرا إلى الأخيرة في حديثه عن الوساطة.", "qatar", "الأخيرة"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, sts := mentionPass(t, c.text)
			var ments []*mention
			var toks [][]string
			for _, st := range sts {
				for _, m := range st.ments {
					ments = append(ments, m)
					var w []string
					for k := m.s; k < m.e; k++ {
						w = append(w, st.toks[k].Bare)
					}
					toks = append(toks, w)
				}
			}
			first := c.first
			if !strings.ContainsAny(first, "abcdefghijklmnopqrstuvwxyz") {
				for k, e := range d.created {
					if e.Labels["ar"] == c.first {
						first = k
					}
				}
			}
			n := 0
			for i, m := range ments {
				if keyIs(m.key, first) {
					n++
					if n > 1 && len(toks[i]) > 0 && !strings.Contains(strings.Join(toks[i], " "), strings.TrimPrefix(c.later, "و")) {
						t.Logf("later mention: %v", toks[i])
					}
				}
			}
			if n < 2 {
				var b strings.Builder
				for i, m := range ments {
					b.WriteString("\n  " + m.key + " " + strings.Join(toks[i], " "))
				}
				t.Errorf("want %s named again (by %s); mentions:%s", first, c.later, b.String())
			}
		})
	}
}

// TestUnknownPeople: people the catalogue lacks, from titles, role nouns,
// apposition and given names, with their full names and no current office
// after السابق.
func TestUnknownPeople(t *testing.T) {
	x := New()
	if err := x.load(); err != nil {
		t.Fatal(err)
	}
	roman := x.roman
	cases := []struct {
		name, text string
		ar         string // the new person's Arabic label
		latin      string // their romanised label, if checked
		office     string // country or organisation key of an officialOf, "" for none
	}{
		{"former governor: a person, no current office", "وقال محافظ البصرة السابق عادل الحلو إن المدينة بحاجة إلى دعم.", "عادل الحلو", "", ""},
		{"role noun", "وقال الناشط الحقوقي محمود الخطيب إن السلطات اعتقلته.", "محمود الخطيب", "Mahmoud al-Khatib", ""},
		{"name before a title", "وقال سامي العلوي المتحدث باسم الخارجية التونسية إن الوفد سيصل غدا.", "سامي العلوي", "", "tunisia"},
		{"full name with a compound", "وقال القيادي في حماس عبد الكريم ناصر الشامي إن الحركة ترفض المبادرة.", "عبد الكريم ناصر الشامي", "Abdul Karim Nasser al-Shami", "hamas"},
		{"a given name and a family name anywhere", "ونقل التقرير عن أحمد البدراني قوله إن الأسعار ارتفعت.", "أحمد البدراني", "Ahmed al-Badrani", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.text, "2016-04-01")
			e := entityByArabic(r, c.ar)
			if e == nil || e.Type != extract.Person {
				t.Fatalf("want a person %q; entities:%s", c.ar, entityList(r))
			}
			want := c.latin
			if want == "" {
				want = roman.Name(c.ar) // the spelling depends on the catalogue's names
			}
			if e.Labels[LangRomanised] != want {
				t.Errorf("%q romanised %q, want %q", c.ar, e.Labels[LangRomanised], want)
			}
			if e.Labels["en"] != "" {
				t.Errorf("%q has an English label %q; a romanisation is no English name", c.ar, e.Labels["en"])
			}
			var office string
			for _, f := range r.Facts {
				if f.Predicate == extract.OfficialOf && f.Subject == e.Key {
					office = f.Object
				}
			}
			if office != c.office {
				t.Errorf("officialOf %q, want %q; facts:%s", office, c.office, dump(r))
			}
		})
	}
}

// TestSameNameOneEntity: the same unknown name in two documents is one
// entity (one key).
func TestSameNameOneEntity(t *testing.T) {
	a := run(t, "وقال الناشط الحقوقي محمود الخطيب إن السلطات اعتقلته.", "2016-04-01")
	b := run(t, "والتقى الوزير مع الناشط محمود الخطيب في تونس.", "2017-01-01")
	ka, kb := entityKey(a, "محمود الخطيب"), entityKey(b, "محمود الخطيب")
	if ka == "" || ka != kb {
		t.Errorf("keys %q and %q, want one non-empty key", ka, kb)
	}
}

// TestInnerNames: a place inside a longer catalogue or composed name is a
// node too.
func TestInnerNames(t *testing.T) {
	r := run(t, "ورست السفينة في ميناء عدن بعد رحلة طويلة.", "2016-04-01")
	if !hasEntity(r, "aden") {
		t.Errorf("want Aden named inside the port's name; entities:%s", entityList(r))
	}
}

// TestNationalBody: a national body named without its country is that
// body of the country the document is about.
func TestNationalBody(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"a guard named without its country", "وقال مسؤول يمني إن الحوثيين في اليمن يسيطرون على صنعاء. وأضاف أن الحرس الجمهوري انضم إلى القتال في محافظات اليمن الجنوبية.", "republican-guard-yemen"},
		{"a parliament named without its country", "وقال رئيس الوزراء العراقي إن العراق يحتاج إلى الإصلاح. وصوت مجلس النواب على القانون في بغداد وسط خلافات بين الكتل العراقية.", "council-of-representatives-of-iraq"},
		{"an air force named without its country", "وقال متحدث ليبي إن الطائرات قصفت مواقع في ليبيا. وأكد المتحدث باسم القوات الجوية أن الغارات أصابت أهدافها شرق ليبيا.", "*air-force*"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.text, "2016-05-01")
			found := false
			for _, e := range r.Entities {
				found = found || keyIs(e.Key, c.want) || (strings.HasPrefix(c.want, "*") && strings.Contains(e.Key, strings.Trim(c.want, "*")))
			}
			if !found {
				t.Errorf("want %s; entities:%s", c.want, entityList(r))
			}
		})
	}
}

// TestMorePeopleAndEvents: people after ranks and honorifics, before
// "وهو + role", compound names before a title; declarations named after a
// city; spellings of two word patterns.
func TestMorePeopleAndEvents(t *testing.T) {
	cases := []struct {
		name, text, ar, typ string
	}{
		{"rank before a plain name", "ورشح الحزب قائد اللواء العميد كمال شرف الدين طعمة لقيادة الجيش .", "كمال شرف الدين طعمة", extract.Person},
		{"role noun before a plain name and a comma", "وقتل المستوطن الإسرائيلي يوآف شترنيك ، بحسب الشرطة.", "يوآف شترنيك", extract.Person},
		{"name before وهو and a role", "وحضر اللقاء إلى جانب الوفد دانيال كوستوف وهو دبلوماسي بلغاري متقاعد.", "دانيال كوستوف", extract.Person},
		{"compound name before a comma and a title", "وقال إن عبد الودود ، قائد شرطة الولاية ، نجا من الهجوم.", "عبد الودود", extract.Person},
		{"a declaration named after a city", "ووقع الجانبان وثيقة مشتركة (إعلان تونس) في ختام الزيارة.", "", extract.Agreement},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.text, "2016-05-01")
			if c.ar == "" {
				for _, e := range r.Entities {
					if string(e.Type) == c.typ {
						return
					}
				}
				t.Fatalf("want a %s; entities:%s", c.typ, entityList(r))
			}
			if e := entityByArabic(r, c.ar); e == nil || string(e.Type) != c.typ {
				t.Errorf("want a %s labelled %q; entities:%s", c.typ, c.ar, entityList(r))
			}
		})
	}
	r := run(t, "وأعلن إعلان واشنطن نيتها إرسال قوات.", "2016-05-01")
	for _, e := range r.Entities {
		if e.Type == extract.Agreement {
			t.Errorf("إعلان واشنطن نيتها is Washington's announcement, not a declaration: %+v", e)
		}
	}
	for in, want := range map[string]string{"المنتصر": "al-Muntasir", "جودت": "Jawdat", "هبة الله": "Hibatullah"} {
		x := New()
		if err := x.load(); err != nil {
			t.Fatal(err)
		}
		if got := x.roman.Name(in); got != want {
			t.Errorf("Name(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCountryBodies: a country's government or ministry named with its
// adjective is a node of its own; the mention stays the country.
func TestCountryBodies(t *testing.T) {
	r := run(t, "واتهمت الحكومة الأفغانية حركة طالبان بالهجوم، فيما نفت وزارة الدفاع العراقية التقارير.", "2016-05-01")
	want := map[string]bool{"Government of Afghanistan": false, "Ministry of Defence (Iraq)": false}
	for _, e := range r.Entities {
		if _, ok := want[e.Labels["en"]]; ok {
			want[e.Labels["en"]] = true
		}
	}
	for n, ok := range want {
		if !ok {
			t.Errorf("no node %q; entities:%s", n, entityList(r))
		}
	}
	if !hasEntity(r, "afghanistan") || !hasEntity(r, "iraq") {
		t.Errorf("the countries themselves are nodes too; entities:%s", entityList(r))
	}
}

// TestEventFits: a catalogue event found by a generic English name is
// linked only when the countries its name mentions are in the document.
func TestEventFits(t *testing.T) {
	r := run(t, "وانهارت مفاوضات جرت في جنيف بين الحكومة اليمنية والحوثيين قبل التوصل لاتفاق.", "2015-07-01")
	for _, e := range r.Entities {
		if e.Type == extract.Event && strings.Contains(e.Labels["en"], "Syria") {
			t.Errorf("talks in Geneva in a Yemeni story linked to %s", e.Labels["en"])
		}
	}
}

// entityCase is one sentence of an entity table test: the entity key that
// must be in the result (want) and the one that must not (not), either
// may be empty.
type entityCase struct {
	name, text, date string
	want, not        string
}

// checkEntityCases runs each case's sentence through the extractor at its
// date and checks want and not against the entities found.
func checkEntityCases(t *testing.T, cases []entityCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.text, c.date)
			if c.want != "" && !hasEntity(r, c.want) {
				t.Errorf("want entity %s; entities:%s", c.want, entityList(r))
			}
			if c.not != "" && hasEntity(r, c.not) {
				t.Errorf("did not want entity %s; entities:%s", c.not, entityList(r))
			}
		})
	}
}

// mentionPass runs only the mention steps of the pipeline over body (a
// document of 2015-08-01): each sentence's mentions, then what later
// sentences read of it. It returns the document state and the sentences.
func mentionPass(t *testing.T, body string) (*docState, []*sentState) {
	t.Helper()
	x := New()
	if err := x.load(); err != nil {
		t.Fatal(err)
	}
	d := newDocState(x, extract.Document{ID: "t", Lang: "ar", Text: body, Date: day("2015-08-01")})
	d.sents = text.Sentences(body)
	var sts []*sentState
	for i, s := range d.sents {
		st := newSentState(i, s)
		st.dates = d.dates(s)
		d.findMentions(st)
		d.noteMentioned(st)
		d.noteSentenceEnd(st)
		sts = append(sts, st)
	}
	return d, sts
}
