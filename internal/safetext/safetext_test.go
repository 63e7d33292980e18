package safetext

import (
	"strings"
	"testing"
)

func TestClip(t *testing.T) {
	long := strings.Repeat("ب", 10_000)
	got := Clip(long)
	if n := len([]rune(got)); n > MaxQuote+40 || !strings.Contains(got, "20000 bytes in all") || !strings.HasPrefix(got, strings.Repeat("ب", MaxQuote)+"…") {
		t.Errorf("Clip of 10,000 letters: %d runes: %q", n, got)
	}
	for _, s := range []string{"", "short", strings.Repeat("x", MaxQuote)} {
		if Clip(s) != s {
			t.Errorf("Clip(%q) changed a string of at most %d characters", s, MaxQuote)
		}
	}
}

func TestTerminal(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"التقى بوتين\tخامنئي\n", "التقى بوتين\tخامنئي\n"},
		{"\x1b]0;pwned\x07title", `\x1b]0;pwned\x07title`},
		{"a\x1b[2Jb\rc", `a\x1b[2Jb\x0dc`},
		{"x\u202eevil", `x\u202eevil`},
		{"ع\u200cب", "ع\u200cب"},
		{"bad\xffbyte", `bad\xffbyte`},
		{"\u0085next", `\x85next`},
	} {
		if got := Terminal(c.in); got != c.want {
			t.Errorf("Terminal(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestWriterSplitsRunes(t *testing.T) {
	var b strings.Builder
	w := NewWriter(&b)
	in := "بوتين\x1b[2J" + "خامنئي"
	// Write byte by byte: runes arrive in pieces.
	for i := 0; i < len(in); i++ {
		if _, err := w.Write([]byte{in[i]}); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := b.String(), `بوتين\x1b[2Jخامنئي`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
