package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
)

// locatedIn from the catalogue across neighbouring sentences: a catalogue
// place the text names, whose container (the nearest one of the
// catalogue's located-in chain that the text names, as a name or a
// nationality adjective) is named in the same sentence or the one before
// or after, a country only where it is a place (after في، إلى، زيارة…)
// — "وصل أوباما إلى نيروبي مساء الجمعة. وتأتي زيارته لكينيا…"
// gives Nairobi locatedIn Kenya. Only the nearest named container counts
// (الفلوجة with محافظة الأنبار and العراق named: Anbar); a container
// named only far away in the text gives nothing (measured on tune: mostly
// not what the text says). The evidence is the sentence naming the place;
// rule ar/located-doc, weighed by the fact scorer on its own.

// locSpan is how many sentences may stand between a place and its
// container.
const locSpan = 1

// placeRec is a sentence that names a place.
type placeRec struct {
	key string
	st  *sentState
}

// notePlaces records the sentence's places and the sentences each entity
// is named in (by a name or a nationality adjective), for locatedDoc.
func (d *docState) notePlaces(st *sentState) {
	if d.namedIn == nil {
		d.namedIn = map[string][]int{}
	}
	for _, m := range st.ments {
		if m.key == "" {
			continue
		}
		if m.typ == extract.Country && !d.locative(st, m) {
			continue // "قالت إيران": an actor, not where the place is
		}
		if s := d.namedIn[m.key]; len(s) == 0 || s[len(s)-1] != st.idx {
			d.namedIn[m.key] = append(s, st.idx)
		}
		if !m.adj && (m.typ == extract.Place || m.typ == extract.Facility) {
			d.placeRecs = append(d.placeRecs, placeRec{m.key, st})
		}
	}
}

// locatedDoc adds locatedIn for each recorded place and the nearest of its
// catalogue containers named close to it.
func (d *docState) locatedDoc() {
	for _, r := range d.placeRecs {
		for _, c := range d.chain(r.key) {
			if !d.namedNear(c, r.st.idx) {
				continue
			}
			if d.sameName(r.key, c) {
				break // "عدن" and "محافظة عدن": the seat of its governorate
			}
			d.addFact(extract.Fact{Subject: r.key, Predicate: extract.LocatedIn, Object: c,
				Evidence: r.st.s.Text, Start: r.st.s.Start, End: r.st.s.End, Rule: "ar/located-doc",
				Features: append([]string{"cx=located-doc", "types=" + d.typeOf(r.key) + "-" + d.typeOf(c)}, d.locFeatures(r.key, c)...)})
			break
		}
	}
}

// namedNear reports whether an entity is named within locSpan sentences
// of sentence idx.
func (d *docState) namedNear(key string, idx int) bool {
	for _, i := range d.namedIn[key] {
		if i >= idx-locSpan && i <= idx+locSpan {
			return true
		}
	}
	return false
}

// locative reports whether a mention names a place where something is or
// happens: after a preposition of place or a visit noun (list
// "locative"), with the clitic ب or ل, or as a compass region's country.
func (d *docState) locative(st *sentState, m *mention) bool {
	if m.adj {
		return m.s > 0 && d.in("locative", st.toks[m.s-1].Bare)
	}
	if strings.HasSuffix(m.prefix, "ب") || strings.HasSuffix(m.prefix, "ل") {
		return true
	}
	if m.s == 0 {
		return false
	}
	prev := st.toks[m.s-1]
	return d.in("locative", prev.Norm) || d.in("locative", prev.Bare) || d.in("compass", prev.Norm)
}
