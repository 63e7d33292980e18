package ner

import (
	"strings"
	"sync"

	"github.com/newskg/kg/extract/text"
)

// The fast tagging path. Most features depend on one word alone (its
// normalised form, clitics, affixes, character bigrams, frequency, trigger
// class, gazetteer and part bits), either as the token itself or as one of
// its neighbours at −2…+2. For every word of the model's vocabulary the
// weights of those features are summed once, when the model is loaded (or
// first used, for a model fresh from Train), into five rows of nTags integers; a token's emission scores are then the
// sum of its own row, its neighbours' rows and a handful of features that
// join two words (bigrams, frequency × neighbour…) or depend on the sentence
// (multi-word gazetteer hits, position). Weights are integers (quantised),
// so the sums equal the per-feature sums of featurize + emissions exactly;
// TestFastMatchesReference checks it.

// Word rows: the features of a word as the token itself and as the
// neighbour one and two places before and after the token.
const (
	vSelf = iota
	vM1
	vM2
	vP1
	vP2
	nVec
)

type wordRows [nVec][nTags]int32

// wordInfo is what the sentence-level features need of a word.
type wordInfo struct {
	norm, free, bare, shape string
	fq, trig, gaz1, cat1    uint8
	// firstNorm and firstFree: norm or free (when different) starts a
	// multi-word name in the lexicon; catFirstNorm and catFirstFree, in
	// the outside gazetteer.
	firstNorm, firstFree       bool
	catFirstNorm, catFirstFree bool
	// st holds the hash states h2 reaches after its template and first
	// string when that string is this word's (see h2Start).
	st [nStates]uint64
}

// The features hashed by h2 whose first string is a word's.
const (
	sFreqWm1   = iota // bare
	sFreqWp1          // bare
	sBigL             // norm
	sBigR             // norm
	sBigLL            // norm
	sShapeM1P1        // shape
	nStates
)

// h2Start is the state of h2(t, a, b) before it hashes b.
func h2Start(t byte, a string) uint64 {
	h := (fnvOffset ^ uint64(t)) * fnvPrime
	h = hashStr(h, a)
	h ^= 0xff
	return h * fnvPrime
}

// setStates fills wi.st from its strings.
func (wi *wordInfo) setStates() {
	wi.st = [nStates]uint64{
		sFreqWm1:   h2Start(fFreqWm1, wi.bare),
		sFreqWp1:   h2Start(fFreqWp1, wi.bare),
		sBigL:      h2Start(fBigL, wi.norm),
		sBigR:      h2Start(fBigR, wi.norm),
		sBigLL:     h2Start(fBigLL, wi.norm),
		sShapeM1P1: h2Start(fShapeM1P1, wi.shape),
	}
}

// fastTables are a model's precomputed word rows and constant rows.
type fastTables struct {
	index map[string]int32 // normalised word → position in info and rows
	info  []wordInfo
	rows  []wordRows
	// bound stands for the words beyond the sentence's ends.
	bound wordInfo
	// Rows of the sentence boundary as a neighbour.
	bM1, bM2, bP1, bP2 [nTags]int32
	// Rows by value: hInt(fFreqTrig, v) for v < 64; sums of hInt(fGazB, t)
	// etc. over the bits t of a 4-bit type mask.
	freqTrig [64][nTags]int32
	// Gazetteer rows by the byte of a token's marks: the low four bits
	// are the types of the model's own names, the high four those of the
	// outside gazetteer's (see gazetteerFast).
	gazB, gazI, gazM1, gazP1 [256][nTags]int32
	titleWin, first          [nTags]int32
	// oov caches the rows of words outside the vocabulary.
	oov oovCache
	// lexRun and extRun are the multi-word names of the model's lexicon
	// and of the outside gazetteer for gazRun (runsOf).
	lexRun, extRun *runSet
}

