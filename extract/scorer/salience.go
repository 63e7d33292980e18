package scorer

import (
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

// indexed is tokenized for tokens at hand (read only).
func indexed(toks []text.Token) *docWords {
	si := &sentInfo{toks: toks}
	si.bare = make([]string, len(si.toks))
	dw := &docWords{si: si, starts: map[string][]int{}}
	for i, t := range si.toks {
		si.bare[i] = text.StripArticle(t.Bare)
		dw.starts[si.bare[i]] = append(dw.starts[si.bare[i]], i)
		if n := text.StripArticle(t.Norm); n != si.bare[i] {
			dw.starts[n] = append(dw.starts[n], i)
		}
	}
	return dw
}

// docWords is a tokenised title or text with, for each word, the tokens
// at which a label starting with it may be written (ascending).
type docWords struct {
	si     *sentInfo
	starts map[string][]int
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
	for _, i := range dw.starts[words[0]] {
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
