package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

const magic = "kg-ner-perceptron-v7\n"

// magicV6 is the header of models saved before word classes, which Load
// still reads (they have none).
const magicV6 = "kg-ner-perceptron-v6\n"

// quantize rounds weights to the 16-bit grid the model keeps and saves.
func quantize(w []float32) ([]int16, float32) {
	mx := 0.0
	for _, v := range w {
		mx = math.Max(mx, math.Abs(float64(v)))
	}
	step := 1.0
	if mx > 0 {
		step = mx / 32767
	}
	q := make([]int16, len(w))
	for i, v := range w {
		q[i] = int16(math.Round(float64(v) / step))
	}
	return q, float32(step)
}

// Save writes the model (weights, gazetteer, trigger words) gzip-compressed.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("ner: save: %w", err)
	}
	bw := bufio.NewWriter(zw)
	e := &enc{w: bw}
	e.bytes([]byte(magic))
	e.f64(m.temp)
	e.f32(m.oBias)
	// One word of flags: document context (1), character trigrams (2),
	// gazetteer hits without a ب ل ك proclitic (4), context aggregation
	// (8), with the words around (16), label
	// consistency after the second pass (32), word classes with a k-means
	// cluster (64); models saved before
	// trigrams wrote 0 or 1.
	flags := uint64(0)
	if m.doc {
		flags |= 1
	}
	if m.z.trigrams {
		flags |= 2
	}
	if m.z.prepGaz {
		flags |= 4
	}
	if m.z.docCtx {
		flags |= 8
	}
	if m.z.docNear {
		flags |= 16
	}
	if m.consist {
		flags |= 32
	}
	wide := m.z.classes != nil && m.z.classes.wide()
	if wide {
		flags |= 64
	}
	e.uvarint(flags)
	trig := make([]string, 0, len(m.z.triggers))
	for k := range m.z.triggers {
		trig = append(trig, k)
	}
	sort.Strings(trig)
	e.uvarint(uint64(len(trig)))
	for _, k := range trig {
		e.str(k)
		e.uvarint(uint64(m.z.triggers[k]))
	}
	e.classes(m.z.classes, wide)
	names := m.lex.names()
	e.uvarint(uint64(len(names)))
	prev := ""
	for _, k := range names {
		e.frontCoded(prev, k)
		e.uvarint(uint64(m.lex.m[k]))
		prev = k
	}
	parts := make([]string, 0, len(m.lex.parts))
	for k := range m.lex.parts {
		parts = append(parts, k)
	}
	sort.Strings(parts)
	e.uvarint(uint64(len(parts)))
	for _, k := range parts {
		e.str(k)
		e.uvarint(uint64(m.lex.parts[k]))
	}
	words := make([]string, 0, len(m.lex.freq))
	for k := range m.lex.freq {
		words = append(words, k)
	}
	sort.Strings(words)
	e.uvarint(uint64(len(words)))
	prev = ""
	for _, k := range words {
		e.frontCoded(prev, k)
		e.uvarint(uint64(m.lex.freq[k]))
		prev = k
	}
	for p := range m.trans {
		for t := range m.trans[p] {
			e.f32(m.trans[p][t])
		}
	}
	e.f32(m.step)
	e.uvarint(uint64(len(m.hs)))
	var last uint64
	for _, h := range m.hs {
		e.uvarint(h - last)
		last = h
	}
	for _, v := range m.q {
		e.varint(int64(v))
	}
	if e.err == nil {
		e.err = bw.Flush()
	}
	if e.err == nil {
		e.err = zw.Close()
	}
	if e.err != nil {
		return fmt.Errorf("ner: save: %w", e.err)
	}
	return nil
}

// Load reads a model written by Save. It has no outside gazetteer (see
// WithNames; Default adds the catalogue's).
func Load(r io.Reader) (*Model, error) {
	m, err := load(r)
	if err != nil {
		return nil, err
	}
	m.fastTabs() // precompute the word rows now rather than on the first sentence
	return m, nil
}

// load is Load without precomputing the word rows.
func load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: load: %w", err)
	}
	d := &dec{r: bufio.NewReaderSize(zr, 1<<16)}
	got := string(d.bytes(len(magic)))
	if d.err == nil && got != magic && got != magicV6 {
		return nil, fmt.Errorf("ner: load: not a kg NER model (bad header)")
	}
	m := &Model{}
	m.temp = d.f64()
	m.oBias = d.f32()
	flags := d.uvarint()
	m.doc = flags&1 != 0
	m.z.trigrams = flags&2 != 0
	m.z.prepGaz = flags&4 != 0
	m.z.docCtx = flags&8 != 0
	m.z.docNear = flags&16 != 0
	m.consist = flags&32 != 0
	nt := d.count()
	m.z.triggers = make(map[string]uint8, nt)
	for i := 0; i < nt && d.err == nil; i++ {
		k := d.str()
		m.z.triggers[k] = uint8(d.uvarint())
	}
	if got == magic {
		m.z.classes = d.classes(flags&64 != 0)
	}
	nn := d.count()
	m.lex = NewLexicon()
	prev := ""
	for i := 0; i < nn && d.err == nil; i++ {
		k, ok := d.frontCoded(prev, "bad name prefix")
		if !ok {
			break
		}
		mask := uint8(d.uvarint())
		for t := range Types {
			if mask&(1<<t) != 0 {
				m.lex.Add(k, Types[t])
			}
		}
		prev = k
	}
	np := d.count()
	for i := 0; i < np && d.err == nil; i++ {
		k := d.str()
		m.lex.parts[k] = uint8(d.uvarint())
	}
	nw := d.count()
	prev = ""
	for i := 0; i < nw && d.err == nil; i++ {
		k, ok := d.frontCoded(prev, "bad word prefix")
		if !ok {
			break
		}
		m.lex.freq[k] = uint8(d.uvarint())
		prev = k
	}
	for p := range m.trans {
		for t := range m.trans[p] {
			m.trans[p][t] = d.f32()
		}
	}
	step := d.f32()
	nf := d.count()
	hs := make([]uint64, 0, nf)
	var last uint64
	for i := 0; i < nf && d.err == nil; i++ {
		last += d.uvarint()
		hs = append(hs, last)
	}
	q := make([]int16, 0, nf*nTags)
	for i := 0; i < nf*nTags && d.err == nil; i++ {
		v := d.varint()
		if v < math.MinInt16 || v > math.MaxInt16 {
			d.fail(fmt.Errorf("weight %d out of range", v))
		}
		q = append(q, int16(v))
	}
	if d.err != nil {
		return nil, fmt.Errorf("ner: load: %w", d.err)
	}
	m.build(hs, q, step)
	return m, nil
}