// runSet is a runsOf map with a Bloom filter over its keys, hashed as
// gazRun hashes the phrases it builds, so that most phrases, which are no
// key, are passed over without a map look-up.
type runSet struct {
	m    map[string]uint16
	bits []uint64
	mask uint64 // bit positions: len(bits)*64 − 1
}

// newRunSet returns the runSet of m (nil for nil m).
func newRunSet(m map[string]uint16) *runSet {
	if m == nil {
		return nil
	}
	n := 64
	for n < 16*len(m) {
		n <<= 1
	}
	rs := &runSet{m: m, bits: make([]uint64, n/64), mask: uint64(n - 1)}
	for k := range m {
		rs.add(hashStr(fnvOffset, k))
	}
	return rs
}

// runBits are the two bit positions of phrase hash h.
func (rs *runSet) runBits(h uint64) (uint64, uint64) {
	return h & rs.mask, (h>>29 ^ h>>47) & rs.mask
}

func (rs *runSet) add(h uint64) {
	a, b := rs.runBits(h)
	rs.bits[a/64] |= 1 << (a % 64)
	rs.bits[b/64] |= 1 << (b % 64)
}

// mayHave reports whether the phrase of hash h may be a key (false: it is
// none).
func (rs *runSet) mayHave(h uint64) bool {
	a, b := rs.runBits(h)
	return rs.bits[a/64]&(1<<(a%64)) != 0 && rs.bits[b/64]&(1<<(b%64)) != 0
}

// runMore marks, in a runsOf value, a phrase that longer names go on from.
const runMore = 1 << 8

// runsOf joins the multi-word names of lex (m) and the phrases longer
// names go on from (more) in one map, so that gazRun looks each phrase up
// once: the low byte is lex.m's type bits, runMore lex.more. Nil lex: nil.
func runsOf(lex *Lexicon) map[string]uint16 {
	if lex == nil {
		return nil
	}
	out := make(map[string]uint16, len(lex.more))
	for k, g := range lex.m {
		if strings.Contains(k, " ") { // gazRun asks about two words or more
			out[k] |= uint16(g)
		}
	}
	for k := range lex.more {
		out[k] |= runMore
	}
	return out
}

// oovWord is a word outside the model's vocabulary, with its rows.
type oovWord struct {
	info wordInfo
	rows wordRows
}

// oovCache maps normalised words outside the vocabulary to their rows, for
// the names and rare words that recur across the sentences and articles of
// a stream. It is sharded to keep goroutines apart, and a shard is emptied
// when it reaches oovShardMax words, bounding memory (about 25 MB at most).
type oovCache struct {
	shards [oovShards]oovShard
}

const (
	oovShards   = 16
	oovShardMax = 4096
)

type oovShard struct {
	mu sync.RWMutex
	m  map[string]*oovWord
	_  [32]byte // pad to 64 bytes: one cache line per shard
}

func (c *oovCache) shard(w string) *oovShard {
	return &c.shards[hashStr(fnvOffset, w)%oovShards]
}

func (c *oovCache) get(w string) *oovWord {
	s := c.shard(w)
	s.mu.RLock()
	ow := s.m[w]
	s.mu.RUnlock()
	return ow
}

func (c *oovCache) put(ow *oovWord) {
	w := ow.info.norm
	s := c.shard(w)
	s.mu.Lock()
	if s.m == nil || len(s.m) >= oovShardMax {
		s.m = make(map[string]*oovWord)
	}
	s.m[w] = ow
	s.mu.Unlock()
}

// fqStr[v] is string(rune('0'+v)), the frequency bucket as hashed.
var fqStr [256]string

func init() {
	for v := range fqStr {
		fqStr[v] = string(rune('0' + v))
	}
}

func (m *Model) add(dst *[nTags]int32, h uint64) {
	r := m.row(h)
	if r == nil {
		return
	}
	for t := 0; t < nTags; t++ {
		dst[t] += int32(r[t])
	}
}

// fastTabs returns the precomputed tables, building them on first use.
func (m *Model) fastTabs() *fastTables {
	m.fastOnce.Do(func() { m.fast = m.buildFast() })
	return m.fast
}

