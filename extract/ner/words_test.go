package ner

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newskg/kg/extract/text"
)

// TestSpansWords checks that words looked up by the caller give the spans
// Spans gives, and that a WordRef of another word is ignored.
func TestSpansWords(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sentences := []string{
		"وقال وزير الخارجية سامي الفلاني إن بلاده لن تدعم الخطة .",
		"واستقبل الملك في عمّان وفدا من بغداد يزور البلاد .",
		"وأعلنت حركة النهضة الجديدة عن مؤتمر في مدينة الزهراء",
	}
	for _, src := range sentences {
		words := strings.Fields(src)
		want := m.Spans(words)
		refs := make([]WordRef, len(words))
		wrong := make([]WordRef, len(words))
		for i, w := range words {
			refs[i] = m.Word(w)
			wrong[len(words)-1-i] = refs[i]
		}
		for name, rs := range map[string][]WordRef{"own": refs, "another word's": wrong, "none": nil} {
			if got := m.SpansWords(words, rs); !reflect.DeepEqual(got, want) {
				t.Errorf("%q with %s refs: %v, want %v", src, name, got, want)
			}
		}
	}
}

// TestSpansDocWords checks that words looked up by the caller give the
// spans SpansDoc gives, whichever sentences have refs and whether they are
// the words' own.
func TestSpansDocWords(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := [][]string{
		strings.Fields("وقال وزير الخارجية سامي الفلاني إن بلاده لن تدعم الخطة ."),
		strings.Fields("وأضاف الفلاني أن الوفد سيزور عمّان وبغداد الأسبوع المقبل ."),
		strings.Fields("ورد الفلاني على سؤال عن حركة النهضة الجديدة"),
	}
	want := m.SpansDoc(doc)
	own := make([][]WordRef, len(doc))
	wrong := make([][]WordRef, len(doc))
	for i, words := range doc {
		own[i] = make([]WordRef, len(words))
		wrong[i] = make([]WordRef, len(words))
		for j, w := range words {
			own[i][j] = m.Word(w)
			wrong[i][len(words)-1-j] = own[i][j]
		}
	}
	for name, rs := range map[string][][]WordRef{
		"own": own, "another word's": wrong, "none": nil, "the first sentence's only": own[:1],
	} {
		if got := m.SpansDocWords(doc, rs); !reflect.DeepEqual(got, want) {
			t.Errorf("%s refs: %v, want %v", name, got, want)
		}
	}
}

func TestAppendChar3(t *testing.T) {
	for _, c := range []struct {
		w    string
		want []string
	}{
		{"", nil},
		{"ب", []string{"^ب$"}},
		{"قاهره", []string{"^قا", "قاه", "اهر", "هره", "ره$"}},
		{"ab", []string{"^ab", "ab$"}},
	} {
		got := appendChar3(nil, c.w)
		if len(got) != len(c.want) {
			t.Errorf("%q: %d trigrams, want %d", c.w, len(got), len(c.want))
			continue
		}
		for i, g := range c.want {
			if got[i] != h1(fChar3, g) {
				t.Errorf("%q: trigram %d is not %q", c.w, i, g)
			}
		}
	}
}

func TestAppendPrepGaz(t *testing.T) {
	ext := NewLexicon()
	ext.Add(text.Normalize("روسيا"), "LOC")
	ext.Add(text.Normalize("زيد"), "PERS")
	for _, c := range []struct {
		w    string
		want []uint64
	}{
		{"لروسيا", []uint64{hInt(fCatPrep, 1)}},
		{"وبروسيا", []uint64{hInt(fCatPrep, 1)}},
		{"روسيا", nil},    // no proclitic: the ordinary gazetteer features
		{"بالروسية", nil}, // article: not a bare ب
		{"كزيد", []uint64{hInt(fCatPrep, 0)}},
		{"لموسكو", nil}, // not in the gazetteer
	} {
		got := appendPrepGaz(nil, nil, ext, analyse(text.Normalize(c.w)))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.w, got, c.want)
		}
	}
}
