package ner

import (
	"sort"
	"sync"

	"github.com/newskg/kg/extract/text"
)

// Document context: a name is usually written in full once and then
// repeated, often shortened, in the sentences around it ("نجيب محفوظ" …
// "قال محفوظ"). The tagger reads a document twice: the first pass tags
// every sentence alone; the second adds, to each word, what the first pass
// made of the same word (clitics and article removed) elsewhere in the
// document.

// docHit is what the first pass made of one word's other occurrences in
// the document.
type docHit struct {
	in          [4]uint8 // per type: occurrences inside a span of that type (capped at 3)
	o           uint8    // occurrences outside any span (capped at 3)
	first, last uint8    // type bits: some occurrence began / ended a span of several words
	// ctx: trigger classes (trigTitle…) of the word before (low four
	// bits) and after (high four) some other occurrence; set only for
	// models that read context aggregation (addDocContext).
	ctx uint8
	// nearby: feature hashes of the commonest words before and after the
	// other occurrences (0: none); set for models that read them.
	nearby [4]uint64
}

// docKey is the form under which a word's occurrences are pooled: its
// bare form (proclitics and article removed), or "" for words too short
// to carry a name.
func docKey(f forms) string {
	if runeLen(f.bare) < 3 {
		return ""
	}
	return f.bare
}

// docCount accumulates the first pass's readings of the words of a
// window of sentences.
type docCount struct {
	in, first, last [4]int32 // per type: inside a span; first or last word of a span of several words
	o               int32
}

// addSentence adds (d = +1) or removes (d = −1) the readings of a
// sentence's words (ids, −1 for none; tags) to counts, indexed by id.
func addSentence(counts []docCount, ids []int32, tags []int, d int32) {
	for i, id := range ids {
		if id >= 0 {
			addReading(&counts[id], tags, i, d)
		}
	}
}

// addReading adds (d = +1) or removes (d = −1) token i's reading.
func addReading(dc *docCount, tags []int, i int, d int32) {
	t := tags[i]
	if t == 0 {
		dc.o += d
		return
	}
	ty := typeOf(t)
	dc.in[ty] += d
	next := i+1 < len(tags) && isI(tags[i+1]) && typeOf(tags[i+1]) == ty
	if isB(t) && next {
		dc.first[ty] += d
	}
	if isI(t) && !next {
		dc.last[ty] += d
	}
}

// docHits gives a sentence's words (ids, tags) their hits in the tally
// counts of their window, leaving out each word's own reading.
func docHits(counts []docCount, ids []int32, tags []int, out []docHit) {
	for i, id := range ids {
		out[i] = docHit{}
		if id < 0 {
			continue
		}
		dc := &counts[id]
		own := docCount{}
		addReading(&own, tags, i, +1)
		h := &out[i]
		for t := range h.in {
			h.in[t] = uint8(min(3, dc.in[t]-own.in[t]))
			if dc.first[t] > own.first[t] {
				h.first |= 1 << t
			}
			if dc.last[t] > own.last[t] {
				h.last |= 1 << t
			}
		}
		h.o = uint8(min(3, dc.o-own.o))
	}
}

// slide moves a window of sentences from sentence s−1's (within w of it)
// to sentence s's, calling f(d, −1) for the sentence that leaves and
// f(d, +1) for the one that enters; for s = 0 it enters sentences 0…w.
// With w < 0 (or a window that holds every sentence) the window is the
// whole document, entered at s = 0.
func slide(n, s, w int, f func(d int, sign int32)) {
	if w < 0 || 2*w+1 >= n {
		if s == 0 {
			for d := 0; d < n; d++ {
				f(d, +1)
			}
		}
		return
	}
	if s == 0 {
		for d := 0; d < min(n, w+1); d++ {
			f(d, +1)
		}
		return
	}
	if d := s - 1 - w; d >= 0 {
		f(d, -1)
	}
	if d := s + w; d < n {
		f(d, +1)
	}
}

// docWindowHits gives every sentence its document hits from first-pass
// tags, the document of sentence s being sentences s−w … s+w (all of them
// when w < 0); keys are the docKeys of the sentences' words.
func docWindowHits(keys [][]string, tags [][]int, w int) [][]docHit {
	sc := getDocScratch()
	defer sc.put()
	sc.ids.intern(keys)
	return cloneHits(sc.windowHits(tags, w))
}

// cloneHits copies hits (held by a docScratch) into new memory.
func cloneHits(hits [][]docHit) [][]docHit {
	out := make([][]docHit, len(hits))
	for i, h := range hits {
		out[i] = append([]docHit(nil), h...)
	}
	return out
}

