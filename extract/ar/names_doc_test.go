package ar

import (
	"context"
	"testing"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/ner"
	"github.com/newskg/kg/extract/text"
)

func TestDocTaggingSlot(t *testing.T) {
	sents := text.Sentences("قال زيد إن الوفد وصل. وأضاف أن المحادثات انتهت. ثم غادر.")
	head := text.Tokenize("عنوان الخبر", 0)
	for _, c := range []struct {
		head []text.Token
		idx  int
		want int
	}{
		{nil, -1, -1}, {nil, 0, 0}, {nil, 2, 2}, {nil, 3, -1},
		{head, -1, 0}, {head, 0, 1}, {head, 2, 3}, {head, 3, -1}, {head, -2, -1},
	} {
		var g docTagging
		g.set(c.head, sents)
		if got := g.slot(c.idx); got != c.want {
			t.Errorf("headline %v, sentence %d: slot %d, want %d", c.head != nil, c.idx, got, c.want)
		}
	}
}

// TestDocSpans: the extractor's learned spans of each sentence are those
// of the tagger reading the whole document, headline first, with the
// sentences' own words (so a sentence is read in the light of the others).
func TestDocSpans(t *testing.T) {
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	title := "الكاتب زبرجد قنطرجي يزور مدينة الزهراء"
	body := "قال الكاتب زبرجد قنطرجي إن روايته الجديدة ستصدر في القاهرة. وأضاف قنطرجي أن الرواية تدور في مدينة الزهراء. وكان قنطرجي قد زار بيروت."
	x := New()
	if err := x.load(); err != nil {
		t.Fatal(err)
	}
	d := newDocState(x, extract.Document{ID: "t", Lang: "ar", Title: title, Text: body})
	sents := text.Sentences(body)
	head := text.Tokenize(title, 0)
	d.tagging.set(head, sents)
	words := [][]string{wordsOf(head)}
	for _, s := range sents {
		words = append(words, wordsOf(s.Tokens))
	}
	want := m.SpansDoc(words)
	all := append([]text.Sentence{{Text: title, Tokens: head}}, sents...)
	for i, s := range all {
		st := newSentState(i-1, s)
		got := d.findNames(st)
		if len(got) != len(want[i]) {
			t.Fatalf("sentence %d: %d spans, want %d (%v)", i-1, len(got), len(want[i]), want[i])
		}
		for j, sp := range got {
			w := want[i][j]
			if sp.Start != w.Start || sp.End != w.End || sp.Type != nerTypes[w.Type] || sp.Confidence != w.Score {
				t.Errorf("sentence %d span %d: %+v, want %+v", i-1, j, sp, w)
			}
		}
	}
	if _, err := x.Extract(context.Background(), d.doc); err != nil {
		t.Fatal(err)
	}
}

func wordsOf(toks []text.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}
