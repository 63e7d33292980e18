package ar

import (
	"context"
	"strings"
	"testing"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// The sentences below were written for these tests, with people, places
// and organisations the catalogue does not know (invented names); none
// comes from the example or evaluation articles.

// entityByArabic returns the entity of r whose Arabic label is ar.
func entityByArabic(r *extract.Result, ar string) *extract.Entity {
	for i, e := range r.Entities {
		if e.Labels["ar"] == ar {
			return &r.Entities[i]
		}
	}
	return nil
}

func extractWith(t *testing.T, x *Extractor, text, date string) *extract.Result {
	t.Helper()
	doc := extract.Document{ID: "t", Lang: "ar", Text: text, Date: day(date)}
	r, err := x.Extract(context.Background(), doc)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return r
}

// TestLearnedNames: names the catalogue lacks, found by the learned tagger,
// become new entities of the right type, with the Arabic surface (clitics
// removed) as label and a Latin English label, and take part in facts;
// without the tagger those facts are missing.
func TestLearnedNames(t *testing.T) {
	cases := []struct {
		name, text string
		// new entities: Arabic label → type
		ents map[string]string
		// fact between entities given by Arabic label (new) or key
		subj, pred, obj string
	}{
		{"two new people meet", "التقى يوسف الحمداني مع وليد الشمري في بغداد أمس.",
			map[string]string{"يوسف الحمداني": extract.Person, "وليد الشمري": extract.Person},
			"يوسف الحمداني", extract.Met, "وليد الشمري"},
		{"new person visits a known city", "وزار سليم بن عاشور مدينة صفاقس التونسية.",
			map[string]string{"سليم بن عاشور": extract.Person},
			"سليم بن عاشور", extract.Visited, "sfax"},
		{"new person opposes a known party", "وانتقد نبيل الخطيب حركة النهضة.",
			map[string]string{"نبيل الخطيب": extract.Person},
			"نبيل الخطيب", extract.Opposes, "ennahda"},
	}
	x, plain := New(), New(WithoutNER())
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractWith(t, x, c.text, "2019-03-04")
			for ar, typ := range c.ents {
				e := entityByArabic(r, ar)
				if e == nil {
					t.Fatalf("no entity labelled %q; facts:%s", ar, dump(r))
				}
				if string(e.Type) != typ || e.Confidence < minNewScore || e.Confidence > 1 {
					t.Errorf("%q: type %s confidence %.2f, want %s and ≥ %.1f", ar, e.Type, e.Confidence, typ, minNewScore)
				}
				if en, rom := e.Labels["en"], e.Labels[LangRomanised]; en != "" || rom == "" || rom != x.roman.Name(ar) {
					t.Errorf("%q: English label %q, romanised %q; want only the romanised %q", ar, en, rom, x.roman.Name(ar))
				}
			}
			key := func(r *extract.Result, s string) string {
				if e := entityByArabic(r, s); e != nil {
					return e.Key
				}
				return s
			}
			found := func(r *extract.Result) bool {
				for _, f := range r.Facts {
					if string(f.Predicate) == c.pred && f.Subject == key(r, c.subj) && keyIs(f.Object, key(r, c.obj)+"*") {
						return true
					}
					if extract.IsSymmetric(f.Predicate) && f.Object == key(r, c.subj) && f.Subject == key(r, c.obj) {
						return true
					}
				}
				return false
			}
			if !found(r) {
				t.Errorf("want %s %s %s; got:%s", c.subj, c.pred, c.obj, dump(r))
			}
			if rp := extractWith(t, plain, c.text, "2019-03-04"); found(rp) {
				t.Errorf("without the tagger the fact should be missing; got:%s", dump(rp))
			}
		})
	}
}