// windowHits is docWindowHits for the keys interned in sc.ids, in sc's
// storage (valid until sc is reused).
func (sc *docScratch) windowHits(tags [][]int, w int) [][]docHit {
	ids := sc.ids.ids
	n := len(ids)
	total := 0
	for _, s := range ids {
		total += len(s)
	}
	sc.hitFlat = grow(sc.hitFlat, total)
	sc.hits = grow(sc.hits, n)
	flat, out := sc.hitFlat, sc.hits
	sc.counts = grow(sc.counts, sc.ids.n)
	clear(sc.counts)
	off := 0
	for s := range ids {
		slide(n, s, w, func(d int, sign int32) { addSentence(sc.counts, ids[d], tags[d], sign) })
		out[s] = flat[off : off+len(ids[s]) : off+len(ids[s])]
		off += len(ids[s])
		docHits(sc.counts, ids[s], tags[s], out[s])
	}
	return out
}

// Context aggregation (Ratinov & Roth 2009): a word is read in the light
// of the words around its other occurrences in the document — «قال محفوظ»
// after «الكاتب محفوظ» two sentences back. Only the trigger classes of the
// neighbours are pooled (titles, place and organisation heads, speech
// verbs), so that the features stay few and general.

// docTrigs gives each word of a sentence the trigger classes of the word
// before it (low four bits) and after it (high four).
func (z *featurizer) docTrigs(words []string) []uint8 {
	tr := make([]uint8, len(words))
	for i, w := range words {
		nw := text.Normalize(w)
		if nw == "" {
			nw = w
		}
		tr[i] = z.trig(analyse(nw))
	}
	out := make([]uint8, len(words))
	for i := range words {
		if i > 0 {
			out[i] |= tr[i-1] & 0xf
		}
		if i+1 < len(words) {
			out[i] |= (tr[i+1] & 0xf) << 4
		}
	}
	return out
}

// addDocContext sets the ctx field of hits: for each word, the trigger
// classes around the other occurrences of its key within w sentences
// (all when w < 0); trigs[s] are docTrigs of sentence s. When near is
// set (near[s][i]: the bare forms of the words before and after word i of
// sentence s), it also sets nearby: the two commonest words before and
// after the other occurrences, as feature hashes.
func addDocContext(keys [][]string, trigs [][]uint8, near [][][2]string, hits [][]docHit, w int) {
	sc := getDocScratch()
	defer sc.put()
	sc.ids.intern(keys)
	sc.addDocContext(trigs, near, hits, w)
}

// addDocContext is addDocContext for the keys interned in sc.ids.
func (sc *docScratch) addDocContext(trigs [][]uint8, near [][][2]string, hits [][]docHit, w int) {
	ids := sc.ids.ids
	n := len(ids)
	sc.trig = grow(sc.trig, sc.ids.n)
	clear(sc.trig)
	var nears [][2]map[string]int
	if near != nil {
		nears = make([][2]map[string]int, sc.ids.n)
	}
	fill := func(d int, sign int32) {
		for i, id := range ids[d] {
			if id < 0 {
				continue
			}
			c := &sc.trig[id]
			for bit := 0; bit < 8; bit++ {
				if trigs[d][i]&(1<<bit) != 0 {
					c[bit] += sign
				}
			}
			if near != nil {
				for side, nw := range near[d][i] {
					if nw == "" {
						continue
					}
					if nears[id][side] == nil {
						nears[id][side] = map[string]int{}
					}
					nears[id][side][nw] += int(sign)
				}
			}
		}
	}
	for s := range ids {
		slide(n, s, w, fill)
		for i, id := range ids[s] {
			if id < 0 {
				continue
			}
			c := &sc.trig[id]
			for bit := 0; bit < 8; bit++ {
				own := int32(0)
				if trigs[s][i]&(1<<bit) != 0 {
					own = 1
				}
				if c[bit] > own {
					hits[s][i].ctx |= 1 << bit
				}
			}
			if near != nil {
				for side := 0; side < 2; side++ {
					for j, nw := range commonest(nears[id][side], near[s][i][side], 2) {
						hits[s][i].nearby[2*side+j] = h1([2]byte{fDocNearM1, fDocNearP1}[side], nw)
					}
				}
			}
		}
	}
}

