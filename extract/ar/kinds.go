package ar

import (
	"sort"
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/text"
)

// kindSynonym finds a catalogue group written with another kind head than
// the catalogue's: Arabic news call one armed group حركة, جماعة, تنظيم or
// فصيل by turns ("جماعة الشباب" for the catalogue's "حركة الشباب"). The
// heads are the "kindsyn" list of data/words.tsv. It returns the end of
// the longest such name at token i, its entries and the first token's
// proclitics, or end == i.
func (d *docState) kindSynonym(st *sentState, i int) (end int, entries []*catalog.Entry, prefix string) {
	toks := st.toks
	t := toks[i]
	if !t.IsArabic() || text.HasArticle(t.Bare) || !d.in("kindsyn", t.Bare) {
		return i, nil, ""
	}
	var tail []string
	for k := i + 1; k < len(toks) && k <= i+4 && toks[k].IsArabic() && (toks[k].Prefix == "" || k > i+1 && toks[k].Prefix == "و"); k++ {
		tail = append(tail, toks[k].Norm)
	}
	for n := len(tail); n >= 1; n-- {
		rest := strings.Join(tail[:n], " ")
		for _, h := range d.x.kindHeads {
			if h == t.Bare {
				continue
			}
			var es []*catalog.Entry
			for _, hit := range d.cat.LookupHits(h + " " + rest) {
				if !hit.Derived && (hit.Entry.Type == extract.Group || hit.Entry.Type == extract.Organization) {
					es = append(es, hit.Entry)
				}
			}
			if len(es) > 0 {
				return i + 1 + n, es, t.Prefix
			}
		}
	}
	return i, nil, ""
}

// sortedWords returns the words of a list of data/words.tsv in order.
func (l *lexicon) sortedWords(list string) []string {
	var ws []string
	for w := range l.words[list] {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	return ws
}
