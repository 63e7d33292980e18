package ner

import (
	"sync"

	"github.com/newskg/kg/extract/text"
)

// The second pass pools the first pass's readings of every word of a
// document under the word's key. Keys are interned once per document into
// small integer ids, and the tallies are kept in slices indexed by id,
// reused from document to document (docPool).

// docIDs are the keys of a document's words as ids: ids[s][i] is the id of
// word i of sentence s, −1 for the key "".
type docIDs struct {
	ids   [][]int32
	n     int // distinct keys
	index map[string]int32
	flat  []int32
}

// intern gives the keys of keys ids, reusing d's storage.
func (d *docIDs) intern(keys [][]string) {
	if d.index == nil {
		d.index = map[string]int32{}
	}
	clear(d.index)
	total := 0
	for _, ks := range keys {
		total += len(ks)
	}
	d.flat = grow(d.flat, total)
	d.ids = grow(d.ids, len(keys))
	off := 0
	for s, ks := range keys {
		ids := d.flat[off : off+len(ks) : off+len(ks)]
		off += len(ks)
		for i, k := range ks {
			if k == "" {
				ids[i] = -1
				continue
			}
			id, ok := d.index[k]
			if !ok {
				id = int32(len(d.index))
				d.index[k] = id
			}
			ids[i] = id
		}
		d.ids[s] = ids
	}
	d.n = len(d.index)
}

// docScratch is the storage the second pass reuses from one document to
// the next.
type docScratch struct {
	ids      docIDs
	counts   []docCount
	trig     [][8]int32
	keys     [][]string
	bare     [][]string
	trigs    [][]uint8 // nil or trigsBuf
	off      []int     // per sentence: the index of its first word
	trigsBuf [][]uint8
	strs     []string
	bytes    []uint8
	// hits and hitFlat hold windowHits' result.
	hits    [][]docHit
	hitFlat []docHit
}

var docPool = sync.Pool{New: func() any { return new(docScratch) }}

// getDocScratch takes a docScratch from the pool.
func getDocScratch() *docScratch { return docPool.Get().(*docScratch) }

// put returns sc to the pool, dropping its references to the document's
// words.
func (sc *docScratch) put() {
	clear(sc.keys[:cap(sc.keys)])
	clear(sc.bare[:cap(sc.bare)])
	clear(sc.strs[:cap(sc.strs)])
	clear(sc.ids.index)
	docPool.Put(sc)
}

// docWords computes, with one clitic analysis per word, each word's bare
// form (sc.bare: the key of label consistency and of docNear), its docKey
// (sc.keys) and, when trig is set, the trigger classes of its neighbours
// as docTrigs gives them (sc.trigs).
func (z *featurizer) docWords(sc *docScratch, sents [][]string, trig bool) {
	sc.prepare(sents, trig)
	for s, words := range sents {
		for i, w := range words {
			nw := text.Normalize(w)
			if nw == "" {
				nw = w
			}
			f := analyse(nw)
			sc.setWord(s, i, f.bare, z.trig(f))
		}
		sc.endSentence(s)
	}
}

// prepare sizes sc's per-word storage for sents (setWord fills it).
func (sc *docScratch) prepare(sents [][]string, trig bool) {
	total := 0
	for _, s := range sents {
		total += len(s)
	}
	sc.strs = grow(sc.strs, 2*total)
	sc.bare = grow(sc.bare, len(sents))
	sc.keys = grow(sc.keys, len(sents))
	sc.trigs = nil
	if trig {
		sc.bytes = grow(sc.bytes, 2*total)
		sc.trigs = grow(sc.trigsBuf, len(sents))
		sc.trigsBuf = sc.trigs
	}
	off := 0
	for s, words := range sents {
		n := len(words)
		sc.bare[s] = sc.strs[2*off : 2*off+n : 2*off+n]
		sc.keys[s] = sc.strs[2*off+n : 2*off+2*n : 2*off+2*n]
		if trig {
			sc.trigs[s] = sc.bytes[2*off+n : 2*off+2*n : 2*off+2*n]
		}
		off += n
	}
	sc.off = sc.off[:0]
	off = 0
	for _, words := range sents {
		sc.off = append(sc.off, off)
		off += len(words)
	}
}

// setWord records word i of sentence s: its bare form and trigger classes
// (those of analyse of its normal form).
func (sc *docScratch) setWord(s, i int, bare string, trig uint8) {
	sc.bare[s][i] = bare
	sc.keys[s][i] = ""
	if runeLen(bare) >= 3 {
		sc.keys[s][i] = bare
	}
	if sc.trigs != nil {
		sc.bytes[2*sc.off[s]+i] = trig
	}
}

// endSentence turns the trigger classes of sentence s's words into those
// of their neighbours.
func (sc *docScratch) endSentence(s int) {
	if sc.trigs == nil {
		return
	}
	n := len(sc.bare[s])
	o := 2 * sc.off[s]
	trigNeighbours(sc.bytes[o:o+n], sc.trigs[s])
}

// trigNeighbours sets out[i] to the trigger classes tr of the word before
// word i (low four bits) and after it (high four).
func trigNeighbours(tr, out []uint8) {
	for i := range tr {
		out[i] = 0
		if i > 0 {
			out[i] |= tr[i-1] & 0xf
		}
		if i+1 < len(tr) {
			out[i] |= (tr[i+1] & 0xf) << 4
		}
	}
}

// nearOf gives each word the bare forms bare of the words before and after
// it ("" at the edges), as docNear does.
func nearOf(bare []string) [][2]string {
	out := make([][2]string, len(bare))
	for i := range bare {
		if i > 0 {
			out[i][0] = bare[i-1]
		}
		if i+1 < len(bare) {
			out[i][1] = bare[i+1]
		}
	}
	return out
}