// TestLearnedNamesCatalogueFirst: a learned span the catalogue knows links
// to the catalogue entry; a title before a phrase that is no personal name
// makes no person; a first name the catalogue lacks before a known family
// name is somebody else.
func TestLearnedNamesCatalogueFirst(t *testing.T) {
	x := New()
	r := extractWith(t, x, "وزار رئيس الوزراء الكندي بلدة كفر نوران الواقعة في شمال لبنان.", "2019-03-04")
	for _, e := range r.Entities {
		if e.Type == extract.Person && strings.Contains(e.Labels["ar"], "بلدة") {
			t.Errorf("a town read as a person: %+v", e)
		}
	}
	if !has(r, want{"justin-trudeau", extract.OfficialOf, "canada", ""}) {
		t.Errorf("want the title resolved to the office holder; got:%s", dump(r))
	}
	r = extractWith(t, x, "والتقى يوسف الحمداني مع وليد الشمري في بغداد.", "2019-03-04")
	for _, f := range r.Facts {
		if f.Subject == "abdul-amir-al-shammari" || f.Object == "abdul-amir-al-shammari" {
			t.Errorf("وليد الشمري read as the catalogue's عبد الأمير الشمري: %+v", f)
		}
	}
	r = extractWith(t, x, "والتقى الرئيس السوري بشار الأسد مع نبيل الخطيب في دمشق.", "2019-03-04")
	if !has(r, want{"bashar-al-assad", extract.Met, "person-*", ""}) {
		t.Errorf("want the catalogue's Assad to meet the new person; got:%s", dump(r))
	}
}

func TestDropProclitics(t *testing.T) {
	cases := []struct {
		in          string
		n           int
		contraction bool
		want        string
	}{
		{"وطهران", 1, false, "طهران"},
		{"وَبطهران", 2, false, "طهران"},
		{"للمنظمة الدولية", 1, true, "المنظمة الدولية"},
		{"سامي فارس", 0, false, "سامي فارس"},
	}
	for _, c := range cases {
		if got := dropProclitics(c.in, c.n, c.contraction); got != c.want {
			t.Errorf("dropProclitics(%q, %d, %v) = %q, want %q", c.in, c.n, c.contraction, got, c.want)
		}
	}
}

// TestUndatedDocument: without a document date, relative expressions
// (weekday, أمس, a month without its year) date nothing, while dates with
// a written year still do; the output does not depend on the day it runs.
func TestUndatedDocument(t *testing.T) {
	cases := []struct {
		name, text string
		w          want
	}{
		{"yesterday", "وشنت الطائرات الروسية غارات على مواقع داعش أمس.", want{"russian-aerospace-forces", extract.Attacked, "islamic-state", "-"}},
		{"weekday", "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني محمد جواد ظريف يوم الاثنين.", want{"sergei-lavrov", extract.Met, "mohammad-javad-zarif", "-"}},
		{"month without year", "وقصفت الطائرات التركية مواقع حزب العمال الكردستاني في 12 مارس.", want{"turkey", extract.Attacked, "kurdistan-workers-party", "-"}},
		{"absolute date", "وقصفت الطائرات التركية مواقع حزب العمال الكردستاني في 12 مارس 2016.", want{"turkey", extract.Attacked, "kurdistan-workers-party", "2016-03-12"}},
	}
	x := New()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := x.Extract(context.Background(), extract.Document{ID: "u", Lang: "ar", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			if !has(r, c.w) {
				t.Errorf("want %+v; got:%s", c.w, dump(r))
			}
			for _, f := range r.Facts {
				if c.w.date == "-" && f.Date != "" {
					t.Errorf("undated document gave date %s to %s %s %s", f.Date, f.Subject, f.Predicate, f.Object)
				}
			}
		})
	}
}

// TestCatalogueCommonWords: single common words are no catalogue names, so
// the extractor needs no list of its own to ignore them; and a role phrase
// does not swallow the organisation named after it.
func TestCatalogueCommonWords(t *testing.T) {
	x := New()
	if err := x.load(); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"العديد", "آمل", "أمل", "السنة", "الحكومة", "الشرعية", "الائتلاف", "الدولة", "الجيش", "المجلس"} {
		r := extractWith(t, x, "وانتقد وزير الخارجية الروسي "+w+" في بيان.", "2016-05-02")
		for _, f := range r.Facts {
			if f.Predicate == extract.Opposes {
				t.Errorf("%q read as a name: %s %s %s", w, f.Subject, f.Predicate, f.Object)
			}
		}
	}
	r := extractWith(t, x, "والتقى قائد فيلق القدس قاسم سليماني الرئيس السوري بشار الأسد في دمشق.", "2016-05-02")
	if !has(r, want{"qasem-soleimani", extract.OfficialOf, "quds-force", ""}) {
		t.Errorf("want Soleimani officialOf the Quds Force; got:%s", dump(r))
	}
	for _, f := range r.Facts {
		if f.Predicate == extract.OfficialOf && f.Subject == "qasem-soleimani" && f.Role != "commander" {
			t.Errorf("role %q, want commander", f.Role)
		}
	}
}

