package ner

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/text"
)

func TestEveryEntityTypeMaps(t *testing.T) {
	for _, typ := range extract.EntityTypes {
		if _, ok := nerType[typ]; !ok {
			t.Errorf("entity type %s has no NER type", typ)
		}
	}
}

func TestCatalogNames(t *testing.T) {
	c := catalog.Default()
	l := CatalogNames(c)
	if l.Len() == 0 {
		t.Fatal("no names from the catalogue")
	}
	for _, e := range c.Entries() {
		if len(e.Arabic) == 0 {
			continue
		}
		n := text.Normalize(strings.TrimPrefix(e.Arabic[0], "="))
		want := nerType[e.Type]
		if want == "PERS" && !strings.Contains(n, " ") {
			if runeLen(n) >= 3 && (l.Len() == 0 || l.bits[n]&wFamily == 0 || contains(l.Types(n), "PERS")) {
				t.Errorf("%s: one-word name %s should be a family name only", e.Key, n)
			}
			continue
		}
		if !contains(l.Types(n), want) {
			t.Errorf("%s (%s): %s not in the gazetteer as %s", e.Key, e.Type, e.Arabic[0], want)
		}
		if e.Type != extract.Person {
			continue
		}
		if w := strings.Fields(n); len(w) >= 2 && runeLen(w[0]) >= 3 && runeLen(w[len(w)-1]) >= 3 {
			if l.bits[w[0]]&wGiven == 0 || l.bits[w[len(w)-1]]&wFamily == 0 {
				t.Errorf("%s: %q lacks its given or family name bit", e.Key, n)
			}
		}
	}
}

func contains(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

func TestAdjectiveForms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"روسي", []string{"روسي", "الروسي", "روسيه", "الروسيه", "روسيين", "الروسيين", "روسيون", "الروسيون", "روسيات", "الروسيات"}},
		{"الروس", []string{"روس", "الروس"}},
		{"", nil},
		{"ال", nil},
		{"كوري شمالي", nil},
	} {
		if got := adjectiveForms(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("adjectiveForms(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestWithNamesChangesOnlyTheGazetteer(t *testing.T) {
	m, err := Train(readTiny(t), TrainOptions{Epochs: 5, GazetteerFolds: 1})
	if err != nil {
		t.Fatal(err)
	}
	ext := NewLexicon()
	ext.Add("زبرجد قنطرجي", "PERS")
	ext.bits["زبرجد"] |= wGiven
	m2 := m.WithNames(ext)
	if m2.ext != ext || m.ext != nil {
		t.Fatalf("WithNames: copy has %v, original %v", m2.ext, m.ext)
	}
	if m2.Features() != m.Features() || m2.Names() != m.Names() {
		t.Error("WithNames changed the weights or the training names")
	}
	words := strings.Fields("التقى زبرجد قنطرجي سمير حداد")
	checkSame(t, m2, "with outside names", [][]string{words})
}

func TestOutsideNamesHaveGivenNames(t *testing.T) {
	l := OutsideNames(catalog.Default())
	for _, w := range []string{"محمد", "جورج", "فاطمه", "ابراهيم"} { // normalised
		if l.bits[w]&wGiven == 0 {
			t.Errorf("%s is not a given name", w)
		}
	}
	for _, w := range []string{"في", "هو", "#"} {
		if l.bits[w]&wGiven != 0 {
			t.Errorf("%s is a given name", w)
		}
	}
}

func TestAddWithG(t *testing.T) {
	l := NewLexicon()
	addWithG(l, "هونغ كونغ", "LOC")
	addWithG(l, "جورج باركر", "PERS")
	addWithG(l, "غزه", "LOC") // too short for a variant
	for _, tc := range []struct {
		name, want string
	}{
		{"هونغ كونغ", "LOC"},
		{"هونج كونج", "LOC"},
		{"جورج باركر", "PERS"},
		{"غورغ باركر", "PERS"},
		{"غزه", "LOC"},
		{"جزه", ""},
		{"هونج كونغ", ""}, // one way or the other throughout
	} {
		got := strings.Join(l.Types(tc.name), ",")
		if got != tc.want {
			t.Errorf("%s: types %q, want %q", tc.name, got, tc.want)
		}
	}
}
