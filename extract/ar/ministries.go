package ar

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// ministry is one row of data/ministries.tsv.
type ministry struct {
	words [][]string // normalised word sequences before the adjective
	tmpls []string   // English templates, the first is the label
}

func loadMinistries() ([]ministry, error) {
	rows, err := readTSV("ministries.tsv", 2)
	if err != nil {
		return nil, err
	}
	var out []ministry
	for _, r := range rows {
		m := ministry{}
		for _, w := range splitAlts(r[0]) {
			m.words = append(m.words, strings.Fields(text.Normalize(w)))
		}
		for _, t := range splitAlts(r[1]) {
			m.tmpls = append(m.tmpls, strings.TrimSpace(t))
		}
		out = append(out, m)
	}
	return out, nil
}

// countryBody records, for a country named by its adjective at token k
// (or by a catalogue name ending there), the government or ministry the
// words before it name (الحكومة الأفغانية → Government of Afghanistan) as
// a node of the document; the mention itself stays the country.
func (d *docState) countryBody(st *sentState, k int, country string) {
	c, ok := d.cat.Get(country)
	if !ok || c.Type != extract.Country {
		return
	}
	for _, m := range d.x.ministries {
		for _, ws := range m.words {
			s := k - len(ws)
			if s < 0 {
				continue
			}
			match := true
			for q, w := range ws {
				t := st.toks[s+q]
				if t.Norm != w && t.Bare != w {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			if len(m.tmpls) > 0 && strings.HasPrefix(m.tmpls[0], "Government") && c.Government != "" {
				d.noteNested(c.Government)
				return
			}
			d.noteNested(d.bodyOf(c.Key, c.Name, m.tmpls))
			return
		}
	}
}

// bodyOf makes (or finds) the entity of a country's body named by English
// templates: the catalogue's entry of that name, else a new one.
func (d *docState) bodyOf(country, name string, tmpls []string) string {
	dem := d.lex.demonyms[country]
	var names []string
	for _, t := range tmpls {
		if strings.Contains(t, "{demonym}") && dem == "" {
			continue
		}
		names = append(names, strings.NewReplacer("{name}", name, "{demonym}", dem).Replace(t))
	}
	if len(names) == 0 {
		return ""
	}
	for _, n := range names {
		for _, e := range d.cat.Lookup(strings.ToLower(n)) {
			if e.Type == extract.Organization {
				return e.Key
			}
		}
	}
	h := sha256.Sum256([]byte(tmpls[0] + "\x00" + country))
	key := "org-" + asciiSlug(names[0], 40) + "-" + hex.EncodeToString(h[:4])
	if _, ok := d.created[key]; !ok {
		e := &extract.Entity{Key: key, Type: extract.Organization, Labels: map[string]string{"en": names[0]}, Confidence: 0.8}
		for _, n := range names[1:] {
			e.AltLabels = append(e.AltLabels, extract.Label{Text: n, Lang: "en"})
		}
		d.created[key] = e
	}
	return key
}
