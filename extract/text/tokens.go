package text

import (
	"unicode"
	"unicode/utf8"
)

// Token is one word, number or punctuation mark of a document.
type Token struct {
	// Text is the token as written in the document.
	Text string
	// Norm is Normalize(Text); for punctuation it is the mark itself.
	Norm string
	// Start and End are byte offsets of Text in the document
	// (doc[Start:End] == Text).
	Start, End int
	// Bare is Norm without its proclitics (و ف ب ل ك and their
	// combinations) where the remainder is a plausible word; it equals Norm
	// when nothing was stripped. The article stays: "بالرياض" → "الرياض";
	// the contraction لل gives "ال…" ("للرياض" → "الرياض") unless ل + a
	// known word fits ("للبنان" → "لبنان"). Words whose first letter
	// belongs to the word (وزير، بوتين، لبنان) keep it when they are listed
	// in data/keep.txt or were added with AddKeepWords; for names prefer
	// Forms with a lexicon.
	Bare string
	// Prefix is the stripped proclitics in normal form ("و", "ب", "وب",
	// "ول"), "" when none; Prefix + Bare == Norm except for the contraction
	// لل.
	Prefix string
}

// IsWord reports whether the token is a word or number (not punctuation).
func (t Token) IsWord() bool {
	r := firstRune(t.Text)
	return isWordRune(r)
}

// IsNumber reports whether the token is a number written in digits
// (ASCII or Arabic-Indic), possibly with decimal or thousands separators.
func (t Token) IsNumber() bool {
	if t.Norm == "" {
		return false
	}
	for i := 0; i < len(t.Norm); i++ {
		c := t.Norm[i]
		if !(c >= '0' && c <= '9' || c == '.' || c == ',' || c >= 0x80) {
			return false
		}
	}
	c := t.Norm[0]
	return c >= '0' && c <= '9'
}

// IsArabic reports whether the token's first rune is an Arabic letter.
func (t Token) IsArabic() bool {
	r := firstRune(t.Text)
	return isArabicLetter(r)
}

// Tokenize splits s into tokens. base is the byte offset of s in the
// document, added to every token's Start and End so that offsets point into
// the document.
//
// Words are runs of letters, digits and combining marks. A hyphen joins two
// parts when one of them is a number or both are Latin ("إس-300",
// "روسيا-24", "S-300", "Jean-Marc"); decimal and thousands separators
// inside numbers are kept ("3.5", "1,000", "٣٫٥"). Digits and Arabic
// letters written together are split ("1436هـ" → "1436" "هـ"). Every
// other non-space rune is a token of its own, except runs of dots ("..").
func Tokenize(s string, base int) []Token {
	toks := make([]Token, 0, estimateTokens(s))
	var buf []byte
	var pend [][3]int
	i := 0
	for i < len(s) {
		r, w := decode(s, i)
		if r == ' ' || (r < ' ' || r >= 0x80 && !(r >= 0x600 && r < 0x700)) && (unicode.IsSpace(r) || isIgnorable(r)) {
			i += w
			continue
		}
		start := i
		normal := false
		if isWordRune(r) {
			i, normal = scanWord(s, i)
			if i == start+1 && r >= 'A' && r <= 'Z' {
				i = scanInitials(s, i)
			}
		} else if r == '.' || r == '…' {
			i += w
			for i < len(s) && (s[i] == '.') {
				i++
			}
		} else {
			i += w
		}
		txt := s[start:i]
		t := Token{Text: txt, Norm: txt, Start: base + start, End: base + i}
		if !normal && !isNormal(txt) {
			// normal forms of all tokens share one string: one allocation
			if buf == nil {
				buf = make([]byte, 0, len(s)-start)
				pend = make([][3]int, 0, (len(s)-start)/16+1)
			}
			a := len(buf)
			buf = appendNormal(buf, txt)
			pend = append(pend, [3]int{len(toks), a, len(buf)})
		}
		toks = append(toks, t)
	}
	if len(pend) > 0 {
		norms := string(buf)
		for _, p := range pend {
			toks[p[0]].Norm = norms[p[1]:p[2]]
		}
	}
	for k := range toks {
		toks[k].Prefix, toks[k].Bare = splitProclitics(toks[k].Norm)
	}
	return toks
}

// scanInitials extends a single capital letter ending at i over a run of
// dotted initials ("U.S.", "U.N."); it returns i unchanged otherwise.
func scanInitials(s string, i int) int {
	j := i
	for j+2 < len(s) && s[j] == '.' && s[j+1] >= 'A' && s[j+1] <= 'Z' && s[j+2] == '.' {
		j += 2
	}
	if j == i {
		return i
	}
	return j + 1
}

// estimateTokens returns about the number of tokens of s, counting
// spaces and punctuation bytes, so that the token slice is allocated once.
func estimateTokens(s string) int {
	n := 2
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\n', ',', '.', ':', '"', '(', ')', '-', '/', '!', '?', '\'', 0x8C, 0x9B, 0x9F, 0xAB, 0xBB:
			// 0x8C, 0x9B, 0x9F: second bytes of ، ؛ ؟; 0xAB, 0xBB: « »
			n++
		}
	}
	return n
}

