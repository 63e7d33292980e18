package ar

import (
	"strings"
	"unicode"
)

// consonants maps Arabic letters to Latin, in the plain romanisation of
// English-language news (no diacritics, so names stay searchable).
var consonants = map[rune]string{
	'ب': "b", 'ت': "t", 'ث': "th", 'ج': "j", 'ح': "h", 'خ': "kh", 'د': "d", 'ذ': "dh",
	'ر': "r", 'ز': "z", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z",
	'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k", 'ل': "l", 'م': "m", 'ن': "n",
	'ه': "h", 'پ': "p", 'چ': "ch", 'ژ': "zh", 'گ': "g", 'ڤ': "v", 'ک': "k",
}

// Transliterate returns a readable Latin spelling of an Arabic name by
// letter rules alone: "دميتري بيسكوف" → "Dmitri Biskuf". The article ال
// becomes "al-"; long vowels are written (ا a, و u/w, ي i/y, ة a, ى a) and
// short vowels guessed where Arabic syllables need one (no word starts
// with two consonants: "نصيف" → "Nasif"; a فاعل name ends in -eC: "حاتم"
// → "Hatem"; a four-letter فعّال family name doubles its middle: "نجار" →
// "Najjar"). Latin letters and digits are kept; other marks dropped.
// The extractor's romaniser (romanizer) prefers spellings learnt from the
// catalogue and data/names.tsv and falls back on these rules.
func Transliterate(s string) string {
	words := strings.Fields(s)
	out := make([]string, 0, len(words))
	for _, w := range words {
		if t := translitWord(w); t != "" {
			out = append(out, t)
		}
	}
	return strings.Join(out, " ")
}

// unit is one sound of a word being romanised: a consonant or a vowel.
type unit struct {
	latin string
	vowel bool
	long  bool // a long vowel written with a letter (ا و ي)
}

// translitWord romanises one word by letter rules.
func translitWord(w string) string { return translitWith(w, true) }

// translitPlain romanises one word by letter rules without the word
// patterns (فعّال, فوعل, مفتعل), for a second spelling.
func translitPlain(w string) string { return translitWith(w, false) }

func translitWith(w string, patterns bool) string {
	rs := foldLetters(w)
	if len(rs) == 0 {
		return ""
	}
	prefix := ""
	if len(rs) > 3 && rs[0] == 'ا' && rs[1] == 'ل' {
		prefix = "al-"
		rs = rs[2:]
		if rs[len(rs)-1] == 'ى' {
			rs[len(rs)-1] = 'ي' // a family name in ى is a nisba: العريبى → al-Aribi
		}
	}
	if patterns && len(rs) == 4 && rs[2] == 'ا' && consonants[rs[0]] != "" && consonants[rs[1]] != "" && consonants[rs[3]] != "" {
		rs = []rune{rs[0], rs[1], rs[1], rs[2], rs[3]} // فعّال: نجار → Najjar, حداد → Haddad
	}
	if s, ok := patternWord(rs); ok && patterns {
		return prefix + capitalize(s)
	}
	us := letterUnits(rs)
	us = insertVowels(us)
	var b strings.Builder
	for _, u := range us {
		b.WriteString(u.latin)
	}
	res := b.String()
	if res == "" {
		return strings.TrimSuffix(prefix, "-")
	}
	return prefix + capitalize(res)
}

