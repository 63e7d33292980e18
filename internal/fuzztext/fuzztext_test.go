package fuzztext

import (
	"flag"
	"sync"
	"testing"
)

// FuzzChecked runs Fuzz on seeds valid and not: check must see each valid
// seed (the run without -fuzz) and never an invalid one.
func FuzzChecked(f *testing.F) {
	cases := []struct {
		in   string
		kept bool
	}{{"نص", true}, {"", true}, {"a\xffb", false}, {"\xc3", false}}
	var seeds []string
	for _, c := range cases {
		seeds = append(seeds, c.in)
	}
	var mu sync.Mutex
	seen := map[string]bool{}
	f.Cleanup(func() {
		if fl := flag.Lookup("test.fuzz"); fl != nil && fl.Value.String() != "" {
			return // fuzzing: inputs run in worker processes
		}
		for _, c := range cases {
			if seen[c.in] != c.kept {
				f.Errorf("seed %q: checked %v, want %v", c.in, seen[c.in], c.kept)
			}
		}
	})
	Fuzz(f, seeds, func(t *testing.T, s string) {
		mu.Lock()
		seen[s] = true
		mu.Unlock()
	})
}
