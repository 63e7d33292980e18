package ar

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// TestDebugDoc prints the mentions and clauses of every sentence of the
// document named by $KG_DEBUG ("seed" or a dev id). It skips when unset.
func TestDebugDoc(t *testing.T) {
	id := os.Getenv("KG_DEBUG")
	if id == "" {
		t.Skip("KG_DEBUG not set")
	}
	var docs []extract.Document
	switch {
	case id == "seed":
		docs = loadSeed(t)
	case strings.HasSuffix(id, ".txt"):
		// a text of one's own: KG_DEBUG=/tmp/x.txt (dated KG_DEBUG_DATE or 2016-03-12)
		b, err := os.ReadFile(id)
		if err != nil {
			t.Fatal(err)
		}
		dt, _ := time.Parse("2006-01-02", os.Getenv("KG_DEBUG_DATE"))
		if dt.IsZero() {
			dt = time.Date(2016, 3, 12, 0, 0, 0, 0, time.UTC)
		}
		docs = []extract.Document{{ID: id, Lang: "ar", Text: string(b), Date: dt}}
	default:
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
			d.analyse(st)
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
			if os.Getenv("KG_DEBUG_SYN") != "" {
				fmt.Println("   ", st.syn.String())
			}
			for _, m := range st.dates {
				fmt.Printf("   date %q %s %s\n", m.Text, m.Date, m.Kind)
			}
			for _, f := range d.facts[n:] {
				fmt.Printf("   => %s %s %s%s @%s (%s)\n", f.Subject, f.Predicate, f.Object, f.Value, f.Date, f.Rule)
			}
		}
	}
}