// addDocContext adds to hits the context aggregation the featurizer
// reads (docCtx, docNear).
func (z *featurizer) addDocContext(sents [][]string, keys [][]string, hits [][]docHit, w int) {
	trigs := make([][]uint8, len(sents))
	var near [][][2]string
	if z.docNear {
		near = make([][][2]string, len(sents))
	}
	for i, s := range sents {
		trigs[i] = z.docTrigs(s)
		if near != nil {
			near[i] = docNear(s)
		}
	}
	addDocContext(keys, trigs, near, hits, w)
}

// commonest returns up to k words of counts, most frequent first (ties in
// string order), not counting one occurrence of own; words seen only
// there are left out.
func commonest(counts map[string]int, own string, k int) []string {
	type wc struct {
		w string
		c int
	}
	var all []wc
	for w, c := range counts {
		if w == own {
			c--
		}
		if c > 0 {
			all = append(all, wc{w, c})
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].c != all[j].c {
			return all[i].c > all[j].c
		}
		return all[i].w < all[j].w
	})
	out := make([]string, 0, k)
	for _, x := range all[:min(k, len(all))] {
		out = append(out, x.w)
	}
	return out
}

// docNear gives each word of a sentence the bare forms of the words before
// and after it ("" at the edges).
func docNear(words []string) [][2]string {
	bare := make([]string, len(words))
	for i, w := range words {
		nw := text.Normalize(w)
		if nw == "" {
			nw = w
		}
		bare[i] = analyse(nw).bare
	}
	return nearOf(bare)
}

// docKeys gives the docKey of each word.
func docKeys(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		nw := text.Normalize(w)
		if nw == "" {
			nw = w
		}
		out[i] = docKey(analyse(nw))
	}
	return out
}

// DocWindow is the number of sentences on either side of a sentence that
// make its document when the text has no document boundaries (TagTokens,
// cross-validation on ANERcorp).
const DocWindow = 20

// SpansDoc finds the entities of one document, given as sentences of
// words: every sentence is tagged alone, then again knowing how the first
// pass read the same words elsewhere in the document. Spans of sentence i
// index into sents[i]. Spans reads one sentence without this context.
func (m *Model) SpansDoc(sents [][]string) [][]Span {
	return m.spansDoc(sents, nil, -1)
}

// SpansDocWords is SpansDoc with refs[i][j] = m.Word(sents[i][j]) looked
// up by the caller, as for SpansWords (refs, or any refs[i], may be nil).
// For a model trained without document context (kg ner train --docctx)
// it reads every sentence alone, as SpansWords does.
func (m *Model) SpansDocWords(sents [][]string, refs [][]WordRef) [][]Span {
	return m.spansDoc(sents, refs, -1)
}

// spansDoc is SpansDocWords with a sentence's document being the
// sentences within w of it (all of them when w < 0).
func (m *Model) spansDoc(sents [][]string, refs [][]WordRef, w int) [][]Span {
	tb := tagBufPool.Get().(*tagBufs)
	defer tagBufPool.Put(tb)
	idx, em := m.tagDocInto(sents, refs, w, tb)
	out := make([][]Span, len(sents))
	for i := range sents {
		sp := spansOfTags(idx[i])
		if len(sp) > 0 {
			m.score(em[i], sp)
		}
		out[i] = sp
	}
	return out
}

// tagBufs holds the per-sentence tags, emission scores and first-pass sums
// of a document, carved from one slice each, for tagDocInto; spansDoc
// reuses them from document to document (tagBufPool).
type tagBufs struct {
	idx     [][]int
	em      [][][nTags]float32
	sums    [][][nTags]int32
	idxFlat []int
	emFlat  [][nTags]float32
	sumFlat [][nTags]int32
}

var tagBufPool = sync.Pool{New: func() any { return new(tagBufs) }}

// size makes room in tb for sents (n sentences, total words), sums only
// when doc is set.
func (tb *tagBufs) size(n, total int, doc bool) {
	tb.idx = grow(tb.idx, n)
	tb.em = grow(tb.em, n)
	tb.idxFlat = grow(tb.idxFlat, total)
	tb.emFlat = grow(tb.emFlat, total)
	if doc {
		tb.sums = grow(tb.sums, n)
		tb.sumFlat = grow(tb.sumFlat, total)
	}
}

// TagDoc returns the BIO tags of sentences of running text, reading each
// with the DocWindow sentences on either side as its document.
func (m *Model) TagDoc(sents [][]string) [][]string {
	idx, _ := m.tagDoc(sents, DocWindow)
	out := make([][]string, len(sents))
	for i, t := range idx {
		out[i] = make([]string, len(t))
		for j, k := range t {
			out[i][j] = Tags[k]
		}
	}
	return out
}

