package ner

import (
	"strings"
	"testing"

	"github.com/newskg/kg/extract/text"
)

func TestConsistent(t *testing.T) {
	// One document of made-up names: «القاهرة» is a place twice and left
	// untagged once; «مرجان» a person twice and a place once; «سلام» a
	// person once and untagged twice (a word, most likely).
	sents := [][]string{
		strings.Fields("زار مرجان القاهرة أمس"),
		strings.Fields("ووصل الوفد إلى القاهرة"),
		strings.Fields("وفي القاهرة قال مرجان"),
		strings.Fields("دعا سلام إلى سلام دائم وسلام"),
		strings.Fields("ورحب مرجان بالوفد"),
	}
	first := []string{
		"O B-PERS B-LOC O",
		"O O O O",
		"O B-LOC O B-PERS",
		"O B-PERS O O O O",
		"O B-LOC O",
	}
	for _, tc := range []struct {
		name string
		mode int
		want []string
	}{
		{"add", consistAdd, []string{
			"O B-PERS B-LOC O",
			"O O O B-LOC",
			"O B-LOC O B-PERS",
			"O B-PERS O O O O",
			"O B-LOC O",
		}},
		{"retype", consistRetype, []string{
			"O B-PERS B-LOC O",
			"O O O O",
			"O B-LOC O B-PERS",
			"O B-PERS O O O O",
			"O B-PERS O",
		}},
	} {
		tags := make([][]int, len(first))
		for i, s := range first {
			tags[i] = tagsOf(s)
		}
		consistent(sents, tags, -1, tc.mode)
		for i := range sents {
			if got := strings.Join(tagNames(tags[i]), " "); got != tc.want[i] {
				t.Errorf("%s: sentence %d: %s, want %s", tc.name, i+1, got, tc.want[i])
			}
		}
	}
	// A window of one sentence: «القاهرة» of sentence 2 sees sentence 1
	// and 3, each tagging it; of sentence 5, «مرجان» sees no other.
	tags := make([][]int, len(first))
	for i, s := range first {
		tags[i] = tagsOf(s)
	}
	consistent(sents, tags, 0, consistAdd|consistRetype)
	if got := strings.Join(tagNames(tags[4]), " "); got != first[4] {
		t.Errorf("window 0: sentence 5: %s, want it unchanged", got)
	}
}

func TestAddDocContext(t *testing.T) {
	z := featurizer{}
	var err error
	if z.triggers, err = parseTriggers(triggersTSV, "triggers"); err != nil {
		t.Fatal(err)
	}
	sents := [][]string{
		strings.Fields("استقبل الرئيس زبرجد الوفد"),
		strings.Fields("وقال زبرجد إن"),
		strings.Fields("ثم غادر زبرجد"),
	}
	keys := make([][]string, len(sents))
	trigs := make([][]uint8, len(sents))
	hits := make([][]docHit, len(sents))
	for i, s := range sents {
		keys[i] = docKeys(s)
		trigs[i] = z.docTrigs(s)
		hits[i] = make([]docHit, len(s))
	}
	// w: the whole document (−1, or a window that covers it), the
	// sentence alone (0: no other occurrence), the sentence and its
	// neighbours (the first and last sentences do not see each other).
	for _, tc := range []struct {
		w, s, i int
		want    uint8
	}{
		// The others: after «قال» (speech).
		{-1, 0, 2, trigSpeech}, {1, 0, 2, trigSpeech}, {0, 0, 2, 0},
		// The others: after «الرئيس» (title).
		{-1, 1, 1, trigTitle}, {5, 1, 1, trigTitle}, {0, 1, 1, 0},
		// The others: after a title and after a speech verb.
		{-1, 2, 2, trigTitle | trigSpeech}, {1, 2, 2, trigTitle | trigSpeech},
		// «الوفد» occurs once.
		{-1, 0, 3, 0},
	} {
		for i, s := range sents {
			hits[i] = make([]docHit, len(s))
		}
		addDocContext(keys, trigs, nil, hits, tc.w)
		if got := hits[tc.s][tc.i].ctx; got != tc.want {
			t.Errorf("window %d, sentence %d word %d (%s): ctx %08b, want %08b", tc.w, tc.s+1, tc.i+1, sents[tc.s][tc.i], got, tc.want)
		}
	}
	// a fourth sentence with «زبرجد» after a title: the first sentence's
	// window of one sentence either side does not reach it
	four := append(sents, strings.Fields("وعاد الرئيس زبرجد"))
	keys4 := append(keys, docKeys(four[3]))
	trigs4 := append(trigs, z.docTrigs(four[3]))
	hits4 := make([][]docHit, len(four))
	for i, s := range four {
		hits4[i] = make([]docHit, len(s))
	}
	for w, want := range map[int]uint8{1: trigSpeech, -1: trigSpeech | trigTitle} {
		for i, s := range four {
			hits4[i] = make([]docHit, len(s))
		}
		addDocContext(keys4, trigs4, nil, hits4, w)
		if got := hits4[0][2].ctx; got != want {
			t.Errorf("window %d of four sentences: ctx %08b, want %08b", w, got, want)
		}
	}

	// With the words around: those of the other occurrences of «زبرجد»
	// (the article removed), most frequent first, ties in string order.
	near := make([][][2]string, len(sents))
	for i, s := range sents {
		near[i] = docNear(s)
		hits[i] = make([]docHit, len(s))
	}
	addDocContext(keys, trigs, near, hits, -1)
	// (normalised: ئ is written ي).
	want := [4]uint64{h1(fDocNearM1, text.Normalize("رئيس")), h1(fDocNearM1, "غادر"), h1(fDocNearP1, "وفد"), 0}
	if got := hits[1][1].nearby; got != want {
		t.Errorf("nearby of «زبرجد» in sentence 2: %x, want %x", got, want)
	}
}

