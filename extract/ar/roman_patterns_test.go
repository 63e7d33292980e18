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
