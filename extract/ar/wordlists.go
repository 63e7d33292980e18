package ar

import (
	"fmt"
	"strings"

	"github.com/newskg/kg/extract/text"
)

// wordLists reads a data file of named word lists, rows "list<TAB>word |
// word…", into one set of normalised words per list. A list whose name
// is not among names is an error naming the file, so a typo in a data
// file does not silently drop its words; a name ending in ":" admits every
// list it prefixes ("titled:" for "titled:سمو").
func wordLists(file string, names ...string) (map[string]map[string]bool, error) {
	rows, err := readTSV(file, 2)
	if err != nil {
		return nil, err
	}
	lists := map[string]map[string]bool{}
	for _, n := range names {
		lists[n] = map[string]bool{}
	}
	for _, r := range rows {
		set, ok := lists[r[0]]
		if !ok {
			for _, n := range names {
				if strings.HasSuffix(n, ":") && len(r[0]) > len(n) && strings.HasPrefix(r[0], n) {
					set, ok = map[string]bool{}, true
					lists[r[0]] = set
				}
			}
		}
		if !ok {
			return nil, fmt.Errorf("ar: data/%s: unknown list %q", file, r[0])
		}
		for _, w := range splitAlts(r[1]) {
			set[text.Normalize(w)] = true
		}
	}
	return lists, nil
}
