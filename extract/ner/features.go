package ner

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newskg/kg/extract/text"
)

// Trigger classes, as bits.
const (
	trigTitle uint8 = 1 << iota
	trigLoc
	trigOrg
	trigSpeech
)

var trigClassNames = map[string]uint8{"title": trigTitle, "loc": trigLoc, "org": trigOrg, "speech": trigSpeech}

// parseTriggers reads the "word<TAB>class" trigger list; keys are
// normalised words and their article-less forms.
func parseTriggers(data []byte, name string) (map[string]uint8, error) {
	out := map[string]uint8{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2 {
			return nil, fmt.Errorf("%s:%d: want word<TAB>class, got %q", name, n, clip(line))
		}
		c, ok := trigClassNames[f[1]]
		if !ok {
			return nil, fmt.Errorf("%s:%d: unknown class %q (want title, loc, org or speech)", name, n, f[1])
		}
		out[text.Normalize(f[0])] |= c
	}
	return out, nil
}

// Feature templates: the first byte hashed with a feature's strings.
const (
	fBias byte = iota + 1
	fNorm
	fFree
	fPrep
	fBare
	fClitic
	fPre1
	fPre2
	fPre3
	fSuf1
	fSuf2
	fSuf3
	fNPre1
	fNPre2
	fWm1
	fWm2
	fWp1
	fWp2
	fBm1
	fBp1
	fBm2
	fBp2
	fBigL
	fBigR
	fBigLL
	fShape
	fLen
	fTrigM1
	fTrigM2
	fTrig0
	fTrigP1
	fGazB
	fGazI
	fGaz1
	fGazM1
	fGazP1
	fFirst
	fTitleWin
	fSufM1
	fShapeM1P1
	fPart
	fPartM1
	fPartP1
	fPre4
	fSuf4
	fChar2
	fFreq
	fFreqM1
	fFreqP1
	fFreqShape
	fFreqTrig
	fFreqWm1
	fFreqWp1
	fFreqClitic
	fRaw
	fCatB
	fCatI
	fCat1
	fCatM1
	fCatP1
	fBits
	fBitsM1
	fBitsP1
	fDocIn
	fDocInO
	fDocFirst
	fDocLast
	fDocM1
	fDocP1
	fClass
	fClassM1
	fClassP1
	fCliticM1
	fCliticP1
	fSufP1
	fPreM1
	fPreP1
	fChar3
	fGazPrep
	fCatPrep
	fDocCtx
	fDocNearM1
	fDocNearP1
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashStr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func h1(t byte, a string) uint64 {
	h := (fnvOffset ^ uint64(t)) * fnvPrime
	return hashStr(h, a)
}

func h2(t byte, a, b string) uint64 {
	h := (fnvOffset ^ uint64(t)) * fnvPrime
	h = hashStr(h, a)
	h ^= 0xff
	h *= fnvPrime
	return hashStr(h, b)
}

func hInt(t byte, v int) uint64 {
	h := (fnvOffset ^ uint64(t)) * fnvPrime
	h ^= uint64(v) + 0x100
	return h * fnvPrime
}

// featurizer turns a sentence into hashed features per token.
type featurizer struct {
	triggers map[string]uint8
	// classes are the distributional word classes (wordclass.go); nil
	// for none.
	classes *wordClasses
	// trigrams adds the character trigrams of a word's bare form.
	trigrams bool
	// prepGaz adds the gazetteer hits of a word read without a bare
	// ب ل ك proclitic.
	prepGaz bool
	// docCtx: the second pass reads the trigger classes around a word's
	// other occurrences in the document (context aggregation).
	docCtx bool
	// docNear: it also reads the commonest words around them.
	docNear bool
}

// sentFeats holds a sentence's features: token i's are f[off[i]:off[i+1]].
type sentFeats struct {
	f   []uint64
	off []int
	// nid[i]: the first nid[i] features of token i name the word itself.
	nid []int
	// scratch
	norms []string
	fs    []forms
	gazB  []uint8
	gazI  []uint8
	gaz1  []uint8
	catB  []uint8
	catI  []uint8
	cat1  []uint8
	bits  []uint8
	trig  []uint8
	part  []uint8
	freq  []uint8
	shape []string
	key   []byte
	// doc, when set by the caller, holds the document hits of the words
	// (see context.go); nil for none.
	doc []docHit
}

func (s *sentFeats) token(i int) []uint64 { return s.f[s.off[i]:s.off[i+1]] }

const boundary = "<s>"

func (z *featurizer) trig(f forms) uint8 {
	t := z.triggers[f.norm] | z.triggers[f.free]
	if f.bare != f.free {
		t |= z.triggers[f.bare]
	}
	return t
}

func shapeOf(w string) string {
	var d, l, a, p bool
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			d = true
		case r < 0x80 && unicode.IsLetter(r):
			l = true
		case unicode.IsLetter(r):
			a = true
		default:
			p = true
		}
	}
	var b [4]byte
	n := 0
	for i, on := range []bool{d, l, a, p} {
		if on {
			b[n] = "dlap"[i]
			n++
		}
	}
	return string(b[:n])
}

