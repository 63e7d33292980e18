package ar

import (
	"strings"
	"testing"

	"github.com/newskg/kg/extract"
)

// entityEnglish returns the English label and aliases of an entity.
func entityEnglish(e *extract.Entity) []string {
	var out []string
	if l := e.Labels["en"]; l != "" {
		out = append(out, l)
	}
	for _, a := range e.AltLabels {
		if a.Lang == "en" {
			out = append(out, a.Text)
		}
	}
	return out
}

// TestInstitutionNames: a body the catalogue lacks, every word of whose
// name the glossary knows, gets the English names English sources use.
func TestInstitutionNames(t *testing.T) {
	cases := []struct {
		name, text, ar string
		want           []string // each must be the English label or an alias
	}{
		{"head, rank adjective and a complement after ل",
			"وقال رئيس اللجنة العليا للإغاثة إن القوافل انطلقت صباحا.", "اللجنة العليا للإغاثة",
			[]string{"Higher Relief Committee", "Higher Committee for Relief"}},
		{"a construct complement and a rank adjective after it",
			"وأصدر مجلس الدفاع الأعلى بيانا بعد اجتماعه الطارئ.", "مجلس الدفاع الأعلى",
			[]string{"Supreme Defence Council"}},
		{"a nationality adjective stays out of an alias",
			"وزار وفد من المجلس الأفغاني الأعلى للسلام العاصمة القطرية.", "المجلس الأفغاني الأعلى للسلام",
			[]string{"Afghan Supreme Peace Council", "High Peace Council"}},
		{"a plural complement",
			"ودعت نقابة الصحفيين إلى إطلاق سراح الزملاء المعتقلين.", "نقابة الصحفيين",
			[]string{"Journalists Syndicate"}},
		{"a kind adjective after a complement, in both English orders",
			"وقاطع حزب الشعب الديمقراطي الجلسة احتجاجا على القرار.", "حزب الشعب الديمقراطي",
			[]string{"Democratic People's Party", "People's Democratic Party"}},
		{"a catalogue complement comes first in English",
			"وقال المكتب السياسي لحركة الجهاد الإسلامي إن الهدنة انتهت.", "المكتب السياسي لحركة الجهاد الإسلامي",
			[]string{"Palestinian Islamic Jihad Political Bureau", "Political Bureau of Palestinian Islamic Jihad"}},
		{"two complements joined by و",
			"وقالت هيئة الإغاثة والتنمية إنها وزعت ألف سلة غذائية.", "هيئة الإغاثة والتنمية",
			[]string{"Relief and Development Commission"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.text, "2016-05-01")
			e := entityByArabic(r, c.ar)
			if e == nil {
				t.Fatalf("no entity %q; entities:%s", c.ar, entityList(r))
			}
			names := entityEnglish(e)
			for _, w := range c.want {
				found := false
				for _, n := range names {
					found = found || strings.EqualFold(n, w)
				}
				if !found {
					t.Errorf("%q: want English %q among %q", c.ar, w, names)
				}
			}
			if e.Labels[LangRomanised] == "" {
				t.Errorf("%q: no romanised label", c.ar)
			}
		})
	}
}

// TestInstitutionNotTranslated: a name with a word the glossary does not
// know is a proper name, and a weak head with a plain complement describes
// rather than names; neither gets an English name.
func TestInstitutionNotTranslated(t *testing.T) {
	cases := []struct{ name, text, word string }{
		{"a proper name after the head", "وقالت جمعية الوفاء الخيرية إنها وزعت المساعدات على الأسر.", "الوفاء"},
		{"a weak head with one plain complement", "ونشر مركز الأبحاث تقريرا عن البطالة في البلاد.", "مركز الأبحاث"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.text, "2016-05-01")
			for _, e := range r.Entities {
				if strings.Contains(e.Labels["ar"], c.word) && e.Labels["en"] != "" {
					t.Errorf("%q got English %q", e.Labels["ar"], e.Labels["en"])
				}
			}
		})
	}
}

// TestInstitutionLinks: a catalogue name wins over a translation, with
// its kind head (حركة حماس), another kind head (جماعة الشباب) or a
// nationality adjective after it; a shorter later mention is the same
// body.
func TestInstitutionLinks(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"a kind head before a catalogue name", "والتقى الوزير عضوا في حركة حماس بالدوحة.", "hamas"},
		{"another kind head than the catalogue's", "وتبنت جماعة الشباب الهجوم على الفندق في مقديشو.", "al-shabaab"},
		{"a nationality adjective after a catalogue name", "وأعلنت حركة الشباب الصومالية مسؤوليتها عن التفجير.", "al-shabaab"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.text, "2016-05-01")
			if !hasEntity(r, c.want) {
				t.Errorf("want %s; entities:%s", c.want, entityList(r))
			}
			for _, e := range r.Entities {
				if strings.HasPrefix(e.Key, "org-") || strings.HasPrefix(e.Key, "group-") {
					t.Errorf("a new body %s besides the catalogue's", e.Key)
				}
			}
		})
	}
	r := run(t, "وقالت اللجنة العليا للإغاثة إن القوافل وصلت. وأضافت اللجنة العليا أن التوزيع يبدأ غدا.", "2016-05-01")
	var keys []string
	for _, e := range r.Entities {
		if strings.HasPrefix(e.Key, "org-") {
			keys = append(keys, e.Key)
		}
	}
	if len(keys) != 1 {
		t.Errorf("short form: want one body, got %q", keys)
	}
}

// TestEventsByParty: peace talks and elections named after the country
// or group they concern, attacks after their target, with the English
// names English sources use; a venue keeps naming talks.
func TestEventsByParty(t *testing.T) {
	cases := []struct{ name, text, ar, want string }{
		{"peace talks and a nationality adjective", "واستؤنفت محادثات السلام اليمنية بعد توقف طويل.", "محادثات السلام اليمنية", "Yemeni peace talks"},
		{"peace talks with a capital: its country", "وبدأ المتمردون مفاوضات سلام شاقة مع كابل.", "مفاوضات سلام شاقة مع كابل", "Afghan peace process"},
		{"peace talks with a group", "وتوقفت مفاوضات السلام مع طالبان منذ شهرين.", "مفاوضات السلام مع طالبان", "peace talks with the Taliban"},
		{"an election and a nationality adjective, with the year", "وفاز الحزب بالأغلبية في الانتخابات البرلمانية التركية.", "الانتخابات البرلمانية التركية", "2015 Turkish parliamentary election"},
		{"an election in a country", "وتجرى الانتخابات الرئاسية في مصر بعد أسبوعين.", "الانتخابات الرئاسية في مصر", "Egyptian presidential election"},
		{"an attack on a city", "واستمر الهجوم على مدينة الرمادي أسبوعا كاملا.", "الهجوم على مدينة الرمادي", "Ramadi offensive"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.text, "2015-06-01")
			e := entityByArabic(r, c.ar)
			if e == nil {
				t.Fatalf("no entity %q; entities:%s", c.ar, entityList(r))
			}
			found := false
			for _, n := range entityEnglish(e) {
				found = found || n == c.want
			}
			if !found {
				t.Errorf("%q: want %q among %q", c.ar, c.want, entityEnglish(e))
			}
		})
	}
	r := run(t, "ووصل الوفد للمشاركة في محادثات السلام في باكستان.", "2015-06-01")
	for _, e := range r.Entities {
		if strings.Contains(e.Key, "peace-pakistani") {
			t.Errorf("the venue named the party: %s", e.Key)
		}
	}
}
