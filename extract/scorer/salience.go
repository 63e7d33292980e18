package scorer

import (
	"slices"
	"sort"
	"sync"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// salience is how prominent an entity is in its document: how often one of
// its Arabic labels is written in the text, whether the title names it, and
// whether the text names it within its first leadTokens tokens.
type salience struct {
	count        int
	title, early bool
}

// leadTokens is how far into the text a mention counts as early.
const leadTokens = 40

// docText is a document's title and text as tokens, for salience.
type docText struct {
	title, body *docWords
}

// tokenized tokenises a title or text for counting labels, with the
// positions of each word a label may start with (its bare form and its
// normalised form without the article: see phraseAt).
func tokenized(s string) *docWords { return indexed(text.Tokenize(s, 0)) }

// indexed is tokenized for tokens at hand (read only). Its storage comes
// from docWordsPool; release gives it back.
func indexed(toks []text.Token) *docWords {
	dw := docWordsPool.Get().(*docWords)
	si := dw.si
	si.toks = toks
	si.bare = slices.Grow(si.bare[:0], len(toks))[:len(toks)]
	dw.chains = dw.chains[:0]
	dw.links = slices.Grow(dw.links[:0], len(toks)+len(toks)/4)
	for i, t := range si.toks {
		si.bare[i] = text.StripArticle(t.Bare)
		dw.add(si.bare[i], i)
		if n := text.StripArticle(t.Norm); n != si.bare[i] {
			dw.add(n, i)
		}
	}
	return dw
}

// docWords is a tokenised title or text with, for each word, the tokens
// at which a label starting with it may be written: a chain of links in
// ascending order (one allocation for all words, not a slice per word).
type docWords struct {
	si    *sentInfo
	chain map[string]int32 // word → index in chains
	// chains holds each word's first and last link.
	chains []struct{ first, last int32 }
	links  []link
}

// docWordsPool holds the storage of docWords released after scoring a
// document, for the next.
var docWordsPool = sync.Pool{New: func() any {
	return &docWords{si: &sentInfo{}, chain: map[string]int32{}}
}}

// release empties dw, dropping its references to the document, and puts
// it back in docWordsPool; dw must not be used after (nil: nothing).
func (dw *docWords) release() {
	if dw == nil {
		return
	}
	clear(dw.si.bare)
	dw.si.toks = nil
	clear(dw.chain)
	docWordsPool.Put(dw)
}

// link is one token of a word's chain.
type link struct {
	tok, next int32 // next: the word's next link, -1 at the end
}

// add appends token i to the chain of word w (i ascending).
func (dw *docWords) add(w string, i int) {
	n := int32(len(dw.links))
	dw.links = append(dw.links, link{tok: int32(i), next: -1})
	if c, ok := dw.chain[w]; ok {
		dw.links[dw.chains[c].last].next = n
		dw.chains[c].last = n
		return
	}
	dw.chain[w] = int32(len(dw.chains))
	dw.chains = append(dw.chains, struct{ first, last int32 }{n, n})
}

// starts returns the first link of word w's chain, -1 when w is not
// written.
func (dw *docWords) starts(w string) int32 {
	if c, ok := dw.chain[w]; ok {
		return dw.chains[c].first
	}
	return -1
}

// salienceOf measures an entity's salience in the document, once per
// entity of the result.
func (fz *Featurizer) salienceOf(d *docInfo, key string) salience {
	if s, ok := d.salience[key]; ok {
		return s
	}
	var s salience
	if e := d.ents[key]; e != nil {
		if d.text == nil {
			body := d.body
			if body == nil {
				body = text.Tokenize(d.doc.Text, 0)
			}
			d.text = &docText{title: tokenized(d.doc.Title), body: indexed(body)}
		}
		for _, words := range fz.arabicLabels(d, e) {
			s.title = s.title || count(d.text.title, words, -1) > 0
			s.count += count(d.text.body, words, -1)
			s.early = s.early || count(d.text.body, words, leadTokens) > 0
		}
	}
	d.salience[key] = s
	return s
}

// count returns how many times the words are written in dw from a token
// before limit (every token when limit < 0).
func count(dw *docWords, words []string, limit int) int {
	n := 0
	end := len(dw.si.toks) - len(words) + 1
	if limit >= 0 && limit < end {
		end = limit
	}
	for l := dw.starts(words[0]); l >= 0; l = dw.links[l].next {
		i := int(dw.links[l].tok)
		if i >= end {
			break
		}
		if phraseAt(dw.si, i, words) {
			n++
		}
	}
	return n
}

// salienceFeatures emits an argument's salience under the role's prefix
// ("s" or "o").
func (fz *Featurizer) salienceFeatures(d *docInfo, role, key string, s *sink) {
	sal := fz.salienceOf(d, key)
	s.add(role, "sal=", bin(sal.count, 1, 2, 4, 8))
	if sal.title {
		s.add(role, "title")
	}
	if sal.early {
		s.add(role, "early")
	}
}

// involvement counts the facts of the result in which each entity is an
// argument.
func involvement(facts []extract.Fact) map[string]int {
	n := map[string]int{}
	for _, f := range facts {
		n[f.Subject]++
		if f.Object != "" {
			n[f.Object]++
		}
	}
	return n
}

// evidenceTokens returns the tokens of a fact's evidence sentence: a
// sub-slice of the text's tokens (body, read only) when the caller gave
// them and the evidence is a span of the text that cuts no token, as
// text.Sentences gives each sentence its tokens; else the evidence
// tokenised on its own. The scorer reads no token offsets, so that their
// base differs does not matter.
func evidenceTokens(r *extract.Result, f extract.Fact, body []text.Token) []text.Token {
	doc := r.Doc.Text
	if body == nil || f.Start >= f.End || f.End > len(doc) || doc[f.Start:f.End] != f.Evidence {
		return text.Tokenize(f.Evidence, 0)
	}
	a := sort.Search(len(body), func(i int) bool { return body[i].Start >= f.Start })
	k := sort.Search(len(body), func(i int) bool { return body[i].End > f.End })
	if k < a || (a > 0 && body[a-1].End > f.Start) || (k < len(body) && body[k].Start < f.End) {
		return text.Tokenize(f.Evidence, 0)
	}
	return body[a:k:k]
}