func (m *Model) buildFast() *fastTables {
	ft := &fastTables{index: make(map[string]int32, len(m.lex.freq))}
	words := make([]string, 0, len(m.lex.freq))
	for w := range m.lex.freq {
		ft.index[w] = int32(len(words))
		words = append(words, w)
	}
	ft.info = make([]wordInfo, len(words))
	ft.rows = make([]wordRows, len(words))
	var c2 []uint64
	for i, w := range words {
		c2 = m.wordFeaturesBuf(w, &ft.info[i], &ft.rows[i], c2)
	}
	ft.lexRun, ft.extRun = newRunSet(runsOf(m.lex)), newRunSet(runsOf(m.ext))
	ft.bound = wordInfo{norm: boundary, free: boundary, bare: boundary}
	ft.bound.setStates()
	m.add(&ft.bM1, h1(fWm1, boundary))
	m.add(&ft.bM1, h1(fBm1, boundary))
	m.add(&ft.bM2, h1(fWm2, boundary))
	m.add(&ft.bM2, h1(fBm2, boundary))
	m.add(&ft.bP1, h1(fWp1, boundary))
	m.add(&ft.bP1, h1(fBp1, boundary))
	m.add(&ft.bP2, h1(fWp2, boundary))
	m.add(&ft.bP2, h1(fBp2, boundary))
	for v := range ft.freqTrig {
		m.add(&ft.freqTrig[v], hInt(fFreqTrig, v))
	}
	for mask := 1; mask < 256; mask++ {
		for t := 0; t < len(Types); t++ {
			if mask&(1<<t) != 0 {
				m.add(&ft.gazB[mask], hInt(fGazB, t))
				m.add(&ft.gazI[mask], hInt(fGazI, t))
				m.add(&ft.gazM1[mask], hInt(fGazM1, t))
				m.add(&ft.gazP1[mask], hInt(fGazP1, t))
			}
			if mask&(1<<(t+4)) != 0 {
				m.add(&ft.gazB[mask], hInt(fCatB, t))
				m.add(&ft.gazI[mask], hInt(fCatI, t))
				m.add(&ft.gazM1[mask], hInt(fCatM1, t))
				m.add(&ft.gazP1[mask], hInt(fCatP1, t))
			}
		}
	}
	m.add(&ft.titleWin, h1(fTitleWin, ""))
	m.add(&ft.first, h1(fFirst, ""))
	return ft
}

// wordFeatures fills the information and rows of the normalised word norm:
// the features featurize gives a token, or its neighbours, from that word
// alone (with the model's own lexicon as gazetteer).
func (m *Model) wordFeatures(norm string, wi *wordInfo, wr *wordRows) {
	m.wordFeaturesBuf(norm, wi, wr, nil)
}

