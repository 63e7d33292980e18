package ner

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/newskg/kg/extract/text"
)

// The reference path: every feature of every token hashed by featurize and
// looked up one by one. The fast path (fast.go) must give the same scores.

// emissionsRef returns the per-token tag scores of a featurised sentence.
func (m *Model) emissionsRef(sf *sentFeats, n int, em [][nTags]float32) {
	for i := 0; i < n; i++ {
		var s [nTags]int32
		for _, h := range sf.token(i) {
			r := m.row(h)
			if r == nil {
				continue
			}
			for t := 0; t < nTags; t++ {
				s[t] += int32(r[t])
			}
		}
		for t := 0; t < nTags; t++ {
			em[i][t] = float32(s[t]) * m.step
		}
		em[i][0] -= m.oBias
	}
}

func (m *Model) tagIdxRef(words []string) ([]int, [][nTags]float32) {
	return m.tagIdxRefDoc(words, nil)
}

// tagDocRef is tagDoc through the reference path.
func (m *Model) tagDocRef(sents [][]string, w int) ([][]int, [][][nTags]float32) {
	idx := make([][]int, len(sents))
	em := make([][][nTags]float32, len(sents))
	for i, s := range sents {
		idx[i], em[i] = m.tagIdxRef(s)
	}
	if !m.doc {
		return idx, em
	}
	hits := m.windowHits(sents, idx, w)
	for i, s := range sents {
		idx[i], em[i] = m.tagIdxRefDoc(s, hits[i])
	}
	if m.consist {
		consistent(sents, idx, w, consistRetype|consistAdd)
	}
	return idx, em
}

func (m *Model) tagIdxRefDoc(words []string, doc []docHit) ([]int, [][nTags]float32) {
	var sf sentFeats
	sf.doc = doc
	m.z.featurize(words, m.lex, m.ext, &sf)
	em := make([][nTags]float32, len(words))
	m.emissionsRef(&sf, len(words), em)
	out := make([]int, len(words))
	viterbiRef(em, &m.trans, out)
	return out, em
}

func (m *Model) spansRef(words []string) []Span {
	idx, em := m.tagIdxRef(words)
	sp := spansOfTags(idx)
	if len(sp) > 0 {
		scoreAtRef(em, sp, m.potentials(), m.temperature())
	}
	return sp
}

