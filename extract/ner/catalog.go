package ner

import (
	"bufio"
	"bytes"
	_ "embed"
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/text"
)

// nerType maps catalogue entity types to the tagger's entity types.
var nerType = map[extract.EntityType]string{
	extract.Person:       "PERS",
	extract.Country:      "LOC",
	extract.Place:        "LOC",
	extract.Facility:     "LOC",
	extract.Organization: "ORG",
	extract.Group:        "ORG",
	extract.Event:        "MISC",
	extract.Agreement:    "MISC",
	extract.Weapon:       "MISC",
	extract.Work:         "MISC",
}

//go:embed data/given-names.txt
var givenNamesTxt []byte

// OutsideNames is the tagger's outside gazetteer: the catalogue's names
// and word classes (CatalogNames) and the built-in list of given names
// (data/given-names.txt). Default reads it from the default catalogue.
func OutsideNames(c *catalog.Catalog) *Lexicon {
	l := CatalogNames(c)
	sc := bufio.NewScanner(bytes.NewReader(givenNamesTxt))
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		l.bits[text.Normalize(w)] |= wGiven
	}
	return l
}

// CatalogNames turns a catalogue into the tagger's outside gazetteer: every
// Arabic name with its type (people's one-word short forms only as family
// names), the first and last words of people's names (given and family
// names, which mark unknown people too), and the
// nationality adjectives with their usual forms. It is computed when the
// model is loaded (Default), so the tagger follows the catalogue as it
// grows without retraining.
func CatalogNames(c *catalog.Catalog) *Lexicon {
	l := NewLexicon()
	for _, e := range c.Entries() {
		typ, ok := nerType[e.Type]
		if !ok {
			continue
		}
		for _, a := range e.Arabic {
			n := text.Normalize(strings.TrimPrefix(a, "="))
			w := strings.Fields(n)
			if typ != "PERS" {
				addWithG(l, n, typ)
				continue
			}
			if len(w) == 1 {
				// A person's one-word short form (بوتين, الشمري) is a
				// family name: as a name of its own it would cut "وليد
				// الشمري" down to the catalogue's الشمري.
				if runeLen(n) >= 3 {
					l.bits[n] |= wFamily
				}
				continue
			}
			addWithG(l, n, typ)
			// Two-letter words (هو of Hu Jintao) are too often function
			// words to mark names.
			if runeLen(w[0]) >= 3 {
				l.bits[w[0]] |= wGiven
			}
			if runeLen(w[len(w)-1]) >= 3 {
				l.bits[w[len(w)-1]] |= wFamily
			}
		}
		for _, a := range e.Adjectives {
			for _, f := range adjectiveForms(text.Normalize(strings.TrimPrefix(a, "="))) {
				l.bits[f] |= wAdj
			}
		}
	}
	return l
}

// adjectiveForms gives a normalised adjective with and without the article
// and, for a nisba (…ي), its feminine and sound plurals.
func adjectiveForms(a string) []string {
	if a == "" || strings.Contains(a, " ") {
		return nil
	}
	base := strings.TrimPrefix(a, "ال")
	if base == "" {
		return nil
	}
	forms := []string{base}
	if strings.HasSuffix(base, "ي") {
		forms = append(forms, base+"ه", base+"ين", base+"ون", base+"ات")
	}
	out := make([]string, 0, 2*len(forms))
	for _, f := range forms {
		out = append(out, f, "ال"+f)
	}
	return out
}

// addWithG adds the name n of type typ and, when it has the letter of a
// foreign g written one way (غ, as in هونغ كونغ), the same name written
// the other way (ج: هونج كونج), as Egyptian and Levantine or Gulf
// writers spell it.
func addWithG(l *Lexicon, n, typ string) {
	l.Add(n, typ)
	if runeLen(n) < 4 {
		return
	}
	if strings.Contains(n, "غ") {
		l.Add(strings.ReplaceAll(n, "غ", "ج"), typ)
	}
	if strings.Contains(n, "ج") {
		l.Add(strings.ReplaceAll(n, "ج", "غ"), typ)
	}
}
