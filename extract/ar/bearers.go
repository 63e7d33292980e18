package ar

import (
	"slices"
	"strings"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/text"
)

// People named by a short form several catalogue people share (a family
// name: رايس، بوش; a title and a given name: الملك عبد الله) are told apart
// by the document: the one named in full earlier, then the one holding an
// office (of the title's role, when a title comes first) at the
// document's date, then the one active then, then the one whose country
// the document names, then the one the catalogue lists under that very
// short form.

// shortForms returns the normalised forms the catalogue name matched at
// tokens [s, e) may be written in: the first word in each of its name
// forms, the others as written.
func (d *docState) shortForms(st *sentState, s, e int) []string {
	rest := make([]string, 0, e-s-1)
	for k := s + 1; k < e; k++ {
		rest = append(rest, st.toks[k].Norm)
	}
	tail := strings.Join(rest, " ")
	var out []string
	for _, f := range d.nameForms(st, s) {
		if tail != "" {
			f += " " + tail
		}
		out = append(out, f)
	}
	return out
}

// withBearers adds to the catalogue people a name at tokens [s, e)
// matched the other people its short form may name (catalog.Bearers).
// A family name alone (one word) adds only the bearers who share a
// country with a matched person or whose country the document names: the
// family name of one Egyptian president is no cue for a Kuwaiti minister
// of the same name. Non-people and names that matched no person are
// returned as they are.
func (d *docState) withBearers(st *sentState, s, e int, es []*catalog.Entry) []*catalog.Entry {
	if len(es) == 0 {
		return es
	}
	for _, en := range es {
		if en.Type != extract.Person {
			return es
		}
	}
	var home map[string]bool // the matched people's countries, made when a family name alone first needs them
	out := es
	copied := false
	for _, f := range d.shortForms(st, s, e) {
		for _, b := range d.cat.Bearers(f) {
			if containsEntry(out, b) {
				continue
			}
			if e-s == 1 {
				if home == nil {
					home = d.countriesOf(es)
				}
				if !d.sharesCountry(b, home) {
					continue
				}
			}
			if !copied {
				out = append([]*catalog.Entry(nil), es...)
				copied = true
			}
			out = append(out, b)
		}
	}
	return out
}

// countriesOf returns the countries the people es held offices of.
func (d *docState) countriesOf(es []*catalog.Entry) map[string]bool {
	home := map[string]bool{}
	for _, en := range es {
		for _, c := range d.personCountries(en.Key) {
			home[c] = true
		}
	}
	return home
}

// sharesCountry reports whether a person held an office of one of the
// countries in home, or of a country the document names.
func (d *docState) sharesCountry(b *catalog.Entry, home map[string]bool) bool {
	p := d.profile()
	for _, c := range d.personCountries(b.Key) {
		if home[c] || p[c] > 0 {
			return true
		}
	}
	return false
}

func containsEntry(es []*catalog.Entry, e *catalog.Entry) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// personCountries returns the countries of the offices the catalogue gives
// a person, at any time, each once, in no particular order; computed once
// per person for the extractor (read only).
func (d *docState) personCountries(key string) []string {
	if cs, ok := d.x.homeCache.Get(key); ok {
		return cs
	}
	var cs []string
	for _, o := range d.cat.Offices(key, time.Time{}) {
		if c, ok := d.cat.CountryOf(o.Of); ok && !slices.Contains(cs, c.Key) {
			cs = append(cs, c.Key)
		}
	}
	d.x.homeCache.Put(strings.Clone(key), cs)
	return cs
}

// roleFits reports whether an office's role answers a title's role: the
// same role, two head roles (رئيس names a president or a head), or a
// minister of any portfolio for the bare title الوزير.
func roleFits(title, office string) bool {
	return title == "" || title == office || headRoles[title] && headRoles[office] ||
		title == "minister" && ministerRole(office)
}

// holdsRole reports whether a person holds an office fitting role at the
// document's date (any office when role is "").
func (d *docState) holdsRole(key, role string) bool {
	for _, o := range d.cat.Offices(key, d.at) {
		if roleFits(role, o.Role) {
			return true
		}
	}
	return false
}

// everHeld reports whether a person held an office fitting role at any
// time.
func (d *docState) everHeld(key, role string) bool {
	for _, o := range d.cat.Offices(key, time.Time{}) {
		if roleFits(role, o.Role) {
			return true
		}
	}
	return false
}

// personRank scores a catalogue person for a shared name (higher is
// better); explicit is whether the catalogue lists the name for them.
func (d *docState) personRank(en *catalog.Entry, role string, explicit bool) int {
	r := 0
	if d.isMention[en.Key] {
		r += 1 << 24
	}
	if role != "" && d.holdsRole(en.Key, role) {
		r += 1 << 23
	}
	switch {
	case d.holdsRole(en.Key, ""):
		r += 1 << 22
	case d.cat.Active(en.Key, d.at):
		r += 1 << 21
	}
	r += min(d.countryWeight(en), 1000) << 2
	if explicit {
		r += 2
	}
	return r
}

