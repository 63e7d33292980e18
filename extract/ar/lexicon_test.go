package ar

import (
	"strings"
	"testing"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// TestInCache asks docState.in, whose cache finds strings by address, about
// the same words held in different memory, about a word after another of
// the same length took its place, and about the tokens of a sentence whose
// words were resolved (which fills the cache).
func TestInCache(t *testing.T) {
	x := New()
	if err := x.load(); err != nil {
		t.Fatal(err)
	}
	d := newDocState(x, extract.Document{ID: "t", Lang: "ar"})
	norm := text.Normalize
	cases := []struct {
		list, word string
		want       bool
	}{
		{"preposition", norm("في"), true},
		{"preposition", norm("قال"), false},
		{"namestop", norm("قال"), true},
		{"preposition", norm("على"), true},
		{"preposition", norm("علي"), true}, // على and علي are one word once normalised
		{"preposition", norm("حول"), true},
		{"preposition", norm("حال"), false},
		{"no such list", norm("في"), false},
	}
	for round := 0; round < 3; round++ { // the cache empty, then full, then the words copied
		for _, c := range cases {
			w := c.word
			if round == 2 {
				w = strings.Clone(w)
			}
			if got := d.in(c.list, w); got != c.want {
				t.Errorf("round %d: in(%q, %q) = %v, want %v", round, c.list, w, got, c.want)
			}
		}
	}
	// one backing array, rewritten: a string of the same address and length
	// that the cache holds keeps its own memory
	b := []byte(norm("في"))
	first := string(b)
	if !d.in("preposition", first) {
		t.Fatalf("in(preposition, %q) = false", first)
	}
	copy(b, norm("قد"))
	if second := string(b); d.in("preposition", second) {
		t.Errorf("in(preposition, %q) = true after %q", second, first)
	}
	s := text.Sentences("وقال الوزير في المؤتمر إن الاتفاق على الحدود تم")[0]
	st := newSentState(0, s)
	for k, tok := range st.toks {
		st.word(d, k)
		for _, l := range []string{"preposition", "namestop", "speech"} {
			for _, f := range []string{tok.Norm, tok.Bare} {
				if got, want := d.in(l, f), x.lex.in(l, f); got != want {
					t.Errorf("in(%q, %q) = %v after its word was resolved, want %v", l, f, got, want)
				}
			}
		}
	}
}
