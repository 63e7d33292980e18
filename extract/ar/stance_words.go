package ar

import (
	"github.com/newskg/kg/extract/text"
)

// stanceWords holds the word lists of data/stance_words.tsv, by list name,
// as normalised words.
var stanceWords map[string]map[string]bool

// stanceSet is stanceWords as one bit set per word (inStance).
var stanceSet *wordSet

func init() {
	var err error
	if stanceWords, err = wordLists("stance_words.tsv", "decision", "bodyhead", "mediahead", "naming", "adjunct", "stancehead", "receive", "coalition", "coalitionjoin", "condemn", "attacknoun", "perpetrate"); err != nil {
		panic(err) // embedded data: a broken file fails every test
	}
	if stanceSet, err = newWordSet(stanceWords); err != nil {
		panic(err)
	}
}

// inStance reports whether a token (by its Norm or Bare form) is in the
// stance word list.
func inStance(list string, t text.Token) bool {
	return stanceSet.has(list, t)
}
