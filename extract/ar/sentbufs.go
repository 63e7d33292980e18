package ar

import "github.com/newskg/kg/extract/syntax"

// sentBufs hands out the per-token slices of a document's sentences
// (sentState) from a few larger allocations instead of several small ones
// per sentence. A slice handed out is never handed out again, so a
// sentState kept after its sentence (placeRec, nounAct) keeps its slices.
type sentBufs struct {
	flags  chunk[bool]
	ints   chunk[int]
	words  chunk[*word]
	names  chunk[nameMatch]
	titles chunk[titleMatch]
	spans  chunk[syntax.Span]
}

// chunk is the rest of the last allocation of a sentBufs slice type.
type chunk[T any] []T

// chunkMin and chunkMax bound the length of a new chunk: it doubles from
// chunkMin, so a short document allocates little.
const chunkMin, chunkMax = 64, 1024

// take returns n zero values of T in a slice of capacity n (nil c: a
// slice of its own).
func take[T any](c *chunk[T], n int) []T {
	if c == nil {
		return make([]T, n)
	}
	if n > cap(*c)-len(*c) {
		size := min(max(2*cap(*c), chunkMin), chunkMax)
		*c = make(chunk[T], 0, max(n, size))
	}
	l := len(*c)
	*c = (*c)[:l+n]
	return (*c)[l : l+n : l+n]
}

// namesBuf, titlesBuf and wordsBuf are the chunks of st.bufs for its
// lazily made slices (nil without st.bufs).
func (st *sentState) namesBuf() *chunk[nameMatch] {
	if st.bufs == nil {
		return nil
	}
	return &st.bufs.names
}

func (st *sentState) titlesBuf() *chunk[titleMatch] {
	if st.bufs == nil {
		return nil
	}
	return &st.bufs.titles
}

func (st *sentState) wordsBuf() *chunk[*word] {
	if st.bufs == nil {
		return nil
	}
	return &st.bufs.words
}
