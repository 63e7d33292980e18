package ner

import (
	"unicode"
	"unicode/utf8"
)

// Mention is an entity found in running text: bytes [Start, End) of the
// text, of type Type, with the model's probability Score.
type Mention struct {
	Start, End int
	Type       string
	Text       string
	Score      float64
}

// Token is a word of running text with its byte offsets.
type Token struct {
	Text       string
	Start, End int
}

// Tokenize splits running text into sentences of tokens the way ANERcorp
// is tokenised: words split at white space, punctuation split off as tokens
// of its own; sentences end after . ! ? ؟ and at line breaks. It is a
// fallback for callers without extract/text's tokeniser.
func Tokenize(s string) [][]Token {
	var sents [][]Token
	var cur []Token
	end := func() {
		if len(cur) > 0 {
			sents = append(sents, cur)
			cur = nil
		}
	}
	i := 0
	for i < len(s) {
		r, sz := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			end()
			i += sz
		case unicode.IsSpace(r):
			i += sz
		case isPunct(r):
			cur = append(cur, Token{s[i : i+sz], i, i + sz})
			i += sz
			if r == '.' || r == '!' || r == '?' || r == '؟' {
				end()
			}
		default:
			j := i
			for j < len(s) {
				r, sz := utf8.DecodeRuneInString(s[j:])
				if unicode.IsSpace(r) || (isPunct(r) && !innerPunct(s, j, r)) {
					break
				}
				j += sz
			}
			cur = append(cur, Token{s[i:j], i, j})
			i = j
		}
	}
	end()
	return sents
}

func isPunct(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// innerPunct keeps . , inside numbers (3.5, 1,000) as part of the word.
func innerPunct(s string, j int, r rune) bool {
	if r != '.' && r != ',' && r != '٫' && r != '٬' {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:j])
	next, _ := utf8.DecodeRuneInString(s[j+utf8.RuneLen(r):])
	return unicode.IsDigit(prev) && unicode.IsDigit(next)
}

// TagText finds the entities in running text.
func (m *Model) TagText(s string) []Mention {
	var out []Mention
	for _, sent := range Tokenize(s) {
		words := make([]string, len(sent))
		for i, t := range sent {
			words[i] = t.Text
		}
		for _, sp := range m.Spans(words) {
			a, b := sent[sp.Start].Start, sent[sp.End-1].End
			out = append(out, Mention{Start: a, End: b, Type: sp.Type, Text: s[a:b], Score: sp.Score})
		}
	}
	return out
}
