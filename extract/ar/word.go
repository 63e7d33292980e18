package ar

import (
	"strings"
	"unicode/utf8"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/ner"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
)

// word is what the extractor derives from one normalised word alone: its
// lexicon forms and, per form, what the catalogue and the trigger lexicon
// hold for it. It is computed once per distinct word, shared by every
// document and goroutine (Extractor.wordCache) and never changed after. A
// sentence resolves each token to its word once (sentState.word), so the
// rules' per-token questions (is it a trigger, a nationality adjective, the
// start of a catalogue name) read fields instead of looking the word's
// forms up again in the catalogue's and lexicon's large maps.
type word struct {
	// forms is text.Forms of the word: the word, then its forms without
	// clitics.
	forms []string
	// triggers[k] are the relation phrases starting with forms[k]
	// (lexicon.triggers), longest first; nil when none.
	triggers [][]*trigger
	// preds are the predicates of those triggers, each once (the learned
	// relation proposer's trigger classes, pairs.go).
	preds []string
	// nameForms are the forms that begin a catalogue name, in order, and
	// nameHits[k] the catalogue's hits for nameForms[k] alone.
	nameForms []string
	nameHits  [][]catalog.Hit
	// nameLater: a catalogue name has the word as its second token or
	// later (Extractor.nameLater), or the word holds a space; when false,
	// no name prefix goes on with it.
	nameLater bool
	// adjective is the country or organisation key the word names as a
	// nationality adjective (the first such entry of its first form that
	// has one), "" for none.
	adjective string
	// pluralForm is the form whose other sound-plural case is a one-word
	// catalogue name (pluralCase), "" for none; pluralHits its entries.
	pluralForm string
	pluralHits []*catalog.Entry
	// eventHead: one of the forms is the first word of an event head of
	// data/events.tsv (lexicon.eventFirst).
	eventHead bool
	// titleMax is the length in tokens of the longest title phrase
	// starting with one of the first two forms (0: none).
	titleMax int
	// bare is the token's Bare (a function of its Norm), and normLists
	// and bareLists the lists of data/words.tsv that the word and its bare
	// form are in (lexicon.wordLists), for docState.in.
	bare                 string
	normLists, bareLists uint64
	// syn is what the clause analysis's lexicon says about the word.
	syn syntax.Word
	// tagger is the learned name tagger's features of the word as first
	// seen (the tagger checks that a token's normal form is theirs), zero
	// without that tagger.
	tagger ner.WordRef
}

// newWord computes the word of token t; norm is t.Norm in memory of its
// own (the word outlives the document).
func (x *Extractor) newWord(norm string, t text.Token) *word {
	x.firstTokens() // the name prefixes and title lengths read below
	w := &word{forms: text.Forms(norm), syn: x.syn.Word(t), bare: strings.Clone(t.Bare)}
	w.normLists, w.bareLists = x.lex.wordLists[norm], x.lex.wordLists[w.bare]
	for k, f := range w.forms {
		if ts := x.lex.triggers[f]; ts != nil {
			if w.triggers == nil {
				w.triggers = make([][]*trigger, len(w.forms))
			}
			w.triggers[k] = ts
		}
		w.eventHead = w.eventHead || x.lex.eventFirst[f]
		if x.prefixes[f] {
			w.nameForms = append(w.nameForms, f)
			w.nameHits = append(w.nameHits, x.cat.LookupHits(f))
		}
		if w.adjective == "" {
			for _, e := range x.cat.LookupAdjective(f) {
				if e.Type == extract.Country || e.Type == extract.Organization {
					w.adjective = e.Key
					break
				}
			}
		}
	}
	w.preds = w.triggerPreds()
	w.nameLater = x.nameLater[norm] || strings.Contains(norm, " ")
	for _, f := range w.forms[:min(len(w.forms), 2)] {
		w.titleMax = max(w.titleMax, x.titleMax[f])
	}
	w.pluralForm, w.pluralHits = x.pluralOf(w.forms)
	if _, ok := x.Names.(learnedNames); ok {
		if m, err := ner.Default(); err == nil {
			w.tagger = m.Word(t.Text)
		}
	}
	return w
}

// pluralOf finds the first of the forms written in the other case of a
// sound masculine plural of a one-word catalogue name (اليساريين for
// اليساريون, and the reverse), with that name's entries.
func (x *Extractor) pluralOf(forms []string) (string, []*catalog.Entry) {
	for _, f := range forms {
		var other string
		switch {
		case utf8.RuneCountInString(f) < 6:
			continue
		case strings.HasSuffix(f, "ين"):
			other = strings.TrimSuffix(f, "ين") + "ون"
		case strings.HasSuffix(f, "ون"):
			other = strings.TrimSuffix(f, "ون") + "ين"
		default:
			continue
		}
		hits := x.cat.LookupHits(other)
		if len(hits) == 0 || (hits[0].Derived && text.HasArticle(f)) {
			continue
		}
		entries := make([]*catalog.Entry, len(hits))
		for i, h := range hits {
			entries[i] = h.Entry
		}
		return f, entries
	}
	return "", nil
}

// word returns the word of token t, from the extractor's shared cache.
func (d *docState) word(t text.Token) *word {
	if w, ok := d.x.wordCache.Get(t.Norm); ok {
		return w
	}
	norm := strings.Clone(t.Norm) // not the document's memory
	w := d.x.newWord(norm, t)
	d.x.wordCache.Put(norm, w)
	return w
}

// word returns the word of token k, resolved once per sentence.
func (st *sentState) word(d *docState, k int) *word {
	if st.words == nil {
		c, size := st.wordsBuf()
		st.words = take(c, len(st.toks), size)
	}
	if st.words[k] == nil {
		t := st.toks[k]
		w := d.tagging.taggedWord(st, k)
		if w == nil {
			w = d.word(t)
		}
		st.words[k] = w
		// what d.in will ask about this token's Norm and Bare
		d.memo.put(t.Norm, w.normLists)
		if t.Bare == w.bare {
			d.memo.put(t.Bare, w.bareLists)
		}
	}
	return st.words[k]
}
