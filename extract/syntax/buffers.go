package syntax

// Buffers hands out the per-token slices of the sentences of one document
// (AnalyzeWordsIn) from one allocation per slice type for the rest of the
// document, instead of nine small ones per sentence. A slice handed out is
// never handed out again: a Sentence stays valid while the caller keeps
// it. A Buffers is for one goroutine.
type Buffers struct {
	left  int // tokens of the sentences not yet analysed (Reserve)
	sents chunk[Sentence]
	ints  chunk[int]
	flags chunk[bool]
	class chunk[Class]
	feat  chunk[Feat]
	mod   chunk[Mod]
	info  chunk[*wordInfo]
	units chunk[Unit]
	cls   chunk[Clause]
}

// Reserve says that sentences of n tokens in all are still to be
// analysed: a new allocation makes room for all of them.
func (b *Buffers) Reserve(n int) { b.left = n }

// chunk is the rest of the last allocation of a slice type.
type chunk[T any] []T

// take returns n zero values of T in a slice of length l ≤ n and capacity
// n (nil c: a slice of its own); when c is used up, the new chunk has room
// for size values.
func take[T any](c *chunk[T], l, n, size int) []T {
	if c == nil {
		return make([]T, l, n)
	}
	if n > cap(*c)-len(*c) {
		*c = make(chunk[T], 0, max(n, size))
	}
	k := len(*c)
	*c = (*c)[:k+n]
	return (*c)[k : k+l : k+n]
}

// newSentence allocates a sentence of n tokens, from b when not nil.
func newSentence(b *Buffers, n int) *Sentence {
	var (
		sents                          *chunk[Sentence]
		ints                           *chunk[int]
		flags                          *chunk[bool]
		class                          *chunk[Class]
		feat                           *chunk[Feat]
		mod                            *chunk[Mod]
		info                           *chunk[*wordInfo]
		units                          *chunk[Unit]
		cls                            *chunk[Clause]
		size, nSents, nUnits, nClauses int
	)
	if b != nil {
		b.left = max(b.left-n, 0)
		size = n + b.left
		sents, ints, flags, class, feat, mod, info, units, cls = &b.sents, &b.ints, &b.flags, &b.class, &b.feat, &b.mod, &b.info, &b.units, &b.cls
		nSents, nUnits, nClauses = 1+size/24, n/2+1+size/2, 4+size/8
	}
	s := &take(sents, 1, 1, nSents)[0]
	is := take(ints, 4*n, 4*n, 4*size)
	fs := take(flags, 2*n, 2*n, 2*size)
	*s = Sentence{
		Class: take(class, n, n, size), Feat: take(feat, n, n, size),
		Clause: is[:n:n], Unit: is[n : 2*n : 2*n], Appos: is[2*n : 3*n : 3*n], inSp: is[3*n:],
		Mod: take(mod, n, n, size), info: take(info, n, n, size),
		Units: take(units, 0, n/2+1, nUnits), Clauses: take(cls, 0, 4, nClauses),
		short: fs[:n:n], descr: fs[n:],
	}
	return s
}
