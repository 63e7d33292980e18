package ar

import (
	"strings"
	"unicode"

	"github.com/newskg/kg/extract/text"
)

// consonants maps Arabic letters to Latin, in a simple news-style
// romanisation (no diacritics, so names stay searchable).
var consonants = map[rune]string{
	'ب': "b", 'ت': "t", 'ث': "th", 'ج': "j", 'ح': "h", 'خ': "kh", 'د': "d", 'ذ': "dh",
	'ر': "r", 'ز': "z", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z",
	'ع': "", 'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k", 'ل': "l", 'م': "m", 'ن': "n",
	'ه': "h", 'ء': "", 'پ': "p", 'چ': "ch", 'ژ': "zh", 'گ': "g", 'ڤ': "v",
}

// Transliterate returns a readable Latin spelling of an Arabic name:
// "دميتري بيسكوف" → "Dmitri Biskuf". Long vowels are written (ا a, و u/w,
// ي i/y), short vowels are not guessed; the article ال becomes "al-".
// Latin input is returned title-cased.
func Transliterate(s string) string {
	words := strings.Fields(text.Normalize(s))
	out := make([]string, 0, len(words))
	for _, w := range words {
		out = append(out, translitWord(w))
	}
	return strings.Join(out, " ")
}

func translitWord(w string) string {
	var b strings.Builder
	prefix := ""
	if strings.HasPrefix(w, "ال") && len([]rune(w)) > 3 {
		prefix = "al-"
		w = strings.TrimPrefix(w, "ال")
	}
	rs := []rune(w)
	consRun := 0
	for i, r := range rs {
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch r {
		case 'ا', 'آ', 'أ', 'إ', 'ى':
			b.WriteString("a")
			consRun = 0
		case 'و':
			if i == 0 || isVowelRune(next) {
				b.WriteString("w")
				consRun++
			} else {
				b.WriteString("u")
				consRun = 0
			}
		case 'ي':
			if i == 0 || isVowelRune(next) {
				b.WriteString("y")
				consRun++
			} else {
				b.WriteString("i")
				consRun = 0
			}
		case 'ة':
			b.WriteString("a")
		case 'ه':
			if i == len(rs)-1 && i > 0 {
				b.WriteString("a")
			} else {
				b.WriteString("h")
			}
		default:
			c, ok := consonants[r]
			if !ok {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					b.WriteRune(r)
				}
				continue
			}
			b.WriteString(c)
			consRun++
		}
	}
	res := b.String()
	if res == "" {
		return prefix
	}
	rr := []rune(res)
	rr[0] = unicode.ToUpper(rr[0])
	if prefix != "" {
		return prefix + string(rr)
	}
	return string(rr)
}

func isVowelRune(r rune) bool {
	return r == 'ا' || r == 'و' || r == 'ي' || r == 'ى' || r == 'ة'
}