// decode decodes the rune at s[i:], with fast paths for ASCII and the
// two-byte sequences of Arabic.
func decode(s string, i int) (rune, int) {
	c := s[i]
	if c < 0x80 {
		return rune(c), 1
	}
	if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// firstRune is the first rune of s as utf8.DecodeRuneInString decodes it
// (RuneError for an empty s), by decode's fast path for Arabic letters.
func firstRune(s string) rune {
	if s == "" {
		return utf8.RuneError
	}
	r, _ := decode(s, 0)
	return r
}

// isNormal reports whether a token is already in normal form (ASCII
// without capitals, or Arabic letters that Normalize leaves unchanged).
func isNormal(txt string) bool {
	for i := 0; i < len(txt); {
		c := txt[i]
		if c < 0x80 {
			if c >= 'A' && c <= 'Z' {
				return false
			}
			i++
			continue
		}
		r, w := decode(txt, i)
		if !isStableArabic(r) {
			return false
		}
		i += w
	}
	return true
}

// isStableArabic reports whether r is an Arabic letter Normalize leaves
// unchanged.
func isStableArabic(r rune) bool {
	if r < 0x0621 || r > 0x064A {
		return false
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ى', 'ة', 'ؤ', 'ئ', 'ـ':
		return false
	}
	return true
}

// scanWord returns the end of the word starting at i, and whether the
// word is already in normal form (see isNormal).
func scanWord(s string, i int) (int, bool) {
	normal := true
	prevClass := classNone
	partStart := i
	for i < len(s) {
		r, w := decode(s, i)
		cl := runeClass(r)
		switch {
		case cl == classMark || cl == classJoiner:
			normal = false
			i += w
			continue
		case cl == classNone:
			// separators inside numbers and hyphens inside compounds
			if (r == '.' || r == ',' || r == '٫' || r == '٬') && prevClass == classDigit {
				if nr, _ := utf8.DecodeRuneInString(s[i+w:]); runeClass(nr) == classDigit {
					i += w
					prevClass = classNone
					continue
				}
			}
			if r == '-' || r == '‐' || r == '‑' {
				nr, _ := utf8.DecodeRuneInString(s[i+w:])
				ncl := runeClass(nr)
				first, _ := utf8.DecodeRuneInString(s[partStart:])
				fcl := runeClass(first)
				letter := func(c int) bool { return c == classArabic || c == classLatin || c == classOther }
				if (ncl == classDigit && letter(fcl)) || (prevClass == classDigit && letter(ncl)) ||
					(ncl == classLatin && fcl == classLatin) {
					i += w
					partStart = i
					prevClass = classNone
					continue
				}
			}
			return i, normal
		}
		if prevClass != classNone && cl != prevClass &&
			((cl == classDigit && prevClass == classArabic) || (cl == classArabic && prevClass == classDigit)) {
			return i, normal
		}
		if r >= 0x80 {
			normal = normal && isStableArabic(r)
		} else if r >= 'A' && r <= 'Z' {
			normal = false
		}
		prevClass = cl
		i += w
	}
	return i, normal
}

const (
	classNone = iota
	classArabic
	classLatin
	classOther // other letters
	classDigit
	classMark
	classJoiner
)

// classTab caches runeClass for the runes below U+0700 (ASCII, Latin,
// Arabic).
var classTab = func() (t [0x700]uint8) {
	for r := range t {
		t[r] = uint8(runeClassSlow(rune(r)))
	}
	return t
}()

func runeClass(r rune) int {
	if r >= 0 && r < 0x700 {
		return int(classTab[r])
	}
	return runeClassSlow(r)
}

func runeClassSlow(r rune) int {
	switch {
	case r < 0x80:
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			return classLatin
		case r >= '0' && r <= '9':
			return classDigit
		}
		return classNone
	case r >= 0x0660 && r <= 0x0669, r >= 0x06F0 && r <= 0x06F9:
		return classDigit
	case r == 0x0640 || (r >= 0x064B && r <= 0x065F) || r == 0x0670:
		return classMark
	case r == 0x200C || r == 0x200D:
		return classJoiner
	case isArabicLetter(r):
		return classArabic
	case unicode.IsLetter(r):
		if r < 0x250 {
			return classLatin
		}
		return classOther
	case unicode.IsDigit(r):
		return classDigit
	case unicode.Is(unicode.Mn, r):
		return classMark
	}
	return classNone
}

func isArabicLetter(r rune) bool {
	return (r >= 0x0620 && r <= 0x064A) || (r >= 0x066E && r <= 0x06D3) || r == 0x06D5 ||
		(r >= 0x06FA && r <= 0x06FF) || (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFC)
}

func isWordRune(r rune) bool {
	cl := runeClass(r)
	return cl != classNone && cl != classJoiner
}

// isIgnorable reports runes that are neither tokens nor separators of
// their own (bidi marks, BOM).
func isIgnorable(r rune) bool {
	return r == 0x200E || r == 0x200F || r == 0x061C || r == 0xFEFF || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}
