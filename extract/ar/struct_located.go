package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
)

// What the catalogue says about a locatedIn fact, as features for the
// fact scorer (a containment holds whatever the clause around it says, so
// the scorer needs to see whether the catalogue agrees):
//
//   - loc=capital: the place is the container's capital (الدوحة، قطر);
//   - loc=nearest: the container is the nearest one of the catalogue's
//     chain (الفلوجة → محافظة الأنبار);
//   - loc=farther: the container is further up the chain, a nearer one
//     left unnamed (ميناء الحديدة → اليمن, over الحديدة);
//   - loc=unknown: the catalogue has no chain for the place (a name it
//     lacks), loc=other: it has one without the container.

// locFeatures returns the features of place locatedIn container.
func (d *docState) locFeatures(place, container string) []string {
	var f []string
	if e, ok := d.cat.Get(container); ok && e.Capital == place && place != "" {
		f = append(f, "loc=capital")
	}
	chain := d.chain(place)
	switch {
	case len(chain) == 0:
		f = append(f, "loc=unknown")
	case chain[0] == container:
		f = append(f, "loc=nearest")
	case contains(chain, container):
		f = append(f, "loc=farther")
	default:
		f = append(f, "loc=other")
	}
	return f
}

// sameName reports whether a container is named after the place it would
// hold (عدن in محافظة عدن): a governorate and its seat, which the text
// rarely means to relate.
func (d *docState) sameName(place, container string) bool {
	p, ok1 := d.cat.Get(place)
	c, ok2 := d.cat.Get(container)
	if !ok1 || !ok2 || p.Type != extract.Place || c.Type != extract.Place {
		return false
	}
	return strings.HasPrefix(c.Name, p.Name+" ") || strings.HasPrefix(c.Name, "Al "+p.Name+" ")
}
