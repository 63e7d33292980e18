package ar

import (
	"strings"

	"github.com/newskg/kg/extract/text"
)

// Two word patterns of Arabic family names whose short vowels the letter
// rules guess otherwise than English news write them; patternAlternate
// gives the other reading as a further variant:
//   - the diminutive CuCayC (عريبي → Uraibi, زبيدي → Zubaidi, عبيد →
//     Ubaid) and CuCayCiC (هويدر → Huwaidir), read by the rules as CaCiC
//     (Aribi);
//   - the nisba CiCāCī (حجازي → Hijazi, كناني → Kinani), read as CaCāCī
//     (Hajazi).

// patternAlternate returns the other reading of a word of one of the
// patterns (with "al-" when it has the article), or "".
func patternAlternate(w string) string {
	rs := foldLetters(w)
	art := ""
	if len(rs) > 2 && rs[0] == 'ا' && rs[1] == 'ل' {
		rs, art = rs[2:], "al-"
	}
	nisba := ""
	if n := len(rs); n > 3 && (rs[n-1] == 'ي' || rs[n-1] == 'ى') {
		rs, nisba = rs[:n-1], "i"
	}
	cons := func(r rune) (string, bool) {
		if r == 'ع' || r == 'ء' || r == 'أ' || r == 'إ' {
			return "", true
		}
		c, ok := consonants[r]
		if r == 'و' {
			return "w", true
		}
		return c, ok
	}
	var out string
	switch {
	case len(rs) == 4 && rs[2] == 'ي': // C C ي C: diminutive
		a, ok1 := cons(rs[0])
		b, ok2 := cons(rs[1])
		c, ok3 := cons(rs[3])
		if !ok1 || !ok2 || !ok3 || b == "" {
			return ""
		}
		out = a + "u" + b + "ai" + c + nisba
	case len(rs) == 5 && rs[2] == 'ي' && nisba == "": // C C ي C C: CuCayCiC
		a, ok1 := cons(rs[0])
		b, ok2 := cons(rs[1])
		c, ok3 := cons(rs[3])
		e, ok4 := cons(rs[4])
		if !ok1 || !ok2 || !ok3 || !ok4 || b == "" || c == "" || e == "" {
			return ""
		}
		out = a + "u" + b + "ai" + c + "i" + e
	case len(rs) == 4 && rs[2] == 'ا' && nisba != "": // C C ا C ي: CiCāCī
		a, ok1 := cons(rs[0])
		b, ok2 := cons(rs[1])
		c, ok3 := cons(rs[3])
		if !ok1 || !ok2 || !ok3 || a == "" || b == "" {
			return ""
		}
		out = a + "i" + b + "a" + c + nisba
	default:
		return ""
	}
	return art + capitalize(out)
}

// patternVariant returns the name with its last word read by
// patternAlternate, or "" when that word fits neither pattern.
func (r *romanizer) patternVariant(surface string) string {
	words := strings.Fields(surface)
	if len(words) == 0 {
		return ""
	}
	if n := len(words); n > 1 && (compoundHeads[text.Normalize(words[n-2])] || compoundTails[text.Normalize(words[n-1])]) {
		return "" // عبد العزيز: the last word ends a compound
	}
	last := patternAlternate(words[len(words)-1])
	if last == "" {
		return ""
	}
	us := r.units(strings.Join(words[:len(words)-1], " "), -1)
	return strings.Join(append(us, last), " ")
}
