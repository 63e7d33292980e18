package ar

import "github.com/newskg/kg/extract/syntax"

// sentBufs hands out the per-token slices of a document's sentences
// (sentState) from one allocation per slice type for the rest of the
// document, instead of several small ones per sentence. A slice handed out
// is never handed out again, so a sentState kept after its sentence
// (placeRec, nounAct) keeps its slices.
type sentBufs struct {
	// cur is the token count of the sentence read last, left that of the
	// document's sentences after it: a new chunk holds cur+left tokens.
	cur, left int
	flags     chunk[bool]
	ints      chunk[int]
	words     chunk[*word]
	names     chunk[nameMatch]
	titles    chunk[titleMatch]
	spans     chunk[syntax.Span]
	ments     chunk[*mention]
	keys      chunk[string]
}

// chunk is the rest of the last allocation of a sentBufs slice type.
type chunk[T any] []T

// start records that a sentence of n tokens is read.
func (b *sentBufs) start(n int) {
	b.cur, b.left = n, max(b.left-n, 0)
}

// take returns n zero values of T in a slice of capacity n (nil c: a
// slice of its own); when c is used up, the new chunk has room for size
// values.
func take[T any](c *chunk[T], n, size int) []T {
	if c == nil {
		return make([]T, n)
	}
	if n > cap(*c)-len(*c) {
		*c = make(chunk[T], 0, max(n, size))
	}
	l := len(*c)
	*c = (*c)[:l+n]
	return (*c)[l : l+n : l+n]
}

// namesBuf, titlesBuf and wordsBuf are the chunks of st.bufs for its
// lazily made slices (nil without st.bufs), with the size of a new chunk.
func (st *sentState) namesBuf() (*chunk[nameMatch], int) {
	if st.bufs == nil {
		return nil, 0
	}
	return &st.bufs.names, st.bufs.cur + st.bufs.left
}

func (st *sentState) titlesBuf() (*chunk[titleMatch], int) {
	if st.bufs == nil {
		return nil, 0
	}
	return &st.bufs.titles, st.bufs.cur + st.bufs.left
}

func (st *sentState) wordsBuf() (*chunk[*word], int) {
	if st.bufs == nil {
		return nil, 0
	}
	return &st.bufs.words, st.bufs.cur + st.bufs.left
}
