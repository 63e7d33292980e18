package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
)

// More locatedIn forms (issue 11, forms that recur across many writers):
//
//   - "the country" after a compass word: "مدينة X شرق البلاد"، "ولاية X
//     شمال غربي البلاد"، "X الواقعة جنوبي البلاد" → X locatedIn the
//     document's country (soleCountry: the one country the text is about,
//     no other country in the sentence), rule ar/located-land;
//   - the seat of a region in apposition: "X، مركز محافظة Y" → X in Y;
//     "X، مركز المحافظة" / "عاصمة الولاية" (the region unnamed) → X in the
//     first region of X's catalogue chain, rule ar/located-seat.

// moreLocated applies these forms to a place mention.
func (d *docState) moreLocated(st *sentState, m *mention) {
	d.compassLand(st, m)
	d.seatOf(st, m)
}

// compassLand reads "PLACE (و PLACE)* [الواقعة] [في] compass{1,2} البلاد".
func (d *docState) compassLand(st *sentState, m *mention) {
	toks := st.toks
	if st.mentionAt(m.s-1) != nil && strings.HasPrefix(toks[m.s].Prefix, "و") {
		return // read with the list's first place
	}
	keys, end := d.group(st, m, "place")
	k := end
	if k < len(toks) && d.lying(toks[k].Bare) {
		k++
	}
	if k < len(toks) && toks[k].Norm == "في" {
		k++
	}
	n := 0
	for ; n < 2 && k < len(toks) && st.mentionAt(k) == nil && d.in("compass", toks[k].Norm); n++ {
		k++
	}
	if n == 0 || k >= len(toks) || toks[k].Norm != "البلاد" {
		return
	}
	c := d.soleCountry(st)
	if c == nil {
		return
	}
	for _, p := range keys {
		if p == c.Key || d.typeOf(p) == extract.Country || !d.canContain(c.Key, p) {
			continue
		}
		d.addLocated(st, p, c.Key, "ar/located-land")
	}
}

// seatWords head the apposition naming a place the seat of a region.
var seatWords = map[string]bool{"مركز": true, "عاصمه": true}

// regionHeads are the words for a region named without its name
// ("مركز المحافظة").
var regionHeads = map[string]bool{"المحافظه": true, "الولايه": true, "الاقليم": true, "المقاطعه": true}

// seatOf reads "PLACE، مركز|عاصمة (REGION | المحافظة|الولاية)".
func (d *docState) seatOf(st *sentState, m *mention) {
	toks := st.toks
	if m.typ != extract.Place {
		return
	}
	k := m.e
	if k >= len(toks) || (toks[k].Norm != "،" && toks[k].Norm != ",") {
		return
	}
	k++
	if k+1 >= len(toks) || !seatWords[toks[k].Bare] || toks[k].Prefix != "" {
		return
	}
	k++
	if c := st.mentionAt(k); c != nil && c.s == k && !regionHeads[toks[k].Bare] {
		if c.adj || c.typ != extract.Place || c.key == m.key || !d.isRegion(c.key) || !d.canContain(c.key, m.key) {
			return
		}
		if toks[k-1].Bare == "عاصمه" {
			return // capitalOf reads "X، عاصمة Y"
		}
		d.addLocated(st, m.key, c.key, "ar/located-seat")
		return
	}
	if !regionHeads[toks[k].Bare] || toks[k].Prefix != "" {
		return
	}
	for _, r := range d.chain(m.key) {
		if d.isRegion(r) {
			d.addLocated(st, m.key, r, "ar/located-seat")
			return
		}
	}
}
