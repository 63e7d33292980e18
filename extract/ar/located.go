package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
)

// locatedIn from syntax and knowledge:
//
//   - a place, or a list of places, followed by في and a place or country,
//     a compass word allowed between (مدينة بنغازي في شرق ليبيا، الرمادي
//     والفلوجة في محافظة الأنبار), or by a compass word and a country or
//     region without في (محافظة الأنبار غرب العراق; "X north of a city"
//     is no containment and gives nothing);
//   - a facility whose name holds a place (ميناء الحديدة، مطار عدن الدولي);
//   - the capital: العاصمة X for the catalogue's capital of a country the
//     document names, X عاصمة Y and عاصمة Y X;
//   - knowledge: a catalogue place whose container (the catalogue's
//     located-in chain) is named in the same sentence (rule
//     ar/located-known, weighed by the fact scorer on its own).

// locatedRules applies the locatedIn rules to a sentence.
func (d *docState) locatedRules(st *sentState) {
	for n := 0; n < len(st.ments); n++ {
		m := st.ments[n]
		if m.adj || (m.typ != extract.Place && m.typ != extract.Facility) {
			continue
		}
		d.placeInPlace(st, m)
		if m.typ == extract.Facility {
			d.facilityNamedAfter(st, m)
		}
		d.capitalOf(st, m)
		d.knownContainer(st, m)
		d.moreLocated(st, m) // located_more.go
	}
}

// placeInPlace reads "PLACE (و PLACE)* في [compass] CONTAINER" and
// "PLACE compass COUNTRY|REGION", either also in brackets after the place
// ("بلدة المريسة (شرق ليبيا)").
func (d *docState) placeInPlace(st *sentState, m *mention) {
	if st.mentionAt(m.s-1) != nil && strings.HasPrefix(st.toks[m.s].Prefix, "و") {
		return // read with the list's first place
	}
	keys, end := d.group(st, m, "place")
	k := end
	in := false
	paren := k < len(st.toks) && st.toks[k].Norm == "("
	if paren {
		k++ // "بلدة المريسة (شرق ليبيا)": the bracket says where the place is
	}
	if k < len(st.toks) && d.lying(st.toks[k].Bare) && len(keys) == 1 {
		k++ // "قرية X الواقعة في…"، "بلدة X التابعة لمحافظة Y"
		if k < len(st.toks) && st.toks[k].Prefix == "ل" && st.toks[k-1].Bare != "الواقعه" {
			in = true // التابعة لـ: belonging to
		}
	}
	if k < len(st.toks) && st.toks[k].Norm == "في" {
		in = true
		k++
	}
	inBi := !in && !paren && k == end && d.biRegion(st, k)
	in = in || inBi
	compass := false
	for n := 0; n < 2 && k < len(st.toks) && st.mentionAt(k) == nil && d.in("compass", st.toks[k].Norm); n++ {
		compass = true
		k++
	}
	c := st.mentionAt(k)
	if c == nil || c.s != k || c.adj || (c.typ != extract.Place && c.typ != extract.Country) {
		return
	}
	if d.in("compass", st.toks[k].Bare) && c.e > k+1 {
		// "جنوب اليمن" named as a region: the country it is part of
		compass = true
		cc := d.countryOf(c.key)
		if cc == "" {
			return
		}
		c = &mention{s: c.s, e: c.e, key: cc, typ: extract.Country}
	}
	if !in && !compass {
		return
	}
	if !in && c.typ == extract.Place && !d.isRegion(c.key) {
		return // "بعقوبة شمال بغداد": beside, not inside
	}
	for _, p := range keys {
		if p == c.key || d.typeOf(p) == extract.Country || !d.canContain(c.key, p) || (inBi && d.isRegion(p)) {
			continue // "ربط قطاع غزة بالضفة": a region joined to another
		}
		d.addLocated(st, p, c.key, "ar/located-in")
	}
}

// facilityNamedAfter reads a place inside a facility's name: ميناء
// الحديدة → Port of Hodeidah locatedIn Hodeidah.
func (d *docState) facilityNamedAfter(st *sentState, m *mention) {
	for k := m.s + 1; k < m.e; k++ {
		e, es, _ := d.matchName(st, k)
		if e <= k || e > m.e {
			continue
		}
		if en := d.choose(st, k, e, es); en != nil && (en.Type == extract.Place || en.Type == extract.Country) && en.Key != m.key {
			d.addLocated(st, m.key, en.Key, "ar/located-name")
			return
		}
	}
}

