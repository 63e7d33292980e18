package main

import (
	"strings"

	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/ner"
	"github.com/newskg/kg/extract/text"
)

// nerType maps catalogue entity types to ANERcorp's entity types.
var nerType = map[string]string{
	"Person":       "PERS",
	"Country":      "LOC",
	"Place":        "LOC",
	"Facility":     "LOC",
	"Organization": "ORG",
	"Group":        "ORG",
	"Event":        "MISC",
	"Agreement":    "MISC",
	"Weapon":       "MISC",
	"Work":         "MISC",
}

// catalogNames turns the entity catalogue's Arabic names into gazetteer
// entries for training.
func catalogNames() *ner.Lexicon {
	l := ner.NewLexicon()
	for _, e := range catalog.Default().Entries() {
		typ, ok := nerType[e.Type]
		if !ok {
			continue
		}
		for _, a := range e.Arabic {
			l.Add(text.Normalize(strings.TrimPrefix(a, "=")), typ)
		}
	}
	return l
}
