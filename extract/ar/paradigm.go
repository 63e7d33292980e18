package ar

import (
	"strings"
	"unicode/utf8"
)

// A trigger phrase of the construction tables may name a verb by its
// paradigm: "<دعم/يدعم>" (past and present of the third person masculine
// singular) stands for the forms a news text writes of it — past and
// present in every person and number the press uses (دعمت، دعما، دعمتا،
// دعموا، دعمنا، تدعم، يدعمان، يدعمون، ندعم، أدعم). Verbs whose past ends in
// ى/ي (التقى/يلتقي، أجرى/يجري) drop it before a suffix (التقت، التقوا،
// التقينا); the present's ي stays before -ان (يلتقيان) and goes before -ون
// (يلتقون). Hollow and other irregular forms the rules cannot make are
// listed with braces beside the paradigm.

// expandParadigms replaces each "<past/present>" of a phrase with the
// alternatives of its paradigm in braces, for expandBraces.
func expandParadigms(ph string) string {
	for {
		open := strings.IndexByte(ph, '<')
		if open < 0 {
			return ph
		}
		end := strings.IndexByte(ph[open:], '>')
		if end < 0 {
			return ph
		}
		end += open
		past, pres, ok := strings.Cut(ph[open+1:end], "/")
		forms := []string{strings.TrimSpace(ph[open+1 : end])}
		if ok {
			forms = paradigm(strings.TrimSpace(past), strings.TrimSpace(pres))
		}
		ph = ph[:open] + "{" + strings.Join(forms, ",") + "}" + ph[end+1:]
	}
}

// paradigm returns the past and present forms of a verb given as its
// third person masculine singular past and present, without duplicates.
func paradigm(past, pres string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(f string) {
		if f != "" && !seen[f] && utf8.RuneCountInString(f) >= 2 {
			seen[f] = true
			out = append(out, f)
		}
	}
	add(past)
	stem, weak := strings.CutSuffix(past, "ى")
	if !weak {
		stem, weak = strings.CutSuffix(past, "ي")
	}
	if weak {
		// التقى: التقت، التقيا، التقتا، التقوا، التقينا، التقيت
		for _, s := range []string{"ت", "يا", "تا", "وا", "ينا", "يت", "ين"} {
			add(stem + s)
		}
	} else {
		for _, s := range []string{"ت", "ا", "تا", "وا", "نا", "ن", "تم"} {
			if s == "ا" && utf8.RuneCountInString(past) == 3 {
				continue // دعما، قصفا، رفضا: the verbal noun's accusative, not a dual
			}
			add(past + s)
		}
	}
	_, rest := firstRune(pres)
	if rest == "" {
		return out
	}
	for _, p := range []string{"ي", "ت", "ن", "أ"} {
		add(p + rest)
	}
	pstem, ok := strings.CutSuffix(rest, "ي")
	if !ok {
		pstem, ok = strings.CutSuffix(rest, "ى") // يرعى، يتلقى
	}
	if ok {
		// يلتقي: يلتقيان، يلتقون
		for _, p := range []string{"ي", "ت"} {
			add(p + pstem + "يان")
			add(p + pstem + "ون")
			add(p + pstem + "وا")
		}
	} else {
		// يدعم: يدعمان، تدعمان، يدعمون، تدعمون، يدعموا (after لم، لن)
		for _, p := range []string{"ي", "ت"} {
			add(p + rest + "ان")
			add(p + rest + "ون")
			add(p + rest + "وا")
		}
	}
	return out
}

// firstRune splits a word into its first letter and the rest.
func firstRune(w string) (string, string) {
	_, n := utf8.DecodeRuneInString(w)
	return w[:n], w[n:]
}