// viterbiRef is viterbi as it was before the fast path (model.go at
// commit 455298a), kept as the reference.
func viterbiRef(em [][nTags]float32, trans *[nTags + 1][nTags]float32, out []int) {
	n := len(em)
	if n == 0 {
		return
	}
	neg := float32(math.Inf(-1))
	back := make([][nTags]int8, n)
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
		for t := 0; t < nTags; t++ {
			best, arg := neg, 0
			for p := 0; p < nTags; p++ {
				if prev[p] == neg || !allowed(p, t) {
					continue
				}
				if s := prev[p] + trans[p][t]; s > best {
					best, arg = s, p
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

// scoreAtRef is scoreAt as it was before the fast path, kept as the
// reference.
func scoreAtRef(em [][nTags]float32, sp []Span, A *[nTags + 1][nTags]float64, T float64) {
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
	for i := 0; i < n; i++ {
		e := em[i]
		top := e[0]
		for _, v := range e[1:] {
			top = max(top, v)
		}
		for t := 0; t < nTags; t++ {
			psi[i][t] = math.Exp(float64(e[t]-top) / T)
		}
	}
	for i := 0; i < n; i++ {
		sum := 0.0
		for t := 0; t < nTags; t++ {
			v := 0.0
			if i == 0 {
				v = A[nTags][t]
			} else {
				for p := 0; p < nTags; p++ {
					v += alpha[i-1][p] * A[p][t]
				}
			}
			v *= psi[i][t]
			alpha[i][t] = v
			sum += v
		}
		if sum == 0 {
			sum = math.SmallestNonzeroFloat64
		}
		c[i] = sum
		for t := 0; t < nTags; t++ {
			alpha[i][t] /= sum
		}
	}
	for t := 0; t < nTags; t++ {
		beta[n-1][t] = 1
	}
	for i := n - 2; i >= 0; i-- {
		for t := 0; t < nTags; t++ {
			v := 0.0
			for u := 0; u < nTags; u++ {
				v += A[t][u] * psi[i+1][u] * beta[i+1][u]
			}
			beta[i][t] = v / c[i+1]
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

// checkSame fails when the fast path's emissions, tags or spans (with
// scores) differ from the reference's for any of sents.
func checkSame(t *testing.T, m *Model, name string, sents [][]string) {
	t.Helper()
	bad := 0
	for k, words := range sents {
		wantIdx, wantEm := m.tagIdxRef(words)
		gotIdx, gotEm := m.tagIdx(words)
		want, got := m.spansRef(words), m.Spans(words)
		if !sameSlice(gotEm, wantEm) || !sameSlice(gotIdx, wantIdx) || !sameSlice(got, want) {
			bad++
			if bad <= 3 {
				t.Errorf("%s sentence %d (%s):\n fast spans %v\n ref  spans %v\n fast em %v\n ref  em %v",
					name, k+1, strings.Join(words, " "), got, want, gotEm, wantEm)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%s: %d of %d sentences differ", name, bad, len(sents))
	}
}

// sameSlice is reflect.DeepEqual, except that nil equals empty.
func sameSlice[T any](a, b []T) bool {
	return len(a) == len(b) && (len(a) == 0 || reflect.DeepEqual(a, b))
}

func sentencesOf(s string) [][]string {
	var out [][]string
	for _, st := range text.Sentences(s) {
		var words []string
		for _, tk := range st.Tokens {
			words = append(words, tk.Text)
		}
		out = append(out, words)
	}
	return out
}

func TestFastMatchesReference(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// Hand-written sentences with words outside the model's vocabulary,
	// clitics, Latin letters, digits, diacritics, boundaries and names.
	own := sentencesOf(`قال الرئيس الفرنسي جاك شيراك إن وفد الأمم المتحدة سيزور القاهرة وبيروت غداً.
		وأعلنت شركة النور للصناعات الكيماوية عن أرباحٍ بلغت 120 مليون دولار في عام 2015 .
		اجتمع الشيخ حمدان بن زايد آل نهيان مع وزير الخارجية السيد زبرجد قنطرجي في أبوظبي
		وبالقاهرة ولروسيا وللأمم والسعودية وطهران ، GitHub و Apple ؛ ڤلاديمير بوتين .
		زوزوكيا فلنتراستان`)
	own = append(own, []string{}, []string{""}, []string{"", "ـ", "\u064e"}, []string{"."},
		[]string{"الرئيس"}, []string{"سمير", "حداد"})
	checkSame(t, m, "hand-written", own)

	if b, err := os.ReadFile(seedArticle); err == nil {
		checkSame(t, m, "seed article", sentencesOf(string(b)))
	} else {
		t.Logf("seed article not checked: %v", err)
	}
	if f, err := os.Open(anercorp); err == nil {
		defer f.Close()
		s, err := ReadTokens(f, anercorp)
		if err != nil {
			t.Fatal(err)
		}
		n := 2000
		if testing.Short() {
			n = 300
		}
		checkSame(t, m, "ANERcorp", s[:min(n, len(s))])
	} else {
		t.Logf("ANERcorp not checked: %v", err)
	}

	// A freshly trained model (other weights, vocabulary and gazetteer),
	// with word classes and character trigrams.
	tiny, err := Train(readTiny(t), TrainOptions{Epochs: 5, WordClasses: true, Trigrams: true, PrepGazetteer: true})
	if err != nil {
		t.Fatal(err)
	}
	var tinyWords [][]string
	for _, s := range readTiny(t) {
		tinyWords = append(tinyWords, s.Words)
	}
	if tiny.z.classes == nil || len(tiny.z.classes.m) == 0 {
		t.Error("tiny model learned no word classes")
	}
	// Names of the tiny corpus behind a ب or ل proclitic.
	tinyWords = append(tinyWords, []string{"سافر", "لطرابلس", "وبزحلة"})
	checkSame(t, tiny, "tiny model", append(tinyWords, own...))
}

// seedArticle is the project's seed article, when present beside the
// repository.
const seedArticle = "../../../shared/examples/putin-khamenei-2015-11-23.ar.txt"

func TestFastConcurrentMatchesReference(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sents := sentencesOf(`قال الرئيس الفرنسي جاك شيراك إن وفد الأمم المتحدة سيزور القاهرة وبيروت غداً.
		اجتمع الشيخ حمدان بن زايد آل نهيان مع وزير الخارجية السيد زبرجد قنطرجي في أبوظبي .
		كلمة`)
	want := make([][]Span, len(sents))
	for i, s := range sents {
		want[i] = m.spansRef(s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for r := 0; r < 30; r++ {
				i := (g + r) % len(sents)
				if got := m.Spans(sents[i]); !reflect.DeepEqual(got, want[i]) {
					errs <- strings.Join(sents[i], " ")
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for s := range errs {
		t.Errorf("concurrent Spans differ from the reference on %s", s)
	}
}

func TestFoldSimpleAgreesWithNormalize(t *testing.T) {
	check := func(w string) bool {
		out, ok, changed := foldSimple(nil, w)
		if !ok {
			return false
		}
		if want := text.Normalize(w); string(out) != want {
			t.Errorf("foldSimple(%q) = %q, Normalize gives %q", w, out, want)
		}
		if changed != (string(out) != w) {
			t.Errorf("foldSimple(%q) = %q with changed %v", w, out, changed)
		}
		return true
	}
	handled := 0
	for r := rune(0); r < 0x800; r++ {
		if check(string(r)) {
			handled++
		}
	}
	// Printable ASCII without capitals (68), ء…غ (26), tatweel, ف…ي (10),
	// harakat U+064B…U+065F (21).
	if handled != 68+26+1+10+21 {
		t.Errorf("foldSimple handles %d single runes, want 126", handled)
	}
	// Words mixing runes it handles, folds and drops with ones it leaves to
	// Normalize.
	alphabet := []rune("abz09-.ءابتةأإآؤئىيهوـَُِّْٰ٣Aé ۀ‌")
	rng := rand.New(rand.NewSource(1))
	handled = 0
	for k := 0; k < 20000; k++ {
		r := make([]rune, 1+rng.Intn(8))
		for i := range r {
			r[i] = alphabet[rng.Intn(len(alphabet))]
		}
		if check(string(r)) {
			handled++
		}
	}
	if handled < 1000 {
		t.Errorf("only %d of 20000 random words handled", handled)
	}
	for _, tc := range []struct {
		w           string
		ok, changed bool
	}{
		{"", true, false}, {"القاهره", true, false}, {"القاهرة", true, true}, {"أحمد", true, true},
		{"ABC", false, false}, {"a b", false, false}, {"\xd8", false, false}, {"١٢", false, false},
	} {
		if _, ok, changed := foldSimple(nil, tc.w); ok != tc.ok || changed != tc.changed {
			t.Errorf("foldSimple(%q): ok %v changed %v, want %v %v", tc.w, ok, changed, tc.ok, tc.changed)
		}
	}
}

// BenchmarkSpansSeed is Spans over the seed article, unseen text in which
// about one word in nine is outside the model's vocabulary.
func BenchmarkSpansSeed(b *testing.B) {
	m := mustDefault(b)
	raw, err := os.ReadFile(seedArticle)
	if err != nil {
		b.Skipf("seed article: %v", err)
	}
	sents := sentencesOf(string(raw))
	m.Spans(sents[0]) // build the word tables before timing
	benchTagging(b, sents, func(s []string) { m.Spans(s) })
}

// TestRunSetFilter checks that the Bloom filter of a runSet passes every
// key of its map when hashed word by word, as gazRun hashes the phrases it
// builds, and that it rules out most phrases that are no key.
func TestRunSetFilter(t *testing.T) {
	m := map[string]uint16{}
	var phrases [][]string
	for i := 0; i < 500; i++ {
		p := []string{fmt.Sprintf("كلمة%d", i), fmt.Sprintf("تالية%d", i%37), "اخرى"}
		phrases = append(phrases, p)
		m[strings.Join(p[:2], " ")] |= runMore
		m[strings.Join(p, " ")] |= 1
	}
	rs := newRunSet(m)
	stepped := func(words []string) uint64 {
		h := hashStr(fnvOffset, words[0])
		for _, w := range words[1:] {
			h = hashStr((h^' ')*fnvPrime, w)
		}
		return h
	}
	for _, p := range phrases {
		for k := 2; k <= len(p); k++ {
			if !rs.mayHave(stepped(p[:k])) {
				t.Fatalf("%q: a key the filter rules out", strings.Join(p[:k], " "))
			}
		}
	}
	passed := 0
	for i := 0; i < 1000; i++ {
		if rs.mayHave(stepped([]string{fmt.Sprintf("غريبة%d", i), "اخرى"})) {
			passed++
		}
	}
	if passed > 100 {
		t.Errorf("%d of 1000 phrases that are no key passed the filter", passed)
	}
	if newRunSet(nil) != nil {
		t.Error("newRunSet(nil) is not nil")
	}
}