// featurize fills out with the features of words, looking names up in the
// training-data lexicon lex and the outside gazetteer ext (either may be
// nil).
func (z *featurizer) featurize(words []string, lex, ext *Lexicon, out *sentFeats) {
	n := len(words)
	out.f = out.f[:0]
	out.off = append(out.off[:0], 0)
	out.nid = out.nid[:0]
	out.norms = out.norms[:0]
	out.fs = out.fs[:0]
	for _, w := range words {
		nw := text.Normalize(w)
		if nw == "" {
			nw = w
		}
		out.norms = append(out.norms, nw)
		out.fs = append(out.fs, analyse(nw))
	}
	out.gazB, out.gazI, out.gaz1 = z.gazetteer(lex, out, out.gazB, out.gazI, out.gaz1)
	out.catB, out.catI, out.cat1 = z.gazetteer(ext, out, out.catB, out.catI, out.cat1)
	fs := out.fs
	out.trig = resetU8(out.trig, n)
	out.part = resetU8(out.part, n)
	out.freq = resetU8(out.freq, n)
	out.bits = resetU8(out.bits, n)
	for i := range fs {
		out.bits[i] = wordBits(lex, fs[i]) | wordBits(ext, fs[i])
	}
	if lex != nil {
		for i := range fs {
			out.freq[i] = lex.freq[fs[i].norm]
			out.part[i] = lex.parts[fs[i].norm]
			if out.part[i] == 0 && fs[i].free != fs[i].norm {
				out.part[i] = lex.parts[fs[i].free]
			}
		}
	}
	out.shape = out.shape[:0]
	for i := range fs {
		out.trig[i] = z.trig(fs[i])
		out.shape = append(out.shape, shapeOf(fs[i].norm))
	}
	word := func(i int) string {
		if i < 0 || i >= n {
			return boundary
		}
		return fs[i].norm
	}
	bare := func(i int) string {
		if i < 0 || i >= n {
			return boundary
		}
		return fs[i].bare
	}
	trigAt := func(i int) uint8 {
		if i < 0 || i >= n {
			return 0
		}
		return out.trig[i]
	}
	for i := 0; i < n; i++ {
		f := fs[i]
		o := out.f
		// The features that name the word itself come first (training
		// hides them now and then; see TrainOptions.WordDrop).
		if words[i] != f.norm {
			o = append(o, h1(fRaw, words[i]))
		}
		o = append(o, h1(fNorm, f.norm), h1(fFree, f.free), h1(fBare, f.bare))
		if f.prep != f.free {
			o = append(o, h1(fPrep, f.prep))
		}
		o = append(o, h2(fBigL, word(i-1), f.norm), h2(fBigR, f.norm, word(i+1)))
		out.nid = append(out.nid, len(o)-len(out.f))
		o = append(o, h1(fBias, ""), h1(fClitic, f.clitic))
		for k, t := range [3]byte{fPre1, fPre2, fPre3} {
			if p, ok := prefixRunes(f.bare, k+1); ok {
				o = append(o, h1(t, p))
			}
		}
		for k, t := range [3]byte{fSuf1, fSuf2, fSuf3} {
			if p, ok := suffixRunes(f.bare, k+1); ok {
				o = append(o, h1(t, p))
			}
		}
		if p, ok := prefixRunes(f.bare, 4); ok {
			o = append(o, h1(fPre4, p))
		}
		if p, ok := suffixRunes(f.bare, 4); ok {
			o = append(o, h1(fSuf4, p))
		}
		o = appendChar2(o, f.bare)
		if z.trigrams {
			o = appendChar3(o, f.bare)
		}
		if z.prepGaz {
			o = appendPrepGaz(o, lex, ext, f)
		}
		fq := int(out.freq[i])
		o = append(o, hInt(fFreq, fq), h2(fFreqShape, out.shape[i], string(rune('0'+fq))), hInt(fFreqTrig, fq<<4|int(trigAt(i-1))))
		fqs := string(rune('0' + fq))
		o = append(o, h2(fFreqWm1, bare(i-1), fqs), h2(fFreqWp1, bare(i+1), fqs), h2(fFreqClitic, f.clitic, fqs))
		if i > 0 {
			o = append(o, hInt(fFreqM1, int(out.freq[i-1])))
		}
		if i+1 < n {
			o = append(o, hInt(fFreqP1, int(out.freq[i+1])))
		}
		if p, ok := prefixRunes(f.norm, 1); ok {
			o = append(o, h1(fNPre1, p))
		}
		if p, ok := prefixRunes(f.norm, 2); ok {
			o = append(o, h1(fNPre2, p))
		}
		o = append(o,
			h1(fWm1, word(i-1)), h1(fWm2, word(i-2)), h1(fWp1, word(i+1)), h1(fWp2, word(i+2)),
			h1(fBm1, bare(i-1)), h1(fBp1, bare(i+1)), h1(fBm2, bare(i-2)), h1(fBp2, bare(i+2)),
			h2(fBigLL, word(i-2), word(i-1)),
		)
		o = append(o, h1(fShape, out.shape[i]), hInt(fLen, min(runeLen(f.bare), 10)))
		if i > 0 && i+1 < n {
			o = append(o, h2(fShapeM1P1, out.shape[i-1], out.shape[i+1]))
		}
		if i > 0 {
			if s, ok := suffixRunes(fs[i-1].bare, 2); ok {
				o = append(o, h1(fSufM1, s))
			}
		}
		if t := trigAt(i - 1); t != 0 {
			o = append(o, hInt(fTrigM1, int(t)))
		}
		if t := trigAt(i - 2); t != 0 {
			o = append(o, hInt(fTrigM2, int(t)))
		}
		if t := trigAt(i); t != 0 {
			o = append(o, hInt(fTrig0, int(t)))
		}
		if t := trigAt(i + 1); t != 0 {
			o = append(o, hInt(fTrigP1, int(t)))
		}
		if (trigAt(i-1)|trigAt(i-2)|trigAt(i-3))&trigTitle != 0 {
			o = append(o, h1(fTitleWin, ""))
		}
		o = gazetteerFeatures(o, out.gazB, out.gazI, out.gaz1, i, fGazB, fGazI, fGaz1, fGazM1, fGazP1)
		o = gazetteerFeatures(o, out.catB, out.catI, out.cat1, i, fCatB, fCatI, fCat1, fCatM1, fCatP1)
		for b := 0; b < 3; b++ {
			bit := uint8(1) << b
			if out.bits[i]&bit != 0 {
				o = append(o, hInt(fBits, b))
			}
			if i > 0 && out.bits[i-1]&bit != 0 {
				o = append(o, hInt(fBitsM1, b))
			}
			if i+1 < n && out.bits[i+1]&bit != 0 {
				o = append(o, hInt(fBitsP1, b))
			}
		}
		o = z.appendClasses(o, fClass, fs[i])
		if i > 0 {
			o = z.appendClasses(o, fClassM1, fs[i-1])
			o = appendAffixes(o, fCliticM1, 0, fPreM1, fs[i-1])
		}
		if i+1 < n {
			o = z.appendClasses(o, fClassP1, fs[i+1])
			o = appendAffixes(o, fCliticP1, fSufP1, fPreP1, fs[i+1])
		}
		if out.doc != nil {
			o = appendDoc(o, out.doc, i)
		}
		if i == 0 {
			o = append(o, h1(fFirst, ""))
		}
		for b := 0; b < 8; b++ {
			bit := uint8(1) << b
			if out.part[i]&bit != 0 {
				o = append(o, hInt(fPart, b))
			}
			if i > 0 && out.part[i-1]&bit != 0 {
				o = append(o, hInt(fPartM1, b))
			}
			if i+1 < n && out.part[i+1]&bit != 0 {
				o = append(o, hInt(fPartP1, b))
			}
		}
		out.f = o
		out.off = append(out.off, len(o))
	}
}

