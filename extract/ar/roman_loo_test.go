package ar

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
)

// looResult counts, for leave-one-out romanisation, the entries whose
// English name or an alias equals (after score.py's norm) one of the
// labels the romanizer gives one of their Arabic names.
type looResult struct {
	entries, hit, firstHit int
	misses                 []string
}

// leaveOneOut romanises the Arabic names of every catalogue entry of the
// type with the spellings learnt from all the other entries (the entry's
// own votes removed), as if the catalogue lacked it.
func leaveOneOut(r *romanizer, cat *catalog.Catalog, typ extract.EntityType) looResult {
	v := r.votes
	var res looResult
	for _, e := range cat.Entries() {
		if e.Type != typ {
			continue
		}
		want := map[string]bool{}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if i := strings.IndexByte(n, '('); i >= 0 {
				n = n[:i]
			}
			want[scoreNorm(n)] = true
		}
		units := v.add(e, -1)
		restore := r.forget(units)
		hit, first := false, false
		var got []string
		for _, a := range e.Arabic {
			ls := r.Labels(strings.TrimPrefix(a, "="), 3)
			for i, l := range ls {
				if want[scoreNorm(l)] {
					hit = true
					first = first || i == 0
				}
			}
			got = append(got, ls...)
		}
		restore()
		v.add(e, 1)
		res.entries++
		if hit {
			res.hit++
		}
		if first {
			res.firstHit++
		}
		if !hit {
			res.misses = append(res.misses, fmt.Sprintf("%s | %s | %s", e.Name, strings.Join(e.Arabic, "، "), strings.Join(got, "; ")))
		}
	}
	return res
}

// TestRomanLeaveOneOut reports how often a catalogue person or group,
// taken out of the catalogue, would still be linked on English-scored
// text: one of the romanised labels of its Arabic names equals its
// English name or an alias. KG_LOO_MISSES=n prints n misses.
func TestRomanLeaveOneOut(t *testing.T) {
	cat := catalog.Default()
	r, err := loadRomanizer(cat)
	if err != nil {
		t.Fatal(err)
	}
	for _, typ := range []extract.EntityType{extract.Person, extract.Group} {
		res := leaveOneOut(r, cat, typ)
		t.Logf("leave-one-out romanisation, %s: %d of %d entries (%.3f) have a label equal to their English name or an alias; first label %d (%.3f)",
			typ, res.hit, res.entries, float64(res.hit)/float64(res.entries), res.firstHit, float64(res.firstHit)/float64(res.entries))
		n := 0
		fmt.Sscan(os.Getenv("KG_LOO_MISSES"), &n)
		for i, m := range res.misses {
			if i >= n {
				break
			}
			t.Log("miss: " + m)
		}
	}
	// the romanizer must be as it was: a name learnt from the catalogue
	if got := r.Name("يوري لافروف"); got != "Yuri Lavrov" {
		t.Errorf("after leave-one-out, Name(يوري لافروف) = %q, want the learnt Yuri Lavrov", got)
	}
}
