package ar

import (
	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/timex"
)

// datePastParties returns the date written right after the parties of an
// agreement or event ("الاتفاق المبرم بين إيران والقوى الكبرى الأسبوع
// الماضي"، "صفقة شاليط التي أبرمت بين حماس وإسرائيل في 2011"): a time
// expression starting at most two tokens after token k, the end of a
// party, or after the venue that follows it, with no punctuation between. A starting point ("منذ") or a
// time to come dates no agreement reached.
func (d *docState) datePastParties(st *sentState, k int) string {
	if k+1 < len(st.toks) && st.toks[k].Norm == "في" {
		if v := st.mentionAt(k + 1); v != nil && v.s == k+1 && v.typ == extract.Place {
			k = v.e // "بين طهران والقوى الكبرى في فيينا في الرابع عشر…": the venue first
		}
	}
	for _, dm := range st.dates {
		j := st.tokenAt(dm.Start)
		if j < k || j > k+2 || dm.Date.IsZero() || dm.Future || dm.Kind == timex.KindSince {
			continue
		}
		for q := k; q < j; q++ {
			if !st.toks[q].IsWord() {
				return ""
			}
		}
		return dm.Date.String()
	}
	return ""
}
