package ner

import (
	"testing"

	"github.com/newskg/kg/extract/text"
)

// TestNormalOf checks normalOf against text.Normalize (w itself when that
// is empty) on words foldSimple handles, folds, drops to nothing or leaves
// to Normalize.
func TestNormalOf(t *testing.T) {
	words := []string{
		"وزير", "الخارجية", "أحمد", "مُحمّد", "مؤتمر", "القاهرة", "ـــ", "َ",
		"abc-09", "Putin", "ڤلاديمير", "٢٠١٥", "café", "", "ى", "إسرائيل",
	}
	var buf []byte
	for _, w := range words {
		want := text.Normalize(w)
		if want == "" {
			want = w
		}
		var got string
		got, buf = normalOf(w, buf)
		if got != want {
			t.Errorf("normalOf(%q) = %q, want %q", w, got, want)
		}
	}
}
