package ar

import (
	"strings"

	"github.com/newskg/kg/extract/syntax"
)

// Wars, clashes, campaigns and killings as attacks (issue 11; sentences of
// the tests in conflict4_test.go):
//
//	clash heads  clashes between two armed noun phrases, each a head noun
//	             and a name: "مواجهات بين قوات الجيش الأفغاني ومسلحي حركة
//	             طالبان" → each side attacked the other

// armedHead reports whether token k is a noun for an actor's armed arm or
// fighters ("قوات"، "مسلحي"، "عناصر"، "مقاتلي") that stands before the
// actor's name, with or without a leading و.
func (d *docState) armedHead(st *sentState, k int) bool {
	if k >= len(st.toks) || st.mentionAt(k) != nil {
		return false
	}
	t := st.toks[k]
	return actorNouns[t.Bare] || inConflict("gunmen", t) || inConflict("agreehead", t)
}

// armedSide returns the actors of one side of a clash starting at token k:
// an optional armed head noun and its adjectives, then a name and the
// names coordinated with it ("قوات الجيش الأفغاني"، "عناصر حركة الشباب"،
// "الحوثيين"); whether a head noun stood first; and the token after.
func (d *docState) armedSide(st *sentState, k int) ([]string, bool, int) {
	head := false
	if d.armedHead(st, k) {
		head = true
		k++
		for k < len(st.toks) && st.mentionAt(k) == nil && st.syn.Class[k] == syntax.Adjective {
			k++ // "القوات الحكومية اليمنية"
		}
	}
	m := st.mentionAt(k)
	if m == nil || m.s != k || m.adj || d.actor(st, m) == "" {
		return nil, head, k
	}
	if head && m.prefix != "" && m.prefix != "و" {
		return nil, head, k
	}
	keys, e := d.group(st, m, "actor")
	return keys, head, e
}

// clashHeads reads the sides of a clash after بين at token b when either
// side starts with an armed head noun ("بين قوات الجيش الأفغاني ومسلحي
// حركة طالبان"، "بين عناصر حركة الشباب والجيش الكيني"): each side
// attacked the other. It reports whether it read two such sides.
func (d *docState) clashHeads(st *sentState, i, j, b int, tr *trigger) bool {
	side, head1, e := d.armedSide(st, b+1)
	if len(side) >= 2 && head1 {
		// "بين مقاتلي جبهة X ومقاتلي تنظيم Y": group read both sides
		side, other := side[:1], side[1:]
		d.recordClash(st, i, j, b, tr, side, other)
		return true
	}
	if len(side) == 0 || e >= len(st.toks) {
		return false
	}
	t := st.toks[e]
	if !strings.HasPrefix(t.Prefix, "و") && t.Norm != "و" {
		return false
	}
	k := e
	if t.Norm == "و" {
		k++
	}
	var other []string
	head2 := false
	if m := st.mentionAt(k); m != nil && m.s == k {
		other, _ = d.group(st, m, "actor")
	} else if d.armedHead(st, k) {
		other, head2, _ = d.armedSide(st, k)
	}
	if len(other) == 0 || (!head1 && !head2) {
		return false
	}
	d.recordClash(st, i, j, b, tr, side, other)
	return true
}

// recordClash records that each actor of one side of a clash after بين at
// token b attacked each actor of the other, and the other way round.
func (d *docState) recordClash(st *sentState, i, j, b int, tr *trigger, side, other []string) {
	date := d.factDate(st, i, tr.pred)
	d.how = how{subj: "between", subjAt: b + 1, objAt: -1}
	for _, a := range side {
		for _, o := range other {
			if a != o {
				d.record(st, tr, i, j, a, o, date)
				d.record(st, tr, i, j, o, a, date)
			}
		}
	}
}
