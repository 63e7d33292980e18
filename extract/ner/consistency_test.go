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
	addDocContext(keys, trigs, nil, hits, -1)
	for _, tc := range []struct {
		s, i int
		want uint8
	}{
		// The others: after «قال» (speech).
		{0, 2, trigSpeech},
		// The others: after «الرئيس» (title).
		{1, 1, trigTitle},
		// The others: after a title and after a speech verb.
		{2, 2, trigTitle | trigSpeech},
		// «الوفد» occurs once.
		{0, 3, 0},
	} {
		if got := hits[tc.s][tc.i].ctx; got != tc.want {
			t.Errorf("sentence %d word %d (%s): ctx %08b, want %08b", tc.s+1, tc.i+1, sents[tc.s][tc.i], got, tc.want)
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