// capitalize upper-cases the first letter.
func capitalize(s string) string {
	for i, r := range s {
		return s[:i] + string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// foldLetters drops diacritics and tatweel but keeps the letters that
// romanisation tells apart (ة ى آ أ إ ؤ ئ ء); shadda doubles the letter
// before it.
func foldLetters(w string) []rune {
	out := make([]rune, 0, len(w)/2)
	for _, r := range w {
		switch {
		case r == 0x0651: // shadda
			if n := len(out); n > 0 && consonants[out[n-1]] != "" {
				out = append(out, out[n-1])
			}
		case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 'ـ', r == 0x200C, r == 0x200D:
		case r == 'ٱ':
			out = append(out, 'ا')
		case r == 'ی':
			out = append(out, 'ي')
		default:
			out = append(out, r)
		}
	}
	return out
}

func isLongVowelLetter(r rune) bool {
	return r == 'ا' || r == 'و' || r == 'ي' || r == 'ى' || r == 'ة' || r == 'آ'
}

// letterUnits turns letters into sounds.
func letterUnits(rs []rune) []unit {
	us := make([]unit, 0, len(rs)+2)
	at := func(i int) rune {
		if i < 0 || i >= len(rs) {
			return 0
		}
		return rs[i]
	}
	cons := func(s string) { us = append(us, unit{latin: s}) }
	vow := func(s string, long bool) { us = append(us, unit{latin: s, vowel: true, long: long}) }
	prevVowel := func() bool { return len(us) > 0 && us[len(us)-1].vowel }
	last := len(rs) - 1
	for i, r := range rs {
		next := at(i + 1)
		switch r {
		case 'ا', 'آ':
			if i > 0 && prevVowel() && !us[len(us)-1].long {
				us[len(us)-1] = unit{latin: "a", vowel: true, long: true} // عا: one long a
				continue
			}
			vow("a", true)
		case 'أ':
			switch {
			case i == 0 && next == 'و':
				vow("o", true)
			case i == 0 || prevVowel():
				vow("a", false)
			default:
				vow("a", false)
			}
		case 'إ':
			vow("i", false)
		case 'ؤ':
			vow("u", false)
		case 'ئ':
			if prevVowel() || isLongVowelLetter(next) {
				vow("e", false)
			} else {
				vow("i", false)
			}
		case 'ء':
			if i == last && i > 0 && rs[i-1] == 'ا' {
				vow("a", false) // علاء → Alaa
			}
		case 'ع':
			switch {
			case i == 0:
				vow("a", false)
			case i == last:
				if !prevVowel() {
					vow("a", false)
				}
			case prevVowel():
				// ساعد, إسماعيل: the ayn between vowels is not written
			default:
				// سعد → Saad: a vowel before the ayn and one for it
				vow("a", false)
				vow("a", false)
			}
		case 'و':
			if rs[max(0, i-1)] == 'أ' && i == 1 {
				continue // أو → o
			}
			if i == last-1 && i > 0 && rs[last] == 'ي' && !prevVowel() {
				vow("a", false) // a nisba in -awi: العلوي → al-Alawi
				cons("w")
				continue
			}
			switch {
			case i == 0:
				cons("w")
			case i == last:
				if prevVowel() {
					cons("w")
				} else {
					vow("u", true)
				}
			case isLongVowelLetter(next) && next != 'و':
				cons("w")
			case prevVowel():
				cons("w")
			default:
				vow("u", true)
			}
		case 'ي', 'ى':
			switch {
			case r == 'ى' && i == last:
				vow("a", true)
			case i == 0:
				cons("y")
			case next == 'ة' && i+1 == last:
				if prevVowel() {
					cons("y")
					vow("a", false)
				} else {
					vow("iya", true)
				}
				return us
			case i == last:
				if prevVowel() {
					cons("y")
				} else {
					vow("i", true)
				}
			case isLongVowelLetter(next) && next != 'ي':
				cons("y")
			case prevVowel():
				cons("y")
			case i == 1 && len(rs) > 3:
				vow("ai", true) // حيدر → Haidar
			default:
				vow("i", true)
			}
		case 'ة':
			if i == last {
				if !prevVowel() {
					vow("a", false)
				}
			} else {
				cons("t")
			}
		default:
			c, ok := consonants[r]
			if !ok {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					us = append(us, unit{latin: string(unicode.ToLower(r)), vowel: strings.ContainsRune("aeiou", unicode.ToLower(r))})
				}
				continue
			}
			cons(c)
		}
	}
	return us
}

// insertVowels adds the short vowels Arabic leaves unwritten where a name
// needs one: after the first of two initial consonants, inside a run of
// three, and before the last of two final consonants (e after a long a,
// as in the فاعل names Hatem, Nasser; a otherwise).
func insertVowels(us []unit) []unit {
	if len(us) < 2 {
		return us
	}
	out := make([]unit, 0, len(us)+3)
	short := unit{latin: "a", vowel: true}
	run := 0
	for i, u := range us {
		if u.vowel {
			run = 0
			out = append(out, u)
			continue
		}
		run++
		switch {
		case run == 2 && len(out) == 1: // two initial consonants
			out = append(out, short)
			run = 1
		case run == 3:
			out = append(out, short)
			run = 1
		case run == 2 && i == len(us)-1: // two final consonants
			v := short
			if n := len(out); n >= 2 && out[n-2].vowel && out[n-2].long && out[n-2].latin == "a" {
				v = unit{latin: "e", vowel: true}
			}
			out = append(out, v)
			run = 1
		}
		out = append(out, u)
	}
	return out
}

// patternWord spells words of two patterns whose short vowels letters do
// not show: the participle مفتعِل (المنتصر → al-Muntasir, المعتصم →
// al-Mutasim) and فَوْعَل (جودت → Jawdat, شوكت → Shawkat).
func patternWord(rs []rune) (string, bool) {
	cons := func(r rune) (string, bool) {
		c, ok := consonants[r]
		return c, ok && c != "" && r != 'ه'
	}
	if len(rs) == 5 && rs[0] == 'م' && rs[2] == 'ت' {
		c1, ok1 := cons(rs[1])
		c3, ok3 := cons(rs[3])
		c4, ok4 := cons(rs[4])
		if ok1 && ok3 && ok4 {
			return "mu" + c1 + "ta" + c3 + "i" + c4, true
		}
	}
	if len(rs) == 4 && rs[1] == 'و' {
		c0, ok0 := cons(rs[0])
		c2, ok2 := cons(rs[2])
		c3, ok3 := cons(rs[3])
		if ok0 && ok2 && ok3 {
			return c0 + "aw" + c2 + "a" + c3, true
		}
	}
	return "", false
}
