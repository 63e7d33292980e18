package catalog

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newskg/kg/extract/text"
)

// A small catalogue of invented people sharing names, for the tests below.
var bearerFiles = map[string]string{
	"countries.tsv": "ruritania\tCountry\tRuritania\tروريتانيا\t\t\tروريتاني\n" +
		"albion\tCountry\tAlbion\tألبيون\t\t\tألبيوني\n",
	"people.tsv": "anna-kordo\tPerson\tAnna Kordo\tآنا كوردو | كوردو\n" +
		"boris-kordo\tPerson\tBoris Kordo\tبوريس كوردو\n" +
		"king-rudolf-ii\tPerson\tRudolf II\tالملك رودولف الثاني\n" +
		"king-rudolf-of-albion\tPerson\tKing Rudolf of Albion\tالملك رودولف بن هنري\n" +
		"samir-nadim\tPerson\tSamir Nadim\tسمير نديم\n" +
		"nadim-farah\tPerson\tNadim Farah\tنديم فرح\n",
	"roles.tsv": "king\tالملك\nforeign minister\tوزير الخارجية\n",
	"offices.tsv": "anna-kordo\tforeign minister\truritania\t2010\t2012\n" +
		"boris-kordo\tforeign minister\truritania\t2001-03-01\t2005-06-30\n" +
		"king-rudolf-ii\tking\truritania\t1999\n" +
		"king-rudolf-of-albion\tking\talbion\t2005-08-01\t2015-01-23\n" +
		"samir-nadim\tforeign minister\talbion\t2008\n",
}

// TestBearers: a family name gives every person whose full name ends with
// it, the first words of a full name give everyone so named; an ordinal,
// a one-word name and a given name are no family names.
func TestBearers(t *testing.T) {
	c := loadSmall(t, bearerFiles)
	cases := []struct{ form, want string }{
		{"كوردو", "anna-kordo boris-kordo"},
		{"الملك رودولف", "king-rudolf-ii king-rudolf-of-albion"},
		{"الثاني", ""}, // an ordinal
		{"هنري", "king-rudolf-of-albion"},
		{"سمير", ""}, // a given name, no family name
		{"نديم", "samir-nadim"},
	}
	for _, tc := range cases {
		var got []string
		for _, e := range c.Bearers(text.Normalize(tc.form)) {
			got = append(got, e.Key)
		}
		slices.Sort(got)
		if strings.Join(got, " ") != tc.want {
			t.Errorf("Bearers(%s) = %q, want %q", tc.form, got, tc.want)
		}
	}
	if !c.GivenName(text.Normalize("نديم")) || c.GivenName(text.Normalize("كوردو")) {
		t.Errorf("GivenName: نديم begins a name (%v), كوردو begins none (%v)", c.GivenName(text.Normalize("نديم")), c.GivenName(text.Normalize("كوردو")))
	}
}

// TestActive: a person counts as active from a year before an office to
// three years after it.
func TestActive(t *testing.T) {
	c := loadSmall(t, bearerFiles)
	at := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	cases := []struct {
		person, date string
		want         bool
	}{
		{"boris-kordo", "2003-01-01", true},
		{"boris-kordo", "2008-06-01", true},  // less than three years after
		{"boris-kordo", "2008-07-01", false}, // three years after
		{"anna-kordo", "2009-03-01", true},   // a year before
		{"anna-kordo", "2005-01-01", false},
		{"nadim-farah", "2005-01-01", false}, // no office at all
	}
	for _, tc := range cases {
		if got := c.Active(tc.person, at(tc.date)); got != tc.want {
			t.Errorf("Active(%s, %s) = %v, want %v", tc.person, tc.date, got, tc.want)
		}
	}
}

// TestRadicalAlifAdjective: an adjective whose alif-lam belongs to the
// word (ألماني) is indexed with the article added (الألمانية), and one
// written with the article is not doubled.
func TestRadicalAlifAdjective(t *testing.T) {
	c := loadSmall(t, bearerFiles)
	for _, w := range []string{"الألبيوني", "الألبيونية", "ألبيونية", "الروريتانية", "روريتاني"} {
		if es := c.LookupAdjective(text.Normalize(w)); len(es) == 0 {
			t.Errorf("LookupAdjective(%s): nothing", w)
		}
	}
}

// TestConllFamilyName: a one-word person span links to the bearer of that
// family name who held the most offices; a given name does not link, and
// a family name nobody with an office bears is a miss of kind family.
func TestConllFamilyName(t *testing.T) {
	files := map[string]string{}
	for k, v := range bearerFiles {
		files[k] = v
	}
	files["people.tsv"] += "omar-talal\tPerson\tOmar Talal\tعمر طلال\n" +
		"lena-vask\tPerson\tLena Vask\tلينا فاسك\n" + "piet-vask\tPerson\tPiet Vask\tبيت فاسك\n"
	files["offices.tsv"] += "piet-vask\tforeign minister\talbion\t1990\t1991\n" +
		"lena-vask\tforeign minister\talbion\t2001\t2002\n" + "lena-vask\tking\talbion\t2002\t2003\n"
	c := loadSmall(t, files)
	cases := []struct{ tokens, want string }{
		{"فاسك", "lena-vask"}, // two offices to one
		{"نديم", ""},          // also a given name
		{"طلال", ""},          // no office
	}
	for _, tc := range cases {
		got := ""
		if e := c.LinkSpan(strings.Fields(tc.tokens), "PERS"); e != nil {
			got = e.Key
		}
		if got != tc.want {
			t.Errorf("LinkSpan(%s) = %q, want %q", tc.tokens, got, tc.want)
		}
	}
	if k := c.MissKind([]string{"طلال"}, "PERS"); k != MissFamily {
		t.Errorf("MissKind(طلال) = %s, want %s", k, MissFamily)
	}
	if k := c.MissKind([]string{"زيدان"}, "PERS"); k != MissAbsent {
		t.Errorf("MissKind(زيدان) = %s, want %s", k, MissAbsent)
	}
}

// TestLookupHeaded: a movement or paper named without its head noun links
// to the catalogue entry with it; a place so named does not.
func TestLookupHeaded(t *testing.T) {
	c := loadSmall(t, map[string]string{
		"groups.tsv": "dawn-current\tGroup\tDawn Current\tتيار الفجر\n" +
			"morning-post\tOrganization\tMorning Post\tصحيفة الصباح\n" +
			"dawn-town\tPlace\tDawn Town\tمدينة الشروق\n",
		"roles.tsv": "president\tالرئيس\n",
	})
	cases := []struct{ name, want string }{
		{"الفجر", "dawn-current"},
		{"الصباح", "morning-post"},
		{"الشروق", ""}, // a place's head is no organisation's
		{"المساء", ""},
	}
	for _, tc := range cases {
		got := ""
		if e := c.LookupHeaded(text.Normalize(tc.name)); e != nil {
			got = e.Key
		}
		if got != tc.want {
			t.Errorf("LookupHeaded(%s) = %q, want %q", tc.name, got, tc.want)
		}
		if e := c.LinkSpan([]string{tc.name}, "ORG"); (e != nil) != (tc.want != "") {
			t.Errorf("LinkSpan(%s, ORG) = %v, want %q", tc.name, e, tc.want)
		}
	}
}
