package ar

import (
	"strings"
	"testing"

	"github.com/newskg/kg/extract/catalog"
)

// TestCrossedLabels: the labels of an unknown name cross the spellings
// English news use for each of its words (invented names); at most
// maxLabels crossed labels, no two equal under score.py's norm.
func TestCrossedLabels(t *testing.T) {
	r, err := loadRomanizer(catalog.Default())
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ in, want string }{
		{"محمد الكناني", "Mohamed Kinani"},               // second first-name spelling × pattern reading, no article
		{"عبد الحميد الزبيدي", "Abdel Hamid al-Zubaidi"}, // Abdel for Abdul
		{"سالم بن حمدان", "Salem ben Hamdan"},            // ben for bin
		{"مصطفى الدماطي", "Mustafa el-Damaty"},           // Egyptian el- and -y
		{"عبد الرؤوف المطيري", "Abdul Rauf al-Mutairi"},
		{"فاطمة الشهري", "Fatima al-Shahri"},
	}
	for _, c := range cases {
		ls := r.Labels(c.in, 3)
		found := false
		seen := map[string]bool{}
		for _, l := range ls {
			k := scoreNorm(l)
			if seen[k] {
				t.Errorf("Labels(%s): %q twice", c.in, k)
			}
			seen[k] = true
			found = found || k == scoreNorm(c.want)
		}
		if !found {
			t.Errorf("Labels(%s) = %s: want %q among them", c.in, strings.Join(ls, "; "), c.want)
		}
		if n := len(r.crossed(c.in, maxLabels)); n > maxLabels {
			t.Errorf("crossed(%s): %d labels, want at most %d", c.in, n, maxLabels)
		}
	}
}

// TestEnglishTemplate: a Latin spelling's vowels between its consonant
// units, doubled units marked, a final -ah folded into the vowel.
func TestEnglishTemplate(t *testing.T) {
	cases := []struct {
		en   string
		n    int
		want string
		ok   bool
	}{
		{"Hijazi", 3, "|i|a|i|111", true},
		{"al-Najjar", 3, "|a|a||121", true},
		{"Shukri", 3, "|u||i|111", true}, // sh is one unit
		{"Sarayrah", 3, "|a|ay|ah|111", true},
		{"Saleh", 3, "|a|e||111", true}, // ح: the h is a consonant
		{"Hijazi", 2, "", false},
	}
	for _, c := range cases {
		got, ok := englishTemplate(c.en, c.n)
		if got != c.want || ok != c.ok {
			t.Errorf("englishTemplate(%q, %d) = %q, %v; want %q, %v", c.en, c.n, got, ok, c.want, c.ok)
		}
	}
}

// TestPlausibleSpelling: misaligned catalogue pairs cast no vote.
func TestPlausibleSpelling(t *testing.T) {
	cases := []struct {
		ar, en string
		want   bool
	}{
		{"محمد", "Mohammed", true},
		{"الحجازي", "al-Hegazy", true},
		{"علي", "Abu Ammar", false},
		{"الثاني", "Tawadros", false},
		{"عبد الحميد", "Abdelhamid", true},
		{"جمال الدين", "Gamal", false},
	}
	for _, c := range cases {
		if got := plausibleSpelling(c.ar, c.en); got != c.want {
			t.Errorf("plausibleSpelling(%s, %s) = %v, want %v", c.ar, c.en, got, c.want)
		}
	}
}

// TestRomanAltsOfRemembers: the extractor's memo of an unknown name's
// labels answers as romanAlts does, and a caller that rewrites the slice
// it got (heads.go puts a head noun's template around each label) does
// not change what the next caller gets.
func TestRomanAltsOfRemembers(t *testing.T) {
	x := New()
	if err := x.load(); err != nil {
		t.Fatal(err)
	}
	surface := "عبد الحميد الزبيدي"
	rom := x.roman.Name(surface)
	want := x.roman.romanAlts(surface, rom, 3)
	if len(want) == 0 {
		t.Fatalf("romanAlts(%s) gave no labels", surface)
	}
	first := x.romanAltsOf(surface, rom)
	for i := range first {
		first[i] = "Mount " + first[i]
	}
	second := x.romanAltsOf(surface, rom)
	if strings.Join(second, "|") != strings.Join(want, "|") {
		t.Errorf("romanAltsOf after a caller rewrote its copy = %q, want %q", second, want)
	}
}
