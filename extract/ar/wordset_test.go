package ar

import (
	"testing"

	"github.com/newskg/kg/extract/text"
)

func TestWordSet(t *testing.T) {
	s, err := newWordSet(map[string]map[string]bool{
		"war":   {"الحرب": true, "القتال": true},
		"peace": {"السلام": true, "الحرب": true},
		"none":  {},
	})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		list, word string
		want       bool
	}{
		{"war", "الحرب", true},
		{"war", "والحرب", true}, // by its bare form
		{"peace", "الحرب", true},
		{"war", "السلام", false},
		{"peace", "وبالسلام", true},
		{"none", "الحرب", false},
		{"unknown", "الحرب", false},
		{"war", "الهدنة", false},
	}
	for _, c := range cases {
		tok := text.Tokenize(c.word, 0)[0]
		if got := s.has(c.list, tok); got != c.want {
			t.Errorf("has(%q, %q) = %v, want %v", c.list, c.word, got, c.want)
		}
	}
}

func TestInEither(t *testing.T) {
	set := map[string]bool{"الحرب": true, "وزير": true}
	cases := []struct {
		word string
		want bool
	}{
		{"الحرب", true},
		{"والحرب", true},  // by its bare form
		{"وبالحرب", true}, // two proclitics
		{"وزير", true},    // a word whose first letter is its own
		{"الهدنة", false},
		{"والهدنة", false},
	}
	for _, c := range cases {
		tok := text.Tokenize(c.word, 0)[0]
		if got := inEither(set, tok); got != c.want {
			t.Errorf("inEither(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}

func TestWordSetTooMany(t *testing.T) {
	lists := map[string]map[string]bool{}
	for i := 0; i < 65; i++ {
		lists[string(rune('a'+i))] = map[string]bool{}
	}
	if _, err := newWordSet(lists); err == nil {
		t.Error("65 lists: no error")
	}
}

func TestTake(t *testing.T) {
	var c chunk[int]
	a := take(&c, 3, 64)
	a[0], a[1], a[2] = 1, 2, 3
	b := take(&c, 2000, 64) // more than the chunk holds
	b[0] = 9
	d := take(&c, 4, 64)
	if len(a) != 3 || cap(a) != 3 || len(b) != 2000 || len(d) != 4 || cap(d) != 4 {
		t.Fatalf("lengths %d/%d %d %d/%d", len(a), cap(a), len(b), len(d), cap(d))
	}
	for _, v := range d {
		if v != 0 {
			t.Fatalf("take gave a used value: %v", d)
		}
	}
	a = append(a, 4) // past its capacity: must not write into d
	if d[0] != 0 || a[0] != 1 {
		t.Errorf("slices overlap: a %v d %v", a, d)
	}
	if s := take[int](nil, 2, 0); len(s) != 2 {
		t.Errorf("take(nil, 2, 0) has length %d", len(s))
	}
}
