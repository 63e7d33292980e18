package ner

import (
	"strings"
	"unicode/utf8"
)

// forms holds the clitic analyses of one normalised word.
type forms struct {
	norm   string // the normalised word
	free   string // conjunction and preposition proclitics removed, article kept: وبالقاهره → القاهره
	prep   string // also a bare ب ل ك removed when no article follows: بواشنطن → واشنطن
	bare   string // free without the article: القاهره → قاهره
	clitic string // what was removed from the front of norm ("و", "وب", "ال"…)
}

// analyse strips Arabic proclitics from a normalised word. It is
// deliberately conservative (stems keep at least 2–3 letters) and offers
// several readings as features rather than choosing one.
func analyse(norm string) forms {
	f := forms{norm: norm, free: norm}
	w := norm
	cl := ""
	if (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && runeLen(w) >= 4 {
		cl, w = w[:2], w[2:]
	}
	switch {
	case (strings.HasPrefix(w, "بال") || strings.HasPrefix(w, "كال")) && runeLen(w) >= 5:
		cl += w[:2]
		w = w[2:]
	case strings.HasPrefix(w, "لل") && runeLen(w) >= 4:
		cl += "ل"
		w = "ا" + w[2:]
	}
	f.free = w
	f.prep = w
	if !strings.HasPrefix(w, "ال") && runeLen(w) >= 4 &&
		(strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "ك")) {
		f.prep = w[2:]
	}
	f.bare = w
	if strings.HasPrefix(w, "ال") && runeLen(w) >= 4 {
		f.bare = w[4:]
		cl += "ال"
	}
	f.clitic = cl
	return f
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

// prefixRunes returns the first n runes of s (all of s when shorter), and
// whether s had at least n runes.
func prefixRunes(s string, n int) (string, bool) {
	i := 0
	for k := 0; k < n; k++ {
		if i >= len(s) {
			return s, false
		}
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i], true
}

// suffixRunes returns the last n runes of s, and whether s had at least n.
func suffixRunes(s string, n int) (string, bool) {
	i := len(s)
	for k := 0; k < n; k++ {
		if i <= 0 {
			return s, false
		}
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:], true
}