// wordFeaturesBuf is wordFeatures with scratch space c2 for the character
// bigrams, which it returns for reuse.
func (m *Model) wordFeaturesBuf(norm string, wi *wordInfo, wr *wordRows, c2 []uint64) []uint64 {
	lex := m.lex
	f := analyse(norm)
	fq := lex.freq[norm]
	part := lex.parts[norm]
	if part == 0 && f.free != f.norm {
		part = lex.parts[f.free]
	}
	shape := shapeOf(norm)
	trig := m.z.trig(f)
	gaz1 := lex.m[norm]
	if f.free != f.norm {
		gaz1 |= lex.m[f.free]
	}
	*wi = wordInfo{norm: norm, free: f.free, bare: f.bare, shape: shape, fq: fq, trig: trig, gaz1: gaz1,
		firstNorm: lex.first[norm], firstFree: f.free != norm && lex.first[f.free]}
	bits := wordBits(lex, f)
	if ext := m.ext; ext != nil {
		wi.cat1 = ext.m[norm]
		if f.free != f.norm {
			wi.cat1 |= ext.m[f.free]
		}
		wi.catFirstNorm = ext.first[norm]
		wi.catFirstFree = f.free != norm && ext.first[f.free]
		bits |= wordBits(ext, f)
	}
	wi.setStates()

	s := &wr[vSelf]
	m.add(s, h1(fBias, ""))
	m.add(s, h1(fNorm, f.norm))
	m.add(s, h1(fFree, f.free))
	m.add(s, h1(fBare, f.bare))
	m.add(s, h1(fClitic, f.clitic))
	if f.prep != f.free {
		m.add(s, h1(fPrep, f.prep))
	}
	for k, t := range [3]byte{fPre1, fPre2, fPre3} {
		if p, ok := prefixRunes(f.bare, k+1); ok {
			m.add(s, h1(t, p))
		}
	}
	for k, t := range [3]byte{fSuf1, fSuf2, fSuf3} {
		if p, ok := suffixRunes(f.bare, k+1); ok {
			m.add(s, h1(t, p))
		}
	}
	if p, ok := prefixRunes(f.bare, 4); ok {
		m.add(s, h1(fPre4, p))
	}
	if p, ok := suffixRunes(f.bare, 4); ok {
		m.add(s, h1(fSuf4, p))
	}
	c2 = appendChar2(c2[:0], f.bare)
	if m.z.trigrams {
		c2 = appendChar3(c2, f.bare)
	}
	if m.z.prepGaz {
		c2 = appendPrepGaz(c2, m.lex, m.ext, f)
	}
	for _, h := range c2 {
		m.add(s, h)
	}
	fqs := fqStr[fq]
	m.add(s, hInt(fFreq, int(fq)))
	m.add(s, h2(fFreqShape, shape, fqs))
	m.add(s, h2(fFreqClitic, f.clitic, fqs))
	if p, ok := prefixRunes(f.norm, 1); ok {
		m.add(s, h1(fNPre1, p))
	}
	if p, ok := prefixRunes(f.norm, 2); ok {
		m.add(s, h1(fNPre2, p))
	}
	m.add(s, h1(fShape, shape))
	m.add(s, hInt(fLen, min(runeLen(f.bare), 10)))
	if trig != 0 {
		m.add(s, hInt(fTrig0, int(trig)))
	}
	for t := 0; t < len(Types); t++ {
		if gaz1&(1<<t) != 0 {
			m.add(s, hInt(fGaz1, t))
		}
		if wi.cat1&(1<<t) != 0 {
			m.add(s, hInt(fCat1, t))
		}
	}
	for b := 0; b < 3; b++ {
		if bits&(1<<b) != 0 {
			m.add(s, hInt(fBits, b))
			m.add(&wr[vM1], hInt(fBitsM1, b))
			m.add(&wr[vP1], hInt(fBitsP1, b))
		}
	}
	for b := 0; b < 8; b++ {
		if part&(1<<b) != 0 {
			m.add(s, hInt(fPart, b))
		}
	}

	if cl := m.z.classes; cl != nil {
		for lv, c := range cl.of(f) {
			if c != 0 {
				v := lv<<16 | int(c)
				m.add(s, hInt(fClass, v))
				m.add(&wr[vM1], hInt(fClassM1, v))
				m.add(&wr[vP1], hInt(fClassP1, v))
			}
		}
	}

	var af [3]uint64
	for _, h := range appendAffixes(af[:0], fCliticM1, 0, fPreM1, f) {
		m.add(&wr[vM1], h)
	}
	for _, h := range appendAffixes(af[:0], fCliticP1, fSufP1, fPreP1, f) {
		m.add(&wr[vP1], h)
	}

	m1 := &wr[vM1]
	m.add(m1, h1(fWm1, f.norm))
	m.add(m1, h1(fBm1, f.bare))
	m.add(m1, hInt(fFreqM1, int(fq)))
	if sf, ok := suffixRunes(f.bare, 2); ok {
		m.add(m1, h1(fSufM1, sf))
	}
	if trig != 0 {
		m.add(m1, hInt(fTrigM1, int(trig)))
	}
	for b := 0; b < 8; b++ {
		if part&(1<<b) != 0 {
			m.add(m1, hInt(fPartM1, b))
		}
	}

	m2 := &wr[vM2]
	m.add(m2, h1(fWm2, f.norm))
	m.add(m2, h1(fBm2, f.bare))
	if trig != 0 {
		m.add(m2, hInt(fTrigM2, int(trig)))
	}

	p1 := &wr[vP1]
	m.add(p1, h1(fWp1, f.norm))
	m.add(p1, h1(fBp1, f.bare))
	m.add(p1, hInt(fFreqP1, int(fq)))
	if trig != 0 {
		m.add(p1, hInt(fTrigP1, int(trig)))
	}
	for b := 0; b < 8; b++ {
		if part&(1<<b) != 0 {
			m.add(p1, hInt(fPartP1, b))
		}
	}

	p2 := &wr[vP2]
	m.add(p2, h1(fWp2, f.norm))
	m.add(p2, h1(fBp2, f.bare))
	return c2
}

