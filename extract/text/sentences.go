package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of a document with its tokens.
type Sentence struct {
	// Text is doc[Start:End], trimmed of surrounding white space.
	Text string
	// Start and End are byte offsets in the document.
	Start, End int
	// Tokens are the sentence's tokens, with offsets in the document.
	Tokens []Token
}

// Sentences splits doc into sentences and tokenises each.
//
// A sentence ends at a line break, or at . ! ? ؟ (and runs of them)
// followed by white space, the end of the text or an Arabic letter. A
// closing quote or bracket right after the mark stays with the sentence
// (`قال "انتهى."`). A dot does not end a sentence inside a number (3.5),
// after a single letter (initials: "U.S.", "J. Smith", "م."), after a Latin
// abbreviation (Mr., Dr., Gen., Jan., …) or the Arabic "د." (doctor), or
// when it is an ellipsis (".." "…") inside a line. The Arabic semicolon ؛
// does not end a sentence: it joins clauses of one statement. A line
// without final punctuation (a headline) is a sentence of its own.
func Sentences(doc string) []Sentence {
	ss, _ := SentencesTokens(doc)
	return ss
}

// SentencesTokens is Sentences that also returns the tokens of the whole
// document (Tokenize(doc, 0)), which it computes anyway, for a caller that
// needs both.
func SentencesTokens(doc string) ([]Sentence, []Token) {
	var out []Sentence
	start := 0
	emit := func(end int) {
		s, e := trimSpan(doc, start, end)
		if s < e {
			out = append(out, Sentence{Text: doc[s:e], Start: s, End: e})
		}
		start = end
	}
	i := 0
	for i < len(doc) {
		c := doc[i]
		switch {
		case c == '\n' || c == '\r':
			emit(i)
			i++
			continue
		case c == '.' || c == '!' || c == '?':
			// handled below
		case c >= 0x80:
			// only ؟ (D8 9F), … (E2 80 A6), U+2028/2029 (E2 80 A8/A9) and
			// NEL (C2 85) matter; other bytes are skipped one by one
			if c != 0xD8 && c != 0xE2 && c != 0xC2 {
				i++
				continue
			}
			r, w := utf8.DecodeRuneInString(doc[i:])
			if r == '؟' || r == '…' || r == 0x2028 || r == 0x2029 || r == 0x85 {
				if r == 0x2028 || r == 0x2029 || r == 0x85 {
					emit(i)
					i += w
					continue
				}
				break
			}
			i += w
			continue
		default:
			i++
			continue
		}
		// a run of terminal marks
		j := i
		dots, others := 0, 0
		for j < len(doc) {
			if doc[j] == '.' {
				dots++
				j++
				continue
			}
			if doc[j] == '!' || doc[j] == '?' {
				others++
				j++
				continue
			}
			if r, w := utf8.DecodeRuneInString(doc[j:]); r == '؟' || r == '!' {
				others++
				j += w
				continue
			} else if r == '…' {
				dots += 2
				j += w
				continue
			}
			break
		}
		if !isBoundary(doc, i, j, dots, others) {
			i = j
			continue
		}
		// closing quotes and brackets stay with the sentence, and so do
		// marks after them (`؟".`)
		for j < len(doc) {
			r, w := utf8.DecodeRuneInString(doc[j:])
			if !isCloser(r) && r != '.' && r != '!' && r != '?' && r != '؟' {
				break
			}
			j += w
		}
		emit(j)
		i = j
	}
	emit(len(doc))
	toks := attachTokens(doc, out)
	return out, toks
}

// attachTokens tokenises doc once and gives each sentence its tokens (a
// capped sub-slice, so appending to one sentence's tokens cannot overwrite
// the next). A sentence whose bounds cut a token (not expected) is
// tokenised on its own. It returns the document's tokens.
func attachTokens(doc string, ss []Sentence) []Token {
	toks := Tokenize(doc, 0)
	k := 0
	for n := range ss {
		s := &ss[n]
		for k < len(toks) && toks[k].Start < s.Start {
			k++
		}
		a := k
		for k < len(toks) && toks[k].End <= s.End {
			k++
		}
		cut := (a > 0 && toks[a-1].End > s.Start) || (k < len(toks) && toks[k].Start < s.End)
		if cut {
			s.Tokens = Tokenize(s.Text, s.Start)
			continue
		}
		s.Tokens = toks[a:k:k]
	}
	return toks
}