// capitalOf reads capital phrases around a place mention.
func (d *docState) capitalOf(st *sentState, m *mention) {
	toks := st.toks
	// العاصمة بيروت: the capital of a country the document names
	if m.s > 0 && toks[m.s-1].Bare == "العاصمه" && m.typ == extract.Place {
		for _, c := range d.capitalOfCountries(m.key) {
			if d.profile()[c] > 0 {
				d.addLocated(st, m.key, c, "ar/located-capital")
			}
		}
	}
	// X ، عاصمة Y
	k := m.e
	if k < len(toks) && (toks[k].Norm == "،" || toks[k].Norm == ",") {
		k++
	}
	if k+1 < len(toks) && toks[k].Bare == "عاصمه" {
		if c := st.mentionAt(k + 1); c != nil && c.s == k+1 && !c.adj && (c.typ == extract.Country || c.typ == extract.Place) && c.key != m.key {
			d.addLocated(st, m.key, c.key, "ar/located-capital")
		}
	}
	// عاصمة Y X
	if m.s >= 2 && toks[m.s-2].Bare == "عاصمه" {
		if c := st.mentionAt(m.s - 1); c != nil && c.e == m.s && !c.adj && (c.typ == extract.Country || c.typ == extract.Place) && c.key != m.key {
			d.addLocated(st, m.key, c.key, "ar/located-capital")
		}
	}
}

// capitalOfCountries returns the countries whose catalogue capital is
// the place.
func (d *docState) capitalOfCountries(place string) []string {
	var out []string
	for c := range d.profile() {
		if e, ok := d.cat.Get(c); ok && e.Capital == place {
			out = append(out, c)
		}
	}
	return out
}

// knownContainer reads a catalogue place whose container is named in the
// same sentence.
func (d *docState) knownContainer(st *sentState, m *mention) {
	chain := d.chain(m.key)
	if len(chain) == 0 {
		return
	}
	for _, c := range st.ments {
		if c == m || c.adj || (c.typ != extract.Place && c.typ != extract.Country) || c.s < m.e || c.s-m.e > knownSpan {
			continue
		}
		if b := st.between(m.e, c.s); b == "verb" || b == "comma" {
			continue
		}
		for _, k := range chain {
			if k == c.key {
				d.addLocated(st, m.key, c.key, "ar/located-known")
			}
		}
	}
}

// knownSpan is how many tokens may stand between a place and its known
// container named after it.
const knownSpan = 6

// chain returns the catalogue's containers of a place, nearest first (at
// most four).
func (d *docState) chain(key string) []string {
	var out []string
	for n := 0; n < 4; n++ {
		e, ok := d.cat.Get(key)
		if !ok || e.LocatedIn == "" || e.Type == extract.Country {
			break
		}
		key = e.LocatedIn
		out = append(out, key)
	}
	return out
}

// canContain reports whether container may hold place: not when the
// catalogue puts them in different countries, nor a place inside one the
// catalogue puts inside it.
func (d *docState) canContain(container, place string) bool {
	a, b := d.countryOf(container), d.countryOf(place)
	if a != "" && b != "" && a != b {
		return false
	}
	for _, k := range d.chain(container) {
		if k == place {
			return false
		}
	}
	return true
}

// isRegion reports whether a place is a region rather than a town: a
// catalogue governorate, province, region or district, or a place that
// contains a named place in the catalogue's chain of some mention.
func (d *docState) isRegion(key string) bool {
	e, ok := d.cat.Get(key)
	if !ok {
		return false
	}
	for _, w := range []string{"Governorate", "Province", "Region", "District", "Bank", "Strip", "Kurdistan", "Sinai", "Darfur"} {
		if strings.Contains(e.Name, w) {
			return true
		}
	}
	return false
}

// addLocated records locatedIn place → container.
func (d *docState) addLocated(st *sentState, place, container, rule string) {
	d.addFact(extract.Fact{Subject: place, Predicate: extract.LocatedIn, Object: container,
		Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: rule,
		Features: append([]string{"cx=located", "types=" + d.typeOf(place) + "-" + d.typeOf(container)}, d.locFeatures(place, container)...)})
}

// biRegion reports whether a country or region carrying the proclitic ب
// follows the place directly ("نابلس بالضفة الغربية"، "حلب بسوريا"): the
// place lies in it. A city after ب is left alone ("تربط دمشق ببيروت").
func (d *docState) biRegion(st *sentState, k int) bool {
	if k >= len(st.toks) || strings.TrimLeft(st.toks[k].Prefix, "وف") != "ب" {
		return false
	}
	c := st.mentionAt(k)
	return c != nil && c.s == k && !c.adj && (c.typ == extract.Country || (c.typ == extract.Place && d.isRegion(c.key)))
}
