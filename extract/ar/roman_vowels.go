package ar

import (
	"strings"

	"github.com/newskg/kg/extract/text"
	"golang.org/x/text/unicode/norm"
)

// Vowel templates learnt from the catalogue. Arabic writes the long
// vowels of a name and leaves the short ones out; English spellings of
// names of the same written shape tend to supply the same vowels
// (حجازي, كناني, نظامي: CCاCي → Hijazi, Kinani, Nizami; مجور, مفتاح: the
// participle and instrument shapes → Mujawar, Miftah). The catalogue's
// aligned name pairs (partVotes.add) also vote, per written shape of an
// Arabic word, for the vowels English writes between its consonants; a
// word the tables lack is spelt with its shape's likeliest templates.

// shapeKey prefixes the vote keys of shapes in partVotes (no Arabic
// unit starts with it).
const shapeKey = "\x00shape:"

// wordShape returns the written shape of a normalised word without its
// article: each consonant letter C, the vowel letters (ا و ي), ع, ء and a
// final ه as written; and the word's consonant letters. ok is false for a
// word with no consonant or a letter outside Arabic.
func wordShape(n string) (shape string, cons []rune, ok bool) {
	rs := []rune(text.StripArticle(n))
	var b strings.Builder
	for i, r := range rs {
		switch {
		case r == 'ه' && i == len(rs)-1 && i > 0:
			b.WriteRune(r)
		case consonants[r] != "":
			b.WriteByte('C')
			cons = append(cons, r)
		case strings.ContainsRune("اويعء", r):
			b.WriteRune(r)
		default:
			return "", nil, false
		}
	}
	return b.String(), cons, len(cons) > 0
}

// englishTemplate splits a Latin spelling into its consonant units (a
// digraph such as sh, a doubled letter) and the vowel runs around them
// (w and y count as vowels), and returns the template "V0|V1|…|Vn|d",
// d marking the doubled units with 2 (else 1), when it has n units.
func englishTemplate(en string, n int) (string, bool) {
	en = strings.ToLower(norm.NFKD.String(en))
	en, _ = cutLatinArticle(en)
	var vowels []string
	var doubles []byte
	var run strings.Builder
	rs := []rune(en)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r > 0x7f:
			continue // a combining mark
		case r < 'a' || r > 'z':
			return "", false
		case strings.ContainsRune("aeiouwy", r):
			run.WriteRune(r)
			continue
		}
		vowels = append(vowels, run.String())
		run.Reset()
		d := byte('1')
		if i+1 < len(rs) && rs[i+1] == 'h' && strings.ContainsRune("sktgdczp", r) {
			i++
		}
		if i+1 < len(rs) && rs[i+1] == r {
			d = '2'
			i++
		}
		doubles = append(doubles, d)
	}
	vowels = append(vowels, run.String())
	if k := len(doubles); k == n+1 && len(rs) > 1 && rs[len(rs)-1] == 'h' && doubles[k-1] == '1' && vowels[k-1] != "" && vowels[k] == "" {
		// a final -ah, -eh spells ة: the h belongs to the vowel
		vowels = append(vowels[:k-1], vowels[k-1]+"h")
		doubles = doubles[:n]
	}
	if len(doubles) != n {
		return "", false
	}
	return strings.Join(vowels, "|") + "|" + string(doubles), true
}

// cutLatinArticle removes a leading article (al-, el-, ad- …) from a
// lower-case spelling.
func cutLatinArticle(en string) (string, bool) {
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-", "ad-", "adh-", "al "} {
		if rest, ok := strings.CutPrefix(en, p); ok && rest != "" {
			return rest, true
		}
	}
	return en, false
}

// shapeVote returns the shape key and template a pair votes for, or ok
// false.
func shapeVote(ar, en string) (key, tmpl string, ok bool) {
	if strings.Contains(ar, " ") || strings.Contains(en, " ") {
		return "", "", false
	}
	shape, cons, ok := wordShape(ar)
	if !ok {
		return "", "", false
	}
	tmpl, ok = englishTemplate(en, len(cons))
	return shapeKey + shape, tmpl, ok
}

// templateCands spells a word by its shape's likeliest templates, each
// weighted by its votes over the first's; none when the shape has fewer
// than minShapeVotes votes.
func (r *romanizer) templateCands(n string) []cand {
	shape, cons, ok := wordShape(n)
	if !ok || r.votes.total(shapeKey+shape) < minShapeVotes {
		return nil
	}
	art := ""
	if text.HasArticle(n) {
		art = "al-"
	}
	var out []cand
	for _, t := range r.votes.ranked(shapeKey + shape) {
		if s, ok := fillTemplate(t.s, cons); ok {
			out = append(out, cand{art + capitalize(s), t.w})
		}
	}
	return out
}

// minShapeVotes is the fewest votes a shape needs for its templates.
const minShapeVotes = 4

// fillTemplate writes consonants into a template's slots.
func fillTemplate(t string, cons []rune) (string, bool) {
	parts := strings.Split(t, "|")
	if len(parts) != len(cons)+2 {
		return "", false
	}
	doubles := parts[len(parts)-1]
	var b strings.Builder
	b.WriteString(parts[0])
	for i, c := range cons {
		l := consonants[c]
		b.WriteString(l)
		if doubles[i] == '2' {
			b.WriteString(l[len(l)-1:])
		}
		b.WriteString(parts[i+1])
	}
	return b.String(), true
}
