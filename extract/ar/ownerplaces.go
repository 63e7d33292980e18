package ar

import (
	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
)

// Strikes on the positions of a side in named places (issue 11, round 8):
// "شنت الطائرات غارات على مواقع للمتمردين في مدينتي زنجبار وجعار" — the
// side was attacked (targetOwner, conflict5.go), and so were the towns
// named after it with في or بـ. War news tells air campaigns this way in
// every writer's hand; a country after the side ("مواقع التنظيم في
// العراق") is the theatre of the campaign, not a place struck, and gives
// nothing.

// ownerPlaces records the places (towns, regions, sites) named right after
// the owner of a struck target as attacked by subj. The object the trigger
// at [i, j) found must be the owner of a target noun (d.how.objAt), in
// clause c.
func (d *docState) ownerPlaces(st *sentState, tr *trigger, i, j, c int, subj []string, date string) {
	m := st.mentionAt(d.how.objAt)
	if m == nil || m.s != d.how.objAt || !d.ownedTarget(st, m.s) {
		return
	}
	_, end := d.group(st, m, "actor")
	places := d.placesAt(st, end, c, subj)
	if len(places) == 0 {
		return
	}
	d.how.obj, d.how.objAt = "owner-place", st.posOf(places[0], end)
	for _, s := range subj {
		for _, p := range places {
			d.record(st, tr, i, j, s, p, date)
		}
	}
}

// ownedTarget reports whether the owner mention at token p follows a
// target noun (targethead of conflict5_words.tsv), past a link word or a
// target kind: "مواقع الحوثيين"، "مواقع للحوثيين"، "مقرات تابعة للتنظيم".
func (d *docState) ownedTarget(st *sentState, p int) bool {
	for k := p - 1; k >= 0 && k >= p-3; k-- {
		t := st.toks[k]
		if st.mentionAt(k) != nil || !t.IsWord() {
			return false
		}
		if inConflict5("targethead", t) {
			return true
		}
		if !inConflict5("ownerlink", t) && !inConflict5("targetkind", t) && st.syn.Class[k] != syntax.Adjective {
			return false
		}
	}
	return false
}

// placesAt returns the coordinated places named with في or بـ from token
// k on (past up to two words that are no verb: "وحلفائهم"), within
// clause c: towns, regions and sites, not countries. A place-head noun
// may stand before the first ("في مدينة تعز").
func (d *docState) placesAt(st *sentState, k, c int, subj []string) []string {
	for n := 0; n < 2 && k < len(st.toks) && st.within(k, c) && st.mentionAt(k) == nil && st.toks[k].Norm != "في"; n++ {
		t := st.toks[k]
		if !t.IsWord() || st.syn.Class[k] == syntax.Verb || st.syn.Class[k] == syntax.Prep {
			return nil
		}
		k++
	}
	if k >= len(st.toks) || !st.within(k, c) {
		return nil
	}
	if st.toks[k].Norm == "في" {
		k++
	}
	if k < len(st.toks) && st.mentionAt(k) == nil && inConflict("placehead", st.toks[k]) {
		k++ // "في مدينة تعز"
	}
	m := st.mentionAt(k)
	if m == nil || m.s != k || m.adj || (m.typ != extract.Place && m.typ != extract.Facility) || !locative(st, m) {
		return nil
	}
	keys, _ := d.group(st, m, "place")
	var out []string
	for _, key := range keys {
		if key != "" && !contains(subj, key) && d.typeOf(key) != extract.Country {
			out = append(out, key)
		}
	}
	return out
}
