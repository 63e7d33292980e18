package ar

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// glossary is the institutional vocabulary of data/glossary.tsv: head
// nouns, adjectives, complement nouns, prepositions and elatives with
// their English words, for naming in English the bodies the catalogue
// lacks (institutions.go).
type glossary struct {
	words   map[string]*glossWord // normalised one-word form (no article) → entry
	phrases map[string]*glossWord // normalised two-word form (no article on the first) → entry
}

// glossWord is what one Arabic form may be in an institution's name.
type glossWord struct {
	head    *glossHead
	adj     *glossAdj
	noun    *glossNoun
	prep    string
	elative string
}

// glossHead is a head noun (لجنة → Committee).
type glossHead struct {
	english []string
	typ     string
	weak    bool
	kind    bool // in construct with a catalogue name it only names that name's kind
}

// glossAdj is an adjective (العليا → Higher) and its place in an English
// name (1 qualifier, 2 nationality, 3 rank, 4 kind).
type glossAdj struct {
	english []string
	class   int
}

// glossNoun is a complement noun (الإغاثة → Relief), with its
// attributive form for compact names and whether "of the" precedes it.
type glossNoun struct {
	english []string
	attr    string
	the     bool
}

// loadGlossary reads data/glossary.tsv.
func loadGlossary() (*glossary, error) {
	rows, err := readTSV("glossary.tsv", 3)
	if err != nil {
		return nil, err
	}
	g := &glossary{words: map[string]*glossWord{}, phrases: map[string]*glossWord{}}
	for _, r := range rows {
		en := splitAlts(r[2])
		if len(en) == 0 {
			return nil, fmt.Errorf("ar: data/glossary.tsv: %s: no English", r[0])
		}
		col := func(n int) string {
			if n < len(r) {
				return strings.TrimSpace(r[n])
			}
			return ""
		}
		for _, form := range splitAlts(r[0]) {
			w := g.entry(form)
			switch r[1] {
			case "head":
				if _, err := extract.ParseEntityType(col(3)); err != nil {
					return nil, fmt.Errorf("ar: data/glossary.tsv: %s: %w", r[0], err)
				}
				flags := map[string]bool{}
				for _, f := range strings.Split(col(4), ",") {
					flags[strings.TrimSpace(f)] = true
				}
				w.head = &glossHead{english: en, typ: col(3), weak: flags["weak"], kind: flags["kind"]}
			case "adj":
				c, err := strconv.Atoi(col(3))
				if err != nil || c < 1 || c > 4 {
					return nil, fmt.Errorf("ar: data/glossary.tsv: %s: adjective class %q, want 1-4", r[0], col(3))
				}
				w.adj = &glossAdj{english: en, class: c}
			case "noun":
				n := &glossNoun{attr: col(3)}
				for _, e := range en {
					if rest, ok := strings.CutPrefix(e, "the "); ok {
						n.the = true
						e = rest
					}
					n.english = append(n.english, e)
				}
				if n.attr == "" {
					n.attr = n.english[0]
				}
				w.noun = n
			case "prep":
				w.prep = en[0]
			case "elative":
				w.elative = en[0]
			default:
				return nil, fmt.Errorf("ar: data/glossary.tsv: %s: kind %q, want head, adj, noun, prep or elative", r[0], r[1])
			}
		}
	}
	return g, nil
}

// entry returns the entry of an Arabic form, made on first use.
func (g *glossary) entry(form string) *glossWord {
	f := strings.Fields(text.Normalize(form))
	f[0] = text.StripArticle(f[0])
	m, k := g.words, f[0]
	if len(f) > 1 {
		m, k = g.phrases, strings.Join(f, " ")
	}
	w := m[k]
	if w == nil {
		w = &glossWord{}
		m[k] = w
	}
	return w
}

// word returns the entry of a token (proclitics and article removed).
func (g *glossary) word(t text.Token) *glossWord {
	return g.words[text.StripArticle(t.Bare)]
}

// phrase returns the entry of two tokens read as one phrase, or nil.
func (g *glossary) phrase(a, b text.Token) *glossWord {
	if len(g.phrases) == 0 {
		return nil
	}
	return g.phrases[text.StripArticle(a.Bare)+" "+b.Norm]
}
