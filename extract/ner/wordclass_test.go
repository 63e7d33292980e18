package ner

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// classText is a toy corpus: people's names after speech verbs and titles,
// cities after prepositions and place nouns, each name in several
// contexts, and the contexts shared within a kind.
func classText() [][]string {
	var out [][]string
	people := []string{"سمير", "رامي", "نبيل", "هشام"}
	cities := []string{"حلب", "حمص", "صنعاء", "عدن"}
	for _, p := range people {
		out = append(out,
			strings.Fields("قال الرئيس "+p+" اليوم"),
			strings.Fields("وصرح الوزير "+p+" امس"),
			strings.Fields("قال الرئيس "+p+" امس"))
	}
	for _, c := range cities {
		out = append(out,
			strings.Fields("وصل الوفد الى "+c+" اليوم"),
			strings.Fields("وقع انفجار في مدينة "+c),
			strings.Fields("وصل الوفد الى مدينة "+c))
	}
	return out
}

// kindPairs are word pairs of classText with whether a clustering should
// put them together: given names with given names, towns with towns.
var kindPairs = []struct {
	a, b string
	want bool
}{
	{"سمير", "رامي", true},
	{"نبيل", "هشام", true},
	{"حلب", "عدن", true},
	{"حمص", "صنعاء", true},
	{"سمير", "حلب", false},
	{"هشام", "عدن", false},
}

// checkKinds reports every pair of kindPairs that the clustering cls of
// cs's words (one id per word, in cs.words order) gets wrong.
func checkKinds(t *testing.T, cs *classCorpus, cls []int, what string) {
	t.Helper()
	id := map[string]int{}
	for i, w := range cs.words {
		id[w] = i
	}
	for _, tc := range kindPairs {
		if got := cls[id[tc.a]] == cls[id[tc.b]]; got != tc.want {
			t.Errorf("%s: same %s %s: %v, want %v (%v)", what, tc.a, tc.b, got, tc.want, cls)
		}
	}
}

func TestExchangeSeparatesKinds(t *testing.T) {
	cs := newClassCorpus(classText())
	checkKinds(t, cs, cs.exchange(8, classIters), "exchange classes")
}

func TestWordClassesKeyAndSave(t *testing.T) {
	text := append(classText(), strings.Fields("وبحلب وحمص"))
	wc := learnWordClasses(text, 0)
	// Words are classed by their bare form: وبحلب is حلب.
	if a, b := wc.of(analyse("وبحلب")), wc.of(analyse("حلب")); a != b || a[0] == 0 {
		t.Errorf("classes of وبحلب %v and حلب %v: want equal and known", a, b)
	}
	if c := wc.of(analyse("مجهول")); c != ([classLevels]uint16{}) {
		t.Errorf("unknown word has classes %v", c)
	}
	var buf bytes.Buffer
	e := &enc{w: bufio.NewWriter(&buf)}
	e.classes(wc, false)
	if err := e.w.Flush(); err != nil || e.err != nil {
		t.Fatal(err, e.err)
	}
	d := &dec{r: bufio.NewReader(&buf)}
	got := d.classes(false)
	if d.err != nil {
		t.Fatal(d.err)
	}
	if len(got.m) != len(wc.m) {
		t.Fatalf("read back %d words, want %d", len(got.m), len(wc.m))
	}
	for w, v := range wc.m {
		if got.m[w] != v {
			t.Errorf("%s: read back %v, want %v", w, got.m[w], v)
		}
	}
}

func TestKMeansSeparatesKinds(t *testing.T) {
	cs := newClassCorpus(classText())
	for _, k := range []int{4, 8} {
		checkKinds(t, cs, cs.ppmiKMeans(k, kmeansIters), fmt.Sprintf("k-means k=%d", k))
	}
}

func TestWideClassesSave(t *testing.T) {
	wc := learnWordClasses(classText(), 4)
	if !wc.wide() {
		t.Fatal("no word has a k-means cluster")
	}
	if narrow := learnWordClasses(classText(), 0); narrow.wide() {
		t.Fatal("k-means clusters learned without being asked for")
	}
	var buf bytes.Buffer
	e := &enc{w: bufio.NewWriter(&buf)}
	e.classes(wc, true)
	if err := e.w.Flush(); err != nil || e.err != nil {
		t.Fatal(err, e.err)
	}
	d := &dec{r: bufio.NewReader(&buf)}
	got := d.classes(true)
	if d.err != nil {
		t.Fatal(d.err)
	}
	for w, v := range wc.m {
		if got.m[w] != v {
			t.Errorf("%s: read back %v, want %v", w, got.m[w], v)
		}
	}
}
