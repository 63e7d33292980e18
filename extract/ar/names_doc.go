package ar

import (
	"slices"
	"sync"

	"github.com/newskg/kg/extract/ner"
	"github.com/newskg/kg/extract/text"
)

// The learned tagger reads a document as a whole (ner.Model.SpansDocWords):
// every sentence alone, then again knowing how the first pass read the
// same words elsewhere in the document, the headline included, so that
// "قال قنطرجي" is read in the light of "الكاتب زبرجد قنطرجي" earlier on.
// The document is tagged once, when the first sentence needs its spans.

// docTagging is the document as the tagger reads it and, once tagged,
// its spans.
type docTagging struct {
	sents [][]text.Token // the headline's tokens first when it is read, then each sentence's
	head  bool           // sents[0] is the headline
	done  bool
	spans [][]Span // per entry of sents, once done
	// words are the tokens' words (docState.word), per entry of sents,
	// looked up once for the tagger and reused by sentState.word.
	words [][]*word
}

// set records the document's headline tokens (nil for none) and sentences.
func (g *docTagging) set(head []text.Token, sents []text.Sentence) {
	g.head = head != nil
	g.sents = make([][]text.Token, 0, len(sents)+1)
	if g.head {
		g.sents = append(g.sents, head)
	}
	for _, s := range sents {
		g.sents = append(g.sents, s.Tokens)
	}
}

// slot returns the entry of sentence idx (−1: the headline) in g.sents,
// or −1 when it has none.
func (g *docTagging) slot(idx int) int {
	if g.head {
		idx++
	}
	if idx < 0 || idx >= len(g.sents) {
		return -1
	}
	return idx
}

// docSpans returns the learned tagger's spans of sentence st, read with
// its document; ok is false when the document was not given (docTagging.set)
// or st is not one of its sentences.
func (d *docState) docSpans(st *sentState, ln learnedNames) ([]Span, bool) {
	g := &d.tagging
	k := g.slot(st.idx)
	if k < 0 || len(g.sents[k]) != len(st.toks) {
		return nil, false
	}
	if !g.done {
		g.done = true
		in := tagInputPool.Get().(*tagInput)
		defer in.release()
		refs := in.refs.carve(g.sents)
		g.words = new(flatRows[*word]).carve(g.sents) // kept for the document
		for i, toks := range g.sents {
			for j, t := range toks {
				w := d.word(t)
				g.words[i][j], refs[i][j] = w, w.tagger
			}
		}
		g.spans = ln.findDoc(g.sents, refs)
	}
	return g.spans[k], true
}

// taggedWord returns the word of token k of sentence st as docSpans
// looked it up, or nil when the document is not tagged yet or st is not
// one of its sentences.
func (g *docTagging) taggedWord(st *sentState, k int) *word {
	if !g.done {
		return nil
	}
	if n := g.slot(st.idx); n >= 0 && len(g.words[n]) == len(st.toks) {
		return g.words[n][k]
	}
	return nil
}

// findDoc tags the sentences of a document (tokens) with the embedded
// model, reading each with the others as its document; refs are the
// tagger's features of the tokens' words (nil for none).
func (learnedNames) findDoc(sents [][]text.Token, refs [][]ner.WordRef) [][]Span {
	out := make([][]Span, len(sents))
	m, err := ner.Default()
	if err != nil {
		return out
	}
	in := tagInputPool.Get().(*tagInput)
	defer in.release()
	words := in.words.carve(sents)
	for i, toks := range sents {
		for j, t := range toks {
			words[i][j] = t.Text
		}
	}
	for i, sps := range m.SpansDocWords(words, refs) {
		if len(sps) == 0 {
			continue
		}
		out[i] = make([]Span, 0, len(sps))
		for _, sp := range sps {
			out[i] = append(out[i], Span{Start: sp.Start, End: sp.End, Type: nerTypes[sp.Type], Confidence: sp.Score, Name: m.SpanName(words[i], sp)})
		}
	}
	return out
}

// tagInput is the storage of what the tagger reads of a document (the
// words' features, the words as written), reused from document to
// document (tagInputPool): the tagger keeps none of it.
type tagInput struct {
	refs  flatRows[ner.WordRef]
	words flatRows[string]
}

var tagInputPool = sync.Pool{New: func() any { return new(tagInput) }}

// release empties in, dropping its references to the document, and puts
// it back in tagInputPool.
func (in *tagInput) release() {
	in.refs.clear()
	in.words.clear()
	tagInputPool.Put(in)
}

// flatRows are rows of values carved from one slice.
type flatRows[T any] struct {
	rows [][]T
	flat []T
}

// carve returns one row per sentence, as long as its tokens, all carved
// from one slice.
func (f *flatRows[T]) carve(sents [][]text.Token) [][]T {
	total := 0
	for _, toks := range sents {
		total += len(toks)
	}
	f.rows = slices.Grow(f.rows[:0], len(sents))[:len(sents)]
	f.flat = slices.Grow(f.flat[:0], total)[:total]
	off := 0
	for i, toks := range sents {
		end := off + len(toks)
		f.rows[i] = f.flat[off:end:end]
		off = end
	}
	return f.rows
}

// clear zeroes the rows and values carved last.
func (f *flatRows[T]) clear() {
	clear(f.rows)
	clear(f.flat)
}
