package ner

import (
	"reflect"
	"strings"
	"testing"
)

// tagsOf turns "O B-PERS I-PERS" into tag indices.
func tagsOf(s string) []int { return tagIdx(strings.Fields(s)) }

func TestDocHits(t *testing.T) {
	// Three sentences of one document; the first pass read "محفوظ" as a
	// person twice (once as the last word of a two-word name) and as
	// nothing once.
	sents := [][]string{
		strings.Fields("كتب نجيب محفوظ رواية"),
		strings.Fields("وقال محفوظ إن"),
		strings.Fields("رد محفوظ على ومحفوظ"),
	}
	tags := [][]int{
		tagsOf("O B-PERS I-PERS O"),
		tagsOf("O B-PERS O"),
		tagsOf("O O O O"),
	}
	keys := make([][]string, len(sents))
	for i, s := range sents {
		keys[i] = docKeys(s)
	}
	if keys[1][1] != "محفوظ" || keys[2][3] != "محفوظ" || keys[1][2] != "" {
		t.Fatalf("docKeys = %q", keys)
	}
	hits := docWindowHits(keys, tags, -1)
	for _, tc := range []struct {
		s, i int
		want docHit
	}{
		// The others: one PERS reading (not multi-word), two O.
		{0, 2, docHit{in: [4]uint8{1, 0, 0, 0}, o: 2, first: 0, last: 0}},
		// The others: one as the end of a two-word PERS, two O.
		{1, 1, docHit{in: [4]uint8{1, 0, 0, 0}, o: 2, first: 0, last: 1}},
		// The others: two PERS readings, one O.
		{2, 1, docHit{in: [4]uint8{2, 0, 0, 0}, o: 1, first: 0, last: 1}},
		// نجيب: no other occurrence.
		{0, 1, docHit{}},
	} {
		if got := hits[tc.s][tc.i]; got != tc.want {
			t.Errorf("sentence %d word %d (%s): %+v, want %+v", tc.s, tc.i, sents[tc.s][tc.i], got, tc.want)
		}
	}
	// A window of no sentence on either side: sentence 2 alone.
	win := docWindowHits(keys, tags, 0)
	if got, want := win[2][1], (docHit{o: 1}); got != want {
		t.Errorf("window 0, sentence 2 word 1: %+v, want %+v", got, want)
	}
	if anyHit(hits[0][:2]) || !anyHit(hits[1]) {
		t.Error("anyHit wrong")
	}
}

func TestSpansDocMatchesReference(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if !m.doc {
		t.Fatal("the embedded model does not read document context")
	}
	doc := sentencesOf(`قال الكاتب زبرجد قنطرجي إن روايته الجديدة ستصدر في القاهرة .
		وأضاف قنطرجي أن الرواية تدور في الإسكندرية .
		وكان قنطرجي قد زار بيروت .`)
	checkSameDoc(t, m, "hand-written", doc, -1)
	if s := anercorpSentences(t, 300); s != nil {
		checkSameDoc(t, m, "ANERcorp", s, DocWindow)
	}
}

// checkSameDoc fails when the fast path's two-pass tags or scores differ
// from the reference's.
func checkSameDoc(t *testing.T, m *Model, name string, sents [][]string, w int) {
	t.Helper()
	wantIdx, wantEm := m.tagDocRef(sents, w)
	gotIdx, gotEm := m.tagDoc(sents, w)
	for i := range sents {
		if !sameSlice(gotIdx[i], wantIdx[i]) || !sameSlice(gotEm[i], wantEm[i]) {
			t.Errorf("%s sentence %d: fast %v, reference %v", name, i+1, gotIdx[i], wantIdx[i])
		}
	}
	got := m.spansDoc(sents, nil, w)
	if len(got) != len(sents) {
		t.Fatalf("%s: %d span lists for %d sentences", name, len(got), len(sents))
	}
	if w < 0 && !reflect.DeepEqual(got, m.SpansDoc(sents)) {
		t.Errorf("%s: SpansDoc differs from spansDoc(-1)", name)
	}
}
