package ar

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestZZTune prints the entities of every tune document (KG_ZZ=1).
func TestZZTune(t *testing.T) {
	if os.Getenv("KG_ZZ") == "" {
		t.Skip()
	}
	tune := map[string]bool{}
	b, _ := os.ReadFile("../../../shared/eval/dev/SPLIT.tsv")
	for _, l := range strings.Split(string(b), "\n") {
		f := strings.Split(l, "\t")
		if len(f) > 1 && f[1] == "tune" {
			tune[f[0]] = true
		}
	}
	x := New()
	for _, doc := range loadDev(t) {
		if !tune[doc.ID] {
			continue
		}
		r, err := x.Extract(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range r.Entities {
			fmt.Printf("%s\t%s\t%s\t%s\t%s\t%s\n", doc.ID, e.Key, e.Type, e.Labels["en"], e.Labels["ar-Latn"], e.Labels["ar"])
		}
	}
}
