package ar

import (
	"unicode"

	"github.com/newskg/kg/extract/text"
)

// datelineWeight is how many mentions the country of an article's dateline
// counts for in the document's country profile: a story filed from Beirut
// is about Lebanon unless the text names another country more often.
const datelineWeight = 3

// datelineCountry returns the country of the article's dateline: a
// one-word place name of one country that opens the text and is followed
// by a dash, a bracket, a colon, a date or the end of its line
// ("بيروت - (أ ف ب)"، "القاهرة 12 آذار 2016"), or "".
func (d *docState) datelineCountry() string {
	if len(d.sents) == 0 {
		return ""
	}
	toks := d.sents[0].Tokens
	if len(toks) == 0 || !toks[0].IsArabic() || toks[0].Prefix != "" {
		return ""
	}
	c := d.tokenCountry(toks[0])
	if c == "" {
		return ""
	}
	if len(toks) == 1 {
		return c
	}
	next := []rune(toks[1].Text)
	switch {
	case len(next) == 0:
		return ""
	case next[0] == '-' || next[0] == '–' || next[0] == '—' || next[0] == '(' || next[0] == ':' || next[0] == '/':
		return c
	case unicode.IsDigit(next[0]) || text.Normalize(toks[1].Text) == "في" && len(toks) > 2 && unicode.IsDigit([]rune(toks[2].Text)[0]):
		return c
	case !toks[1].IsWord():
		return c
	}
	return ""
}
