package ner

import (
	"math"
	"sync"
)

// Model is a trained tagger. It is safe for concurrent use.
type Model struct {
	z   featurizer
	lex *Lexicon // names and word statistics of the training data
	ext *Lexicon // outside gazetteer (the catalogue), not saved; may be nil
	// doc: the model reads document context (two passes; context.go).
	doc bool
	// consist: after the second pass, label consistency (consistency.go).
	consist bool
	// Emission weights, nTags per feature, quantised to int16 (value ×
	// step), found through an open-addressing table keyed by feature hash.
	hs    []uint64 // feature hashes, sorted; row i of q belongs to hs[i]
	table []entry
	mask  uint64
	// filter is a blocked Bloom filter over the table's keys (see
	// filterBits): most features looked up are not in the model, and the
	// filter, small enough for the L2 cache, tells so without a table read.
	filter []uint64
	q      []int16
	step   float32
	trans  [nTags + 1][nTags]float32 // [prev][cur]; prev == nTags is the sentence start
	// temp divides scores before the soft-max that turns them into span
	// probabilities.
	temp float64
	// oBias is subtracted from every token's O score: a small push from
	// precision towards recall.
	oBias float32

	potOnce sync.Once
	pot     [nTags + 1][nTags]float64 // exp(trans/temp), shifted; see potentials

	fastOnce sync.Once
	fast     *fastTables // per-word rows; see fast.go
}

// entry is one slot of the feature table, holding the feature's weights
// so that a look-up reads one cache line (entries are 32 bytes); key 0
// marks an empty slot.
type entry struct {
	key uint64
	w   [nTags]int16
}

// Span is an entity found by the model: tokens [Start, End) of type Type
// (PERS, LOC, ORG, MISC) with Score the model's probability that exactly
// this span has exactly this type.
type Span struct {
	Start, End int
	Type       string
	Score      float64
}

// WithNames returns a copy of m that reads ext as its outside gazetteer
// (names, given and family names, adjectives; see CatalogNames) in place
// of the one it had. Weights are shared.
func (m *Model) WithNames(ext *Lexicon) *Model {
	return &Model{z: m.z, lex: m.lex, ext: ext, doc: m.doc, consist: m.consist, hs: m.hs, table: m.table, mask: m.mask,
		filter: m.filter, q: m.q, step: m.step, trans: m.trans, temp: m.temp, oBias: m.oBias}
}

func (m *Model) row(h uint64) []int16 {
	if h == 0 {
		h = 1
	}
	if b := filterBits(h); m.filter[(h>>filterShift)&uint64(len(m.filter)-1)]&b != b {
		return nil
	}
	i := h & m.mask
	for {
		e := &m.table[i]
		if e.key == h {
			return e.w[:]
		}
		if e.key == 0 {
			return nil
		}
		i = (i + 1) & m.mask
	}
}

// filterShift picks the hash bits that choose a filter word (the table
// slot uses the low bits).
const filterShift = 20

// filterBits are the two bits of a filter word that hash h sets.
func filterBits(h uint64) uint64 {
	return 1<<(h>>52&63) | 1<<(h>>58)
}

// build fills the lookup table from sorted feature hashes and their
// quantised weight rows.
func (m *Model) build(hashes []uint64, q []int16, step float32) {
	size := 1
	for size < 2*len(hashes)+1 {
		size <<= 1
	}
	m.hs = hashes
	m.table = make([]entry, size)
	m.filter = make([]uint64, max(size/8, 64))
	m.mask = uint64(size - 1)
	m.q = q
	m.step = step
	for r, h := range hashes {
		if h == 0 {
			h = 1
		}
		i := h & m.mask
		for m.table[i].key != 0 {
			i = (i + 1) & m.mask
		}
		m.filter[(h>>filterShift)&uint64(len(m.filter)-1)] |= filterBits(h)
		e := &m.table[i]
		e.key = h
		copy(e.w[:], q[r*nTags:r*nTags+nTags])
	}
}

// viterbi finds the best tag sequence allowed by BIO under the scores.
func viterbi(em [][nTags]float32, trans *[nTags + 1][nTags]float32, out []int) {
	viterbiBuf(em, trans, out, make([][nTags]int8, len(em)))
}

