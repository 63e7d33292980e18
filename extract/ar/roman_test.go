package ar

import (
	"strings"
	"testing"

	"github.com/newskg/kg/extract/catalog"
)

// TestRomanizer: names the catalogue lacks are spelt from data/names.tsv,
// then from the parts the catalogue's people teach (العبادي → al-Abadi
// from Haider al-Abadi, لافروف → Lavrov), then by letter rules. The names
// are invented combinations.
func TestRomanizer(t *testing.T) {
	r, err := loadRomanizer(catalog.Default())
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ in, want string }{
		{"سليم العبادي", "Salim al-Abadi"},       // names.tsv + catalogue
		{"عبدالواحد حيدر", "Abdul Wahid Haidar"}, // joined compound
		{"عبد الرقيب سيف فتح", "Abdul Raqib Saif Fatah"},
		{"جلال الدين زركوني", "Jalaluddin Zarkuni"}, // compound with الدين
		{"عالية نصيف", "Alia Nasif"},
		{"ناصر الحاسي", "Nasser al-Hasi"},
		{"أنيس منصور", "Anis Mansour"},
		{"يوري لافروف", "Yuri Lavrov"}, // لافروف learnt from the catalogue
		{"عبدالحنان", "Abdul Hanan"},   // unknown compound: Abdul + letter rules
	}
	for _, c := range cases {
		if got := r.Name(c.in); got != c.want {
			t.Errorf("Name(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if !r.IsGiven("محمد") || r.IsGiven("الحاسي") {
		t.Errorf("IsGiven: محمد is a given name, الحاسي is not")
	}
}

func TestCompatibleInitial(t *testing.T) {
	cases := []struct {
		ar, en string
		want   bool
	}{
		{"الاسد", "al-Assad", true},
		{"محمد", "Mohammed", true},
		{"عمر", "Omar", true},
		{"قاسم", "Gasim", true},
		{"الاردن", "Jordan", false},
		{"مصر", "Egypt", false},
		{"بشار", "Assad", false},
	}
	for _, c := range cases {
		if got := compatibleInitial(c.ar, c.en); got != c.want {
			t.Errorf("compatibleInitial(%q, %q) = %v, want %v", c.ar, c.en, got, c.want)
		}
	}
}

func TestNameUnits(t *testing.T) {
	got := nameUnits("عبد الله بن محمد جلال الدين")
	want := []string{"عبد الله", "بن", "محمد", "جلال الدين"}
	if len(got) != len(want) {
		t.Fatalf("nameUnits = %q, want %q", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("nameUnits = %q, want %q", got, want)
		}
	}
}

func TestNewKey(t *testing.T) {
	a, b := newKey("Person", "عادل الحلو"), newKey("Person", "عادل الحلو")
	if a != b {
		t.Errorf("newKey not stable: %q vs %q", a, b)
	}
	if newKey("Place", "عادل الحلو") == a {
		t.Errorf("a place and a person of the same name share key %q", a)
	}
	if newKey("Person", "عادل الحلوي") == a {
		t.Errorf("two names share key %q", a)
	}
	for _, r := range a {
		if r > 0x7f {
			t.Fatalf("key %q is not ASCII", a)
		}
	}
}

// TestVariants: other plausible spellings of a name, one word at a time
// (محمد has several in the catalogue's names).
func TestVariants(t *testing.T) {
	r, err := loadRomanizer(catalog.Default())
	if err != nil {
		t.Fatal(err)
	}
	name := "محمد الطبال"
	vs := r.Variants(name, 3)
	first := r.Name(name)
	if len(vs) == 0 || len(vs) > 3 {
		t.Fatalf("Variants(%q) = %q, want one to three", name, vs)
	}
	other := false
	for _, v := range vs {
		if v == first {
			t.Errorf("Variants(%q) = %q repeats the name", name, vs)
		}
		other = other || strings.HasSuffix(v, " al-Tabbal")
	}
	if !other {
		t.Errorf("Variants(%q) = %q: want another spelling of محمد before al-Tabbal (name %q)", name, vs, first)
	}
}
