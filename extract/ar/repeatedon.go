package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/syntax"
)

// A second object that repeats the preposition على after a date or a
// comma (issue 11, round 8): "يسيطر التنظيم على الفلوجة منذ يناير،
// وعلى الرمادي منذ مايو"، "استولى على المدينة مطلع العام وعلى البلدة في
// أكتوبر". The coordination of nouns (arguments.go group) joins names
// that follow each other; this one repeats the preposition after the
// first object's adjuncts, so its place was lost.

// maxRepeatGap is the most tokens between the end of the first object
// list and the repeated وعلى.
const maxRepeatGap = 8

// repeatedOn returns the places or actors named after a repeated وعلى, and
// the date written right after them (or none: the first object's date is
// not theirs),
// within maxRepeatGap tokens of the object list that ends at token end
// (d.objEnd), for a trigger ending at token j whose object was governed
// by على (in the trigger, or before the object). Between
// them stand only dates, adjuncts and commas: no verb and no other name
// but an apposition of the first object.
func (d *docState) repeatedOn(st *sentState, j, end int, typ string, subj, obj []string) ([]string, string) {
	if !strings.HasSuffix(d.how.obj, ":علي") && !(j > 0 && st.toks[j-1].Bare == "علي") {
		return nil, ""
	}
	for k := end; k < len(st.toks) && k < end+maxRepeatGap; k++ {
		t := st.toks[k]
		if t.Prefix == "و" && t.Bare == "علي" {
			keys, e := d.repeatedObject(st, k+1, typ, subj, obj)
			return keys, d.dateAfter(st, e)
		}
		if st.syn.Class[k] == syntax.Verb || t.Norm == "." || t.Norm == "؛" {
			return nil, ""
		}
		if m := st.mentionAt(k); m != nil && m.typ != extract.Place && m.typ != extract.Country {
			return nil, ""
		}
	}
	return nil, ""
}

// dateAfter returns the date written within three tokens from token k on
// ("وعلى الرمادي منذ مايو الماضي"), or "".
func (d *docState) dateAfter(st *sentState, k int) string {
	if k >= len(st.toks) {
		return ""
	}
	from, to := st.toks[k].Start, st.toks[min(k+3, len(st.toks)-1)].End
	for _, m := range st.dates {
		if m.Start >= from && m.Start < to && !m.Date.IsZero() && !m.Future {
			return m.Date.String()
		}
	}
	return ""
}

// repeatedObject returns the object named at token k after a repeated
// وعلى (past a place-head noun): a place list, or for an actor slot an
// actor list, and the token after it.
func (d *docState) repeatedObject(st *sentState, k int, typ string, subj, obj []string) ([]string, int) {
	if k < len(st.toks) && st.mentionAt(k) == nil && inConflict("placehead", st.toks[k]) {
		k++ // "وعلى مدينة الموصل"
	}
	m := st.mentionAt(k)
	if m == nil || m.s != k || m.adj || m.prefix != "" {
		return nil, k
	}
	keys, e := d.group(st, m, typ)
	var out []string
	for _, key := range keys {
		if key != "" && !contains(subj, key) && !contains(obj, key) {
			out = append(out, key)
		}
	}
	return out, e
}
