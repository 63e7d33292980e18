package extract

import "testing"

func TestDocID(t *testing.T) {
	for _, c := range []struct {
		doc  Document
		want string
	}{
		{Document{ID: " tehran-visit ", Text: "x"}, "tehran-visit"},
		// The first 16 hex digits of the SHA-256 of "abc".
		{Document{Text: "abc"}, "ba7816bf8f01cfea"},
		{Document{ID: "  ", Text: "abc"}, "ba7816bf8f01cfea"},
	} {
		if got := DocID(c.doc); got != c.want {
			t.Errorf("DocID(%+v) = %q, want %q", c.doc, got, c.want)
		}
	}
}
