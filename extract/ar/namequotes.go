package ar

import (
	"strings"

	"github.com/newskg/kg/extract/text"
)

// Names in guillemets or quotation marks (issue 11, round 8). War news
// puts the names of armed groups and operations between quotes: "سيطر
// تنظيم «داعش» على الرمادي"، "يسيطر تحالف «فجر ليبيا» على طرابلس"،
// "تبنت جماعة «جيش المختار» الهجوم". The marks stand between the verb and
// the name, or the descriptor noun and the name, where every construction
// looks for the name itself, so the fact was lost. A short quoted span of
// words (maxQuotedName or fewer) is a name or a term, not a quotation, and
// its marks are dropped before the sentence is read; longer quotations keep
// theirs (reported speech reads them).

// maxQuotedName is the most words a quoted span may hold for its marks to
// be dropped.
const maxQuotedName = 4

// openQuote and closeQuote report whether a token opens or closes a quoted
// span ('"' does both).
func openQuote(norm string) bool  { return norm == "«" || norm == "\"" || norm == "“" }
func closeQuote(norm string) bool { return norm == "»" || norm == "\"" || norm == "”" }

// dropNameQuotes returns the sentences with the quotation marks around
// short spans of words removed from their tokens (the text and the offsets
// of the other tokens are kept). Sentences with nothing to drop are
// returned as they were.
func dropNameQuotes(sents []text.Sentence) []text.Sentence {
	for i, s := range sents {
		if toks, ok := unquoteNames(s.Tokens); ok {
			sents[i].Tokens = toks
		}
	}
	return sents
}

// unquoteNames returns toks without the marks around each short quoted
// span of words, and whether it dropped any.
func unquoteNames(toks []text.Token) ([]text.Token, bool) {
	var drop []int
	for k := 0; k < len(toks); k++ {
		if !openQuote(toks[k].Norm) {
			continue
		}
		e := k + 1
		for e < len(toks) && e <= k+maxQuotedName && toks[e].IsWord() {
			e++
		}
		if e == k+1 || e >= len(toks) || !closeQuote(toks[e].Norm) {
			continue
		}
		drop = append(drop, k, e)
		k = e
	}
	if len(drop) == 0 {
		return toks, false
	}
	out := make([]text.Token, 0, len(toks)-len(drop))
	n := 0
	for k, t := range toks {
		if n < len(drop) && drop[n] == k {
			n++
			continue
		}
		out = append(out, t)
	}
	return out, true
}

// quoteMarks deletes the quotation marks a name's surface may hold once
// they were dropped from its tokens ("تنظيم «داعش" → "تنظيم داعش").
var quoteMarks = strings.NewReplacer("«", "", "»", "", "\"", "", "“", "", "”", "")

// unquoteSurface returns the text s of a span of tokens without quote
// marks inside it.
func unquoteSurface(s string) string {
	if !strings.ContainsAny(s, "«»\"“”") {
		return s
	}
	return quoteMarks.Replace(s)
}

// droppedQuoteEnd returns the end of a name at token j whose quote marks
// were dropped (a mark in the text right before j and one right after a
// later word within maxQuotedName), or j.
func droppedQuoteEnd(st *sentState, j int) int {
	if j <= 0 || j >= len(st.toks) || !strings.ContainsAny(st.gap(j), "«\"") {
		return j
	}
	for k := j + 1; k <= j+maxQuotedName && k <= len(st.toks); k++ {
		if strings.ContainsAny(st.gap(k), "»\"") {
			return k
		}
	}
	return j
}

// gap returns the text between token k-1 and token k (or the sentence's
// end for k past the last token).
func (st *sentState) gap(k int) string {
	from := st.toks[k-1].End - st.s.Start
	to := len(st.s.Text)
	if k < len(st.toks) {
		to = st.toks[k].Start - st.s.Start
	}
	if from < 0 || to > len(st.s.Text) || from > to {
		return ""
	}
	return st.s.Text[from:to]
}
