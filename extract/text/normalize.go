package text

import (
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the matching form of s: Unicode NFKC; Arabic diacritics
// (harakat, shadda, sukun, superscript alef) and tatweel removed; alef forms
// (أ إ آ ٱ) → ا; alef maqsura ى → ي; taa marbuta ة → ه; hamza carriers ؤ → و,
// ئ → ي; letters of Persian and Maghrebi spelling folded to their Arabic
// counterparts (ڤ ڨ → ف, پ → ب, چ → ج, گ ک → ك, ی → ي, ھ ە ۀ → ه), so that
// "ڤلاديمير" matches "فلاديمير"; Arabic-Indic and Persian digits → ASCII;
// Latin letters lower-cased; runs of white space collapsed to one space.
func Normalize(s string) string {
	if isNormalWord(s) {
		return s
	}
	b := appendNormal(make([]byte, 0, len(s)), s)
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b)) // b is never written again: one allocation, not two
}

// isNormalWord reports whether Normalize leaves s as it is, checked
// cheaply for the common case: printable ASCII other than capitals, and
// the Arabic letters Normalize does not fold (isStableArabic). False for
// anything else, which Normalize then folds the long way.
func isNormalWord(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if c <= ' ' || c == 0x7f || c >= 'A' && c <= 'Z' {
				return false
			}
			i++
			continue
		}
		r, w := decode(s, i)
		if !isStableArabic(r) {
			return false
		}
		i += w
	}
	return true
}

// appendNormal appends the matching form of s (see Normalize) to dst.
func appendNormal(dst []byte, s string) []byte {
	if !nfkcStable(s) {
		s = norm.NFKC.String(s)
	}
	start := len(dst)
	space := false
	for i := 0; i < len(s); {
		r, w := decode(s, i) // as range decodes, without a call for Arabic
		i += w
		var keep, isSpace bool
		if r < smallRunes {
			f := smallFold[r]
			if f&foldDrop != 0 {
				continue
			}
			r, isSpace = rune(f&foldRuneMask), f&foldSpace != 0
		} else if r, keep = foldRune(r); !keep {
			continue
		} else {
			isSpace = unicode.IsSpace(r)
		}
		if isSpace {
			if !space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = true
			continue
		}
		space = false
		dst = utf8.AppendRune(dst, r)
	}
	for len(dst) > start && dst[len(dst)-1] == ' ' {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// smallRunes bounds the runes of smallFold: Latin, Greek, Cyrillic,
// Hebrew and Arabic.
const smallRunes = 0x800

// Bits of a smallFold entry: the folded rune, and whether foldRune drops
// the rune or unicode.IsSpace holds for the folded one.
const (
	foldRuneMask = 1<<21 - 1
	foldDrop     = 1 << 30
	foldSpace    = 1 << 29
)

// smallFold is foldRune and unicode.IsSpace of its result for the runes
// below smallRunes, so that appendNormal folds an Arabic letter with one
// table read instead of foldRune's comparisons and Unicode table searches.
var smallFold = func() (t [smallRunes]uint32) {
	for r := range rune(smallRunes) {
		f, keep := foldRune(r)
		switch {
		case !keep:
			t[r] = foldDrop
		case unicode.IsSpace(f):
			t[r] = uint32(f) | foldSpace
		default:
			t[r] = uint32(f)
		}
	}
	return t
}()

// foldRune maps one rune to its matching form; keep is false for runes that
// are dropped (diacritics, tatweel, format marks).
func foldRune(r rune) (rune, bool) {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640, // harakat, superscript alef, tatweel
		r >= 0x06D6 && r <= 0x06ED,                                                   // Quranic marks
		r == 0x200C, r == 0x200D, r == 0x200E, r == 0x200F, r == 0x061C, r == 0xFEFF: // joiners, bidi marks
		return 0, false
	case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
		return 'ا', true
	case r == 'ى':
		return 'ي', true
	case r == 'ة':
		return 'ه', true
	case r == 'ؤ':
		return 'و', true
	case r == 'ئ':
		return 'ي', true
	case r == 'ک', r == 'گ':
		return 'ك', true
	case r == 'ڤ', r == 'ڨ':
		return 'ف', true
	case r == 'پ':
		return 'ب', true
	case r == 'چ':
		return 'ج', true
	case r == 'ھ', r == 'ە', r == 'ۀ', r == 'ۃ':
		return 'ه', true
	case r == 'ٲ', r == 'ٳ':
		return 'ا', true
	case r == 'ی', r == 'ې':
		return 'ي', true
	case r >= '٠' && r <= '٩':
		return '0' + (r - '٠'), true
	case r >= '۰' && r <= '۹':
		return '0' + (r - '۰'), true
	case r < 0x80 && r >= 'A' && r <= 'Z':
		return r + ('a' - 'A'), true
	case r == 'ـ':
		return 0, false
	}
	if r >= 0x80 && unicode.IsUpper(r) {
		return unicode.ToLower(r), true
	}
	return r, true
}

// nfkcStable reports whether NFKC can be skipped for s: every rune is
// ASCII, « », or in the Arabic block without a compatibility decomposition.
// (Combining hamza after a letter would compose under NFKC, but folding
// drops both the composed hamza and the combining one, so the result is
// the same.)
func nfkcStable(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			i++
			continue
		}
		r, w := decode(s, i)
		if !(r >= 0x0600 && r <= 0x06FF && (r < 0x0675 || r > 0x0678)) && r != 0xAB && r != 0xBB {
			return false
		}
		i += w
	}
	return true
}