// tagDoc tags sentences in two passes (one for a model without document
// features), a sentence's document being the sentences within w of it
// (all when w < 0). It returns tag indices and emission scores in new
// slices.
func (m *Model) tagDoc(sents [][]string, w int) ([][]int, [][][nTags]float32) {
	return m.tagDocWords(sents, nil, w)
}

// tagDocWords is tagDoc with the words' features looked up by the caller
// (refs[i] for sentence i, as for SpansWords; nil for none).
func (m *Model) tagDocWords(sents [][]string, refs [][]WordRef, w int) ([][]int, [][][nTags]float32) {
	return m.tagDocInto(sents, refs, w, new(tagBufs))
}

// tagDocInto is tagDocWords with the tags and emission scores it returns
// carved from tb's storage (valid until tb is reused).
func (m *Model) tagDocInto(sents [][]string, refs [][]WordRef, w int, tb *tagBufs) ([][]int, [][][nTags]float32) {
	b := fastPool.Get().(*fastBuf)
	defer fastPool.Put(b)
	defer func() { b.given = nil }()
	given := func(i int) []WordRef {
		if i < len(refs) {
			return refs[i]
		}
		return nil
	}
	// every sentence's tags, emissions and sums carved from one slice each
	total := 0
	for _, s := range sents {
		total += len(s)
	}
	tb.size(len(sents), total, m.doc)
	idx, em, idxFlat, emFlat := tb.idx, tb.em, tb.idxFlat, tb.emFlat
	var sums [][][nTags]int32 // per sentence: the scores the second pass adds to
	var sumsFlat [][nTags]int32
	if m.doc {
		sums, sumsFlat = tb.sums, tb.sumFlat
	}
	var sc *docScratch
	if m.doc {
		// the words' forms, for the second pass, as the first reads them
		sc = getDocScratch()
		defer sc.put()
		sc.prepare(sents, m.z.docCtx)
	}
	off := 0
	for i, s := range sents {
		b.given = given(i)
		t, e := m.tagBuf(s, b)
		if sc != nil {
			for j, wi := range b.info[:len(s)] {
				sc.setWord(i, j, wi.bare, wi.trig)
			}
			sc.endSentence(i)
		}
		end := off + len(s)
		idx[i] = idxFlat[off:off:end]
		em[i] = emFlat[off:off:end]
		idx[i], em[i] = append(idx[i], t...), append(em[i], e...)
		if sums != nil {
			sums[i] = append(sumsFlat[off:off:end], b.sums[:len(s)]...)
		}
		off = end
	}
	if !m.doc {
		return idx, em
	}
	hits := m.windowHitsScratch(sc, sents, idx, w)
	for i := range sents {
		if !anyHit(hits[i]) {
			continue // the second pass would read the sentence as the first did
		}
		e := m.emissionsDoc(sums[i], hits[i], b)
		b.tags = grow(b.tags, len(e))
		b.back = grow(b.back, len(e))
		viterbiBuf(e, &m.trans, b.tags, b.back)
		idx[i] = append(idx[i][:0], b.tags...)
		em[i] = append(em[i][:0], e...)
	}
	if m.consist {
		consistentKeys(sc.bare[:len(sents)], idx, w, consistRetype|consistAdd)
	}
	return idx, em
}

// windowHits gives every sentence its document hits from the first-pass
// tags idx, a sentence's document being the sentences within w of it (all
// when w < 0).
func (m *Model) windowHits(sents [][]string, idx [][]int, w int) [][]docHit {
	sc := getDocScratch()
	defer sc.put()
	m.z.docWords(sc, sents, m.z.docCtx)
	return cloneHits(m.windowHitsScratch(sc, sents, idx, w))
}

// windowHitsScratch is windowHits with the words' forms already in sc
// (docWords).
func (m *Model) windowHitsScratch(sc *docScratch, sents [][]string, idx [][]int, w int) [][]docHit {
	sc.ids.intern(sc.keys)
	hits := sc.windowHits(idx, w)
	if m.z.docCtx {
		var near [][][2]string
		if m.z.docNear {
			near = make([][][2]string, len(sents))
			for i := range sents {
				near[i] = nearOf(sc.bare[i])
			}
		}
		sc.addDocContext(sc.trigs, near, hits, w)
	}
	return hits
}

// anyHit reports whether any word has a reading elsewhere in its document
// as part of a name.
func anyHit(h []docHit) bool {
	for i := range h {
		if h[i].in != [4]uint8{} || h[i].ctx != 0 || h[i].nearby[0]|h[i].nearby[2] != 0 {
			return true
		}
	}
	return false
}
