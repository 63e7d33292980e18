package ar

import (
	"fmt"

	"github.com/newskg/kg/extract/text"
)

// conflictWords holds the word lists of data/conflict_words.tsv, by list
// name, as normalised words.
var conflictWords = map[string]map[string]bool{}

func init() {
	if err := loadConflictWords(); err != nil {
		panic(err) // embedded data: a broken file fails every test
	}
	for w := range conflictWords["armedhead"] {
		actorNouns[w] = true
	}
}

// loadConflictWords reads data/conflict_words.tsv into conflictWords.
func loadConflictWords() error {
	rows, err := readTSV("conflict_words.tsv", 2)
	if err != nil {
		return fmt.Errorf("conflict words: %w", err)
	}
	for _, r := range rows {
		set := conflictWords[r[0]]
		if set == nil {
			set = map[string]bool{}
			conflictWords[r[0]] = set
		}
		for _, w := range splitAlts(r[1]) {
			set[text.Normalize(w)] = true
		}
	}
	return nil
}

// inConflict reports whether a token (by its Norm or Bare form) is in the
// conflict word list.
func inConflict(list string, t text.Token) bool {
	set := conflictWords[list]
	return set[t.Norm] || set[t.Bare]
}
