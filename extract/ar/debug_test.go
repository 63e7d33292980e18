package ar

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newskg/kg/extract/text"
)

// TestDebugDoc prints the mentions and clauses of every sentence of the
// document named by $KG_DEBUG ("seed" or a dev id). It skips when unset.
func TestDebugDoc(t *testing.T) {
	id := os.Getenv("KG_DEBUG")
	if id == "" {
		t.Skip("KG_DEBUG not set")
	}
	docs := loadSeed(t)
	if id != "seed" {
		docs = loadDev(t)
	}
	x := New()
	if err := x.load(); err != nil {
		t.Fatal(err)
	}
	for _, doc := range docs {
		if id != "seed" && doc.ID != id {
			continue
		}
		d := newDocState(x, doc)
		d.sents = text.Sentences(doc.Text)
		for i, s := range d.sents {
			n := len(d.facts)
			st := &sentState{s: s, toks: s.Tokens, idx: i, speaker: map[int][]string{}, named: map[int]bool{}, claim: map[int]bool{}, objects: make([]bool, len(s.Tokens)), used: make([]bool, len(s.Tokens))}
			st.at = make([]int, len(st.toks))
			for k := range st.at {
				st.at[k] = -1
			}
			st.dates = d.dates(s)
			d.findMentions(st)
			d.clauses(st)
			d.relations(st)
			d.patterns(st)
			var b strings.Builder
			for k, tk := range st.toks {
				if k > 0 && st.clause[k] != st.clause[k-1] {
					b.WriteString(" ||")
				}
				if m := st.mentionAt(k); m != nil && m.s == k {
					fmt.Fprintf(&b, " [%s:%s", m.key, m.typ)
					if m.adj {
						b.WriteString(":adj")
					}
					b.WriteString("]")
				}
				b.WriteString(" " + tk.Text)
			}
			fmt.Printf("S%d:%s\n", i, b.String())
			for _, m := range st.dates {
				fmt.Printf("   date %q %s %s\n", m.Text, m.Date, m.Kind)
			}
			for _, f := range d.facts[n:] {
				fmt.Printf("   => %s %s %s%s @%s (%s)\n", f.Subject, f.Predicate, f.Object, f.Value, f.Date, f.Rule)
			}
		}
	}
}
