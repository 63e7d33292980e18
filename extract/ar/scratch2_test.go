package ar

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newskg/kg/extract"
)

func TestScratchANER(t *testing.T) {
	f, err := os.Open("/work/shared/data/anercorp/train.txt")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	var sents []string
	var cur []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			if len(cur) > 0 {
				sents = append(sents, strings.Join(cur, " "))
			}
			cur = nil
			continue
		}
		cur = append(cur, strings.Fields(line)[0])
	}
	x := New()
	counts := map[string]int{}
	watch := os.Getenv("WATCH")
	for i := 0; i < len(sents); i += 30 {
		e := min(i+30, len(sents))
		doc := extract.Document{ID: fmt.Sprint(i), Lang: "ar", Text: strings.Join(sents[i:e], "\n"), Date: day("2007-06-01")}
		r, err := x.Extract(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, fa := range r.Facts {
			counts[fa.Rule]++
			if watch != "" && (strings.Contains(watch, fa.Rule+",") || (watch == "coref" && (strings.Contains(fa.Evidence, "الحركة") || strings.Contains(fa.Evidence, "الحزب") || strings.Contains(fa.Evidence, "التنظيم") || strings.Contains(fa.Evidence, "الجماعة") || strings.Contains(fa.Evidence, "الجبهة") || strings.Contains(fa.Evidence, "المنظمة") || strings.Contains(fa.Evidence, "الائتلاف")))) {
				fmt.Printf("%s\t%s %s %s%s\n\t%s\n", fa.Rule, fa.Subject, fa.Predicate, fa.Object, fa.Value, fa.Evidence)
			}
		}
	}
	fmt.Println(counts)
}
