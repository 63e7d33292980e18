package scorer

import (
	"strings"

	"github.com/newskg/kg/extract/text"
)

// trigger returns the first token of the sentence where the fact's trigger
// word (the extractor's "trig=" feature) is written, or -1.
func trigger(si *sentInfo, features []string) int {
	for _, x := range features {
		w, ok := strings.CutPrefix(x, "trig=")
		if !ok {
			continue
		}
		w = text.StripArticle(text.Normalize(w))
		for i, t := range si.toks {
			if si.bare[i] == w || text.StripArticle(t.Norm) == w {
				return i
			}
		}
		return -1
	}
	return -1
}

// triggerDistance emits how far an argument's mention lies from the
// trigger, in tokens, and on which side ("none" without either).
func triggerDistance(prefix string, t, a int, s *sink) {
	switch {
	case t < 0 || a < 0:
		s.add(prefix, "none")
	case a < t:
		s.add(prefix, "before", bin(t-a, 2, 4, 8))
	default:
		s.add(prefix, "after", bin(a-t, 2, 4, 8))
	}
}
