package ner

import (
	"strings"

	"github.com/newskg/kg/extract/text"
)

// Mention is an entity found in running text: bytes [Start, End) of the
// text, of type Type, with the model's probability Score.
type Mention struct {
	Start, End int
	Type       string
	Text       string
	Score      float64
}

// TagText finds the entities in running text, split into sentences and
// tokens by extract/text.
func (m *Model) TagText(s string) []Mention {
	var out []Mention
	for _, st := range text.Sentences(s) {
		sent := st.Tokens
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

// SpanName returns the normalised name a span of words stands for, for
// looking it up in a catalogue or labelling a new entity: the words
// normalised and joined by spaces, with the first word's proclitics
// (و ف ب ل ك) removed when that is safe — when an article follows them
// (وبالقاهرة → القاهره) or when the model's gazetteer knows the stripped
// name and the training text has its first word on its own (وطهران →
// طهران) — but not otherwise (وليد stays وليد).
func (m *Model) SpanName(words []string, sp Span) string {
	if sp.Start < 0 || sp.End > len(words) || sp.Start >= sp.End {
		return ""
	}
	norms := normAll(words[sp.Start:sp.End])
	first := norms[0]
	f := analyse(first)
	rest := strings.Join(norms[1:], " ")
	join := func(w string) string {
		if rest == "" {
			return w
		}
		return w + " " + rest
	}
	if f.free != first && strings.HasPrefix(f.free, "ال") {
		return join(f.free)
	}
	for _, c := range []string{f.free, f.prep} {
		if c != first && m.lex.freq[c] > 0 && m.lex.m[join(c)] != 0 {
			return join(c)
		}
	}
	return join(first)
}
