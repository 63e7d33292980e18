package syntax

import (
	"fmt"
	"strings"
)

// String renders the analysis one token per field, for tests and
// debugging: word/class, "|c<n>:<kind>" where a clause starts, "~" inside
// an apposition, "^" for a genitive complement, and the modality in
// brackets.
func (s *Sentence) String() string {
	var b strings.Builder
	for i, t := range s.Toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		if i == 0 || s.Clause[i] != s.Clause[i-1] {
			cl := s.Clauses[s.Clause[i]]
			fmt.Fprintf(&b, "|c%d:%s ", s.Clause[i], cl.Kind)
		}
		b.WriteString(t.Text)
		b.WriteByte('/')
		b.WriteString(s.Class[i].String())
		if s.Appos[i] >= 0 {
			b.WriteByte('~')
		}
		if u := s.Unit[i]; u >= 0 && s.Units[u].Of >= 0 && s.Units[u].Start == i {
			b.WriteByte('^')
		}
		if s.Mod[i] != 0 {
			fmt.Fprintf(&b, "[%s]", s.Mod[i])
		}
	}
	return b.String()
}