// isBoundary decides whether the marks doc[i:j] end a sentence.
func isBoundary(doc string, i, j, dots, others int) bool {
	next, _ := utf8.DecodeRuneInString(doc[j:])
	atEnd := j >= len(doc)
	// what follows: space, end, a closer then space/end, or an Arabic letter
	follows := atEnd || unicode.IsSpace(next) || isArabicLetter(next)
	if !follows && isCloser(next) {
		k := j
		for k < len(doc) {
			r, w := utf8.DecodeRuneInString(doc[k:])
			if !isCloser(r) {
				break
			}
			k += w
		}
		r, _ := utf8.DecodeRuneInString(doc[k:])
		follows = k >= len(doc) || unicode.IsSpace(r) || isArabicLetter(r) || r == '.' || r == '،' || r == ','
	}
	if !follows {
		return false
	}
	if others > 0 {
		return true
	}
	if dots >= 2 {
		// an ellipsis ends a sentence only at the end of a line
		return atEnd || next == '\n' || next == '\r' || restOfLineBlank(doc, j)
	}
	// a single dot: numbers and abbreviations
	prev, pw := utf8.DecodeLastRuneInString(doc[:i])
	if unicode.IsDigit(prev) {
		if unicode.IsDigit(next) {
			return false
		}
		// "4. 5 مليار": a decimal point typed with a space, after a short number
		if next == ' ' && j+1 < len(doc) {
			if r, _ := utf8.DecodeRuneInString(doc[j+1:]); unicode.IsDigit(r) && digitsBefore(doc, i) <= 3 {
				return false
			}
		}
		return true
	}
	// the word before the dot
	k := i - pw
	for k > 0 {
		r, w := utf8.DecodeLastRuneInString(doc[:k])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		k -= w
	}
	word := doc[k:i]
	if word == "" {
		return true
	}
	if utf8.RuneCountInString(strings.Map(dropMarks, word)) == 1 {
		// an initial; but a lone Arabic conjunction-like letter at a line end is rare
		return atEnd || next == '\n'
	}
	if isAbbrev(word) {
		return atEnd || next == '\n'
	}
	return true
}

// digitsBefore counts the digits right before doc[i].
func digitsBefore(doc string, i int) int {
	n := 0
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(doc[:i])
		if !unicode.IsDigit(r) {
			break
		}
		n++
		i -= w
	}
	return n
}

func dropMarks(r rune) rune {
	if unicode.Is(unicode.Mn, r) || r == 'ـ' {
		return -1
	}
	return r
}

// restOfLineBlank reports whether doc[j:] up to the next line break is
// white space only.
func restOfLineBlank(doc string, j int) bool {
	for j < len(doc) {
		c := doc[j]
		if c == '\n' || c == '\r' {
			return true
		}
		if c != ' ' && c != '\t' {
			return false
		}
		j++
	}
	return true
}

// isCloser reports closing quotes and brackets.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '}', '›':
		return true
	}
	return false
}

// abbreviations that take a dot without ending a sentence, lower-cased.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "gen": true,
	"col": true, "lt": true, "sgt": true, "capt": true, "maj": true, "adm": true, "cmdr": true,
	"jr": true, "sr": true, "inc": true, "ltd": true, "co": true, "corp": true, "vs": true,
	"etc": true, "no": true, "gov": true, "sen": true, "rep": true, "pres": true, "rev": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "e.g": true, "i.e": true,
	"approx": true, "dept": true, "est": true, "fig": true, "mt": true, "ft": true,
	"د": true, "م": true, "أ": true, "ص": true, "ج": true,
}

func isAbbrev(word string) bool {
	return abbrevs[strings.ToLower(word)]
}

// trimSpan trims white space (and bidi marks) from doc[s:e].
func trimSpan(doc string, s, e int) (int, int) {
	for s < e {
		r, w := utf8.DecodeRuneInString(doc[s:e])
		if !unicode.IsSpace(r) && !isIgnorable(r) {
			break
		}
		s += w
	}
	for e > s {
		r, w := utf8.DecodeLastRuneInString(doc[s:e])
		if !unicode.IsSpace(r) && !isIgnorable(r) {
			break
		}
		e -= w
	}
	return s, e
}
