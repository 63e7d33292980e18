package ar

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/ner"
)

func TestZZTry(t *testing.T) {
	b, _ := os.ReadFile("/tmp/zz_sents.txt")
	m, _ := ner.Default()
	x := New()
	for _, s := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		fmt.Println("==", s)
		for _, mm := range m.TagText(s) {
			fmt.Printf("  NER %s %s %.2f\n", mm.Type, mm.Text, mm.Score)
		}
		r, err := x.Extract(t.Context(), extract.Document{Text: s, Date: time.Date(2016, 3, 4, 0, 0, 0, 0, time.UTC)})
		if err != nil { t.Fatal(err) }
		ents := map[string]string{}
		for _, e := range r.Entities { ents[e.Key] = e.Labels["en"] }
		for _, f := range r.Facts {
			fmt.Printf("  FACT %s %s %s%s %s %s\n", ents[f.Subject], f.Predicate, ents[f.Object], f.Value, f.Date, f.Rule)
		}
	}
}
