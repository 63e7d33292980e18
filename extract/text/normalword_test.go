package text

import (
	"math/rand"
	"testing"
)

// TestIsNormalWord checks that Normalize's shortcut only takes strings it
// would leave unchanged: every single rune below U+0800, then random words
// over an alphabet of letters it keeps, folds and drops.
func TestIsNormalWord(t *testing.T) {
	long := func(s string) string { return string(appendNormal(nil, s)) }
	check := func(s string) bool {
		if !isNormalWord(s) {
			return false
		}
		if got := long(s); got != s {
			t.Errorf("isNormalWord(%q) is true but Normalize gives %q", s, got)
		}
		return true
	}
	kept := 0
	for r := rune(0); r < 0x800; r++ {
		if check(string(r)) {
			kept++
		}
	}
	if kept < 68+30 { // printable ASCII without capitals, most Arabic letters
		t.Errorf("isNormalWord keeps only %d single runes", kept)
	}
	alphabet := []rune("az09-.ءابتةأإآؤئىيهوـَُِّ٣Aé ۀ\u200c")
	rng := rand.New(rand.NewSource(7))
	for k := 0; k < 20000; k++ {
		w := make([]rune, 1+rng.Intn(8))
		for i := range w {
			w[i] = alphabet[rng.Intn(len(alphabet))]
		}
		s := string(w)
		check(s)
		if got, want := Normalize(s), long(s); got != want {
			t.Fatalf("Normalize(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{"", "وزير", "الخارجية", "أحمد", "مُحمّد", "Putin", "a  b", "٢٠١٥"} {
		if got, want := Normalize(s), long(s); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", s, got, want)
		}
	}
}