// tagNames turns tag indices into tags.
func tagNames(idx []int) []string {
	out := make([]string, len(idx))
	for i, k := range idx {
		out[i] = Tags[k]
	}
	return out
}

// TestConsistentMatchesReference checks label consistency against the
// straightforward reading (consistentRef: every n-gram of untagged words
// keyed, the window's names counted again for every sentence) on
// ANERcorp's first-pass tags and hand-written sentences, over the whole
// document and a window.
func TestConsistentMatchesReference(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	docs := [][][]string{sentencesOf(`قال الكاتب زبرجد قنطرجي إن روايته الجديدة ستصدر في القاهرة .
		وأضاف زبرجد قنطرجي أن الرواية تدور في الإسكندرية .
		وكان زبرجد قنطرجي قد زار بيروت والإسكندرية .`)}
	if s := anercorpSentences(t, 200); s != nil {
		docs = append(docs, s)
	}
	for n, sents := range docs {
		first := make([][]int, len(sents))
		for i, s := range sents {
			first[i], _ = m.tagIdx(s)
		}
		if n == 0 { // the name tagged twice, left untagged in the last sentence
			first = [][]int{make([]int, len(sents[0])), make([]int, len(sents[1])), make([]int, len(sents[2]))}
			first[0][2], first[0][3] = 1, 2 // B-PERS I-PERS
			first[1][1], first[1][2] = 1, 2
		}
		for _, w := range []int{-1, 0, 3, DocWindow} {
			for _, mode := range []int{consistAdd, consistRetype, consistAdd | consistRetype} {
				got, want := copyTags(first), copyTags(first)
				consistent(sents, got, w, mode)
				consistentRef(sents, want, w, mode)
				changed := 0
				for i := range got {
					if !sameSlice(got[i], want[i]) {
						t.Errorf("document %d, window %d, mode %d, sentence %d: %v, want %v", n, w, mode, i+1, got[i], want[i])
					}
					if !sameSlice(got[i], first[i]) {
						changed++
					}
				}
				if n == 0 && w != 0 && mode&consistAdd != 0 && changed == 0 {
					t.Errorf("window %d, mode %d: nothing changed in the hand-written document", w, mode)
				}
			}
		}
	}
}

func copyTags(tags [][]int) [][]int {
	out := make([][]int, len(tags))
	for i, t := range tags {
		out[i] = append([]int(nil), t...)
	}
	return out
}

// consistentRef is label consistency read straightforwardly.
func consistentRef(sents [][]string, tags [][]int, w, mode int) {
	n := len(sents)
	keys := make([][]string, n)
	type names struct {
		spans []keyedSpan
		plain map[string]int
	}
	all := make([]names, n)
	for s := range sents {
		keys[s] = consistKeys(sents[s])
		all[s].spans = collectSpans(keys[s], tags[s])
		all[s].plain = map[string]int{}
		for i := range keys[s] {
			for j := i + 1; j <= len(keys[s]) && j-i <= consistMaxWords && tags[s][j-1] == 0; j++ {
				if k, ok := nameKey(keys[s], i, j); ok {
					all[s].plain[k]++
				}
			}
		}
	}
	for s := range sents {
		a, b := 0, n
		if w >= 0 {
			a, b = max(0, s-w), min(n, s+w+1)
		}
		ent := map[string]*[4]int{}
		plain := map[string]int{}
		for d := a; d < b; d++ {
			for _, ks := range all[d].spans {
				if ent[ks.key] == nil {
					ent[ks.key] = &[4]int{}
				}
				ent[ks.key][ks.typ]++
			}
		}
		for d := a; d < b; d++ {
			for k, c := range all[d].plain {
				if ent[k] != nil {
					plain[k] += c
				}
			}
		}
		if mode&consistRetype != 0 {
			for _, ks := range all[s].spans {
				best, total := majority(ent[ks.key])
				if best != ks.typ && total > 1 && ent[ks.key][best] > ent[ks.key][ks.typ] {
					setSpan(tags[s], ks.start, ks.end, best)
				}
			}
		}
		if mode&consistAdd == 0 {
			continue
		}
		for i := 0; i < len(keys[s]); i++ {
			if tags[s][i] != 0 {
				continue
			}
			for j := min(len(keys[s]), i+consistMaxWords); j > i; j-- {
				if !allO(tags[s][i:j]) || j < len(tags[s]) && isI(tags[s][j]) {
					continue
				}
				k, ok := nameKey(keys[s], i, j)
				if !ok || ent[k] == nil {
					continue
				}
				best, total := majority(ent[k])
				if total <= plain[k] {
					continue
				}
				setSpan(tags[s], i, j, best)
				i = j - 1
				break
			}
		}
	}
}
