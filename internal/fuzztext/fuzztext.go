// Package fuzztext is the common frame of the fuzz tests over text: seed
// strings, and generated inputs restricted to valid UTF-8.
package fuzztext

import (
	"testing"
	"unicode/utf8"
)

// Fuzz adds seeds to f's corpus and fuzzes check with them and, under
// -fuzz, with generated strings; inputs that are not valid UTF-8 are
// passed over, as no document holds them.
func Fuzz(f *testing.F, seeds []string, check func(t *testing.T, s string)) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		check(t, s)
	})
}
