package ar

import (
	"fmt"
	"sort"
	"sync"

	"github.com/newskg/kg/extract/text"
)

// wordSet is a family of named word lists (wordLists) held as one bit set
// per word, so that asking whether a token is in a list costs a look-up of
// its normal form (and of its bare form when that differs) and, only when
// the word is in some list of the family, one of the list's name: most
// tokens are in no list.
type wordSet struct {
	bit   map[string]uint64 // list name → its bit
	words map[string]uint64 // word → the bits of the lists it is in
}

// newWordSet indexes the lists (at most 64).
func newWordSet(lists map[string]map[string]bool) (*wordSet, error) {
	if len(lists) > 64 {
		return nil, fmt.Errorf("ar: %d word lists in one family, at most 64", len(lists))
	}
	names := make([]string, 0, len(lists))
	for n := range lists {
		names = append(names, n)
	}
	sort.Strings(names) // the same bits on every run
	s := &wordSet{bit: make(map[string]uint64, len(names)), words: map[string]uint64{}}
	for i, n := range names {
		b := uint64(1) << i
		s.bit[n] = b
		for w := range lists[n] {
			s.words[w] |= b
		}
	}
	return s, nil
}

// has reports whether token t, by its Norm or its Bare form, is a word of
// the named list (false for a list the family does not have).
func (s *wordSet) has(list string, t text.Token) bool {
	b := s.words[t.Norm]
	if t.Bare != t.Norm {
		b |= s.words[t.Bare]
	}
	return b != 0 && b&s.bit[list] != 0
}

// inEither reports whether set holds token t's Norm or its Bare form; the
// second look-up is made only when Bare differs (most words have no
// proclitic).
func inEither(set map[string]bool, t text.Token) bool {
	return set[t.Norm] || t.Bare != t.Norm && set[t.Bare]
}

// lazyWordSet returns a function that builds the word set of lists on its
// first call and returns that same set (or error) ever after.
func lazyWordSet(lists func() (map[string]map[string]bool, error)) func() (*wordSet, error) {
	return sync.OnceValues(func() (*wordSet, error) {
		l, err := lists()
		if err != nil {
			return nil, err
		}
		return newWordSet(l)
	})
}
