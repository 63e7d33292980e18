package syntax

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/newskg/kg/extract/text"
)

//go:embed data/words.tsv
var wordsTSV string

// list is one closed word list of data/words.tsv.
type list uint8

const (
	lPrep list = iota
	lConj
	lComp
	lPronComp
	lRel
	lPron
	lParticle
	lNeg
	lNegNoun
	lBoundary
	lSpeech
	lClaim
	lAdverb
	lVerb
	lVerbNeedNext
	lVerbNextWords
	lVerbNearWords
	lFirstPerson
	lPersonHead
	lPlaceHead
	lModPlan
	lModExpect
	lModPossible
	lModDemand
	lModRumour
	lModDenial
	lModAllege
	lModCond
	lModPurpose
	lModFuture
	lModPledge
	lNotNegated
	lNPFuture
	lNPBackground
	lNotFuture
	lNotVerb
	lAdjective
	lResumptive
	lNotNegating
	lVerbAfterNoun
	lVerbBefore
	nLists
)

var listNames = map[string]list{
	"prep": lPrep, "conj": lConj, "complementizer": lComp, "pronoun-complementizer": lPronComp,
	"relative": lRel, "pronoun": lPron, "particle": lParticle, "negation": lNeg,
	"negation-noun": lNegNoun, "boundary": lBoundary, "speech": lSpeech, "claim": lClaim,
	"adverb": lAdverb, "verb": lVerb, "verb-need-next": lVerbNeedNext, "verb-next-words": lVerbNextWords, "verb-near-words": lVerbNearWords,
	"first-person": lFirstPerson, "person-head": lPersonHead, "place-head": lPlaceHead,
	"mod-plan": lModPlan, "mod-expect": lModExpect, "mod-possible": lModPossible,
	"mod-demand": lModDemand, "mod-rumour": lModRumour, "mod-denial": lModDenial,
	"mod-allege": lModAllege, "mod-cond": lModCond, "mod-purpose": lModPurpose,
	"mod-future": lModFuture, "mod-pledge": lModPledge, "not-negated": lNotNegated,
	"np-future": lNPFuture, "np-background": lNPBackground, "notfuture": lNotFuture,
	"notverb": lNotVerb, "adjective": lAdjective, "resumptive": lResumptive, "not-negating": lNotNegating, "verb-after-noun": lVerbAfterNoun,
	"verb-before": lVerbBefore,
}

// bits is a set of lists.
type bits uint64

func (b bits) has(l list) bool { return b&(1<<l) != 0 }

// phrase is a multi-word entry of a list ("في حال", "عليه أن").
type phrase struct {
	words []string
	l     list
}

// lexicon is the loaded word lists.
type lexicon struct {
	words   map[string]bits
	phrases map[string][]phrase // first word → phrases starting with it
}

// loadLexicon reads data/words.tsv and adds the caller's verbs.
func loadLexicon(verbs []string) (*lexicon, error) {
	l := &lexicon{words: map[string]bits{}, phrases: map[string][]phrase{}}
	for n, line := range strings.Split(wordsTSV, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, rest, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("syntax: data/words.tsv:%d: no tab", n+1)
		}
		id, ok := listNames[name]
		if !ok {
			return nil, fmt.Errorf("syntax: data/words.tsv:%d: unknown list %q", n+1, name)
		}
		for _, w := range strings.Split(rest, "|") {
			l.add(w, id)
		}
	}
	for _, v := range verbs {
		l.add(v, lVerb)
	}
	return l, nil
}

// add puts a word or phrase into list id.
func (l *lexicon) add(w string, id list) {
	f := strings.Fields(text.Normalize(w))
	switch len(f) {
	case 0:
	case 1:
		l.words[f[0]] |= 1 << id
	default:
		l.phrases[f[0]] = append(l.phrases[f[0]], phrase{words: f, l: id})
	}
}
