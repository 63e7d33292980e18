package ar

import (
	"fmt"
	"strings"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/text"
)

// condition is one row of data/context.tsv: a catalogue entry is linked
// only when the document supports it.
type condition struct {
	kind   string // country, word, before
	values map[string]bool
}

// loadContext reads data/context.tsv: entry key → conditions.
func loadContext() (map[string][]condition, error) {
	rows, err := readTSV("context.tsv", 3)
	if err != nil {
		return nil, err
	}
	out := map[string][]condition{}
	for _, r := range rows {
		c := condition{kind: r[1], values: map[string]bool{}}
		switch c.kind {
		case "country":
			for _, v := range splitAlts(r[2]) {
				c.values[strings.TrimSpace(v)] = true
			}
		case "word", "before", "notnext":
			for _, v := range splitAlts(r[2]) {
				c.values[text.Normalize(v)] = true
			}
		default:
			return nil, fmt.Errorf("ar: data/context.tsv: %s: condition %q, want country, word, before or notnext", r[0], c.kind)
		}
		out[r[0]] = append(out[r[0]], c)
	}
	return out, nil
}

// choose picks the entry a catalogue name at tokens [s, e) denotes, or
// nil when none fits the document: entries whose conditions
// (data/context.tsv) fail are dropped; a short form several catalogue
// people share (withBearers) picks one by bestPerson; among several, a person named
// earlier in the document wins, then the entry whose country the
// document names most, then a person in office at the document's date,
// then the catalogue's order.
func (d *docState) choose(st *sentState, s, e int, es []*catalog.Entry) *catalog.Entry {
	if len(es) == 0 {
		return nil
	}
	matched := es
	es = d.withBearers(st, s, e, es)
	if len(es) == 1 && d.x.context[es[0].Key] == nil {
		return es[0]
	}
	var kept []*catalog.Entry
	self := d.namesCountry(st, s, e)
	for _, en := range es {
		if self || d.supported(st, s, e, en) {
			kept = append(kept, en)
		}
	}
	if len(kept) <= 1 {
		if len(kept) == 0 {
			return nil
		}
		return kept[0]
	}
	if len(es) > len(matched) {
		role := ""
		if r, _, te := d.matchTitle(st, s); te > s && te < e {
			role = r // "الملك عبد الله": the title in the name
		}
		return d.bestPerson(kept, role, matched) // a short form several people share
	}
	if s > 0 && st.toks[s-1].Bare == normCapital {
		for _, en := range kept {
			if en.Type == extract.Place {
				return en // العاصمة عمان: Amman, not Oman
			}
		}
	}
	var best *catalog.Entry
	bestScore := -1
	for i, en := range kept {
		score := 0
		if d.isMention[en.Key] {
			score += 1000
		}
		score += 10 * min(d.countryWeight(en), 50)
		if en.Type == extract.Person && !d.at.IsZero() && len(d.cat.Offices(en.Key, d.at)) > 0 {
			score += 5
		}
		score = score*100 - i
		if score > bestScore {
			best, bestScore = en, score
		}
	}
	return best
}

// namesCountry reports whether tokens [s, e) contain a nationality
// adjective or the name of a country or place, so that the name carries
// its own context (الحكومة اليمنية, عملية السلام في الشرق الأوسط).
func (d *docState) namesCountry(st *sentState, s, e int) bool {
	for k := s + 1; k < e && k < len(st.toks); k++ {
		if d.adjective(st, k) != "" {
			return true
		}
		if end, es, _ := d.matchName(st, k); end > k && end <= e {
			for _, en := range es {
				if en.Type == extract.Country || en.Type == extract.Place {
					return true
				}
			}
		}
	}
	return false
}

// supported reports whether the document supports an entry with
// conditions (an entry without conditions always is) at the name
// starting at token s and ending before e.
func (d *docState) supported(st *sentState, s, e int, en *catalog.Entry) bool {
	cs := d.x.context[en.Key]
	if len(cs) == 0 {
		return true
	}
	for _, c := range cs {
		switch c.kind {
		case "country":
			p := d.profile()
			for k := range c.values {
				if p[k] > 0 {
					return true
				}
			}
		case "word":
			if d.hasWord(c.values) {
				return true
			}
		case "before":
			if s > 0 {
				p := st.toks[s-1]
				if c.values[p.Norm] || c.values[p.Bare] {
					return true
				}
			}
		case "notnext":
			if e >= len(st.toks) || !(c.values[st.toks[e].Norm] || c.values[st.toks[e].Bare]) {
				return true
			}
		}
	}
	return false
}

// countryWeight returns how often the document names the country an entry
// belongs to (for a person: the countries of the offices the catalogue
// gives them).
func (d *docState) countryWeight(en *catalog.Entry) int {
	p := d.profile()
	if en.Type == extract.Person {
		w := 0
		for _, o := range d.cat.Offices(en.Key, d.at) {
			if c, ok := d.cat.CountryOf(o.Of); ok {
				w = max(w, p[c.Key])
			}
		}
		if w == 0 {
			for _, o := range d.cat.Offices(en.Key, time.Time{}) {
				if c, ok := d.cat.CountryOf(o.Of); ok {
					w = max(w, p[c.Key]/2)
				}
			}
		}
		return w
	}
	if c, ok := d.cat.CountryOf(en.Key); ok {
		return p[c.Key]
	}
	return 0
}

