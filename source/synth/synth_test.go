package synth

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestArticles(t *testing.T) {
	seen := map[string]bool{}
	i := 0
	for d, err := range Articles(7, 50) {
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(d.Text, "{") || !utf8.ValidString(d.Text) {
			t.Errorf("article %d has an unfilled slot or bad text: %q", i, d.Text)
		}
		if n := len(d.Text); n < 600 || n > 6000 {
			t.Errorf("article %d is %d bytes", i, n)
		}
		if d.Lang != "ar" || d.Date.IsZero() || d.Date.Year() < 2013 || d.Date.Year() > 2017 || d.ID == "" {
			t.Errorf("article %d metadata %+v", i, d)
		}
		if seen[d.Text] {
			t.Errorf("article %d repeats an earlier one", i)
		}
		seen[d.Text] = true
		i++
	}
	if i != 50 {
		t.Fatalf("got %d articles", i)
	}
	a, _ := Article(7, 3)
	b, _ := Article(7, 3)
	c, _ := Article(8, 3)
	if a != b {
		t.Error("the same seed and index gave two articles")
	}
	if a.Text == c.Text {
		t.Error("two seeds gave the same article")
	}
}