// gazetteer marks, per token, the types of the names of lex that start at
// it (gB), continue through it (gI) and that it alone is (g1), reusing the
// given slices.
func (z *featurizer) gazetteer(lex *Lexicon, out *sentFeats, gB, gI, g1 []uint8) ([]uint8, []uint8, []uint8) {
	n := len(out.norms)
	gB, gI, g1 = resetU8(gB, n), resetU8(gI, n), resetU8(g1, n)
	if lex == nil {
		return gB, gI, g1
	}
	for i := 0; i < n; i++ {
		f := out.fs[i]
		m1 := lex.m[f.norm]
		if f.free != f.norm {
			m1 |= lex.m[f.free]
		}
		g1[i] |= m1
		gB[i] |= m1
		for _, first := range [2]string{f.norm, f.free} {
			if !lex.first[first] {
				continue
			}
			key := append(out.key[:0], first...)
			for k := 1; k < maxGazWords && i+k < n; k++ {
				key = append(key, ' ')
				key = append(key, out.norms[i+k]...)
				if m := lex.m[string(key)]; m != 0 {
					gB[i] |= m
					for j := i + 1; j <= i+k; j++ {
						gI[j] |= m
					}
				}
				if !lex.more[string(key)] {
					break
				}
			}
			out.key = key
			if f.free == f.norm {
				break
			}
		}
	}
	return gB, gI, g1
}