// fastBuf is per-sentence scratch space.
type fastBuf struct {
	info       []*wordInfo
	rows       []*wordRows
	gazB, gazI []uint8 // marks of the model's names (low bits) and the outside gazetteer's (high bits)
	raw        []bool  // the word differs from its normal form
	nb         []byte  // a word's normal form
	key        []byte
	dh         []uint64 // a token's document-context features
	em         [][nTags]float32
	tags       []int
	back       [][nTags]int8
	// given are the words' rows looked up by the caller (SpansWords), nil
	// for none.
	given []WordRef
	// The features joining two words: hashes, their tokens, the indexes
	// of those the filter passes, and the sums of their rows per token.
	ph   []uint64
	pt   []int32
	pass []int32
	acc  [][nTags]int32
	// sums are the tokens' integer scores without the document features
	// (emissionsFast), from which the second pass starts (emissionsDoc).
	sums [][nTags]int32
	// touch is touchRefs' result, kept so that its reads are not dropped.
	touch int32
}

var fastPool = sync.Pool{New: func() any { return new(fastBuf) }}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// emissionsFast computes the emission scores of words, with their
// document hits doc (nil for none), into b.em and returns them; they equal
// those of featurize + emissions.
func (m *Model) emissionsFast(words []string, doc []docHit, b *fastBuf) [][nTags]float32 {
	ft := m.fastTabs()
	n := len(words)
	b.info = grow(b.info, n)
	b.rows = grow(b.rows, n)
	b.em = grow(b.em, n)
	b.raw = grow(b.raw, n)
	b.touch += touchRefs(b.given[:min(n, len(b.given))])
	for i, w := range words {
		// nw = text.Normalize(w), or w when that is empty; raw: nw != w
		// (the fRaw feature). Most words need no call to Normalize, and
		// those in the vocabulary no new string.
		nw, raw := w, false
		var folded []byte
		var ok, changed bool
		if b.nb, ok, changed = foldSimple(b.nb[:0], w); ok && changed && len(b.nb) > 0 {
			folded, raw = b.nb, true
		} else if !ok {
			if nw = text.Normalize(w); nw == "" {
				nw = w
			}
			raw = nw != w
		} else if changed { // folds to nothing
			nw, raw = w, false
		}
		b.raw[i] = raw
		if i < len(b.given) {
			// A word the caller looked up (SpansWords): its rows, provided
			// they are those of this normal form.
			if g := b.given[i]; g.info != nil && (folded != nil && string(folded) == g.info.norm || folded == nil && nw == g.info.norm) {
				b.info[i], b.rows[i] = g.info, g.rows
				continue
			}
		}
		if folded != nil {
			if k, ok := ft.index[string(folded)]; ok {
				b.info[i], b.rows[i] = &ft.info[k], &ft.rows[k]
				continue
			}
			nw = string(folded)
		} else if k, ok := ft.index[nw]; ok {
			b.info[i], b.rows[i] = &ft.info[k], &ft.rows[k]
			continue
		}
		ow := ft.oov.get(nw)
		if ow == nil {
			ow = new(oovWord)
			// Clone: nw may be a substring of the caller's text.
			m.wordFeatures(strings.Clone(nw), &ow.info, &ow.rows)
			ft.oov.put(ow)
		}
		b.info[i], b.rows[i] = &ow.info, &ow.rows
	}
	m.gazetteerFast(b, n)
	info, rows := b.info, b.rows
	at := func(i int) *wordInfo {
		if i < 0 || i >= n {
			return &ft.bound
		}
		return info[i]
	}
	trigAt := func(i int) uint8 {
		if i < 0 || i >= n {
			return 0
		}
		return info[i].trig
	}
	// The features that join two words, hashed for every token first and
	// looked up together (addMany), their rows summed into b.acc.
	b.ph, b.pt = b.ph[:0], b.pt[:0]
	for i := 0; i < n; i++ {
		wi := info[i]
		if b.raw[i] {
			b.ph, b.pt = append(b.ph, h1(fRaw, words[i])), append(b.pt, int32(i))
		}
		// h2(t, a, b) from the state after (t, a), kept with a's word.
		fqs := fqStr[wi.fq]
		prev2, prev1, next1 := at(i-2), at(i-1), at(i+1)
		b.ph = append(b.ph,
			hashStr(prev1.st[sFreqWm1], fqs),
			hashStr(next1.st[sFreqWp1], fqs),
			hashStr(prev1.st[sBigL], wi.norm),
			hashStr(wi.st[sBigR], next1.norm),
			hashStr(prev2.st[sBigLL], prev1.norm))
		b.pt = append(b.pt, int32(i), int32(i), int32(i), int32(i), int32(i))
		if i > 0 && i+1 < n {
			b.ph, b.pt = append(b.ph, hashStr(prev1.st[sShapeM1P1], next1.shape)), append(b.pt, int32(i))
		}
	}
	b.acc = resetRows(b.acc, n)
	b.pass = m.addMany(b.ph, b.pt, b.acc, b.pass, &b.touch)
	b.sums = grow(b.sums, n)
	for i := 0; i < n; i++ {
		wi := info[i]
		s := rows[i][vSelf]
		nb := [5]*[nTags]int32{&ft.bM1, &ft.bM2, &ft.bP1, &ft.bP2, &b.acc[i]}
		if i > 0 {
			nb[0] = &rows[i-1][vM1]
		}
		if i > 1 {
			nb[1] = &rows[i-2][vM2]
		}
		if i+1 < n {
			nb[2] = &rows[i+1][vP1]
		}
		if i+2 < n {
			nb[3] = &rows[i+2][vP2]
		}
		for _, r := range nb {
			for t := 0; t < nTags; t++ {
				s[t] += r[t]
			}
		}
		if v := int(wi.fq)<<4 | int(trigAt(i-1)); v < len(ft.freqTrig) {
			r := &ft.freqTrig[v]
			for t := 0; t < nTags; t++ {
				s[t] += r[t]
			}
		} else {
			m.add(&s, hInt(fFreqTrig, v))
		}
		if (trigAt(i-1)|trigAt(i-2)|trigAt(i-3))&trigTitle != 0 {
			addRow(&s, &ft.titleWin)
		}
		if g := b.gazB[i]; g != 0 {
			addRow(&s, &ft.gazB[g])
		}
		if g := b.gazI[i]; g != 0 {
			addRow(&s, &ft.gazI[g])
		}
		if i > 0 {
			if g := b.gazB[i-1] | b.gazI[i-1]; g != 0 {
				addRow(&s, &ft.gazM1[g])
			}
		}
		if i+1 < n {
			if g := b.gazB[i+1] | b.gazI[i+1]; g != 0 {
				addRow(&s, &ft.gazP1[g])
			}
		}
		if i == 0 {
			addRow(&s, &ft.first)
		}
		b.sums[i] = s
	}
	return m.emissionsDoc(b.sums, doc, b)
}

