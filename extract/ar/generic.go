package ar

import (
	"slices"
	"strings"
	"sync"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/text"
)

// genericRow is one row of data/generic.tsv: a description's words and
// what it names.
type genericRow struct {
	words []string
	kind  string
}

var (
	genericOnce sync.Once
	genericRows []genericRow
	genericErr  error
	// genericRivals are the countries whose government a description
	// cannot name: news set several rival governments apart there.
	genericRivals = map[string]bool{}
)

// loadGeneric reads data/generic.tsv once, longest phrases first.
func loadGeneric() ([]genericRow, error) {
	genericOnce.Do(func() {
		rows, err := readTSV("generic.tsv", 2)
		if err != nil {
			genericErr = err
			return
		}
		for _, r := range rows {
			if strings.TrimSpace(r[0]) == "rivals" {
				for _, k := range splitAlts(r[1]) {
					genericRivals[k] = true
				}
				continue
			}
			genericRows = append(genericRows, genericRow{words: strings.Fields(text.Normalize(r[0])), kind: strings.TrimSpace(r[1])})
		}
		slices.SortStableFunc(genericRows, func(a, b genericRow) int { return len(b.words) - len(a.words) })
	})
	return genericRows, genericErr
}

// genericBody resolves a description of data/generic.tsv starting at
// token i that no catalogue name covers (nameEnd <= i) and no nationality
// adjective follows ("القوات الحكومية" alone, not "القوات الحكومية
// العراقية") to that body of the document's country (soleCountry). It
// returns the mention or nil.
func (d *docState) genericBody(st *sentState, i, nameEnd int) *mention {
	t := st.toks[i]
	if nameEnd > i || !t.IsArabic() || !text.HasArticle(t.Bare) {
		return nil
	}
	rows, err := loadGeneric()
	if err != nil {
		return nil
	}
	for _, r := range rows {
		end := i + len(r.words)
		if end > len(st.toks) || t.Bare != r.words[0] {
			continue
		}
		ok := true
		for q := 1; q < len(r.words); q++ {
			if tq := st.toks[i+q]; tq.Prefix != "" || (tq.Norm != r.words[q] && tq.Bare != r.words[q]) {
				ok = false
				break
			}
		}
		if !ok || d.attributed(st, end) || d.titled(st, i) {
			continue
		}
		c := d.soleCountry(st)
		if c == nil {
			return nil
		}
		key, typ := d.genericKey(c, r.kind)
		if key == "" {
			return nil
		}
		return &mention{s: i, e: end, key: key, typ: typ, prefix: t.Prefix}
	}
	return nil
}

// genericKey returns the entity a description of the given kind names for
// country c, and its type.
func (d *docState) genericKey(c *catalog.Entry, kind string) (string, string) {
	gov := func() (string, string) {
		if g := d.namedGovernment(c.Key); g != "" {
			return g, d.typeOf(g)
		}
		if genericRivals[c.Key] {
			return "", ""
		}
		if c.Government != "" {
			return c.Government, d.typeOf(c.Government)
		}
		return c.Key, string(extract.Country)
	}
	switch kind {
	case "government":
		return gov()
	case "army", "opposition":
		if kind == "army" && c.Government != "" {
			return gov() // "قوات النظام": a government set apart commands its forces
		}
		head := "الجيش"
		if kind == "opposition" {
			head = "المعارضه"
		}
		for _, a := range c.Adjectives {
			a = text.StripArticle(text.Normalize(a))
			for _, form := range []string{a, a + "ه"} {
				for _, e := range d.cat.Lookup(head + " ال" + form) {
					if e.Type == extract.Organization || e.Type == extract.Group {
						return e.Key, string(e.Type)
					}
				}
			}
		}
		if kind == "army" {
			return gov()
		}
	}
	return "", ""
}

// soleCountry returns the country the document is about when that is not
// in doubt (never while the headline is read): the top country of the
// profile, named at least twice as often as any other and linked by a
// mention of the text so far, and no other country named in the sentence.
func (d *docState) soleCountry(st *sentState) *catalog.Entry {
	if len(d.sents) == 0 {
		return nil // the headline is read before the text: profile would cache an empty count
	}
	c := d.topCountry()
	if c == nil || !d.isMention[c.Key] {
		return nil // the profile also counts ambiguous words (مالي): the text must have linked the country
	}
	p := d.profile()
	for k, n := range p {
		if k != c.Key && 2*n > p[c.Key] {
			return nil
		}
	}
	for _, t := range st.toks {
		if t.IsArabic() {
			if o := d.tokenCountry(t); o != "" && o != c.Key {
				return nil
			}
		}
	}
	for _, m := range st.ments {
		if m.typ == string(extract.Country) && m.key != c.Key {
			return nil
		}
	}
	return c
}

// attributed reports whether the word at k (after a description) is a
// nationality adjective, a name, or a definite word that may be an
// attribute naming another body ("الحكومة المؤقتة"، "الحكومة المعترف بها").
// Descriptions are feminine or plural, so a definite word that is neither
// feminine nor a participle is taken for the next argument.
func (d *docState) attributed(st *sentState, k int) bool {
	if k >= len(st.toks) {
		return false
	}
	t := st.toks[k]
	if d.adjective(st, k) != "" || st.at[k] >= 0 {
		return true
	}
	if !t.IsArabic() || t.Prefix != "" || !text.HasArticle(t.Bare) {
		return false
	}
	// a feminine adjective or a participle (المؤقتة، المعترف); a definite
	// noun after it is rather the verb's next argument ("اتهمت المعارضة
	// الطيران")
	return strings.HasSuffix(t.Bare, "ه") || strings.HasPrefix(t.Bare, "الم")
}

// titled reports whether the description at i completes a title phrase
// with the word before it ("رئيس الحكومة").
func (d *docState) titled(st *sentState, i int) bool {
	if i == 0 || !st.toks[i-1].IsArabic() {
		return false
	}
	for _, f := range []string{st.toks[i-1].Bare, st.toks[i-1].Norm} {
		if _, ok := d.lex.titles[f+" "+st.toks[i].Bare]; ok {
			return true
		}
	}
	return false
}

// namedGovernment returns the government of the country that the document
// named last: a catalogue organisation of that country which is its
// government entry or whose English name says it is a government
// ("الحكومة الليبية المؤقتة … الحكومة"), else "".
func (d *docState) namedGovernment(country string) string {
	c, _ := d.cat.Get(country)
	for n := len(d.mentioned) - 1; n >= 0; n-- {
		k := d.mentioned[n]
		e, ok := d.cat.Get(k)
		if !ok || e.Type != extract.Organization {
			continue
		}
		if of, ok := d.cat.CountryOf(k); !ok || of.Key != country {
			continue
		}
		if (c != nil && c.Government == k) || strings.Contains(e.Name, "Government") {
			return k
		}
	}
	return ""
}