type enc struct {
	w   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

func (e *enc) bytes(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}
func (e *enc) uvarint(v uint64) { e.bytes(e.buf[:binary.PutUvarint(e.buf[:], v)]) }
func (e *enc) varint(v int64)   { e.bytes(e.buf[:binary.PutVarint(e.buf[:], v)]) }
func (e *enc) str(s string)     { e.uvarint(uint64(len(s))); e.bytes([]byte(s)) }
func (e *enc) f64(v float64)    { e.uvarint(math.Float64bits(v)) }
func (e *enc) f32(v float32)    { e.uvarint(uint64(math.Float32bits(v))) }

// frontCoded writes k, the next of a sorted list, as the length it shares
// with prev followed by the rest.
func (e *enc) frontCoded(prev, k string) {
	p := 0
	for p < len(k) && p < len(prev) && k[p] == prev[p] {
		p++
	}
	e.uvarint(uint64(p))
	e.str(k[p:])
}

// frontCoded reads what enc.frontCoded wrote after prev; a shared length
// longer than prev fails the decoder with the message bad.
func (d *dec) frontCoded(prev, bad string) (string, bool) {
	p := int(d.uvarint())
	if p > len(prev) {
		d.fail(errors.New(bad))
		return "", false
	}
	return prev[:p] + d.str(), true
}

type dec struct {
	r   *bufio.Reader
	err error
}

func (d *dec) fail(err error) {
	if d.err == nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		d.err = err
	}
}
func (d *dec) bytes(n int) []byte {
	if d.err != nil {
		return nil
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.fail(err)
	}
	return b
}
func (d *dec) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.fail(err)
	}
	return v
}
func (d *dec) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadVarint(d.r)
	if err != nil {
		d.fail(err)
	}
	return v
}
func (d *dec) count() int {
	v := d.uvarint()
	if v > 1<<26 {
		d.fail(fmt.Errorf("implausible count %d", v))
		return 0
	}
	return int(v)
}
func (d *dec) str() string {
	n := d.count()
	if n > 1<<16 {
		d.fail(fmt.Errorf("implausible string length %d", n))
		return ""
	}
	return string(d.bytes(n))
}
func (d *dec) f64() float64 { return math.Float64frombits(d.uvarint()) }
func (d *dec) f32() float32 { return float32frombits(d.uvarint()) }

func float32frombits(v uint64) float32 { return math.Float32frombits(uint32(v)) }

// classes writes word classes: their number (0 for none), then each word,
// front-coded in sorted order, with its class at every granularity of the
// exchange algorithm and, when wide, its k-means cluster.
func (e *enc) classes(c *wordClasses, wide bool) {
	if c == nil {
		e.uvarint(0)
		return
	}
	words := make([]string, 0, len(c.m))
	for k := range c.m {
		words = append(words, k)
	}
	sort.Strings(words)
	e.uvarint(uint64(len(words)))
	prev := ""
	for _, k := range words {
		e.frontCoded(prev, k)
		v := c.m[k]
		n := len(classSizes)
		if wide {
			n = classLevels
		}
		for _, x := range v[:n] {
			e.uvarint(uint64(x))
		}
		prev = k
	}
}

// classes reads what enc.classes wrote (nil for none).
func (d *dec) classes(wide bool) *wordClasses {
	n := d.count()
	if n == 0 || d.err != nil {
		return nil
	}
	c := &wordClasses{m: make(map[string][classLevels]uint16, n)}
	prev := ""
	for i := 0; i < n && d.err == nil; i++ {
		k, ok := d.frontCoded(prev, "bad word-class prefix")
		if !ok {
			break
		}
		var v [classLevels]uint16
		n := len(classSizes)
		if wide {
			n = classLevels
		}
		for lv := range v[:n] {
			x := d.uvarint()
			if x > math.MaxUint16 {
				d.fail(fmt.Errorf("word class %d out of range", x))
			}
			v[lv] = uint16(x)
		}
		c.m[k] = v
		prev = k
	}
	return c
}
