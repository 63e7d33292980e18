// Package safetext makes untrusted text safe to show: Clip shortens what an
// error message quotes of its input, and Terminal escapes control
// characters before text reaches a terminal (an article's ESC sequences
// must not move the cursor, retitle the window or clear the screen).
package safetext

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxQuote is how many characters of an input an error message quotes.
const MaxQuote = 120

// Clip shortens s for an error message: at most MaxQuote characters; a
// longer s ends in "…" and says how many bytes it had.
func Clip(s string) string {
	if utf8.RuneCountInString(s) <= MaxQuote {
		return s
	}
	n, cut := 0, len(s)
	for i := range s {
		if n == MaxQuote {
			cut = i
			break
		}
		n++
	}
	return fmt.Sprintf("%s… (%d bytes in all)", s[:cut], len(s))
}

// Terminal returns s with every control character other than tab and line
// feed written as a visible escape (\x1b, \r, \x07, \u202e…); the bidi
// controls that reorder text on screen count as control characters too,
// except the marks Arabic text uses inside words (U+200C–U+200F). Printable
// text, Arabic included, is unchanged.
func Terminal(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case escaped(r):
			if r < 0x100 {
				fmt.Fprintf(&b, `\x%02x`, r)
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func needsEscape(s string) bool {
	for i, r := range s {
		if escaped(r) || (r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD")) {
			return true
		}
	}
	return false
}

// escaped tells whether Terminal writes r as an escape.
func escaped(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		return true
	case r >= 0x200c && r <= 0x200f:
		return false
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true // embeddings, overrides and isolates
	}
	return unicode.Is(unicode.Cc, r)
}

// Writer escapes control characters (as Terminal does) in everything
// written through it: the writer of a command's human-readable output.
// A rune split across two writes is held until the next one; Flush is not
// needed for output made of whole strings.
type Writer struct {
	w       io.Writer
	pending []byte // the start of a rune the last write cut
}

// NewWriter returns a Writer escaping what it writes to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// Write escapes p and writes it; it reports len(p) on success.
func (t *Writer) Write(p []byte) (int, error) {
	buf := p
	if len(t.pending) > 0 {
		buf = append(t.pending, p...)
		t.pending = nil
	}
	// Hold back an incomplete rune at the end (at most 3 bytes).
	cut := len(buf)
	for i := len(buf) - 1; i >= 0 && i >= len(buf)-3; i-- {
		if utf8.RuneStart(buf[i]) {
			if !utf8.FullRune(buf[i:]) {
				cut = i
			}
			break
		}
	}
	if cut < len(buf) {
		t.pending = append([]byte(nil), buf[cut:]...)
	}
	if _, err := io.WriteString(t.w, Terminal(string(buf[:cut]))); err != nil {
		return 0, err
	}
	return len(p), nil
}