// bestPerson picks among catalogue people sharing a name by personRank,
// the first in order on a tie. explicit holds those the catalogue lists
// under the name itself (nil for none).
func (d *docState) bestPerson(es []*catalog.Entry, role string, explicit []*catalog.Entry) *catalog.Entry {
	var best *catalog.Entry
	bestRank := -1
	for _, en := range es {
		if r := d.personRank(en, role, containsEntry(explicit, en)); r > bestRank {
			best, bestRank = en, r
		}
	}
	return best
}

// titledBearer returns the catalogue person a title followed by a family
// name the catalogue does not list alone names ("الرئيس بوش", "الوزير
// لافروف"): among the bearers of the word at token k who ever held an
// office fitting the title's role (of the body of, when named), the best
// by personRank. The word must be tagged a person's name, or follow a
// title word with the article without having one itself (الزعيم الجديد
// is an adjective); nil when none.
func (d *docState) titledBearer(st *sentState, k int, role, of string) *catalog.Entry {
	t := st.toks[k]
	if !t.IsArabic() || t.Prefix != "" || role == "" || d.commonWord(t) || d.in("preposition", t.Bare) ||
		d.cat.GivenName(t.Norm) || d.x.roman.IsGiven(t.Norm) {
		return nil // "على هامش", "علي": no family name
	}
	if !d.taggedPerson(st, k) && (k == 0 || !text.HasArticle(st.toks[k-1].Bare) && !text.HasArticle(st.toks[k-1].Norm) || text.HasArticle(t.Norm)) {
		return nil // "زعيم جديد"، "الزعيم الجديد": an adjective; "الرئيس بوش": a name
	}
	var cands []*catalog.Entry
	for _, b := range d.cat.Bearers(t.Norm) { // as written: الجديد is no بن جديد
		if !containsEntry(cands, b) && d.everHeld(b.Key, role) {
			cands = append(cands, b)
		}
	}
	if of != "" {
		cands = d.heldAt(cands, role, of)
		if len(cands) == 0 || !d.everHeldOf(cands[0].Key, role, of) {
			return nil // "رئيس الوزراء البريطاني X": only a British prime minister
		}
	}
	return d.bestPerson(cands, role, nil)
}

// everHeldOf reports whether a person held an office of role of of at any
// time.
func (d *docState) everHeldOf(key, role, of string) bool {
	for _, o := range d.cat.Offices(key, time.Time{}) {
		if roleFits(role, o.Role) && o.Of == of {
			return true
		}
	}
	return false
}

// learnedBearer returns the catalogue person a one-word person name the
// tagger found names when the catalogue lists no one under that word
// alone ("قال بوش"): the bearer of that family name in office or active
// at the document's date, when only one is, or the one whose country the
// document names; nil else, and for a word that is also a given name.
func (d *docState) learnedBearer(word string) *catalog.Entry {
	if d.cat.GivenName(word) || d.x.roman.IsGiven(word) {
		return nil // محمد، عباس: anyone's given name
	}
	var active []*catalog.Entry
	for _, b := range d.cat.Bearers(word) {
		if d.cat.Active(b.Key, d.at) && !containsEntry(active, b) {
			active = append(active, b)
		}
	}
	switch len(active) {
	case 0:
		return nil
	case 1:
		return active[0]
	}
	best := d.bestPerson(active, "", nil)
	if d.countryWeight(best) == 0 {
		return nil
	}
	return best
}

// titledName returns the person a title followed by a catalogue name at
// tokens [k, e) names: among the people the name matched and those who
// share its short form, the best for the title's role (and its body of,
// when named); for a one-word name that matched no person, a bearer of
// that family name who held such an office ("الرئيس مبارك" is the
// president, whatever else the word names). nil when there is none.
func (d *docState) titledName(st *sentState, k, e int, es []*catalog.Entry, role, of string) *catalog.Entry {
	if en := pick(es); en == nil || en.Type != extract.Person {
		if e == k+1 {
			return d.titledBearer(st, k, role, of)
		}
		return nil
	}
	all := d.withBearers(st, k, e, es)
	if len(all) == len(es) {
		return pick(es)
	}
	return d.bestPerson(d.heldAt(all, role, of), role, es)
}

// heldAt keeps the people who held an office of role of of (of may be "")
// at any time, or returns them all when none did.
func (d *docState) heldAt(es []*catalog.Entry, role, of string) []*catalog.Entry {
	var out []*catalog.Entry
	for _, en := range es {
		for _, o := range d.cat.Offices(en.Key, time.Time{}) {
			if roleFits(role, o.Role) && (of == "" || o.Of == of) {
				out = append(out, en)
				break
			}
		}
	}
	if len(out) == 0 {
		return es
	}
	return out
}

