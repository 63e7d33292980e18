package ar

import (
	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// homeWords are the nouns with a possessive pronoun that name the country
// of the one the pronoun refers to: "قال شكري إن بلاده تدعم…" (Egypt).
var homeWords = map[string]bool{}

func init() {
	// first person ("بلادي ترفض…", "بلادنا") in the speaker's words: the
	// nearest person before is the speaker
	for _, w := range []string{"بلاده", "بلادها", "بلادهم", "دولته", "دولتها", "بلادي", "بلادنا", "دولتنا"} {
		homeWords[text.Normalize(w)] = true
	}
}

// homeCountries makes a country mention of each "بلاده/بلادها" of the
// sentence that no rule named: the country where the nearest person named
// before it (in the sentence, else the last person of the text) holds
// office, by the catalogue at the document's date or by a title the text
// gave him.
func (d *docState) homeCountries(st *sentState) {
	for k, t := range st.toks {
		if st.at[k] >= 0 || !inEither(homeWords, t) {
			continue
		}
		p := ""
		for n := len(st.ments) - 1; n >= 0; n-- {
			if m := st.ments[n]; m.e <= k && m.typ == extract.Person {
				p = m.key
				break
			}
		}
		if p == "" {
			p = d.topicPerson(st)
		}
		if p == "" {
			p = d.lastPerson
		}
		c := d.homeOf(p)
		if c == "" {
			continue
		}
		st.insert(&mention{s: k, e: k + 1, key: c, typ: extract.Country, prefix: t.Prefix, pron: true})
	}
}

// homeOf returns the country a person holds office in: the catalogue's
// office at the document's date, else an officialOf fact of the text.
func (d *docState) homeOf(p string) string {
	if p == "" {
		return ""
	}
	for _, o := range d.cat.Offices(p, d.at) {
		if d.typeOf(o.Of) == extract.Country {
			return o.Of
		}
	}
	for _, f := range d.facts {
		if f.Subject == p && f.Predicate == extract.OfficialOf && d.typeOf(f.Object) == extract.Country {
			return f.Object
		}
	}
	return ""
}

// insert adds a mention in text order (the mentions of a sentence are
// read nearest-first by position) and re-indexes the tokens.
func (st *sentState) insert(m *mention) {
	n := len(st.ments)
	for n > 0 && st.ments[n-1].s > m.s {
		n--
	}
	st.ments = append(st.ments, nil)
	copy(st.ments[n+1:], st.ments[n:])
	st.ments[n] = m
	for i := range st.at {
		st.at[i] = -1
	}
	for i, x := range st.ments {
		for k := x.s; k < x.e; k++ {
			st.at[k] = i
		}
	}
}