// viterbiBuf is viterbi with back-pointer space back (len(em) rows).
func viterbiBuf(em [][nTags]float32, trans *[nTags + 1][nTags]float32, out []int, back [][nTags]int8) {
	n := len(em)
	if n == 0 {
		return
	}
	neg := float32(math.Inf(-1))
	var cur, prev [nTags]float32
	for t := 0; t < nTags; t++ {
		if allowed(-1, t) {
			cur[t] = em[0][t] + trans[nTags][t]
		} else {
			cur[t] = neg
		}
	}
	for i := 1; i < n; i++ {
		prev = cur
		// Scores are finite or −∞ (I-X at the start); −∞ + x never beats
		// the best so far, so trying a −∞ predecessor is the same as
		// skipping it. I-X is tried only after B-X and I-X (BIO); ties go
		// to the lowest predecessor, as before.
		for t := 0; t < nTags; t++ {
			var best float32
			var arg int
			if isI(t) {
				best, arg = neg, 0
				if s := prev[t-1] + trans[t-1][t]; s > best {
					best, arg = s, t-1
				}
				if s := prev[t] + trans[t][t]; s > best {
					best, arg = s, t
				}
			} else {
				best, arg = prev[0]+trans[0][t], 0
				for p := 1; p < nTags; p++ {
					if s := prev[p] + trans[p][t]; s > best {
						best, arg = s, p
					}
				}
			}
			cur[t] = best + em[i][t]
			back[i][t] = int8(arg)
		}
	}
	best, arg := neg, 0
	for t := 0; t < nTags; t++ {
		if cur[t] > best {
			best, arg = cur[t], t
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = int(back[i][arg])
	}
}

// tagIdx tags words and returns tag indices, with the emission scores, in
// new slices.
func (m *Model) tagIdx(words []string) ([]int, [][nTags]float32) {
	b := fastPool.Get().(*fastBuf)
	defer fastPool.Put(b)
	tags, em := m.tagBuf(words, b)
	return append([]int(nil), tags...), append([][nTags]float32(nil), em...)
}

// tagBuf tags words into b, returning tag indices and emission scores that
// stay valid until b is reused.
func (m *Model) tagBuf(words []string, b *fastBuf) ([]int, [][nTags]float32) {
	return m.tagBufDoc(words, nil, b)
}

// tagBufDoc is tagBuf with the words' document hits (nil for none).
func (m *Model) tagBufDoc(words []string, doc []docHit, b *fastBuf) ([]int, [][nTags]float32) {
	em := m.emissionsFast(words, doc, b)
	b.tags = grow(b.tags, len(words))
	b.back = grow(b.back, len(words))
	viterbiBuf(em, &m.trans, b.tags, b.back)
	return b.tags, em
}

// Tag returns the BIO tag of each word.
func (m *Model) Tag(words []string) []string {
	b := fastPool.Get().(*fastBuf)
	defer fastPool.Put(b)
	idx, _ := m.tagBuf(words, b)
	out := make([]string, len(idx))
	for i, t := range idx {
		out[i] = Tags[t]
	}
	return out
}

// Spans returns the entities the model finds in words, in order, each with
// its probability.
func (m *Model) Spans(words []string) []Span { return m.SpansWords(words, nil) }

// SpansWords is Spans with refs[i] = m.Word(words[i]) looked up by the
// caller (refs may be nil, and a zero WordRef is looked up here); a
// WordRef of another normal form than its word's is ignored.
func (m *Model) SpansWords(words []string, refs []WordRef) []Span {
	b := fastPool.Get().(*fastBuf)
	defer fastPool.Put(b)
	b.given = refs
	defer func() { b.given = nil }()
	idx, em := m.tagBuf(words, b)
	sp := spansOfTags(idx)
	if len(sp) == 0 {
		return sp
	}
	m.score(em, sp)
	return sp
}

// spansOfTags reads spans from BIO tag indices the CoNLL way.
func spansOfTags(tags []int) []Span {
	var out []Span
	walkSpans(tags, func(start, end, typ int) {
		out = append(out, Span{Start: start, End: end, Type: Types[typ]})
	})
	return out
}

// walkSpans calls span with the words [start, end) and type index of each
// span of BIO tag indices, read the CoNLL way (an I- after O or after
// another type starts a span), without building a slice.
func walkSpans(tags []int, span func(start, end, typ int)) {
	start, typ := -1, -1
	for i := 0; i <= len(tags); i++ {
		t := 0
		if i < len(tags) {
			t = tags[i]
		}
		if start >= 0 && (t == 0 || isB(t) || typeOf(t) != typ) {
			span(start, i, typ)
			start, typ = -1, -1
		}
		if t != 0 && start < 0 {
			start, typ = i, typeOf(t)
		}
	}
}

// SpansOfTags reads entity spans from BIO tags the CoNLL way (an I-X after
// O or another type starts a new X). Scores are zero.
func SpansOfTags(tags []string) []Span {
	return spansOfTags(tagIdx(tags))
}

// score sets each span's Score to its marginal probability under a
// linear-chain model whose potentials are exp(perceptron score / m.temp),
// computed by the scaled forward–backward algorithm.
func (m *Model) score(em [][nTags]float32, sp []Span) {
	scoreAt(em, sp, m.potentials(), m.temperature())
}

func (m *Model) temperature() float64 {
	if m.temp <= 0 {
		return 1
	}
	return m.temp
}

// scoreAt is score with transition potentials A at temperature T.
func scoreAt(em [][nTags]float32, sp []Span, A *[nTags + 1][nTags]float64, T float64) {
	n := len(em)
	buf := fbPool.Get().(*fbBuf)
	defer fbPool.Put(buf)
	if cap(buf.v) < 3*n {
		buf.v = make([][nTags]float64, 3*n)
		buf.c = make([]float64, n)
	}
	if cap(buf.c) < n {
		buf.c = make([]float64, n)
	}
	psi, alpha, beta := buf.v[:n], buf.v[n:2*n], buf.v[2*n:3*n]
	c := buf.c[:n]
	for i := range psi {
		e, ps := &em[i], &psi[i]
		top := e[0]
		for _, v := range e[1:] {
			top = max(top, v)
		}
		for t := 0; t < nTags; t++ {
			ps[t] = math.Exp(float64(e[t]-top) / T)
		}
	}
	for i := range alpha {
		sum := 0.0
		ai, ps := &alpha[i], &psi[i]
		for t := 0; t < nTags; t++ {
			v := 0.0
			if i == 0 {
				v = A[nTags][t]
			} else {
				// Disallowed transitions have A = 0 and add exactly 0.
				ap := &alpha[i-1]
				for _, p := range prevTags[t] {
					v += ap[p] * A[p][t]
				}
			}
			v *= ps[t]
			ai[t] = v
			sum += v
		}
		if sum == 0 {
			sum = math.SmallestNonzeroFloat64
		}
		c[i] = sum
		for t := 0; t < nTags; t++ {
			ai[t] /= sum
		}
	}
	// beta is read only at the spans' ends.
	minEnd := n
	for _, s := range sp {
		minEnd = min(minEnd, s.End)
	}
	for t := 0; t < nTags; t++ {
		beta[n-1][t] = 1
	}
	for i := n - 2; i >= minEnd; i-- {
		bi, bn, pn := &beta[i], &beta[i+1], &psi[i+1]
		for t := 0; t < nTags; t++ {
			v := 0.0
			for _, u := range nextTags[t] {
				v += A[t][u] * pn[u] * bn[u]
			}
			bi[t] = v / c[i+1]
		}
	}
	for k := range sp {
		s := &sp[k]
		ty := typeIndex(s.Type)
		b, in := 1+2*ty, 2+2*ty
		p := alpha[s.Start][b]
		prev := b
		for i := s.Start + 1; i < s.End; i++ {
			p *= A[prev][in] * psi[i][in] / c[i]
			prev = in
		}
		if s.End < n {
			v := 0.0
			for u := 0; u < nTags; u++ {
				if u != in {
					v += A[prev][u] * psi[s.End][u] * beta[s.End][u]
				}
			}
			p *= v / c[s.End]
		}
		s.Score = math.Min(1, p)
	}
}

// fbBuf holds forward–backward scratch space.
type fbBuf struct {
	v [][nTags]float64
	c []float64
}

var fbPool = sync.Pool{New: func() any { return new(fbBuf) }}

// potentials returns the transition potentials exp(trans/temp), shifted by
// their maximum (every path takes the same number of transitions, so a
// common shift cancels); disallowed transitions get 0.
func (m *Model) potentials() *[nTags + 1][nTags]float64 {
	m.potOnce.Do(func() { m.pot = potentialsAt(&m.trans, m.temperature()) })
	return &m.pot
}

func potentialsAt(trans *[nTags + 1][nTags]float32, T float64) (A [nTags + 1][nTags]float64) {
	mx := math.Inf(-1)
	for p := 0; p <= nTags; p++ {
		for t := 0; t < nTags; t++ {
			mx = math.Max(mx, float64(trans[p][t]))
		}
	}
	for p := 0; p <= nTags; p++ {
		pp := p
		if p == nTags {
			pp = -1
		}
		for t := 0; t < nTags; t++ {
			if allowed(pp, t) {
				A[p][t] = math.Exp((float64(trans[p][t]) - mx) / T)
			}
		}
	}
	return A
}

func logSumExp(x []float64) float64 {
	mx := math.Inf(-1)
	for _, v := range x {
		if v > mx {
			mx = v
		}
	}
	if math.IsInf(mx, -1) {
		return mx
	}
	s := 0.0
	for _, v := range x {
		s += math.Exp(v - mx)
	}
	return mx + math.Log(s)
}