// wordBits are the word classes lex gives a word, as written or without
// its proclitics.
func wordBits(lex *Lexicon, f forms) uint8 {
	if lex == nil || len(lex.bits) == 0 {
		return 0
	}
	b := lex.bits[f.norm]
	if f.free != f.norm {
		b |= lex.bits[f.free]
	}
	return b
}

func resetU8(b []uint8, n int) []uint8 {
	if cap(b) < n {
		return make([]uint8, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// appendChar2 adds the character bigrams of w, with word boundaries.
func appendChar2(o []uint64, w string) []uint64 {
	prev := "^"
	for i := 0; i < len(w); {
		_, sz := utf8.DecodeRuneInString(w[i:])
		cur := w[i : i+sz]
		o = append(o, h2(fChar2, prev, cur))
		prev = cur
		i += sz
	}
	return append(o, h2(fChar2, prev, "$"))
}

// appendChar3 adds the character trigrams of w, with word boundaries
// (^ and $).
func appendChar3(o []uint64, w string) []uint64 {
	r := []rune("^" + w + "$")
	for i := 0; i+3 <= len(r); i++ {
		o = append(o, h1(fChar3, string(r[i:i+3])))
	}
	return o
}

// appendPrepGaz adds the types under which the gazetteers know a word
// read without a bare ب ل ك proclitic (لبريطانيا → بريطانيا).
func appendPrepGaz(o []uint64, lex, ext *Lexicon, f forms) []uint64 {
	if f.prep == f.free {
		return o
	}
	for k, g := range [2]*Lexicon{lex, ext} {
		if g == nil {
			continue
		}
		m := g.m[f.prep]
		for t := 0; t < len(Types); t++ {
			if m&(1<<t) != 0 {
				o = append(o, hInt([2]byte{fGazPrep, fCatPrep}[k], t))
			}
		}
	}
	return o
}

// appendDoc adds the document-context features of token i.
func appendDoc(o []uint64, doc []docHit, i int) []uint64 {
	h := &doc[i]
	for t := 0; t < len(h.in); t++ {
		if c := int(h.in[t]); c > 0 {
			o = append(o, hInt(fDocIn, t<<2|c), hInt(fDocInO, t<<4|c<<2|int(h.o)))
		}
		if h.first&(1<<t) != 0 {
			o = append(o, hInt(fDocFirst, t))
		}
		if h.last&(1<<t) != 0 {
			o = append(o, hInt(fDocLast, t))
		}
		if i > 0 && doc[i-1].in[t] > 0 {
			o = append(o, hInt(fDocM1, t))
		}
		if i+1 < len(doc) && doc[i+1].in[t] > 0 {
			o = append(o, hInt(fDocP1, t))
		}
	}
	for bit := 0; bit < 8; bit++ {
		if h.ctx&(1<<bit) != 0 {
			o = append(o, hInt(fDocCtx, bit))
		}
	}
	for _, f := range h.nearby {
		if f != 0 {
			o = append(o, f)
		}
	}
	return o
}

// appendClasses adds the word-class features of template t (the token's
// own, or a neighbour's) for the word f, one per granularity.
func (z *featurizer) appendClasses(o []uint64, t byte, f forms) []uint64 {
	if z.classes == nil {
		return o
	}
	for lv, c := range z.classes.of(f) {
		if c != 0 {
			o = append(o, hInt(t, lv<<16|int(c)))
		}
	}
	return o
}

// appendAffixes adds the affix features of a neighbouring word f: its
// proclitics (template cl), last two letters (suf, unless 0) and first
// two letters (pre) of its bare form.
func appendAffixes(o []uint64, cl, suf, pre byte, f forms) []uint64 {
	o = append(o, h1(cl, f.clitic))
	if suf != 0 {
		if s, ok := suffixRunes(f.bare, 2); ok {
			o = append(o, h1(suf, s))
		}
	}
	if p, ok := prefixRunes(f.bare, 2); ok {
		o = append(o, h1(pre, p))
	}
	return o
}

// gazetteerFeatures appends token i's features from one gazetteer's hits
// by type: a name of the type begins there (B), goes on there (I), is that
// one word (one), or the word before or after is inside one (m1, p1).
func gazetteerFeatures(o []uint64, begin, inside, one []uint8, i int, fB, fI, f1, fM1, fP1 byte) []uint64 {
	for t := 0; t < len(Types); t++ {
		bit := uint8(1) << t
		if begin[i]&bit != 0 {
			o = append(o, hInt(fB, t))
		}
		if inside[i]&bit != 0 {
			o = append(o, hInt(fI, t))
		}
		if one[i]&bit != 0 {
			o = append(o, hInt(f1, t))
		}
		if i > 0 && (begin[i-1]|inside[i-1])&bit != 0 {
			o = append(o, hInt(fM1, t))
		}
		if i+1 < len(begin) && (begin[i+1]|inside[i+1])&bit != 0 {
			o = append(o, hInt(fP1, t))
		}
	}
	return o
}