// titleOffice returns the body of the office a person named after a title
// of role holds at the document's date: an office of that very role
// before one of another head role (رئيس), and a country's office before a
// party's or a movement's ("الرئيس مبارك" is president of Egypt, not of
// his party); "" when none fits.
func (d *docState) titleOffice(person, role string) string {
	best, bestRank := "", -1
	for _, o := range d.cat.Offices(person, d.at) {
		if !(o.Role == role || role == "" || (headRoles[o.Role] && headRoles[role])) {
			continue
		}
		r := 0
		if o.Role == role {
			r += 2
		}
		if d.typeOf(o.Of) == extract.Country {
			r++
		}
		if r > bestRank {
			best, bestRank = o.Of, r
		}
	}
	return best
}

// soleHolder returns the key of the one catalogue holder of role of of at
// the document's date, or "" when there is none or several.
func (d *docState) soleHolder(role, of string, former bool) string {
	if hs := d.holders(role, of, former); len(hs) == 1 {
		return hs[0]
	}
	return ""
}

// otherHolder reports whether the title at token i, right after a
// catalogue person's name that follows a relation verb, names someone
// else: the office's one holder at the document's date is another
// person, and the person before holds an office of their own then, none
// fitting the title ("التقى الملك عبد
// الله رئيس الوزراء البريطاني": the king met the prime minister, he is
// not one).
func (d *docState) otherHolder(st *sentState, i int, holder string) bool {
	if holder == "" {
		return false
	}
	p := i - 1
	if p >= 0 && (st.toks[p].Norm == "،" || st.toks[p].Norm == ",") {
		return false // a comma sets the title in apposition
	}
	m := st.mentionAt(p)
	if m == nil || m.key == holder || m.s == 0 || !d.isTrigger(st, m.s-1) {
		return false // "بين بوتين وخامنئي القائد الأعلى…": apposition
	}
	offs := d.cat.Offices(m.key, d.at)
	if len(offs) == 0 {
		return false
	}
	for _, h := range d.cat.Offices(holder, d.at) {
		for _, o := range offs {
			if o.Role == h.Role && o.Of == h.Of {
				return false
			}
		}
	}
	return true
}

// ofInTitle returns the country a title phrase at tokens [i, j) names
// inside itself: a phrase the catalogue ties to one country (خادم
// الحرمين الشريفين, Catalog.RoleOf) or a nationality adjective within it
// (المستشارة الألمانية); "" when none.
func (d *docState) ofInTitle(st *sentState, i, j int) string {
	words := make([]string, 0, j-i)
	for q := i; q < j; q++ {
		words = append(words, st.toks[q].Norm)
	}
	for _, f := range []string{st.toks[i].Norm, st.toks[i].Bare} {
		words[0] = f
		if of := d.cat.RoleOf(strings.Join(words, " ")); of != "" {
			return of
		}
	}
	for q := i + 1; q < j; q++ {
		if c := d.adjective(st, q); c != "" {
			return c
		}
	}
	return ""
}

// bodyHolder returns the holder of an office a title names through the
// body it heads when the catalogue files the office under the body's
// country: "رئيس البرلمان اللبناني" reads as head of the Lebanese
// parliament, and the words of the title and the body's name up to the
// adjective (رئيس البرلمان) make a role phrase (speaker) of that country.
// Tokens [i, j) are the title and its complement; nil when the phrase
// names no role or the office has no single holder then.
func (d *docState) bodyHolder(st *sentState, i, j int, of string) *catalog.Entry {
	c, ok := d.cat.CountryOf(of)
	if !ok || c.Key == of {
		return nil
	}
	for n := j; n > i+1; n-- {
		words := make([]string, 0, n-i)
		for q := i; q < n; q++ {
			words = append(words, st.toks[q].Norm)
		}
		words[0] = st.toks[i].Bare
		for _, r := range d.cat.LookupRole(strings.Join(words, " ")) {
			if hs := d.cat.Holders(r, c.Key, d.at); len(hs) == 1 {
				return hs[0]
			}
		}
	}
	return nil
}

// isTrigger reports whether token k is a relation phrase of the lexicon
// in any of its forms (التقى، واستقبل).
func (d *docState) isTrigger(st *sentState, k int) bool {
	for _, f := range st.forms(d, k) {
		if d.lex.triggers[f] != nil {
			return true
		}
	}
	return false
}

// innerTitle reports whether a title of its own, no post, begins inside
// the title phrase at tokens [i, end): وزير الخارجية in نائب وزير الخارجية.
func (d *docState) innerTitle(st *sentState, i, end int) bool {
	for q := i + 1; q < end; q++ {
		if r, _, te := d.matchTitle(st, q); te > q && !d.lex.posts[r] {
			return true
		}
	}
	return false
}

// taggedPerson reports whether the name finder tags token k as (part of)
// a person's name; true without a name finder.
func (d *docState) taggedPerson(st *sentState, k int) bool {
	if d.x.Names == nil {
		return true
	}
	ls := d.tag(st)
	return ls.cover != nil && ls.cover[k] >= 0 && ls.spans[ls.cover[k]].Type == extract.Person
}
