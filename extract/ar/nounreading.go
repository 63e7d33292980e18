package ar

import (
	"sync"

	"github.com/newskg/kg/extract/text"
)

// nounReadingAdjectives are the normalised adjectives of
// data/noun_readings.tsv.
var nounReadingAdjectives = sync.OnceValues(func() (map[string]bool, error) {
	rows, err := readTSV("noun_readings.tsv", 1)
	if err != nil {
		return nil, err
	}
	m := make(map[string]bool, len(rows))
	for _, r := range rows {
		m[text.Normalize(r[0])] = true
	}
	return m, nil
})

// nounReading reports whether a one-word catalogue name at token i is
// read as the common noun it also is: the next word, without a
// proclitic, is a common adjective of data/noun_readings.tsv (القاعدة
// الجوية is an air base, no al-Qaeda). A name the catalogue holds with
// the adjective is a longer match and never asks.
func nounReading(st *sentState, i int) bool {
	if i+1 >= len(st.toks) {
		return false
	}
	n := st.toks[i+1]
	if !n.IsArabic() || n.Prefix != "" || !text.HasArticle(st.toks[i].Bare) {
		return false
	}
	adjs, err := nounReadingAdjectives()
	return err == nil && adjs[n.Norm]
}
