package catalog

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestConllCoverage reports how many gold name spans of a CoNLL file the
// embedded catalogue links, per type, with the most frequent misses. It
// runs only when KG_CONLL names the file:
//
//	KG_CONLL=../shared/data/anercorp/train.txt go test ./extract/catalog -run TestConllCoverage -v
//
// (KG_CONLL_TOP sets how many misses per type are printed, 60 by default.)
func TestConllCoverage(t *testing.T) {
	path := os.Getenv("KG_CONLL")
	if path == "" {
		t.Skip("KG_CONLL not set")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	spans, err := ReadConll(f)
	if err != nil {
		t.Fatal(err)
	}
	top := 60
	if s := os.Getenv("KG_CONLL_TOP"); s != "" {
		if _, err := fmt.Sscan(s, &top); err != nil {
			t.Fatalf("KG_CONLL_TOP=%q: %v", s, err)
		}
	}
	var b strings.Builder
	if err := Default().ConllCoverage(spans).Write(&b, top); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
}

// TestReadConll: B- and I- tags make spans; an I- after O or another type
// begins a span; a blank line ends one.
func TestReadConll(t *testing.T) {
	in := "زار B-PERS\nسيرغي I-PERS\nلافروف I-PERS\nموسكو I-LOC\nو O\nالقاهرة I-LOC\n\nالأمم B-ORG\nالمتحدة I-ORG\nبيروت I-LOC\n"
	spans, err := ReadConll(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"PERS زار سيرغي لافروف", "LOC موسكو", "LOC القاهرة", "ORG الأمم المتحدة", "LOC بيروت"}
	var got []string
	for _, s := range spans {
		got = append(got, s.Type+" "+strings.Join(s.Tokens, " "))
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("spans:\n got %q\nwant %q", got, want)
	}
	if _, err := ReadConll(strings.NewReader("وحيد\n")); err == nil {
		t.Error("a line without a tag: no error")
	}
}

// TestLinkSpan: a span links through clitics on its first word and, for
// people of two words, the consonant skeleton; a name the catalogue lacks
// does not.
func TestLinkSpan(t *testing.T) {
	c := loadSmall(t, map[string]string{
		"countries.tsv": "germany\tCountry\tGermany\tألمانيا\n",
		"people.tsv":    "vitaly-naumkin\tPerson\tVitaly Naumkin\tفيتالي نعومكين\n",
		"roles.tsv":     "president\tالرئيس\n",
	})
	cases := []struct {
		tokens, typ, want string
	}{
		{"ألمانيا", "LOC", "germany"},
		{"وألمانيا", "LOC", "germany"},
		{"فيتالي نومكين", "PERS", "vitaly-naumkin"},
		{"فيتالي نومكين", "ORG", ""}, // skeletons are for people and places only
		{"فرنسا", "LOC", ""},
	}
	for _, tc := range cases {
		got := ""
		if e := c.LinkSpan(strings.Fields(tc.tokens), tc.typ); e != nil {
			got = e.Key
		}
		if got != tc.want {
			t.Errorf("LinkSpan(%q, %s) = %q, want %q", tc.tokens, tc.typ, got, tc.want)
		}
	}
	cv := c.ConllCoverage([]GoldSpan{{"LOC", []string{"ألمانيا"}}, {"LOC", []string{"فرنسا"}}, {"LOC", []string{"فرنسا"}}})
	if cv.Total["LOC"] != 3 || cv.Linked["LOC"] != 1 || cv.Misses["LOC"]["فرنسا"] != 2 {
		t.Errorf("coverage: total %v linked %v misses %v", cv.Total, cv.Linked, cv.Misses)
	}
}