// listFinder is a NameFinder over a fixed list of names (normalised words
// → type and score): a plug-in that lets the rules for learned spans be
// tested apart from the model's scores.
type listFinder map[string]struct {
	typ   string
	score float64
}

func (l listFinder) Find(toks []text.Token) []Span {
	var out []Span
	for i := range toks {
		for j := len(toks); j > i; j-- {
			var parts []string
			for _, t := range toks[i:j] {
				parts = append(parts, t.Bare)
			}
			if v, ok := l[strings.Join(parts, " ")]; ok {
				out = append(out, Span{Start: i, End: j, Type: v.typ, Confidence: v.score})
				break
			}
		}
	}
	return out
}

// TestNameFinderRules: what becomes of a finder's spans, by type, score and
// length.
func TestNameFinderRules(t *testing.T) {
	f := listFinder{
		text.Normalize("جبهة الفجر"):       {extract.Organization, 0.9},
		text.Normalize("تل زهرة"):          {extract.Place, 0.95},
		text.Normalize("كتائب النور"):      {extract.Organization, 0.5}, // too unsure
		text.Normalize("مهرجان الربيع"):    {"", 0.99},                  // MISC
		text.Normalize("زياد"):             {extract.Person, 0.99},      // one word
		text.Normalize("زياد المصري"):      {extract.Person, 0.99},
		text.Normalize("المصري"):           {extract.Person, 0.95},      // surname named before
		text.Normalize("حزب الله"):         {extract.Organization, 0.9}, // the catalogue's
		text.Normalize("الإيراني علي ولي"): {extract.Person, 0.9},       // adjective first
	}
	x := New(WithNames(f))
	cases := []struct {
		name, text string
		ents       map[string]string // Arabic label → type of the entity in the result
		want, not  []want
	}{
		{"new group (typed by its head noun) controls a new place", "وسيطرت جبهة الفجر على تل زهرة.",
			map[string]string{"جبهة الفجر": extract.Group, "تل زهرة": extract.Place},
			[]want{{"group-*", extract.Controls, "place-*", ""}}, nil},
		{"a low score makes no entity", "وسيطرت كتائب النور على تل زهرة.",
			nil, nil, []want{{"*", extract.Controls, "*", ""}}},
		{"other names make no entity", "وسيطرت جبهة الفجر على مهرجان الربيع.",
			nil, nil, []want{{"*", extract.Controls, "*", ""}}},
		{"one-word person only as a known surname", "وانتقد زياد حركة حماس. ثم التقى زياد المصري بالرئيس اللبناني. وانتقد المصري حزب الله.",
			map[string]string{"زياد المصري": extract.Person},
			[]want{{"person-*", extract.Opposes, "hezbollah", ""}}, []want{{"*", extract.Opposes, "hamas", ""}}},
		{"a catalogue name stays the catalogue's", "وانتقدت جبهة الفجر حزب الله.",
			nil, []want{{"group-*", extract.Opposes, "hezbollah", ""}}, nil},
		{"a leading nationality adjective is dropped", "والتقى بشار الأسد بالإيراني علي ولي.",
			map[string]string{"علي ولي": extract.Person},
			[]want{{"bashar-al-assad", extract.Met, "person-*", ""}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractWith(t, x, c.text, "2017-05-01")
			for ar, typ := range c.ents {
				if e := entityByArabic(r, ar); e == nil || string(e.Type) != typ {
					t.Errorf("want a %s labelled %q; got:%s", typ, ar, dump(r))
				}
			}
			checkFacts(t, r, c.want, c.not)
		})
	}
}