// emissionsDoc computes into b.em, and returns, the emission scores of
// tokens whose scores without the document features are sums, with their
// document hits doc (nil for none): the second pass of a sentence whose
// first pass left its sums starts from them.
func (m *Model) emissionsDoc(sums [][nTags]int32, doc []docHit, b *fastBuf) [][nTags]float32 {
	b.em = grow(b.em, len(sums))
	for i := range sums {
		s := sums[i]
		if doc != nil {
			hs := appendDoc(b.dh[:0], doc, i)
			for _, h := range hs {
				m.add(&s, h)
			}
			b.dh = hs
		}
		e := &b.em[i]
		for t := 0; t < nTags; t++ {
			e[t] = float32(s[t]) * m.step
		}
		e[0] -= m.oBias
	}
	return b.em
}

// touchRefs reads a little of every given word's features before they
// are used, in a loop with no other work, so that the memory reads (most
// words' rows are not in the cache) overlap instead of waiting one after
// the other in emissionsFast's loops. It returns a sum to keep the reads.
func touchRefs(given []WordRef) int32 {
	var sum int32
	for _, g := range given {
		if g.info != nil {
			r := g.rows
			sum += int32(len(g.info.norm)) + r[vSelf][0] + r[vM2][0] + r[vP1][nTags-1] + r[vP2][nTags-1]
		}
	}
	return sum
}

