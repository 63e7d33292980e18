package catalog

import (
	"strings"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// News name a person again by the family name alone (رايس، بوش، مبارك)
// or by a title and a short form (الملك عبد الله), and several catalogue
// people share such a name: Condoleezza and Susan Rice, the two kings
// Abdullah. Bearers lists everyone a short form may name; the caller
// picks one by the document's date and countries (InOffice, Active).

// notFamily are last words of a full name that are no family name: an
// ordinal or a "senior/junior" after the given name (عبد الله الثاني،
// بوش الابن), and the second word of a compound (عبد الله، صلاح الدين).
var notFamily = map[string]bool{
	"الاول": true, "الثاني": true, "الثالث": true, "الرابع": true, "الخامس": true, "السادس": true,
	"الابن": true, "الاب": true, "الاصغر": true, "الاكبر": true, "الله": true, "الدين": true,
	"الرحمن": true, "الرحيم": true, "الرحمان": true,
}

// buildBearers indexes every person under their family names and the
// short forms of their names (Bearers).
func (c *Catalog) buildBearers() {
	c.bearers = map[string][]*Entry{}
	c.givens = map[string]bool{}
	add := func(k string, e *Entry) {
		for _, o := range c.bearers[k] {
			if o == e {
				return
			}
		}
		c.bearers[k] = append(c.bearers[k], e)
	}
	for _, e := range c.entries {
		if e.Type != extract.Person {
			continue
		}
		for _, a := range e.Arabic {
			words := strings.Fields(text.Normalize(strings.TrimPrefix(a, "=")))
			if len(words) < 2 {
				continue
			}
			// the family name: the last word, with and without the article
			last := words[len(words)-1]
			if !notFamily[last] || strings.HasPrefix(words[0], "عبد") {
				c.givens[words[0]] = true // not بوش of بوش الابن
			}
			if !notFamily[last] && !notFamily["ال"+last] && len([]rune(last)) >= 3 {
				add(last, e)
				if s, ok := stripArticle(last); ok {
					add(s, e)
				}
			}
			// a short form: the full name's first words, two at least
			// (الملك عبد الله of الملك عبد الله الثاني)
			for n := 2; n < len(words); n++ {
				add(strings.Join(words[:n], " "), e)
			}
		}
	}
}

// Bearers returns the catalogue people a normalised short form may name:
// those with an Arabic name of two words or more whose last word is norm
// (the family name, with or without the article: "رايس" gives both
// Condoleezza and Susan Rice), or whose first words are norm (two words
// at least: "الملك عبد الله" gives the kings of Saudi Arabia and of
// Jordan), in data order. Ordinals, "senior" and "junior" and the second
// word of a compound (الثاني، الابن، الله) are no family names.
func (c *Catalog) Bearers(norm string) []*Entry {
	c.bearerOnce.Do(c.buildBearers)
	return c.bearers[norm]
}

// GivenName reports whether a normalised word begins the Arabic name of
// a catalogue person of two words or more (محمد، علي، عباس): as a name
// alone it may be anyone's given name, not a family name.
func (c *Catalog) GivenName(norm string) bool {
	c.bearerOnce.Do(c.buildBearers)
	return c.givens[norm]
}

// activeBefore and activeAfter bound how far from an office a person still
// counts as active: news name a leader for a few years after they leave
// office, rarely before they take it.
const (
	activeBefore = 1 // years before the first day of an office
	activeAfter  = 3 // years after its last day
)

// Active reports whether person held an office on the day of at or within
// a few years of it (one year before it began, three after it ended). A
// zero at is any time.
func (c *Catalog) Active(person string, at time.Time) bool {
	if at.IsZero() {
		return len(c.byPerson[person]) > 0
	}
	d := day(at)
	for _, i := range c.byPerson[person] {
		o := c.offices[i]
		if !o.from.lo.IsZero() && d.Before(o.from.lo.AddDate(-activeBefore, 0, 0)) {
			continue
		}
		if !d.Before(o.until.end().AddDate(activeAfter, 0, 0)) {
			continue
		}
		return true
	}
	return false
}

// orgHeadNouns are the head nouns news drop before the name of a
// movement, party, paper or channel once it is known (المستقبل for تيار
// المستقبل, الوفاق for جمعية الوفاق), normalised.
var orgHeadNouns = []string{"حركه", "حزب", "تيار", "جمعيه", "جماعه", "جبهه", "صحيفه", "جريده", "قناه", "مجله", "وكاله", "منظمه", "شركه"}

// LookupHeaded returns the organisation or group whose catalogue name is a
// head noun of orgHeadNouns followed by the normalised name norm (exact
// hits only: "المستقبل" gives تيار المستقبل), or nil.
func (c *Catalog) LookupHeaded(norm string) *Entry {
	for _, h := range orgHeadNouns {
		for _, hit := range c.names.m[h+" "+norm] {
			if !hit.Derived && (hit.Entry.Type == extract.Organization || hit.Entry.Type == extract.Group) {
				return hit.Entry
			}
		}
	}
	return nil
}
