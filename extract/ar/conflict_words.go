package ar

import (
	"github.com/newskg/kg/extract/text"
)

// conflictWords holds the word lists of data/conflict_words.tsv, by list
// name, as normalised words.
var conflictWords map[string]map[string]bool

// conflictSet is conflictWords as one bit set per word (inConflict).
var conflictSet *wordSet

func init() {
	var err error
	if conflictWords, err = wordLists("conflict_words.tsv", "armedhead", "placehead", "threat", "warn", "verbalattack", "halt", "claimpron", "generalfoe", "affiliated", "occupynoun", "claimnoun", "attackdual", "gunmen", "agreehead", "reaction", "liberate", "campaign"); err != nil {
		panic(err) // embedded data: a broken file fails every test
	}
	if conflictSet, err = newWordSet(conflictWords); err != nil {
		panic(err)
	}
	for w := range conflictWords["armedhead"] {
		actorNouns[w] = true
	}
}

// inConflict reports whether a token (by its Norm or Bare form) is in the
// conflict word list.
func inConflict(list string, t text.Token) bool {
	return conflictSet.has(list, t)
}
