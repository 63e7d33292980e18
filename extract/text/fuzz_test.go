package text

import (
	"reflect"
	"testing"

	"github.com/newskg/kg/internal/fuzztext"
)

// FuzzSentences checks the offset invariants on any input: sentences and
// tokens point into the document, in order, and tokens have normal forms.
func FuzzSentences(f *testing.F) {
	fuzztext.Fuzz(f, []string{
		"التقى بوتين، وخامنئي. وقال د. بيسكوف: \"جيد.\"\nعنوان",
		"U.S. envoy 3.5 ١٢٣٫٥ إس-300 «نعم» (...) ؟!",
		"\u200fنص\u200e مع علامات\u0640\u064e",
		"a\r\nb..c…d", "", ".", "\"", "ـ", "٫", "-3", "3-",
	}, func(t *testing.T, doc string) {
		prev := 0
		for _, s := range Sentences(doc) {
			if s.Start < prev || s.End > len(doc) || s.Start >= s.End || doc[s.Start:s.End] != s.Text {
				t.Fatalf("bad sentence [%d:%d] %q", s.Start, s.End, s.Text)
			}
			prev = s.End
			if alone := Tokenize(s.Text, s.Start); !reflect.DeepEqual(alone, s.Tokens) && len(alone)+len(s.Tokens) > 0 {
				t.Fatalf("sentence %q: tokens differ from Tokenize of the sentence alone", s.Text)
			}
			for _, tk := range s.Tokens {
				if tk.Start < s.Start || tk.End > s.End || doc[tk.Start:tk.End] != tk.Text {
					t.Fatalf("bad token [%d:%d] %q", tk.Start, tk.End, tk.Text)
				}
				if tk.Norm != Normalize(tk.Text) {
					t.Fatalf("token %q: Norm %q != Normalize %q", tk.Text, tk.Norm, Normalize(tk.Text))
				}
				tk.Forms()
				tk.SuffixForms()
			}
		}
	})
}
