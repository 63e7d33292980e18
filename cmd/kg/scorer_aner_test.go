package main

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/ar"
	"github.com/newskg/kg/extract/relclf"
)

func TestVotedLabels(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		// s0001 read by one: its fact stays; s0002 read by three: a fact
		// two give stays (one of them written the other way round, met is
		// symmetric), a fact one gives goes; s0003 read and empty.
		"a.tsv": "s0001\t1\tvisited\t2\ns0002\t1\tmet\t2\ns0002\t3\tattacked\t1\ns0003\tnone\n",
		"b.tsv": "s0002\t2\tmet\t1\n",
		"c.tsv": "s0002\tnone\n",
	}
	var paths []string
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	got, err := votedLabels(paths)
	if err != nil {
		t.Fatal(err)
	}
	want := map[int][]anerLabel{
		1: {{subj: 0, obj: 1, pred: "visited"}},
		2: {{subj: 0, obj: 1, pred: "met"}},
		3: {},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestSourceOf(t *testing.T) {
	for doc, want := range map[string]string{
		"aner-s0042": "anercorp", "own07": "own", "w312": "own2-w3", "w105": "own2-w1",
		"snn04": "tune", "wxyz": "tune",
	} {
		if got := sourceOf(doc); got != want {
			t.Errorf("sourceOf(%q) = %q, want %q", doc, got, want)
		}
	}
}

func TestParseAblation(t *testing.T) {
	a, err := parseAblation("trig:x=trig=+strig=")
	if err != nil || a.name != "trig" || !reflect.DeepEqual(a.prefixes, []string{"x=trig=", "strig="}) {
		t.Errorf("got %+v, %v", a, err)
	}
	for _, bad := range []string{"trig", ":x=", "trig:"} {
		if _, err := parseAblation(bad); err == nil {
			t.Errorf("parseAblation(%q): no error", bad)
		}
	}
}

// TestEntityMentions: an extractor mention maps onto the tagged mentions
// its bytes overlap, and onto none when it lies outside them.
func TestEntityMentions(t *testing.T) {
	s := anerSentence{
		words:    []string{"زار", "الرئيس", "أحمد", "القاهرة", "أمس"},
		mentions: []relclf.Mention{{Start: 2, End: 3, Type: "PERS"}, {Start: 3, End: 4, Type: "LOC"}},
	}
	// byte offsets in "زار الرئيس أحمد القاهرة أمس": الرئيس 7-19, أحمد 20-28, القاهرة 29-43
	ps := []ar.PairSentence{{Index: 0, Keys: []string{"president", "ahmad", "cairo"}, Offsets: [][2]int{{7, 28}, {20, 28}, {29, 43}}}}
	got := entityMentions(s, ps)
	want := map[string][]int{"president": {0}, "ahmad": {0}, "cairo": {1}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	tr := &anerTraining{mentions: map[string]map[string][]int{"d": got}, facts: map[string][]anerLabel{"d": {{subj: 0, obj: 1, pred: "visited"}}}}
	r := &extract.Result{Doc: extract.Document{ID: "d"}, Facts: []extract.Fact{
		{Subject: "ahmad", Predicate: extract.Visited, Object: "cairo"},
		{Subject: "cairo", Predicate: extract.Visited, Object: "ahmad"},
		{Subject: "ahmad", Predicate: extract.Visited, Object: "paris"},
	}}
	if g, ok := tr.label(r, 0); !ok || !reflect.DeepEqual(g, []int{0}) {
		t.Errorf("right fact: %v %v", g, ok)
	}
	if g, ok := tr.label(r, 1); !ok || len(g) != 0 {
		t.Errorf("reversed fact: %v %v, want judged wrong", g, ok)
	}
	if _, ok := tr.label(r, 2); ok {
		t.Error("a fact with an end on no tagged mention was judged")
	}
}

func TestTrainCommand(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"scorer", "train", "--aner", "--out", "/tmp/m.tsv", "--l2", "10"}, "go run ./cmd/kg scorer train --aner --l2 10"},
		{[]string{"scorer", "train", "-o", "-", "--out=/tmp/x"}, "go run ./cmd/kg scorer train"},
	} {
		if got := trainCommand(c.args); got != c.want {
			t.Errorf("trainCommand(%q) = %q, want %q", c.args, got, c.want)
		}
	}
	if got := trainedOn("tune", []string{"eval/own:train"}, true); got != "tune + eval/own:train + ANERcorp write block" {
		t.Errorf("trainedOn: %q", got)
	}
}
