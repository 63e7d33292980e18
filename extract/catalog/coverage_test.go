package catalog

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/newskg/kg/extract"
)

// TestCoverage prints the coverage report of the embedded catalogue (run
// with -v: go test ./extract/catalog -run TestCoverage -v) and fails on a
// violated invariant: a country in scope missing or without a head of
// state or government, a single-holder role with more than two holders on
// a day.
func TestCoverage(t *testing.T) {
	c := Default()
	cv := c.Coverage()
	var b strings.Builder
	if err := cv.Write(&b); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	for _, p := range cv.Problems {
		t.Error(p)
	}
	n := 0
	for _, r := range cv.ByRegion {
		for _, k := range r {
			n += k
		}
	}
	if n != cv.Entries || cv.Entries != c.Len() {
		t.Errorf("regions hold %d entries, types %d, catalogue %d", n, cv.Entries, c.Len())
	}
	for _, typ := range []extract.EntityType{extract.Person, extract.Country, extract.Organization, extract.Place, extract.Group, extract.Event} {
		if cv.ByType[typ] == 0 {
			t.Errorf("no %s in the catalogue", typ)
		}
	}
	if cv.Arabic < cv.Entries {
		t.Errorf("%d Arabic names for %d entries: every entry has one", cv.Arabic, cv.Entries)
	}
}

// TestCoverageInvariants: the checks find what they look for in a small
// catalogue written for the test.
func TestCoverageInvariants(t *testing.T) {
	c := loadSmall(t, map[string]string{
		"countries.tsv": "iraq\tCountry\tIraq\tالعراق\n",
		"people.tsv":    "a\tPerson\tA\tأ\nb\tPerson\tB\tب\nd\tPerson\tD\tد\n",
		"roles.tsv":     "president\tالرئيس\nforeign minister\tوزير الخارجية\n",
		"offices.tsv": "a\tpresident\tiraq\t2005\t2010\n" +
			"a\tforeign minister\tiraq\t2010\t2014\n" +
			"d\tforeign minister\tiraq\t2011\t2013\n" +
			"b\tforeign minister\tiraq\t2012\t2012\n",
	})
	cv := c.Coverage()
	want := []string{"foreign minister of iraq has 3 holders", "\"syria\" is no entry"}
	for _, w := range want {
		found := false
		for _, p := range cv.Problems {
			found = found || strings.Contains(p, w)
		}
		if !found {
			t.Errorf("no problem %q; problems:\n%s", w, strings.Join(cv.Problems, "\n"))
		}
	}
	for _, p := range cv.Problems {
		if strings.Contains(p, "\"iraq\" has no head") {
			t.Errorf("Iraq has a president, yet: %s", p)
		}
	}
	if r := c.RegionOf(mustGet(t, c, "a")); r != "levant-iraq" {
		t.Errorf("region of a person in office in Iraq: %q, want levant-iraq", r)
	}
}

func mustGet(t *testing.T, c *Catalog, key string) *Entry {
	t.Helper()
	e, ok := c.Get(key)
	if !ok {
		t.Fatalf("no entry %q", key)
	}
	return e
}

// loadSmall loads a catalogue from data files given as strings.
func loadSmall(t *testing.T, files map[string]string) *Catalog {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	c, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestCountryWords: adjectives and one-word names of one country map to
// it; a name two countries share (عمان: Oman, Amman in Jordan) does not.
func TestCountryWords(t *testing.T) {
	cw := Default().CountryWords()
	for w, want := range map[string]string{"الروسيه": "russia", "روسي": "russia", "موسكو": "russia", "العراقيه": "iraq"} {
		if cw[w] != want {
			t.Errorf("CountryWords[%q] = %q, want %q", w, cw[w], want)
		}
	}
	if c, ok := cw["عمان"]; ok {
		t.Errorf("CountryWords[عمان] = %q: Oman and Amman (Jordan) share the name", c)
	}
}

// TestOfficeGaps prints the roles of the countries in scope with no holder
// on 1 July of KG_GAP_YEAR (2015 by default; run with -v), and checks that
// a role with a holder is no gap.
func TestOfficeGaps(t *testing.T) {
	year := 2015
	if s := os.Getenv("KG_GAP_YEAR"); s != "" {
		y, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("KG_GAP_YEAR=%q: %v", s, err)
		}
		year = y
	}
	gaps := Default().Gaps(time.Date(year, time.July, 1, 0, 0, 0, 0, time.UTC))
	t.Logf("%d gaps on %d-07-01:\n%s", len(gaps), year, strings.Join(gaps, "\n"))
	c := loadSmall(t, map[string]string{
		"countries.tsv": "iraq\tCountry\tIraq\tالعراق\n",
		"people.tsv":    "a\tPerson\tA\tأ\n",
		"roles.tsv":     "president\tالرئيس\nforeign minister\tوزير الخارجية\n",
		"offices.tsv":   "a\tforeign minister\tiraq\t2010\t2020\n",
	})
	got := strings.Join(c.Gaps(time.Date(2015, time.July, 1, 0, 0, 0, 0, time.UTC)), "\n")
	if strings.Contains(got, "iraq: foreign minister") || !strings.Contains(got, "iraq: head of state or government") || !strings.Contains(got, "iraq: defence minister") {
		t.Errorf("gaps of a small catalogue with Iraq's foreign minister only:\n%s", got)
	}
}