// WordRef is the model's precomputed features of one word (see
// Model.Word); the zero WordRef stands for "not looked up".
type WordRef struct {
	info *wordInfo
	rows *wordRows
}

// Word returns the model's features of word w as written. They depend on
// w's normal form alone, so a caller that keeps a table of the words of
// its text can look each up once and pass them to SpansWords.
func (m *Model) Word(w string) WordRef {
	b := fastPool.Get().(*fastBuf)
	defer fastPool.Put(b)
	b.given = nil
	m.emissionsFast([]string{w}, nil, b)
	return WordRef{b.info[0], b.rows[0]}
}

// resetRows returns s with n zero rows.
func resetRows(s [][nTags]int32, n int) [][nTags]int32 {
	s = grow(s, n)
	clear(s)
	return s
}

// addMany adds the row of each feature hash hs[k] the model has to
// acc[tok[k]], as add does one by one; pass is scratch space, returned for
// reuse. The filter is read for every hash first, then the first table
// slot of those it passes, then the table is searched, so that the reads,
// independent of each other, overlap; sink keeps the early reads from
// being dropped by the compiler.
func (m *Model) addMany(hs []uint64, tok []int32, acc [][nTags]int32, pass []int32, sink *int32) []int32 {
	pass = pass[:0]
	fm := uint64(len(m.filter) - 1)
	for k, h := range hs {
		if h == 0 {
			h = 1
			hs[k] = h
		}
		if b := filterBits(h); m.filter[(h>>filterShift)&fm]&b == b {
			pass = append(pass, int32(k))
		}
	}
	// the first slot of every hash passed, read in a loop of its own so
	// that the reads overlap (the table is far larger than the cache)
	var first uint64
	for _, k := range pass {
		first += m.table[hs[k]&m.mask].key
	}
	*sink += int32(first)
	for _, k := range pass {
		h := hs[k]
		for i := h & m.mask; ; i = (i + 1) & m.mask {
			e := &m.table[i]
			if e.key == h {
				dst := &acc[tok[k]]
				for t := 0; t < nTags; t++ {
					dst[t] += int32(e.w[t])
				}
				break
			}
			if e.key == 0 {
				break
			}
		}
	}
	return pass
}

func addRow(dst, r *[nTags]int32) {
	for t := 0; t < nTags; t++ {
		dst[t] += r[t]
	}
}