// profile counts, per country, the words of the whole document that name
// it unambiguously: the country, its adjectives, and one-word names of
// places located in it. It is computed once, when first needed.
func (d *docState) profile() map[string]int {
	if d.countries != nil {
		return d.countries
	}
	if d.sents == nil {
		return map[string]int{} // the headline is read before the text: count nothing yet, cache nothing
	}
	d.countries = map[string]int{}
	cw := d.cat.CountryWords() // once, not at every token (tokenCountry)
	for _, s := range d.sents {
		for _, t := range s.Tokens {
			if !t.IsArabic() {
				continue
			}
			if c := countryOfToken(cw, t); c != "" {
				d.countries[c]++
			}
		}
	}
	if c := d.datelineCountry(); c != "" {
		d.countries[c] += datelineWeight
	}
	return d.countries
}

// tokenCountry returns the country one word names without doubt: a
// nationality adjective or a one-word name all of whose exact catalogue
// hits belong to the same country (Catalog.CountryWords), with or
// without its proclitics.
func (d *docState) tokenCountry(t text.Token) string {
	return countryOfToken(d.cat.CountryWords(), t)
}

// countryOfToken is tokenCountry with the catalogue's CountryWords cw.
func countryOfToken(cw map[string]string, t text.Token) string {
	if c, ok := cw[t.Norm]; ok {
		return c
	}
	if t.Bare == t.Norm {
		return "" // the same look-up again
	}
	return cw[t.Bare]
}

// hasWord reports whether one of the words (normal forms) occurs in the
// document, with or without proclitics.
func (d *docState) hasWord(words map[string]bool) bool {
	for _, s := range d.sents {
		for _, t := range s.Tokens {
			if inEither(words, t) {
				return true
			}
		}
	}
	return false
}

// inDate reports whether tokens [s, e) lie inside a date expression of
// the sentence (آب in "12 آب", the month, is not the Yemeni city).
func (st *sentState) inDate(s, e int) bool {
	if len(st.dates) == 0 || s >= len(st.toks) {
		return false
	}
	a, b := st.toks[s].Start, st.toks[e-1].End
	for _, m := range st.dates {
		if m.Start < b && a < m.End {
			return true
		}
	}
	return false
}

// eventFits reports whether a catalogue event found by a generic English
// name (Geneva talks) fits the document: every country its English name
// mentions (Geneva talks on Syria) is named in the document.
func (d *docState) eventFits(e *catalog.Entry) bool {
	p := d.profile()
	for _, w := range strings.Fields(strings.NewReplacer("(", " ", ")", " ", ",", " ").Replace(e.Name)) {
		if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		for _, c := range d.cat.Lookup(strings.ToLower(w)) {
			if c.Type == extract.Country && p[c.Key] == 0 {
				return false
			}
		}
	}
	return true
}

// normCapital is العاصمة ("the capital") as text.Normalize writes it.
var normCapital = text.Normalize("العاصمة")

// notYet drops the events and agreements that had not begun at the
// document's date, by the first year of their English name ("2025 Iran–
// United States negotiations" is no محادثات مسقط of 2015); entries without
// a year, and undated documents, keep everything. It returns es itself
// when nothing is dropped.
func (d *docState) notYet(es []*catalog.Entry) []*catalog.Entry {
	if d.at.IsZero() {
		return es
	}
	y := d.at.Year()
	drop := 0
	for _, e := range es {
		if eventYear(e) > y {
			drop++
		}
	}
	if drop == 0 {
		return es
	}
	out := make([]*catalog.Entry, 0, len(es)-drop)
	for _, e := range es {
		if eventYear(e) <= y {
			out = append(out, e)
		}
	}
	return out
}

// eventYear returns the first year (1900–2099) written in the English name
// of an event or agreement, or 0.
func eventYear(e *catalog.Entry) int {
	if e.Type != extract.Event && e.Type != extract.Agreement || strings.Contains(e.Name, "Resolution") {
		return 0 // "Resolution 2042" is a number, not a year
	}
	n := e.Name
	for i := 0; i+4 <= len(n); i++ {
		if (i > 0 && isDigit(n[i-1])) || (i+4 < len(n) && isDigit(n[i+4])) {
			continue
		}
		if (n[i] == '1' && n[i+1] == '9' || n[i] == '2' && n[i+1] == '0') && isDigit(n[i+2]) && isDigit(n[i+3]) {
			return int(n[i]-'0')*1000 + int(n[i+1]-'0')*100 + int(n[i+2]-'0')*10 + int(n[i+3]-'0')
		}
	}
	return 0
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }
