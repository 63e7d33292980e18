package ar

import "testing"

// TestPatternAlternate: family names of the diminutive and CiCāCī
// patterns get the reading English news use; other words get none.
func TestPatternAlternate(t *testing.T) {
	cases := []struct{ in, want string }{
		{"الزبيدي", "al-Zubaidi"},
		{"عبيد", "Ubaid"},
		{"العريبى", "al-Uraibi"},
		{"الكناني", "al-Kinani"},
		{"الهويدر", "al-Huwaidir"},
		{"البغدادي", ""}, // five letters without ي third: no pattern
		{"القرني", ""},
		{"سلمان", ""},
	}
	for _, c := range cases {
		if got := patternAlternate(c.in); got != c.want {
			t.Errorf("patternAlternate(%s) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestPatternVariantCompound: the last word of a compound (عبد العزيز)
// is no family name to read in a pattern.
func TestPatternVariantCompound(t *testing.T) {
	r := newRomanizer(nil, nil)
	if v := r.patternVariant("نواف بن عبد العزيز"); v != "" {
		t.Errorf("patternVariant(نواف بن عبد العزيز) = %q, want none", v)
	}
	if v := r.patternVariant("سالم الزبيدي"); v == "" {
		t.Errorf("patternVariant(سالم الزبيدي) = none, want the diminutive reading")
	}
}