// gazetteerFast is featurizer.gazetteer over precomputed word
// information: the types of the model's names go in the low four bits of
// b.gazB and b.gazI, those of the outside gazetteer's in the high four.
func (m *Model) gazetteerFast(b *fastBuf, n int) {
	ft := m.fastTabs()
	b.gazB = resetU8(b.gazB, n)
	b.gazI = resetU8(b.gazI, n)
	for i := 0; i < n; i++ {
		wi := b.info[i]
		b.gazB[i] |= wi.gaz1 | wi.cat1<<4
		if wi.firstNorm {
			gazRun(ft.lexRun, b, 0, i, n, wi.norm)
		}
		if wi.firstFree {
			gazRun(ft.lexRun, b, 0, i, n, wi.free)
		}
		if wi.catFirstNorm {
			gazRun(ft.extRun, b, 4, i, n, wi.norm)
		}
		if wi.catFirstFree {
			gazRun(ft.extRun, b, 4, i, n, wi.free)
		}
	}
}

// gazRun marks in b.gazB and b.gazI, shifted left by shift bits, the
// types of the names of a lexicon (its runsOf) of up to maxGazWords words
// that start with first at token i and go on with the following tokens.
func gazRun(runs *runSet, b *fastBuf, shift uint, i, n int, first string) {
	if runs == nil {
		return
	}
	key := append(b.key[:0], first...)
	h := hashStr(fnvOffset, first)
	for k := 1; k < maxGazWords && i+k < n; k++ {
		next := b.info[i+k].norm
		key = append(key, ' ')
		key = append(key, next...)
		h = hashStr((h^' ')*fnvPrime, next)
		var r uint16
		if runs.mayHave(h) {
			r = runs.m[string(key)]
		}
		if g := uint8(r) << shift; g != 0 {
			b.gazB[i] |= g
			for j := i + 1; j <= i+k; j++ {
				b.gazI[j] |= g
			}
		}
		if r&runMore == 0 {
			break // no longer name starts so
		}
	}
	b.key = key
}

// foldSimple appends text.Normalize(w) to dst when w is made only of runes
// it can fold without the text package: printable ASCII other than capitals,
// the Arabic letters ء…ي (with آ أ إ → ا, ؤ → و, ئ ى → ي, ة → ه) and the
// harakat and tatweel, which it drops; ok is false otherwise (dst is then
// partial). changed reports whether the result differs from w.
// TestFoldSimpleAgreesWithNormalize checks it against text.Normalize.
func foldSimple(dst []byte, w string) (out []byte, ok, changed bool) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c < 0x80:
			if c <= ' ' || c == 0x7f || c >= 'A' && c <= 'Z' {
				return dst, false, changed
			}
			dst = append(dst, c)
		case c == 0xd8 && i+1 < len(w):
			// U+0600…U+063F: letters from U+0621 (ء) to U+063A (غ).
			d := w[i+1]
			i++
			switch {
			case d < 0xa1 || d > 0xba:
				return dst, false, changed
			case d == 0xa2 || d == 0xa3 || d == 0xa5: // آ أ إ → ا
				dst, changed = append(dst, 0xd8, 0xa7), true
			case d == 0xa4: // ؤ → و
				dst, changed = append(dst, 0xd9, 0x88), true
			case d == 0xa6: // ئ → ي
				dst, changed = append(dst, 0xd9, 0x8a), true
			case d == 0xa9: // ة → ه
				dst, changed = append(dst, 0xd9, 0x87), true
			default:
				dst = append(dst, c, d)
			}
		case c == 0xd9 && i+1 < len(w):
			// U+0640…U+067F: tatweel, letters to U+064A (ي), harakat.
			d := w[i+1]
			i++
			switch {
			case d == 0x80 || d >= 0x8b && d <= 0x9f: // tatweel, harakat: dropped
				changed = true
			case d > 0x8a:
				return dst, false, changed
			case d == 0x89: // ى → ي
				dst, changed = append(dst, 0xd9, 0x8a), true
			default:
				dst = append(dst, c, d)
			}
		default:
			return dst, false, changed
		}
	}
	return dst, true, changed
}
