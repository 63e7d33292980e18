package ar

import (
	"strings"

	"github.com/newskg/kg/extract/timex"
)

// dropQuotedNames removes the time expressions that stand alone between
// quotation marks: «اليوم» in a dateline ("طهران - «اليوم»، وكالات") is
// a newspaper, «الغد» a programme or a party, not a day. ms is changed in
// place.
func dropQuotedNames(ms []timex.Match, src string) []timex.Match {
	out := ms[:0]
	for _, m := range ms {
		if m.Start >= 0 && m.End <= len(src) && quotedBefore(src[:m.Start]) && quotedAfter(src[m.End:]) {
			continue
		}
		out = append(out, m)
	}
	return out
}

func quotedBefore(s string) bool {
	return strings.HasSuffix(s, "«") || strings.HasSuffix(s, "\"") || strings.HasSuffix(s, "“")
}

func quotedAfter(s string) bool {
	return strings.HasPrefix(s, "»") || strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "”")
}
