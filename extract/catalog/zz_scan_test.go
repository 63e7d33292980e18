package catalog

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/newskg/kg/extract/text"
)

func TestZZScan(t *testing.T) {
	c := Default()
	files, _ := filepath.Glob("/work/shared/eval/dev/docs/*.txt")
	files = append(files, "/work/shared/examples/putin-khamenei-2015-11-23.ar.txt")
	count := map[string]int{}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		toks := strings.FieldsFunc(text.Normalize(string(b)), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		for i := range toks {
			for _, cand := range []string{toks[i], strings.TrimPrefix(toks[i], "و"), strings.TrimPrefix(toks[i], "ب"), strings.TrimPrefix(toks[i], "ل"), "ال" + strings.TrimPrefix(toks[i], "لل")} {
				hits := c.LookupHits(cand)
				if len(hits) > 0 {
					k := cand + " → " + hits[0].Entry.Key
					if hits[0].Derived {
						k += " (derived)"
					}
					count[k]++
					break
				}
			}
		}
	}
	var ks []string
	for k := range count {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return count[ks[i]] > count[ks[j]] })
	for _, k := range ks {
		t.Logf("%4d %s", count[k], k)
	}
}
